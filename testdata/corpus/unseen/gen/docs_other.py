"""Documents that are none of the kinds, and unsupported formats. All content invented."""

from docs_rr import E

DOCS = []

# 1 --------------------------------------------------------- Bromley minutes
DOCS.append(dict(
    file="minutes-executive-board-bromley-may-2026.docx",
    fmt="docx", headings="bold", date="2026-05-22", author="BSCP Business Unit", title="Executive minutes",
    footer="Bromley Safeguarding Children Partnership - Executive Board minutes - CONFIDENTIAL",
    blocks=[
        ("title", "Bromley Safeguarding Children Partnership"),
        ("p", "Executive Board - Minutes of the meeting held on Thursday 21 May 2026, Bromley Civic Centre"),
        ("lp", "Present:", "Director of Children's Services (Chair), Detective Superintendent (South East BCU), "
                           "Deputy Chief Nurse (NHS South East London ICB), Independent Scrutineer, Partnership "
                           "Business Manager (minutes)."),
        ("lp", "Apologies:", "Director of Education."),
        ("h1", "1. Minutes of the last meeting and actions"),
        ("p", "Agreed as accurate. Action 4 (threshold document) complete; action 7 (audit of strategy meetings) "
              "carried forward."),
        ("h1", "2. Rapid reviews"),
        ("p", "The Business Manager reported that two serious incident notifications had been made since the last "
              "meeting. The rapid review for Child K had been sent to the Panel on time; the partners had decided "
              "that an LCSPR was not required. The second rapid review meeting is scheduled for next week."),
        ("h1", "3. Yearly report 2025-26"),
        ("p", "A first draft of the yearly report was circulated. Members asked for more on the voice of children "
              "and on the impact of training. Final version to come to the July meeting for sign-off, for "
              "publication by the end of September."),
        ("h1", "4. Safeguarding arrangements"),
        ("p", "The Independent Scrutineer's review of the arrangements found them working as intended. A minor "
              "update to the list of relevant agencies will be published on the website."),
        ("h1", "5. Budget"),
        ("p", "Partner contributions for 2026-27 were confirmed at the same level as last year."),
        ("h1", "6. Any other business"),
        ("p", "None. Date of next meeting: 16 July 2026."),
    ],
    expect=E("2026-05-28", "unknown", "E09000006", "rejected", ["kind_unknown"],
             [("document_date", "2026-05-21")],
             "Executive Board minutes that discuss a rapid review, the draft yearly report and the arrangements but "
             "are none of them; the meeting date is the document's own date."),
))

# 2 ------------------------------------------------ Milton Keynes newsletter
def mk_shell(content):
    return """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Spring newsletter - Milton Keynes Safeguarding Children Partnership</title>
</head><body>
<div class="cookies"><p>We'd like to set additional cookies to understand how you use our site.</p>
<button>Accept additional cookies</button><button>Reject additional cookies</button></div>
<header><nav>
<a href="/">Home</a> | <a href="/annual-report">Annual report</a> | <a href="/arrangements">Our arrangements</a> |
<a href="/reviews">Practice reviews</a> | <a href="/newsletters">Newsletters</a></nav></header>
<main>
""" + content + """
</main>
<footer>Milton Keynes Safeguarding Children Partnership &middot; Civic, 1 Saxon Gate East, Milton Keynes MK9 3EJ
&middot; <a href="/unsubscribe">Unsubscribe</a></footer>
</body></html>
"""


DOCS.append(dict(
    file="newsletter-web-page-milton-keynes-spring-2026.html",
    fmt="html", shell=mk_shell,
    blocks=[
        ("title", "Partnership newsletter - Spring 2026"),
        ("p", "News and learning from the Milton Keynes Safeguarding Children Partnership for everyone who works "
              "with children in Milton Keynes."),
        ("h1", "Welcome"),
        ("p", "Welcome to the spring edition. This issue has news of our new neglect toolkit, a reminder about "
              "safer sleep, and dates for the summer's multi-agency courses."),
        ("h1", "New neglect toolkit"),
        ("p", "The toolkit replaces the old checklist and is available on our website. Briefing sessions run "
              "every Tuesday lunchtime in April."),
        ("h1", "Learning from a rapid review"),
        ("p", "A recent rapid review reminded us that babies who are not brought to appointments need a phone call "
              "the same day. Read the seven-minute briefing on our Practice reviews page."),
        ("h1", "Our annual report"),
        ("p", "Last year's annual report is on our website; this year's will follow in the autumn."),
        ("h1", "Staff news"),
        ("p", "We welcome our new Partnership Business Manager, who joins us from Bedford."),
    ],
    expect=E("2026-03-02", "unknown", "E06000042", "rejected", ["kind_unknown"], [],
             "A saved newsletter page (cookie bar, menu links to the annual report and arrangements) that mentions "
             "a rapid review and the annual report but is none of the kinds; Bedford is mentioned in passing."),
))

# 3 ------------------------------------------------- Haringey 7-minute briefing
DOCS.append(dict(
    file="seven-minute-briefing-haringey-lcspr-child-y.pdf",
    fmt="rlpdf", date="2026-04-10", author="Haringey Safeguarding Children Partnership",
    title="7 minute briefing - Child Y", header="Haringey Safeguarding Children Partnership  -  7 minute briefing",
    footer="Share with your team - 7 minutes",
    blocks=[
        ("title", "7 Minute Briefing"),
        ("sub", "Learning from the LCSPR about Child Y"),
        ("table", [
            ["1. Background", "Child Y, a 15-year-old, was stabbed in Tottenham. The LCSPR looked at the year before."],
            ["2. Why it matters", "Y had been excluded, was known to the youth justice service and had been "
                                  "reported missing; agencies each held part of the picture."],
            ["3. What we found", "School moves were not shared; the exploitation screening tool was not "
                                 "completed; Y's mother's calls were not returned."],
            ["4. Y's voice", "Y told the reviewer: 'Everyone had a worker for me but nobody was mine.'"],
            ["5. What good looks like", "One lead professional; a strategy discussion after a third missing "
                                        "episode; parents called back within a day."],
            ["6. Questions for your team", "Who is the lead professional for the teenagers you work with? "
                                           "When did you last speak to their parent?"],
            ["7. Find out more", "Read the full LCSPR and book onto the exploitation course on the HSCP website."],
        ]),
    ],
    expect=E("2026-04-15", "unknown", "E09000014", "rejected", ["kind_unknown"], [],
             "A one-page seven-minute briefing in seven boxes summarising an LCSPR's learning: a learning resource, "
             "not the review itself."),
))

# 4 ------------------------------------------------------ Blackpool flyer
DOCS.append(dict(
    file="training-flyer-blackpool-spring-courses.docx",
    fmt="docx", headings="bold", date="2026-01-19", author="Blackpool Safeguarding Partnership",
    title="Training flyer",
    blocks=[
        ("title", "Blackpool Safeguarding Partnership"),
        ("p", "MULTI-AGENCY TRAINING - SPRING 2026"),
        ("p", "Free to everyone who works with children and families in Blackpool"),
        ("table", [["Course", "Date", "Venue"],
                   ["Professional curiosity", "Tue 10 February 2026, 9:30-12:30", "Blackpool Football Club, Bloomfield Road"],
                   ["Neglect and the graded care profile", "Wed 4 March 2026, 13:00-16:00", "Online (Teams)"],
                   ["Learning from rapid reviews", "Thu 19 March 2026, 10:00-12:00", "Town Hall"],
                   ["Safer sleep for babies", "Mon 13 April 2026, 09:30-11:00", "Online (Teams)"]], True),
        ("p", "Book through the partnership's learning portal. Places are limited to 30 per course. Certificates of "
              "attendance are issued to everyone who completes the evaluation."),
        ("p", "Questions? Contact the Blackpool Safeguarding Partnership learning and development team."),
    ],
    expect=E("2026-01-20", "unknown", "E06000009", "rejected", ["kind_unknown"], [],
             "A one-page training flyer with a table of course dates (one on learning from rapid reviews): not a "
             "statutory submission."),
))

# 5 ----------------------------------------------------------- Ealing ODT
DOCS.append(dict(
    file="yearly-report-ealing-2024-25-saved-as-odt.odt",
    fmt="odt", headings="styles", date="2025-09-29", author="Ealing Safeguarding Children Partnership",
    title="Ealing Annual Report 2024-25",
    blocks=[
        ("title", "Ealing Safeguarding Children Partnership Annual Report 2024-25"),
        ("p", "Reporting period 1 April 2024 to 31 March 2025. Published 29 September 2025."),
        ("h1", "What we did"),
        ("p", "We launched a new front door and a family hub in Southall."),
        ("h1", "How effective we were"),
        ("p", "Audits showed improved information sharing in 74% of cases."),
        ("h1", "Reviews"),
        ("p", "Three rapid reviews and one local child safeguarding practice review."),
    ],
    expect=E("2025-10-01", "unknown", "—", "rejected", ["unsupported_type"], [],
             "A yearly report saved as OpenDocument Text (a zip, but not an accepted format): stopped at the file "
             "stage."),
))

# 6 ----------------------------------------------- Hammersmith and Fulham XLSX
DOCS.append(dict(
    file="rapid-review-tracker-hammersmith-and-fulham.xlsx",
    fmt="xlsx", sheet="RR tracker",
    rows=[["Hammersmith and Fulham Safeguarding Children Partnership - rapid review tracker"],
          ["SIN reference", "SIN date", "Child", "RR meeting", "LCSPR decision", "Sent to Panel"],
          ["2026/0302", "2026-02-16", "Child C", "2026-03-04", "No", "2026-03-06"],
          ["2026/0655", "2026-04-20", "Child P", "2026-05-07", "Yes", "2026-05-11"]],
    expect=E("2026-05-12", "unknown", "—", "rejected", ["unsupported_type"], [],
             "A spreadsheet (XLSX, a zip like DOCX) tracking rapid reviews: not an accepted format, stopped at the "
             "file stage."),
))

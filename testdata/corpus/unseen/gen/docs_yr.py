"""Yearly reports. Every figure, person and event here is invented."""

from docs_rr import E

DOCS = []

# 1 --------------------------------------------------------- Stoke-on-Trent
DOCS.append(dict(
    file="yearly-report-word-export-stoke-on-trent-2024-25.pdf",
    fmt="lopdf", headings="styles", date="2025-09-26", author="Stoke-on-Trent Safeguarding Children Partnership",
    title="Annual Report 2024-25",
    header="Stoke-on-Trent Safeguarding Children Partnership  -  Annual Report 2024-25",
    footer="www.safeguardingchildren.stoke.gov.uk", page_numbers=True,
    blocks=[
        ("title", "Stoke-on-Trent Safeguarding Children Partnership"),
        ("sub", "Annual Report 1 April 2024 - 31 March 2025"),
        ("sub", "Published September 26, 2025"),
        ("pb",),
        ("h1", "Contents"),
        ("lines", ["Foreword ........................................ 2", "About the partnership ................... 3",
                   "Our priorities and what we did ........... 4", "How well are we safeguarding children? .. 6",
                   "Rapid reviews and practice reviews ....... 7", "Multi-agency training .................... 8",
                   "Hearing from children .................... 9", "Schools and education .................... 9",
                   "Independent scrutiny ..................... 10", "Budget ................................... 11",
                   "Glossary ................................. 12"]),
        ("pb",),
        ("h1", "Foreword"),
        ("p", "Welcome to the yearly report of the Stoke-on-Trent safeguarding partners. This report tells you what "
              "we did between April 2024 and March 2025 to keep children in the city safe, what difference it made, "
              "and what we will do next. It is written for everyone who lives and works in Stoke-on-Trent, and we "
              "have tried to keep it short and plain."),
        ("p", "It was a year of change: we prepared our revised arrangements under Working Together 2023, appointed "
              "delegated safeguarding partners and began to bring our work closer to Staffordshire's where children "
              "cross the boundary every day."),
        ("h1", "About the partnership"),
        ("p", "The lead safeguarding partners are the Chief Executive of Stoke-on-Trent City Council, the Chief "
              "Constable of Staffordshire Police and the Chief Executive of NHS Staffordshire and Stoke-on-Trent "
              "Integrated Care Board. They meet four times a year as the Executive and are supported by a business "
              "unit of five staff."),
        ("h1", "Our priorities and what we did"),
        ("h2", "Priority 1: Neglect"),
        ("p", "We launched the graded care profile 2 across early help and children's social care; 412 "
              "practitioners were licensed and 286 assessments were completed during the year."),
        ("h2", "Priority 2: Child exploitation"),
        ("p", "The missing, exploited and trafficked hub was moved into the police station at Hanley so that "
              "police, social workers and youth workers sit together. 138 children were discussed at the "
              "exploitation panel."),
        ("h2", "Priority 3: Safer sleep"),
        ("p", "Following two infant deaths in 2023-24 we ran a safer sleep campaign in maternity wards at Royal "
              "Stoke University Hospital and in family hubs."),
        ("h1", "How well are we safeguarding children?"),
        ("p", "Our multi-agency audits looked at 48 cases. 71% were graded good or better for information sharing, "
              "up from 58% last year. Audits of strategy discussions found that health attended 92% of them. Re-referrals "
              "to children's social care within twelve months fell to 19%. Where practice was not good enough, the "
              "audit group set actions and re-audited within six months. We judge that the partnership is effective "
              "in its response to exploitation and improving, but not yet good, in its response to neglect."),
        ("h1", "Rapid reviews and practice reviews"),
        ("p", "We held five rapid reviews. Two led to local child safeguarding practice reviews; three did not meet "
              "the criteria and their learning was taken forward through practice briefings. One LCSPR, about "
              "Child Leo, was published in January 2025 and its action plan is two-thirds complete."),
        ("h1", "Multi-agency training"),
        ("p", "The partnership's training offer ran 64 courses attended by 1,920 practitioners. Evaluations three "
              "months after each course asked what had changed in practice; 83% described a change."),
        ("h1", "Hearing from children"),
        ("p", "Our young people's advisory group of twelve children met monthly. They reviewed our exploitation "
              "leaflets and told us the language was 'written for adults, about us'; the leaflets have been "
              "rewritten with them. The voice of the child is now a standing item in every audit."),
        ("h1", "Schools and education"),
        ("p", "Education is a relevant agency in our arrangements. Designated safeguarding leads from 94 schools "
              "attended the termly DSL forum and schools completed the annual section 175 safeguarding audit."),
        ("h1", "Independent scrutiny"),
        ("p", "Our independent scrutineer reviewed the partnership's response to neglect and attended two "
              "Executive meetings. She found strong leadership from the three partners and recommended clearer "
              "measures of impact, which we have adopted for 2025-26."),
        ("h1", "Budget"),
        ("table", [
            ["Contributor", "2024-25 (£)"],
            ["Stoke-on-Trent City Council", "186,000"],
            ["Staffordshire Police", "62,000"],
            ["NHS Staffordshire and Stoke-on-Trent ICB", "93,000"],
            ["Total", "341,000"],
        ], True),
        ("h1", "Glossary"),
        ("table", [
            ["CSPR", "Child safeguarding practice review"], ["DSL", "Designated safeguarding lead"],
            ["ICB", "Integrated care board"], ["LCSPR", "Local child safeguarding practice review"],
            ["MET", "Missing, exploited and trafficked"],
        ]),
        ("p", "This report is published at https://www.safeguardingchildren.stoke.gov.uk/annual-report-2024-25"),
    ],
    expect=E("2025-09-30", "yearly_report", "E06000021", "accepted", [],
             [("period_start", "2024-04-01"), ("period_end", "2025-03-31"), ("publication_date", "2025-09-26"),
              ("url", "https://www.safeguardingchildren.stoke.gov.uk/annual-report-2024-25")],
             "Word export with cover page ('Published September 26, 2025'), dotted contents list, foreword, glossary "
             "and running header and footer; Staffordshire appears in the partners' names and a neighbour."),
))

# 2 ------------------------------------------------------------- Wakefield
DOCS.append(dict(
    file="yearly-report-wakefield-fifteen-months-to-march-2025.docx",
    fmt="docx", headings="bold", date="2025-09-30", author="Wakefield District Safeguarding Children Partnership",
    title="Yearly Report", footer="Wakefield Safeguarding Children Partnership - Yearly Report",
    blocks=[
        ("title", "Wakefield Safeguarding Children Partnership"),
        ("p", "Yearly Report: January 2024 to March 2025"),
        ("p", "Published: 30/09/2025"),
        ("h1", "Why this report covers fifteen months"),
        ("p", "Our previous report covered the calendar year 2023. To bring our reporting in line with the financial "
              "year, as most partnerships now do, this report covers the fifteen months from 1 January 2024 to 31 "
              "March 2025. From next year our reports will cover April to March."),
        ("h1", "Who we are"),
        ("p", "Wakefield Council, West Yorkshire Police and NHS West Yorkshire Integrated Care Board are the "
              "safeguarding partners for the Wakefield district, which includes Castleford, Pontefract and "
              "Ossett. Schools, colleges, the voluntary sector and Mid Yorkshire Teaching NHS Trust are relevant "
              "agencies."),
        ("h1", "What we did"),
        ("ul", ["Rolled out a multi-agency neglect strategy and toolkit.",
                "Opened a second family hub in Castleford.",
                "Ran a district-wide 'Look Closer' week with the police on exploitation in public places.",
                "Rewrote our escalation and resolution policy after an audit found it was little used."]),
        ("h1", "What difference it made"),
        ("p", "We measure our effectiveness through audits, performance data and what children and practitioners "
              "tell us. Multi-agency audits of 36 neglect cases showed that plans were clearer and more focused on "
              "the child's daily experience than a year earlier. The proportion of children on a child protection "
              "plan for a second time fell from 24% to 17%. Practitioners' use of the escalation policy rose from "
              "6 to 41 recorded escalations, which we read as a healthy sign of professional challenge."),
        ("h1", "Learning from reviews"),
        ("p", "Seven rapid reviews were held in the fifteen months. Three local child safeguarding practice reviews "
              "were commissioned; one was published in November 2024 and two are in progress. Learning briefings "
              "have been shared with 1,100 staff."),
        ("h1", "Learning and development"),
        ("p", "Our multi-agency training programme delivered 71 sessions, mostly online, to 2,340 people. New "
              "courses on professional curiosity and on working with fathers were added in response to review "
              "findings."),
        ("h1", "Listening to children"),
        ("p", "The Wakefield Youth Council met the partners twice and led a survey of 600 secondary pupils about "
              "feeling safe online. What they told us shaped our online safety campaign."),
        ("h1", "Education settings"),
        ("p", "All 121 schools in the district completed the safeguarding self-assessment; the education safeguarding "
              "team followed up with the eleven that needed support."),
        ("h1", "Independent scrutiny"),
        ("p", "The independent scrutineer chaired a 'challenge panel' on the partnership's use of data and concluded "
              "that the partners hold each other to account well."),
        ("h1", "Funding"),
        ("p", "Partner contributions for 2024-25 totalled £298,500: Wakefield Council 61%, the ICB 25% and West "
              "Yorkshire Police 14%. A three-month extension of the 2023-24 budget covered January to March 2024."),
        ("p", "Find this report online at https://www.wakefieldscp.org.uk/about/yearly-report"),
    ],
    expect=E("2025-10-01", "yearly_report", "E08000036", "accepted", ["period_too_long"],
             [("period_start", "2024-01-01"), ("period_end", "2025-03-31"), ("publication_date", "2025-09-30"),
              ("url", "https://www.wakefieldscp.org.uk/about/yearly-report")],
             "A report covering fifteen months (1 January 2024 to 31 March 2025) to move to financial years, with "
             "bold-paragraph headings and 'Published: 30/09/2025'."),
))

# 3 -------------------------------------------------------------- Hounslow
DOCS.append(dict(
    file="yearly-report-hounslow-2024-25-front-matter.md",
    fmt="md", date="2025-10-20",
    front='title: "Hounslow Safeguarding Children Partnership Annual Report 2024/25"\n'
          'date: 2025-10-20\nlayout: report\ntags: [annual-report, safeguarding]\n',
    blocks=[
        ("title", "Annual Report 2024/25"),
        ("p", "Hounslow Safeguarding Children Partnership (HSCP). Reporting year: 1st April 2024 – 31st March 2025. "
              "Published 20 October 2025 at https://www.hounslowscp.org.uk/annual-report-2024-25"),
        ("h1", "A message from the lead safeguarding partners"),
        ("p", "This is our report on the work of the partnership during 2024/25. The lead safeguarding partners "
              "for Hounslow are the Chief Executive of the London Borough of Hounslow, the Commissioner of the "
              "Metropolitan Police Service (represented by the West Area Basic Command Unit, which also covers "
              "Ealing and Hillingdon) and the Chief Executive of NHS North West London Integrated Care Board."),
        ("h1", "Our year"),
        ("p", "Highlights of the year's work:"),
        ("ul", ["A new contextual safeguarding panel for young people at risk outside the home.",
                "Our first multi-agency audit week, with 40 practitioners auditing 30 cases together.",
                "Revised threshold guidance, written with the voluntary sector.",
                "A safer sleep campaign in Punjabi, Somali and Polish as well as English."]),
        ("h1", "Are we making a difference?"),
        ("p", "We judge our effectiveness against our three priorities. Audit findings showed good multi-agency "
              "attendance at child protection conferences (health 96%, police 88%, schools 99%). Timeliness of "
              "initial health assessments for children in care improved from 54% to 81%. Our weakest area remains "
              "the quality of plans for adolescents, where only half of the audited cases were rated good."),
        ("h1", "Rapid reviews and child safeguarding practice reviews"),
        ("p", "We undertook four rapid reviews in the year. One local child safeguarding practice review was "
              "commissioned (Child V) and will be published in 2026. We also published a thematic review of "
              "serious youth violence jointly with our west London neighbours. The main learning, about sharing "
              "information when a young person is excluded, has been built into our adolescent safety work."),
        ("h1", "Training and workforce development"),
        ("p", "Our multi-agency training pool delivered 52 courses to 1,480 practitioners. We introduced a "
              "foundation course for new starters across all agencies."),
        ("h1", "The voice of children and young people"),
        ("p", "Hounslow's Youth Council and the Children in Care Council contributed to our priorities. Young "
              "people told us they want adults to 'notice sooner and ask twice'; that phrase now heads our "
              "professional curiosity campaign."),
        ("h1", "Education"),
        ("p", "Schools and colleges are named relevant agencies and the Director of Education sits on the "
              "partnership's executive. Exclusions of children on child protection plans were reviewed termly."),
        ("h1", "Independent scrutiny"),
        ("p", "Our independent scrutineer reviewed the partnership's response to serious youth violence and "
              "reported to the lead partners in March 2025."),
        ("h1", "Budget 2024/25"),
        ("table", [["Partner", "Contribution"], ["London Borough of Hounslow", "£172,400"],
                   ["NHS North West London ICB", "£64,000"], ["Metropolitan Police", "£5,000"],
                   ["Total", "£241,400"]], True),
    ],
    expect=E("2025-10-22", "yearly_report", "E09000018", "accepted", [],
             [("document_date", "2025-10-20"), ("period_start", "2024-04-01"), ("period_end", "2025-03-31"),
              ("publication_date", "2025-10-20"), ("url", "https://www.hounslowscp.org.uk/annual-report-2024-25")],
             "Markdown with YAML front matter ('date: 2025-10-20', tags) and ordinal dates in the text; Ealing and "
             "Hillingdon appear only in the police command unit's description."),
))

# 4 -------------------------------------------------------- North Yorkshire
DOCS.append(dict(
    file="yearly-report-north-yorkshire-2024-25-sent-a-fortnight-later.docx",
    fmt="docx", headings="styles", date="2025-08-29", author="NYSCP",
    title="North Yorkshire Safeguarding Children Partnership Annual Report 2024-2025",
    header="NYSCP Annual Report 2024-2025", page_numbers=True,
    blocks=[
        ("title", "North Yorkshire Safeguarding Children Partnership"),
        ("sub", "Annual Report 2024-2025"),
        ("p", "Date of publication: 29 August 2025"),
        ("h1", "Contents"),
        ("ol", ["Introduction", "Our partnership", "Our work in 2024-25", "Impact and effectiveness",
                "Case reviews", "Workforce development", "Children's voices", "Education", "Scrutiny",
                "Resources", "Next year"]),
        ("h1", "1. Introduction"),
        ("p", "This report covers the year from April 2024 to March 2025. North Yorkshire is England's largest "
              "county, with rural communities from the Dales to the coast at Scarborough and Whitby. The City of "
              "York has its own partnership, with which we share procedures and a training offer."),
        ("h1", "2. Our partnership"),
        ("p", "North Yorkshire Council, North Yorkshire Police and NHS Humber and North Yorkshire Integrated Care "
              "Board lead the partnership. Their delegated safeguarding partners meet every six weeks."),
        ("h1", "3. Our work in 2024-25"),
        ("p", "Our priorities were rural neglect, children's mental health and online harm. We piloted a rural "
              "outreach service in Richmondshire, published a multi-agency pathway for children in mental "
              "health crisis, and trained 300 parents as 'online safety champions'."),
        ("h1", "4. Impact and effectiveness"),
        ("p", "Independent audit of 60 cases found that practice was good or better in 68% (2023-24: 61%). The "
              "average wait for a children's mental health assessment fell from 14 to 9 weeks. Parents who took "
              "part in the online safety programme reported more confidence in 88% of evaluations. The "
              "partnership is effective, with more to do to reach children in the most isolated areas."),
        ("h1", "5. Case reviews"),
        ("p", "There were six rapid reviews and two local child safeguarding practice reviews. Both LCSPRs "
              "(Child Aaron and the Coastal Siblings) were published during the year. Their learning on "
              "rural isolation and on sibling groups was shared through briefings and practice weeks."),
        ("h1", "6. Workforce development"),
        ("p", "We delivered 88 multi-agency training events to 2,650 staff, and a safeguarding induction for "
              "volunteers in faith and sports groups."),
        ("h1", "7. Children's voices"),
        ("p", "Young Researchers from the county's youth voice network interviewed 45 young people about feeling "
              "safe in towns at night; their report is on our website."),
        ("h1", "8. Education"),
        ("p", "Schools are relevant agencies; the education safeguarding service trained all new designated "
              "safeguarding leads and supported 19 schools following safeguarding concerns."),
        ("h1", "9. Scrutiny"),
        ("p", "Independent scrutiny is provided by an independent scrutineer who reported on the partnership's "
              "rapid review process and found it timely and well chaired."),
        ("h1", "10. Resources"),
        ("p", "The partnership budget for 2024-25 was £412,000, funded by North Yorkshire Council (£251,000), the "
              "ICB (£103,000) and North Yorkshire Police (£58,000)."),
        ("h1", "11. Next year"),
        ("p", "In 2025-26 we will focus on children's mental health in schools and on harmful sexual behaviour."),
    ],
    expect=E("2025-09-12", "yearly_report", "E06000065", "accepted", ["forwarded_late"],
             [("period_start", "2024-04-01"), ("period_end", "2025-03-31"), ("publication_date", "2025-08-29")],
             "Published 29 August 2025 (the Friday before the August bank holiday) and received 2025-09-12, 14 days "
             "later; the City of York is mentioned as a neighbour with its own partnership."),
))

# 5 ---------------------------------------------------------------- Croydon
def croydon_shell(content):
    return """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Annual Report 2024-25 | Croydon Safeguarding Children Partnership</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.croydonlcsp.org.uk/annual-report-2024-25">
<style>body{font-family:sans-serif} .cookie{background:#222;color:#fff;padding:1em}</style>
</head>
<body>
<div class="cookie" id="cookie-consent">
<p>We use cookies to make this site work and to collect anonymous analytics. <a href="/cookies">Cookie policy</a></p>
<button>Accept all cookies</button> <button>Reject non-essential cookies</button>
</div>
<header>
<a href="/" class="logo">Croydon Safeguarding Children Partnership</a>
<nav><ul>
<li><a href="/">Home</a></li><li><a href="/worried-about-a-child">Worried about a child?</a></li>
<li><a href="/professionals">Professionals</a></li><li><a href="/training">Training</a></li>
<li><a href="/reviews">Practice reviews</a></li><li><a href="/about-us">About us</a></li>
</ul></nav>
<form action="/search"><input type="search" name="q" placeholder="Search"></form>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/about-us">About us</a> &gt; Annual report 2024-25</nav>
<main>
""" + content + """
</main>
<aside><h4>Related pages</h4><ul><li><a href="/about-us/arrangements">Our safeguarding arrangements</a></li>
<li><a href="/reviews">Published reviews</a></li></ul></aside>
<footer><p>If a child is in immediate danger call 999. To report a concern call Croydon's front door on 020 8726 6400.</p>
<p>&copy; Croydon Safeguarding Children Partnership 2025 | <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


DOCS.append(dict(
    file="yearly-report-web-page-croydon-2024-25-no-training.html",
    fmt="html", shell=croydon_shell,
    blocks=[
        ("title", "Annual Report 2024-25"),
        ("p", "Published on 3 November 2025. This report covers the period 1 April 2024 to 31 March 2025."),
        ("h1", "Introduction from the partners"),
        ("p", "The London Borough of Croydon, the Metropolitan Police Service (South Area BCU) and NHS South West "
              "London Integrated Care Board are Croydon's safeguarding partners. Together with schools, health "
              "providers, the voluntary sector and Croydon University Hospital they make up the partnership."),
        ("h1", "What we did in 2024-25"),
        ("ul", ["Set up a multi-agency adolescent safety hub in central Croydon.",
                "Published a new neglect strategy after consulting 200 practitioners.",
                "Ran a 'Safer Summer' programme with youth clubs and the Met.",
                "Moved our front door to a single shared office with police and health."]),
        ("h1", "How effective were we?"),
        ("p", "Audits showed improved quality of referrals from health (from 52% to 70% rated good), quicker "
              "strategy discussions (median 1 day) and better recording of the child's lived experience. The "
              "number of children on a child protection plan for neglect for more than two years halved. We still "
              "need to improve how quickly children are seen after a missing episode."),
        ("h1", "Rapid reviews and practice reviews"),
        ("p", "Croydon held three rapid reviews in 2024-25. One, concerning Child Nathan, led to a local child "
              "safeguarding practice review that was published in March 2025; the other two did not meet the "
              "criteria. What was learnt from all three was shared with the agencies involved."),
        ("h1", "Children and young people's voice"),
        ("p", "Our Youth Safety Board of 15 young people challenged the partners about stop and search and about "
              "how safe they feel on buses; their questions now shape our priorities."),
        ("h1", "Schools and colleges"),
        ("p", "Education is represented at the partnership's executive by a head teacher and the Director of "
              "Education. All schools completed the section 175 safeguarding audit."),
        ("h1", "Independent scrutiny"),
        ("p", "Our independent scrutineer looked at the front door and reported that decisions were timely and "
              "well recorded."),
        ("h1", "Budget"),
        ("p", "Total partner contributions were £356,000: the Council £241,000, the ICB £90,000 and the Metropolitan "
              "Police £25,000."),
    ],
    expect=E("2025-11-05", "yearly_report", "E09000008", "accepted", ["missing_training"],
             [("period_start", "2024-04-01"), ("period_end", "2025-03-31"), ("publication_date", "2025-11-03"),
              ("url", "https://www.croydonlcsp.org.uk/annual-report-2024-25")],
             "A saved web page (cookie bar, navigation with a 'Training' menu link, breadcrumb, footer) whose report "
             "covers everything except training: no section or sentence on multi-agency training; the url is the page's canonical link."),
))

# 6 ---------------------------------------------------------------- Havering
DOCS.append(dict(
    file="yearly-report-havering-2024-25-activity-only.txt",
    fmt="raw",
    raw="""Havering Safeguarding Children Partnership
Annual Report 2024/25

Reporting period: 1 April 2024 to 31 March 2025
Published: 15 September 2025
Online: https://www.haveringsafeguardingchildren.org.uk/annual-report-2024-25

1. ABOUT US
The safeguarding partners for Havering are the London Borough of Havering,
the Metropolitan Police Service (East Area Basic Command Unit) and NHS North
East London Integrated Care Board. Romford, Hornchurch, Upminster and Rainham
are the main towns in the borough.

2. WHAT WE DID
- Held 4 meetings of the partnership executive and 11 of the business group.
- Published a revised threshold document and a new escalation policy.
- Started a harmful sexual behaviour subgroup.
- Took part in the pan-London "Safer Streets" week in June 2024.
- Launched a new partnership website.
- Recruited two new business support officers.

3. RAPID REVIEWS AND CHILD SAFEGUARDING PRACTICE REVIEWS
We held two rapid reviews during the year. One led to a local child
safeguarding practice review, which will be published in autumn 2025.
Learning from both reviews was shared with practitioners in briefings.

4. TRAINING
We ran 38 multi-agency training sessions, attended by 910 people.

5. VOICE OF THE CHILD
Members of the Havering Youth Parliament attended the executive in
January 2025 and presented their manifesto.

6. EDUCATION
Schools are relevant agencies. The designated safeguarding lead network
met every term.

7. INDEPENDENT SCRUTINY
The independent scrutineer attended the executive three times and
chaired the annual partnership development day.

8. BUDGET
Partner contributions: London Borough of Havering £148,000; NHS North East
London ICB £52,000; Metropolitan Police £5,000. Total £205,000.

9. PRIORITIES FOR 2025/26
Neglect, exploitation and children's mental health.
""",
    expect=E("2025-09-18", "yearly_report", "E09000016", "rejected", ["missing_effectiveness"],
             [("period_start", "2024-04-01"), ("period_end", "2025-03-31"), ("publication_date", "2025-09-15"),
              ("url", "https://www.haveringsafeguardingchildren.org.uk/annual-report-2024-25")],
             "Plain-text report that lists meetings, documents and courses but never says how effective the "
             "arrangements were: no audit findings, outcomes or judgement of impact."),
))

# 7 --------------------------------------------------------- Northamptonshire
DOCS.append(dict(
    file="yearly-report-northamptonshire-2025-26-shared-before-publication.pdf",
    fmt="rlpdf", date="2026-09-22", author="NSCP", title="NSCP Annual Report 2025/26",
    header="Northamptonshire Safeguarding Children Partnership", footer="Annual Report 2025/26 - embargoed until publication",
    blocks=[
        ("title", "Northamptonshire Safeguarding Children Partnership"),
        ("sub", "Annual Report 2025/26"),
        ("p", "This report covers 1 April 2025 to 31 March 2026. It will be published on the partnership website on "
              "30 September 2026 and is shared in advance with the Child Safeguarding Practice Review Panel and "
              "Foundations."),
        ("h1", "Who we are"),
        ("p", "The partnership covers the two unitary councils of North Northamptonshire and West Northamptonshire. "
              "Its lead safeguarding partners are the chief executives of North Northamptonshire Council and West "
              "Northamptonshire Council, the Chief Constable of Northamptonshire Police and the Chief Executive of "
              "NHS Northamptonshire Integrated Care Board. Northamptonshire Children's Trust delivers children's "
              "social care for both councils."),
        ("h1", "Our activity"),
        ("p", "During 2025/26 we refreshed our multi-agency threshold guidance, opened a joint exploitation hub in "
              "Kettering, ran a county-wide conference on neurodiversity and safeguarding, and reviewed how the "
              "multi-agency safeguarding hub handles police notifications."),
        ("h1", "Effectiveness"),
        ("p", "Evidence of impact: 82% of audited cases showed good information sharing (73% in 2024/25); repeat "
              "referrals fell to 18%; and practitioner survey results on confidence in escalation rose from 55% to "
              "71%. We judge that our arrangements are effective, with neglect and the transition to adult "
              "services as areas still to improve."),
        ("h1", "Reviews"),
        ("p", "Eight rapid reviews were undertaken. Three local child safeguarding practice reviews are under way, "
              "and the LCSPR for Child Grace was published in February 2026. Learning from these reviews is "
              "shared through seven-minute briefings."),
        ("h1", "Training"),
        ("p", "1,760 practitioners attended multi-agency courses; the e-learning induction was completed 2,300 times."),
        ("h1", "Children's voice"),
        ("p", "The partnership's young people's reference group helped design the exploitation hub's leaflets and "
              "interviewed the candidates for the independent scrutineer role."),
        ("h1", "Education"),
        ("p", "Schools, colleges and early years settings are relevant agencies; the Education Safeguarding "
              "Forum meets half-termly."),
        ("h1", "Independent scrutiny"),
        ("p", "A new independent scrutineer was appointed in October 2025 and completed a scrutiny of the "
              "partnership's rapid review process."),
        ("h1", "Funding"),
        ("p", "Budget 2025/26: £388,000, shared by the two councils (30% each), the ICB (28%) and Northamptonshire "
              "Police (12%)."),
    ],
    expect=E("2026-09-24", "yearly_report", "E06000061", "accepted", ["date_in_future"],
             [("period_start", "2025-04-01"), ("period_end", "2026-03-31"), ("publication_date", "2026-09-30")],
             "Shared ahead of publication: the text says it 'will be published on 30 September 2026', after the "
             "received date; the partnership covers North and West Northamptonshire."),
))

# 8 ---------------------------------------------------------- Buckinghamshire
DOCS.append(dict(
    file="yearly-report-two-column-buckinghamshire-2025-26.pdf",
    fmt="rlpdf", columns=2, date="2026-10-01", author="Buckinghamshire Safeguarding Children Partnership",
    title="BSCP Annual Report 2025-2026", header="BSCP  |  Annual Report 2025-2026",
    footer="Published 1 October 2026  |  buckssafeguarding.org.uk",
    blocks=[
        ("title", "Annual Report 2025-2026"),
        ("sub", "Buckinghamshire Safeguarding Children Partnership"),
        ("h1", "About this report"),
        ("p", "This report looks back at the year from 1st April 2025 to 31st March 2026. It is sent to the Child "
              "Safeguarding Practice Review Panel and to Foundations, and is published on our website at:"),
        ("p", "https://www.buckssafeguarding.org.uk/bscp-ar-2025-26"),
        ("h1", "Our partners"),
        ("p", "Buckinghamshire Council, Thames Valley Police and, from 1 April 2026, NHS Thames Valley Integrated "
              "Care Board (which replaced NHS Buckinghamshire, Oxfordshire and Berkshire West ICB) are the "
              "safeguarding partners. Milton Keynes, although in the historic county, has its own partnership."),
        ("h1", "What we have done"),
        ("p", "We reorganised our subgroups into three 'delivery groups', ran a campaign on safer sleep with "
              "Stoke Mandeville and Wycombe hospitals, and opened a county-wide family help service in Aylesbury, "
              "High Wycombe and Chesham."),
        ("h1", "Impact: how well did we do?"),
        ("p", "Multi-agency audits showed that 76% of cases had a clear plan that the family understood (2024-25: "
              "64%). Referrals from schools that led to no further action fell from 41% to 33%, showing better "
              "understanding of thresholds. Waiting times for early help fell from 5 weeks to 2. We judge the "
              "partnership effective, and improving in its work with adolescents."),
        ("h1", "Child safeguarding practice reviews"),
        ("p", "We held six rapid reviews. Two local child safeguarding practice reviews were commissioned and one, "
              "Child Ivy, was published in December 2025. Learning has been shared through seven-minute briefings "
              "and practice weeks."),
        ("h1", "Multi-agency training"),
        ("p", "Our training programme reached 2,100 practitioners through 90 courses; attendance from GPs doubled."),
        ("h1", "What children told us"),
        ("p", "The Bucks Youth Voice group told us that adults should 'explain what happens next'. We have added a "
              "'what happens next' section to every child-facing leaflet."),
        ("h1", "Education"),
        ("p", "Schools and colleges are relevant agencies. The education safeguarding adviser visited 40 schools."),
        ("h1", "Independent scrutiny"),
        ("p", "Our independent scrutineer reviewed the partnership's work on neglect and judged it strong."),
        ("h1", "Money"),
        ("table", [["Contributor", "£"], ["Buckinghamshire Council", "214,000"], ["Thames Valley Police", "48,000"],
                   ["NHS ICB", "96,000"], ["Total", "358,000"]], True),
    ],
    expect=E("2026-10-06", "yearly_report", "E06000060", "accepted", [],
             [("period_start", "2025-04-01"), ("period_end", "2026-03-31"), ("publication_date", "2026-10-01"),
              ("url", "https://www.buckssafeguarding.org.uk/bscp-ar-2025-26")],
             "Two-column PDF whose publication date is only in the running footer ('Published 1 October 2026'); "
             "names the new NHS Thames Valley ICB; Milton Keynes is mentioned as a separate partnership."),
))

# 9 -------------------------------------------------------------------- Kent
DOCS.append(dict(
    file="yearly-report-kent-kscmp-2025-26.docx",
    fmt="docx", headings="styles", date="2026-09-29", author="KSCMP", title="KSCMP Annual Report 2025-26",
    header="Kent Safeguarding Children Multi-Agency Partnership", footer="KSCMP Annual Report 2025-26",
    page_numbers=True,
    blocks=[
        ("title", "Kent Safeguarding Children Multi-Agency Partnership"),
        ("sub", "Annual Report 2025-26"),
        ("p", "Covering the period 1 April 2025 to 31 March 2026 | Published 29 September 2026"),
        ("h1", "Contents"),
        ("lines", ["Foreword from the lead safeguarding partners", "Kent at a glance", "Our work this year",
                   "Is it working?", "Learning from case reviews", "Training the workforce",
                   "Children's voices", "Schools", "Scrutiny", "Finance", "Acronyms"]),
        ("h1", "Foreword from the lead safeguarding partners"),
        ("p", "We, the Chief Executive of Kent County Council, the Chief Constable of Kent Police and the Chief "
              "Executive of NHS Kent and Medway Integrated Care Board, present the KSCMP's report for 2025-26. "
              "Medway Council's area has its own partnership, with which we share the Kent and Medway "
              "safeguarding procedures."),
        ("h1", "Kent at a glance"),
        ("p", "Kent has around 350,000 children across twelve districts, from Dartford to Folkestone and Hythe. "
              "1,240 children were on a child protection plan at the end of March 2026."),
        ("h1", "Our work this year"),
        ("ul", ["Launched the Kent neglect strategy 2025-2028.",
                "Set up a multi-agency response to children arriving unaccompanied at Dover.",
                "Piloted 'Safer Kent Streets' detached youth work in Gravesend and Margate."]),
        ("h1", "Is it working?"),
        ("p", "Audit evidence shows better multi-agency planning for neglected children (good or better in 72% of "
              "audited cases, up from 59%). Strategy discussions now include health in 95% of cases. The partners "
              "judge that the arrangements are effective, while noting delays in initial health assessments for "
              "unaccompanied children."),
        ("h1", "Learning from case reviews"),
        ("p", "Eleven rapid reviews were held; four led to local child safeguarding practice reviews. Two LCSPRs "
              "(Child Ella and Child Ryan) were published, and their learning shaped the neglect strategy."),
        ("h1", "Training the workforce"),
        ("p", "KSCMP training reached 4,800 practitioners through 160 multi-agency sessions and e-learning."),
        ("h1", "Children's voices"),
        ("p", "Kent Youth County Council and the children in care council 'Our Children and Young People's "
              "Council' reviewed the neglect strategy and wrote its young person's version."),
        ("h1", "Schools"),
        ("p", "Schools and colleges are relevant agencies; the Education Safeguarding Service supported 600 "
              "designated safeguarding leads."),
        ("h1", "Scrutiny"),
        ("p", "The independent scrutineer's review of the partnership's response to unaccompanied children was "
              "reported to the lead partners in February 2026."),
        ("h1", "Finance"),
        ("table", [["Partner", "Contribution 2025-26"], ["Kent County Council", "£612,000"],
                   ["NHS Kent and Medway ICB", "£298,000"], ["Kent Police", "£141,000"]], True),
        ("h1", "Acronyms"),
        ("table", [["KSCMP", "Kent Safeguarding Children Multi-Agency Partnership"],
                   ["LCSPR", "Local child safeguarding practice review"], ["UASC", "Unaccompanied asylum-seeking children"]]),
    ],
    expect=E("2026-10-01", "yearly_report", "E10000016", "accepted", [],
             [("period_start", "2025-04-01"), ("period_end", "2026-03-31"), ("publication_date", "2026-09-29")],
             "Word report with heading styles, contents list and acronyms; period and publication date share one "
             "line; Kent, not Medway, although the ICB and procedures are 'Kent and Medway'."),
))

# 10 ---------------------------------------------------- Barking and Dagenham
DOCS.append(dict(
    file="yearly-report-barking-and-dagenham-2024-25.docx",
    fmt="docx", headings="bold", date="2025-10-31", author="BDSCP", title="Annual report",
    footer="Barking and Dagenham Safeguarding Children Partnership",
    blocks=[
        ("title", "Barking and Dagenham Safeguarding Children Partnership"),
        ("p", "Annual Report for April 2024 to March 2025"),
        ("p", "Published 31st October 2025"),
        ("h1", "Introduction"),
        ("p", "This report describes what the safeguarding partners - the London Borough of Barking and Dagenham, "
              "the Metropolitan Police (East Area) and NHS North East London Integrated Care Board - did during "
              "the year, and how well it worked. Barking and Dagenham shares a police command unit with Havering "
              "and Redbridge."),
        ("h1", "What we did"),
        ("p", "We rebuilt our multi-agency safeguarding hub, introduced a domestic abuse 'think family' protocol "
              "and began a programme with faith groups on safeguarding in supplementary schools."),
        ("h1", "How well it worked"),
        ("p", "Re-referrals fell from 23% to 18%. Audits of domestic abuse cases found that the child's experience "
              "was recorded in 80% of them, against 61% the year before. We judge our arrangements effective, with "
              "work still needed on the timeliness of health assessments."),
        ("h1", "Case reviews"),
        ("p", "Three rapid reviews; one local child safeguarding practice review was commissioned and will be "
              "published next year. Learning from the rapid reviews was shared through briefings."),
        ("h1", "Training"),
        ("p", "1,150 practitioners attended 47 multi-agency courses."),
        ("h1", "Voice of the child"),
        ("p", "Our young inspectors visited the front door and fed back on how it felt to be a child referred."),
        ("h1", "Education"),
        ("p", "Schools are relevant agencies and the DSL forum met every half term."),
        ("h1", "Independent scrutiny"),
        ("p", "The independent scrutineer reviewed the partnership's domestic abuse response."),
        ("h1", "Budget"),
        ("p", "Contributions totalled £226,000 (council 63%, ICB 29%, police 8%)."),
    ],
    expect=E("2025-11-06", "yearly_report", "E09000002", "accepted", [],
             [("period_start", "2024-04-01"), ("period_end", "2025-03-31"), ("publication_date", "2025-10-31")],
             "Short Word report with bold headings, the period in months only ('April 2024 to March 2025') and "
             "'Published 31st October 2025' on its own line; received six days later."),
))

# 11 ------------------------------------------------------------------ Merton
DOCS.append(dict(
    file="yearly-report-word-export-merton-2024-25.pdf",
    fmt="lopdf", headings="styles", date="2025-10-10", author="Merton Safeguarding Children Partnership",
    title="MSCP Annual Report 2024-25", header="Merton Safeguarding Children Partnership", footer="Annual Report 2024-25",
    page_numbers=True,
    blocks=[
        ("title", "Merton Safeguarding Children Partnership"),
        ("sub", "Annual Report: 1 April 2024 to 31 March 2025"),
        ("p", "Date of publication: 10.10.2025"),
        ("pb",),
        ("h1", "Foreword"),
        ("p", "The London Borough of Merton, the Metropolitan Police Service (South West BCU, which also covers "
              "Sutton, Kingston and Richmond) and NHS South West London Integrated Care Board present this report "
              "on the partnership's work in 2024-25."),
        ("h1", "The year in summary"),
        ("p", "We opened a multi-agency adolescent hub in Mitcham, refreshed our neglect strategy, and trained "
              "every Merton school in the new harmful sexual behaviour pathway."),
        ("h1", "Making a difference"),
        ("p", "Our multi-agency audits show improvement: plans for neglected children were rated good in 70% of "
              "cases (52% the year before), and 89% of children on plans were seen alone by their social worker. "
              "Our assessment is that the partnership is effective, with exploitation still a priority."),
        ("h1", "Rapid reviews and LCSPRs"),
        ("p", "Two rapid reviews were held; neither met the criteria for a local child safeguarding practice "
              "review. Their learning was shared through practice briefings."),
        ("h1", "Training"),
        ("p", "860 practitioners attended multi-agency training, and 1,300 completed our e-learning."),
        ("h1", "Children's voice"),
        ("p", "Merton Youth Parliament ran a consultation on safety in parks; 420 young people took part."),
        ("h1", "Education"),
        ("p", "Schools are relevant agencies; the school safeguarding audit had a 100% return."),
        ("h1", "Independent scrutiny"),
        ("p", "Our independent scrutineer reviewed the adolescent hub's first six months."),
        ("h1", "Budget"),
        ("p", "Contributions 2024-25: council £165,000; ICB £61,000; police £5,000."),
    ],
    expect=E("2025-10-14", "yearly_report", "E09000024", "accepted", [],
             [("period_start", "2024-04-01"), ("period_end", "2025-03-31"), ("publication_date", "2025-10-10")],
             "Word export with a cover page, 'Date of publication: 10.10.2025' and running header and footer; "
             "Sutton, Kingston and Richmond appear only in the police unit's description."),
))

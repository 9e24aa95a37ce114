"""Yearly reports of the safeguarding partners, each laid out its own way."""
from lib import Word, pdf, text

# Section bodies, keyed by element; each report picks its own headings and order.
BODY = {
    "foreword": "As the lead safeguarding partners we are pleased to present this report. It sets out what we "
                "did together, what difference it made for children and where we must do better.",
    "area": "{la} is home to about {kids} children and young people. Child poverty and the cost of living "
            "remain the biggest pressures our practitioners describe.",
    "agencies": "Alongside the three statutory partners, our relevant agencies include schools and colleges, "
                "early years providers, the probation service, housing providers, the fire and rescue "
                "service and voluntary and community groups.",
    "activity": "During the year the partnership delivered its three priorities: neglect, exploitation "
                "outside the home, and children's mental health. We launched a neglect strategy, "
                "refreshed the exploitation pathway and ran multi-agency audits on strategy discussions.",
    "effectiveness": "We judge our arrangements effective but not yet consistent. Audits found that "
                     "threshold decisions at the front door were sound in 86% of cases; repeat referrals "
                     "fell from 24% to 19%. Our assessment of impact draws on performance data, audit and "
                     "what families told us.",
    "reviews": "We held {rr} rapid reviews this year and commissioned {lcspr} local child safeguarding "
               "practice reviews. One review was published. Learning from national reviews by the Child "
               "Safeguarding Practice Review Panel was shared through briefings.",
    "training": "The multi-agency training programme ran {courses} courses attended by {people} "
                "practitioners. Evaluations showed increased confidence in recognising neglect.",
    "voice": "Children told us, through the youth council and a survey of 900 pupils, that they want adults "
             "to explain what happens after they share a worry. Their voice shaped our exploitation "
             "campaign.",
    "education": "Schools and early years settings took part in the safeguarding audit (section 175/157). "
                 "Designated safeguarding leads meet termly with the partnership, and education is "
                 "represented on the executive group.",
    "scrutiny": "Our independent scrutineer, {scrutineer}, attended the executive, challenged partners on "
                "the pace of the neglect strategy and examined case audits. The scrutineer's report is "
                "appended.",
    "funding": "The partnership budget was {budget}. Contributions: local authority {la_pct}%, police "
               "{pol_pct}%, integrated care board {icb_pct}%. The budget pays for the business unit "
               "and the partnership's shared work.",
    "next": "Next year we will focus on the impact of domestic abuse on babies and on transition to adult "
            "services.",
}


def sections(params, order, headings, skip=()):
    out = []
    for key in order:
        if key in skip:
            continue
        out.append((headings[key], BODY[key].format(**params)))
    return out


def derbyshire():
    P = dict(la="Derbyshire", kids="170,000", rr=9, lcspr=2, courses=88, people="2,950",
             scrutineer="an independent scrutineer appointed in 2023", budget="£612,000",
             la_pct=56, pol_pct=19, icb_pct=25)
    H = {"foreword": "Foreword from the lead safeguarding partners", "area": "About Derbyshire",
         "agencies": "Our relevant agencies", "activity": "What we did in 2024-25",
         "effectiveness": "How effective were our arrangements?", "reviews": "Child safeguarding practice reviews",
         "training": "Multi-agency learning and development", "voice": "Hearing from children and young people",
         "education": "Working with schools", "scrutiny": "Independent scrutiny",
         "funding": "Partnership budget", "next": "Looking ahead"}
    w = Word(author="Derbyshire SCP", title="Annual Report 2024-25")
    w.h("Derbyshire Safeguarding Children Partnership", 0)
    w.h("Annual Report 2024 to 2025", 1)
    w.p("Reporting period: 1 April 2024 - 31 March 2025")
    w.p("Published: 30 September 2025")
    w.page_break()
    w.h("Contents", 1)
    for k in H.values():
        w.p(k)
    w.page_break()
    for head, body in sections(P, list(H), H):
        w.h(head, 1)
        w.p(body)
    w.h("Glossary", 1)
    w.table([["DSL", "Designated safeguarding lead"], ["ICB", "Integrated care board"],
             ["LCSPR", "Local child safeguarding practice review"]])
    w.save("derbyshire-annual-report-2024-25.docx")


def south_glos():
    P = dict(la="South Gloucestershire", kids="65,000", rr=5, lcspr=1, courses=41, people="1,120",
             scrutineer="Ms Aileen Garvey", budget="£298,500", la_pct=61, pol_pct=14, icb_pct=25)
    H = {"foreword": "1. Foreword", "area": "2. Our area", "agencies": "3. Who is in the partnership",
         "activity": "4. Progress against our priorities", "effectiveness": "5. Impact and effectiveness",
         "reviews": "6. Rapid reviews and LCSPRs", "voice": "7. Voice of the child",
         "training": "8. Training offer", "education": "9. Education settings",
         "funding": "10. Finances", "scrutiny": "11. Independent scrutineer's statement",
         "next": "12. Priorities for 2025-26"}
    w = Word(author="SGSCP", title="Safeguarding Children Partnership Yearly Report")
    w.running(header="South Gloucestershire Safeguarding Children Partnership - Yearly Report 2024/25",
              footer="OFFICIAL")
    w.h("South Gloucestershire Safeguarding Children Partnership", 0)
    w.p("Yearly Report")
    w.p("Covering the period 01/04/2024 to 31/03/2025")
    w.p("Date of publication: 26.9.2025")
    w.page_break()
    w.h("Contents", 1)
    w.table([[v, str(i + 3)] for i, v in enumerate(H.values())])
    w.page_break()
    for head, body in sections(P, list(H), H):
        w.h(head, 1)
        w.p(body)
    w.h("Appendix A: partner contacts", 1)
    w.p("South Gloucestershire Council; Avon and Somerset Constabulary; NHS Bristol, North Somerset and "
        "South Gloucestershire Integrated Care Board.")
    w.save_pdf("south-gloucestershire-yearly-report-2024-25-word-export.pdf")


def harrow():
    P = dict(la="Harrow", kids="62,000", rr=4, lcspr=1, courses=35, people="980",
             scrutineer="Dr Sam Okafor", budget="£341,000", la_pct=58, pol_pct=12, icb_pct=30)
    H = {"foreword": "Welcome", "activity": "Our year", "effectiveness": "Is it making a difference?",
         "reviews": "Learning from serious incidents", "voice": "What children said",
         "training": "Training", "education": "Schools and colleges", "agencies": "Relevant agencies",
         "scrutiny": "Scrutiny", "funding": "Money", "area": "About Harrow", "next": "Next year"}
    secs = "\n".join("<section><h2>%s</h2><p>%s</p></section>" % s for s in sections(P, list(H), H))
    text("harrow-annual-report-web-page-2024-25.html", """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Annual report 2024 to 2025 | Harrow Safeguarding Children Partnership</title></head>
<body>
<div class="cookie-banner"><p>We use cookies to make this site work and to collect analytics. <button>Accept all</button> <button>Reject</button> <a href="/cookies">Cookie settings</a></p></div>
<header><a href="/">Harrow Safeguarding Children Partnership</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/professionals">Professionals</a></li><li><a href="/parents">Parents and carers</a></li><li><a href="/training">Training</a></li><li><a href="/reports">Reports</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
<main>
<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/reports">Reports</a> &gt; Annual report</p>
<h1>Harrow Safeguarding Children Partnership annual report 2024 to 2025</h1>
<p class="meta">Published 29 September 2025. This report covers 1 April 2024 to 31 March 2025.</p>
%s
<p><a href="/reports/annual-report-2024-25.pdf">Download the report as a PDF (1.2 MB)</a></p>
</main>
<footer><p>&copy; Harrow Council 2025</p><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body>
</html>
""" % secs)


def windsor():
    P = dict(la="Windsor and Maidenhead", kids="34,000", rr=3, lcspr=1, courses=0, people="0",
             scrutineer="Mr Tom Riley", budget="£254,000", la_pct=60, pol_pct=15, icb_pct=25)
    H = {"area": "Our borough", "foreword": "Introduction", "agencies": "Partners and relevant agencies",
         "activity": "What we have done", "effectiveness": "How well are we doing?",
         "reviews": "Reviews", "voice": "Children's voices", "education": "Education",
         "scrutiny": "Independent scrutiny", "funding": "Budget", "next": "The year ahead"}
    md = ["# Windsor and Maidenhead Safeguarding Children Partnership", "",
          "## Annual Report 1 April 2024 to 31 March 2025", "",
          "*Published 15 September 2025*", ""]
    for head, body in sections(P, list(H), H):
        md += ["### " + head, "", body, ""]
    text("windsor-and-maidenhead-annual-report-2024-25-no-training.md", "\n".join(md))


def stockton():
    P = dict(la="Stockton-on-Tees", kids="45,000", rr=6, lcspr=1, courses=52, people="1,400",
             scrutineer="Professor Jan Evans", budget="£287,000", la_pct=55, pol_pct=17, icb_pct=28)
    H = {"foreword": "FOREWORD", "activity": "WHAT WE DID", "effectiveness": "EFFECTIVENESS",
         "reviews": "CHILD SAFEGUARDING PRACTICE REVIEWS", "training": "TRAINING",
         "voice": "VOICE OF CHILDREN AND YOUNG PEOPLE", "education": "EDUCATION",
         "agencies": "RELEVANT AGENCIES", "scrutiny": "INDEPENDENT SCRUTINY", "funding": "FUNDING",
         "area": "ABOUT STOCKTON-ON-TEES", "next": "NEXT STEPS"}
    w = Word(heads="bold", author="Stockton SCP", title="Annual report 2024-2025")
    w.h("Stockton-on-Tees Safeguarding Children Partnership Annual Report 2024-2025", 0)
    w.p("This report covers the year from 1st April 2024 to 31st March 2025. It will be published on our "
        "website on 31 October 2025, after the partnership executive signs it off; we are sharing it in "
        "advance as requested.")
    for head, body in sections(P, list(H), H):
        w.h(head)
        w.p(body)
    w.save("stockton-on-tees-annual-report-2024-25-published-next-week.docx")


def peterborough():
    P = dict(la="Peterborough", kids="50,000", rr=0, lcspr=0, courses=47, people="1,310",
             scrutineer="Ms Ruth Anand", budget="£305,000", la_pct=57, pol_pct=16, icb_pct=27)
    H = {"foreword": "INTRODUCTION", "area": "OUR CITY", "agencies": "WHO WE WORK WITH",
         "activity": "OUR WORK THIS YEAR", "effectiveness": "HOW EFFECTIVE WE HAVE BEEN",
         "training": "LEARNING AND DEVELOPMENT", "voice": "VOICE OF THE CHILD", "education": "SCHOOLS",
         "scrutiny": "INDEPENDENT SCRUTINY", "funding": "BUDGET", "next": "NEXT YEAR"}
    lines = ["PETERBOROUGH SAFEGUARDING CHILDREN PARTNERSHIP", "YEARLY REPORT 2024/25", "",
             "Period covered: April 2024 to March 2025", "Published: 3 October 2025", ""]
    for head, body in sections(P, list(H), H):
        lines += [head, "", body, ""]
    text("peterborough-yearly-report-2024-25-no-reviews.txt", "\n".join(lines))


def central_beds():
    P = dict(la="Central Bedfordshire", kids="68,000", rr=7, lcspr=2, courses=60, people="1,750",
             scrutineer="Mrs Priya Shah", budget="£330,000", la_pct=54, pol_pct=18, icb_pct=28)
    H = {"foreword": "Foreword", "area": "Central Bedfordshire at a glance", "agencies": "Relevant agencies",
         "activity": "Our priorities and what we did", "effectiveness": "Measuring effectiveness",
         "reviews": "Safeguarding practice reviews", "training": "Workforce development",
         "voice": "Listening to children", "education": "Education safeguarding",
         "scrutiny": "Independent scrutiny", "funding": "Funding arrangements", "next": "2025-26"}
    blocks = [("title", "Central Bedfordshire Safeguarding Children Partnership"),
              ("h", "Annual Report 2024-2025"),
              ("p", "Reporting year: 1 April 2024 to 31 March 2025. Published on November 28, 2025.")]
    for head, body in sections(P, list(H), H):
        blocks += [("h", head), ("p", body)]
    pdf("central-bedfordshire-annual-report-two-column-2024-25.pdf", blocks, two_column=True,
        title="Annual Report 2024-2025", author="CBSCP", header="Central Bedfordshire SCP Annual Report")


def ne_lincs():
    P = dict(la="North East Lincolnshire", kids="36,000", rr=5, lcspr=1, courses=39, people="1,020",
             scrutineer="Mr David Holt", budget="£268,000", la_pct=59, pol_pct=15, icb_pct=26)
    H = {"foreword": "Foreword", "area": "Our area", "agencies": "Relevant agencies",
         "activity": "What we did over the eighteen months", "effectiveness": "Effectiveness",
         "reviews": "Practice reviews", "training": "Training", "voice": "Voice of the child",
         "education": "Education", "scrutiny": "Independent scrutiny", "funding": "Funding",
         "next": "Looking ahead"}
    w = Word(author="NELSCP", title="Safeguarding Children Partnership Report")
    w.h("North East Lincolnshire Safeguarding Children Partnership", 0)
    w.h("Partnership Report, October 2023 to March 2025", 1)
    w.p("To align our reporting with the financial year, this report covers eighteen months: "
        "1 October 2023 to 31 March 2025. It is the safeguarding partners' yearly report required by "
        "Working Together to Safeguard Children 2023.")
    w.p("Publication date: 12 August 2025")
    for head, body in sections(P, list(H), H):
        w.h(head, 2)
        w.p(body)
    w.save("north-east-lincolnshire-report-eighteen-months-to-march-2025.docx")


ALL = [derbyshire, south_glos, harrow, windsor, stockton, peterborough, central_beds, ne_lincs]

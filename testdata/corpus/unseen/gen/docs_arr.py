"""Safeguarding arrangements and link submissions. All content invented."""

from docs_rr import E

DOCS = []

# 1 ------------------------------------------------------- Nottinghamshire
DOCS.append(dict(
    file="arrangements-nottinghamshire-2024-lead-and-delegated-partners.docx",
    fmt="docx", headings="styles", date="2024-11-29", author="Nottinghamshire Safeguarding Children Partnership",
    title="Multi-agency safeguarding arrangements", header="Nottinghamshire Safeguarding Children Partnership",
    footer="Version 1.0 - November 2024", page_numbers=True,
    blocks=[
        ("title", "Nottinghamshire Safeguarding Children Partnership"),
        ("sub", "Multi-Agency Safeguarding Arrangements"),
        ("table", [["Published", "29 November 2024"], ["Effective from", "1 December 2024"],
                   ["Review date", "November 2025"],
                   ["Web address", "https://www.nottinghamshire.gov.uk/nscp/arrangements"]]),
        ("h1", "1. Introduction"),
        ("p", "These arrangements set out how agencies in Nottinghamshire work together to safeguard and promote "
              "the welfare of children, as required by the Children Act 2004 and Working Together to Safeguard "
              "Children 2023. They replace the arrangements published in 2019."),
        ("h1", "2. Our area"),
        ("p", "The arrangements cover the county of Nottinghamshire: the districts of Ashfield, Bassetlaw, "
              "Broxtowe, Gedling, Mansfield, Newark and Sherwood, and Rushcliffe. Nottingham City has its own "
              "arrangements; the two partnerships share child protection procedures and some subgroups."),
        ("h1", "3. Lead safeguarding partners"),
        ("table", [
            ["Partner", "Lead safeguarding partner", "Delegated safeguarding partner"],
            ["Nottinghamshire County Council", "Chief Executive", "Corporate Director, Children and Families"],
            ["Nottinghamshire Police", "Chief Constable", "Assistant Chief Constable, Crime and Public Protection"],
            ["NHS Nottingham and Nottinghamshire Integrated Care Board", "Chief Executive", "Director of Nursing"],
        ], True),
        ("p", "The lead safeguarding partners share equal responsibility for the arrangements. They meet twice a "
              "year with the delegated safeguarding partners, who meet monthly as the Partnership Executive."),
        ("h1", "4. Relevant agencies"),
        ("p", "Relevant agencies named under the Child Safeguarding Practice Review and Relevant Agency "
              "(England) Regulations 2018 include Nottingham University Hospitals NHS Trust, Sherwood Forest "
              "Hospitals NHS Foundation Trust, Nottinghamshire Healthcare NHS Foundation Trust, East Midlands "
              "Ambulance Service, the Probation Service, district councils, CAFCASS, and voluntary and faith "
              "organisations. A full list is at Appendix A."),
        ("h1", "5. Education"),
        ("p", "All schools, academies, colleges and early years settings in the county are relevant agencies. "
              "Education is represented on the Partnership Executive by the Service Director for Education."),
        ("h1", "6. Independent scrutiny"),
        ("p", "An independent scrutineer, appointed jointly by the lead partners, provides independent scrutiny "
              "of the arrangements through an annual programme agreed with the Executive, and reports to the lead "
              "safeguarding partners."),
        ("h1", "7. Listening to children and families"),
        ("p", "Children's views reach the partnership through the Young People's Board and through audits that "
              "speak directly to children and parents."),
        ("h1", "8. Learning and reviews"),
        ("p", "The partners undertake rapid reviews and local child safeguarding practice reviews as set out in "
              "chapter 5 of Working Together 2023, and run a multi-agency training programme."),
        ("h1", "9. Funding"),
        ("p", "The partnership is funded by contributions from the three partners, agreed annually: the council 54%, "
              "the ICB 30% and the police 16%."),
        ("h1", "10. Yearly report"),
        ("p", "The partners will publish a yearly report each autumn and send it to the Panel and Foundations."),
        ("h1", "Appendix A - relevant agencies"),
        ("ul", ["Schools, academies, colleges and early years providers", "NHS trusts and primary care",
                "Nottinghamshire Fire and Rescue Service", "Youth justice service", "Probation Service",
                "District and borough councils", "Voluntary, community and faith sector organisations"]),
    ],
    expect=E("2024-12-03", "arrangements", "E10000024", "accepted", [],
             [("url", "https://www.nottinghamshire.gov.uk/nscp/arrangements"), ("publication_date", "2024-11-29"),
              ("implementation_date", "2024-12-01"), ("partner_local_authority", "Nottinghamshire County Council"),
              ("partner_police", "Nottinghamshire Police"),
              ("partner_health", "NHS Nottingham and Nottinghamshire Integrated Care Board")],
             "2023-round arrangements with a lead/delegated partners table, area, relevant agencies, education, "
             "scrutiny and funding; Nottingham City is mentioned as the neighbouring partnership."),
))

# 2 -------------------------------------------------------------- Portsmouth
DOCS.append(dict(
    file="arrangements-word-export-portsmouth-2024-no-scrutiny.pdf",
    fmt="lopdf", headings="styles", date="2024-12-13", author="Portsmouth Safeguarding Children Partnership",
    title="Portsmouth safeguarding arrangements 2024", header="Portsmouth Safeguarding Children Partnership",
    footer="Safeguarding arrangements - December 2024", page_numbers=True,
    blocks=[
        ("title", "Portsmouth Safeguarding Children Partnership"),
        ("sub", "Our local safeguarding arrangements"),
        ("p", "Published 13 December 2024. These arrangements are effective from 16 December 2024."),
        ("pb",),
        ("h1", "Purpose"),
        ("p", "This document describes how the lead safeguarding partners for Portsmouth will work together and "
              "with other agencies to safeguard children in the city, in line with Working Together to Safeguard "
              "Children 2023."),
        ("h1", "Geographical area"),
        ("p", "The arrangements cover the area of Portsmouth City Council, including Portsea Island, Cosham, "
              "Drayton and Farlington. Portsmouth works closely with Southampton, Hampshire and the Isle of Wight "
              "through shared procedures (the 4LSCP procedures), but each has its own arrangements."),
        ("h1", "The lead safeguarding partners"),
        ("ul", ["Portsmouth City Council - Chief Executive",
                "Hampshire and Isle of Wight Constabulary - Chief Constable",
                "NHS Hampshire and Isle of Wight Integrated Care Board - Chief Executive"]),
        ("p", "Each lead safeguarding partner has named a delegated safeguarding partner: the Director of "
              "Children's Services, the Chief Superintendent for Portsmouth district, and the ICB's Chief Nursing "
              "Officer."),
        ("h1", "How we work"),
        ("p", "The delegated partners meet monthly as the Partnership Board. Subgroups cover learning and "
              "development, quality assurance, child exploitation and the front door. Decisions are made by "
              "agreement of all three partners."),
        ("h1", "Relevant agencies"),
        ("p", "Relevant agencies include Portsmouth Hospitals University NHS Trust, Solent NHS Trust, South "
              "Central Ambulance Service, the Probation Service, Hampshire and Isle of Wight Fire and Rescue, "
              "housing providers, sports clubs and the voluntary sector."),
        ("h1", "Schools and education"),
        ("p", "All schools, colleges and early years settings in Portsmouth are relevant agencies and are "
              "represented by the Education Safeguarding Group."),
        ("h1", "Children's voices"),
        ("p", "The partnership works with the Portsmouth Youth Parliament and the Children in Care Council."),
        ("h1", "Reviews and learning"),
        ("p", "Rapid reviews and local child safeguarding practice reviews are carried out as required by "
              "Working Together 2023; learning is shared through briefings and a multi-agency training "
              "programme."),
        ("h1", "Funding"),
        ("p", "Portsmouth City Council 58%, the ICB 29%, Hampshire and Isle of Wight Constabulary 13%."),
        ("h1", "Yearly report"),
        ("p", "A yearly report will be published by the end of each September."),
        ("p", "These arrangements are published at https://www.portsmouthscp.org.uk/about-us/our-arrangements/"),
    ],
    expect=E("2024-12-17", "arrangements", "E06000044", "rejected", ["missing_scrutiny"],
             [("url", "https://www.portsmouthscp.org.uk/about-us/our-arrangements/"), ("publication_date", "2024-12-13"),
              ("implementation_date", "2024-12-16"), ("partner_local_authority", "Portsmouth City Council"),
              ("partner_police", "Hampshire and Isle of Wight Constabulary"),
              ("partner_health", "NHS Hampshire and Isle of Wight Integrated Care Board")],
             "Word export of complete-looking arrangements that never describe independent scrutiny (no scrutineer, "
             "no scrutiny arrangements); Southampton, Hampshire and the Isle of Wight appear in passing."),
))

# 3 ----------------------------------------------------------------- Halton
def halton_shell(content):
    return """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Our safeguarding arrangements - Halton Children and Young People Safeguarding Partnership</title>
<link rel="canonical" href="https://www.haltonsafeguarding.co.uk/children/our-arrangements/"></head>
<body>
<div id="cookie-notice" role="dialog"><span>This website uses cookies. By continuing you agree to our use of cookies.</span>
<a href="#" class="btn">OK</a> <a href="/cookie-policy">Find out more</a></div>
<div class="top-bar"><a href="tel:01519075000">Contact the front door: 0151 907 8305</a> | <a href="/quick-exit" id="quick-exit">Quick exit</a></div>
<nav class="main"><a href="/">Home</a> <a href="/children">Children</a> <a href="/adults">Adults</a> <a href="/training">Training</a> <a href="/news">News</a></nav>
<article class="page-content">
""" + content + """
</article>
<footer><p>Halton Children and Young People Safeguarding Partnership, Municipal Building, Kingsway, Widnes WA8 7QF</p>
<p>Page last updated: 2 December 2024</p></footer>
</body></html>
"""


DOCS.append(dict(
    file="arrangements-web-page-halton-2024-still-names-ccg.html",
    fmt="html", shell=halton_shell,
    blocks=[
        ("title", "Our safeguarding arrangements"),
        ("p", "Published: 2 December 2024. In force from: 2 December 2024."),
        ("h1", "Who leads the partnership"),
        ("p", "Halton's lead safeguarding partners are the Chief Executive of Halton Borough Council, the Chief "
              "Constable of Cheshire Constabulary and the Accountable Officer of NHS Halton Clinical "
              "Commissioning Group. They have delegated their day-to-day role to the Director of Children's "
              "Services, the Detective Superintendent for Public Protection and the Designated Nurse for "
              "Safeguarding Children."),
        ("h1", "Area covered"),
        ("p", "The arrangements cover the borough of Halton, which includes the towns of Runcorn and Widnes on "
              "either side of the Mersey. Children who live in Halton but go to school in Warrington or Knowsley are "
              "covered by these arrangements."),
        ("h1", "Relevant agencies"),
        ("p", "Schools and colleges, Bridgewater Community Healthcare NHS Foundation Trust, Warrington and Halton "
              "Teaching Hospitals, Mersey Care, North West Ambulance Service, the Probation Service, housing "
              "associations and Riverside College are relevant agencies."),
        ("h1", "Education"),
        ("p", "Education settings are represented at the partnership by two head teachers and the Director of "
              "Education, and all schools complete an annual safeguarding audit."),
        ("h1", "Independent scrutiny"),
        ("p", "An independent scrutineer reviews one area of the partnership's work each year and reports to the "
              "lead safeguarding partners and to the public through the yearly report."),
        ("h1", "Hearing children"),
        ("p", "Halton's Youth Cabinet is consulted on the partnership's priorities every year."),
        ("h1", "Reviews, training and the yearly report"),
        ("p", "The partnership carries out rapid reviews and local child safeguarding practice reviews, provides "
              "multi-agency training, and publishes a yearly report."),
        ("h1", "Funding"),
        ("p", "The three partners fund the partnership's business unit in agreed shares."),
    ],
    expect=E("2024-12-05", "arrangements", "E06000006", "accepted", ["ccg_after_icb"],
             [("url", "https://www.haltonsafeguarding.co.uk/children/our-arrangements/"),
              ("publication_date", "2024-12-02"), ("implementation_date", "2024-12-02"),
              ("partner_local_authority", "Halton Borough Council"), ("partner_police", "Cheshire Constabulary"),
              ("partner_health", "NHS Halton Clinical Commissioning Group")],
             "A saved web page of December 2024 arrangements that still names NHS Halton Clinical Commissioning Group "
             "as the current health partner, two years after ICBs replaced CCGs; the url is the page's canonical "
             "link; Warrington and Knowsley appear only as where some children go to school."),
))

# 4 ------------------------------------------------------------------ Bristol
DOCS.append(dict(
    file="arrangements-bristol-published-january-2025.md",
    fmt="md", date="2025-01-20",
    blocks=[
        ("title", "Keeping Bristol Safe Partnership: Multi-Agency Safeguarding Arrangements for Children"),
        ("p", "*Published 20 January 2025 - effective from 3 February 2025*"),
        ("p", "Read online: <https://www.bristol.gov.uk/kbsp/childrens-safeguarding-arrangements-2025>"),
        ("h1", "1 Introduction"),
        ("p", "The Keeping Bristol Safe Partnership (KBSP) brings together the statutory partners for children and "
              "for adults in the city. This document sets out the children's safeguarding arrangements required "
              "by Working Together to Safeguard Children 2023. Publication was delayed from December 2024 to "
              "allow consultation with the city's voluntary sector."),
        ("h1", "2 Lead safeguarding partners"),
        ("table", [["Organisation", "Lead safeguarding partner", "Delegated safeguarding partner"],
                   ["Bristol City Council", "Chief Executive", "Executive Director, Children and Education"],
                   ["Avon and Somerset Police", "Chief Constable", "Superintendent, Bristol Safeguarding"],
                   ["NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board", "Chief Executive",
                    "Chief Nursing Officer"]], True),
        ("h1", "3 Geographical area"),
        ("p", "The arrangements cover the City of Bristol. North Somerset and South Gloucestershire, which share the "
              "ICB and police force, each have their own arrangements."),
        ("h1", "4 Relevant agencies"),
        ("p", "Relevant agencies include University Hospitals Bristol and Weston, North Bristol NHS Trust, Sirona "
              "Care and Health, Avon and Wiltshire Mental Health Partnership, Avon Fire and Rescue, Probation, "
              "youth justice, housing and voluntary sector organisations."),
        ("h1", "5 Schools, colleges and early years"),
        ("p", "Education settings are relevant agencies and are represented on the KBSP Executive by a head teacher "
              "and the Director of Education and Skills."),
        ("h1", "6 Independent scrutiny"),
        ("p", "The KBSP's independent scrutineer provides independent scrutiny of the children's arrangements, "
              "including an annual review of the partnership's effectiveness."),
        ("h1", "7 Voice of children and young people"),
        ("p", "Bristol's Youth Council and the Children in Care Council have a standing invitation to the "
              "Executive."),
        ("h1", "8 Reviews, training and reporting"),
        ("p", "Rapid reviews and local child safeguarding practice reviews are commissioned by the Executive. "
              "Multi-agency training is provided by the KBSP learning and development group. A yearly report is "
              "published each September."),
        ("h1", "9 Funding"),
        ("p", "The partners share the costs of the KBSP business unit: the council 50%, the ICB 30%, the police 20%."),
    ],
    expect=E("2025-01-22", "arrangements", "E06000023", "accepted", ["publication_late"],
             [("url", "https://www.bristol.gov.uk/kbsp/childrens-safeguarding-arrangements-2025"),
              ("publication_date", "2025-01-20"), ("implementation_date", "2025-02-03"),
              ("partner_local_authority", "Bristol City Council"), ("partner_police", "Avon and Somerset Police"),
              ("partner_health", "NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board")],
             "Markdown arrangements published 20 January 2025, after the 2023 round's 31 December 2024 deadline; "
             "North Somerset and South Gloucestershire appear in the ICB's name and as neighbours."),
))

# 5 ------------------------------------------------------------------- Sutton
DOCS.append(dict(
    file="arrangements-sutton-2019-implemented-in-october.docx",
    fmt="docx", headings="bold", date="2019-06-28", author="Sutton LSCP", title="Sutton safeguarding arrangements",
    footer="Sutton Safeguarding Children Partnership arrangements 2019",
    blocks=[
        ("title", "Sutton Safeguarding Children Partnership"),
        ("p", "New local safeguarding arrangements"),
        ("p", "Published 28th June 2019"),
        ("h1", "Introduction"),
        ("p", "The Children and Social Work Act 2017 replaced Local Safeguarding Children Boards with new "
              "arrangements led by three safeguarding partners. Sutton Local Safeguarding Children Board will "
              "close when these arrangements are implemented on 1st October 2019, after a transition period "
              "agreed by the partners to allow the new subgroups to be set up."),
        ("h1", "The safeguarding partners"),
        ("p", "The three safeguarding partners for Sutton are the London Borough of Sutton, the Metropolitan "
              "Police Service (South West BCU) and NHS Sutton Clinical Commissioning Group."),
        ("h1", "Area"),
        ("p", "The arrangements cover the London Borough of Sutton, including Sutton, Carshalton, Wallington, "
              "Cheam and Beddington. Children placed in Sutton by other boroughs, such as Croydon and Merton, are "
              "included."),
        ("h1", "Relevant agencies"),
        ("p", "Relevant agencies include Epsom and St Helier University Hospitals NHS Trust, South West London and "
              "St George's Mental Health NHS Trust, the London Ambulance Service, the Community Rehabilitation "
              "Company, CAFCASS, housing providers and the voluntary sector."),
        ("h1", "Schools"),
        ("p", "All schools and colleges in the borough are relevant agencies; a secondary head teacher sits on the "
              "Partnership Executive."),
        ("h1", "Independent scrutiny"),
        ("p", "An independent scrutineer will review the arrangements each year, attend the Executive and "
              "contribute to the yearly report."),
        ("h1", "Children's voice"),
        ("p", "Sutton Youth Parliament will be consulted on the partnership's priorities."),
        ("h1", "Reviews and training"),
        ("p", "The partnership will carry out rapid reviews and local child safeguarding practice reviews, and "
              "provide a multi-agency training offer."),
        ("h1", "Funding"),
        ("p", "Funding for 2019-20 is £184,000, contributed by the council, the CCG and the police."),
        ("p", "Published at https://www.suttonlscp.org.uk/new-arrangements"),
    ],
    expect=E("2019-10-02", "arrangements", "E09000029", "accepted", ["implementation_late"],
             [("url", "https://www.suttonlscp.org.uk/new-arrangements"), ("publication_date", "2019-06-28"),
              ("implementation_date", "2019-10-01"), ("partner_local_authority", "London Borough of Sutton"),
              ("partner_police", "Metropolitan Police Service"),
              ("partner_health", "NHS Sutton Clinical Commissioning Group")],
             "2019-round arrangements published 28 June 2019 (in time) but implemented on 1 October 2019, after 29 "
             "September and more than three months later; the CCG is correct for 2019."),
))

# 6 -------------------------------------------------------------- Essex link
DOCS.append(dict(
    file="link-note-essex-board-with-dates.txt",
    fmt="raw",
    raw="""For the Department for Education (safeguarding.reform@education.gov.uk)
Essex - revised local safeguarding arrangements

Essex Safeguarding Children Board (the name the Essex partners have kept for
their partnership) confirms that its revised multi-agency safeguarding
arrangements were published on 6 December 2024 and came into force on
Monday 9 December 2024.

They can be read at: https://www.escb.co.uk/about-us/our-arrangements/

Essex County Council, Essex Police and the three integrated care boards
serving Essex have agreed them.

ESCB Business Manager
""",
    expect=E("2024-12-10", "arrangements", "E10000012", "accepted", [],
             [("url", "https://www.escb.co.uk/about-us/our-arrangements/"), ("publication_date", "2024-12-06"),
              ("implementation_date", "2024-12-09")],
             "Short text note whose purpose is the link, with publication and start dates in a sentence; the "
             "partnership is still called a 'Board'."),
))

# 7 ------------------------------------------------------------ Southend link
DOCS.append(dict(
    file="letter-with-link-southend-on-sea.docx",
    fmt="docx", headings="bold", date="2024-12-12", author="Southend Safeguarding Partnership",
    title="Letter to the Secretary of State",
    blocks=[
        ("lines", ["Southend Safeguarding Partnership", "Civic Centre, Victoria Avenue", "Southend-on-Sea SS2 6ER"]),
        ("p", "12.12.2024"),
        ("lines", ["Secretary of State for Education", "c/o safeguarding.reform@education.gov.uk"]),
        ("p", "Dear Secretary of State,"),
        ("h1", "Southend-on-Sea multi-agency safeguarding arrangements"),
        ("p", "I write on behalf of the lead safeguarding partners for Southend-on-Sea - Southend-on-Sea City "
              "Council, Essex Police and NHS Mid and South Essex Integrated Care Board - to let you know that our "
              "revised safeguarding arrangements were published on our website on 11 December 2024."),
        ("p", "The arrangements can be found at https://www.safeguardingsouthend.co.uk/arrangements-2024"),
        ("p", "We continue to use the Southend, Essex and Thurrock (SET) child protection procedures jointly with "
              "our neighbouring partnerships."),
        ("p", "Yours faithfully,"),
        ("lines", ["Independent Chair", "Southend Safeguarding Partnership"]),
    ],
    expect=E("2024-12-13", "arrangements", "E06000033", "accepted", [],
             [("document_date", "2024-12-12"), ("url", "https://www.safeguardingsouthend.co.uk/arrangements-2024"),
              ("publication_date", "2024-12-11")],
             "A one-page Word letter dated '12.12.2024' giving the link and the publication date but no start "
             "date; Essex and Thurrock appear in the partners' names and the shared procedures."),
))

# 8 ---------------------------------------------------------- Hillingdon link
DOCS.append(dict(
    file="link-email-hillingdon-staging-address.eml",
    fmt="eml",
    eml=dict(frm=("Hillingdon Safeguarding Partnership", "hscp@hillingdon.gov.uk"),
             to=("Safeguarding Reform", "safeguarding.reform@education.gov.uk"),
             subject="Hillingdon safeguarding arrangements - link",
             date="Thu, 19 Dec 2024 11:02:44 +0000", msgid="<b7e1c0a2-hscp-arr@hillingdon.gov.uk>",
             body="Dear colleagues,\n\n"
                  "On behalf of the Hillingdon lead safeguarding partners, I am pleased to confirm that our\n"
                  "revised multi-agency safeguarding arrangements were published on 18 December 2024 and will\n"
                  "take effect from 1 January 2025.\n\n"
                  "The arrangements are available here:\n"
                  "https://hillingdon-scp.10.20.30.41.nip.io/our-arrangements\n\n"
                  "Best wishes\n\nPartnership Manager\nHillingdon Safeguarding Children Partnership\n"),
    expect=E("2024-12-19", "arrangements", "E09000017", "accepted", ["url_suspicious"],
             [("url", "https://hillingdon-scp.10.20.30.41.nip.io/our-arrangements"), ("publication_date", "2024-12-18"),
              ("implementation_date", "2025-01-01")],
             "An email body link letter whose link is a wildcard-DNS name (nip.io) resolving to a private address, "
             "apparently a staging site: suspicious, but forwarded."),
))

# 9 ------------------------------------------------------------ Trafford link
DOCS.append(dict(
    file="link-email-trafford-forgot-the-link.eml",
    fmt="eml",
    eml=dict(frm=("Trafford Strategic Safeguarding Partnership", "tssp@trafford.gov.uk"),
             to=("Safeguarding Reform", "safeguarding.reform@education.gov.uk"),
             subject="Trafford - publication of our safeguarding arrangements",
             date="Wed, 18 Dec 2024 16:20:05 +0000", msgid="<tssp.arrangements.20241218@trafford.gov.uk>",
             body="Good afternoon,\n\n"
                  "I am writing to confirm that the Trafford lead safeguarding partners published our\n"
                  "revised safeguarding arrangements on our website on 16 December 2024. The new\n"
                  "arrangements take effect from 1 January 2025.\n\n"
                  "Please let me know if you need anything further.\n\n"
                  "Kind regards\n\nBusiness Manager\nTrafford Strategic Safeguarding Partnership\n"),
    expect=E("2024-12-18", "arrangements", "E08000009", "rejected", ["url_missing"],
             [("publication_date", "2024-12-16"), ("implementation_date", "2025-01-01")],
             "An email whose only purpose is to say the arrangements are published 'on our website', but it gives "
             "no address at all: a link submission without a link."),
))

# 10 ---------------------------------------------------------- Camden link
DOCS.append(dict(
    file="link-email-camden-arrangements.eml",
    fmt="eml",
    eml=dict(frm=("Camden Safeguarding Children Partnership", "cscp@camden.gov.uk"),
             to=("Safeguarding Reform", "safeguarding.reform@education.gov.uk"),
             subject="Camden Safeguarding Children Partnership - published arrangements",
             date="Tue, 10 Dec 2024 10:15:00 +0000", msgid="<cscp-arrangements-2024@camden.gov.uk>",
             body="Dear Secretary of State,\n\n"
                  "Camden's lead safeguarding partners - Camden Council, the Metropolitan Police Service and\n"
                  "NHS North Central London Integrated Care Board - have published our revised multi-agency\n"
                  "safeguarding arrangements.\n\n"
                  "Link: https://www.camdensafeguardingchildren.org.uk/arrangements/\n"
                  "Published: 9th December 2024\n"
                  "Implemented: 16th December 2024\n\n"
                  "Yours sincerely\n\nCamden Safeguarding Children Partnership\n"),
    expect=E("2024-12-10", "arrangements", "E09000007", "accepted", [],
             [("url", "https://www.camdensafeguardingchildren.org.uk/arrangements/"), ("publication_date", "2024-12-09"),
              ("implementation_date", "2024-12-16")],
             "Email link letter from the partnership's own registered domain (SES headers show SPF, DKIM and DMARC "
             "passing for it) with labelled link, publication and implementation dates."),
))

# 11 -------------------------------------------------------- Isle of Wight
DOCS.append(dict(
    file="arrangements-isle-of-wight-2024.docx",
    fmt="docx", headings="styles", date="2024-12-20", author="Isle of Wight Safeguarding Children Partnership",
    title="Isle of Wight multi-agency safeguarding arrangements", page_numbers=True,
    header="Isle of Wight Safeguarding Children Partnership",
    blocks=[
        ("title", "Isle of Wight Safeguarding Children Partnership"),
        ("sub", "Multi-agency safeguarding arrangements 2024"),
        ("p", "These arrangements were published on 20 December 2024 and come into effect on 1 January 2025. They "
              "are on our website at https://www.iowscp.uk/arrangements"),
        ("h1", "Foreword"),
        ("p", "Working Together to Safeguard Children 2023 asked every area to revise its arrangements by the end "
              "of 2024. This document is the result of a year's work with practitioners, families and young people "
              "on the Island."),
        ("h1", "Lead and delegated safeguarding partners"),
        ("table", [["Organisation", "Lead safeguarding partner", "Delegated safeguarding partner"],
                   ["Isle of Wight Council", "Chief Executive", "Director of Children's Services"],
                   ["Hampshire and Isle of Wight Constabulary", "Chief Constable", "Chief Superintendent, Isle of Wight"],
                   ["NHS Hampshire and Isle of Wight Integrated Care Board", "Chief Executive", "Chief Nursing Officer"]], True),
        ("h1", "The area we cover"),
        ("p", "The arrangements cover the Isle of Wight Council area: the whole Island, including Newport, Ryde, "
              "Cowes and Sandown. Many services are shared with Hampshire, Portsmouth and Southampton, whose "
              "partnerships have their own arrangements."),
        ("h1", "Relevant agencies"),
        ("p", "Isle of Wight NHS Trust, the Probation Service, Hampshire and Isle of Wight Fire and Rescue Service, "
              "schools and colleges, early years providers, housing providers, the Island's voluntary sector and "
              "sports organisations."),
        ("h1", "Education"),
        ("p", "Schools and colleges are relevant agencies and the Director of Education sits on the Partnership "
              "Executive."),
        ("h1", "Independent scrutiny"),
        ("p", "An independent scrutineer provides independent scrutiny of the arrangements and reports to the lead "
              "safeguarding partners at least once a year."),
        ("h1", "Children and young people"),
        ("p", "The Island's Youth Council and the children in care council help set our priorities."),
        ("h1", "Learning, reviews and training"),
        ("p", "Rapid reviews and local child safeguarding practice reviews follow Working Together 2023; the "
              "partnership runs a multi-agency training programme."),
        ("h1", "Funding and reporting"),
        ("p", "The three partners fund the partnership in agreed shares, and a yearly report is published each "
              "autumn."),
    ],
    expect=E("2024-12-23", "arrangements", "E06000046", "accepted", [],
             [("url", "https://www.iowscp.uk/arrangements"), ("publication_date", "2024-12-20"),
              ("implementation_date", "2025-01-01"), ("partner_local_authority", "Isle of Wight Council"),
              ("partner_police", "Hampshire and Isle of Wight Constabulary"),
              ("partner_health", "NHS Hampshire and Isle of Wight Integrated Care Board")],
             "Complete 2023-round arrangements with a lead/delegated partners table; the partners' names say "
             "'Hampshire and Isle of Wight' and Hampshire, Portsmouth and Southampton appear as neighbours."),
))

# 12 ------------------------------------------------------------ West Sussex
DOCS.append(dict(
    file="arrangements-west-sussex-2024-bold-headings.docx",
    fmt="docx", headings="bold", date="2024-11-18", author="West Sussex Safeguarding Children Partnership",
    title="WSSCP arrangements", footer="WSSCP Multi-Agency Safeguarding Arrangements - November 2024",
    blocks=[
        ("title", "West Sussex Safeguarding Children Partnership"),
        ("p", "Multi-Agency Safeguarding Arrangements"),
        ("lp", "Date published:", "18 November 2024"),
        ("lp", "Implementation date:", "2 December 2024"),
        ("lp", "Available at:", "https://www.westsussexscp.org.uk/about-us/arrangements"),
        ("h1", "1. Our lead safeguarding partners"),
        ("p", "The lead safeguarding partners are the Chief Executive of West Sussex County Council, the Chief "
              "Constable of Sussex Police and the Chief Executive of NHS Sussex Integrated Care Board. Each has "
              "named a delegated safeguarding partner to act for them day to day."),
        ("h1", "2. Our area"),
        ("p", "West Sussex County Council's area, covering the districts of Adur, Arun, Chichester, Crawley, "
              "Horsham, Mid Sussex and Worthing. Brighton and Hove and East Sussex have their own partnerships; "
              "we share the pan-Sussex child protection procedures with them."),
        ("h1", "3. Relevant agencies"),
        ("p", "Relevant agencies include University Hospitals Sussex, Sussex Community NHS Foundation Trust, Sussex "
              "Partnership NHS Foundation Trust, South East Coast Ambulance Service, district and borough councils, "
              "the Probation Service, CAFCASS and the voluntary sector."),
        ("h1", "4. Education and early years"),
        ("p", "Every school, college and early years setting is a relevant agency; education has a seat on the "
              "Partnership Executive."),
        ("h1", "5. Independent scrutiny"),
        ("p", "An independent scrutineer provides independent scrutiny of the arrangements and publishes an "
              "annual scrutiny report."),
        ("h1", "6. Children's voices"),
        ("p", "The West Sussex Youth Cabinet advises the partnership on its priorities."),
        ("h1", "7. Learning and development"),
        ("p", "The partnership runs rapid reviews, local child safeguarding practice reviews and a multi-agency "
              "training programme."),
        ("h1", "8. Funding"),
        ("p", "The lead partners fund the partnership in agreed proportions reviewed each year."),
        ("h1", "9. Yearly report"),
        ("p", "A yearly report will be published each autumn."),
    ],
    expect=E("2024-11-20", "arrangements", "E10000032", "accepted", [],
             [("url", "https://www.westsussexscp.org.uk/about-us/arrangements"), ("publication_date", "2024-11-18"),
              ("implementation_date", "2024-12-02"), ("partner_local_authority", "West Sussex County Council"),
              ("partner_police", "Sussex Police"), ("partner_health", "NHS Sussex Integrated Care Board")],
             "Bold-headed 2023-round arrangements with 'Date published:' and 'Implementation date:' labels; Brighton "
             "and Hove and East Sussex are mentioned as neighbouring partnerships."),
))

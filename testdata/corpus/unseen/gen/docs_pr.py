"""Local child safeguarding practice review final reports. All content invented."""

from docs_rr import E

DOCS = []

# 1 ---------------------------------------------------------------- Coventry
DOCS.append(dict(
    file="practice-review-word-export-coventry-child-h.pdf",
    fmt="lopdf", headings="styles", date="2026-06-30", author="Coventry Safeguarding Children Partnership",
    title="LCSPR Child H final report", header="Coventry Safeguarding Children Partnership - LCSPR Child H",
    footer="Final report - not to be shared before publication", page_numbers=True,
    blocks=[
        ("title", "Local Child Safeguarding Practice Review"),
        ("sub", "Child H"),
        ("sub", "Coventry Safeguarding Children Partnership"),
        ("table", [["Independent reviewer", "Dr Catherine Ellery"], ["Date of report", "30 June 2026"],
                   ["SIN reference", "2025/2296"]]),
        ("pb",),
        ("h1", "Contents"),
        ("lines", ["1. Introduction", "2. Why this review was carried out", "3. How the review was done",
                   "4. H and his family", "5. What happened", "6. Analysis", "7. Findings and recommendations",
                   "8. Publication", "Appendix: terms of reference and glossary"]),
        ("pb",),
        ("h1", "1. Introduction"),
        ("p", "This review concerns H, a boy of 3, who suffered serious injuries in November 2025 while living with "
              "his mother and her partner in Coventry. H has recovered and lives with his father in Nuneaton, in "
              "Warwickshire. The review looks at the help the family received from agencies in the 18 months "
              "before the injuries."),
        ("h1", "2. Why this review was carried out"),
        ("p", "Following a rapid review, the Coventry safeguarding partners decided on 14 January 2026 to carry out "
              "a local child safeguarding practice review, because the case might show how agencies could work "
              "together better to recognise risk from a new partner joining a household."),
        ("h1", "3. How the review was done"),
        ("p", "The reviewer read agency chronologies from eleven agencies, met practitioners and managers at two "
              "learning events, and spoke with H's father and grandmother. H's mother chose not to take part."),
        ("h1", "4. H and his family"),
        ("p", "H's grandmother described him as 'a little boy who sings all the time and loves buses'. His father "
              "told the reviewer that he had tried to tell professionals that H had become quiet and frightened "
              "of men, and that he felt nobody listened because he was 'the dad who didn't live there'. H, at three, "
              "could not be asked directly, so the reviewer used his nursery's records of what he said and did: he "
              "drew pictures of 'the shouty man' and hid under tables when voices were raised."),
        ("h1", "5. What happened"),
        ("p", "H's mother's new partner moved in during the summer of 2025. He had a conviction for assaulting a "
              "previous partner's child, recorded by West Midlands Police but not known to children's social care. "
              "H's nursery noticed bruising twice and made one referral, which was closed after a phone call with "
              "H's mother. The health visitor was not told about the new partner. H's father made two calls to the "
              "front door, both recorded as 'private family matters'."),
        ("h1", "6. Analysis"),
        ("p", "The reviewer looked beyond individual decisions to the reasons practice went as it did. Three "
              "systemic issues stand out. First, the front door's screening tool asked about the household but "
              "not about adults who had recently moved in, so nobody asked the police about the partner. Second, "
              "fathers who do not live with their children were treated as sources of conflict rather than of "
              "information, a pattern found in several national reviews. Third, workload pressures at the front "
              "door led to a culture of closing contacts from family members quickly; staffing was at 70% during "
              "the period."),
        ("h1", "7. Findings and recommendations"),
        ("p", "Finding 1: Checks on new adults in a household depend on practitioners knowing they exist."),
        ("p", "Recommendation 1: The partners should add a question on new adults in the household to every "
              "referral and screening form, with a police check where one is found."),
        ("p", "Finding 2: Non-resident fathers are not routinely heard."),
        ("p", "Recommendation 2: Coventry's children's services and health visiting should ensure every assessment "
              "records contact with a non-resident parent, or why there was none."),
        ("p", "Finding 3: Contacts from family members are closed without checks."),
        ("p", "Recommendation 3: The front door should audit contacts from relatives quarterly for a year and report "
              "to the partnership's quality assurance group."),
        ("h1", "8. Publication"),
        ("p", "The safeguarding partners intend to publish this report in full on their website on 23 July 2026, "
              "after sharing it with H's father and grandmother."),
        ("h1", "Appendix: glossary"),
        ("table", [["CSC", "Children's social care"], ["LCSPR", "Local child safeguarding practice review"],
                   ["SIN", "Serious incident notification"]]),
    ],
    expect=E("2026-07-08", "practice_review", "E08000026", "accepted", [],
             [("document_date", "2026-06-30"), ("child", "Child H"), ("sin_reference", "2025/2296"),
              ("decision_date", "2026-01-14"), ("report_date", "2026-06-30"), ("publication_date", "2026-07-23"),
              ("publication", "full"), ("reviewer", "Dr Catherine Ellery")],
             "Long Word export with cover table, contents, analysis of systemic reasons, the child's and father's "
             "perspective and numbered recommendations; decided 2026-01-14, received within 6 months and 11 working "
             "days before publication; Nuneaton and Warwickshire are where the father lives."),
))

# 2 ------------------------------------------------------------------- Leeds
DOCS.append(dict(
    file="practice-review-leeds-child-amira-easter-notice.docx",
    fmt="docx", headings="styles", date="2026-03-20", author="Leeds Safeguarding Children Partnership",
    title="LCSPR Child Amira", header="Leeds Safeguarding Children Partnership", page_numbers=True,
    blocks=[
        ("title", "Child Amira"),
        ("sub", "A local child safeguarding practice review for the Leeds Safeguarding Children Partnership"),
        ("table", [["Lead reviewer", "Marcus Oduya"], ["Date of final report", "20/03/2026"],
                   ["Notification reference", "2025/1604"], ["Planned publication date", "16/04/2026"]]),
        ("h1", "Introduction"),
        ("p", "Amira was 15 when she was found with serious injuries after being held for four days at an address in "
              "Bradford by adults who had groomed her online. She is now safe and living with her mother in Leeds. "
              "The Leeds safeguarding partners decided on 8th October 2025 to undertake a local child safeguarding "
              "practice review. West Yorkshire Police's investigation involved colleagues in Bradford and Kirklees, "
              "but Amira was a Leeds child and this review is commissioned by Leeds."),
        ("h1", "Amira's voice"),
        ("p", "Amira met the reviewer twice. She said: 'Everyone was worried about where I went, but no one asked me "
              "who I was talking to.' She wanted professionals to know that the men made her feel grown up and that "
              "being told off made her hide more. Her mother described feeling blamed and alone, and asked for "
              "parents to be treated as partners in keeping children safe."),
        ("h1", "What happened"),
        ("p", "Over eight months Amira went missing eleven times. Each time she was found and return interviews "
              "took place, but the exploitation screening tool was completed only once. School noticed a new phone "
              "and expensive clothes. A referral to the child exploitation hub was made three months before she "
              "was taken to Bradford."),
        ("h1", "Systemic findings"),
        ("p", "Underlying reasons: the screening tool was designed around physical locations rather than online "
              "contact; missing episodes were counted one by one, so the pattern was lost; and the "
              "exploitation hub's caseloads had doubled in a year without extra staff. Professionals' language "
              "('putting herself at risk') shifted responsibility onto Amira."),
        ("h1", "Recommendations"),
        ("ol", ["The partnership should revise the exploitation screening tool to cover online contact.",
                "West Yorkshire Police and Leeds children's services should review missing episodes as a pattern, "
                "with an automatic strategy discussion after the third episode in 90 days.",
                "All agencies should adopt the partnership's guidance on language about exploited children.",
                "The partners should review staffing of the child exploitation hub and report to the Executive."]),
        ("h1", "Publication"),
        ("p", "The report will be published in full on the partnership's website."),
    ],
    expect=E("2026-03-31", "practice_review", "E08000035", "accepted", [],
             [("document_date", "2026-03-20"), ("child", "Child Amira"), ("sin_reference", "2025/1604"),
              ("decision_date", "2025-10-08"), ("report_date", "2026-03-20"), ("publication_date", "2026-04-16"),
              ("publication", "full"), ("reviewer", "Marcus Oduya")],
             "Cover table with dd/mm/yyyy dates; received 2026-03-31, 10 working days before publication on "
             "2026-04-16 once Good Friday and Easter Monday are skipped; Bradford and Kirklees appear only as where "
             "events and investigators were."),
))

# 3 --------------------------------------------------------------- Southwark
DOCS.append(dict(
    file="practice-review-southwark-child-jay-after-trial.docx",
    fmt="docx", headings="bold", date="2026-01-30", author="Southwark Safeguarding Children Partnership",
    title="Child Jay LCSPR",
    blocks=[
        ("title", "Southwark Safeguarding Children Partnership"),
        ("p", "Local Child Safeguarding Practice Review: Child Jay"),
        ("p", "Independent author: Fiona Brannigan. Report completed 30 January 2026."),
        ("h1", "Timescales"),
        ("p", "The Southwark safeguarding partners decided to commission this review on 2 July 2025 after a rapid "
              "review (SIN 2025/0977). Working Together expects a review to be completed within six months. This one "
              "took longer because the partners agreed with the Crown Prosecution Service that practitioners would not "
              "be interviewed until the criminal trial ended in December 2025; the Panel was kept informed."),
        ("h1", "Jay and his family"),
        ("p", "Jay is a 9-year-old boy of Nigerian and Irish heritage. He loves football and drawing. He told the "
              "reviewer, through his foster carer, that he wanted his teachers to know he 'wasn't naughty, just "
              "hungry and tired'. His older sister described their home as 'a place where you kept quiet'."),
        ("h1", "Summary of events"),
        ("p", "Jay was admitted to King's College Hospital in April 2025 malnourished and with injuries from being "
              "beaten. His stepfather has since been convicted. Jay's school had raised concerns about his hunger for "
              "two years; a neighbour called the police twice."),
        ("h1", "Analysis of practice and the reasons behind it"),
        ("p", "The review found that the school's concerns were framed as behaviour, not neglect, because its "
              "behaviour policy had no route to safeguarding; that neighbour calls were graded as noise nuisance by a "
              "call-handling system that did not flag children at the address; and that frequent changes of social "
              "worker (five in eighteen months, in a team with 40% agency staff) meant no one held the history."),
        ("h1", "Recommendations"),
        ("ol", ["Schools in Southwark should link behaviour and safeguarding policies so that repeated hunger or "
                "tiredness triggers a safeguarding conversation.",
                "The Metropolitan Police should add children-at-address markers to its call-handling system for "
                "addresses known to children's social care.",
                "The council should report to the partners on stability of social workers for children on plans."]),
        ("h1", "Publication"),
        ("p", "The partners will publish the full report on 5 March 2026."),
    ],
    expect=E("2026-02-10", "practice_review", "E09000028", "accepted", ["practice_review_late"],
             [("document_date", "2026-01-30"), ("child", "Child Jay"), ("sin_reference", "2025/0977"), ("decision_date", "2025-07-02"),
              ("report_date", "2026-01-30"), ("publication_date", "2026-03-05"), ("publication", "full"),
              ("reviewer", "Fiona Brannigan")],
             "Decided 2 July 2025 and received 2026-02-10, more than six months later (the report explains the "
             "delay for the criminal trial); publication 5 March 2026 gives enough notice."),
))

# 4 -------------------------------------------------------------- Wandsworth
DOCS.append(dict(
    file="practice-review-wandsworth-child-l-four-days-notice.pdf",
    fmt="rlpdf", date="2026-05-12", author="Wandsworth Safeguarding Children Partnership",
    title="LCSPR Child L", header="Wandsworth Safeguarding Children Partnership | Child L",
    footer="OFFICIAL", pages_total=True,
    blocks=[
        ("title", "Child L"),
        ("sub", "Local Child Safeguarding Practice Review - Final Report"),
        ("lines", ["Wandsworth Safeguarding Children Partnership", "Reviewer: Professor Anne Gilmartin",
                   "Report date: 12 May 2026", "SIN reference: 2025/2410",
                   "To be published: 27 May 2026"]),
        ("h1", "Background"),
        ("p", "The Wandsworth safeguarding partners agreed on 21 January 2026 that the circumstances of L, a baby "
              "girl who died aged ten weeks in December 2025, met the criteria for a local child safeguarding "
              "practice review. L died while sharing a sofa with her father after he had been drinking. Her mother "
              "was in St George's Hospital at the time."),
        ("h1", "L's family and their perspective"),
        ("p", "L's parents both took part. Her mother said the safer sleep advice she was given 'was about cots, "
              "not about real life with a baby who won't settle'. Her father said nobody had ever spoken to him "
              "about safer sleep at all. L's grandmother described L as 'a hungry, noisy, beautiful baby'."),
        ("h1", "What happened"),
        ("p", "Midwives and health visitors gave safer sleep advice to L's mother on four occasions. L's father, "
              "who had an alcohol problem known to his GP, was not present at any of the contacts. When L's mother "
              "was admitted to hospital, no agency considered who would care for L overnight."),
        ("h1", "Why it happened: systemic issues"),
        ("p", "Safer sleep advice is built around planned sleep in a cot and is delivered to the parent at home "
              "during the day, usually the mother. Services for adults (the GP and alcohol services) do not routinely "
              "ask whether the adult cares for a baby. Hospital admissions of a parent do not prompt any question "
              "about the children at home."),
        ("h1", "Recommendations"),
        ("ul", ["Health visiting and midwifery should deliver safer sleep conversations to both parents, including "
                "unplanned sleep and the effects of alcohol.",
                "GPs and alcohol services should record whether an adult patient cares for a baby.",
                "St George's University Hospitals should ask about care of children when a parent is admitted."]),
        ("h1", "Publication"),
        ("p", "The partners will publish the full report on 27 May 2026 with a seven-minute briefing."),
    ],
    expect=E("2026-05-20", "practice_review", "E09000032", "accepted", ["practice_review_notice_short"],
             [("document_date", "2026-05-12"), ("child", "Child L"), ("sin_reference", "2025/2410"),
              ("decision_date", "2026-01-21"), ("report_date", "2026-05-12"), ("publication_date", "2026-05-27"),
              ("publication", "full"), ("reviewer", "Professor Anne Gilmartin")],
             "Received 2026-05-20 for publication on 2026-05-27: only 4 working days' notice, as the Spring bank "
             "holiday (25 May) is not a working day."),
))

# 5 ------------------------------------------------------------------- Dorset
DOCS.append(dict(
    file="practice-review-dorset-child-olly-no-systemic-analysis.docx",
    fmt="docx", headings="styles", date="2026-07-21", author="Dorset Safeguarding Children Partnership",
    title="LCSPR Olly",
    blocks=[
        ("title", "Local Child Safeguarding Practice Review - 'Olly'"),
        ("sub", "Dorset Safeguarding Children Partnership"),
        ("p", "Reviewer: Ben Tranter. Final report dated 21 July 2026."),
        ("h1", "Decision to review"),
        ("p", "The Dorset safeguarding partners decided on 11 February 2026 to carry out a local child safeguarding "
              "practice review after Olly, aged 14, was seriously injured in a fall from a cliff near Swanage in "
              "January 2026, having run away from a supported placement."),
        ("h1", "Olly's story in his words"),
        ("p", "Olly told the reviewer he had moved home six times in two years. 'I stopped unpacking,' he said. He "
              "said the one adult he trusted was a youth worker in Weymouth, and that he ran away to find him. Olly's "
              "mother said she had asked for Olly to come home with support and had been told it was not safe."),
        ("h1", "Chronology"),
        ("table", [["When", "What happened"],
                   ["March 2024", "Olly came into care after his mother's hospital admission."],
                   ["2024-2025", "Five placement moves, including one to Bournemouth."],
                   ["October 2025", "Olly moved to a supported placement for 16-17 year olds at 14."],
                   ["January 2026", "Olly left the placement and was found injured two days later."]], True),
        ("h1", "Findings"),
        ("ol", ["Olly's views on where he wanted to live were recorded but not acted on.",
                "The youth worker Olly trusted was not invited to any meeting.",
                "Olly went missing nine times from the supported placement; three return interviews took place.",
                "Dorset Police were not told that Olly was placed in a setting without staff overnight."]),
        ("h1", "Recommendations"),
        ("ol", ["Dorset Council should ensure every child in care has a named trusted adult invited to their reviews.",
                "No child under 16 should be placed in supported accommodation without staff overnight.",
                "Return interviews should be offered after every missing episode and the offer recorded.",
                "Dorset Police and Dorset Council should agree how the police are told of placement changes."]),
        ("h1", "Publication"),
        ("p", "The partners will publish the report on 10 September 2026."),
    ],
    expect=E("2026-07-30", "practice_review", "E06000059", "accepted", ["missing_systemic_analysis"],
             [("document_date", "2026-07-21"), ("child", "Olly"), ("decision_date", "2026-02-11"),
              ("report_date", "2026-07-21"), ("publication_date", "2026-09-10"), ("publication", "full"),
              ("reviewer", "Ben Tranter")],
             "Olly's own words, a chronology, findings and recommendations, but the findings only list what did not "
             "happen: nothing on the systemic or underlying reasons; Bournemouth and Weymouth appear in passing."),
))

# 6 --------------------------------------------------------------- Shropshire
DOCS.append(dict(
    file="practice-review-word-export-shropshire-child-b-in-due-course.pdf",
    fmt="lopdf", headings="bold", date="2026-05-06", author="Shropshire Safeguarding Community Partnership",
    title="LCSPR Child B", header="Shropshire Safeguarding Community Partnership", footer="LCSPR Child B - final",
    page_numbers=True,
    blocks=[
        ("title", "Shropshire Safeguarding Community Partnership"),
        ("p", "Local Child Safeguarding Practice Review"),
        ("p", "Child B"),
        ("p", "Author: Kathryn Mellors, independent safeguarding consultant"),
        ("p", "Date: 6 May 2026"),
        ("pb",),
        ("h1", "1. Decision to review"),
        ("p", "Following a rapid review the Shropshire safeguarding partners decided on 3 December 2025 that the "
              "serious harm to Child B met the criteria for a local child safeguarding practice review."),
        ("h1", "2. About B"),
        ("p", "B is a 7-year-old boy with cerebral palsy who uses a wheelchair and communicates with a tablet. He "
              "lives in a village near Oswestry. He was found with an untreated fractured femur and pressure sores. "
              "Through his tablet B told the reviewer that he liked his school and his carers there, and that at "
              "home he was 'stuck in bed'. His aunt, who lives in Telford, had raised concerns with his school."),
        ("h1", "3. Key practice episodes"),
        ("p", "B's school recorded that he was often absent on days with physiotherapy. The specialist nursing team "
              "saw him at home once in a year. Short breaks were withdrawn after a funding review. The family's GP "
              "practice had not seen B for 14 months."),
        ("h1", "4. Analysis"),
        ("p", "The underlying reasons were that services for disabled children are organised around the child's "
              "condition rather than his safety; that 'was not brought' was recorded as the family's choice; and "
              "that the withdrawal of short breaks removed the only service that saw B at home regularly. The "
              "review also found that practitioners were reluctant to challenge parents under strain."),
        ("h1", "5. Recommendations"),
        ("ol", ["Shropshire Council should ensure that any reduction in short breaks for a disabled child is "
                "considered by a social worker for its safeguarding impact.",
                "Health providers should treat repeated 'was not brought' episodes for disabled children as a "
                "safeguarding concern.",
                "The partnership should run practice development sessions on communicating with children who use "
                "alternative communication."]),
        ("h1", "6. Publication"),
        ("p", "The report will be published on the partnership's website in due course, once the related criminal "
              "proceedings have concluded."),
    ],
    expect=E("2026-05-14", "practice_review", "E06000051", "accepted", ["publication_plan_missing"],
             [("document_date", "2026-05-06"), ("child", "Child B"), ("decision_date", "2025-12-03"),
              ("report_date", "2026-05-06"), ("publication", "full"), ("reviewer", "Kathryn Mellors")],
             "Complete Word-exported report that will be published 'in due course' after criminal proceedings: no "
             "publication date and no statement that it will not be published; Telford is where B's aunt lives."),
))

# 7 --------------------------------------------------------------- Manchester
DOCS.append(dict(
    file="practice-review-manchester-improvements-only-children-s-and-t.docx",
    fmt="docx", headings="styles", date="2026-11-04", author="Manchester Safeguarding Partnership",
    title="LCSPR Children S and T - improvements to be made", header="Manchester Safeguarding Partnership",
    page_numbers=True,
    blocks=[
        ("title", "Children S and T"),
        ("sub", "Local child safeguarding practice review: the improvements to be made"),
        ("p", "Manchester Safeguarding Partnership"),
        ("h1", "Why we are publishing this summary"),
        ("p", "The Manchester safeguarding partners decided on 3 June 2026 to carry out a local child safeguarding "
              "practice review about two sisters, S and T (SIN 2026/0890). The independent reviewer, Dr Rachel "
              "Ambrose, completed the review in October 2026. Because the children could be identified from the "
              "full report, the partners have decided to publish only information about the improvements to be "
              "made, as Working Together 2023 allows. This summary will be published on 19 November 2026."),
        ("h1", "What the children and their family told the review"),
        ("p", "S (12) said she had been 'the mum' for her little sister since she was eight, doing the shopping and "
              "taking T to school. T (7) drew a picture of her school as a sunny place and home as a dark one. Their "
              "father, who lives in Stockport, said he did not know how bad things had become."),
        ("h1", "The reasons behind what happened"),
        ("p", "The review found that services saw S as a capable young carer rather than as a child who needed "
              "protection; that the mother's mental health and substance use were handled by adult services that "
              "did not share with children's services; and that high thresholds at the front door during a period "
              "of vacancies meant three referrals were closed with advice."),
        ("h1", "Improvements to be made"),
        ("ol", ["Young carers' assessments will include a safeguarding question, reviewed by a social worker.",
                "Greater Manchester Mental Health NHS Foundation Trust and the drug and alcohol service will record "
                "children in every adult patient's household and share concerns with the front door.",
                "Manchester City Council will audit contacts closed with advice where there have been earlier "
                "contacts within a year.",
                "The partnership will report progress on these improvements in its yearly report."]),
    ],
    expect=E("2026-11-05", "practice_review", "E08000003", "accepted", [],
             [("child", "Children S and T"), ("sin_reference", "2026/0890"), ("decision_date", "2026-06-03"),
              ("publication_date", "2026-11-19"), ("publication", "improvements_only"),
              ("reviewer", "Dr Rachel Ambrose")],
             "The partners publish only the improvements to be made (with the children's views and the reasons "
             "behind what happened), 10 working days before publication; Stockport is only where the father lives."),
))

# 8 -------------------------------------------------------------------- Newham
DOCS.append(dict(
    file="practice-review-newham-child-w-not-for-publication.pdf",
    fmt="rlpdf", date="2026-08-28", author="Newham Safeguarding Children Partnership",
    title="LCSPR Child W", header="Newham Safeguarding Children Partnership - CONFIDENTIAL - NOT FOR PUBLICATION",
    footer="LCSPR Child W - final report",
    blocks=[
        ("title", "Local Child Safeguarding Practice Review: Child W"),
        ("table", [["Commissioned by", "Newham Safeguarding Children Partnership"],
                   ["Lead reviewer", "Dr Olumide Bankole"], ["SIN", "2026/0388"],
                   ["Decision to review", "11 March 2026"], ["Final report", "28 August 2026"]]),
        ("h1", "Publication"),
        ("p", "The safeguarding partners have decided that this report will not be published. W and her siblings "
              "could be identified from it, and W has said she does not want her story made public. A summary of "
              "the learning will be shared with practitioners through a briefing, and the Panel has been told of "
              "the decision and the reasons for it."),
        ("h1", "W and her family"),
        ("p", "W is 14. She was born in Newham and has lived in Stratford all her life. She told the reviewer that "
              "she wished someone had asked her 'what home was like at night'. Her mother, who has a long-term "
              "illness, took part and said she had been frightened that asking for help would lead to the children "
              "being removed."),
        ("h1", "What happened"),
        ("p", "In February 2026 W was found caring alone for her three younger siblings after her mother was "
              "admitted to Newham University Hospital. W had been sexually exploited by an adult she met online. "
              "Her school had noted her exhaustion and absences for a year."),
        ("h1", "Analysis: why things happened as they did"),
        ("p", "The review found that young carers were supported by a service that sat outside safeguarding "
              "processes, so concerns stayed within it; that online exploitation was not covered by the "
              "school's absence procedures; and that adult health services did not ask about children at home. "
              "Staff turnover in the young carers' service meant no worker knew W for more than three months."),
        ("h1", "Recommendations"),
        ("ol", ["The young carers' service should be part of the front door's information sharing.",
                "Schools should include online contact in their absence and welfare procedures.",
                "Adult health services in Newham should record dependent children for every admission."]),
    ],
    expect=E("2026-09-02", "practice_review", "E09000025", "accepted", [],
             [("document_date", "2026-08-28"), ("child", "Child W"), ("sin_reference", "2026/0388"), ("decision_date", "2026-03-11"),
              ("report_date", "2026-08-28"), ("publication", "not_published"), ("reviewer", "Dr Olumide Bankole")],
             "A final report the partners have decided will not be published (reasons given), so no publication "
             "date is needed; decision and report dates are in a cover table; received within six months."),
))

# 9 --------------------------------------------------------------------- Brent
DOCS.append(dict(
    file="practice-review-brent-child-kemi.docx",
    fmt="docx", headings="styles", date="2026-02-20", author="Brent Safeguarding Children Partnership",
    title="LCSPR Child Kemi", header="Brent Safeguarding Children Partnership", page_numbers=True,
    blocks=[
        ("title", "Local Child Safeguarding Practice Review: Child Kemi"),
        ("sub", "Brent Safeguarding Children Partnership"),
        ("table", [["Reviewer", "Sarah Whitcombe-Patel"], ["SIN reference", "2025/1533"],
                   ["Partners' decision to undertake the review", "24 September 2025"],
                   ["Date of report", "20 February 2026"], ["Publication date", "19 March 2026"]]),
        ("h1", "Introduction"),
        ("p", "Kemi, aged 11, was admitted to Northwick Park Hospital in August 2025 with diabetic ketoacidosis "
              "after months of missed insulin and hospital appointments. She lives with her father and brother in "
              "Wembley. This review looks at how agencies responded to medical neglect."),
        ("h1", "Kemi's views and her family"),
        ("p", "Kemi told the reviewer that she was 'tired of being the sick one' and that she stopped her insulin "
              "because she felt nobody at school understood. Her father works nights and said he trusted Kemi to "
              "manage her condition herself. Her aunt in Harrow said she had offered help several times."),
        ("h1", "Key episodes"),
        ("p", "The diabetes team recorded eight missed appointments; each led to a letter. The school nurse had no "
              "care plan for Kemi. A referral to children's social care was closed after the father said he would "
              "take her to clinic."),
        ("h1", "Analysis"),
        ("p", "The underlying issues were systemic: hospital 'was not brought' policies relied on letters to the "
              "same parent; school health care plans depended on the parent providing information; and medical "
              "neglect was seen by children's services as a health matter. The review also found that the "
              "pressure of night work on a single parent was not considered."),
        ("h1", "Recommendations"),
        ("ol", ["London North West University Healthcare NHS Trust should make a safeguarding referral after the "
                "third missed diabetes appointment.",
                "Brent's school nursing service should ensure every child with diabetes has a health care plan.",
                "The partnership should issue guidance on medical neglect for all agencies."]),
        ("h1", "Publication"),
        ("p", "The report will be published in full on 19 March 2026."),
    ],
    expect=E("2026-03-02", "practice_review", "E09000005", "accepted", [],
             [("document_date", "2026-02-20"), ("child", "Child Kemi"), ("sin_reference", "2025/1533"),
              ("decision_date", "2025-09-24"), ("report_date", "2026-02-20"), ("publication_date", "2026-03-19"),
              ("publication", "full"), ("reviewer", "Sarah Whitcombe-Patel")],
             "Complete report with a cover table naming the decision, report and publication dates; received "
             "within six months of the decision and 13 working days before publication; Harrow in passing."),
))

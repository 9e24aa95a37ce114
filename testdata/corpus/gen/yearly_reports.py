"""Yearly (annual) reports: two long Word reports (one exported to PDF with
running headers and footers), a two-column PDF, Markdown with front
matter, a saved web page, and reports missing their period, their reviews
section, their budget, or with the publication date only in metadata."""
import os

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

from common import *
import blocks as B
import long_content as L

YR = "yearly_report"


def pagebreak(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def priority(n, title, said, did, diff):
    return [("h2", "Priority %d: %s" % (n, title)),
            ("h3", "What we said we would do"), ("p", said),
            ("h3", "What we did"), ("p", did),
            ("h3", "What difference it made"), ("p", diff)]


# ------------------------------------------------------------------ Bradford (long, Word export)

def bradford(out, work):
    name = "annual-report-word-export-bradford-2023-24.pdf"
    day = "2024-09-27"
    doc = new_docx(day, "BDSCP Annual Report 2023-24", author="Bradford District Safeguarding Children Partnership", size=11)
    header_footer(doc, "Bradford District Safeguarding Children Partnership  |  Annual Report April 2023 - March 2024",
                  "Published: 27 September 2024")
    for _ in range(6):
        para(doc)
    para(doc, "Bradford District Safeguarding Children Partnership", bold=True, size=24, color="4B2C71")
    para(doc, "Annual Report", bold=True, size=30, color="4B2C71")
    para(doc, "April 2023 - March 2024", size=18)
    para(doc)
    para(doc, "Published: 27 September 2024", size=12)
    para(doc, "Available at https://bdscp.co.uk/about-us/annual-reports/annual-report-2023-24", size=10)
    pagebreak(doc)
    doc.add_heading("Contents", level=1)
    for i, t in enumerate([
            "Foreword from our Independent Scrutineer", "About the Bradford District",
            "Our partnership", "What we did", "How well are we doing?",
            "Learning from reviews", "Multi-agency training", "Listening to children",
            "Schools and education", "Case studies: what difference it made to children",
            "Reports from our subgroups", "What our partners and relevant agencies did",
            "Budget", "Our priorities for 2024/25", "Glossary"], 1):
        doc.add_paragraph("%d.  %s" % (i, t))
    doc.add_paragraph("Appendix A: the Independent Scrutineer's assessment")
    doc.add_paragraph("Appendix B: performance data by quarter")
    pagebreak(doc)
    blocks = []
    blocks += [("h1", "1. Foreword from our Independent Scrutineer"), ("p", """
        This is the fifth yearly report of the Bradford District Safeguarding Children
        Partnership under the arrangements the three safeguarding partners - City of Bradford
        Metropolitan District Council, West Yorkshire Police and NHS West Yorkshire
        Integrated Care Board - first published in 2019. It covers 1 April 2023 to 31 March
        2024, a year in which the district's children's services continued their
        improvement journey under the Bradford Children and Families Trust and in which the
        partners prepared for the changes that Working Together to Safeguard Children 2023
        brings.

        My role is to provide independent scrutiny of how well the partners work together
        to keep children safe. During the year I attended every meeting of the Executive,
        chaired two multi-agency practice audits myself, observed the rapid review process
        on three occasions, and met the Young Advisers four times. I also spoke with more
        than 120 front-line practitioners in small groups, without their managers present,
        to ask what it is really like to work together in Bradford.

        The picture is mixed, and I say so plainly. There has been real progress on the
        quality of strategy discussions, on the timeliness of initial child protection
        conferences and on the partnership's response to child exploitation. Practitioners
        told me that the multi-agency training offer is the best it has been. But the
        partnership has not yet shown that its work on neglect is changing outcomes for
        children: the number of children on a plan for neglect for a second or subsequent
        time remains too high, and the neglect toolkit is still used unevenly.

        I have made five recommendations to the partners this year. They are set out in
        section 5 with the partners' response. I want to thank the practitioners across the
        district - in schools, GP surgeries, police stations, hospitals and family hubs -
        whose work is described here.
    """), ("quote", """
        "The partners have listened to challenge this year and acted on it. The test for
        2024/25 is whether children notice the difference." - Professor Alan Dewsbury,
        Independent Scrutineer
    """), ("pagebreak",)]
    blocks += [("h1", "2. About the Bradford District"), ("p", """
        Bradford is one of the youngest districts in England. Just under a third of its
        population of 546,000 are children and young people under 18. The district is
        ethnically diverse: 43% of children are of Pakistani heritage and there are growing
        Eastern European and Roma communities. Around 38% of children live in low-income
        households, and child poverty is concentrated in the inner city wards.
    """), ("table", ["Indicator", "Bradford", "England"], [
        ("Children aged 0-17", "165,400", "-"),
        ("Children in low-income families", "38%", "20%"),
        ("Pupils eligible for free school meals", "29.1%", "23.8%"),
        ("Children in need per 10,000", "395", "343"),
        ("Child protection plans per 10,000", "48", "42"),
        ("Looked-after children per 10,000", "89", "71"),
        ("Children electively home educated", "1,732", "-"),
    ]), ("pagebreak",)]
    blocks += [("h1", "3. Our partnership"), ("p", """
        The three safeguarding partners share equal responsibility for the arrangements.
        Each partner has named a senior officer to act for it on the Executive: the Strategic
        Director of Children's Services, the District Commander of West Yorkshire Police's
        Bradford District, and the Director of Nursing and Quality for the ICB's Bradford
        District and Craven place. The Executive met eight times this year.

        The partners are supported by a business unit of six staff hosted by the Council and
        by five subgroups, each chaired by a senior leader from a different agency. Schools,
        the voluntary and community sector, the Youth Justice Service, the Children and
        Family Court Advisory and Support Service (Cafcass), probation, the housing
        associations and the three NHS trusts in the district are relevant agencies named
        in our arrangements.
    """), ("table", ["Subgroup", "Chair", "Meetings held"], [
        ("Learning from Practice", "Designated Doctor, NHS West Yorkshire ICB", "10"),
        ("Performance and Quality Assurance", "Head of Service, Children's Social Care", "6"),
        ("Child Exploitation and Missing", "Detective Superintendent, West Yorkshire Police", "6"),
        ("Education Safeguarding", "Headteacher, Bradford Primary Heads Forum", "5"),
        ("Workforce Development", "Safeguarding Lead, Bradford Teaching Hospitals", "4"),
    ]), ("pagebreak",)]
    blocks += [("h1", "4. What we did")] + [("p", """
        In our 2023 business plan the partners agreed four priorities. For each, this
        section sets out what we said we would do, what we did, and what difference we
        believe it made.
    """)]
    blocks += priority(1, "Neglect", """
        Re-launch the neglect strategy and the graded care profile (GCP2) across all
        agencies; train 400 practitioners; audit the use of the toolkit in 40 cases.
    """, """
        The strategy was re-launched in June 2023 at an event attended by 230 practitioners.
        We trained 466 practitioners in GCP2, including 118 from schools and 74 from health.
        A neglect champions network now has 61 members who meet every quarter. We audited 42
        cases in two rounds, in October 2023 and March 2024.
    """, """
        Use of the GCP2 rose from 11% of neglect cases to 34%. Practitioners say the tool
        helps them to talk to parents about neglect in a way that parents understand. But
        the audit found that only half of plans set out what would be different for the
        child, and the proportion of repeat plans for neglect did not fall (24% in both
        years). This priority continues into 2024/25.
    """)
    blocks += priority(2, "Child exploitation", """
        Bring together the response to criminal and sexual exploitation in one
        multi-agency team, improve the quality of return home interviews, and map the
        places where children are at risk.
    """, """
        The Multi-Agency Child Exploitation (MACE) hub opened in September 2023 with
        social workers, police officers, a health practitioner and two youth workers. It
        held 214 risk management meetings. Return home interviews were moved to a
        commissioned voluntary sector service. Police and the Council completed
        contextual safeguarding mapping of 14 locations with partners, including the
        Interchange and two retail parks.
    """, """
        Return home interviews completed within 72 hours rose from 52% to 81%. Children
        told the service they preferred talking to someone who was 'not the police and not
        social services'. Intelligence from interviews led to six disruption operations and
        four Child Abduction Warning Notices.
    """)
    blocks += priority(3, "Early help and the front door", """
        Make sure that children and families get the right help at the right time, that
        referrals to the Integrated Front Door are of good quality, and that decisions are
        explained to referrers.
    """, """
        We revised the threshold guidance with 180 practitioners' comments and published it
        in a shorter, web-based form. The Front Door introduced a consultation line for
        professionals, which took 3,420 calls. Eight family hubs opened across the district.
    """, """
        The proportion of contacts that led to no further action fell from 41% to 33%,
        and re-referrals within 12 months fell from 23% to 19%. Schools told us that they
        now get feedback on most referrals; GPs said they still often do not.
    """)
    blocks += priority(4, "Safeguarding children online", """
        Give parents, carers and practitioners the knowledge to help children stay safe
        online.
    """, """
        We ran 27 sessions for parents in schools and community venues, in English, Urdu
        and Polish, reaching 640 parents. We published a practitioner guide to sextortion
        with West Yorkshire Police after a rise in reports.
    """, """
        Evaluations were positive (92% of parents said they knew more about apps their
        children used), but we cannot yet show any change in reported harm.
    """)
    blocks += [("pagebreak",), ("h1", "5. How well are we doing?"), ("p", """
        The partnership judges its effectiveness through its performance dataset, its
        programme of multi-agency audits, the section 11 and section 175 self-assessments,
        feedback from children, families and practitioners, and external inspection.
    """), ("h2", "Performance at a glance"), ("table", ["Measure", "2022/23", "2023/24", "Direction"], [
        ("Contacts to the Integrated Front Door", "24,115", "25,320", "up"),
        ("Referrals to children's social care", "7,480", "7,102", "down"),
        ("Re-referrals within 12 months", "23%", "19%", "better"),
        ("Strategy discussions with police and health present", "71%", "88%", "better"),
        ("Initial child protection conferences within 15 days", "74%", "86%", "better"),
        ("Children on a child protection plan at 31 March", "801", "792", "stable"),
        ("Second or subsequent plans", "24%", "24%", "no change"),
        ("Children missing from home (episodes)", "3,066", "2,874", "down"),
        ("Return home interviews within 72 hours", "52%", "81%", "better"),
        ("Children electively home educated", "1,514", "1,732", "up"),
    ]), ("h2", "Multi-agency audits"), ("p", """
        We completed four multi-agency audits: neglect (42 cases), strategy discussions (30),
        children who go missing (25) and babies under one on a plan (20). Each audit is
        carried out by practitioners from at least five agencies, who also speak with the
        family where they agree.

        The strategy discussion audit found a marked improvement in attendance by health,
        but that the child's voice was recorded in only 40% of discussions. The audit of
        babies under one found good practice by midwives and health visitors, and weaker
        inclusion of fathers: in 12 of the 20 cases the father or male carer had not been
        spoken to by any agency.
    """), ("h2", "Section 11 and section 175"), ("p", """
        Thirty-one agencies completed the section 11 self-assessment. Seventeen rated
        themselves 'good' against every standard; the panel challenge sessions moderated
        four of those ratings down. Ninety-six per cent of schools returned their section 175
        audit; the commonest gap was record-keeping for children missing education.
    """), ("h2", "Recommendations from the Independent Scrutineer"), ("table", ["Recommendation", "Partners' response"], [
        ("Show the impact of the neglect strategy on children, not only activity", "Accepted: outcome measures added to the 2024/25 plan"),
        ("Make sure GPs get feedback on referrals", "Accepted: automated feedback from the Front Door from July 2024"),
        ("Include fathers and male carers in every assessment", "Accepted: practice standard agreed, audit in 2024/25"),
        ("Hear from children in every audit", "Accepted in part: target of 50% of audits"),
        ("Prepare for Working Together 2023", "Accepted: revised arrangements to be published by December 2024"),
    ]), ("pagebreak",)]
    blocks += [("h1", "6. Learning from reviews"), ("p", """
        The Learning from Practice subgroup oversees rapid reviews, local child safeguarding
        practice reviews (LCSPRs) and other learning reviews.

        During the year the partners notified the Child Safeguarding Practice Review Panel of
        11 serious incidents and held 11 rapid reviews, all but one within 15 working days.
        In two cases the partners decided to commission an LCSPR; in the other nine the
        criteria were not met and learning was taken forward in other ways. The Panel agreed
        with every decision and commented positively on the quality of our chronologies.

        We published one LCSPR this year ('Child Lucas', February 2024), about a four-month-old
        baby who suffered serious injuries. Its learning about the invisibility of men in
        babies' lives led to the fathers' practice standard described above. A second LCSPR
        ('Siblings M and N') is nearing completion and will be published in autumn 2024.
    """), ("table", ["Theme from rapid reviews", "Number of reviews", "What we have done"], [
        ("Non-accidental injury in babies", "4", "ICON programme relaunched; 'Dads matter' campaign"),
        ("Criminal exploitation and serious youth violence", "3", "MACE hub; contextual mapping"),
        ("Neglect and home conditions", "2", "GCP2 training; housing officers trained"),
        ("Adolescent mental health and self-harm", "2", "CAMHS crisis pathway review"),
    ]), ("pagebreak",)]
    blocks += [("h1", "7. Multi-agency training"), ("p", """
        The partnership's learning and development programme is free to all agencies
        working with children in the district. This year 3,118 places were taken up across
        92 courses and webinars, compared with 2,640 in 2022/23.
    """), ("table", ["Course", "Sessions", "Attendees", "Would recommend"], [
        ("Working Together: introduction to multi-agency safeguarding", "12", "486", "96%"),
        ("Graded Care Profile 2", "18", "466", "94%"),
        ("Child exploitation: spotting the signs", "10", "412", "97%"),
        ("Domestic abuse and children", "8", "266", "95%"),
        ("Safer sleep and ICON", "6", "204", "98%"),
        ("Harmful sexual behaviour (Brook Traffic Light Tool)", "6", "168", "93%"),
        ("Online harm and sextortion", "5", "231", "96%"),
        ("Lessons from reviews (lunchtime briefings)", "11", "498", "91%"),
        ("Designated safeguarding leads' refresher", "9", "287", "95%"),
        ("Professional curiosity and challenge", "7", "100", "97%"),
    ]), ("p", """
        Three months after each course we ask attendees and their managers what has changed.
        Of 640 responses, 71% described a specific change in practice, such as using the
        escalation policy or asking a child's view in a new way.
    """), ("pagebreak",)]
    blocks += [("h1", "8. Listening to children"), ("p", """
        The voice of the child is at the centre of the partnership's work. Our 16 Young
        Advisers, aged 12 to 19, met monthly and helped to design the new online safety
        materials. They also interviewed candidates for the Independent Scrutineer role in
        2023.

        Children told us, through the Young Advisers, the Youth Parliament and a survey of
        2,104 secondary pupils, that they worry most about safety on buses and in town
        centres, about being bullied online, and about adults who do not listen. Sixty-two
        per cent said they knew a trusted adult they could talk to at school.

        "Professionals keep asking the same questions. Just read the notes." - Young Adviser, 15
    """), ("h1", "9. Schools and education"), ("p", """
        There are 221 schools and 4 further education colleges in the district. Designated
        safeguarding leads meet termly in four locality networks, and the Education
        Safeguarding subgroup reports to the Executive.

        This year schools made 4,980 referrals to the Integrated Front Door, 20% of all
        contacts. The number of children electively home educated rose by 14%, and the
        partnership worked with the Council's Children Missing Education team to make sure
        every family was visited within four weeks of deregistration. Attendance remains a
        concern: persistent absence in secondary schools was 27%.
    """), ("pagebreak",)]
    agencies = [
        ("City of Bradford Metropolitan District Council", "The Council's Children's Services, delivered by the Bradford Children and Families Trust from April 2023, reduced agency social worker use from 38% to 29% and opened eight family hubs. Ofsted's monitoring visits recognised improvement at the front door."),
        ("West Yorkshire Police", "The Bradford District safeguarding unit was restructured into a child abuse and exploitation team. Officers attended 88% of strategy discussions. Operation Encompass notifications to schools were sent by 09:00 the next school day in 97% of cases."),
        ("NHS West Yorkshire Integrated Care Board", "The ICB's designated professionals led the health contribution to every rapid review and audited the quality of GP safeguarding reports to conferences, which improved from 48% to 71% submitted on time."),
        ("Bradford Teaching Hospitals NHS Foundation Trust", "The trust's safeguarding team introduced a flag for children subject to a plan on the emergency department system and trained 1,200 staff in ICON."),
        ("Airedale NHS Foundation Trust", "Airedale completed a 'was not brought' audit in paediatric outpatients and changed its policy for children with long-term conditions."),
        ("Bradford District Care NHS Foundation Trust", "Health visitors and school nurses completed 96% of new birth visits within 14 days; the CAMHS crisis team extended its hours to 22:00."),
        ("Youth Justice Service", "The service worked with 412 children, 58% of whom were also known to the MACE hub, and introduced trauma-informed plans for every child."),
        ("Probation Service (West Yorkshire)", "Probation practitioners completed child safeguarding checks on 99% of new cases and attended child protection conferences in 81% of cases where they held the parent."),
        ("Cafcass", "Cafcass shared learning from private law cases with the partnership's domestic abuse work."),
        ("Voluntary and community sector", "Thirty-five organisations took part in the safeguarding network; the network's lead sits on the Executive as an observer."),
        ("Housing associations", "Incommunities trained all front-line housing officers on neglect and home conditions after a rapid review."),
        ("Bradford College", "The college strengthened its response to students at risk of exploitation and hosts the Young Advisers' meetings."),
    ]
    cs = L.bradford_case_studies()
    cs[0] = ("h1", "10. " + cs[0][1])
    sg = L.bradford_subgroups()
    sg[0] = ("h1", "11. " + sg[0][1])
    blocks += cs + sg
    blocks += [("h1", "12. What our partners and relevant agencies did")]
    for a, t in agencies:
        blocks += [("h3", a), ("p", t)]
    blocks += [("pagebreak",), ("h1", "13. Budget"), ("p", """
        The partnership's budget is agreed by the three partners each year. In 2023/24 the
        total budget was £612,450. The business unit, the independent scrutiny and the
        training programme account for most of the spending. An underspend of £18,200 was
        carried forward to fund the 2024/25 review programme.
    """), ("table", ["Income", "£"], [
        ("City of Bradford Metropolitan District Council", "342,000"),
        ("NHS West Yorkshire Integrated Care Board", "171,000"),
        ("West Yorkshire Police (Police and Crime Commissioner)", "85,500"),
        ("Training income and other", "13,950"),
        ("Total", "612,450"),
    ]), ("table", ["Expenditure", "£"], [
        ("Business unit staff", "351,200"),
        ("Independent scrutiny", "48,000"),
        ("Multi-agency training programme", "92,400"),
        ("Child safeguarding practice reviews", "64,300"),
        ("Young Advisers and engagement", "18,600"),
        ("Communications, website and systems", "19,750"),
        ("Carried forward", "18,200"),
        ("Total", "612,450"),
    ]), ("h1", "14. Our priorities for 2024/25"), ("p", """
        * Neglect: show the difference the strategy makes to children.
        * Child exploitation and serious youth violence, with the Violence Reduction Partnership.
        * Babies and the men in their lives.
        * Implementing Working Together 2023: publishing revised arrangements by December 2024, with the lead safeguarding partners named.
    """), ("h1", "15. Glossary"), ("table", ["Term", "Meaning"], [
        ("LCSPR", "Local child safeguarding practice review"),
        ("MACE", "Multi-agency child exploitation"),
        ("GCP2", "Graded Care Profile 2, a tool for assessing neglect"),
        ("ICON", "A programme to help parents cope with a crying baby"),
        ("DSL", "Designated safeguarding lead in a school or college"),
    ])]
    blocks += L.bradford_scrutiny_appendix() + L.bradford_data_appendix()
    B.to_docx(doc, blocks, break_h1=True)
    docx_for_pdf(doc, work, name, day)
    row(name, "2024-10-01", YR, "E08000032", "accepted", [],
        dict(period_start="2023-04-01", period_end="2024-03-31", publication_date="2024-09-27",
             url="https://bdscp.co.uk/about-us/annual-reports/annual-report-2023-24"),
        "Long Word report exported to PDF with running header, footer and contents page; headings 'What we did', 'How well are we doing?', 'Learning from reviews'.")


# ------------------------------------------------------------------ Worcestershire (long DOCX)

def worcestershire(out, work):
    name = "yearly-report-worcestershire-2024-25.docx"
    day = "2025-09-29"
    doc = new_docx(day, "WSCP Yearly Report 2024/25", author="Worcestershire Safeguarding Children Partnership", font="Arial", size=12)
    header_footer(doc, "Worcestershire Safeguarding Children Partnership - Yearly Report 2024/25", "www.worcestershire.gov.uk/wscp")
    para(doc, "Worcestershire Safeguarding Children Partnership", bold=True, size=22, color="005EB8")
    para(doc, "Yearly Report 2024/25", bold=True, size=28)
    para(doc, "Date of publication: 29 September 2025", size=12)
    paras(doc, """
        This report covers the 2024/25 financial year and is published under Working
        Together to Safeguard Children 2023, which requires the safeguarding partners to
        report on what they have done and how effective the arrangements have been. It can
        be found at https://www.worcestershire.gov.uk/wscp/yearly-report-2024-25.
    """)
    pagebreak(doc)
    doc.add_heading("A message from the lead safeguarding partners", level=1)
    paras(doc, """
        This is our first yearly report since the three lead safeguarding partners -
        the Chief Executive of Worcestershire County Council, the Chief Constable of West
        Mercia Police and the Chief Executive of NHS Herefordshire and Worcestershire
        Integrated Care Board - published revised arrangements in November 2024. We have
        each named a delegated safeguarding partner to act for us day to day, and the three
        of them now meet every month as the Partnership Executive Group.

        This has been a year of change for children's services in Worcestershire, with
        Worcestershire Children First returning to the County Council on 1 April 2025. It
        has also been a year of steady progress: more children get the right help at the
        first time of asking, the quality of strategy meetings has improved, and our
        schools have worked with us on the rise in children missing education.
    """)
    doc.add_heading("Independent scrutiny", level=2)
    paras(doc, """
        Our independent scrutineer, Ms Rachel Orme, is appointed jointly by the partners. She
        carried out three scrutiny reviews this year: on the response to harmful sexual
        behaviour, on the voice of the child in conferences, and on the partnership's
        preparation for the new arrangements. Her summary judgement is that the arrangements
        are 'effective, with important areas for development', and her full report is an
        appendix to this one.
    """)
    pagebreak(doc)
    blocks = [("h1", "Our year in numbers"), ("table", ["", "2023/24", "2024/25"], [
        ("Contacts to the Family Front Door", "17,402", "18,110"),
        ("Referrals accepted by children's social care", "4,920", "4,655"),
        ("Early help assessments started", "2,877", "3,340"),
        ("Children on a child protection plan (31 March)", "482", "455"),
        ("Children looked after (31 March)", "940", "912"),
        ("Children missing education (referred)", "1,206", "1,494"),
        ("Strategy meetings held", "3,150", "3,402"),
        ("Multi-agency training places taken", "2,210", "2,785"),
        ("Rapid reviews held", "6", "8"),
        ("LCSPRs commissioned", "1", "2"),
        ("LCSPRs published", "2", "1"),
        ("Young people taking part in engagement work", "340", "615"),
    ]), ("p", """
        The rise in early help assessments reflects the new Family Hubs and the work we did
        with schools to start assessments earlier. The fall in referrals accepted by
        children's social care is consistent with that, and re-referrals within 12 months
        fell from 21% to 18%.
    """), ("pagebreak",), ("h1", "Achievements against our priorities")]
    blocks += [("p", """
        Our three-year plan (2023-2026) has three priorities. Progress against each is
        summarised below.
    """)]
    for n, (t, a, b, c) in enumerate([
        ("Early help and the right support first time", """
            Expand early help through Family Hubs and make sure referrers get consistent
            threshold decisions.""", """
            Nine Family Hubs are now open. A multi-agency threshold clinic met every two
            weeks to discuss cases referrers disagreed about; 142 cases were discussed. The
            Family Front Door published monthly data for schools and GPs.""", """
            Early help assessments rose by 16%. In our December audit, 82% of contacts were
            judged to have the right outcome, up from 71%."""),
        ("Neglect", """
            Embed the graded care profile and improve the response to children living with
            chronic neglect.""", """
            We trained 350 practitioners in GCP2 and introduced a neglect 'case
            conversation' model for long-running cases.""", """
            Repeat child protection plans for neglect fell from 22% to 17%. Practitioners in
            our audit described the case conversations as 'the first time everyone sat down
            and read the whole history'."""),
        ("Harm outside the home", """
            Strengthen the response to exploitation, serious youth violence and harmful
            sexual behaviour.""", """
            A contextual safeguarding panel now meets fortnightly. With West Mercia Police
            we mapped 11 places of concern in Worcester, Redditch and Kidderminster, and we
            launched a harmful sexual behaviour pathway with schools.""", """
            Children referred to the panel had fewer missing episodes in the three months
            afterwards (an average of 2.1, from 4.6). The harmful sexual behaviour pathway is
            too new to evaluate.""")], 1):
        blocks += priority(n, t, a, b, c)
    blocks += [("pagebreak",), ("h1", "Impact and outcomes"), ("p", """
        How do we know that what we do makes a difference? We look at four things:
        performance data, multi-agency audits, what children and families tell us, and
        external inspection and assurance.

        Audits. We carried out five multi-agency audits this year, looking at 118 children's
        records in depth. Each audit team included practitioners from at least four
        agencies and, where families agreed, a conversation with the parent or young person.
        The strongest area was the timeliness of initial child protection conferences (93%
        within 15 working days). The weakest was the recording of how a decision would be
        explained to the child.

        Inspection. Ofsted's inspection of local authority children's services in
        Worcestershire (January 2025) judged services 'good', with leadership 'outstanding'.
        The joint targeted area inspection in 2023 on serious youth violence led to the
        contextual safeguarding panel described above. HMICFRS's inspection of West Mercia
        Police's child protection work found improvement since 2022.

        Assurance from agencies. Twenty-eight agencies completed the section 11 audit. The
        partners held challenge sessions with six of them, and the independent scrutineer
        attended two.
    """), ("table", ["Audit", "Cases", "Key finding", "Action"], [
        ("Strategy meetings", "30", "Health attended 91%", "Maintain"),
        ("Neglect - long-running cases", "25", "History read in full in 60%", "Case conversations"),
        ("Children missing education", "20", "Checks within 10 days in 75%", "New protocol with schools"),
        ("Harmful sexual behaviour", "18", "Inconsistent use of the tool", "Pathway launched"),
        ("Voice of the child in conferences", "25", "Child's views in 64%", "Advocacy offer"),
    ]), ("pagebreak",), ("h1", "Rapid reviews and LCSPRs"), ("p", """
        The partners held eight rapid reviews this year after serious incident
        notifications to the Child Safeguarding Practice Review Panel. Seven were completed
        within the 15 working days the Panel expects. In two cases the partners decided that
        the criteria for a local child safeguarding practice review were met: 'Child R'
        (an adolescent harmed through exploitation) and 'Baby T' (a non-accidental head
        injury). Both reviews are under way with independent reviewers.

        One LCSPR was published this year: 'Child J', about a teenager who died by suicide
        in 2023. Its recommendations on transitions between mental health services are
        being tracked by the Learning and Review Group, and six of its eight actions are
        complete.

        Themes from the year's rapid reviews were: the invisibility of fathers and male
        carers (four reviews), professional curiosity about home conditions (three), and the
        impact of exclusion from school on risk outside the home (two).
    """), ("h1", "Learning and development"), ("p", """
        Our training programme is open to all staff and volunteers working with children in
        Worcestershire. We delivered 118 sessions, with 2,785 places taken. We also ran four
        'learning from reviews' events, attended by 412 practitioners, and produced eleven
        7-minute briefings.
    """), ("table", ["Course", "Places", "Rated good or excellent"], [
        ("Introduction to safeguarding children (multi-agency)", "520", "97%"),
        ("Graded Care Profile 2", "350", "95%"),
        ("Contextual safeguarding", "295", "96%"),
        ("Harmful sexual behaviour", "240", "94%"),
        ("Domestic abuse and coercive control", "310", "96%"),
        ("Safer sleep and infant crying", "180", "99%"),
        ("Parental mental health and substance misuse", "210", "95%"),
        ("Escalation and professional challenge", "160", "93%"),
        ("Neurodiversity and safeguarding", "260", "97%"),
        ("Learning from reviews events", "412", "94%"),
    ]), ("pagebreak",), ("h1", "Hearing the voices of children and young people"), ("p", """
        615 children and young people took part in our engagement work this year. The
        Worcestershire Youth Cabinet chose 'feeling safe in town centres' as its campaign,
        and we worked with them on a survey of 1,340 young people. The results shaped the
        contextual safeguarding work in Worcester city centre.

        Children in care and care leavers, through the Children in Care Council, told us that
        they want fewer changes of social worker and to be told in advance when a meeting
        will talk about them. An advocacy offer for every child subject to a child protection
        conference started in February 2025; 38% of children aged 8 and over took it up in
        the first two months.
    """), ("h1", "Working with schools and colleges"), ("p", """
        Education is at the heart of our arrangements: Worcestershire's 240 schools and
        colleges are relevant agencies and have two seats on the Partnership Executive Group.
        Designated safeguarding leads meet in termly networks and 96% of schools returned the
        section 175 audit.

        The number of children missing education referred rose by 24%. A new protocol with
        the Council's Children Missing Education team means that a child removed from a
        school roll is checked within ten school days. We also supported schools with the
        rise in emotionally based school avoidance.
    """), ("pagebreak",), ("h1", "Partnership funding"), ("p", """
        The partners fund the arrangements jointly. The total budget for 2024/25 was
        £498,300, with an underspend of £6,100 that was returned to the partners.
    """), ("table", ["Contribution", "£"], [
        ("Worcestershire County Council", "248,000"),
        ("NHS Herefordshire and Worcestershire Integrated Care Board", "148,800"),
        ("West Mercia Police and the Police and Crime Commissioner", "86,000"),
        ("Other income (training)", "15,500"),
        ("Total", "498,300"),
    ]), ("table", ["Spending", "£"], [
        ("Business unit", "288,400"),
        ("Independent scrutiny", "36,000"),
        ("Training and learning events", "71,200"),
        ("Safeguarding practice reviews", "58,900"),
        ("Engagement with children and young people", "14,700"),
        ("Website and communications", "23,000"),
        ("Returned to partners", "6,100"),
    ])] + L.worcestershire_stories() + L.worcestershire_subgroups() + L.worcestershire_agencies() + [
        ("h1", "Looking ahead to 2025/26"), ("p", """
        * Complete the two LCSPRs and publish them.
        * Evaluate the harmful sexual behaviour pathway and the advocacy offer.
        * Bring the education partners fully into the partnership's decision-making.
        * Respond to the Children's Wellbeing and Schools Bill as it progresses.
    """), ("h1", "Appendix: summary of the independent scrutineer's report"), ("p", """
        The scrutineer found that the partners know their strengths and weaknesses, that
        challenge between agencies is open and respectful, and that the business unit is
        well regarded. She asked the partners to make sure the delegated safeguarding
        partners have the authority to commit their agencies' resources, and to publish the
        partnership's data quarterly on its website. The partners have accepted both points.
    """)] + L.worcestershire_data()
    B.to_docx(doc, blocks, break_h1=True)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-10-03", YR, "E10000034", "accepted", [],
        dict(period_start="2024-04-01", period_end="2025-03-31", publication_date="2025-09-29",
             url="https://www.worcestershire.gov.uk/wscp/yearly-report-2024-25"),
        "Long DOCX whose period is only '2024/25' and 'the 2024/25 financial year'; headings 'Our year in numbers', 'Impact and outcomes', 'Rapid reviews and LCSPRs', 'Partnership funding'.")


# ------------------------------------------------------------------ Luton (two columns, late)

def luton(out, work):
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.units import cm
    name = "yearly-report-two-column-luton-2023-24.pdf"
    day = "2024-10-14"
    st = rl_styles()
    story = [Paragraph("Luton Safeguarding Children Partnership", st["h2"]),
             Paragraph("Yearly Report 2023-24", st["h1"]),
             Paragraph("Reporting period: 1 April 2023 to 31 March 2024", st["body"]), Spacer(1, 4)]
    blocks = [("h2", "At a glance"), ("table", ["", "2023-24"], [
        ("Contacts", "9,812"), ("Child protection plans (31 March)", "274"),
        ("Rapid reviews", "4"), ("LCSPRs commissioned", "1"), ("Training places", "1,460")]),
        ("h2", "What the partnership did"), ("p", """
        Luton Borough Council, Bedfordshire Police and NHS Bedfordshire, Luton and Milton
        Keynes Integrated Care Board agreed three priorities for the year: tackling child
        exploitation, improving the response to domestic abuse, and supporting families in
        the first 1,001 days.

        We set up a joint exploitation panel with Bedfordshire Police's Emerald team, which
        discussed 162 children. We ran a 'Luton Dads' campaign with health visitors and
        maternity services. We updated our escalation policy and made it easier to find.
    """), ("h2", "Is it making a difference?"), ("p", """
        Our audit of 24 children discussed at the exploitation panel found that risk had
        reduced for 15 of them within six months. Domestic abuse notifications to schools
        through Operation Encompass now arrive before the start of the school day in 95% of
        cases. We are less sure about the impact of the first 1,001 days work, and the
        independent scrutineer has asked us to set clearer measures.
    """), ("h2", "Reviews"), ("p", """
        The partners held four rapid reviews and commissioned one local child safeguarding
        practice review ('Child C', about a baby with serious injuries). No LCSPRs were
        published this year. The Panel's feedback on our rapid reviews was positive.
    """), ("h2", "Independent scrutiny"), ("p", """
        Our independent scrutineer, Dr Naveed Iqbal, reviewed the exploitation panel and
        chaired the annual challenge event with all relevant agencies.
    """), ("h2", "Training"), ("p", """
        1,460 training places were taken up. The most popular courses were exploitation,
        domestic abuse and safer sleep. 93% of attendees rated the training good or better.
    """), ("h2", "Voice of the child"), ("p", """
        Luton Youth Council helped us to write a young people's guide to the partnership.
        We heard from 212 children through school surveys; feeling safe on the way to and
        from school was their biggest concern.
    """), ("h2", "Education"), ("p", """
        All 86 schools completed the section 175 audit. Designated safeguarding leads meet
        each half term. We worked with schools on the rise in children missing education.
    """), ("h2", "Money"), ("p", """
        The partnership budget was £318,000: Luton Borough Council £170,000, the ICB
        £98,000 and Bedfordshire Police £50,000. It paid for the business unit, scrutiny,
        training and reviews.
    """), ("h2", "Next year"), ("p", """
        * Revised arrangements under Working Together 2023.
        * Clear outcome measures for the first 1,001 days.
        * A partnership neglect strategy.
    """)]
    story += B.to_story(blocks, st, 8.2 * cm)
    rl_pdf(os.path.join(out, name), day, "LSCP Yearly Report 2023-24", "Luton Safeguarding Children Partnership", story,
           header="Luton Safeguarding Children Partnership - Yearly Report 2023-24",
           footer="Luton Safeguarding Children Partnership  -  Yearly Report 2023-24  -  Published 14 October 2024",
           columns=2)
    row(name, "2024-11-04", YR, "E06000032", "accepted", ["forwarded_late"],
        dict(period_start="2023-04-01", period_end="2024-03-31", publication_date="2024-10-14"),
        "Two-column PDF whose publication date is only in the footer ('Published 14 October 2024'); received 21 days later.")


# ------------------------------------------------------------------ Lambeth (Markdown)

def lambeth(out, work):
    name = "yearly-report-lambeth-2023-24.md"
    front = """---
title: Lambeth Safeguarding Children Partnership - Annual Report 2023 to 2024
partnership: Lambeth Safeguarding Children Partnership
period: April 2023 to March 2024
published: 2024-09-26
url: https://www.lambethsaferchildren.org.uk/annual-report-2023-24
tags: [annual report, safeguarding, Lambeth]
---

"""
    blocks = [("h1", "Lambeth Safeguarding Children Partnership: Annual Report 2023 to 2024"), ("p", """
        This report covers April 2023 to March 2024. It is written by the three safeguarding
        partners in Lambeth - Lambeth Council, the Metropolitan Police Service (South
        Central BCU) and NHS South East London Integrated Care Board - and is published on
        our website.
    """), ("h2", "Introduction from the independent scrutineer"), ("p", """
        This year I have focused my scrutiny on two questions: do children from Black and
        mixed heritage families get the same response as other children, and do the partners
        act on what they learn? I found honest answers to both, and a partnership willing to
        change. My detailed findings are summarised in the section on effectiveness. -
        Jasmine Mensah, Independent Scrutineer
    """), ("h2", "What we have done"), ("p", """
        * Launched an anti-racist practice framework with 300 practitioners from all agencies.
        * Created a Lambeth adolescent safety panel bringing together youth services, police and health.
        * Published new guidance on children who are not brought to health appointments.
        * Worked with Lambeth's 'Safer Streets' programme on the routes children take to school.
    """), ("h2", "How effective have we been"), ("p", """
        Our audit of 30 strategy discussions for Black and mixed heritage boys found that the
        child's views were recorded in only a third, and that police and health attendance was
        good. The adolescent safety panel has reduced repeat missing episodes for the children
        it works with by 40%. The independent scrutineer judged the arrangements 'effective
        but not yet consistent'.
    """), ("table", ["Measure", "2022/23", "2023/24"], [
        ("Re-referrals within 12 months", "20%", "17%"),
        ("ICPCs within 15 days", "79%", "88%"),
        ("Return home interviews offered", "91%", "96%")]),
        ("h2", "Child safeguarding practice reviews"), ("p", """
        We held five rapid reviews and commissioned two local child safeguarding practice
        reviews. We published the LCSPR 'Child Kofi' in January 2024. Its learning on
        adultification of Black children is now part of every course we run.
    """), ("h2", "Training and development"), ("p", """
        1,930 practitioners attended partnership training. The anti-racist practice sessions
        were the most requested course of the year.
    """), ("h2", "What children told us"), ("p", """
        Lambeth's Young Advisers and 'Lambeth Made' youth forum met with the partners three
        times. Young people told us that being stopped and searched near school made them
        feel less safe, not more; the Met has since changed its briefing for officers on
        school routes.
    """), ("h2", "Education"), ("p", """
        Schools are represented on the executive by two headteachers. We supported schools
        with a new protocol on children missing education and the section 175 audit had a
        98% return.
    """), ("h2", "Finances"), ("table", ["Partner", "Contribution (£)"], [
        ("Lambeth Council", "210,000"), ("NHS South East London ICB", "105,000"),
        ("Metropolitan Police Service", "5,000"), ("Total", "320,000")])]
    write(os.path.join(out, name), front + B.to_markdown(blocks))
    row(name, "2024-09-30", YR, "E09000022", "accepted", [],
        dict(period_start="2023-04-01", period_end="2024-03-31", publication_date="2024-09-26",
             url="https://www.lambethsaferchildren.org.uk/annual-report-2023-24"),
        "Markdown with YAML front matter holding the publication date ('published: 2024-09-26'); period in months only, 'April 2023 to March 2024'.")


# ------------------------------------------------------------------ Southampton (saved web page)

def southampton(out, work):
    name = "yearly-report-web-page-southampton-2024-25.html"
    url = "https://www.southamptonlscp.org.uk/about-us/annual-reports/annual-report-2024-25/"
    blocks = [("h1", "Annual Report 2024 to 2025"), ("p", """
        Date of publication: 30 September 2025

        This is the annual report of the Southampton Safeguarding Children Partnership for
        the period 1 April 2024 to 31 March 2025. It sets out what the safeguarding partners -
        Southampton City Council, Hampshire and Isle of Wight Constabulary and NHS Hampshire
        and Isle of Wight Integrated Care Board - did during the year and how effective the
        arrangements have been.
    """), ("h2", "Our work this year"), ("p", """
        * Published revised multi-agency safeguarding arrangements in December 2024.
        * Launched a 'Think Family' approach with adult mental health and substance misuse services.
        * Opened the Southampton exploitation hub with the police and the Youth Justice Service.
        * Refreshed the neglect strategy and toolkit.
    """), ("h2", "How well are we doing?"), ("p", """
        Our multi-agency audits found improvement in how agencies share information at the
        front door, and that the voice of the child is recorded more consistently. The
        independent scrutineer's annual assessment found the partnership 'effective and
        improving', while noting that repeat child protection plans remain higher than the
        national average.
    """), ("table", ["Measure", "2023/24", "2024/25"], [
        ("Contacts to the MASH", "11,240", "11,905"),
        ("Child protection plans (31 March)", "318", "296"),
        ("Repeat plans", "26%", "23%"),
        ("Training places", "1,320", "1,688")]),
        ("h2", "Learning from rapid reviews and LCSPRs"), ("p", """
        Five rapid reviews were held. The partners commissioned one local child safeguarding
        practice review and published one ('Child E') in March 2025, about the sexual
        exploitation of a 14-year-old girl.
    """), ("h2", "Independent scrutiny"), ("p", """
        Our independent scrutineer attended every executive meeting and led two scrutiny
        deep-dives, on the exploitation hub and on the quality of referrals from health.
    """), ("h2", "Training"), ("p", """
        1,688 places were taken on partnership courses. 'Think Family' training was
        delivered to 320 adult services staff.
    """), ("h2", "The voice of children and young people"), ("p", """
        Southampton Youth Forum and the Children in Care Council shaped the exploitation
        hub's leaflets for young people.
    """), ("h2", "Education settings"), ("p", """
        Schools took part in the section 175 audit (97%). Designated safeguarding leads
        meet termly in the DSL network.
    """), ("h2", "Funding"), ("p", """
        The partners contributed £276,500: Southampton City Council £153,000, the ICB
        £88,500 and the police £35,000.
    """)]
    page = """<!DOCTYPE html>
<!-- saved from url=(0079)%s -->
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Annual Report 2024 to 2025 | Southampton Safeguarding Children Partnership</title>
    <link rel="canonical" href="%s">
    <link rel="stylesheet" href="./Annual Report 2024 to 2025 _ SSCP_files/site.min.css">
    <script async src="./Annual Report 2024 to 2025 _ SSCP_files/gtm.js"></script>
    <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-XXXX123');</script>
</head>
<body class="page-template-default page">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookies on this website">
    <h2>Cookies on this website</h2>
    <p>We use essential cookies to make this site work. We'd also like to set analytics cookies to help us improve it. We won't set these unless you accept them.</p>
    <button class="btn" id="accept-cookies">Accept analytics cookies</button>
    <button class="btn btn-secondary" id="reject-cookies">Reject analytics cookies</button>
    <a href="https://www.southamptonlscp.org.uk/cookies/">View cookies</a>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
    <a href="https://www.southamptonlscp.org.uk/" class="logo"><img src="./Annual Report 2024 to 2025 _ SSCP_files/logo.svg" alt="Southampton Safeguarding Children Partnership"></a>
    <form class="search" action="https://www.southamptonlscp.org.uk/"><label for="s">Search</label><input id="s" name="s" type="search"></form>
    <nav class="main-nav" aria-label="Main">
        <ul>
            <li><a href="https://www.southamptonlscp.org.uk/">Home</a></li>
            <li><a href="https://www.southamptonlscp.org.uk/about-us/">About us</a></li>
            <li><a href="https://www.southamptonlscp.org.uk/professionals/">Professionals</a></li>
            <li><a href="https://www.southamptonlscp.org.uk/training/">Training</a></li>
            <li><a href="https://www.southamptonlscp.org.uk/parents-and-carers/">Parents and carers</a></li>
            <li><a href="https://www.southamptonlscp.org.uk/children-and-young-people/">Children and young people</a></li>
            <li><a href="https://www.southamptonlscp.org.uk/report-a-concern/" class="btn-red">Report a concern</a></li>
        </ul>
    </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="https://www.southamptonlscp.org.uk/">Home</a> &gt; <a href="https://www.southamptonlscp.org.uk/about-us/">About us</a> &gt; <a href="https://www.southamptonlscp.org.uk/about-us/annual-reports/">Annual reports</a> &gt; Annual Report 2024 to 2025</nav>
<div class="layout">
<aside class="sidebar">
    <h3>In this section</h3>
    <ul>
        <li><a href="https://www.southamptonlscp.org.uk/about-us/safeguarding-arrangements/">Safeguarding arrangements</a></li>
        <li><a href="https://www.southamptonlscp.org.uk/about-us/annual-reports/">Annual reports</a></li>
        <li><a href="https://www.southamptonlscp.org.uk/about-us/practice-reviews/">Published practice reviews</a></li>
        <li><a href="https://www.southamptonlscp.org.uk/about-us/independent-scrutiny/">Independent scrutiny</a></li>
    </ul>
</aside>
<main id="main" class="content">
%s
    <p><a class="download" href="https://www.southamptonlscp.org.uk/wp-content/uploads/2025/09/SSCP-Annual-Report-2024-25.pdf">Download the full report (PDF, 2.1 MB)</a></p>
    <p class="updated">Last updated: 30 September 2025</p>
</main>
</div>
<footer class="site-footer">
    <ul>
        <li><a href="https://www.southamptonlscp.org.uk/accessibility/">Accessibility</a></li>
        <li><a href="https://www.southamptonlscp.org.uk/privacy/">Privacy notice</a></li>
        <li><a href="https://www.southamptonlscp.org.uk/cookies/">Cookies</a></li>
        <li><a href="https://www.southamptonlscp.org.uk/contact/">Contact us</a></li>
    </ul>
    <p>&copy; 2025 Southampton Safeguarding Children Partnership. Civic Centre, Southampton SO14 7LY.</p>
</footer>
<script src="./Annual Report 2024 to 2025 _ SSCP_files/cookie-banner.js"></script>
</body></html>
""" % (url, url, B.to_html(blocks, "    "))
    write(os.path.join(out, name), page)
    row(name, "2025-10-02", YR, "E06000045", "accepted", [],
        dict(period_start="2024-04-01", period_end="2025-03-31", publication_date="2025-09-30", url=url),
        "A saved web page (cookie banner, navigation, breadcrumb, sidebar and footer links) carrying the whole report; the URL is the canonical link.")


# ------------------------------------------------------------------ defects

def york_no_reviews(out, work):
    name = "annual-report-york-2023-24-no-reviews-section.docx"
    day = "2024-10-24"
    doc = new_docx(day, "CYSCP Annual Report 2023-24", author="City of York Safeguarding Children Partnership")
    para(doc, "City of York Safeguarding Children Partnership", bold=True, size=16, color="2E75B6")
    para(doc, "Annual Report 2023-24", bold=True, size=22)
    para(doc, "1 April 2023 to 31 March 2024", size=12)
    para(doc, "Published 24 October 2024", size=11)
    blocks = [("h1", "Welcome"), ("p", """
        Welcome to the annual report of the City of York Safeguarding Children Partnership.
        The partnership brings together City of York Council, North Yorkshire Police and NHS
        Humber and North Yorkshire Integrated Care Board, with schools, the voluntary sector
        and other relevant agencies, to keep York's children safe.
    """), ("h1", "Our activity in 2023-24"), ("p", """
        * Our priorities were neglect, exploitation and 'safe at home'.
        * The partnership launched a neglect practice guide and trained 210 practitioners in using it.
        * We created a multi-agency exploitation group that met fortnightly and discussed 96 young people.
        * We ran a safer sleep campaign with maternity and health visiting services.
        * We refreshed our threshold document with 140 practitioners.
    """), ("h1", "Effectiveness: what difference have we made?"), ("p", """
        Our multi-agency audits of neglect and exploitation cases found that plans were
        clearer and that children were seen more often on their own. The exploitation group
        reduced missing episodes for the young people it worked with by a third. The
        independent scrutineer judged the partnership to be 'effective and self-aware', with
        the quality of referrals from health still to improve.
    """), ("table", ["Measure", "2022-23", "2023-24"], [
        ("Contacts", "6,820", "7,015"),
        ("Child protection plans (31 March)", "152", "139"),
        ("Re-referrals", "19%", "16%"),
        ("Missing episodes", "612", "540")]),
        ("h1", "Independent scrutiny"), ("p", """
        Our independent scrutineer, Mr Tom Hadley, met the partners quarterly, observed
        subgroups and carried out a scrutiny exercise on the front door.
    """), ("h1", "Workforce development"), ("p", """
        870 places were taken on partnership training. Feedback was very positive, with 95%
        rating courses good or excellent.
    """), ("h1", "Children's voices"), ("p", """
        York's Youth Council and Show Me That I Matter (the Children in Care Council) helped
        to design our exploitation awareness campaign. 'Tell us what you actually want to
        know,' one young person said - so we did.
    """), ("h1", "Education"), ("p", """
        All 63 schools took part in the section 175 safeguarding audit. The DSL forum met
        each term and we worked with schools on children missing education.
    """), ("h1", "Budget"), ("table", ["Partner", "£"], [
        ("City of York Council", "118,000"), ("NHS Humber and North Yorkshire ICB", "71,000"),
        ("North Yorkshire Police", "31,000"), ("Total", "220,000")])]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2024-10-28", YR, "E06000014", "rejected", ["missing_reviews"],
        dict(period_start="2023-04-01", period_end="2024-03-31", publication_date="2024-10-24"),
        "Complete except that it says nothing about rapid reviews or child safeguarding practice reviews (no 'review' of any kind).")


def durham_no_period(out, work):
    name = "annual-report-word-export-durham-no-period.pdf"
    day = "2024-10-03"
    doc = new_docx(day, "DSCP Annual Report", author="Durham Safeguarding Children Partnership")
    header_footer(doc, "Durham Safeguarding Children Partnership - Annual Report", "Published: 3 October 2024")
    para(doc, "Durham Safeguarding Children Partnership", bold=True, size=18, color="7030A0")
    para(doc, "Annual Report", bold=True, size=24)
    blocks = [("h2", "Foreword"), ("p", """
        This report describes the work of the partnership over the past year and how well
        the safeguarding partners - Durham County Council, Durham Constabulary and NHS North
        East and North Cumbria Integrated Care Board - have worked together, with schools and
        other relevant agencies, to keep children in County Durham safe.
    """), ("h2", "What the partnership did"), ("p", """
        * Launched a new early help strategy with 12 family hubs.
        * Set up a multi-agency team for children at risk of exploitation.
        * Delivered a 'Dads Matter' campaign after learning from reviews.
        * Updated the neglect toolkit and trained 280 practitioners.
    """), ("h2", "How effective are our arrangements?"), ("p", """
        Audits showed better information sharing at strategy meetings and good engagement
        with families. The independent scrutineer judged the arrangements to be effective,
        with further work needed on the timeliness of health assessments for children in
        care.
    """), ("h2", "Rapid reviews and practice reviews"), ("p", """
        The partners held seven rapid reviews. Two local child safeguarding practice reviews
        were commissioned and one was published. The themes were neglect, exploitation and
        injuries to babies.
    """), ("h2", "Independent scrutiny"), ("p", """
        The independent scrutineer attended every partnership board and reported directly to
        the three partners.
    """), ("h2", "Training"), ("p", """
        1,150 practitioners attended training; 96% said it would change their practice.
    """), ("h2", "Voice of the child"), ("p", """
        Investing in Children's 'agenda day' groups told us that young people want shorter
        meetings and to be asked before information about them is shared.
    """), ("h2", "Schools"), ("p", """
        Schools completed the section 175 audit; a new protocol on children missing education
        was agreed with the Council's education team.
    """), ("h2", "Finance"), ("p", """
        The partners contributed £402,000 to the partnership budget, which funds the business
        unit, training, reviews and independent scrutiny.
    """)]
    B.to_docx(doc, blocks)
    docx_for_pdf(doc, work, name, day)
    row(name, "2024-10-07", YR, "E06000047", "rejected", ["period_missing"],
        dict(publication_date="2024-10-03"),
        "Word export whose text says only 'the past year': no reporting period, no year range, anywhere.")


def bexley_metadata(out, work):
    name = "yearly-report-bexley-2023-24-publication-date-in-metadata.docx"
    day = "2024-10-15"
    doc = new_docx(day, "Bexley Safeguarding Partnership Annual Report 2023-2024", author="Bexley Safeguarding Partnership")
    para(doc, "Bexley Safeguarding Partnership", bold=True, size=16, color="006853")
    para(doc, "Annual Report 2023-2024", bold=True, size=22)
    para(doc, "Covering April 2023 to March 2024", size=12)
    blocks = [("h2", "About us"), ("p", """
        The Bexley Safeguarding Partnership is led by the London Borough of Bexley, the
        Metropolitan Police Service (South East BCU) and NHS South East London Integrated
        Care Board. This report, which you can also read at
        https://www.bexley.gov.uk/bsp/annual-report-2023-2024, sets out what we did and how
        well it worked.
    """), ("h2", "What we did"), ("p", """
        * Introduced a joint 'front door' for children and adults at risk.
        * Ran a campaign on child exploitation in Bexleyheath and Erith town centres.
        * Launched a new escalation policy.
    """), ("h2", "How effective have we been?"), ("p", """
        Audits found improved timeliness of strategy discussions (87% within one working day)
        and better recording of children's views. The independent scrutineer's view is that
        the partnership is effective but should do more to hear from families.
    """), ("h2", "Learning from reviews"), ("p", """
        We held three rapid reviews and published one local child safeguarding practice review
        ('Child Sam'). Learning on parental mental health has been built into training.
    """), ("h2", "Independent scrutiny"), ("p", """
        Our independent scrutineer attends the executive and carries out an annual deep dive.
    """), ("h2", "Training"), ("p", """
        870 training places were taken; e-learning completions rose by 40%.
    """), ("h2", "Children's voices"), ("p", """
        Bexley Youth Council reviewed our website and our exploitation leaflets.
    """), ("h2", "Schools and colleges"), ("p", """
        96% of schools completed the section 175 audit.
    """), ("h2", "Budget"), ("p", """
        The three partners contributed £265,000. The largest costs were staff, training and
        reviews.
    """)]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2024-10-18", YR, "E09000004", "accepted", [],
        dict(period_start="2023-04-01", period_end="2024-03-31", publication_date="2024-10-15",
             url="https://www.bexley.gov.uk/bsp/annual-report-2023-2024"),
        "States no publication date in its text; the date is the DOCX's created/modified metadata (2024-10-15), received three days later.")


def gateshead_no_budget(out, work):
    name = "annual-report-gateshead-2023-24-no-budget.docx"
    day = "2024-09-30"
    doc = new_docx(day, "GSCP Annual Report 2023/24", author="Gateshead Safeguarding Children Partnership", font="Verdana", size=10)
    para(doc, "Gateshead Safeguarding Children Partnership", bold=True, size=15)
    para(doc, "Annual Report 2023/24", bold=True, size=20)
    para(doc, "Published 30 September 2024", size=10)
    blocks = [("h1", "Section 1 - Introduction"), ("p", """
        This report covers 1 April 2023 to 31 March 2024. It is published by Gateshead
        Council, Northumbria Police and NHS North East and North Cumbria Integrated Care Board
        as the safeguarding partners for Gateshead.
    """), ("h1", "Section 2 - What we've done"), ("p", """
        * Refreshed our neglect strategy and introduced the Graded Care Profile.
        * Worked with Northumbria Police on Operation Encompass and a new child exploitation panel.
        * Created a 'professional curiosity' campaign for all agencies.
        * Held a learning week for 600 practitioners.
    """), ("h1", "Section 3 - Are we making a difference?"), ("p", """
        Our audits show that the neglect strategy is starting to change practice: plans are
        more specific and children's lived experience is better described. The independent
        scrutineer said the partnership's self-assessment was 'accurate and honest'. We want
        to see repeat plans fall further.
    """), ("h1", "Section 4 - Learning from case reviews"), ("p", """
        We held four rapid reviews. One LCSPR was commissioned and one published. Themes
        included cumulative neglect and babies under one.
    """), ("h1", "Section 5 - Independent scrutiny"), ("p", """
        Our independent scrutineer led two scrutiny reviews and met young people twice.
    """), ("h1", "Section 6 - Training and development"), ("p", """
        1,040 places were taken across 64 courses.
    """), ("h1", "Section 7 - Listening to children and young people"), ("p", """
        Gateshead Youth Assembly worked with us on a survey about online safety.
    """), ("h1", "Section 8 - Schools"), ("p", """
        All schools completed the section 175 audit; designated safeguarding leads meet
        termly.
    """), ("h1", "Section 9 - Priorities for next year"), ("p", """
        * Neglect.
        * Harm outside the home.
        * Implementing Working Together 2023.
    """)]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2024-10-02", YR, "E08000037", "accepted", ["missing_funding"],
        dict(period_start="2023-04-01", period_end="2024-03-31", publication_date="2024-09-30"),
        "Numbered sections cover everything except money: no budget, funding or contributions section.")


def cheshire_west(out, work):
    name = "annual-report-word-export-cheshire-west-2023-24.pdf"
    day = "2024-11-12"
    doc = new_docx(day, "CWSCP Annual Report", author="Cheshire West and Chester Safeguarding Children Partnership", font="Georgia", size=10.5)
    header_footer(doc, "Cheshire West and Chester Safeguarding Children Partnership", "Annual Report April 2023 - March 2024  |  Publication date: 12 November 2024")
    para(doc, "Cheshire West and Chester Safeguarding Children Partnership", bold=True, size=16)
    para(doc, "Annual Report April 2023 - March 2024", bold=True, size=20)
    blocks = [("h1", "Section 1: Who we are"), ("p", """
        The partnership is made up of Cheshire West and Chester Council, Cheshire
        Constabulary and NHS Cheshire and Merseyside Integrated Care Board, working with
        relevant agencies including schools, the NHS trusts and the voluntary sector. The
        report is available at https://www.cheshirewestscp.co.uk/annual-reports.
    """), ("h1", "Section 2: What we set out to do and what we did"), ("p", """
        Our priorities were domestic abuse, neglect and children's emotional health. We
        launched a 'Safe and Together' model for domestic abuse, retrained 300 staff in the
        neglect toolkit and introduced a mental health in schools network.
    """), ("h1", "Section 3: Performance and impact"), ("p", """
        Multi-agency audits found better joint work with domestic abuse services and stronger
        safety plans. Re-referrals fell to 17%. The independent scrutineer concluded that the
        arrangements are effective.
    """), ("table", ["Indicator", "Q1", "Q2", "Q3", "Q4"], [
        ("Contacts", "2,011", "1,948", "2,106", "2,230"),
        ("Strategy discussions", "312", "298", "330", "341"),
        ("ICPC within 15 days", "84%", "88%", "90%", "91%")]),
        ("h1", "Section 4: Case reviews"), ("p", """
        Three rapid reviews were held and one LCSPR was commissioned. No national reviews
        involved the area. Learning was shared through 7-minute briefings.
    """), ("h1", "Section 5: Workforce development"), ("p", """
        1,210 places were taken on training courses and 2,400 e-learning modules completed.
    """), ("h1", "Section 6: Voice of children"), ("p", """
        Our Young Safeguarding Champions visited the executive twice and led a campaign on
        healthy relationships.
    """), ("h1", "Section 7: Education"), ("p", """
        Schools completed the section 175 audit and joined the DSL network meetings.
    """), ("h1", "Section 8: Independent scrutiny"), ("p", """
        Scrutiny this year focused on the front door and on the partnership's use of data.
    """), ("h1", "Section 9: Resources"), ("p", """
        The partnership budget was £356,000, funded by the three partners.
    """)]
    B.to_docx(doc, blocks)
    docx_for_pdf(doc, work, name, day)
    row(name, "2024-11-14", YR, "E06000050", "accepted", [],
        dict(period_start="2023-04-01", period_end="2024-03-31", publication_date="2024-11-12",
             url="https://www.cheshirewestscp.co.uk/annual-reports"),
        "Word export with 'Section N:' headings ('Case reviews', 'Workforce development', 'Resources') and the publication date in the footer.")


def northumberland_future(out, work):
    name = "yearly-report-northumberland-sent-before-publication.docx"
    day = "2025-09-25"
    doc = new_docx(day, "NSCP Yearly Report 2024-25", author="Northumberland Safeguarding Children Partnership")
    para(doc, "Northumberland Safeguarding Children Partnership", bold=True, size=15, color="215732")
    para(doc, "Yearly Report", bold=True, size=22)
    para(doc, "1 April 2024 to 31 March 2025", size=12)
    para(doc, "Publication date: 30 September 2025", size=11)
    para(doc, "Embargoed until publication. Shared in advance with the Child Safeguarding Practice Review "
              "Panel and Foundations.", italic=True, size=9)
    blocks = [("h1", "Introduction"), ("p", """
        Northumberland County Council, Northumbria Police and NHS North East and North
        Cumbria Integrated Care Board are the lead safeguarding partners for Northumberland.
        This report sets out what the partnership did in 2024-25 and how effective it was.
    """), ("h1", "Our work"), ("p", """
        * Published revised arrangements under Working Together 2023.
        * Rural safeguarding: a project with parish councils and farming networks.
        * A new transitions protocol for 16 to 18-year-olds.
    """), ("h1", "Effectiveness"), ("p", """
        Audits show improved joint working at the front door and in rural areas. The
        independent scrutineer judged the arrangements effective.
    """), ("h1", "Reviews"), ("p", """
        Five rapid reviews; two LCSPRs commissioned; one published.
    """), ("h1", "Scrutiny"), ("p", """
        The independent scrutineer's annual report is published alongside this one.
    """), ("h1", "Training"), ("p", """
        980 places were taken on courses.
    """), ("h1", "Children and young people's views"), ("p", """
        Young people from the Youth Cabinet spoke to the partners about transport and safety
        in rural areas.
    """), ("h1", "Education"), ("p", """
        All schools completed the section 175 audit.
    """), ("h1", "Finance"), ("p", """
        Partner contributions totalled £330,000.
    """)]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-09-26", YR, "E06000057", "accepted", ["date_in_future"],
        dict(period_start="2024-04-01", period_end="2025-03-31", publication_date="2025-09-30"),
        "Shared before publication: the stated publication date (30 September 2025) is after the received date.")


ALL = [bradford, worcestershire, luton, lambeth, southampton, york_no_reviews, durham_no_period,
       bexley_metadata, gateshead_no_budget, cheshire_west, northumberland_future]

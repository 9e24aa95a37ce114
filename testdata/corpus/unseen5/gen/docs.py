"""Word and PDF documents: look-alikes, a narrative rapid review and yearly report, a letter-style LCSPR."""
from lib import Doc, Pdf, SMALL


def newham_agenda():
    d = Doc(author="Newham Safeguarding Children Partnership", title="Rapid Review Meeting Agenda")
    d.header_footer(header="OFFICIAL - SENSITIVE: not for onward circulation")
    d.h("Newham Safeguarding Children Partnership", 1)
    d.h("Rapid Review Meeting - Agenda", 2)
    d.table([["Date of meeting", "Tuesday 8 April 2025"], ["Time", "14:00 - 16:00"],
             ["Venue", "Microsoft Teams"], ["Chair", "Director of Children's Services"],
             ["Child", "Child V"], ["SIN submitted", "26 March 2025 (NEW-2025-0118)"]])
    d.h("Items", 2)
    d.table([
        ["No.", "Item", "Lead", "Paper"],
        ["1", "Welcome, introductions and confidentiality statement", "Chair", "-"],
        ["2", "Summary of the incident and of the information returned by agencies", "Business Manager", "Chronology (to follow)"],
        ["3", "Agency contributions: children's social care, Metropolitan Police, Newham health visiting, school, GP", "All", "Agency returns"],
        ["4", "Immediate safeguarding actions - are the children safe now?", "Children's social care", "-"],
        ["5", "Emerging learning", "All", "-"],
        ["6", "Does the case meet the criteria for a local child safeguarding practice review? Partners to decide", "Lead partners", "Criteria guidance"],
        ["7", "Is a national review to be recommended to the Panel?", "Lead partners", "-"],
        ["8", "Actions, communications and date for the rapid review report to be sent", "Chair", "-"],
    ], header=True)
    d.p("Please return agency information forms to the Business Unit by 12:00 on Monday 7 April. "
        "The rapid review report is due to the Panel within 15 working days of the notification.", italic=True)
    d.save("agenda-rapid-review-meeting-newham.docx")


def leicestershire_minutes():
    p = Pdf(title="Partnership Board minutes 15 May 2025", author="LRSCP",
            header="Leicestershire and Rutland Safeguarding Children Partnership - Board", footer="Minutes - confirmed")
    p.h("Leicestershire and Rutland Safeguarding Children Partnership")
    p.h("Partnership Board - Minutes", 2)
    p.p("Meeting held on Thursday 15 May 2025, 10:00, County Hall, Glenfield")
    p.p("Present: Independent Chair (chair); Director of Children and Family Services, Leicestershire County Council; "
        "Strategic Director for Children, Rutland County Council; Detective Chief Superintendent, Leicestershire Police; "
        "Chief Nurse, NHS Leicester, Leicestershire and Rutland ICB; Partnership Business Manager (minutes).")
    p.table([
        ["Item", "Discussion", "Decision / action"],
        ["1. Minutes of 13 March 2025", "Agreed as an accurate record.", "Approved."],
        ["2. Rapid review - Child M (notified 24 April 2025)",
         "The Business Manager summarised the rapid review held on 9 May. Partners discussed whether the learning "
         "about neglect of a child with a disability could be addressed through the existing thematic work.",
         "DECISION: the Board agreed to commission a local child safeguarding practice review. Business Manager to "
         "draft terms of reference by 30 May."],
        ["3. Annual report 2024-25", "First draft circulated. Comments on the effectiveness section requested.",
         "Final version to the July Board; publication planned for September."],
        ["4. Revised arrangements", "The 2024 arrangements are live on the website; a six-month review is due.",
         "Noted."],
        ["5. Budget outturn 2024-25", "Small underspend on the training budget.", "Carry forward agreed."],
        ["6. Any other business", "None.", "-"],
    ], widths=[110, 230, 140], header=True)
    p.space(8)
    p.p("Date of next meeting: 17 July 2025")
    p.save("minutes-partnership-board-leicestershire-rutland.pdf")


def suffolk_briefing():
    p = Pdf(title="7 Minute Briefing - Child R", author="Suffolk Safeguarding Partnership", columns=2,
            footer="Suffolk Safeguarding Partnership - 7 minute briefing")
    p.h("7 Minute Briefing")
    p.h("Learning from a rapid review: Child R", 2)
    sections = [
        ("1. Background", "Child R, 16, was stabbed in Ipswich in late 2024. Suffolk partners held a rapid review and "
         "decided a local review was not needed because the learning matched a thematic review already under way."),
        ("2. Why it matters", "Teenagers excluded from school are more exposed to exploitation. Child R had been out of "
         "full-time education for eight months."),
        ("3. What we found", "Agencies each held part of the picture: police intelligence about older associates, a school "
         "exclusion record, a youth work referral that was never picked up."),
        ("4. What good looks like", "A named lead professional for every child on reduced timetable; exploitation screening "
         "at the point of exclusion."),
        ("5. Questions for your team", "Do you know which of the children you work with are not in school full time? Who "
         "would you tell?"),
        ("6. Resources", "Suffolk exploitation toolkit; the partnership's training calendar; the Panel's national review "
         "on child exploitation."),
        ("7. Reflect", "Take seven minutes in your next team meeting to discuss one thing you will do differently."),
    ]
    for title, text in sections:
        p.h(title, 3)
        p.p(text)
    p.space(6)
    p.p("Suffolk Safeguarding Partnership, June 2025", SMALL)
    p.save("seven-minute-briefing-suffolk-two-column.pdf")


def barking_flyer():
    p = Pdf(title="Multi-agency training", author="BDSCP")
    p.h("Barking and Dagenham Safeguarding Children Partnership")
    p.h("FREE multi-agency training: Learning from Rapid Reviews and LCSPRs", 2)
    p.p("Who is it for? Practitioners and managers in any agency working with children and families in Barking and Dagenham.")
    p.p("What will you learn? How rapid reviews work, what happens after a serious incident notification, how partners "
        "decide on a local child safeguarding practice review, and what recent reviews have taught us about babies, "
        "adolescents and domestic abuse.")
    p.table([["Session", "Date", "Time", "Where"],
             ["1", "Tuesday 16 September 2025", "09:30 - 12:30", "Barking Learning Centre"],
             ["2", "Wednesday 8 October 2025", "13:30 - 16:30", "Online (Teams)"],
             ["3", "Thursday 13 November 2025", "09:30 - 12:30", "Dagenham Library"]], header=True)
    p.space(8)
    p.p("Book through the BDSCP learning portal. Places are limited to 25 per session. Certificates of attendance provided.")
    p.p("Questions? Email the partnership training team.")
    p.save("training-flyer-barking-dagenham.pdf")


def bcp_panel_letter():
    d = Doc(author="Child Safeguarding Practice Review Panel", title="Response to rapid review")
    d.p("Child Safeguarding Practice Review Panel")
    d.p("Sanctuary Buildings, Great Smith Street, London SW1P 3BT")
    d.p("14 July 2025")
    d.p("Bournemouth, Christchurch and Poole Safeguarding Children Partnership\nBCP Civic Centre\nBournemouth BH2 6DY")
    d.p("Dear Independent Chair and lead safeguarding partners,")
    d.p("Rapid review: Child K", bold=True)
    d.p("Thank you for sending the Panel your rapid review about Child K, following the serious incident notification "
        "of 5 June 2025 (reference BCP-25-044). The Panel considered it at its meeting on 9 July 2025.")
    d.p("The Panel agrees with your decision to undertake a local child safeguarding practice review and with your view "
        "that the case does not need a national review. We found the analysis of agency involvement clear, and we were "
        "pleased to see that immediate safeguarding action was taken for Child K's siblings.")
    d.p("In taking the local review forward, the Panel would encourage you to look closely at how the views of Child K "
        "were sought when the family moved into the area, and at the information shared between the two hospitals "
        "involved. Please send us the final report at least seven working days before you publish it.")
    d.p("Yours sincerely,")
    d.p("Member, on behalf of the Child Safeguarding Practice Review Panel")
    d.save("letter-from-panel-replying-to-rapid-review-bcp.docx")


def hounslow_sentences():
    p = Pdf(title="Rapid review letter to the Panel", author="HSCP",
            header="Hounslow Safeguarding Children Partnership", footer="OFFICIAL SENSITIVE")
    p.p("Hounslow Safeguarding Children Partnership")
    p.p("Hounslow House, 7 Bath Road, Hounslow TW3 3EB")
    p.space(8)
    p.p("29 December 2025")
    p.p("Dear Panel colleagues,")
    p.raw("<b>Rapid review concerning Child Z</b>")
    p.p("On the evening of 5 December 2025 Child Z, who is five, was taken to West Middlesex University Hospital by her "
        "grandmother with a deep cut to her hand and bruising to her back and arms. She told the nurse that her "
        "stepfather had pushed her into a glass door. We notified the Panel on 8 December 2025, and the notification "
        "was given the reference HOU/2025/0977.")
    p.p("The partners met for the rapid review on 17 December 2025. Before the meeting every agency that had known "
        "Child Z in the past two years returned a summary of its involvement. Her school had recorded three "
        "unexplained bruises since September and had spoken to her mother each time; the GP had seen her twice with "
        "minor injuries; the Metropolitan Police had attended the home in July after a neighbour heard screaming; and "
        "children's social care had completed a single assessment in August that ended with no further action. The "
        "health visiting service and the family's housing association also contributed.")
    p.p("Child Z and her younger brother have been staying with their grandmother since 6 December under a written "
        "safety plan agreed at the strategy discussion. The stepfather was arrested, has been charged with assault "
        "occasioning actual bodily harm and is on bail away from the family home. Child Z has been seen by the child "
        "protection paediatrician and a child protection conference is booked for early January.")
    p.p("We think the most important learning is this. Each agency treated its own concern as minor because it did not "
        "know about the others; the August assessment was finished without the school being asked; and the police "
        "report in July did not record that children lived at the address. We also noticed that no one had asked "
        "Child Z herself, on her own, what life at home was like.")
    p.p("Having weighed the criteria in Working Together, the partners have decided not to commission a local child "
        "safeguarding practice review. The learning is well understood, is the same as in two recent Hounslow reviews, "
        "and will be addressed through a targeted multi-agency audit of single assessments closed with no further "
        "action, reported to the partnership executive in March 2026.")
    p.p("Nor do we think the case raises issues of national importance, so we do not recommend a national review.")
    p.p("Yours faithfully,")
    p.p("Independent Chair, for the lead safeguarding partners of the London Borough of Hounslow, the Metropolitan "
        "Police West Area Basic Command Unit and NHS North West London Integrated Care Board")
    p.save("rapid-review-dates-in-sentences-hounslow.pdf")


def wakefield_narrative():
    d = Doc(author="Wakefield Together for Children", title="Yearly report 2024 to 2025")
    paras = [
        "Wakefield District Safeguarding Children Partnership - yearly report, April 2024 to March 2025",
        "This is the yearly report of the three safeguarding partners for the Wakefield district, Wakefield Council, "
        "West Yorkshire Police and NHS West Yorkshire Integrated Care Board, and it tells the story of the year that ran "
        "from 1 April 2024 to 31 March 2025. We published it on 26 September 2025 and it is written for everyone who "
        "works with children in the district, and for families who want to know what we do.",
        "Over the year the partners rebuilt the early help offer around eight family hubs, moved the exploitation panel "
        "into the Multi-Agency Safeguarding Hub so that risk is discussed on the day it is known, and signed a new "
        "information sharing agreement with the district's GP practices. We also ran a campaign on safer sleep after "
        "two infant deaths in the previous year, reaching every maternity ward and health visiting base.",
        "We have tried to judge honestly whether these changes made things better for children. Our multi-agency audits "
        "looked at 84 children's records and found that the quality of plans had improved, with 70 per cent judged good "
        "against 52 per cent a year earlier; the number of children who needed a second child protection plan fell; "
        "but we still saw too many strategy discussions held without health present, and we have not yet done enough "
        "to include fathers.",
        "The partnership sent six rapid reviews to the national Panel during the year. In two cases the partners decided "
        "that a local child safeguarding practice review was needed; the first, about a teenage boy we call Child B, was "
        "published in February 2025, and the second will be finished in the autumn. The learning from both reviews "
        "shaped the audit programme and the priorities for the coming year.",
        "Multi-agency training continued to be well used: 2,045 practitioners took part in 96 sessions, and for the first "
        "time we offered courses in the evening for foster carers and voluntary groups.",
        "Children and young people helped us throughout. The Wakefield Youth Council interviewed the partners at a public "
        "event, children in care told us that they want to meet their new social worker before their old one leaves, "
        "and we changed our practice guidance because of what they said.",
        "Independent scrutiny of the partnership was carried out by Andrea Whitfield, who joined as independent scrutineer "
        "in June 2024. She observed meetings, read rapid reviews and interviewed frontline staff, and her conclusions are "
        "reflected throughout this report.",
        "Schools, colleges and early years settings are relevant agencies in our arrangements and take a full part. "
        "Headteachers chair the education safeguarding group and 98 per cent of schools completed the safeguarding audit. "
        "The other relevant agencies include Mid Yorkshire Teaching NHS Trust, South West Yorkshire Partnership NHS "
        "Foundation Trust, the Probation Service, West Yorkshire Fire and Rescue Service, housing providers and the "
        "voluntary and community sector.",
        "The work was paid for by the three partners. Wakefield Council contributed 248,000 pounds, the ICB 121,000 pounds "
        "and West Yorkshire Police 62,000 pounds, a total of 431,000 pounds, most of which funds the business unit, "
        "the training programme and the independent scrutineer.",
        "Next year we will concentrate on neglect, on the experience of children with a disability and on the involvement "
        "of fathers, and we will tell you in next year's report how far we have got.",
    ]
    for i, t in enumerate(paras):
        d.p(t, bold=(i == 0))
    d.save("yearly-report-narrative-no-headings-wakefield.docx")


def devon_letter_lcspr():
    d = Doc(author="Devon Children and Families Partnership", title="LCSPR Child P - final report")
    d.header_footer(footer="Devon Children and Families Partnership - LCSPR Child P - final")
    d.p("Devon Children and Families Partnership")
    d.p("Local Child Safeguarding Practice Review concerning Child P: final report in summary", bold=True)
    d.p("Date of report: 30th July 2025")
    d.p("To the Child Safeguarding Practice Review Panel, the Secretary of State for Education and Ofsted")
    d.p("Dear colleagues,")
    d.p("I write as the independent reviewer commissioned by the Devon safeguarding partners - Devon County Council, "
        "Devon and Cornwall Police and NHS Devon Integrated Care Board - to present the final report of the local child "
        "safeguarding practice review concerning Child P. The partners decided to carry out this review on 20 February "
        "2025, following their rapid review of the serious incident notified under reference DEV-SIN-2025-0031.")
    d.p("Child P was eight weeks old when she was admitted to hospital in Exeter with a brain injury in January 2025. "
        "She survives with lasting disability and now lives with foster carers who hope to adopt her. Her parents were "
        "both care leavers in their early twenties, living in a rural part of North Devon with little money and no "
        "transport. Her mother told me that she had been frightened of asking for help in case Child P was taken away; "
        "her father said that nobody had ever explained to him what the health visitor was for. I have tried throughout "
        "to keep Child P's experience, and what daily life was like in that household, at the centre of the review.")
    d.p("The review found that the problems were not the fault of any one practitioner. They arose from the way the "
        "system is set up: leaving care support ended at 21 for one parent and continued for the other; rural health "
        "visiting caseloads were twice the recommended level; and the pre-birth assessment pathway did not apply to "
        "parents who were care leavers without a social worker. These underlying conditions made it likely that the "
        "warning signs - a bruise seen at six weeks, a father's disclosure of low mood - would be missed.")
    d.p("I make five recommendations to the partners:", bold=True)
    d.bullets([
        "Extend the pre-birth assessment pathway to all expectant parents who are care leavers, whatever their age.",
        "Set and monitor a maximum caseload for rural health visiting teams and report it to the partnership quarterly.",
        "Ensure every bruise in a non-mobile baby leads to a paediatric assessment, using the Devon bruising protocol.",
        "Give fathers their own contact with health visiting and ask about their mental health at every visit.",
        "Review how personal advisers hand over care leavers at 21 so that support does not stop abruptly.",
    ], numbered=True)
    d.p("The partners have accepted all five recommendations and have published an action plan alongside the report.")
    d.p("The partners intend to publish the full report on the partnership website on 10 September 2025.")
    d.p("Yours sincerely,")
    d.p("Dr Rachel Fenwick")
    d.p("Independent Lead Reviewer")
    d.save("practice-review-letter-style-summary-devon.docx")


ALL = [newham_agenda, leicestershire_minutes, suffolk_briefing, barking_flyer, bcp_panel_letter, hounslow_sentences,
       wakefield_narrative, devon_letter_lcspr]

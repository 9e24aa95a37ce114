#!/usr/bin/env python3
"""PDFs laid out directly with reportlab: Hampshire's two-column yearly
report, Medway's rapid review form and Hull's 7-minute briefing."""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether)

from common import out, finish_pdf

SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Helvetica", fontSize=9.6, leading=12.8, spaceAfter=5)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Helvetica-Bold", fontSize=15, leading=18,
                    textColor=colors.HexColor("#5b2a86"), spaceBefore=6, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=11, leading=14,
                    textColor=colors.HexColor("#5b2a86"), spaceBefore=6, spaceAfter=3)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")


def P(t, s=BODY):
    return Paragraph(t, s)


def table(rows, widths, header=True, stripe="#efe8f6"):
    data = [[P(c, CELLB if (header and i == 0) else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(stripe)))
    t.setStyle(TableStyle(style))
    return t


# ------------------------------------------------------------ Hampshire

HANTS = [
    ("Foreword from our Independent Scrutineer", [
        "This is the fifth annual report of the Hampshire Safeguarding Children Partnership (HSCP) since the "
        "county moved to the multi-agency safeguarding arrangements introduced by the Children and Social Work "
        "Act 2017. It covers the year from 1 April 2023 to 31 March 2024 and sets out what the three "
        "safeguarding partners &ndash; Hampshire County Council, Hampshire and Isle of Wight Constabulary and "
        "NHS Hampshire and Isle of Wight Integrated Care Board &ndash; have done together with schools, health "
        "providers, district councils and the voluntary sector to keep children safe.",
        "My role as Independent Scrutineer is to provide assurance to children, families and the wider public "
        "that the partnership is doing what it says it will do, and to challenge it where it falls short. Over "
        "the year I have attended the Partnership Board and each of its subgroups, read the minutes and the "
        "data, joined multi-agency audits, and spent time with practitioners in children's social care teams "
        "in Basingstoke, Havant and the New Forest, in the multi-agency safeguarding hub, in two emergency "
        "departments and in a number of schools.",
        "I have been impressed by the openness of the partners. When things have gone wrong, as they do in any "
        "safeguarding system, the partners have looked honestly at why. The quality of rapid reviews has "
        "improved and the learning from them is now reaching the front line faster. I have also seen a "
        "partnership under considerable pressure: demand on children's social care remains high, there are "
        "still too many vacancies in some health visiting teams, and the police have faced a significant rise "
        "in reports of online child sexual abuse.",
        "My challenges to the partnership for the coming year are set out in the section on independent "
        "scrutiny. In summary, I would like to see the partners make more use of what children and families "
        "tell us, and be sharper about measuring the impact of the many good things they do. &ndash; Professor "
        "Jonathan Ashworth-Reeve, Independent Scrutineer",
    ]),
    ("About Hampshire", [
        "Hampshire is one of the largest counties in England, with a population of around 1.4 million people, "
        "of whom some 290,000 are children and young people under 18. The county contains eleven district and "
        "borough councils, from the rural areas of the Test Valley and East Hampshire to the large towns of "
        "Basingstoke, Eastleigh, Fareham and Havant. The cities of Portsmouth and Southampton and the Isle of "
        "Wight have their own safeguarding children partnerships; we work closely with them through the "
        "Hampshire, Isle of Wight, Portsmouth and Southampton (HIPS) procedures.",
        "Most children in Hampshire grow up safe and well. However, around one in eight lives in relative "
        "poverty, and there are pockets of significant deprivation in parts of Gosport, Havant, Rushmoor and "
        "Basingstoke. The number of children with an education, health and care plan continues to grow, as "
        "does the number of children who are electively home educated.",
    ]),
    ("Our partnership arrangements", [
        "The Partnership Board is made up of senior leaders from the three safeguarding partners, with the "
        "Director of Children's Services, the Assistant Chief Constable and the ICB Chief Nursing Officer "
        "taking turns to chair. Relevant agencies, including schools, further education colleges, district "
        "councils, NHS trusts, the probation service, Cafcass and the voluntary sector, are represented on the "
        "Board or its subgroups.",
        "The work of the Board is carried out by six subgroups: Learning and Inquiry; Quality Assurance; "
        "Workforce Development; Child Exploitation; Neglect; and Health Safeguarding. A Young Persons' "
        "Reference Group advises the Board. The HSCP business unit, hosted by the County Council, supports "
        "the Board and subgroups and runs the training programme.",
    ]),
    ("Our year in numbers", None),
    ("Achievements against our priorities", [
        "Our business plan set four priorities. Under each we describe the activity undertaken during the year "
        "and what it achieved.",
        "<b>Priority 1: Neglect.</b> We launched the refreshed Hampshire neglect strategy in June and trained "
        "over 600 practitioners to use the Graded Care Profile 2. The Neglect subgroup ran a campaign on "
        "'was not brought', reminding health professionals that children who miss appointments may be "
        "neglected. Health visiting teams now follow up every missed developmental review with a phone call "
        "within two working days.",
        "<b>Priority 2: Child exploitation.</b> The Willow Team and the police Missing, Exploited and "
        "Trafficked (MET) hubs were brought together into a single multi-agency exploitation service. The "
        "Child Exploitation subgroup mapped locations of concern with district community safety teams, and "
        "the partnership ran a 'See the Signs' campaign with taxi drivers, hotel staff and fast-food outlets. "
        "We took part in the national Operation Makesafe.",
        "<b>Priority 3: Domestic abuse.</b> Operation Encompass now reaches every school in the county, "
        "including independent schools, before 9am on the next school day. We commissioned a pilot of the "
        "Safe and Together model in two children's social care districts and evaluated a perpetrator "
        "programme for fathers.",
        "<b>Priority 4: Children's mental health and emotional wellbeing.</b> Working with the ICB and Sussex "
        "Partnership NHS Foundation Trust, we expanded mental health support teams to 40% of schools and "
        "published multi-agency guidance on children and young people who self-harm.",
        "Alongside our priorities, the partnership updated eleven chapters of the HIPS procedures, refreshed "
        "the escalation and resolution policy, and held its first joint conference with the Hampshire "
        "Safeguarding Adults Board on transitions to adulthood.",
    ]),
    ("How well are we doing?", [
        "The Quality Assurance subgroup oversees a performance framework that combines data, multi-agency "
        "audits, single-agency assurance (section 11 audits) and feedback from children, families and "
        "practitioners. Together these tell us how effective the arrangements are.",
        "<b>Multi-agency audits.</b> Four themed audits were completed: neglect of adolescents, children "
        "subject to a child protection plan for a second or subsequent time, the response to children who "
        "go missing, and the quality of strategy discussions. Overall, 72% of cases were judged good or better "
        "for multi-agency working, compared with 64% last year. The audits found strong information sharing "
        "at the front door but weaker involvement of health professionals in strategy discussions outside "
        "office hours.",
        "<b>Section 11 audits.</b> Thirty-four organisations completed a section 11 self-assessment. The "
        "subgroup tested a sample of these through challenge sessions. The main areas for improvement were "
        "safer recruitment in smaller voluntary organisations and the recording of children's views.",
        "<b>Impact.</b> There are encouraging signs of impact. Repeat child protection plans have fallen from "
        "23% to 18%. The proportion of missing episodes followed by a return home conversation within 72 "
        "hours rose from 68% to 84%. In a survey of 412 practitioners, 81% said they understood how to "
        "escalate a concern, up from 70%. However, the number of children referred to children's social care "
        "because of neglect has not yet fallen, and we do not know enough about whether the new neglect tools "
        "are improving outcomes for children. That will be the focus of next year's audit programme.",
    ]),
    ("Learning from reviews", [
        "When a child dies or is seriously harmed and abuse or neglect is known or suspected, the County "
        "Council notifies the national Child Safeguarding Practice Review Panel and the partnership carries "
        "out a rapid review within 15 working days. The Learning and Inquiry subgroup oversees this work.",
        "During the year the partnership made nine serious incident notifications and completed nine rapid "
        "reviews, all within 15 working days. In three cases the safeguarding partners decided to commission "
        "a local child safeguarding practice review (LCSPR). In the other six, the partners decided that the "
        "criteria for an LCSPR were not met, and the learning was taken forward through local learning "
        "reviews or single-agency work. The Panel agreed with all of our decisions.",
        "Two LCSPRs were published during the year. 'Child R' was about a 14-year-old girl who was criminally "
        "exploited and seriously injured; it found that the risks to her were seen through the lens of her "
        "behaviour rather than her vulnerability. 'Baby S' was about a six-week-old baby with non-accidental "
        "injuries and the way professionals work with fathers. Both reports, and the partners' responses, are "
        "on our website.",
        "Themes across our reviews this year were: professional curiosity; the invisibility of fathers and "
        "other men in the household; children who are not seen; and the need to share information across "
        "local authority boundaries. Learning is shared through 7-minute briefings, learning events, our "
        "podcast and changes to the training programme.",
    ]),

    ("Reports from our subgroups", [
        "<b>Learning and Inquiry.</b> The subgroup met monthly to consider serious incident notifications, "
        "oversee rapid reviews and commission and quality-assure LCSPRs and local learning reviews. It "
        "introduced a standard template for agency chronologies, which has reduced the time taken to gather "
        "information for rapid reviews, and a tracker of every recommendation from reviews so that the "
        "partnership can see which have been completed and what difference they have made.",
        "<b>Quality Assurance.</b> The subgroup ran the audit programme described above, oversaw the section 11 "
        "process and developed a new multi-agency dashboard. It also tested how well partners listen to "
        "children by asking each agency to bring one example of a plan that changed because of what a child "
        "had said.",
        "<b>Workforce Development.</b> As well as the training programme, the subgroup published a "
        "'safeguarding essentials' induction pack for new staff in all agencies, and a set of practice guides "
        "on professional curiosity, escalation and working with fathers.",
        "<b>Child Exploitation.</b> The subgroup oversaw the merger of the exploitation services and led the "
        "partnership's work with businesses and transport operators. It reviewed the use of National Referral "
        "Mechanism referrals and found that they were made in only about half of the cases in which they "
        "would have been appropriate; guidance has been reissued.",
        "<b>Neglect.</b> The subgroup led the refresh of the neglect strategy and the Graded Care Profile "
        "training. It carried out a 'dip sample' of 40 cases to see whether the tool was being used and "
        "whether its results were reflected in plans.",
        "<b>Health Safeguarding.</b> The subgroup brought together designated and named professionals from "
        "across the county's NHS trusts and primary care. It led the 'was not brought' campaign and the work "
        "on bruising in non-mobile babies following the 'Baby S' review.",
    ]),
    ("What our partners did", [
        "<b>Hampshire County Council Children's Services.</b> The Children's Reception Team and the "
        "multi-agency safeguarding hub handled over 63,000 contacts. The service continued to develop the "
        "Hampshire Approach, a strengths-based model of practice, and reduced agency social worker numbers by "
        "a third. Ofsted's focused visit in November found that children at risk of harm are identified "
        "quickly and that management oversight is strong.",
        "<b>Hampshire and Isle of Wight Constabulary.</b> The force created a dedicated online child abuse "
        "investigation team and increased the number of officers trained in trauma-informed interviewing. "
        "Officers attending domestic abuse incidents now record the views of children present in every case.",
        "<b>NHS Hampshire and Isle of Wight ICB.</b> The ICB's safeguarding team supported GP practices to "
        "appoint safeguarding leads in every practice and trained 95% of practice staff to level 3. The ICB "
        "led work with the four acute trusts on children and young people who attend emergency departments "
        "in mental health crisis.",
        "<b>District and borough councils.</b> The eleven district and borough councils contributed through "
        "their housing, licensing and community safety services. Licensing teams trained over 2,000 taxi and "
        "private hire drivers to recognise exploitation.",
        "<b>Probation and youth justice.</b> The Probation Service and Hampshire Youth Offending Team "
        "strengthened the sharing of information about adults who pose a risk to children and about children "
        "who are both victims and perpetrators of harm.",
        "<b>The voluntary and community sector.</b> Over 60 voluntary organisations attended the partnership's "
        "voluntary sector safeguarding forum. The forum helped us reach families who rarely use statutory "
        "services, including Gypsy, Roma and Traveller families and families from the Nepali community in "
        "Rushmoor.",
    ]),
    ("Other safeguarding arrangements", [
        "<b>Allegations against people who work with children.</b> The Local Authority Designated Officer "
        "(LADO) service received 1,512 contacts, of which 602 met the threshold for an allegations management "
        "meeting. The largest groups were education staff and foster carers.",
        "<b>Private fostering.</b> Thirty-one children were known to be privately fostered at some point in the "
        "year. An awareness campaign with schools and language schools was run in the spring.",
        "<b>Child death reviews.</b> The Hampshire, Isle of Wight, Portsmouth and Southampton Child Death "
        "Overview Panel reviewed 89 deaths. Modifiable factors were found in a quarter of them, most often "
        "unsafe sleep and smoking in pregnancy. The safer sleep campaign was relaunched with health visitors "
        "and maternity services.",
    ]),
    ("Case study: working together for a family", [
        "A family with four children moved into Hampshire from another area with a history of neglect and "
        "domestic abuse. Because of the transfer protocol agreed after one of our rapid reviews, the previous "
        "local authority, the school nurse and the GP all shared information within a week of the move. A "
        "single lead professional was appointed, the children started school within ten days, and the mother "
        "was supported to attend a domestic abuse recovery programme. Six months later the children's "
        "attendance is over 95% and the family says it 'finally feels listened to'. This is the kind of "
        "outcome our arrangements are meant to achieve.",
    ]),
    ("Multi-agency training", [
        "The Workforce Development subgroup commissions and quality-assures the multi-agency training "
        "programme. During the year we delivered 176 courses to 4,812 learners, a 12% increase. Around 60% "
        "of courses were delivered online, with face-to-face sessions for the more complex subjects such as "
        "child sexual abuse and the Graded Care Profile.",
        "We introduced new courses on working with fathers, on the impact of poverty, and on adultification "
        "bias. Evaluation three months after attendance showed that 77% of learners had used what they learned "
        "in their practice. Attendance from GP practices and dental practices remains lower than we would "
        "like.",
    ]),
    ("Listening to children", [
        "Children and young people tell us that they want professionals who listen, who explain what is "
        "happening, and who do not keep changing. Our Young Persons' Reference Group of fourteen members aged "
        "12 to 19 met six times during the year. They reviewed our leaflets and our website, contributed to "
        "the design of the 'See the Signs' campaign, and interviewed candidates for the business manager post.",
        "We also heard from children through the Children in Care Council, the Hampshire Youth Parliament and "
        "the young carers' forum, and through the views recorded in multi-agency audits. The voice of the "
        "child was recorded well in 70% of audited cases, but too often children's views were recorded "
        "without any note of how they had changed the plan.",
    ]),
    ("Schools and education", [
        "Hampshire has more than 500 schools, colleges and early years settings. Education is represented on "
        "the Partnership Board by a primary head teacher, a secondary head teacher, a special school head "
        "teacher and the principal of a further education college. The education safeguarding team supports "
        "designated safeguarding leads through termly network meetings, an annual conference and a "
        "safeguarding audit tool completed by 97% of schools.",
        "Schools made 19% of all referrals to children's social care. This year we worked with schools on "
        "three themes: children missing education, attendance as a safeguarding issue, and harmful sexual "
        "behaviour between pupils.",
    ]),
    ("Independent scrutiny", [
        "Independent scrutiny is provided by Professor Jonathan Ashworth-Reeve, who has been the Independent "
        "Scrutineer since 2022. He reports directly to the three safeguarding partners. During the year he "
        "carried out two deep-dive scrutiny reviews, on the front door and on the partnership's response to "
        "harmful sexual behaviour, and chaired a scrutiny session with frontline practitioners.",
        "His challenges for the year ahead are: to demonstrate the impact of the neglect strategy; to increase "
        "the participation of GP practices; to make more use of what children and families say; and to make "
        "sure that learning from reviews is embedded and not just disseminated.",
    ]),
    ("Budget", None),
    ("Priorities for the year ahead", [
        "In the year ahead the partnership will implement the changes required by Working Together to "
        "Safeguard Children 2023, including the new roles of lead and delegated safeguarding partners. We "
        "will keep our four priorities and add a fifth, on children with special educational needs and "
        "disabilities. Our next annual report will be published in the autumn.",
    ]),
]


def hampshire():
    name = out("hscp-annual-report-2023-24.pdf")
    w, h = A4
    margin = 16 * mm
    gap = 7 * mm
    colw = (w - 2 * margin - gap) / 2

    def decorate(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#5b2a86"))
        c.setFont("Helvetica", 7.5)
        c.drawString(margin, h - 10 * mm, "Hampshire Safeguarding Children Partnership")
        c.drawRightString(w - margin, h - 10 * mm, "Annual Report 2023\u201324")
        c.setStrokeColor(colors.HexColor("#5b2a86"))
        c.line(margin, h - 11.5 * mm, w - margin, h - 11.5 * mm)
        c.drawString(margin, 9 * mm, "www.hampshirescp.org.uk")
        c.drawRightString(w - margin, 9 * mm, "%d" % doc.page)
        c.restoreState()

    def cover(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#5b2a86"))
        c.rect(0, h - 95 * mm, w, 95 * mm, fill=1, stroke=0)
        c.restoreState()

    doc = BaseDocTemplate(name, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=16 * mm,
                          bottomMargin=15 * mm, title="HSCP Annual Report 2023-24",
                          author="Hampshire Safeguarding Children Partnership", invariant=1)
    cover_frame = Frame(margin, 15 * mm, w - 2 * margin, h - 30 * mm, id="cover")
    left = Frame(margin, 14 * mm, colw, h - 30 * mm, id="left")
    right = Frame(margin + colw + gap, 14 * mm, colw, h - 30 * mm, id="right")
    doc.addPageTemplates([PageTemplate("cover", [cover_frame], onPage=cover),
                          PageTemplate("twocol", [left, right], onPage=decorate)])
    white = ParagraphStyle("white", parent=H1, textColor=colors.white, fontSize=26, leading=31)
    whites = ParagraphStyle("whites", parent=BODY, textColor=colors.white, fontSize=13, leading=17)
    story = [Spacer(1, 18 * mm), P("Hampshire Safeguarding Children Partnership", white),
             P("Annual Report 2023\u201324", white),
             P("1 April 2023 to 31 March 2024", whites), Spacer(1, 40 * mm),
             P("<b>Published:</b> 4 October 2024", BODY),
             P("This report is available at https://www.hampshirescp.org.uk/about-the-hscp/annual-report-2023-24/", BODY),
             P("If you would like this report in another format or language, please contact the HSCP business unit.", SMALL),
             Spacer(1, 8 * mm), P("Contents", H2)]
    for i, (head, _) in enumerate(HANTS, 1):
        story.append(P("%d. %s" % (i, head), BODY))
    story += [NextPageTemplate("twocol"), PageBreak()]
    nums = table([["Measure", "2022\u201323", "2023\u201324"],
                  ["Contacts to the Children's Reception Team", "61,204", "63,890"],
                  ["Referrals to children's social care", "15,102", "14,776"],
                  ["Child and family assessments completed", "14,390", "14,612"],
                  ["Children subject to a child protection plan (31 March)", "1,158", "1,094"],
                  ["Children looked after (31 March)", "1,640", "1,702"],
                  ["Early help assessments", "9,410", "10,238"],
                  ["Missing episodes reported to police", "3,880", "3,615"],
                  ["Operation Encompass notifications", "8,214", "8,902"],
                  ["Serious incident notifications", "7", "9"],
                  ["Learners on HSCP training", "4,296", "4,812"]],
                 [colw * 0.56, colw * 0.22, colw * 0.22])
    budget = table([["Income", "\u00a3"],
                    ["Hampshire County Council", "412,000"],
                    ["Hampshire and Isle of Wight Constabulary", "118,500"],
                    ["NHS Hampshire and Isle of Wight ICB", "206,000"],
                    ["Training income", "41,200"],
                    ["Total income", "777,700"],
                    ["Expenditure", "\u00a3"],
                    ["Business unit staffing", "431,000"],
                    ["Independent scrutiny", "38,000"],
                    ["Training programme", "162,500"],
                    ["Reviews (LCSPRs and learning reviews)", "96,000"],
                    ["Procedures, website and communications", "27,400"],
                    ["Total expenditure", "754,900"]],
                   [colw * 0.7, colw * 0.3])
    quote = ParagraphStyle("quote", parent=BODY, fontName="Helvetica-Oblique", fontSize=13, leading=17,
                           textColor=colors.HexColor("#5b2a86"), spaceBefore=10, spaceAfter=10)
    quotes = ["“Ask me what I think before you decide.” – member of the Young Persons' Reference Group",
              "“It felt like someone was finally joining the dots.” – a parent",
              "“The training changed how I record what children tell me.” – a school nurse"]
    for i, (head, paras) in enumerate(HANTS, 1):
        if i > 1:
            story.append(FrameBreak())
        story.append(P("%d. %s" % (i, head), H1))
        if i % 4 == 2:
            story.append(P(quotes[(i // 4) % 3], quote))
        if head == "Our year in numbers":
            story += [P("The figures below are for Hampshire County Council's area. Figures for the previous "
                        "year are given for comparison.", BODY), nums, Spacer(1, 4)]
            continue
        if head == "Budget":
            story += [P("The partnership is funded by contributions from the three safeguarding partners, agreed "
                        "each year, and by charges for training places to organisations outside the partnership. "
                        "Income and spending for the year were as follows.", BODY), budget, Spacer(1, 4),
                      P("The small underspend has been carried forward to meet the cost of the LCSPRs that were "
                        "still in progress at the end of the year.", BODY)]
            continue
        for t in paras:
            story.append(P(t, BODY))
    doc.build(story)
    finish_pdf(name, "2024-10-04", "Adobe PDF Library 17.0", "Adobe InDesign 19.4 (Windows)",
               "HSCP Annual Report 2023-24", "Hampshire Safeguarding Children Partnership")


# ------------------------------------------------------------ Medway

def medway():
    name = out("medway-scp-rapid-review-child-ruby.pdf")
    w, h = A4

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(w / 2, h - 10 * mm, "OFFICIAL-SENSITIVE")
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, 9 * mm, "Medway Safeguarding Children Partnership \u2013 Rapid Review")
        c.drawRightString(w - 18 * mm, 9 * mm, "Page %d" % doc.page)
        c.restoreState()

    doc = BaseDocTemplate(name, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                          bottomMargin=16 * mm, invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(18 * mm, 16 * mm, w - 36 * mm, h - 34 * mm)], onPage=deco)])
    cw = w - 36 * mm
    story = [P("Medway Safeguarding Children Partnership", H1), P("Rapid Review \u2013 Child 'Ruby'", H2)]
    story.append(table([
        ["Name of safeguarding partnership", "Medway Safeguarding Children Partnership (MSCP)"],
        ["Child", "Child 'Ruby', aged 7"],
        ["SIN reference", "2025/0844"],
        ["SIN date", "9 Jun 2025"],
        ["Date of incident", "6 Jun 2025"],
        ["Rapid review meeting", "23 Jun 2025"],
        ["Date completed", "26 Jun 2025"],
        ["Chair", "MSCP Independent Chair of the Case Review Group"],
    ], [cw * 0.38, cw * 0.62], header=False))
    story.append(Spacer(1, 6))
    sections = [
        ("Summary of the incident", [
            "Ruby was admitted to Medway Maritime Hospital with burns to her hands and feet. She told a nurse that "
            "her mother's boyfriend had held her hands under the hot tap as a punishment. Kent Police arrested the "
            "boyfriend, who has been charged. Ruby's mother has been released under investigation. Ruby and her "
            "baby half-brother are living with their maternal grandparents in Gillingham under an interim care "
            "order."]),
        ("Agencies involved", None),
        ("Immediate actions taken", [
            "Strategy meeting held on 6 Jun 2025 and section 47 enquiries completed for both children.",
            "Medway Council sought an interim care order, granted on 13 Jun 2025.",
            "Ruby's school has a support plan in place and has been told what it can share with other parents.",
            "Kent Police shared information about the boyfriend's previous partner and her children with the "
            "local authority where they live."]),
        ("Learning identified", [
            "Ruby told a teaching assistant in May that she was 'scared of' the boyfriend. This was recorded on the "
            "school system but not passed to the designated safeguarding lead for eight days, by which time it had "
            "been judged not to need a referral.",
            "The boyfriend had a conviction for assaulting a previous partner's child. Medway Children's Services "
            "did not know he had moved in because no agency had asked who lived in the home.",
            "Ruby's voice was clear but was not acted on. Professionals focused on her mother's account."]),
        ("Decision on an LCSPR", [
            "The Medway safeguarding partners (Medway Council, Kent Police and NHS Kent and Medway Integrated Care "
            "Board) agreed that the criteria for a local child safeguarding practice review are not met. The "
            "learning is already understood and will be addressed through a single-agency review by the school "
            "and a multi-agency practice learning event."]),
        ("National review", [
            "The partnership does not consider that this case is appropriate for a national review."]),
    ]
    for head, paras in sections:
        story.append(P(head, H2))
        if paras is None:
            story.append(table([
                ["Agency", "Involvement"],
                ["Medway Council Children's Services", "Single assessment in 2023 after a domestic incident; closed with no further action."],
                ["Kent Police", "Domestic incident 2023; boyfriend known for previous offences in another area."],
                ["Medway NHS Foundation Trust", "Treatment of burns; earlier attendance with a sprained wrist."],
                ["Medway Community Healthcare (health visiting / school nursing)", "Baby's new birth visit; no concerns noted about Ruby."],
                ["Primary school", "Ruby's disclosure of fear in May 2025."],
                ["NHS Kent and Medway ICB (GP)", "Registered; no recent contact."],
            ], [cw * 0.4, cw * 0.6]))
            continue
        for t in paras:
            story.append(P(t, BODY))
    doc.build(story)
    finish_pdf(name, "2025-06-26", "Microsoft: Print To PDF", "", "Rapid Review - Child Ruby", "")


# ------------------------------------------------------------ Hull

def hull():
    name = out("hull-scp-7-minute-briefing-harley.pdf")
    w, h = A4
    doc = BaseDocTemplate(name, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                          bottomMargin=14 * mm, invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(14 * mm, 14 * mm, w - 28 * mm, h - 28 * mm)])])
    cw = (w - 28 * mm) / 2
    title = ParagraphStyle("t", parent=H1, alignment=TA_CENTER, fontSize=20, leading=24, textColor=colors.HexColor("#00695c"))
    boxh = ParagraphStyle("bh", parent=H2, textColor=colors.HexColor("#00695c"))
    boxes = [
        ("1. Background", "This briefing summarises the learning from a local child safeguarding practice review "
         "about a 15-year-old boy we call Harley, who was seriously injured after being pushed from a bridge. "
         "Harley had been criminally exploited for over a year."),
        ("2. Why it matters", "Across Hull, more children are being drawn into county lines and local drug supply. "
         "Many of them, like Harley, are out of school and known to several agencies at once."),
        ("3. What the review found", "Harley's school exclusion removed the one place where adults saw him every "
         "day. Concerns were shared but each agency waited for another to act. Harley's mother asked for help "
         "and was told it was 'a police matter'."),
        ("4. Harley's voice", "Harley told the reviewer: 'Everyone knew what was going on. Nobody did anything "
         "until I got hurt.'"),
        ("5. What good looks like", "A named lead professional; a contextual safeguarding plan that looks at "
         "places and peer groups, not just the family; and persistent, creative engagement with the young person."),
        ("6. Questions for you and your team", "Do you know which children you work with are out of school? "
         "When did you last escalate a concern that was not being acted on? How do you support parents who are "
         "frightened for their child?"),
        ("7. Where to find out more", "The full review, the partnership's response and the exploitation "
         "pathway are on the Hull Safeguarding Children Partnership website, www.hullscp.co.uk. Book onto the "
         "exploitation course through the training portal."),
    ]
    cells = [[P("<b>%s</b>" % t, boxh), P(b, BODY)] for t, b in boxes]
    rows = []
    for i in range(0, 6, 2):
        rows.append([cells[i], cells[i + 1]])
    rows.append([cells[6], [P("<b>Hull Safeguarding Children Partnership</b>", boxh),
                            P("Share this briefing in a team meeting. It should take about seven minutes.", BODY)]])
    t = Table(rows, colWidths=[cw, cw])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#00695c")),
                           ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.HexColor("#00695c")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    story = [P("7 Minute Briefing", title),
             P("Learning from the local child safeguarding practice review 'Harley'", ParagraphStyle("s", parent=H2, alignment=TA_CENTER)),
             P("Hull Safeguarding Children Partnership \u2013 March 2025", ParagraphStyle("c", parent=BODY, alignment=TA_CENTER)),
             Spacer(1, 6), t]
    doc.build(story)
    finish_pdf(name, "2025-03-24", "Canva", "Canva", "7 Minute Briefing - Harley", "")


if __name__ == "__main__":
    hampshire()
    medway()
    hull()

"""Nine yearly reports."""
import datetime as dt
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, FrameBreak

import lib
from lib import para, table, page_break

D = dt.date


def h1(d, text, level):
    page_break(d)
    d.add_heading(text, level)


def wiltshire():
    when = D(2025, 9, 26)
    d = lib.new_docx("WSVPP Business Unit", when, "Annual Report 2024-25")
    lib.header_footer(d, "Wiltshire Safeguarding Vulnerable People Partnership  |  Children's Annual Report 2024-25",
                      "OFFICIAL  |  Children's Annual Report")
    para(d, "Wiltshire Safeguarding Vulnerable People Partnership", bold=True, size=20, center=True)
    para(d, "Children's Annual Report", bold=True, size=28, center=True)
    para(d, "Reporting period: 1st April 2024 – 31st March 2025", size=14, center=True)
    para(d, "Date of publication: 26th September 2025", size=12, center=True)
    para(d, "This report can be read online at https://www.wiltshire.gov.uk/wsvpp-annual-report-2024-25", size=10, center=True)
    page_break(d)
    para(d, "Contents", bold=True, size=16)
    for line in ["Foreword from the safeguarding partners ........ 3",
                 "1  What we did across the year ........ 4",
                 "2  Is it making a difference? ........ 5",
                 "3  Rapid reviews and local child safeguarding practice reviews ........ 6",
                 "4  Listening to children and young people ........ 7",
                 "5  Schools, colleges and early years ........ 8",
                 "6  Multi-agency learning and development ........ 9",
                 "7  Independent scrutiny ........ 10",
                 "8  Budget and partner contributions ........ 11",
                 "9  Looking ahead to 2025-26 ........ 12"]:
        para(d, line)
    h1(d, "Foreword from the safeguarding partners", 1)
    para(d, "This is the sixth yearly report of our partnership and the first written since the lead safeguarding "
            "partners for Wiltshire – the Chief Executive of Wiltshire Council, the Chief Constable of Wiltshire "
            "Police and the Chief Executive of NHS Bath and North East Somerset, Swindon and Wiltshire Integrated "
            "Care Board – agreed our revised arrangements. It sets out plainly what we did, what changed for "
            "children and families, and where we still fall short.")
    para(d, "We want every reader, whether a practitioner in a GP surgery or a parent in Trowbridge, to be able "
            "to see how the money and time partners put in turns into safer lives for children.")
    h1(d, "1  What we did across the year", 1)
    para(d, "Our three priorities for the year were neglect, children at risk of exploitation outside the home, "
            "and the safety of babies under one. Each priority has a sub-group chaired by a senior manager from a "
            "different agency, and each reported to the Executive four times.")
    para(d, "Against neglect we rolled out the Graded Care Profile 2 across health visiting and early help, with "
            "412 assessments completed, up from 96 the year before. The exploitation sub-group rebuilt the "
            "return home interview pathway with the police missing persons team so that 87% of interviews now "
            "happen within 72 hours. For babies we ran the 'Calm, Cuddle, Care' campaign on infant crying in "
            "every maternity unit serving the county and launched a pre-birth assessment protocol.")
    para(d, "Beyond the priorities, partners rewrote the threshold document, merged two front door screening "
            "teams into a single multi-agency safeguarding hub rota, and held a joint practice week in Salisbury "
            "attended by 230 staff.")
    table(d, [["Measure", "2023-24", "2024-25"],
              ["Contacts to the front door", "19,870", "20,415"],
              ["Strategy discussions", "2,104", "2,366"],
              ["Children subject to a child protection plan at 31 March", "402", "371"],
              ["Graded Care Profile 2 assessments", "96", "412"]])
    h1(d, "2  Is it making a difference?", 1)
    para(d, "We judge how effective our arrangements are through a quarterly data set, four multi-agency audits "
            "a year, practitioner surveys and what children and parents tell us. This year's audits looked at "
            "neglect, domestic abuse notifications to schools, children missing from education and pre-birth "
            "planning.")
    para(d, "The neglect audit found clear improvement: 14 of the 18 cases reviewed showed a shared understanding "
            "of the child's daily lived experience, compared with 7 of 18 in the baseline audit. The pre-birth "
            "audit was less positive; in a third of cases midwifery information reached children's social care "
            "too late to shape the plan, so we have made it a priority for next year.")
    para(d, "Overall we judge the arrangements to be effective with two areas requiring improvement: timeliness "
            "of health information at the point of referral and consistent use of the escalation policy.")
    h1(d, "3  Rapid reviews and local child safeguarding practice reviews", 1)
    para(d, "Five serious incident notifications were made to the Child Safeguarding Practice Review Panel during "
            "the year. A rapid review was held for each within the 15 working days the guidance sets. Two led to a "
            "decision to commission a local child safeguarding practice review; in the other three the partners "
            "agreed the learning was already understood and could be taken forward through action plans.")
    para(d, "One local child safeguarding practice review, concerning Child W, was completed and published in "
            "February 2025. Its findings on fathers being unseen by services shaped the 'Think Dad' briefing now "
            "used in every agency induction. A second review remains in progress and will report in the autumn.")
    h1(d, "4  Listening to children and young people", 1)
    para(d, "The Wiltshire Youth Safeguarding Forum met eight times. Young people co-designed the exploitation "
            "awareness posters, sat on the interview panel for our new business manager and told the Executive "
            "directly in January that they feel safest when adults explain what happens next. The voice of the "
            "child is now a standing item in every multi-agency audit tool.")
    h1(d, "5  Schools, colleges and early years", 1)
    para(d, "Education is represented on the Executive by a headteacher nominated by the Wiltshire Association of "
            "Secondary Heads. Designated safeguarding leads from 241 schools attended termly network meetings, "
            "and the section 175 audit had a 98% return. Early years settings took part in the neglect priority "
            "for the first time.")
    h1(d, "6  Multi-agency learning and development", 1)
    para(d, "The partnership training offer delivered 64 courses to 1,918 practitioners, from introductory "
            "safeguarding to working with resistant families. Evaluation three months after attendance showed "
            "81% of respondents had changed something in their practice.")
    h1(d, "7  Independent scrutiny", 1)
    para(d, "Our independent scrutineer, Dr Helen Marsh, attended the Executive, reviewed the rapid review "
            "process and interviewed frontline staff. Her report in March 2025 recognised strong partner "
            "commitment and challenged us to make the data set more outcome focused. We accepted all six of "
            "her recommendations.")
    h1(d, "8  Budget and partner contributions", 1)
    table(d, [["Contributor", "Amount"],
              ["Wiltshire Council", "£187,400"],
              ["Wiltshire Police", "£61,200"],
              ["NHS BSW Integrated Care Board", "£91,850"],
              ["Total", "£340,450"]])
    para(d, "Spending covered the business unit, independent scrutiny, the training programme and the cost of "
            "practice reviews. An underspend of £6,300 was carried forward.")
    h1(d, "9  Looking ahead to 2025-26", 1)
    para(d, "Next year we will keep neglect and exploitation as priorities, replace safety of babies with "
            "information sharing at the point of referral, and publish a shorter summary of this report for "
            "children and young people.")
    p = os.path.join(lib.BUILD, "wiltshire-annual-report-2024-25.docx")
    os.makedirs(lib.BUILD, exist_ok=True)
    buf = __import__("io").BytesIO()
    d.save(buf)
    lib.rezip(buf.getvalue(), p, when)
    lib.word_export(p, "yearly-report-word-export-wiltshire-2024-25.pdf", when)


def cumbria():
    when = D(2025, 9, 30)
    d = lib.new_docx("CSCP", when, "CSCP Annual Report")
    lib.header_footer(d, "Cumbria Safeguarding Children Partnership — Annual Report",
                      "Cumberland  •  Westmorland and Furness")
    para(d, "Cumbria Safeguarding Children Partnership", bold=True, size=22)
    para(d, "Annual Report", bold=True, size=30)
    para(d, "covering 1 April 2024 to 31 March 2025", size=14)
    para(d, "Published", size=12)
    para(d, "September 30, 2025", size=12)
    page_break(d)
    para(d, "Contents", bold=True, size=16)
    for line in ["Introduction\t2", "Two councils, one partnership\t2", "Our work this year\t3",
                 "How effective have we been?\t5", "Learning from serious incidents\t6",
                 "What children told us\t7", "Working with schools\t7", "Workforce development\t8",
                 "Independent scrutiny\t8", "Finance\t9"]:
        para(d, line)
    page_break(d)
    d.add_heading("Introduction", 1)
    para(d, "Welcome to the annual report of the Cumbria Safeguarding Children Partnership. Since the county "
            "council was replaced in April 2023 the partnership has served two unitary councils, Cumberland Council "
            "and Westmorland and Furness Council, together with Cumbria Constabulary and the two integrated care "
            "boards whose footprints meet in our area: NHS North East and North Cumbria and NHS Lancashire and "
            "South Cumbria.")
    d.add_heading("Two councils, one partnership", 2)
    para(d, "Keeping one partnership across two councils has let us hold one set of procedures, one training "
            "offer and one review process for practitioners who often cross the boundary between Carlisle and "
            "Kendal in a single working day.")
    d.add_heading("Our work this year", 1)
    para(d, "The business plan had four strands: child sexual abuse within the family, neglect in rural "
            "communities, transitions to adulthood, and the safety of children online. Highlights included:")
    for b in ["a new child sexual abuse practice guide and champions network in 31 teams;",
              "a rural neglect toolkit tested with farming support charities in the Eden valley;",
              "a joint protocol with adult services for 17 to 18 year olds open to children's social care;",
              "an online safety week reaching 11,000 pupils across both council areas."]:
        para(d, b, style="List Bullet")
    para(d, "Partners also completed the move to a single multi-agency safeguarding hub hosted in Penrith, "
            "which now screens all police child protection referrals within 24 hours.")
    d.add_heading("How effective have we been?", 1)
    para(d, "The Performance and Quality Assurance Group scrutinises a shared data set each quarter. "
            "Re-referrals within 12 months fell from 24% to 19%. Audit of 40 strategy discussions found health "
            "attendance had risen to 78%, though education attendance stayed below half. We conclude that the "
            "arrangements are working well at the front door and need strengthening in long-term planning for "
            "neglected children.")
    d.add_heading("Learning from serious incidents", 1)
    para(d, "Six notifications were made to the national Panel. All six rapid reviews met the 15 working day "
            "timescale. Two local child safeguarding practice reviews were commissioned, one of which (Sibling "
            "Group B) was published in December 2024; the other is due to conclude next summer. Learning from "
            "Sibling Group B about cumulative harm has been turned into a seven-minute briefing and a podcast.")
    d.add_heading("What children told us", 1)
    para(d, "Through the Children in Care Council and school councils we heard from 320 children. They asked "
            "for workers who stay, for fewer repeated questions and for help that reaches villages as well as "
            "towns. Their words opened every Executive meeting this year.")
    d.add_heading("Working with schools", 1)
    para(d, "Both councils' education services sit on the Education Safeguarding Group. The annual safeguarding "
            "audit of schools had a 94% return and the designated safeguarding lead network met six times.")
    d.add_heading("Workforce development", 1)
    para(d, "The partnership delivered 52 multi-agency training sessions to 1,460 staff, with e-learning "
            "completed by a further 3,100.")
    d.add_heading("Independent scrutiny", 1)
    para(d, "An independent scrutineer appointed jointly by the partners challenged the Executive on the "
            "quality of our data and led a practitioner survey of 280 respondents.")
    d.add_heading("Finance", 1)
    table(d, [["Source", "Contribution"],
              ["Cumberland Council", "£142,000"],
              ["Westmorland and Furness Council", "£138,000"],
              ["Cumbria Constabulary", "£70,000"],
              ["NHS North East and North Cumbria ICB", "£64,000"],
              ["NHS Lancashire and South Cumbria ICB", "£58,000"]])
    p = os.path.join(lib.BUILD, "cscp-annual-report.docx")
    os.makedirs(lib.BUILD, exist_ok=True)
    buf = __import__("io").BytesIO()
    d.save(buf)
    lib.rezip(buf.getvalue(), p, when)
    lib.word_export(p, "yearly-report-word-export-cumbria-published-late.pdf", when)


def stoke():
    when = D(2025, 10, 30)
    path = lib.out("yearly-report-two-column-stoke-on-trent-2024-25.pdf")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9, leading=11.5)
    h = ParagraphStyle("h", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
    title = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=18)
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title="SSCP Yearly Report", author="SSCP")
    W, H = A4
    top = Frame(15 * mm, H - 60 * mm, W - 30 * mm, 45 * mm, id="top")
    colw = (W - 30 * mm - 8 * mm) / 2
    left1 = Frame(15 * mm, 18 * mm, colw, H - 80 * mm, id="l1")
    right1 = Frame(15 * mm + colw + 8 * mm, 18 * mm, colw, H - 80 * mm, id="r1")
    left = Frame(15 * mm, 18 * mm, colw, H - 36 * mm, id="l")
    right = Frame(15 * mm + colw + 8 * mm, 18 * mm, colw, H - 36 * mm, id="r")

    def deco(c, _d):
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, 10 * mm, "Stoke-on-Trent Safeguarding Children Partnership · Yearly Report")
        c.drawRightString(W - 15 * mm, 10 * mm, "%d" % c.getPageNumber())

    doc.addPageTemplates([PageTemplate("first", [top, left1, right1], onPage=deco, autoNextPageTemplate="rest"),
                          PageTemplate("rest", [left, right], onPage=deco)])
    s = [Paragraph("Stoke-on-Trent Safeguarding Children Partnership", title),
         Paragraph("Yearly Report: April 2024 to March 2025", ss["Heading2"]),
         Paragraph("Published Thursday 30th October 2025", body), FrameBreak()]
    sections = [
        ("A word from our partners", [
            "Stoke-on-Trent City Council, Staffordshire Police and NHS Staffordshire and Stoke-on-Trent "
            "Integrated Care Board share equal responsibility for keeping children in the city safe. This report "
            "tells the story of the last reporting year and is written for practitioners, families and the "
            "people who hold us to account."]),
        ("Priorities and activity", [
            "We set three priorities: tackling neglect, reducing harm from domestic abuse, and safeguarding "
            "adolescents. Partners launched a domestic abuse notification scheme so that schools hear about "
            "police call-outs before the next school day; 3,940 notifications were sent.",
            "The adolescent safety group mapped exploitation hotspots with community safety colleagues and ran "
            "twelve joint operations. The neglect strategy was refreshed with families who had experience of "
            "child protection plans."]),
        ("Does it work? Our assessment of effectiveness", [
            "Our quality assurance framework combines data, audit and frontline voice. Multi-agency audits this "
            "year examined 64 cases. Information sharing at strategy meetings was rated good or better in 71% "
            "of cases, up from 58%. We judge the arrangements effective, with more to do on the timeliness of "
            "initial health assessments for children coming into care."]),
        ("Serious incidents and what we learned", [
            "Four serious incident notifications were made. Rapid reviews were completed for each and shared "
            "with the national Panel on time. One led to a local child safeguarding practice review into the "
            "death of an infant, which will be published next year. Learning about safe sleep and co-sleeping "
            "with alcohol has already been shared through briefings and GP practice meetings."]),
        ("Hearing children", [
            "Members of the Stoke Youth Council reviewed our exploitation leaflet and told us it used too many "
            "acronyms. The rewritten version was launched by young people at the city's youth summit. Every "
            "audit now starts by asking what the child would say about the help they received."]),
        ("Education settings", [
            "Schools are a named relevant agency. The education safeguarding lead chairs a termly forum of "
            "designated safeguarding leads, and 100% of maintained schools and academies returned the section "
            "175 self-assessment."]),
        ("Training the workforce", [
            "The partnership ran 41 multi-agency courses attended by 1,120 practitioners, including new "
            "sessions on professional curiosity and working with interpreters."]),
        ("Independent scrutiny", [
            "Our independent scrutineer attended all Executive meetings, observed two rapid reviews and "
            "reported to the lead partners in March, recommending a clearer route for frontline staff to raise "
            "concerns about the partnership itself."]),
        ("Resources", [
            "The partnership budget was £298,600: the City Council contributed £152,300, the Integrated Care "
            "Board £89,100 and Staffordshire Police £57,200."]),
    ]
    for head, paras in sections:
        s.append(Paragraph(head, h))
        for p in paras:
            s.append(Paragraph(p, body))
            s.append(Spacer(1, 3))
    doc.build(s)
    lib.pdf_dates(path, when)


def oldham():
    when = D(2025, 12, 15)
    d = lib.new_docx("Oldham Safeguarding Children Partnership", when, "Yearly report")
    para(d, "OLDHAM SAFEGUARDING CHILDREN PARTNERSHIP", bold=True, size=16)
    para(d, "Yearly report of the safeguarding partners", bold=True, size=22)
    table(d, [["Reporting year", "01/04/2024 – 31/03/2025"],
              ["Date published", "15.12.25"],
              ["Approved by", "Oldham Council, Greater Manchester Police and NHS Greater Manchester Integrated Care"]],
          header=False)
    d.add_heading("1. Our year", 1)
    para(d, "1.1 It has been a year of steady rebuilding. We finished moving every agency onto the Greater "
            "Manchester safeguarding procedures, reopened the early help hub in Failsworth and held our first "
            "partnership conference since 2019.")
    para(d, "1.2 Our three shared priorities were contextual safeguarding, neglect and the safety of children "
            "with special educational needs and disabilities.")
    d.add_heading("2. What partners delivered", 1)
    para(d, "2.1 Oldham Council's children's services opened a family help front door with police and health "
            "staff sitting together four days a week.")
    para(d, "2.2 Greater Manchester Police created a dedicated child exploitation team for the Oldham district "
            "and carried out 58 disruption orders.")
    para(d, "2.3 NHS Greater Manchester's Oldham locality trained every GP practice safeguarding lead in "
            "recognising neglect in children with disabilities and introduced a flag for was-not-brought "
            "appointments.")
    d.add_heading("3. Are children safer?", 1)
    para(d, "3.1 We measure our effectiveness against a small set of outcomes agreed with the lead partners. "
            "The number of children on a plan for neglect for more than two years halved, and 88% of children "
            "seen in the front door got a decision within one working day.")
    para(d, "3.2 Our audits tell a mixed story: good partnership working for children at risk of exploitation, "
            "weaker planning for disabled children whose needs are mainly met by health. We rate our "
            "arrangements as effective but not yet consistently good.")
    d.add_heading("4. When things went wrong", 1)
    para(d, "4.1 We notified the national Panel of three serious incidents and completed three rapid reviews. "
            "One led to a local child safeguarding practice review (Child H), commissioned in November 2024 and "
            "published in August 2025. The others were closed with single-agency actions.")
    para(d, "4.2 The main lesson from Child H was that professionals did not share a picture of the home. We "
            "responded with a home conditions tool and a practitioner learning event for 190 staff.")
    d.add_heading("5. What young people said", 1)
    para(d, "5.1 The Oldham Youth Council ran a survey of 1,050 secondary pupils about feeling safe in town "
            "centres and on buses. Their findings went straight into the transport safety plan and young "
            "people presented them to the partners in person.")
    d.add_heading("6. Schools", 1)
    para(d, "6.1 Schools and colleges are partners in all our priorities. The Education Safeguarding Forum meets "
            "half-termly and every school completed the safeguarding audit.")
    d.add_heading("7. Courses and learning", 1)
    para(d, "7.1 We ran 38 multi-agency training courses and 12 bite-size briefings; 1,340 places were taken up.")
    d.add_heading("8. Outside eyes", 1)
    para(d, "8.1 Our independent scrutineer tested the partnership through a peer challenge day with Rochdale "
            "and observed the front door. Her recommendations are tracked by the Executive.")
    d.add_heading("9. Money", 1)
    para(d, "9.1 Where the money came from:")
    table(d, [["Partner", "Contribution"],
              ["Oldham Council", "£165,000"],
              ["Greater Manchester Police", "£48,500"],
              ["NHS Greater Manchester (Oldham)", "£82,500"]])
    para(d, "9.2 Most of the budget pays for the business unit, training and reviews.")
    lib.save_docx(d, "yearly-report-numbered-sections-oldham-2024-25.docx", when)


def trafford():
    when = D(2025, 11, 12)
    d = lib.new_docx("TSCP", when, "Annual Report")
    para(d, "Trafford Safeguarding Children Partnership", bold=True, size=18)
    para(d, "Annual Report", bold=True, size=26)
    para(d, "Published 12 November 2025", italic=True)
    d.add_heading("Introduction from the partners", 1)
    para(d, "Trafford Council, Greater Manchester Police and NHS Greater Manchester Integrated Care present this "
            "report on the partnership's work. It draws on our data, audits and the views of children.")
    d.add_heading("What we have done", 1)
    para(d, "We focused on three things: neglect, exploitation and early help. We introduced a neglect screening "
            "tool across universal services, set up a weekly exploitation panel, and expanded family hubs to "
            "Partington and Stretford.")
    d.add_heading("How well it worked", 1)
    para(d, "Our multi-agency audits show improvement in the quality of child protection plans; 72% were rated "
            "good, up from 55%. We judge the arrangements effective, with early help still too reliant on "
            "schools to make referrals.")
    d.add_heading("Rapid reviews and practice reviews", 1)
    para(d, "Two serious incidents were notified to the Panel and both rapid reviews were completed on time. "
            "One local child safeguarding practice review is under way; its learning will be published when it "
            "concludes.")
    d.add_heading("Children's voices", 1)
    para(d, "The Trafford Youth Cabinet helped write our exploitation campaign and asked that every plan be "
            "shared with the young person in words they understand.")
    d.add_heading("Education", 1)
    para(d, "Headteachers from primary and secondary phases sit on the partnership board and the designated "
            "safeguarding lead network met each term.")
    d.add_heading("Training", 1)
    para(d, "We delivered 29 multi-agency courses to 840 practitioners.")
    d.add_heading("Scrutiny", 1)
    para(d, "An independent scrutineer reviewed our front door and reported her findings to the partners.")
    d.add_heading("Funding", 1)
    table(d, [["Partner", "Contribution"], ["Trafford Council", "£121,000"],
              ["Greater Manchester Police", "£38,000"], ["NHS Greater Manchester", "£61,000"]])
    lib.save_docx(d, "yearly-report-trafford-no-reporting-period.docx", when)


def croydon():
    when = D(2025, 10, 10)
    d = lib.new_docx("CSCP business office", when, "Annual report 2024-25")
    lib.header_footer(d, "Croydon Safeguarding Children Partnership", "Annual report 2024-25", page_numbers=False)
    para(d, "Croydon Safeguarding Children Partnership Annual Report", bold=True, size=20)
    table(d, [["Period covered", "1 April 2024 to 31 March 2025"], ["Published", "10 October 2025"]], header=False)
    d.add_heading("Foreword", 1)
    para(d, "The London Borough of Croydon, the Metropolitan Police South Area Basic Command Unit and NHS South "
            "West London Integrated Care Board are pleased to share this annual report.")
    d.add_heading("Our activity", 1)
    para(d, "Partners delivered a youth safety strategy with the violence reduction network, opened two new "
            "family hubs in Thornton Heath and New Addington, and piloted a health navigator in the front door.")
    para(d, "The partnership also refreshed its escalation protocol and published a multi-agency neglect "
            "strategy.")
    d.add_heading("Impact and effectiveness", 1)
    para(d, "Audits across the year found good management oversight in 68% of cases, up from 51%. What we "
            "learned from the audits went out to staff as bite-size learning briefings. Feedback "
            "from 400 practitioners showed growing confidence in the threshold document. We assess the "
            "arrangements as effective in most areas.")
    d.add_heading("Voice of children and young people", 1)
    para(d, "Croydon Youth Assembly members tested our youth safety strategy and interviewed the partners at a "
            "public event in March.")
    d.add_heading("Education", 1)
    para(d, "All secondary schools took part in the safer schools partnership with the police and 97% of "
            "schools returned the safeguarding audit.")
    d.add_heading("Training", 1)
    para(d, "1,230 practitioners attended 45 partnership courses.")
    d.add_heading("Independent scrutiny", 1)
    para(d, "Our independent scrutineer held three challenge sessions with the partners and reported to the "
            "Executive.")
    d.add_heading("Budget", 1)
    table(d, [["Partner", "£"], ["London Borough of Croydon", "210,000"], ["Metropolitan Police", "5,000"],
              ["NHS South West London ICB", "90,000"]])
    lib.save_docx(d, "yearly-report-croydon-2024-25-nothing-on-reviews.docx", when)


def milton_keynes():
    when = D(2025, 9, 12)
    d = lib.new_docx("MKSCP", when, "MK Together annual report")
    para(d, "Milton Keynes Safeguarding Children Partnership", bold=True, size=18)
    para(d, "Annual Report for the reporting year 2024-04-01 to 2025-03-31", bold=True, size=14)
    para(d, "Publication date: 30 Sept 2025", bold=True)
    d.add_heading("Who we are", 1)
    para(d, "The lead safeguarding partners are the Chief Executive of Milton Keynes City Council, the Chief "
            "Constable of Thames Valley Police and the Chief Executive of NHS Bedfordshire, Luton and Milton "
            "Keynes Integrated Care Board.")
    d.add_heading("The year in summary", 1)
    para(d, "Our work concentrated on child exploitation, neglect and safer sleep. We launched a safer sleep "
            "pledge signed by every maternity and health visiting team, set up a monthly exploitation "
            "operational group and rewrote our neglect toolkit.")
    d.add_heading("Effectiveness", 1)
    para(d, "Audit and performance data show that arrangements are effective. Timeliness of strategy "
            "discussions improved to 92% within one working day; audit of 30 child in need plans found partner "
            "contributions recorded in 80%.")
    d.add_heading("Reviews", 1)
    para(d, "Three rapid reviews were held, and one local child safeguarding practice review was commissioned. "
            "Learning about bruising in non-mobile babies has been shared across the partnership.")
    d.add_heading("Children's voice", 1)
    para(d, "The MK Youth Cabinet co-produced our online safety guide and reported back to the partners.")
    d.add_heading("Schools and education", 1)
    para(d, "Education leaders sit on the executive and the designated safeguarding lead network meets each "
            "half term.")
    d.add_heading("Training", 1)
    para(d, "We delivered 33 training events reaching 960 practitioners.")
    d.add_heading("Independent scrutiny", 1)
    para(d, "The independent scrutineer carried out a review of the front door and reported in February.")
    d.add_heading("Contributions", 1)
    table(d, [["Partner", "Amount"], ["Milton Keynes City Council", "£130,000"],
              ["Thames Valley Police", "£35,000"], ["NHS BLMK ICB", "£70,000"]])
    lib.save_docx(d, "yearly-report-milton-keynes-sent-ahead-of-publication.docx", when)


PORTSMOUTH = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Annual report 2024 to 2025 | Portsmouth Safeguarding Children Partnership</title>
<style>body{font-family:Arial,sans-serif} .cookie{background:#222;color:#fff;padding:1em} nav li{display:inline;margin-right:1em}</style>
</head>
<body>
<div class="cookie" id="cookie-banner">
<p>We use cookies to make this site work and to understand how you use it. You can accept all cookies or choose which ones to allow.</p>
<button>Accept all cookies</button> <button>Reject non-essential cookies</button> <a href="/cookies">Cookie settings</a>
</div>
<header>
<a href="/" class="logo">Portsmouth Safeguarding Children Partnership</a>
<nav><ul>
<li><a href="/">Home</a></li><li><a href="/practitioners">Practitioners</a></li><li><a href="/parents">Parents and carers</a></li>
<li><a href="/children">Children and young people</a></li><li><a href="/about">About the partnership</a></li><li><a href="/contact">Contact us</a></li>
</ul></nav>
<form action="/search"><input type="search" placeholder="Search this site"><button>Search</button></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/about">About the partnership</a> &gt; Annual report</div>
<main>
<h1>Annual report 2024 to 2025</h1>
<p class="meta">Published: 21 November 2025</p>
<p>This page is the partnership's annual report for the reporting period April 2024 - March 2025. It is written by the three safeguarding partners: Portsmouth City Council, Hampshire and Isle of Wight Constabulary and NHS Hampshire and Isle of Wight Integrated Care Board.</p>
<h2>What the partnership did</h2>
<p>We kept our focus on three areas: children who go missing, neglect, and the impact of parental mental ill health. The missing children's pathway was redesigned so that every child reported missing three times in 90 days is discussed at a multi-agency meeting. A new Portsmouth neglect strategy went live in September with a shared screening tool, and adult mental health services now attend child protection conferences for the parents they support.</p>
<h2>How effective were we?</h2>
<p>We look at data every quarter and at practice through joint audits. This year we audited 48 cases. Children were seen and spoken to alone in 90% of them. Repeat missing episodes fell by a fifth. We believe our arrangements are effective and improving, but information from adult services is still too slow in one case in four.</p>
<h2>Rapid reviews and practice reviews</h2>
<p>We made four serious incident notifications to the national Panel and held a rapid review for each. One local child safeguarding practice review was started, into the experiences of a 15-year-old boy exploited through county lines. Its emerging learning on transitions between schools has already changed how pupil moves are shared.</p>
<h2>Children's voices</h2>
<p>Young people from the Portsmouth Youth Parliament met the partners twice. They asked us to stop using the word "missing" for children who say they were simply somewhere else, and we have changed our leaflets to reflect how they describe it.</p>
<h2>Schools and colleges</h2>
<p>The education safeguarding team supports every school in the city. Designated safeguarding leads joined the neglect strategy launch, and schools were the largest source of referrals to early help.</p>
<h2>Independent scrutiny</h2>
<p>An independent scrutineer observed our executive and led a review of the missing pathway with young people, reporting her findings to the three partners in February.</p>
<h2>Where the money came from</h2>
<table>
<tr><th>Partner</th><th>Contribution</th></tr>
<tr><td>Portsmouth City Council</td><td>£118,200</td></tr>
<tr><td>Hampshire and Isle of Wight Constabulary</td><td>£26,500</td></tr>
<tr><td>NHS Hampshire and Isle of Wight ICB</td><td>£54,900</td></tr>
</table>
<h2>Next year</h2>
<p>Our priorities for the coming year are neglect, exploitation and children's mental health.</p>
</main>
<footer>
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li></ul>
<p>Portsmouth Safeguarding Children Partnership, Civic Offices, Guildhall Square, Portsmouth PO1 2AL</p>
</footer>
</body>
</html>
"""

SHROPSHIRE = """---
title: "Shropshire Safeguarding Community Partnership - Yearly Report 2024/25"
published: 2025-10-08
author: SSCP Business Team
---

# Yearly Report 2024/25

*Shropshire Safeguarding Community Partnership* — children's safeguarding arrangements

**Reporting period:** 1 April 2024 – 31 March 2025
**Where to find it:** https://www.shropshiresafeguardingcommunitypartnership.co.uk/yearly-report-2024-25

## 1. Introduction

The lead safeguarding partners for Shropshire are the Chief Executive of Shropshire Council, the Chief
Constable of West Mercia Police and the Chief Executive of NHS Shropshire, Telford and Wrekin Integrated
Care Board. This report explains what our partnership did over the year, how well it worked, and what
we intend to do next.

## 2. What we did

* Launched a **rural exploitation** campaign with parish councils, bus operators and takeaway owners.
* Replaced the old neglect toolkit with a strengths-based version tested by 60 practitioners.
* Set up a transitional safeguarding panel for young people aged 16 to 25.
* Held a county-wide *Safeguarding Week* in Shrewsbury, Oswestry and Ludlow.

## 3. How effective the arrangements have been

We used four sources of evidence: the partnership dashboard, multi-agency audits, a practitioner survey
(512 responses) and feedback from families. Audits showed that 79% of plans were clear about what needed
to change for the child, up from 63%. The survey found 84% of staff know how to escalate a disagreement.
The partners' judgement is that the arrangements are effective, with work still needed on the
consistency of early help assessments.

## 4. Rapid reviews and child safeguarding practice reviews

| | Number |
|---|---|
| Serious incident notifications | 3 |
| Rapid reviews completed | 3 |
| Local child safeguarding practice reviews started | 1 |
| Local child safeguarding practice reviews published | 1 |

The review published this year (Child E) looked at a teenager's mental health crisis. Its learning
about joint working between CAMHS and schools is being embedded through a multi-agency action plan.

## 5. Voice of the child

Our young safeguarding advisers reviewed the website and interviewed the independent scrutineer. Their
"Ask me, don't tell me" film is now shown at every induction.

## 6. Education

Schools and colleges are relevant agencies and take part in every audit; the section 175 return rate
was 96%.

## 7. Training and development

We offered 47 courses and webinars, attended by 1,580 people, and a new e-learning module on
professional curiosity.

## 8. Independent scrutiny

The independent scrutineer reviewed the rapid review process and chaired a challenge session for the
three partners.

## 9. Finance

Partners contributed £262,000: Shropshire Council £140,000, NHS Shropshire, Telford and Wrekin ICB
£80,000 and West Mercia Police £42,000.
"""


def generate():
    wiltshire()
    cumbria()
    stoke()
    oldham()
    trafford()
    croydon()
    milton_keynes()
    lib.write("yearly-report-web-page-portsmouth-2024-25.html", PORTSMOUTH)
    lib.write("yearly-report-shropshire-2024-25.md", SHROPSHIRE)

"""Rapid reviews, written the ways partnerships send them to the Panel."""
from lib import Word, pdf, text, eml, out


def cornwall():
    w = Word(author="CSCP Business Unit", title="Rapid Review - Child T")
    w.running(header="OFFICIAL-SENSITIVE", footer="Cornwall Safeguarding Children Partnership | Rapid Review Child T")
    w.h("Cornwall Safeguarding Children Partnership", 0)
    w.h("Rapid Review: Child T", 1)
    w.table([["Serious incident notification number", "SIN-2025-1187"],
             ["Notification sent to the Panel", "Monday 2nd June 2025"],
             ["Date of the incident", "Friday 30th May 2025"],
             ["Rapid review meeting held", "Wednesday 18th June 2025"],
             ["Child", "Child T (aged 4 months)"],
             ["Date of this report", "Friday 20th June 2025"]])
    w.h("1. Circumstances of the incident", 2)
    w.p("Child T was taken by ambulance to Derriford Hospital in Plymouth with a head injury that "
        "clinicians could not explain. Child T lives with both parents in a village near Truro. Devon and "
        "Cornwall Police opened a criminal investigation and both parents have been interviewed.")
    w.h("2. Agencies involved with the family", 2)
    w.p("The health visiting service saw the family twice after the birth; the GP practice saw Child T for "
        "routine immunisations; the maternity service at the Royal Cornwall Hospital had recorded the "
        "father's disclosure of anxiety; children's social care had no previous involvement. The police "
        "held one domestic incident log from 2023 at a previous address.")
    w.h("3. Immediate actions taken", 2)
    w.bullets(["A strategy discussion was held the same evening and Child T's older sibling was placed "
               "with maternal grandparents under a safety plan.",
               "Child protection medical and skeletal survey completed at Derriford Hospital.",
               "Health visiting records secured and reviewed by the named nurse."])
    w.h("4. The child's daily life", 2)
    w.p("Practitioners described Child T as a settled baby. The review considered what a day was like for "
        "Child T at home, including the pressures on the parents of a new baby and a toddler, and found that "
        "the father's mental health was not explored at any contact.")
    w.h("5. Learning identified", 2)
    w.bullets(["Information about a parent's mental health was recorded but not shared with the health "
               "visitor.",
               "Questions about fathers and male carers were not routine at new birth visits.",
               "The ICON programme for coping with crying was not delivered at discharge."])
    w.h("6. Decision on a local child safeguarding practice review", 2)
    w.p("The safeguarding partners agreed that the criteria for a local child safeguarding practice review "
        "are not met: the learning is clear, is limited to two agencies and can be taken forward through "
        "the partnership's learning and improvement framework.")
    w.h("7. National review", 2)
    w.p("The partners do not consider that the case raises issues of national importance and do not "
        "recommend a national review by the Panel.")
    w.p("Signed on behalf of the safeguarding partners: Cornwall Council, Devon and Cornwall Police and NHS "
        "Cornwall and the Isles of Scilly Integrated Care Board.")
    w.save("cornwall-rapid-review-child-t.docx")


def derby():
    w = Word(author="Derby SCP", title="Rapid Review Template")
    w.running(header="Derby Safeguarding Children Partnership - Rapid Review - OFFICIAL SENSITIVE",
              footer="Version 1.0 FINAL")
    w.h("Rapid Review", 0)
    w.p("Derby Safeguarding Children Partnership")
    w.table([["Section 1: Details", ""],
             ["Name of safeguarding partnership", "Derby Safeguarding Children Partnership"],
             ["Child's identifier for this review", "Baby R"],
             ["Panel notification ref.", "2025/0412"],
             ["Date notification submitted", "10.4.2025"],
             ["Date of serious incident", "7.4.2025"],
             ["Date of rapid review meeting", "1.5.2025"],
             ["Date this form was completed", "6.5.2025"]], header=True)
    w.h("Section 2: Summary of the case", 1)
    w.p("Baby R, aged seven weeks, was brought to the Royal Derby Hospital with bruising to the face and a "
        "fractured rib. Baby R's mother is 19 and was herself known to children's services in Nottingham "
        "as a child. Derbyshire Constabulary are investigating.")
    w.h("Section 3: Agency involvement", 1)
    w.table([["Agency", "Involvement"],
             ["Midwifery", "Booked late at 28 weeks; three antenatal appointments missed."],
             ["Health visiting", "New birth visit completed at day 12; no concerns recorded."],
             ["Children's social care", "Pre-birth assessment closed at 30 weeks as 'no further action'."],
             ["Police", "No records."],
             ["GP", "Mother registered at six weeks postnatally."]], header=True)
    w.h("Section 4: Actions taken immediately", 1)
    w.p("Baby R was discharged to a foster placement under an interim care order. A multi-agency audit of "
        "pre-birth assessments closed in the last six months was commissioned within a week.")
    w.h("Section 5: What does this case tell us? (learning)", 1)
    w.p("Pre-birth assessments were closed without the mother's own history as a looked-after child being "
        "considered. Practitioners did not hear from Baby R's mother about her support network.")
    w.h("Section 6: Lived experience of the child", 1)
    w.p("The review pieced together Baby R's first weeks from the records: frequent moves between the "
        "maternal grandmother's flat and a friend's house, and little settled routine.")
    w.h("Section 7: Decisions", 1)
    w.table([["Does the case meet the criteria for a Local Child Safeguarding Practice Review?",
              "Yes - the partners will commission an LCSPR."],
             ["Do the partners consider a national review appropriate?",
              "No, a national review is not recommended."]])
    w.p("Abbreviations: LCSPR - local child safeguarding practice review; SIN - serious incident "
        "notification; ICB - integrated care board.")
    w.save_pdf("derby-rapid-review-form-word-export-baby-r.pdf")


def hartlepool():
    text("hartlepool-rapid-review-letter-to-panel.txt", """
Hartlepool Safeguarding Children Partnership
Civic Centre, Victoria Road, Hartlepool

4 September 2025

To: The Child Safeguarding Practice Review Panel

Dear Panel members,

Rapid review - Child M (your reference SIN-2025-2203)

We write to share the outcome of our rapid review following the notification we sent on
13 August 2025. Child M, who is 15, was found seriously injured on 11 August 2025 after
being assaulted near a bus station in Middlesbrough, where Child M had been travelling
to meet older young people. The rapid review meeting took place on 1 September 2025.

Who knew Child M

Child M was known to the youth justice service, the school nursing service, the
exploitation team in children's social care, and to Cleveland Police as a missing child
on six occasions this year. Child M's school had arranged a reduced timetable.

What we did straight away

A strategy meeting was held on 12 August 2025. A safety plan is in place and Child M is
supported by a specialist youth worker. A disruption plan was agreed with Cleveland
Police, and the reduced timetable has been reviewed with the school.

What Child M told us

Child M told the youth worker that the reduced timetable left whole afternoons with
"nothing to do and nobody around", and that the older group felt like the only people
who listened.

Learning

Return home interviews were offered but not completed on four occasions; exploitation
screening tools were completed but not shared between the youth justice service and
the exploitation team.

Our decision

The safeguarding partners have decided that a local child safeguarding practice review
will be undertaken, because the case may highlight improvements needed in how agencies
respond to children exploited across local authority borders.

We do not think the case needs a national review; we will share the local review with
the Panel when complete.

Yours faithfully,

Independent Scrutineer and the three safeguarding partners
Hartlepool Safeguarding Children Partnership
""")


def greenwich():
    blocks = [
        ("title", "Royal Borough of Greenwich Safeguarding Children Partnership"),
        ("h", "Rapid Review Report - Child J"),
        ("t", [["SIN number", "2025-0388"], ["SIN submitted", "04/03/25"], ["Incident", "02/03/25"],
               ["Rapid review held", "19/03/25"], ["Report date", "20/03/25"]]),
        ("h", "Background"),
        ("p", "Child J, aged 9, was found at home with serious burns after a house fire. Child J's younger "
              "siblings were unharmed. The family moved to Greenwich from Bexley in 2024. The London Fire "
              "Brigade and the Metropolitan Police attended."),
        ("h", "Involvement of agencies"),
        ("p", "Child J's primary school had raised concerns about neglect on three occasions. Early help "
              "had worked with the family for four months in 2024. The GP had seen the mother for depression. "
              "The housing service had recorded disrepair and an overcrowding complaint."),
        ("h", "Immediate safeguarding actions"),
        ("p", "All three children were placed with an aunt under a child protection plan. The housing "
              "service moved the family into temporary accommodation within 48 hours."),
        ("h", "Child J's experience"),
        ("p", "Staff at the school described Child J as the one who got the younger children ready each "
              "morning. Child J told a teacher that the heating did not work and that everyone slept in one "
              "room."),
        ("h", "Learning"),
        ("p", "The step-down from children's social care to early help was not accompanied by a shared "
              "plan. Neglect was seen through single incidents rather than cumulatively; the partnership's "
              "neglect toolkit was not used."),
        ("h", "Decision of the safeguarding partners"),
        ("p", "The criteria for a local child safeguarding practice review are met and the partners have "
              "agreed to commission one. The partners do not recommend that the Panel undertakes a national "
              "review."),
        ("h", "Glossary"),
        ("p", "SIN: serious incident notification. LCSPR: local child safeguarding practice review. "
              "CSPR Panel: Child Safeguarding Practice Review Panel."),
    ]
    pdf("greenwich-rapid-review-two-column-child-j.pdf", blocks, two_column=True,
        title="Rapid Review Child J", author="RBG SCP",
        header="Royal Borough of Greenwich SCP - OFFICIAL SENSITIVE")


def staffordshire():
    w = Word(author="SSCB support team", title="DRAFT Rapid Review v0.2")
    w.running(header="DRAFT v0.2 - not for circulation", footer="Staffordshire Safeguarding Children Partnership")
    w.h("DRAFT - Rapid Review - Child E", 0)
    w.p("Staffordshire Safeguarding Children Partnership")
    w.p("Version 0.2, prepared for the rapid review meeting. Comments to the business manager please.")
    w.table([["SIN reference", "SIN-2025-3051"],
             ["SIN date", "22 October 2025"],
             ["Date of incident", "20 October 2025"],
             ["Meeting date", "TBC"]])
    w.h("What happened", 1)
    w.p("Child E, aged 2, was admitted to the Royal Stoke University Hospital after swallowing methadone at "
        "home. Child E's father is in treatment with a drug and alcohol service. Staffordshire Police "
        "are investigating.")
    w.h("Agencies involved", 1)
    w.p("The drug and alcohol service, the health visiting service, a nursery and the GP practice all knew "
        "the family.")
    w.h("Immediate actions", 1)
    w.p("Child E and a younger sibling are staying with a paternal aunt. The drug service has checked safe "
        "storage with every parent on its caseload with children under five.")
    w.h("Child E's lived experience", 1)
    w.p("The nursery describes Child E as cheerful but often hungry on arrival.")
    w.h("Learning (emerging)", 1)
    w.p("Safe storage advice was given verbally and not checked at home visits.")
    w.h("Decision about a local child safeguarding practice review", 1)
    w.p("[To be agreed by the safeguarding partners at the rapid review meeting - insert decision and reasons]")
    w.h("View on a national review", 1)
    w.p("[To be completed after the meeting]")
    w.save("staffordshire-rapid-review-draft-v0-2-child-e.docx")


def north_lincolnshire():
    text("north-lincolnshire-rapid-review-decision-deferred.md", """
# North Lincolnshire Safeguarding Children Partnership

## Rapid Review - Child A

| | |
|---|---|
| Serious incident notification | SIN-2026-0067 |
| Notified to the Panel | Tues 13th January 2026 |
| Date of incident | Sunday 11th January 2026 |
| Rapid review meeting | Tues 27th January 2026 |
| Child | Child A |

### Summary

Child A (6) and a younger sibling were found alone at home in Scunthorpe for most of a weekend while
their mother was in hospital in Grimsby. Both children were dehydrated. Humberside Police used police
protection powers.

### Which agencies knew the family

Child A attends a primary school and the sibling a nursery in Scunthorpe. The family had an early help
assessment in 2025. The mother had contact with the adult mental health crisis team three times in
December 2025.

### What was done immediately

The children were placed with foster carers; the adult mental health team and children's social care
held a joint meeting within two days. A review of early help closures for families where a parent is
known to crisis services was started.

### Child A's experience

Child A told the foster carer that they "waited for Mummy" and had eaten cereal from the box.

### Learning so far

Crisis services did not ask whether the mother had children at home; the early help plan was closed
when the mother stopped answering calls.

### Local child safeguarding practice review

The partners discussed whether the case meets the criteria for a local review but could not agree.
Further information has been requested from the adult mental health provider, and a decision will be
made at an extraordinary meeting of the safeguarding partners in February.

### National review

The partners do not think a national review is needed.
""")


def joint_tees():
    w = Word(heads="bold", author="Tees partnerships", title="Joint Rapid Review")
    w.h("Joint Rapid Review", 0)
    w.p("Redcar and Cleveland Safeguarding Children Partnership and Middlesbrough Safeguarding Children "
        "Partnership")
    w.p("This rapid review was carried out jointly by the two partnerships, because the child lived in "
        "Redcar and Cleveland and attended school in Middlesbrough. Both sets of safeguarding partners "
        "agreed its findings and share responsibility for any further review equally.")
    w.table([["Child", "Child K"], ["SIN references", "SIN-2025-2870 (Redcar and Cleveland); notified "
             "jointly"], ["Date SIN sent", "29 September 2025"], ["Incident date", "27 September 2025"],
             ["Date of joint rapid review meeting", "14 October 2025"]])
    w.h("What happened")
    w.p("Child K, 13, took an overdose and was treated at James Cook University Hospital. Child K had been "
        "bullied online for several months.")
    w.h("Agencies involved")
    w.p("Two schools, CAMHS, the school nursing service, Cleveland Police (one report of online harassment) "
        "and children's social care in both authorities.")
    w.h("Immediate actions")
    w.p("A safety plan was agreed with Child K and the family; CAMHS offered urgent follow-up; the school "
        "held a review with the police about the online harassment.")
    w.h("Child K's voice")
    w.p("Child K said that telling school felt pointless because the messages came at night.")
    w.h("Learning")
    w.p("The referral about online harassment was passed between the two local authorities' front doors "
        "without either taking the lead.")
    w.h("Decision on a local child safeguarding practice review")
    w.p("The partners of both partnerships agreed that a local child safeguarding practice review is not "
        "required; the learning will be taken forward through a joint learning event.")
    w.h("National review")
    w.p("Not recommended.")
    w.save("redcar-and-middlesbrough-joint-rapid-review-child-k.docx")


def kingston():
    w = Word(author="Kingston SCP", title="Rapid Review Child L")
    w.h("Kingston upon Thames Safeguarding Children Partnership", 0)
    w.h("Rapid Review - Child L", 1)
    w.tracked([("", "Serious incident notification reference: SIN-2026-0140")])
    w.tracked([("", "Date the notification was sent: "), ("del", "12 January 2026"), ("ins", "14 January 2026")])
    w.tracked([("", "Date of the incident: 9 January 2026")])
    w.tracked([("", "Rapid review meeting: 29 January 2026")])
    w.h("Circumstances", 2)
    w.p("Child L, aged 11 months, was admitted to Kingston Hospital with a spiral fracture of the leg. "
        "Child L's parents gave differing accounts. The Metropolitan Police are investigating.")
    w.h("Agencies involved", 2)
    w.p("Health visiting, the GP, a children's centre and the family's housing association. The mother had "
        "been referred to perinatal mental health services in Surrey before moving to Kingston.")
    w.h("Immediate actions", 2)
    w.p("Child L was placed with maternal grandparents; a strategy discussion took place on the day of "
        "admission; perinatal records were requested from Surrey the same week.")
    w.h("Child L's lived experience", 2)
    w.p("The children's centre saw a quiet baby who was rarely put down to play on the floor.")
    w.h("Learning", 2)
    w.p("Perinatal mental health information did not transfer when the family moved across the county "
        "boundary.")
    w.h("Decision", 2)
    w.tracked([("", "The safeguarding partners agreed that the case "), ("del", "does not meet"),
               ("ins", "meets"), ("", " the criteria for a local child safeguarding practice review, "
                                   "and a review will be commissioned.")])
    w.tracked([("", "The partners do not recommend a national review.")])
    w.save("kingston-rapid-review-tracked-changes-child-l.docx")


def east_riding():
    body = """
Dear Panel colleagues,

Please find our rapid review below, pasted into this email as our secure portal is down.

EAST RIDING OF YORKSHIRE SAFEGUARDING CHILDREN PARTNERSHIP
RAPID REVIEW - CHILD S

SIN reference: SIN-2025-3390
SIN sent: 12/12/2025
Incident: 10/12/2025
Rapid review meeting: 06/01/2026

Background
Child S, 16, was stabbed in Bridlington and is recovering at Hull Royal Infirmary. Child S
was excluded from school in Beverley in 2025 and had been reported missing to Humberside
Police four times.

Agencies involved
Youth justice service, the pupil referral unit, children's social care (child in need),
Humberside Police and the emergency department.

Immediate actions
A contextual safeguarding meeting was held; Child S moved to a relative's address outside
the area; the youth justice service increased contact to daily.

Child S's perspective
Child S told the youth worker that after the exclusion there was "no point going
anywhere" and that carrying a knife felt safer.

Learning
Information about exploitation was held in the youth justice service but not in the
pupil referral unit.

LCSPR decision
The safeguarding partners have agreed that an LCSPR will be carried out.

National review
The partners consider the case may be of national interest because of the exclusion
pathway and recommend that the Panel considers a national review.

Kind regards,

Business Manager
East Riding of Yorkshire Safeguarding Children Partnership
"""
    eml("east-riding-rapid-review-pasted-in-email-child-s.eml",
        "ERSCP Business Unit <erscp@eastriding.gov.uk>", "panel@csprp.example.gov.uk",
        "Rapid review - Child S - SIN-2025-3390", "Thu, 08 Jan 2026 11:42:10 +0000",
        "<rr-childs-20260108@eastriding.gov.uk>", body, "eastriding.gov.uk")


def westminster():
    w = Word(author="WSCP", title="Rapid Review Child D")
    w.running(footer="Westminster Safeguarding Children Partnership - page")
    w.h("Westminster Safeguarding Children Partnership", 0)
    w.h("Rapid Review: Child D", 1)
    w.table([["SIN", "SIN-2025-1502"], ["Date of notification", "July 7, 2025"],
             ["Date of incident", "July 4, 2025"], ["Date of rapid review", "July 24, 2025"]])
    w.h("Overview", 2)
    w.p("Child D, 14, was found unconscious in a hostel in Paddington and treated at St Mary's Hospital "
        "for an overdose of prescribed medication belonging to an adult resident.")
    w.h("Agencies who knew Child D", 2)
    w.p("Child D had been placed in the hostel with the mother by the housing options service. The school "
        "nurse, the family's GP and a voluntary sector youth project had contact with Child D in the three "
        "months before.")
    w.h("Child D's lived experience", 2)
    w.p("Child D described the hostel to the youth worker as 'a place where adults shout all night' and "
        "said there was nowhere to do homework.")
    w.h("Learning", 2)
    w.p("Families with children placed in hostels for adults were not routinely notified to children's "
        "services; professionals assumed another agency had checked the placement was suitable.")
    w.h("Local child safeguarding practice review", 2)
    w.p("The safeguarding partners decided that an LCSPR is not required; the learning about temporary "
        "accommodation will be taken forward by a task and finish group.")
    w.h("National review", 2)
    w.p("The partners do not consider a national review appropriate.")
    w.save("westminster-rapid-review-child-d-no-actions-section.docx")


def blackburn():
    blocks = [
        ("title", "Blackburn with Darwen Safeguarding Children Partnership"),
        ("h", "Rapid Review - Child F"),
        ("pre", "SIN reference: SIN-2025-3122\nThe serious incident notification was sent to the Panel on Monday 3\n"
                "November 2025, two days after Child F was admitted to hospital on 1 November 2025.\n"
                "The rapid review meeting was held on 19 November 2025."),
        ("h", "Summary"),
        ("p", "Child F, aged 3, was admitted to the Royal Blackburn Hospital with severe malnutrition. Child F "
              "had not been seen by any professional since a health review at age two."),
        ("h", "Agencies"),
        ("p", "The health visiting service, the GP and a nursery (attended for three weeks) knew Child F. "
              "Lancashire Constabulary had no involvement before admission."),
        ("h", "Immediate actions"),
        ("p", "Child F and the two older siblings were placed in foster care. The local authority checked "
              "whether all children who missed their two-year review had since been seen."),
        ("h", "Child F's experience"),
        ("p", "Foster carers describe a child who hides food and does not cry when hurt."),
        ("h", "Learning"),
        ("p", "Missed health reviews did not trigger follow-up; nursery non-attendance was not shared with "
              "health visiting."),
        ("h", "LCSPR decision"),
        ("p", "The partners agreed that the criteria for a local child safeguarding practice review are met. "
              "A review will be commissioned."),
    ]
    pdf("blackburn-with-darwen-rapid-review-child-f-date-over-two-lines.pdf", blocks,
        title="Rapid Review Child F", author="BwD SCP")


def bedford():
    w = Word(author="BBSCP", title="Rapid Review Child G")
    w.h("Bedford Safeguarding Children Partnership", 0)
    w.h("Rapid review - Child G", 1)
    w.table([["Serious incident notification", "Not yet submitted - notification to be made once the "
              "local authority has confirmed the criteria are met"],
             ["Date of incident", "Saturday 14 February 2026"],
             ["Rapid review meeting", "Thursday 26 February 2026"]])
    w.h("What happened", 2)
    w.p("Child G, aged 5, suffered a serious dog bite at a relative's house. Bedfordshire Police seized "
        "the dog. Child G was treated at Bedford Hospital and then at Addenbrooke's in Cambridge.")
    w.h("Agencies involved", 2)
    w.p("Child G's school, the GP and the early help service, which had supported the mother with housing.")
    w.h("Immediate actions", 2)
    w.p("A safety plan was agreed with the family; the early help worker visited the relative's home with "
        "the police dog liaison officer.")
    w.h("What we know about Child G's world", 2)
    w.p("Child G spent most weekends at the relative's house and talked at school about 'the big dog'.")
    w.h("Learning", 2)
    w.p("Dog risk was not part of the early help assessment.")
    w.h("Decision", 2)
    w.p("The partners decided that a local child safeguarding practice review is not required.")
    w.h("National review", 2)
    w.p("Not recommended.")
    w.save("bedford-rapid-review-child-g-notification-not-yet-sent.docx")


def cambridgeshire_attachment():
    w = Word(heads="bold", author="Cambridgeshire SCP", title="Rapid Review Child P")
    w.h("Cambridgeshire Safeguarding Children Partnership - Rapid Review", 0)
    w.p("Child P", bold_label="Child: ")
    w.p("SIN-2025-2011", bold_label="Panel reference: ")
    w.p("the notification was submitted on 4 August 2025", bold_label="Notification: ")
    w.p("1 August 2025", bold_label="Date of incident: ")
    w.p("20 August 2025", bold_label="Rapid review meeting: ")
    w.h("Summary")
    w.p("Child P, 12, was seriously injured in a fall from a bedroom window at home in Huntingdon. Child P "
        "has autism and had been waiting for a specialist school place.")
    w.h("Agency involvement")
    w.p("The school, the community paediatrician, the special educational needs team, and the short "
        "breaks service had all been in contact with the family.")
    w.h("Immediate actions")
    w.p("Window restrictors were fitted; a child in need plan was opened; the SEN team expedited the "
        "placement.")
    w.h("Child P's perspective")
    w.p("Child P communicates with pictures; the school's communication book showed Child P choosing "
        "'sad' and 'home' most days during the summer holidays.")
    w.h("Learning")
    w.p("Carers' exhaustion was visible to several agencies but no carer's assessment was offered.")
    w.h("Decision regarding LCSPR")
    w.p("The safeguarding partners decided that the case does not meet the criteria for a local child "
        "safeguarding practice review.")
    w.h("National review")
    w.p("The partners do not recommend a national review.")
    path = w.save("_attachment.docx")
    with open(path, "rb") as f:
        data = f.read()
    import os
    os.remove(path)
    eml("cambridgeshire-rapid-review-child-p-email-with-word-attachment.eml",
        "Cambridgeshire SCP <safeguardingpartnership@cambridgeshire.gov.uk>", "panel@csprp.example.gov.uk",
        "Rapid Review attached - Child P", "Fri, 22 Aug 2025 15:05:00 +0100",
        "<rr-childp-20250822@cambridgeshire.gov.uk>",
        "Dear Panel,\n\nPlease find attached our rapid review for Child P (SIN-2025-2011).\n\nMany thanks,\n"
        "Partnership Support Officer\n", "cambridgeshire.gov.uk",
        attach=("Rapid Review Child P FINAL.docx", data,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))


ALL = [cornwall, derby, hartlepool, greenwich, staffordshire, north_lincolnshire, joint_tees, kingston,
       east_riding, westminster, blackburn, bedford, cambridgeshire_attachment]

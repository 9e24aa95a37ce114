"""Rapid reviews. Every child, person, incident and date here is invented."""


def E(received, kind, partnership, status, findings, fields, why):
    return dict(received=received, kind=kind, partnership=partnership, status=status,
                findings=findings, fields=fields, why=why)


DOCS = []

# 1 ------------------------------------------------------------ Doncaster
DOCS.append(dict(
    file="rapid-review-doncaster-child-isla-over-christmas.docx",
    fmt="docx", headings="styles", date="2026-01-07", author="DSCP Business Unit",
    title="Rapid Review - Child Isla",
    header="OFFICIAL-SENSITIVE", footer="Doncaster Safeguarding Children Partnership", page_numbers=True,
    blocks=[
        ("title", "Rapid Review"),
        ("sub", "Doncaster Safeguarding Children Partnership"),
        ("p", "This form records the rapid review carried out by the safeguarding partners in Doncaster "
              "following a serious incident notification. It is sent to the Child Safeguarding Practice "
              "Review Panel. Please do not forward it beyond the people named in the distribution list."),
        ("h1", "Section 1: Details of the case"),
        ("table", [
            ["Item", "Details"],
            ["Name used in this review", "Child 'Isla'"],
            ["Age at time of incident", "7 months"],
            ["Date of incident", "Fri 12th Dec 2025"],
            ["Serious incident notification reference", "2025/2291"],
            ["Date notification submitted to the Panel", "Mon 15th December 2025"],
            ["Date of rapid review meeting", "Tues 6th January 2026"],
            ["Local authority responsible", "City of Doncaster Council"],
        ], True),
        ("h1", "Section 2: Summary of the incident"),
        ("p", "Isla was taken to Doncaster Royal Infirmary by ambulance on the evening of Friday 12 December "
              "with a swollen left arm. An X-ray showed a spiral fracture of the humerus and a skeletal "
              "survey found two healing rib fractures. Her mother's partner gave an account that did not "
              "explain the injuries. South Yorkshire Police began a criminal investigation and Isla and her "
              "brother (aged 3) were placed with their maternal grandparents in Rotherham under a safety plan."),
        ("h1", "Section 3: Agency involvement"),
        ("table", [
            ["Agency", "Involvement before the incident"],
            ["Children's social care", "Single assessment closed in August 2025 after concerns about home conditions; no further involvement."],
            ["Health visiting (Rotherham Doncaster and South Humber NHS Foundation Trust)", "New birth visit and 6-8 week review completed; 3-4 month contact missed twice and not followed up."],
            ["GP practice", "Isla seen twice for colic and once for a rash; no bruising recorded."],
            ["South Yorkshire Police", "One domestic abuse call-out in October 2025 graded standard risk; no referral made to children's social care."],
            ["Early help", "Family offered a family hub place in September 2025; not taken up."],
        ], True),
        ("h1", "Section 4: Immediate actions taken"),
        ("ul", [
            "Strategy discussion held on 13 December 2025; section 47 enquiries started the same day.",
            "Both children placed with grandparents; contact with the mother's partner stopped by bail conditions.",
            "Health visiting service has audited missed contacts for all infants on its Doncaster caseload.",
            "Police have reviewed the grading of the October call-out and re-briefed the local team.",
        ]),
        ("h1", "Section 5: Emerging learning"),
        ("p", "Partners identified three early lines of learning: how a missed health contact for a baby is "
              "followed up; how a standard-risk domestic abuse incident in a household with an infant is "
              "shared with children's social care; and how the closure of an assessment is communicated to "
              "universal services."),
        ("h1", "Section 6: Decision on a local child safeguarding practice review"),
        ("p", "Partners considered the criteria in chapter 5 of Working Together 2023, which ask whether the case "
              "highlights improvements needed to safeguard and promote the welfare of children, whether it "
              "involves a child who has died or been seriously harmed, and whether the learning is already known."),
        ("p", "The safeguarding partners agreed that the case meets the criteria for a local child "
              "safeguarding practice review. An LCSPR will be commissioned and the Panel will be sent the "
              "terms of reference once an independent reviewer is appointed."),
        ("h1", "Section 7: National review"),
        ("p", "Partners do not consider that the case raises issues of national importance; the learning is "
              "local and a national review is not recommended."),
        ("h1", "Section 8: Sign-off"),
        ("table", [
            ["Partner", "Signed off by"],
            ["City of Doncaster Council", "Director of Children's Services"],
            ["South Yorkshire Police", "Detective Superintendent, Public Protection"],
            ["NHS South Yorkshire Integrated Care Board", "Director of Nursing, Doncaster Place"],
        ], True),
    ],
    expect=E("2026-01-07", "rapid_review", "E08000017", "accepted", [],
             [("sin_reference", "2025/2291"), ("sin_date", "2025-12-15"), ("incident_date", "2025-12-12"),
              ("review_date", "2026-01-06"), ("lcspr_decision", "yes"), ("national_review", "not_recommended"),
              ("child", "Child 'Isla'")],
             "Form with Word heading styles and a details table using dates like 'Mon 15th December 2025'; "
             "due 2026-01-08 after Christmas and New Year, received the day before."),
))

# 2 ------------------------------------------------------------- Plymouth
DOCS.append(dict(
    file="rapid-review-letter-word-export-plymouth-child-r.pdf",
    fmt="lopdf", headings="styles", date="2026-02-20", author="Plymouth Safeguarding Children Partnership",
    title="Rapid review letter to the Panel",
    header="Plymouth Safeguarding Children Partnership | OFFICIAL - SENSITIVE", footer="PSCP rapid review letter, Child R",
    page_numbers=True,
    blocks=[
        ("title", "Plymouth Safeguarding Children Partnership"),
        ("sub", "Rapid review: Child R"),
        ("sub", "Letter to the Child Safeguarding Practice Review Panel"),
        ("pb",),
        ("lines", ["Child Safeguarding Practice Review Panel", "Department for Education",
                   "Sanctuary Buildings", "Great Smith Street", "London SW1P 3BT"]),
        ("p", "20 February 2026"),
        ("p", "Dear Panel members,"),
        ("p", "I am writing on behalf of the safeguarding partners in Plymouth (Plymouth City Council, Devon and "
              "Cornwall Police and NHS Devon) to share the outcome of our rapid review about a 14-year-old boy "
              "whom we will call Child R."),
        ("p", "R was found unresponsive in a stairwell of a block of flats in Devonport in the early hours of 30 "
              "January 2026 and was taken to Derriford Hospital, where he remains. He had been reported missing "
              "from home four times since the autumn and there is information that he had been exploited to carry "
              "drugs between Plymouth and Torquay. We notified the Panel of this incident on 3 February 2026 "
              "(notification reference 2026/0219)."),
        ("h1", "The rapid review"),
        ("p", "The rapid review meeting took place on 17 February 2026 and was attended by children's social care, "
              "the youth justice service, Devon and Cornwall Police, University Hospitals Plymouth, Livewell "
              "Southwest, R's secondary school and the Plymouth complex safeguarding team. Chronologies were "
              "received from eleven agencies in advance."),
        ("h1", "What agencies knew"),
        ("p", "R was known to children's social care as a child in need from May 2025. His school had recorded a "
              "steep fall in attendance and two fixed-term suspensions. Return home interviews after his missing "
              "episodes were offered but only one took place. A National Referral Mechanism referral was drafted "
              "in December 2025 but not submitted. R's grandmother, who lives in Bodmin in Cornwall, had told the "
              "school she was worried about older boys collecting him in a car."),
        ("h1", "What has already been done"),
        ("ul", [
            "R's sister has been seen and a child and family assessment completed.",
            "The complex safeguarding team has held a multi-agency child exploitation meeting about the peer group.",
            "The National Referral Mechanism referral was submitted on 4 February 2026.",
            "A review of all open children with two or more missing episodes and no return home interview is under way.",
        ]),
        ("h1", "Learning so far"),
        ("p", "Partners identified learning about how return home interviews are pursued when a child declines, "
              "about turning exploitation concerns into a National Referral Mechanism referral without delay, and "
              "about listening to wider family members who raise worries."),
        ("h1", "Our decision"),
        ("p", "Having considered the guidance in Working Together to Safeguard Children 2023, the partners have "
              "decided that the criteria for a local child safeguarding practice review are met and we will "
              "undertake an LCSPR. We will let you know the name of the reviewer when appointed."),
        ("p", "We also think this case may be appropriate for a national review. The pattern of children from "
              "Plymouth being moved along the A38 corridor to Torbay and Cornwall involves several force and "
              "local authority areas, and we would ask the Panel to consider it alongside its work on child "
              "criminal exploitation."),
        ("p", "Yours sincerely,"),
        ("lines", ["Independent Chair and Scrutineer", "On behalf of the Plymouth safeguarding partners"]),
    ],
    expect=E("2026-02-23", "rapid_review", "E06000026", "accepted", [],
             [("document_date", "2026-02-20"), ("sin_reference", "2026/0219"), ("sin_date", "2026-02-03"),
              ("incident_date", "2026-01-30"), ("review_date", "2026-02-17"), ("lcspr_decision", "yes"),
              ("national_review", "recommended"), ("child", "Child R")],
             "Narrative letter exported from Word with a cover page; every date is stated only inside a sentence; "
             "LCSPR yes and the Panel is asked to consider a national review; Torquay, Torbay and Cornwall are "
             "only mentioned in passing."),
))

# 3 --------------------------------------------------------------- Norfolk
DOCS.append(dict(
    file="rapid-review-form-norfolk-baby-n-easter.pdf",
    fmt="rlpdf", date="2026-04-15", author="Norfolk Safeguarding Children Partnership",
    title="Rapid Review - Baby N", header="NSCP  Rapid Review Report   RESTRICTED", footer="Norfolk Safeguarding Children Partnership",
    blocks=[
        ("title", "Norfolk Safeguarding Children Partnership"),
        ("sub", "RAPID REVIEW REPORT"),
        ("table", [
            ["Notification ref.", "SIN 2026/0504"],
            ["Child", "Baby N (female, 9 weeks)"],
            ["Incident", "20/03/2026"],
            ["Date SIN submitted", "23/03/2026"],
            ["RR meeting", "09/04/2026"],
            ["Chair", "Head of Safeguarding, Norfolk County Council"],
        ]),
        ("h1", "1. Circumstances"),
        ("p", "Baby N was brought to the Norfolk and Norwich University Hospital by her father with a bleed on the "
              "brain that doctors consider is likely to have been caused by shaking. She has been discharged to "
              "foster care. Her father has been interviewed under caution by Norfolk Constabulary. The family "
              "moved to King's Lynn from Lowestoft, in Suffolk, three months before the incident."),
        ("h1", "2. Agency involvement"),
        ("p", "Midwifery in Suffolk recorded the parents' own care histories and made a referral to Suffolk "
              "children's services, which was closed when the family moved. The transfer of the health visiting "
              "record to Norfolk took five weeks. The GP saw N once for feeding difficulties. No agency in Norfolk "
              "knew of the closed Suffolk referral."),
        ("h1", "3. Immediate safeguarding action"),
        ("p", "A strategy meeting was held on the day of admission, N's older half-sibling was seen at school and "
              "is safe with her mother, and the health visiting service has chased all records of families who "
              "moved into Norfolk in the last six months and have no first contact."),
        ("h1", "4. Learning"),
        ("p", "Partners noted learning about records following a family across a county boundary, and about "
              "the ICON programme messages on coping with crying being given to fathers as well as mothers."),
        ("h1", "5. Decision"),
        ("p", "The safeguarding partners considered whether the criteria in chapter 5 of Working Together 2023 are "
              "met. The learning is already clear, is being acted upon, and is being shared with Suffolk through "
              "the regional network. The partners decided that the criteria for a local child safeguarding "
              "practice review are not met and an LCSPR will not be undertaken. A single-agency learning "
              "review of records transfer will be completed by the ICB."),
        ("h1", "6. National review"),
        ("p", "Partners do not believe a national review is needed; the Panel's existing work on babies and "
              "non-accidental injury covers the themes."),
        ("h1", "7. Agreed by"),
        ("table", [
            ["Norfolk County Council", "Executive Director, Children's Services"],
            ["Norfolk Constabulary", "Detective Chief Superintendent"],
            ["NHS Norfolk and Waveney Integrated Care Board", "Chief Nursing Officer"],
        ]),
    ],
    expect=E("2026-04-15", "rapid_review", "E10000020", "accepted", [],
             [("sin_reference", "2026/0504"), ("sin_date", "2026-03-23"), ("incident_date", "2026-03-20"),
              ("review_date", "2026-04-09"), ("lcspr_decision", "no"), ("national_review", "not_recommended"),
              ("child", "Baby N")],
             "Short PDF form with dd/mm/yyyy dates and 'SIN 2026/0504'; Good Friday and Easter Monday 2026 make "
             "the deadline 2026-04-15, the day it arrived, so it is on time; Lowestoft and Suffolk appear only as "
             "where the family came from."),
))

# 4 --------------------------------------------------------------- Walsall
DOCS.append(dict(
    file="rapid-review-walsall-child-kai-meeting-postponed.docx",
    fmt="docx", headings="bold", date="2026-05-08", author="Walsall Safeguarding Partnership",
    title="Rapid review Child Kai",
    blocks=[
        ("title", "Walsall Safeguarding Partnership"),
        ("p", "Rapid Review - Child Kai"),
        ("p", "Prepared for the Child Safeguarding Practice Review Panel"),
        ("h1", "Key dates"),
        ("lp", "Incident:", "14/04/2026"),
        ("lp", "Notification to Panel (SIN):", "16/04/2026, reference 2026/0711"),
        ("lp", "Rapid review meeting:", "originally 5 May, held 7 May 2026 (see note)"),
        ("p", "Note: the meeting was postponed by two days because the hospital's chronology was not ready, and "
              "the report could not be signed off by all three partners before the May bank holiday weekend. We "
              "apologise that this reaches the Panel after the 15 working days."),
        ("h1", "About Kai"),
        ("p", "Kai is a 10-year-old boy who lives with his mother and two younger sisters in Bloxwich. On 14 April "
              "2026 he was admitted to Walsall Manor Hospital after taking a large quantity of his mother's "
              "prescribed medication. He told a nurse that he wanted to go to sleep and not wake up. He has since "
              "recovered physically."),
        ("h1", "What agencies were doing"),
        ("p", "Kai's primary school had made three referrals about his mother's low mood and the children's "
              "neglected appearance. Two were signposted to early help; the third led to a child in need plan "
              "that was stepped down in February 2026. Black Country Healthcare NHS Foundation Trust's CAMHS had "
              "Kai on a waiting list for fourteen months. West Midlands Police had attended the home twice for "
              "concern for welfare calls about his mother."),
        ("h1", "Immediate actions"),
        ("ul", ["Kai's CAMHS assessment took place on the ward and he now has a care coordinator.",
                "Section 47 enquiries concluded with a child protection plan for all three children.",
                "Adult mental health services have re-opened his mother's case.",
                "CAMHS has reviewed its waiting list for any child under 12 with self-harm recorded."]),
        ("h1", "Learning"),
        ("p", "Early learning is about the weight given to repeated school referrals, what happens to children "
              "on long CAMHS waits, and the step-down of a plan when the parent's own health has not improved."),
        ("h1", "Decision"),
        ("p", "All three statutory partners agreed that the criteria for a local child safeguarding practice "
              "review are met. An LCSPR will be commissioned."),
        ("h1", "National review"),
        ("p", "The partners do not recommend a national review."),
        ("p", "Signed on behalf of Walsall Council, West Midlands Police and NHS Black Country Integrated Care Board."),
    ],
    expect=E("2026-05-11", "rapid_review", "E08000030", "accepted", ["rapid_review_late"],
             [("sin_reference", "2026/0711"), ("sin_date", "2026-04-16"), ("incident_date", "2026-04-14"),
              ("review_date", "2026-05-07"), ("lcspr_decision", "yes"), ("national_review", "not_recommended"),
              ("child", "Child Kai")],
             "Bold-paragraph headings and 'Label: 16/04/2026' lines; SIN 16 April 2026, due 2026-05-08 after the "
             "May Day holiday, received 2026-05-11 after the meeting was postponed: late, but forwarded."),
))

# 5 --------------------------------------------------------------- Solihull
DOCS.append(dict(
    file="rapid-review-draft-solihull-before-sign-off.docx",
    fmt="docx", headings="styles", date="2026-06-23", author="SSCP",
    title="DRAFT Rapid Review Child T", header="DRAFT v0.3 - NOT FOR CIRCULATION", page_numbers=True,
    blocks=[
        ("title", "DRAFT - Rapid Review"),
        ("sub", "Solihull Safeguarding Children Partnership"),
        ("p", "Version 0.3 - for comment by partners before sign-off"),
        ("table", [
            ["Child", "Child T"],
            ["SIN reference", "2026/0975"],
            ["SIN sent", "8 June 2026"],
            ["Date of incident", "5 June 2026"],
            ["Rapid review meeting", "22 June 2026"],
        ]),
        ("h1", "Background"),
        ("p", "T, aged 16, was stabbed in the leg near Chelmsley Wood shopping centre on 5 June 2026. He was treated "
              "at Heartlands Hospital in Birmingham. T had been excluded from school in January and had links to "
              "an older group that West Midlands Police believe is involved in supplying drugs in Solihull and "
              "east Birmingham."),
        ("h1", "Agency involvement"),
        ("p", "T was open to the youth justice service and to the adolescent safeguarding team. He had been "
              "discussed twice at the multi-agency child exploitation panel. His alternative provision reported "
              "his non-attendance daily. Health records show two attendances at the emergency department with "
              "minor injuries in 2025."),
        ("h1", "Immediate actions"),
        ("ul", ["A safety plan is in place and T has moved to live with his aunt outside the area.",
                "Disruption activity against the adults involved is being led by West Midlands Police.",
                "The alternative provision has agreed a same-day call to the allocated worker on any absence."]),
        ("h1", "Learning identified"),
        ("p", "Learning so far concerns the transition from mainstream school to alternative provision, and how "
              "emergency department attendances by teenagers are shared with the allocated worker."),
        ("h1", "Decision on an LCSPR"),
        ("p", "[Decision to be inserted here once the three safeguarding partners have signed off - DSP to confirm]"),
        ("h1", "National review"),
        ("p", "The partners' view is that the case does not meet the threshold for a national review."),
        ("p", "Comments to the partnership business manager by Wednesday please."),
    ],
    expect=E("2026-06-24", "rapid_review", "E08000029", "rejected", ["lcspr_decision_missing"],
             [("sin_reference", "2026/0975"), ("sin_date", "2026-06-08"), ("incident_date", "2026-06-05"),
              ("review_date", "2026-06-22"), ("national_review", "not_recommended"), ("child", "Child T")],
             "A DRAFT (v0.3) sent before sign-off whose decision section is only a bracketed placeholder; the "
             "national review view is given; Birmingham appears only as where the hospital is and a wider area."),
))

# 6 -------------------------------------------------------------- St Helens
DOCS.append(dict(
    file="rapid-review-st-helens-decision-at-extraordinary-meeting.md",
    fmt="md", date="2026-07-10",
    blocks=[
        ("title", "St Helens Safeguarding Children Partnership - Rapid Review Summary"),
        ("p", "**Child:** Child J  \n**SIN reference:** 2026/1032  \n**Notified to the Panel:** 22nd June 2026  \n"
              "**Incident:** 19th June 2026  \n**Rapid review meeting:** 7th July 2026"),
        ("h1", "What happened"),
        ("p", "J, a 4-year-old girl, was brought to Whiston Hospital with severe dehydration and weight loss. "
              "Clinicians were concerned about neglect. She has a diagnosis of autism and a very restricted diet. "
              "She lives with her father, who is her sole carer; her mother lives in Wigan and has supervised contact."),
        ("h1", "Agency involvement"),
        ("p", "J attended a nursery until Easter, when her father withdrew her. The nursery reported her absence to "
              "the early years team but not to children's social care. The community paediatrician had seen J in "
              "February and referred her to a dietitian; two dietetic appointments were not attended and she was "
              "discharged back to the GP. Merseyside Police had no involvement."),
        ("h1", "Immediate actions"),
        ("p", "J is now in hospital on a feeding plan. Children's social care have started section 47 enquiries. "
              "Mersey and West Lancashire Teaching Hospitals have reviewed their 'was not brought' policy for "
              "children with complex needs."),
        ("h1", "Learning"),
        ("p", "Early learning relates to 'was not brought' responses for disabled children, and to nursery "
              "withdrawals of children with additional needs."),
        ("h1", "Decision on a local child safeguarding practice review"),
        ("p", "The safeguarding partners have not yet reached a decision about whether the criteria for an LCSPR "
              "are met. Further information has been requested from the hospital trust and the dietetic service, "
              "and the decision will be made at an extraordinary meeting of the partners on 14 July 2026. The "
              "Panel will be told the outcome straight after."),
        ("h1", "National review"),
        ("p", "The partners do not consider that a national review is appropriate."),
        ("p", "Agreed for submission by St Helens Borough Council, Merseyside Police and NHS Cheshire and "
              "Merseyside ICB."),
    ],
    expect=E("2026-07-10", "rapid_review", "E08000013", "rejected", ["lcspr_decision_missing"],
             [("sin_reference", "2026/1032"), ("sin_date", "2026-06-22"), ("incident_date", "2026-06-19"),
              ("review_date", "2026-07-07"), ("lcspr_decision", "undecided"), ("national_review", "not_recommended"),
              ("child", "Child J")],
             "Markdown summary with bold labels and ordinal dates; the decision is deferred to an extraordinary "
             "meeting on 14 July, so it is undecided and no decision; Wigan is only where the mother lives."),
))

# 7 ----------------------------------------------------------------- Wirral
WIRRAL_TXT = """WIRRAL SAFEGUARDING CHILDREN PARTNERSHIP
RAPID REVIEW - CHILD M

Ref (SIN) ............ 2026/1460
Date of SIN .......... 7.9.2026
Date of incident ..... 4.9.2026
Rapid review held .... 24.9.2026
Child ................ Child M, aged 15

BACKGROUND
M was found by a member of the public on the shore at New Brighton on the
night of 4 September 2026, intoxicated and with hypothermia. He was taken to
Arrowe Park Hospital. M had been reported missing by his residential home in
Birkenhead that afternoon. M is a child looked after by a local authority
in the north east and has lived in Wirral for eight months.

AGENCY INVOLVEMENT
The placing authority's social worker visited every six weeks. Wirral
children's services had been notified of the placement but had no role in
his care plan. Merseyside Police had 17 missing episodes recorded since
January; return interviews were the placing authority's responsibility and
four had been completed. M's school place was in a pupil referral unit in
Wallasey; he attended 38% of sessions. The looked after children nurse from
Wirral Community Health and Care NHS Foundation Trust had not been asked to
complete his review health assessment.

LEARNING
- Children placed in Wirral by other authorities are not routinely
  discussed at the local missing and exploitation meeting.
- Responsibility for return home interviews is unclear for children
  placed from elsewhere.
- Health assessments for children placed from elsewhere depend on the
  placing authority asking.

DECISION ON LCSPR
The partners agreed the criteria for a local child safeguarding practice
review are met. An LCSPR will be carried out jointly with the placing
authority.

NATIONAL REVIEW
Partners consider a national review is not appropriate, although the
Panel may wish to note the cross-boundary placement issue.

Agreed: Wirral Council, Merseyside Police, NHS Cheshire and Merseyside ICB.
"""

DOCS.append(dict(
    file="rapid-review-wirral-child-m-no-actions-section.txt",
    fmt="raw", raw=WIRRAL_TXT,
    expect=E("2026-09-25", "rapid_review", "E08000015", "accepted", ["missing_immediate_actions"],
             [("sin_reference", "2026/1460"), ("sin_date", "2026-09-07"), ("incident_date", "2026-09-04"),
              ("review_date", "2026-09-24"), ("lcspr_decision", "yes"), ("national_review", "not_recommended"),
              ("child", "Child M")],
             "Plain text with dotted labels and d.m.yyyy dates; it says what agencies knew, the learning and the "
             "decision but nowhere what was done to keep M or others safe after the incident."),
))

# 8 --------------------------------------------------------------- Redbridge
REDBRIDGE_BODY = """Good afternoon,

Please see below the rapid review for Child A, agreed by the Redbridge
safeguarding partners this week. The usual template would not attach from
our secure system, so I have pasted it in.

Kind regards
Partnership Business Manager
Redbridge Safeguarding Children Partnership

--------------------------------------------------------------------
RAPID REVIEW - REDBRIDGE SAFEGUARDING CHILDREN PARTNERSHIP

Child: Child A (girl, 13)
SIN ref: 2026/0048
SIN date: 12/01/26
Incident date: 09/01/26
RR meeting date: 27/01/26

Summary
A was assaulted by a group of older teenagers near Ilford station; a video
of the assault was shared on social media. She needed surgery at King
George Hospital, Goodmayes. Two of those involved live in the neighbouring
borough of Barking and Dagenham.

Agencies involved before the incident
- School: A's attendance had dropped since October; bullying reported twice.
- CAMHS (NELFT): referral accepted in November, first appointment pending.
- Metropolitan Police: no previous involvement with A.
- Children's social care: contact in December closed with advice.

Immediate actions
- Safety plan agreed with A and her mother; A is attending a different school.
- Police investigation ongoing; three arrests.
- School-based safety mapping completed with the Met's schools officers.

Learning
Learning is about how schools escalate online bullying that moves offline,
and about the threshold applied to the December contact.

LCSPR decision
The partners decided that the criteria for a local child safeguarding
practice review are not met. The learning will be taken forward through a
multi-agency practice learning event in March.

National review
Not recommended - the issues are local.

Signed off: London Borough of Redbridge, Metropolitan Police (East Area
BCU), NHS North East London ICB.
--------------------------------------------------------------------
"""

DOCS.append(dict(
    file="rapid-review-pasted-into-email-redbridge.eml",
    fmt="eml",
    eml=dict(frm=("Redbridge Safeguarding Children Partnership", "rscp@redbridge.gov.uk"),
             to=("Child Safeguarding Practice Review Panel", "Mailbox.CSPReviewPanel@education.gov.uk"),
             subject="Rapid review - Redbridge - Child A - SIN 2026/0048",
             date="Fri, 30 Jan 2026 14:12:09 +0000", msgid="<RR-0048.1769782329@redbridge.gov.uk>",
             body=REDBRIDGE_BODY),
    expect=E("2026-01-30", "rapid_review", "E09000026", "accepted", [],
             [("sin_reference", "2026/0048"), ("sin_date", "2026-01-12"), ("incident_date", "2026-01-09"),
              ("review_date", "2026-01-27"), ("lcspr_decision", "no"), ("national_review", "not_recommended"),
              ("child", "Child A")],
             "Rapid review pasted into the body of an email with dd/mm/yy dates ('12/01/26') under a short "
             "covering note; Barking and Dagenham is mentioned only as where others live."),
))

# 9 --------------------------------------------------------------- Cumbria
DOCS.append(dict(
    file="rapid-review-tracked-changes-cumbria-sin-date-corrected.docx",
    fmt="tracked", date="2026-03-03", author="Cumbria Safeguarding Children Partnership",
    title="Rapid Review Child F",
    blocks=[
        ("title", "Cumbria Safeguarding Children Partnership"),
        ("sub", "Rapid Review Report - Child F"),
        ("p", "This review covers a child living in the Westmorland and Furness Council area."),
        ("h1", "1. Key information"),
        ("tp", ["Child: ", ("", "Child F, aged 2")]),
        ("tp", ["Serious incident notification reference: ", ("", "2026/0266")]),
        ("tp", ["Date the SIN was sent to the Panel: ", ("del", "10/02/2026"), ("ins", "09/02/2026")]),
        ("tp", ["Date of incident: ", ("", "06/02/2026")]),
        ("tp", ["Date of the rapid review meeting: ", ("del", "23/02/2026"), ("ins", "25/02/2026")]),
        ("h1", "2. What happened"),
        ("p", "F was found by her mother not breathing after falling into a garden pond at a relative's house near "
              "Ulverston. She was taken to Furness General Hospital and transferred to the Royal Preston Hospital, "
              "and has made a good recovery. The relatives, who live in Barrow-in-Furness, were caring for F and two "
              "other children at the time."),
        ("h1", "3. Agency involvement"),
        ("p", "Health visiting had completed all universal contacts. There had been no involvement from "
              "children's social care or Cumbria Constabulary. F attended a childminder two days a week."),
        ("h1", "4. Immediate actions"),
        ("p", "A strategy discussion found no grounds for enquiries under section 47. Water safety advice was "
              "given to the family by the health visitor."),
        ("h1", "5. Learning"),
        ("p", "The review found no missed opportunities by agencies. The partners will add water safety for "
              "toddlers to the public health messages shared in the summer campaign."),
        ("h1", "6. Decision"),
        ("tp", ["The safeguarding partners agreed that ",
                ("del", "an LCSPR will be commissioned."),
                ("ins", "the criteria for a local child safeguarding practice review are not met and an LCSPR will "
                        "not be undertaken; this was an accident without failings in practice.")]),
        ("h1", "7. National review"),
        ("tp", [("del", "The partners would ask the Panel to consider a national review."),
                ("ins", "The partners do not consider that a national review is appropriate.")]),
        ("p", "Agreed by: Westmorland and Furness Council, Cumberland Council, Cumbria Constabulary and NHS "
              "Lancashire and South Cumbria Integrated Care Board."),
    ],
    expect=E("2026-03-03", "rapid_review", "E06000063", "accepted", ["rapid_review_late"],
             [("sin_reference", "2026/0266"), ("sin_date", "2026-02-09"), ("incident_date", "2026-02-06"),
              ("review_date", "2026-02-25"), ("lcspr_decision", "no"), ("national_review", "not_recommended"),
              ("child", "Child F")],
             "Tracked changes correct the SIN date from 10/02 to 09/02/2026 and the meeting date, delete 'an LCSPR "
             "will be commissioned' and replace the national review request: due 2026-03-02, so received 2026-03-03 "
             "it is late only if the deleted date is not read; the decision read is no."),
))

# 10 ---------------------------------------------- Sunderland + South Tyneside
DOCS.append(dict(
    file="rapid-review-joint-sunderland-and-south-tyneside.docx",
    fmt="docx", headings="styles", date="2026-05-28", author="Sunderland and South Tyneside business units",
    title="Joint Rapid Review - Child Riley", header="OFFICIAL SENSITIVE", page_numbers=True,
    blocks=[
        ("title", "Joint Rapid Review"),
        ("sub", "Sunderland Safeguarding Children Partnership and South Tyneside Safeguarding Children Partnership"),
        ("p", "This rapid review was carried out jointly by the two partnerships because Riley and his family "
              "moved between the two areas during the period reviewed, and both sets of agencies were involved. "
              "It is submitted on behalf of both partnerships."),
        ("table", [
            ["Child", "Child Riley, aged 6"],
            ["SIN reference", "2026/0802"],
            ["SIN submitted", "11 May 2026"],
            ["Date of incident", "8 May 2026"],
            ["Joint rapid review meeting", "27 May 2026"],
        ]),
        ("h1", "Summary of the incident"),
        ("p", "Riley was admitted to Sunderland Royal Hospital with burns to his hands that his mother said were "
              "caused by a kettle. The injuries were in a pattern that the paediatrician considered consistent "
              "with deliberate immersion. Northumbria Police are investigating."),
        ("h1", "Agency involvement"),
        ("p", "In South Tyneside Riley was subject to a child in need plan until the family moved to Sunderland in "
              "January 2026. The transfer-in conference in Sunderland did not take place because the plan had "
              "closed on the day of the move. Riley's new school in Sunderland had recorded two bruises. South "
              "Tyneside's school nursing service held records that were not requested."),
        ("h1", "Immediate actions"),
        ("ul", ["Riley and his sister are in foster care under an interim care order.",
                "Both local authorities have checked every case that closed on transfer in the last year.",
                "School nursing services in both areas have agreed a records request on every school move."]),
        ("h1", "Learning"),
        ("p", "The learning is about transfer of cases between neighbouring authorities and the risk of closing "
              "a plan at the point a family moves."),
        ("h1", "Decision"),
        ("p", "The safeguarding partners of both partnerships agreed that the criteria for an LCSPR are met and a "
              "joint LCSPR will be commissioned, overseen by both independent scrutineers."),
        ("h1", "National review"),
        ("p", "Both partnerships agree that a national review is not required."),
        ("table", [
            ["Sunderland partners", "South Tyneside partners"],
            ["Sunderland City Council\nNorthumbria Police\nNHS North East and North Cumbria ICB",
             "South Tyneside Council\nNorthumbria Police\nNHS North East and North Cumbria ICB"],
        ], True),
    ],
    expect=E("2026-05-29", "rapid_review", "—", "rejected", ["partnership_unknown"],
             [("sin_reference", "2026/0802"), ("sin_date", "2026-05-11"), ("incident_date", "2026-05-08"),
              ("review_date", "2026-05-27"), ("lcspr_decision", "yes"), ("national_review", "not_recommended"),
              ("child", "Child Riley")],
             "A joint rapid review submitted on behalf of Sunderland and South Tyneside partnerships equally, with "
             "two sign-off columns: no single partnership."),
))

# 11 ------------------------------------------------------------------ Oldham
OLDHAM_ATTACHMENT = [
    ("title", "Oldham Safeguarding Children Partnership"),
    ("sub", "Rapid Review"),
    ("table", [
        ["Name of child (pseudonym)", "Child E"],
        ["Date of birth / age", "Age 11"],
        ["SIN reference number", "2026/1598"],
        ["Date SIN notified", "05 October 2026"],
        ["Date of serious incident", "02 October 2026"],
        ["Date rapid review meeting held", "21 October 2026"],
    ], False),
    ("h1", "Brief summary"),
    ("p", "E was seriously injured when she was hit by a car after running from home during a row between her "
          "parents. Greater Manchester Police attended; both parents had been drinking. E was taken to the Royal "
          "Oldham Hospital and then to Royal Manchester Children's Hospital."),
    ("h1", "Agency involvement"),
    ("p", "Two previous domestic abuse notifications were shared with E's school through Operation Encompass. "
          "Early help had worked with the family for three months in 2025. Adult drug and alcohol services were "
          "working with E's father."),
    ("h1", "Actions taken since the incident"),
    ("p", "E is living with her maternal aunt. A domestic abuse risk assessment has been completed for her "
          "mother. The drug and alcohol service has reviewed how it records children in the household."),
    ("h1", "Learning"),
    ("p", "The learning concerns the link between adult services and children's services where a parent's "
          "drinking is known, and the use of Operation Encompass notifications by schools."),
    ("h1", "LCSPR decision"),
    ("p", "The partners decided the case does not meet the criteria for a local child safeguarding practice "
          "review. The learning will be addressed through a thematic audit of parental alcohol misuse."),
    ("h1", "National review"),
    ("p", "A national review is not considered appropriate."),
    ("p", "Approved by Oldham Council, Greater Manchester Police and NHS Greater Manchester ICB."),
]

DOCS.append(dict(
    file="rapid-review-oldham-child-e-email-with-word-attachment.eml",
    fmt="eml",
    eml=dict(frm=("OSCP Business Unit", "oscp@oldham.gov.uk"),
             to=("CSPR Panel", "Mailbox.CSPReviewPanel@education.gov.uk"),
             subject="Oldham rapid review - Child E",
             date="Fri, 23 Oct 2026 09:41:30 +0100", msgid="<oscp-rr-1598.1792744890@oldham.gov.uk>",
             body="Dear colleagues,\n\nPlease find the rapid review for Oldham attached as a Word document.\n\n"
                  "Many thanks\nOSCP Business Unit\n",
             attachments=[dict(name="Oldham RR Child E.docx", blocks=OLDHAM_ATTACHMENT, date="2026-10-22",
                               author="OSCP", title="Rapid Review Child E", headings="bold")]),
    expect=E("2026-10-23", "rapid_review", "E08000004", "accepted", [],
             [("sin_reference", "2026/1598"), ("sin_date", "2026-10-05"), ("incident_date", "2026-10-02"),
              ("review_date", "2026-10-21"), ("lcspr_decision", "no"), ("national_review", "not_recommended"),
              ("child", "Child E")],
             "A two-line covering email with the rapid review as a DOCX attachment (the row is the attachment's "
             "outcome); 'Manchester' appears only in police, ICB and hospital names."),
))

# 12 -------------------------------------------------- Leicestershire and Rutland
DOCS.append(dict(
    file="rapid-review-leicestershire-rutland-date-split-across-lines.pdf",
    fmt="rlpdf", date="2026-11-02", author="LRSCP", title="Rapid review Child Q",
    header="Leicestershire and Rutland Safeguarding Children Partnership - Rapid Review",
    footer="OFFICIAL-SENSITIVE", pages_total=True,
    blocks=[
        ("title", "Rapid Review: Child Q"),
        ("sub", "Leicestershire and Rutland Safeguarding Children Partnership (LRSCP)"),
        ("h1", "Introduction"),
        ("lines", ["Child Q is a 12-year-old girl who lives with her father and stepmother in Oakham, Rutland.",
                   "The incident that led to this review happened on Monday 12 October 2026. The serious",
                   "incident notification (reference 2026/1641) was submitted to the Panel on Wednesday 14",
                   "October 2026. The rapid review meeting was held on Monday 2 November 2026."]),
        ("h1", "The incident"),
        ("p", "Q disclosed to a teacher that she had been sexually abused by an adult family friend over a "
              "period of two years. Leicestershire Police arrested a man the same day. Q had told a friend's "
              "mother in 2025, who reported it to the NSPCC helpline; the referral reached Rutland County Council "
              "but was closed after a single phone call to Q's father."),
        ("h1", "Agency involvement"),
        ("table", [
            ["Agency", "Summary"],
            ["Rutland County Council children's services", "Referral received April 2025; closed after a phone call; no visit to Q."],
            ["Leicestershire Police", "No record of the 2025 concern."],
            ["School (Rutland)", "Recorded Q as withdrawn; pastoral support from January 2026."],
            ["GP", "Two appointments for recurrent urinary infections."],
        ], True),
        ("h1", "Action already taken"),
        ("p", "Q is living safely with her father and stepmother, who are supporting the investigation. She has "
              "been referred to the children and young people's sexual assault referral centre in Leicester. "
              "Rutland County Council has audited all contacts closed without a visit in the past year."),
        ("h1", "Emerging learning"),
        ("p", "Partners noted the risk of accepting a parent's account without speaking to the child, and of "
              "closing third-party referrals without informing the referrer."),
        ("h1", "Decision"),
        ("p", "The LRSCP partners (Leicestershire County Council, Rutland County Council, Leicestershire Police "
              "and NHS Leicester, Leicestershire and Rutland Integrated Care Board) agreed that the criteria for "
              "a local child safeguarding practice review are met. An LCSPR will be undertaken."),
        ("h1", "National review"),
        ("p", "It is not considered that a national review is appropriate."),
    ],
    expect=E("2026-11-03", "rapid_review", "E10000018", "accepted", [],
             [("sin_reference", "2026/1641"), ("sin_date", "2026-10-14"), ("incident_date", "2026-10-12"),
              ("review_date", "2026-11-02"), ("lcspr_decision", "yes"), ("national_review", "not_recommended"),
              ("child", "Child Q")],
             "PDF whose key dates are only in prose, the SIN date split across a line break ('Wednesday 14' / "
             "'October 2026'); 'Page N of M' footer; a Rutland child of the joint Leicestershire and Rutland "
             "partnership."),
))

# 13 --------------------------------------------------------- Bracknell Forest
DOCS.append(dict(
    file="rapid-review-bracknell-forest-four-column-form.docx",
    fmt="docx", headings="bold", date="2026-03-19", author="Bracknell Forest Safeguarding Board",
    title="Rapid review template", header="Rapid Review - OFFICIAL SENSITIVE",
    footer="Bracknell Forest Safeguarding Board", page_numbers=True,
    blocks=[
        ("title", "Bracknell Forest Safeguarding Board"),
        ("p", "Rapid Review Report (children)"),
        ("table", [
            ["Child's identifier", "Child G", "Age", "8 weeks"],
            ["SIN number", "2026/0377", "SIN submitted on", "March 4, 2026"],
            ["Incident date", "March 1, 2026", "Rapid review meeting", "March 19, 2026"],
            ["Lead agency", "Bracknell Forest Council", "Chair", "Head of Safeguarding"],
        ]),
        ("h1", "Part A - Summary"),
        ("p", "G was taken to Frimley Park Hospital on Sunday 1 March with bruising to her face and a torn frenulum. "
              "A skeletal survey found no fractures. Both parents gave accounts that did not explain the injuries. "
              "G is now placed with her paternal aunt in Reading under a child arrangements order."),
        ("h1", "Part B - Agency involvement"),
        ("p", "Midwifery had recorded the mother's anxiety in pregnancy and made a referral to perinatal mental "
              "health. The health visitor saw G at 10 days and at 6 weeks; on the second visit the father answered "
              "questions for the mother. Thames Valley Police had no prior involvement. Children's social care had "
              "no prior involvement."),
        ("h1", "Part C - What has happened since"),
        ("ul", ["Section 47 enquiries and a child protection conference held on 16 March 2026.",
                "Thames Valley Police investigation ongoing; both parents interviewed.",
                "The health visiting service has re-briefed staff on seeing mothers alone."]),
        ("h1", "Part D - Learning"),
        ("p", "Learning about bruising in non-mobile babies is well established. The local learning concerns "
              "seeing a new mother alone, and the perinatal referral that was not followed up when it was not "
              "accepted."),
        ("h1", "Part E - Recommendation on a local child safeguarding practice review"),
        ("p", "Guidance (paraphrased from Working Together to Safeguard Children 2023, chapter 5): the partners "
              "should decide whether a local review is appropriate, taking into account whether the case shows, "
              "or may show, improvements needed to safeguard children, whether those improvements have been "
              "identified before, and whether the case may raise issues of national importance, in which case "
              "the Panel may decide to carry out a national review."),
        ("p", "The safeguarding partners agreed that the criteria for a local child safeguarding practice review "
              "are not met. The learning will be shared through a practice briefing and the bruising protocol "
              "audit."),
        ("h1", "Part F - National review"),
        ("p", "A national review is not recommended."),
        ("p", "Agreed by: Bracknell Forest Council; Thames Valley Police; NHS Frimley Integrated Care Board."),
    ],
    expect=E("2026-03-20", "rapid_review", "E06000036", "accepted", [],
             [("sin_reference", "2026/0377"), ("sin_date", "2026-03-04"), ("incident_date", "2026-03-01"),
              ("review_date", "2026-03-19"), ("lcspr_decision", "no"), ("national_review", "not_recommended"),
              ("child", "Child G")],
             "Four-column form (label, value, label, value) with dates written 'March 4, 2026'; the partnership "
             "is a 'Safeguarding Board'; a paraphrase of the guidance on national reviews precedes the partners' own "
             "view; Reading and Frimley appear only as a relative's home, a hospital and an ICB."),
))

# 14 ----------------------------------------------------------- North Tyneside
DOCS.append(dict(
    file="rapid-review-north-tyneside-august-bank-holiday.md",
    fmt="md", date="2026-09-07",
    blocks=[
        ("title", "North Tyneside Safeguarding Children Partnership"),
        ("h1", "Rapid Review: Child D"),
        ("table", [
            ["Field", "Detail"],
            ["Child", "Child D (boy, 16)"],
            ["SIN reference", "2026/1377"],
            ["SIN notified to the Panel", "Monday 17 August 2026"],
            ["Date of incident", "Friday 14 August 2026"],
            ["Rapid review meeting", "Friday 4 September 2026"],
        ], True),
        ("h1", "Circumstances"),
        ("p", "D was found in the river Tyne near North Shields Fish Quay after being chased by a group of young "
              "people from Newcastle. He was rescued by the RNLI and treated at the Northumbria Specialist Emergency "
              "Care Hospital in Cramlington. He had been reported missing from home twice in the summer."),
        ("h1", "Involvement of agencies"),
        ("p", "D was on a child in need plan for exploitation. Northumbria Police had flagged him as at risk of "
              "criminal exploitation. His college had withdrawn his place for non-attendance in June. The youth "
              "justice service was working with him on a referral order."),
        ("h1", "Immediate actions"),
        ("p", "A strategy meeting was held the next working day. D is subject to a child protection plan and a "
              "safety plan with his family; disruption work is under way with Northumbria Police and colleagues in "
              "Newcastle."),
        ("h1", "Emerging learning"),
        ("p", "Learning concerns the withdrawal of college places from exploited young people, and joint working "
              "with neighbouring areas where exploitation crosses a boundary."),
        ("h1", "Decision"),
        ("p", "The partners agreed that the criteria for an LCSPR are met. A local child safeguarding practice "
              "review will be carried out."),
        ("h1", "National review"),
        ("p", "The partners do not consider a national review to be appropriate."),
    ],
    expect=E("2026-09-08", "rapid_review", "E08000022", "accepted", [],
             [("sin_reference", "2026/1377"), ("sin_date", "2026-08-17"), ("incident_date", "2026-08-14"),
              ("review_date", "2026-09-04"), ("lcspr_decision", "yes"), ("national_review", "not_recommended"),
              ("child", "Child D")],
             "Markdown with a Field/Detail table; SIN Monday 17 August 2026, due 2026-09-08 after the August bank "
             "holiday (31 August), received that day; Newcastle appears only as where others came from."),
))

# 15 ------------------------------------------------------------- Herefordshire
DOCS.append(dict(
    file="rapid-review-word-export-herefordshire-child-s-over-christmas.pdf",
    fmt="lopdf", headings="styles", date="2026-01-08", author="Herefordshire Safeguarding Children Partnership",
    title="Rapid review Child S", header="Herefordshire Safeguarding Children Partnership", page_numbers=True,
    footer="Rapid review - Child S",
    blocks=[
        ("title", "Rapid Review"),
        ("sub", "Herefordshire Safeguarding Children Partnership"),
        ("table", [["Child", "Child S"], ["Serious incident notification", "2025/2334, sent 17 December 2025"],
                   ["Incident", "15 December 2025"], ["Rapid review meeting", "7 January 2026"]]),
        ("h1", "What happened"),
        ("p", "S, aged 13, disclosed at school that her stepfather had been hitting her with a belt. She had marks "
              "on her back and legs. West Mercia Police arrested her stepfather and S is living with her "
              "grandparents in Leominster."),
        ("h1", "Agency involvement"),
        ("p", "S's school had recorded two previous disclosures of 'being smacked' that were treated as parenting "
              "advice. The school nurse saw S for headaches. Herefordshire Council children's services had no "
              "open involvement. S's mother had recently moved from Worcester."),
        ("h1", "Actions since the incident"),
        ("p", "A strategy discussion on 15 December agreed section 47 enquiries; S and her brother were seen on the "
              "same day; the school's designated safeguarding lead has reviewed all recorded disclosures of "
              "physical chastisement this term."),
        ("h1", "Learning"),
        ("p", "The learning concerns how schools respond to disclosures framed as discipline, and the sharing of "
              "records when a family moves from a neighbouring county."),
        ("h1", "Decision on an LCSPR"),
        ("p", "The partners have decided that the criteria for a local child safeguarding practice review are not "
              "met. A practitioner learning event will be held instead."),
        ("h1", "National review"),
        ("p", "The partners do not consider a national review to be needed."),
        ("p", "Approved by Herefordshire Council, West Mercia Police and NHS Herefordshire and Worcestershire "
              "Integrated Care Board."),
    ],
    expect=E("2026-01-09", "rapid_review", "E06000019", "accepted", [],
             [("sin_reference", "2025/2334"), ("sin_date", "2025-12-17"), ("incident_date", "2025-12-15"),
              ("review_date", "2026-01-07"), ("lcspr_decision", "no"), ("national_review", "not_recommended"),
              ("child", "Child S")],
             "Word export whose reference and SIN date share one table cell ('2025/2334, sent 17 December 2025'); "
             "due 2026-01-12 across Christmas, received in time; Worcester and Worcestershire appear in passing."),
))

# 16 ----------------------------------------------------------- Waltham Forest
DOCS.append(dict(
    file="rapid-review-letter-waltham-forest-national-review-asked.txt",
    fmt="raw",
    raw="""WALTHAM FOREST SAFEGUARDING CHILDREN PARTNERSHIP
Waltham Forest Town Hall, Forest Road, Walthamstow E17 4JF

6 November 2025

To: The Chair, Child Safeguarding Practice Review Panel

Dear Chair

RAPID REVIEW - CHILD V

I enclose the outcome of the rapid review into the death of Child V, a boy
aged 17 who was fatally stabbed in Leyton on Thursday 16 October 2025. The
serious incident notification (our reference 2025/1951) was made on 20
October 2025, and the safeguarding partners met for the rapid review on
5 November 2025.

V was known to children's social care, the youth justice service and the
Metropolitan Police. He had moved between three schools and a pupil referral
unit, and had been excluded twice. His mother asked for help to move out of
the borough in 2024 because she feared for his safety; the housing request
was still open when he died. V's friends, several of whom live in Hackney
and Redbridge, have been offered support.

Since his death the partners have held a strategy meeting about two younger
boys in the same group, offered bereavement support through V's last
school, and the council's housing service has reviewed every open
safeguarding-related request to move.

Learning identified so far concerns the links between exclusion, housing
and exploitation, and the weight given to a parent's own fears.

The partners decided that a local child safeguarding practice review will
be undertaken. Because London boroughs share the same issues of serious
youth violence and moves between boroughs, we believe this case may also be
suitable for a national review, and we ask the Panel to consider one.

Yours sincerely

Independent Chair, Waltham Forest Safeguarding Children Partnership
on behalf of London Borough of Waltham Forest, the Metropolitan Police
Service and NHS North East London Integrated Care Board
""",
    expect=E("2025-11-07", "rapid_review", "E09000031", "accepted", [],
             [("document_date", "2025-11-06"), ("sin_reference", "2025/1951"), ("sin_date", "2025-10-20"),
              ("incident_date", "2025-10-16"), ("review_date", "2025-11-05"), ("lcspr_decision", "yes"),
              ("national_review", "recommended"), ("child", "Child V")],
             "Plain-text letter with every fact in prose (the SIN date split across a line break: '20' / 'October "
             "2025'); LCSPR yes and the Panel asked to consider a national review; Hackney and Redbridge in passing."),
))

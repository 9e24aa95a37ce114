"""Rapid reviews: the Panel's template of label/value tables in many
wordings, narrative letters, forms printed to PDF, a two-column summary,
drafts, tracked changes, plain text and Markdown."""
import os

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import *

RR = "rapid_review"


def heading(doc, text, level=1):
    return doc.add_heading(text, level=level)


# ------------------------------------------------------------------ templates

def wiltshire(out, work):
    name = "rapid-review-template-tables-wiltshire.docx"
    day = "2025-03-04"
    doc = new_docx(day, "Rapid Review Template - Child H", author="SVPP Business Unit")
    para(doc, "Child Safeguarding Practice Review Panel", bold=True, size=14)
    para(doc, "Rapid Review Template", bold=True, size=18)
    para(doc, "OFFICIAL-SENSITIVE (when complete)", italic=True, size=9)
    para(doc, "This template should be completed by the safeguarding partners and returned to the "
              "Panel within 15 working days of the serious incident notification.", size=9, italic=True)
    heading(doc, "Section 1: Case details", 2)
    kv_table(doc, [
        ("Name of LSCP / Safeguarding Partnership", "Wiltshire Safeguarding Vulnerable People Partnership"),
        ("Date of serious incident notification", "13 February 2025"),
        ("Panel reference number", "2025/0261"),
        ("Date rapid review meeting held", "27 February 2025"),
        ("Date of incident", "11 February 2025"),
        ("Child's identifier", "Child H (male, 7 months)"),
        ("Was the child subject to a child protection plan at the time of the incident?", "No"),
        ("Type of incident", "Serious harm: suspected non-accidental head injury"),
    ])
    heading(doc, "Section 2: Summary of the case", 2)
    paras(doc, """
        On 11 February 2025 Child H was taken by ambulance from the family home in
        Trowbridge to the Royal United Hospital, Bath, after his father called 999 to say
        he had stopped breathing properly. A CT scan showed subdural bleeding of different
        ages and retinal haemorrhages. Child H was transferred to the paediatric intensive
        care unit at Bristol Royal Hospital for Children. He has survived but the
        long-term effects are not yet known.

        Child H lives with his mother (22) and father (24). He is their first child. The
        father has a conviction for assault from 2021 that was not known to the health
        visiting service. Police have arrested both parents and they remain on bail.
        Child H is now in the care of his maternal aunt under an interim care order.
    """)
    heading(doc, "Section 3: Agencies involved", 2)
    grid_table(doc, ["Agency", "Involvement with the child and family"], [
        ("Wiltshire Council Children's Services", "No involvement before the incident. Strategy meeting held 11 February 2025; section 47 enquiry and care proceedings."),
        ("Wiltshire Police", "Father known for a 2021 assault on a former partner. No domestic abuse incidents recorded at this address."),
        ("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board", "Designated professionals attended the rapid review and co-ordinated health chronologies."),
        ("HCRG Care Group (health visiting)", "New birth visit and 6-8 week review completed. Father present at both; no concerns recorded."),
        ("Royal United Hospitals Bath NHS Foundation Trust", "Attendance at the emergency department at 14 weeks with a bruise to the cheek, explained as a fall from a bouncer chair. No safeguarding referral was made."),
        ("GP practice", "Routine immunisations. Mother seen twice for low mood after the birth."),
    ])
    heading(doc, "Section 4: Immediate actions taken", 2)
    paras(doc, """
        * A strategy meeting was held on the day of the incident and a section 47 enquiry opened.
        * Child H was placed with his maternal aunt on discharge; contact with both parents is supervised.
        * The emergency department has re-circulated the bruising in non-mobile babies protocol to all staff.
        * The health visiting service has audited all open cases where a non-mobile baby attended hospital with an injury in the last six months.
    """)
    heading(doc, "Section 5: Learning identified so far", 2)
    paras(doc, """
        The bruise at 14 weeks was not treated as a possible sign of abuse, although the
        partnership's bruising protocol says any bruise in a non-mobile baby must be
        referred. The father's history was held by police but was not shared with
        health visiting because no agency asked. Fathers and male carers were seen but
        not engaged with, which repeats a theme from the Panel's national review of
        harm to babies from men in their lives ("The Myth of Invisible Men", 2021).
    """)
    heading(doc, "Section 6: Decision", 2)
    kv_table(doc, [
        ("Has the case met the criteria for an LCSPR?", "Yes. The safeguarding partners agreed that the criteria in Working Together to Safeguard Children 2023 are met and an LCSPR will be commissioned."),
        ("Rationale", "Serious harm to a child under one, with missed opportunities to act on an injury to a non-mobile baby and on the father's history; the review is likely to identify improvements for several agencies."),
        ("Does the partnership consider the case may be appropriate for a national review?", "No. The learning is local and is already covered by the Panel's published national work on non-accidental injury in babies."),
        ("Signed off by the safeguarding partners", "Director of Children's Services; Detective Chief Superintendent, Wiltshire Police; Chief Nursing Officer, BSW ICB"),
    ])
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-03-05", RR, "E06000054", "accepted", [],
        dict(child="Child H", sin_reference="2025/0261", sin_date="2025-02-13", incident_date="2025-02-11",
             review_date="2025-02-27", lcspr_decision="yes", national_review="not_recommended"),
        "The Panel's template with its own labels and a 'Wiltshire Safeguarding Vulnerable People Partnership'; LCSPR commissioned, received on day 14 of 15.")


def hampshire(out, work):
    name = "rapid-review-form-hampshire-siblings-c-and-d.docx"
    day = "2025-02-07"
    doc = new_docx(day, "RR form - Siblings C and D", author="HSCP")
    para(doc, "HAMPSHIRE SAFEGUARDING CHILDREN PARTNERSHIP", bold=True, size=13, color="1F3864")
    para(doc, "Rapid Review - summary for the national Panel", bold=True, size=16)
    kv_table(doc, [
        ("Partnership", "Hampshire Safeguarding Children Partnership (HSCP)"),
        ("SIN ref", "2025/0094"),
        ("SIN submitted", "22/01/2025"),
        ("Incident occurred", "20/01/2025"),
        ("RR meeting", "05/02/2025"),
        ("Children", "Siblings C and D (girl, 6; boy, 4)"),
        ("Category", "Serious harm - neglect"),
        ("Chair", "Head of Safeguarding, Hampshire and Isle of Wight ICB"),
    ], widths=(4.5, 12.0), shade="FCE4D6")
    para(doc, "Background", bold=True, size=12)
    paras(doc, """
        Siblings C and D were found by police at 02:30 on 20 January 2025 alone in a flat in
        Basingstoke with no heating, little food and their mother absent. Both children
        were underweight; D had an untreated burn to his hand. Their mother was arrested
        and later released under investigation. The children are in foster care together.

        The family moved to Hampshire from outside the county in 2023. C attended a primary
        school with 71% attendance in the autumn term. D was not registered with a nursery
        or early years setting and had missed his 2-year health review.
    """)
    para(doc, "Agencies involved", bold=True, size=12)
    paras(doc, """
        * Hampshire County Council Children's Services - an early help assessment in 2024 was closed when the mother did not engage.
        * Hampshire and Isle of Wight Constabulary - two calls about noise and children crying (June and November 2024); no crime recorded.
        * NHS Hampshire and Isle of Wight Integrated Care Board - designated nurse co-ordinated the health chronology.
        * Hampshire and Isle of Wight Healthcare NHS Foundation Trust (health visiting and school nursing).
        * C's primary school - attendance concerns raised with the education welfare service in December 2024.
        * Housing provider - repairs team reported the state of the flat in October 2024 but not to children's services.
    """)
    para(doc, "Immediate actions", bold=True, size=12)
    paras(doc, """
        Both children were placed in foster care under police protection and then an interim
        care order. A health assessment was completed within 48 hours. The housing provider
        has issued guidance to its repairs staff on when and how to make a safeguarding
        referral. The early help service is checking every case closed for non-engagement
        in the last 12 months where a child under 5 is not known to any setting.
    """)
    para(doc, "Learning so far", bold=True, size=12)
    paras(doc, """
        Closing early help for non-engagement without a check on the children's lived
        experience left two young children unseen. Information held by the housing
        provider and the police about the home conditions was never put together. These
        are known themes for the partnership and are covered by its neglect strategy.
    """)
    kv_table(doc, [
        ("LCSPR criteria met?", "No. The partners agreed the criteria for a local child safeguarding practice review are not met. Learning will be taken forward through a local learning review led by the HSCP Learning and Inquiry Group, reporting in June 2025."),
        ("National review?", "Not considered appropriate. The partnership does not think the case raises issues of national importance."),
    ], widths=(4.5, 12.0), shade="FCE4D6")
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-02-10", RR, "E10000014", "accepted", [],
        dict(child="Siblings C and D", sin_reference="2025/0094", sin_date="2025-01-22", incident_date="2025-01-20",
             review_date="2025-02-05", lcspr_decision="no", national_review="not_recommended"),
        "Short-label form ('SIN ref', 'SIN submitted', 'RR meeting', 'Incident occurred') for a sibling group; criteria not met, local learning review instead.")


def lancashire(out, work):
    name = "rapid-review-template-lancashire-child-poppy.docx"
    day = "2025-04-17"
    doc = new_docx(day, "Rapid Review - Child 'Poppy'", author="CSAP Business Team")
    para(doc, "Lancashire Children's Safeguarding Assurance Partnership", bold=True, size=12)
    para(doc, "RAPID REVIEW", bold=True, size=20, color="7030A0")
    para(doc, "Child 'Poppy' (a pseudonym chosen by her family)", italic=True)
    kv_table(doc, [
        ("Safeguarding partnership name", "Lancashire Children's Safeguarding Assurance Partnership (CSAP)"),
        ("Notification reference", "LCSAP-SIN-2025-014"),
        ("Notification date (SIN)", "31 March 2025"),
        ("Date of incident/event", "29 March 2025"),
        ("Date of review", "14 April 2025"),
        ("Age and sex of the child", "15, female"),
        ("Ethnicity", "White British"),
        ("Legal status at the time", "Child in need plan"),
    ], shade="E4DFEC")
    heading(doc, "What happened", 2)
    paras(doc, """
        Poppy was found unconscious in a flat in Preston in the early hours of 29 March
        2025, some 40 miles from her home. She had taken a large amount of a sedative
        drug. Two adult men at the address were arrested for offences of child sexual
        exploitation and supplying controlled drugs. Poppy had been reported missing 11
        times since September 2024, and had been found twice before in other towns with
        older males.
    """)
    heading(doc, "Agency involvement", 2)
    grid_table(doc, ["Agency", "Contact", "Key points"], [
        ("Lancashire County Council Children's Social Care", "Child in need since November 2024", "Exploitation screening tool completed twice; risk scored 'medium' both times."),
        ("Lancashire Constabulary", "11 missing episodes", "Return home interviews offered on 4 occasions and completed twice."),
        ("NHS Lancashire and South Cumbria Integrated Care Board", "Designated nurse", "Health chronology; Poppy attended sexual health services twice."),
        ("Lancashire Teaching Hospitals", "ED attendances", "Two attendances with intoxication; Child Exploitation flag not added."),
        ("School", "Year 11", "Part-time timetable since January 2025."),
        ("Lancashire Youth Justice Service", "None", "-"),
    ], shade="E4DFEC")
    heading(doc, "Immediate actions taken", 2)
    paras(doc, """
        * Complex strategy meeting convened on 31 March 2025; a multi-agency child exploitation (MACE) plan is in place.
        * Poppy is in a specialist placement with a safety plan agreed with her and her mother.
        * Lancashire Constabulary has issued Child Abduction Warning Notices to three adults.
        * The hospital trust has reviewed its use of the Child Exploitation flag.
    """)
    heading(doc, "Learning identified so far", 2)
    paras(doc, """
        The repeated 'medium' scores did not take account of the pattern of episodes across
        towns and the ages of the men she was found with. Return home interviews that were
        not completed were not followed up. A part-time timetable increased the time Poppy
        was unsupervised during the school day.
    """)
    heading(doc, "Decisions", 2)
    kv_table(doc, [
        ("LCSPR decision", "An LCSPR will be commissioned. The partners agreed that the criteria are met and that a review could identify improvements in how exploitation risk is assessed across Lancashire."),
        ("National review - partnership view", "The partnership considers that the case may be appropriate for a national review: it is one of four notifications in the North West since 2024 involving girls exploited through drug supply networks that cross force and partnership boundaries."),
    ], shade="E4DFEC")
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-04-22", RR, "E10000017", "accepted", [],
        dict(child="Child 'Poppy'", sin_reference="LCSAP-SIN-2025-014", sin_date="2025-03-31", incident_date="2025-03-29",
             review_date="2025-04-14", lcspr_decision="yes", national_review="recommended"),
        "Template with 'Notification reference' holding an own prefix containing SIN; Easter falls in the window (due 2025-04-23); LCSPR yes, national review may be appropriate.")


def suffolk(out, work):
    name = "rapid-review-template-suffolk-jt.docx"
    day = "2025-03-20"
    doc = new_docx(day, "Rapid Review JT", author="Suffolk Safeguarding Partnership")
    para(doc, "Suffolk Safeguarding Partnership", bold=True, size=14, color="2F5496")
    para(doc, "Rapid Review Report", bold=True, size=18)
    para(doc, "Restricted: contains personal data. Do not forward outside the Panel secretariat.", italic=True, size=9)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    pairs = [
        ("Name of Safeguarding Partnership", "Suffolk Safeguarding Partnership", "Panel ref", "2025/0433"),
        ("Date SIN notified to the Panel", "Tuesday 4th March 2025", "Date of serious incident", "Saturday 1st March 2025"),
        ("Date Rapid Review held", "Wednesday 19th March 2025", "Child's initials", "JT"),
        ("Age", "15", "Gender", "Male"),
    ]
    for a, b, c, e in pairs:
        cells = t.add_row().cells
        cell_text(cells[0], a, bold=True, shade="DEEAF6")
        cell_text(cells[1], b)
        cell_text(cells[2], c, bold=True, shade="DEEAF6")
        cell_text(cells[3], e)
    doc.add_paragraph()
    heading(doc, "1. Circumstances of the serious incident", 2)
    paras(doc, """
        JT was found by a member of the public on the railway line near Stowmarket on
        the evening of 1 March 2025 and was taken to Addenbrooke's Hospital with serious
        injuries. JT has since said that he intended to end his life. He is recovering and
        is now being cared for on a children's ward with support from the Child and
        Adolescent Mental Health Service.

        JT lives with his father and two younger brothers. His mother died in 2023. He
        had told a teacher in January 2025 that he was being bullied online and that he
        'couldn't see the point'. The school made a referral to the mental health support
        team; JT was on the waiting list for an assessment when the incident happened.
    """)
    heading(doc, "2. Agencies involved", 2)
    grid_table(doc, ["Agency", "Summary"], [
        ("Suffolk County Council - Children and Young People's Services", "Not open before the incident. Bereavement support offered through early help in 2023 and declined."),
        ("Suffolk Constabulary", "No previous contact. Attended the incident with British Transport Police."),
        ("NHS Suffolk and North East Essex Integrated Care Board", "Designated nurse attended and provided the health chronology."),
        ("Norfolk and Suffolk NHS Foundation Trust", "Referral received 27 January 2025; triaged as routine; 14-week wait."),
        ("High school", "Referral to the mental health support team; pastoral check-ins weekly."),
        ("GP", "JT seen once in February 2025 with headaches and poor sleep."),
    ], shade="DEEAF6")
    heading(doc, "3. Immediate actions", 2)
    paras(doc, """
        * A safety plan is in place for JT on discharge, agreed with his father and the mental health service.
        * The mental health trust has re-triaged every referral on its waiting list that mentions hopelessness or thoughts of ending life.
        * The school has reviewed its guidance for staff on what to do when a pupil's statement suggests risk to life.
        * Support has been offered to JT's brothers.
    """)
    heading(doc, "4. Learning identified", 2)
    paras(doc, """
        The words JT used to his teacher were recorded and passed on, but the referral
        did not convey how urgent they were and the triage did not go back to the school
        to ask. The GP consultation in February was not linked to the open referral. The
        partnership's 2024 thematic work on adolescent self-harm found similar gaps and
        the actions from it are not yet complete.
    """)
    heading(doc, "5. Decision and recommendation", 2)
    kv_table(doc, [
        ("Does this case meet the criteria for an LCSPR?", "No. The partners concluded the criteria are not met: agencies' involvement was limited and the learning is already being addressed. The learning will be added to the partnership's thematic review of adolescent mental health and self-harm."),
        ("Is a national review considered appropriate?", "No"),
    ], shade="DEEAF6")
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-03-21", RR, "E10000029", "accepted", [],
        dict(child="JT", sin_reference="2025/0433", sin_date="2025-03-04", incident_date="2025-03-01",
             review_date="2025-03-19", lcspr_decision="no", national_review="not_recommended"),
        "Four-column template with dates as 'Tuesday 4th March 2025' and a child named by initials; criteria not met.")


def birmingham(out, work):
    name = "rapid-review-template-birmingham-green-siblings.docx"
    day = "2025-04-28"
    doc = new_docx(day, "RR - the Green siblings", author="BSCP Review Team")
    p = para(doc, "Birmingham Safeguarding Children Partnership", bold=True, size=12)
    para(doc, "Rapid Review: the Green siblings", bold=True, size=17)
    para(doc, "('Green' is not the family's real name)", italic=True, size=9)
    kv_table(doc, [
        ("LSCP", "Birmingham Safeguarding Children Partnership"),
        ("SIN Ref No.", "BSCP-SIN-25-0042"),
        ("Date of notification", "07/04/25"),
        ("Date of incident", "05/04/25"),
        ("Date RR meeting held", "24/04/25"),
        ("Child(ren)", "The Green siblings: Child 1 (boy, 11), Child 2 (girl, 8), Child 3 (boy, 2)"),
        ("Nature of incident", "House fire; Child 3 suffered serious burns. Older children were in sole care of the home overnight."),
    ], widths=(5, 11.5), shade="FFF2CC")
    heading(doc, "Summary", 2)
    paras(doc, """
        A fire started in the kitchen of the family's home in Erdington at around 01:00 on
        5 April 2025 while the three children were alone. Their mother had gone out at
        about 21:00 and left the 11-year-old in charge. Child 1 carried his sister out and
        went back for his brother; Child 3 was rescued by firefighters and remains at
        Birmingham Children's Hospital with burns to 20% of his body.

        The family had a child protection plan for neglect from 2022 to March 2024. The plan
        ended after a period of improvement. Since then there had been two anonymous calls to
        the children's advice and support service about the children being left alone.
    """)
    heading(doc, "Agencies involved", 2)
    paras(doc, """
        * Birmingham Children's Trust (on behalf of Birmingham City Council): child protection plan 2022-24; two contacts since, both closed after a phone call with the mother.
        * West Midlands Police: attended the fire; mother arrested for child neglect.
        * NHS Birmingham and Solihull Integrated Care Board: co-ordinated the health agencies' chronologies.
        * Birmingham Community Healthcare NHS Foundation Trust: health visiting for Child 3; the 2-year review was missed twice.
        * West Midlands Fire Service: a home fire safety visit was offered in 2023 and not taken up.
        * The older children's primary school: persistent lateness; the school was not told about either contact.
    """)
    heading(doc, "Immediate actions", 2)
    paras(doc, """
        All three children are safe: Child 1 and Child 2 are with their maternal grandparents
        and Child 3 will join them on discharge. The Children's Trust has reviewed the two
        closed contacts and its practice guidance on anonymous referrals. The fire service
        has been added to the partnership's information-sharing agreement for neglect cases.
    """)
    heading(doc, "Emerging learning", 2)
    paras(doc, """
        Contacts about children left alone were closed on the parent's word, without seeing
        the children or asking the school. The end of the child protection plan was not
        followed by any step-down support. The younger child's missed health reviews were
        not shared.
    """)
    heading(doc, "Decisions", 2)
    kv_table(doc, [
        ("Decision re LCSPR", "LCSPR to be undertaken. The criteria are met: serious harm, and the review is likely to show how agencies respond to neglect after a plan ends."),
        ("Recommendation re national review", "Not recommended."),
    ], widths=(5, 11.5), shade="FFF2CC")
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-04-29", RR, "E08000025", "accepted", [],
        dict(child="the Green siblings", sin_reference="BSCP-SIN-25-0042", sin_date="2025-04-07", incident_date="2025-04-05",
             review_date="2025-04-24", lcspr_decision="yes", national_review="not_recommended"),
        "Template with dd/mm/yy dates, a pseudonymous sibling group and a 'BSCP-SIN-' reference; due 2025-04-30 after Easter, received the day before.")


def devon(out, work):
    name = "rapid-review-template-devon-dates-on-three-lines.docx"
    day = "2025-06-23"
    doc = new_docx(day, "Rapid review - Child W", author="DCFP")
    para(doc, "Devon Children and Families Partnership", bold=True, size=13, color="00602B")
    para(doc, "Rapid review - record of decision", bold=True, size=16)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    heads = ["SIN notification sent", "Incident", "Rapid review panel met on", "Reference (SIN)"]
    vals = ["Monday\n9 June\n2025", "Saturday\n7 June\n2025", "Friday\n20 June\n2025", "2025/1102"]
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, bold=True, shade="E2EFD9")
    for c, v in zip(t.rows[1].cells, vals):
        cell_text(c, v)
    doc.add_paragraph()
    kv_table(doc, [
        ("Partnership", "Devon Children and Families Partnership (the safeguarding partnership for Devon County Council, Devon and Cornwall Police and NHS Devon Integrated Care Board)"),
        ("Child", "Child W, aged 3"),
        ("Category", "Serious harm - near drowning"),
    ], shade="E2EFD9")
    heading(doc, "Case summary", 2)
    paras(doc, """
        Child W was pulled from the river near the family's home outside Barnstaple on the
        afternoon of 7 June 2025 after being missing for about 40 minutes. He was
        resuscitated by paramedics and air-lifted to Derriford Hospital. He is expected to
        recover. His mother was found at home intoxicated; his father does not live with
        the family. Child W has a sister of 14 months.

        Children's services had received four notifications from police of domestic abuse
        between the parents in the last 18 months and the mother had twice been referred to
        the drug and alcohol service. A child protection conference was due on 12 June.
    """)
    heading(doc, "Agency involvement", 2)
    paras(doc, """
        Devon County Council Children's Services (assessment and a child in need plan),
        Devon and Cornwall Police (domestic abuse notifications; attendance at the incident),
        NHS Devon Integrated Care Board (designated nurse), health visiting (Livewell
        Southwest), the GP practice, the drug and alcohol service (two referrals, one
        appointment attended), the early years setting (Child W attended two mornings a week).
    """)
    heading(doc, "Immediate actions", 2)
    paras(doc, """
        Both children are living with their paternal grandmother under a safety plan. An
        initial child protection conference was held on 12 June 2025. The drug and alcohol
        service has changed its practice so that a parent of a child under 5 who does not
        attend is followed up with the allocated social worker within 48 hours.
    """)
    heading(doc, "Learning identified", 2)
    paras(doc, """
        The cumulative effect of the domestic abuse notifications and the mother's alcohol
        use was not recognised until late. The child in need plan did not include a plan for
        supervision of the children when the mother had been drinking.
    """)
    heading(doc, "Decision", 2)
    kv_table(doc, [
        ("LCSPR?", "Yes - the partners have decided to commission a local child safeguarding practice review."),
        ("National review?", "We do not consider the case requires a national review."),
    ], shade="E2EFD9")
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-06-24", RR, "E10000008", "accepted", [],
        dict(child="Child W", sin_reference="2025/1102", sin_date="2025-06-09", incident_date="2025-06-07",
             review_date="2025-06-20", lcspr_decision="yes", national_review="not_recommended"),
        "Dates written as weekday, day and month, and year on three lines of a table cell; 'Rapid review panel met on' is the meeting date.")


def cheshire_east(out, work):
    name = "rapid-review-tracked-changes-deleted-not-cheshire-east.docx"
    day = "2025-05-22"
    doc = new_docx(day, "Rapid Review - Child E", author="CESCP")
    track_revisions_on(doc)
    para(doc, "Cheshire East Safeguarding Children's Partnership", bold=True, size=13)
    para(doc, "Rapid Review - Child E", bold=True, size=18)
    kv_table(doc, [
        ("Partnership", "Cheshire East Safeguarding Children's Partnership"),
        ("Panel reference", "2025/0815"),
        ("Date of notification", "6 May 2025"),
        ("Date of incident", "2 May 2025"),
        ("Date of rapid review meeting", "20 May 2025"),
        ("Child", "Child E, girl aged 12"),
    ])
    heading(doc, "Summary", 2)
    paras(doc, """
        On 2 May 2025 Child E told a teaching assistant that her stepfather had been
        sexually abusing her for over a year. She was seen the same day at the sexual
        assault referral centre. Her stepfather has been charged and remanded in custody.
        Child E lives in Crewe with her mother and younger brother.
    """)
    heading(doc, "Agency involvement", 2)
    paras(doc, """
        * Cheshire East Council Children's Services: a referral in 2023 about the stepfather's contact with a child in a previous relationship was closed without assessment.
        * Cheshire Constabulary: intelligence about the stepfather from another force area was not linked to this address.
        * NHS Cheshire and Merseyside Integrated Care Board: the designated nurse led the health chronology.
        * School: Child E's behaviour had changed in the autumn term; the school nurse saw her twice.
    """)
    heading(doc, "Immediate actions", 2)
    paras(doc, """
        A strategy meeting was held on 2 May 2025. Child E and her brother are safe at home
        with their mother, who is supporting the investigation. The police have reviewed
        how intelligence from other forces is linked to addresses in Cheshire East.
    """)
    heading(doc, "Learning identified", 2)
    paras(doc, """
        The 2023 referral about the stepfather contained information that should have led
        to an assessment of risk to any child in his household. Changes in Child E's
        behaviour were noticed but not explored with her.
    """)
    heading(doc, "Decision on a local child safeguarding practice review", 2)
    tracked_paragraph(doc, [
        ("text", "Having considered the criteria in Working Together to Safeguard Children 2023, the safeguarding partners have decided "),
        ("del", "not ", "Karen Whitfield", "2025-05-21T16:42:00Z"),
        ("text", "to commission a local child safeguarding practice review"),
        ("del", ". The learning will be taken forward through single-agency action plans", "Karen Whitfield", "2025-05-21T16:42:00Z"),
        ("ins", ", because the partners agreed at the meeting on 20 May that the missed 2023 referral meets the threshold for an LCSPR", "Karen Whitfield", "2025-05-21T16:43:00Z"),
        ("text", "."),
    ])
    heading(doc, "National review", 2)
    tracked_paragraph(doc, [
        ("del", "The partners consider that the case may be appropriate for a national review.", "Karen Whitfield", "2025-05-21T16:45:00Z"),
        ("ins", "The partners do not consider that a national review is appropriate.", "Karen Whitfield", "2025-05-21T16:45:00Z"),
    ])
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-05-23", RR, "E06000049", "accepted", [],
        dict(child="Child E", sin_reference="2025/0815", sin_date="2025-05-06", incident_date="2025-05-02",
             review_date="2025-05-20", lcspr_decision="yes", national_review="not_recommended"),
        "Tracked changes delete 'not ' from the LCSPR decision and replace a 'may be appropriate for a national review' sentence; only the accepted text counts.")


def rotherham(out, work):
    name = "rapid-review-tracked-changes-corrected-sin-date-rotherham.docx"
    day = "2025-03-06"
    doc = new_docx(day, "Rapid Review - AB", author="RSCP")
    track_revisions_on(doc)
    para(doc, "Rotherham Safeguarding Children Partnership", bold=True, size=13, color="833C0B")
    para(doc, "Rapid Review", bold=True, size=18)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def tracked_row(label, pieces):
        cells = t.add_row().cells
        cell_text(cells[0], label, bold=True, shade="FBE4D5")
        cells[1].text = ""
        p = cells[1].paragraphs[0]
        for kind, text in pieces:
            esc_t = text.replace("&", "&amp;")
            if kind == "text":
                p._p.append(parse_xml('<w:r %s><w:t xml:space="preserve">%s</w:t></w:r>' % (nsdecls("w"), esc_t)))
            elif kind == "del":
                p._p.append(parse_xml('<w:del %s w:id="1" w:author="Sam Okafor" w:date="2025-03-05T11:20:00Z"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (nsdecls("w"), esc_t)))
            else:
                p._p.append(parse_xml('<w:ins %s w:id="1" w:author="Sam Okafor" w:date="2025-03-05T11:20:00Z"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>' % (nsdecls("w"), esc_t)))

    tracked_row("Partnership", [("text", "Rotherham Safeguarding Children Partnership")])
    tracked_row("Child", [("text", "AB (boy, 9 weeks)")])
    tracked_row("Panel ref", [("text", "2025/0347")])
    tracked_row("Date SIN sent to the Panel", [("del", "10/02/2025"), ("ins", "17/02/2025")])
    tracked_row("Date of incident", [("text", "08/02/2025")])
    tracked_row("Date of rapid review meeting", [("del", "25/02/2025"), ("ins", "04/03/2025")])
    doc.add_paragraph()
    para(doc, "Note: the SIN date originally entered was the date of the first strategy meeting. "
              "The notification was sent on 17 February, when the hospital confirmed the injuries "
              "were inflicted.", italic=True, size=9)
    heading(doc, "What happened", 2)
    paras(doc, """
        AB was taken to Rotherham Hospital by his parents on 8 February 2025 with a swollen
        leg. X-rays showed a fracture of the femur and two healing rib fractures. The parents
        could not explain the injuries. AB and his twin sister were placed with their paternal
        grandparents. A police investigation is continuing.
    """)
    heading(doc, "Agencies involved", 2)
    paras(doc, """
        Rotherham Metropolitan Borough Council Children and Young People's Services, South
        Yorkshire Police, NHS South Yorkshire Integrated Care Board, The Rotherham NHS
        Foundation Trust (maternity, health visiting and the emergency department), the GP
        practice, and the neonatal unit at Sheffield Teaching Hospitals where the twins were
        born at 33 weeks.
    """)
    heading(doc, "Immediate actions", 2)
    paras(doc, """
        A strategy meeting was held on 10 February 2025 and a section 47 enquiry completed.
        Skeletal surveys were done on both twins; the sister had no injuries. The health
        visiting service has offered extra support to families of premature twins.
    """)
    heading(doc, "Learning so far", 2)
    paras(doc, """
        The parents were under strain after a long neonatal stay and the father had
        disclosed feeling 'at the end of his rope' at a health visit; this was not passed on.
        There is no evidence that agencies could have predicted the injuries.
    """)
    heading(doc, "Decision", 2)
    paras(doc, """
        The partners agreed the criteria for a local child safeguarding practice review are
        not met. Learning about support to parents of premature babies will be taken forward
        by the partnership's Learning from Practice subgroup. The partners do not consider
        that the case is suitable for a national review.
    """)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-03-07", RR, "E08000018", "accepted", [],
        dict(child="AB", sin_reference="2025/0347", sin_date="2025-02-17", incident_date="2025-02-08",
             review_date="2025-03-04", lcspr_decision="no", national_review="not_recommended"),
        "Tracked changes replace the SIN date 10/02 with 17/02 and the meeting date: due 2025-03-10, so it is on time only if the deleted date is not read.")


# ------------------------------------------------------------------ letters and narratives

def sheffield(out, work):
    name = "rapid-review-letter-sheffield-child-z.docx"
    day = "2025-01-22"
    doc = new_docx(day, "Letter to the Panel - Child Z", author="Sheffield Children Safeguarding Partnership")
    para(doc, "Sheffield Children Safeguarding Partnership", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Floor 7, Moorfoot Building, Sheffield S1 4PL", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "22 January 2025")
    paras(doc, """
        Child Safeguarding Practice Review Panel
        c/o Department for Education
        Sanctuary Buildings, Great Smith Street
        London SW1P 3BT
    """)
    para(doc, "Dear Panel colleagues,")
    para(doc, "Rapid review: Child Z (Panel reference 2025/0021)", bold=True)
    paras(doc, """
        I write on behalf of the Sheffield safeguarding partners with the outcome of our
        rapid review into the serious harm suffered by Child Z, a 13-year-old girl. Our
        serious incident notification was submitted on 6 January 2025. The incident
        came to light on 3 January 2025, and the rapid review meeting took place on
        20 January 2025, attended by all three partners and seven relevant agencies.

        What happened. Child Z was groomed online over about four months by a man in his
        thirties who posed as a 16-year-old. On 3 January she was found by police in a hotel
        in the city centre with the man, who has been charged with rape of a child and
        other offences. Child Z had not been known to children's social care before the
        incident. Her mother had reported her missing for one night in November 2024; she
        returned the next morning and a return home interview was offered but not taken up.

        Agency involvement. South Yorkshire Police recorded the missing episode and
        completed a risk assessment. Sheffield City Council's children's services had no
        contact with the family. The school had noticed that Child Z was tired and withdrawn
        in the autumn term but did not identify this as a safeguarding concern and did not
        make a referral. The GP saw Child Z once for headaches; no concerns had been raised
        by health. NHS South Yorkshire Integrated Care Board co-ordinated the health
        information for the review.

        Immediate actions. Child Z is at home with her mother and is being supported by a
        specialist child sexual exploitation worker and the sexual assault referral centre.
        The police have worked with the hotel chain on check-in procedures for adults with
        children. All Sheffield secondary schools have had a briefing on online grooming.

        Learning so far. Return home interviews that are declined are not followed up, and
        schools are not told about missing episodes. Staff did not connect changes in a
        child's presentation with possible online harm. There was no delay in the police
        response on 3 January, which was swift and effective.

        Decision. Having considered the criteria, the safeguarding partners have decided
        to commission a local child safeguarding practice review. We expect it to focus on
        how agencies identify online grooming and respond to a first missing episode. We do
        not consider that a national review is appropriate; the learning is for Sheffield.
    """)
    para(doc, "Yours sincerely,")
    para(doc, "Dr Fiona Breck")
    para(doc, "Independent Chair and Scrutineer, Sheffield Children Safeguarding Partnership", size=10)
    para(doc, "On behalf of Sheffield City Council, South Yorkshire Police and NHS South Yorkshire Integrated Care Board", size=10)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-01-23", RR, "E08000039", "accepted", [],
        dict(child="Child Z", sin_reference="2025/0021", sin_date="2025-01-06", incident_date="2025-01-03",
             review_date="2025-01-20", document_date="2025-01-22", lcspr_decision="yes", national_review="not_recommended"),
        "Narrative letter deciding to commission an LCSPR, surrounded by unrelated negations ('had not been known', 'did not make a referral', 'no delay').")


def somerset(out, work):
    name = "rapid-review-letter-word-export-somerset.pdf"
    day = "2024-12-11"
    doc = new_docx(day, "Rapid review letter - Child 'Lily'", author="Somerset Safeguarding Children Partnership")
    header_footer(doc, "OFFICIAL - SENSITIVE    Somerset Safeguarding Children Partnership",
                  "Rapid review - Child 'Lily' - Panel ref 2024/2203")
    para(doc, "Somerset Safeguarding Children Partnership", bold=True, size=14, color="1F4E79")
    para(doc, "County Hall, Taunton TA1 4DY  |  sscp@somerset.gov.uk", size=9)
    para(doc, "11 December 2024")
    para(doc, "To: The Chair, Child Safeguarding Practice Review Panel")
    para(doc, "Rapid Review - Child 'Lily' (a pseudonym)", bold=True, size=12)
    paras(doc, """
        Dear Chair,

        Please find below the outcome of the rapid review that the Somerset safeguarding
        partners held on 10 December 2024 following the serious incident notification we
        made on 26 November 2024 (Panel ref 2024/2203).

        Lily is three years old. On 23 November 2024 she was taken to Musgrove Park Hospital
        after swallowing methadone that had been left within reach at her father's flat in
        Yeovil during a weekend contact visit. She needed intensive care for two days and has
        made a full recovery. Her father was arrested and has since been released under
        investigation. Lily lives with her mother and was not open to children's services.
    """)
    doc.add_heading("Agency involvement", level=2)
    paras(doc, """
        The father was prescribed methadone by the community drug and alcohol service, which
        knew he had a child but recorded that she 'does not stay overnight'. The service had
        given him a lockable box in 2023 and did not check it was used. Avon and Somerset
        Police had no recent contact with either parent. The health visitor had seen Lily at
        her 2-year review with her mother and had no concerns. The GP practice, Somerset
        Council children's services, NHS Somerset Integrated Care Board and the nursery all
        contributed chronologies.
    """)
    doc.add_heading("Immediate actions taken", level=2)
    paras(doc, """
        * Contact between Lily and her father is supervised until the investigation ends.
        * The drug and alcohol service has checked safe storage with every client on opioid substitution who has a child in the household or visiting, and records this at each review.
        * A 'safe storage' leaflet is being given out by pharmacies across Somerset with every supervised dispensing prescription.
    """)
    doc.add_heading("Learning", level=2)
    paras(doc, """
        The risk to children who visit, rather than live with, a parent on opioid substitution
        treatment was not considered. This is a well-known national theme and the Panel's
        2024 briefing on accidental ingestion covers it.
    """)
    doc.add_heading("Our decision", level=2)
    paras(doc, """
        The partners agreed that the criteria for a local child safeguarding practice review
        are not met: the learning is clear and is being acted on. It will be taken forward
        through a local learning review with the drug and alcohol service and pharmacies,
        overseen by our Learning and Improvement subgroup.

        We do not consider a national review appropriate.

        Yours sincerely,

        Jenny Tarrant
        Partnership Business Manager, on behalf of the Somerset safeguarding partners
    """)
    docx_for_pdf(doc, work, name, day)
    row(name, "2024-12-12", RR, "E06000066", "accepted", [],
        dict(child="Child 'Lily'", sin_reference="2024/2203", sin_date="2024-11-26", incident_date="2024-11-23",
             review_date="2024-12-10", document_date="2024-12-11", lcspr_decision="no", national_review="not_recommended"),
        "Word letter exported to PDF with a running header and a 'Page N of M' footer; pseudonymous child; criteria not met, local learning review.")


def gloucestershire(out, work):
    name = "rapid-review-pasted-in-email-gloucestershire.eml"
    sender, domain = "gscp@gloucestershire.gov.uk", "gloucestershire.gov.uk"
    text = """Dear Panel,

Our IT system will not let me attach documents to external emails this week, so I have pasted the KM rapid review below. A signed copy will follow by post.

Kind regards,
Amira Shah
Business Manager, Gloucestershire Safeguarding Children Partnership
Shire Hall, Westgate Street, Gloucester GL1 2TG

-----------------------------------------------------------------
GLOUCESTERSHIRE SAFEGUARDING CHILDREN PARTNERSHIP
RAPID REVIEW - KM
-----------------------------------------------------------------

SIN reference:            2025/0588
Date SIN submitted:       14 Apr 2025
Date of incident:         11 Apr 2025
Rapid review meeting:     29 Apr 2025
Child:                    KM, boy, 16
Partners present:         Gloucestershire County Council; Gloucestershire Constabulary; NHS Gloucestershire Integrated Care Board

1. WHAT HAPPENED
KM was stabbed in the leg and abdomen in Gloucester city centre on the evening of 11 April 2025. He needed emergency surgery and is recovering. Two older teenagers have been charged. KM had been excluded from school in September 2024 and was attending an alternative provision part-time. He was known to be carrying drugs for an older group.

2. AGENCIES INVOLVED
- Children's social care: child in need plan since January 2025 following a referral about exploitation.
- Gloucestershire Constabulary: KM was stopped twice in March 2025; cannabis and cash found once.
- Youth justice service: out-of-court disposal in February 2025.
- Alternative provision: attendance 46%.
- Gloucestershire Hospitals NHS Foundation Trust: an ED attendance in December 2024 with a hand injury.
- NHS Gloucestershire Integrated Care Board: designated nurse for the health chronology.

3. IMMEDIATE ACTIONS
- KM and his family have moved out of the area with support from the housing team.
- A contextual safeguarding meeting has been held about the location and the group involved.
- The alternative provision has agreed a full-time timetable for KM when he is well.

4. LEARNING IDENTIFIED SO FAR
The exclusion left KM with large amounts of unstructured time. The December ED attendance was not shared with the social worker. Agencies used different risk tools and scored KM's risk differently.

5. DECISION
The safeguarding partners agreed that the criteria for a local child safeguarding practice review ARE met. An LCSPR will be commissioned and the Panel will be sent the terms of reference.

6. NATIONAL REVIEW
The partners do not think the case meets the threshold for a national review.
-----------------------------------------------------------------
"""
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + \
        "".join("<p style=\"margin:0;font-family:Consolas,monospace\">%s</p>" % (esc(l) if l else "&nbsp;") for l in text.split("\n")) + \
        "</body></html>"
    b = "_000_LO2P265MB1111ABCDEF0011LO2P265MB1111GBRP_"
    msg = (ses_headers(sender, domain, "Wed, 07 May 2025 09:41:17 +0000 (UTC)", "3k9v1p5hqq0r6c4n2m8a7d1b5e9f0g2h4j6k8l0m",
                       "40.107.22.93", "LO2P265CU001.outbound.protection.outlook.com") +
           dkim_signature(domain) +
           "From: Gloucestershire Safeguarding Children Partnership <" + sender + ">" + CRLF +
           "To: \"Panel submissions\" <" + TO + ">" + CRLF +
           "Subject: Rapid review - KM - 2025/0588" + CRLF +
           "Date: Wed, 7 May 2025 09:41:02 +0000" + CRLF +
           "Message-ID: <LO2P265MB1111ABCDEF0011@LO2P265MB1111.GBRP265.PROD.OUTLOOK.COM>" + CRLF +
           "Content-Language: en-GB" + CRLF +
           "Content-Type: multipart/alternative;" + CRLF + "\tboundary=\"" + b + "\"" + CRLF +
           "MIME-Version: 1.0" + CRLF + CRLF +
           "--" + b + CRLF +
           "Content-Type: text/plain; charset=\"utf-8\"" + CRLF +
           "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF +
           qp(text) + CRLF +
           "--" + b + CRLF +
           "Content-Type: text/html; charset=\"utf-8\"" + CRLF +
           "Content-Transfer-Encoding: base64" + CRLF + CRLF +
           b64(html.encode()) + CRLF +
           "--" + b + "--" + CRLF)
    write(os.path.join(out, name), msg)
    row(name, "2025-05-07", RR, "E10000013", "accepted", [],
        dict(child="KM", sin_reference="2025/0588", sin_date="2025-04-14", incident_date="2025-04-11",
             review_date="2025-04-29", lcspr_decision="yes", national_review="not_recommended"),
        "Outlook email with the rapid review pasted into the body (dates as '14 Apr 2025'); due 2025-05-08 after Easter and May Day.")


def medway(out, work):
    name = "rapid-review-narrative-word-export-medway-child-n.pdf"
    day = "2025-05-15"
    doc = new_docx(day, "Rapid Review - Child N", author="Medway Safeguarding Children Partnership")
    header_footer(doc, "Medway Safeguarding Children Partnership - Rapid Review", "OFFICIAL-SENSITIVE - not for onward distribution")
    para(doc, "Medway Safeguarding Children Partnership", bold=True, size=15, color="00467F")
    para(doc, "Rapid Review: Child N", bold=True, size=13)
    paras(doc, """
        This report sets out the findings of the rapid review held by the Medway
        safeguarding partners - Medway Council, Kent Police and NHS Kent and Medway
        Integrated Care Board - on 13 May 2025. The serious incident notification was
        made to the Panel on 28 April 2025 (Panel reference 2025/0655) after an incident
        on 24 April 2025.
    """)
    doc.add_heading("The child and the incident", level=2)
    paras(doc, """
        Child N is nine. On the night of 24 April 2025 he was seriously injured when he
        tried to stop his mother's partner from assaulting her at their home in Chatham.
        He suffered a fractured eye socket. The partner was arrested at the scene and has
        been charged. Child N and his mother are now in a refuge.

        Kent Police had attended the address three times in 2024. Each time a domestic
        abuse risk assessment was completed and graded 'standard'. A referral to Medway
        children's services in October 2024 led to a single assessment that concluded the
        mother was taking steps to protect her son.
    """)
    doc.add_heading("Involvement of agencies", level=2)
    paras(doc, """
        Children's services (single assessment, October 2024); Kent Police (three call-outs
        and risk assessments); the primary school (Operation Encompass notifications received
        twice; Child N was offered a trusted adult); the domestic abuse service (the mother
        was referred but not contacted for six weeks because of a waiting list); Medway NHS
        Foundation Trust (the emergency department and paediatric ward); NHS Kent and Medway
        Integrated Care Board (designated nurse); the GP practice.
    """)
    doc.add_heading("Immediate actions", level=2)
    paras(doc, """
        Child N has been seen by the child and adolescent mental health service and has a
        place at a school near the refuge. The domestic abuse service has added capacity so
        that high-volume referrals are contacted within five working days. Kent Police is
        reviewing how repeat 'standard' risk grades at one address are escalated.
    """)
    doc.add_heading("Learning", level=2)
    paras(doc, """
        Repeated incidents graded 'standard' were not seen as a pattern. The single assessment
        relied on the mother's account and did not speak to Child N on his own. The school
        knew the most about Child N's experience but was not asked for its view.
    """)
    doc.add_heading("Decision", level=2)
    paras(doc, """
        The partners agreed that the criteria for a local child safeguarding practice review
        are not met. The learning overlaps with Medway's 2024 domestic abuse thematic review
        and will be added to its action plan, with a progress report to the partnership in
        September 2025.

        The partners' view is that a national review is not appropriate.
    """)
    docx_for_pdf(doc, work, name, day)
    row(name, "2025-05-16", RR, "E06000035", "accepted", [],
        dict(child="Child N", sin_reference="2025/0655", sin_date="2025-04-28", incident_date="2025-04-24",
             review_date="2025-05-13", lcspr_decision="no", national_review="not_recommended"),
        "Medway, not Kent: the partners' names mention Kent Police and the Kent and Medway ICB; a narrative Word export with running header and footer.")


def hertfordshire(out, work):
    name = "rapid-review-form-word-export-hertfordshire.pdf"
    day = "2025-06-18"
    doc = new_docx(day, "Rapid Review - Child 'Mason'", author="HSCP Business Unit")
    header_footer(doc, "Hertfordshire Safeguarding Children Partnership | Rapid Review | Child 'Mason'",
                  "Version 1.0 FINAL - Date of report: 2025-06-18")
    para(doc, "Hertfordshire Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Rapid Review Report to the Child Safeguarding Practice Review Panel", bold=True, size=12)
    kv_table(doc, [
        ("Child (pseudonym)", "'Mason', 6 weeks, male"),
        ("Panel notification reference", "2025/0902"),
        ("Notification submitted", "2025-06-03"),
        ("Date of the incident", "2025-05-31"),
        ("Rapid review meeting", "2025-06-17"),
        ("Date of report", "2025-06-18"),
        ("Outcome", "Death of a child"),
    ], shade="DDEBF7")
    doc.add_heading("1 Summary", level=2)
    paras(doc, """
        Mason died in the early hours of 31 May 2025 while sleeping on a sofa with his
        father in the family's flat in Stevenage. Both parents had drunk alcohol and the
        father had used cannabis that evening. A post-mortem examination did not find any
        injuries; the cause of death is awaited. Mason had a brother aged 2, who is now
        living with his maternal grandmother.
    """)
    doc.add_heading("2 Agency involvement", level=2)
    grid_table(doc, ["Agency", "Involvement"], [
        ("Hertfordshire County Council Children's Services", "Pre-birth assessment closed at 32 weeks' gestation with a 'no further action' outcome."),
        ("Hertfordshire Constabulary", "One domestic incident, 2024."),
        ("NHS Hertfordshire and West Essex Integrated Care Board", "Designated doctor for child deaths; health chronology."),
        ("East and North Hertfordshire NHS Trust (maternity)", "Safer sleep discussed on the postnatal ward."),
        ("Hertfordshire Community NHS Trust (health visiting)", "New birth visit on day 12; sofa sleeping not asked about."),
    ], shade="DDEBF7")
    doc.add_heading("3 Immediate actions", level=2)
    paras(doc, """
        The child death review process has started. Mason's brother has a child protection
        plan. The health visiting service has added a question on 'where did baby sleep last
        night, and where will baby sleep when things are different' to the new birth visit.
    """)
    doc.add_heading("4 Learning identified", level=2)
    paras(doc, """
        Safer sleep advice is given, but not tailored to when routines change (alcohol,
        visitors, a parent sleeping on the sofa). The pre-birth assessment did not explore
        the father's substance use, which was known to the police.
    """)
    doc.add_heading("5 Decisions", level=2)
    paras(doc, """
        LCSPR: Yes. The partners decided to carry out a local child safeguarding practice
        review, jointly with the child death review, focused on the pre-birth assessment.

        National review: The partners consider the case may be appropriate for a national
        review, as it adds to the Panel's work on sudden unexpected death in infancy in
        families where there are additional risks.
    """)
    docx_for_pdf(doc, work, name, day)
    row(name, "2025-06-19", RR, "E10000015", "accepted", [],
        dict(child="Child 'Mason'", sin_reference="2025/0902", sin_date="2025-06-03", incident_date="2025-05-31",
             review_date="2025-06-17", document_date="2025-06-18", lcspr_decision="yes", national_review="recommended"),
        "Form exported from Word to PDF with running header and footer, ISO dates ('2025-06-03'); LCSPR yes and a national review may be appropriate.")


def newcastle(out, work):
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.units import cm
    name = "rapid-review-two-column-newcastle.pdf"
    day = "2025-07-24"
    st = rl_styles()
    s = [Paragraph("Newcastle Safeguarding Children Partnership", st["h2"]),
         Paragraph("Rapid Review: Child F", st["h1"]),
         rl_table([["Panel ref", "2025/1290"], ["SIN date", "8 July 2025"], ["Incident", "5 July 2025"],
                   ["Review meeting", "22 July 2025"], ["Child", "Child F, 14, girl"]],
                  [2.6 * cm, 5.2 * cm], st, header=False),
         Spacer(1, 6)]
    s += [Paragraph("Background", st["h2"])] + rl_paras("""
        Child F was reported missing from her home in the west end of Newcastle upon Tyne
        on 4 July 2025. She was found the next afternoon in a park with serious injuries
        after an assault by two adults she had met online. She was treated at the Royal
        Victoria Infirmary and has been discharged home.

        F had been missing five times in 2025. She was open to the early help service
        after her school raised concerns about her attendance and her use of social media.
    """, st)
    s += [Paragraph("Agencies involved", st["h2"])] + rl_paras("""
        * Newcastle City Council: early help since February 2025; a referral to children's social care in May was assessed as not meeting the threshold.
        * Northumbria Police: five missing episodes; two return interviews completed.
        * NHS North East and North Cumbria Integrated Care Board: designated nurse.
        * Newcastle upon Tyne Hospitals NHS Foundation Trust: treatment after the assault.
        * School: attendance 62% since Easter; a safeguarding log entry for each missing episode.
    """, st)
    s += [Paragraph("Immediate actions", st["h2"])] + rl_paras("""
        A strategy meeting was held on 5 July 2025 and a child protection enquiry started.
        F has a named social worker and a specialist exploitation worker. Police have charged
        both adults. The early help service has reviewed all open cases with two or more
        missing episodes in three months.
    """, st)
    s += [Paragraph("What we have learned so far", st["h2"])] + rl_paras("""
        The May referral was assessed on the information in front of the duty team, which did
        not include the police missing records. F's own account of the people she was
        talking to online was not sought. Early help workers were not confident to challenge
        a threshold decision.
    """, st)
    s += [Paragraph("Decision of the safeguarding partners", st["h2"])] + rl_paras("""
        The partners considered the criteria in Working Together 2023 and concluded that they
        are not met. An LCSPR will not be undertaken. The learning will be taken forward
        through a multi-agency audit of missing episodes and the threshold for moving from
        early help to social care, reporting to the partnership in October 2025.

        National review: not recommended. The issues are local and are being addressed.
    """, st)
    s += [Paragraph("Signed for the partners: Director of Children's Services, Newcastle City Council; "
                    "Detective Superintendent, Northumbria Police; Director of Nursing, NHS North East and "
                    "North Cumbria ICB.", st["small"])]
    rl_pdf(os.path.join(out, name), day, "Rapid Review - Child F", "Newcastle Safeguarding Children Partnership", s,
           header="Newcastle Safeguarding Children Partnership  |  Rapid Review  |  OFFICIAL-SENSITIVE",
           footer="Civic Centre, Barras Bridge, Newcastle upon Tyne NE1 8QH", columns=2)
    row(name, "2025-07-25", RR, "E08000021", "accepted", [],
        dict(child="Child F", sin_reference="2025/1290", sin_date="2025-07-08", incident_date="2025-07-05",
             review_date="2025-07-22", lcspr_decision="no", national_review="not_recommended"),
        "Two-column PDF with running header and page-numbered footer; 'An LCSPR will not be undertaken'.")


# ------------------------------------------------------------------ defects

def oxfordshire_draft(out, work):
    name = "rapid-review-draft-oxfordshire-decision-placeholder.docx"
    day = "2025-08-19"
    doc = new_docx(day, "DRAFT Rapid Review - Child L v0.2", author="OSCB")
    header_footer(doc, "DRAFT v0.2 - for partner comment - not for circulation", "Oxfordshire Safeguarding Children Board", page_numbers=False)
    para(doc, "DRAFT", bold=True, size=28, color="C00000")
    para(doc, "Oxfordshire Safeguarding Children Board", bold=True, size=13)
    para(doc, "Rapid Review - Child L", bold=True, size=16)
    para(doc, "Comments to the business unit by Friday please. Sections 5 and 6 will be completed after the partners' sign-off meeting.", italic=True, size=9)
    kv_table(doc, [
        ("Panel reference", "2025/1377"),
        ("SIN submitted", "4 August 2025"),
        ("Date of incident", "1 August 2025"),
        ("Date of rapid review meeting", "18 August 2025"),
        ("Child", "Child L, 10 months, female"),
    ])
    heading(doc, "1. Summary", 2)
    paras(doc, """
        Child L was brought to the John Radcliffe Hospital by her mother on 1 August 2025
        with burns to both feet consistent with immersion in hot water. The mother said the
        bath had been run by an older child. A child protection medical concluded the
        pattern was consistent with a forced immersion. Child L is in foster care.
    """)
    heading(doc, "2. Agencies involved", 2)
    paras(doc, """
        Oxfordshire County Council Children's Services (child in need, 2024); Thames Valley
        Police; NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board;
        Oxford University Hospitals NHS Foundation Trust; the health visiting service; the
        GP practice.
    """)
    heading(doc, "3. Immediate actions", 2)
    paras(doc, """
        Strategy meeting on 1 August 2025; Child L and her two siblings placed with foster
        carers; police investigation under way.
    """)
    heading(doc, "4. Learning identified so far", 2)
    paras(doc, """
        [Business unit to summarise from the meeting notes - draft bullets below]
        * Missed health visiting contacts were not escalated.
        * The child in need plan was closed while the mother's new partner was unknown to agencies.
    """)
    heading(doc, "5. Decision on a local child safeguarding practice review", 2)
    para(doc, "[Insert the partners' decision and rationale once agreed]", italic=True, color="C00000")
    heading(doc, "6. View on a national review", 2)
    para(doc, "[Insert partnership view]", italic=True, color="C00000")
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-08-20", RR, "E10000025", "rejected", ["lcspr_decision_missing", "national_review_view_missing"],
        dict(child="Child L", sin_reference="2025/1377", sin_date="2025-08-04", incident_date="2025-08-01",
             review_date="2025-08-18"),
        "A DRAFT sent too early: the decision and national-review sections are bracketed placeholders, so there is no decision and no view.")


def tameside_draft(out, work):
    name = "rapid-review-draft-tameside-awaiting-sign-off.docx"
    day = "2025-10-29"
    doc = new_docx(day, "DRAFT RR DM v0.3", author="TSCP Business Unit")
    header_footer(doc, "DRAFT v0.3 - awaiting partner sign-off", "Tameside Safeguarding Children Partnership", page_numbers=False)
    para(doc, "Tameside Safeguarding Children Partnership", bold=True, size=13)
    para(doc, "Rapid review (DRAFT) - DM", bold=True, size=17)
    kv_table(doc, [
        ("Panel ref", "2025/1734"),
        ("SIN notified", "13 Oct 2025"),
        ("Date of incident", "10 Oct 2025"),
        ("RR meeting date", "28 Oct 2025"),
        ("Child", "DM, girl, 6"),
        ("Status of this document", "Draft for the three safeguarding partners to sign off"),
    ], shade="F2F2F2")
    heading(doc, "What happened", 2)
    paras(doc, """
        DM was taken to Tameside General Hospital on 10 October 2025 with a broken arm and
        bruising to her face. She told a nurse that her mother's boyfriend had pushed her down
        the stairs. She and her baby brother are staying with their aunt under a safety plan.
        Greater Manchester Police are investigating.
    """)
    heading(doc, "Agencies involved", 2)
    paras(doc, """
        Tameside Council children's services (early help in 2024), Greater Manchester Police,
        NHS Greater Manchester Integrated Care Board (Tameside locality), Tameside and Glossop
        Integrated Care NHS Foundation Trust, DM's primary school and the GP practice.
    """)
    heading(doc, "Immediate actions", 2)
    paras(doc, """
        Strategy meeting on 10 October 2025; safety plan with the aunt; the mother's boyfriend
        is on bail with conditions not to contact the children.
    """)
    heading(doc, "Learning so far", 2)
    paras(doc, """
        The early help plan closed when the boyfriend moved in; nobody asked who he was.
    """)
    heading(doc, "LCSPR", 2)
    paras(doc, """
        No decision has yet been made on whether to commission an LCSPR. The rapid review
        meeting's views are summarised above; the safeguarding partners will decide when they
        sign off this report.
    """)
    heading(doc, "National review", 2)
    paras(doc, """
        The partnership does not consider a national review appropriate.
    """)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-10-30", RR, "E08000008", "rejected", ["lcspr_decision_missing"],
        dict(child="DM", sin_reference="2025/1734", sin_date="2025-10-13", incident_date="2025-10-10",
             review_date="2025-10-28", lcspr_decision="undecided", national_review="not_recommended"),
        "A DRAFT sent before sign-off: 'No decision has yet been made on whether to commission an LCSPR' is undecided, so there is no decision.")


def stockport(out, work):
    name = "rapid-review-decision-deferred-stockport.docx"
    day = "2025-09-18"
    doc = new_docx(day, "Rapid review - Child S", author="Stockport Safeguarding Children Partnership")
    para(doc, "Stockport Safeguarding Children Partnership", bold=True, size=13, color="375623")
    para(doc, "Fred Perry House, Edward Street, Stockport SK1 3XE", size=9)
    para(doc, "18 September 2025")
    paras(doc, """
        Dear colleagues at the Child Safeguarding Practice Review Panel,

        Rapid Review - Child S

        We write with the outcome of the rapid review for Child S.
        Panel reference: 2025/1512. Serious incident notification sent: 1 September 2025.
        Date of incident: 29 August 2025. Rapid review meeting: 16 September 2025.
    """)
    heading(doc, "The incident", 2)
    paras(doc, """
        Child S, a 17-year-old care leaver living in semi-independent accommodation,
        was found with life-threatening injuries after a fall from a bridge over the M60 on
        29 August 2025. He is in intensive care at Salford Royal. He had been the victim of
        an assault the week before and had told his key worker that he owed money to people
        he was frightened of.
    """)
    heading(doc, "Agencies involved", 2)
    paras(doc, """
        Stockport Council (leaving care service and the accommodation provider's contract),
        Greater Manchester Police, NHS Greater Manchester Integrated Care Board (Stockport
        locality), Pennine Care NHS Foundation Trust, the college, and the accommodation
        provider.
    """)
    heading(doc, "Immediate actions", 2)
    paras(doc, """
        Safety planning for Child S on discharge; a review of every young person placed with
        the same provider; police enquiries into the assault and the debt.
    """)
    heading(doc, "Learning so far", 2)
    paras(doc, """
        The assault was reported to police but not to the leaving care service. The key
        worker escalated his fear of the people he owed money to, but the provider's
        escalation went to a general inbox that was not monitored over the bank holiday.
    """)
    heading(doc, "Decision", 2)
    paras(doc, """
        The partners discussed whether the criteria for a local child safeguarding practice
        review are met but were unable to reach a view without the provider's chronology,
        which has not yet been received. A decision on whether to commission an LCSPR will
        be made at the next meeting of the Safeguarding Partners Executive, and the Panel
        will be informed.

        The partnership does not consider that the case is appropriate for a national review.

        With best wishes,

        Dr Aisha Rahman and Colin Mercer
        Delegated safeguarding partners, on behalf of the Stockport Safeguarding Children Partnership
    """)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-09-19", RR, "E08000007", "rejected", ["lcspr_decision_missing"],
        dict(child="Child S", sin_reference="2025/1512", sin_date="2025-09-01", incident_date="2025-08-29",
             review_date="2025-09-16", document_date="2025-09-18", lcspr_decision="undecided", national_review="not_recommended"),
        "A letter whose decision is deferred to 'the next meeting of the Safeguarding Partners Executive': undecided, so no decision on a local review.")


def hull(out, work):
    name = "rapid-review-awaiting-sin-reference-hull.docx"
    day = "2025-06-27"
    doc = new_docx(day, "Rapid review - Child P", author="HSCP")
    para(doc, "Hull Safeguarding Children Partnership", bold=True, size=13)
    para(doc, "Rapid Review", bold=True, size=18)
    kv_table(doc, [
        ("Partnership", "Hull Safeguarding Children Partnership (Hull City Council, Humberside Police, NHS Humber and North Yorkshire Integrated Care Board)"),
        ("SIN reference", "[awaiting from Panel]"),
        ("Date notification submitted", ""),
        ("Date of incident", "12/06/2025"),
        ("Date of rapid review", "26/06/2025"),
        ("Child", "Child P, boy, 5"),
    ])
    heading(doc, "Summary", 2)
    paras(doc, """
        Child P was admitted to Hull Royal Infirmary on 12 June 2025 severely malnourished
        and with untreated dental abscesses. He weighed less than he had at his 2-year
        review. His mother has significant learning needs and his father works away. Child
        P had not started school in September 2024; the family said he would be home
        educated.
    """)
    heading(doc, "Agency involvement", 2)
    paras(doc, """
        The home education team wrote to the family twice and received no reply. The health
        visiting service closed the case at age 3 after two missed appointments. Humberside
        Police had no involvement. Hull City Council children's services had no open case.
    """)
    heading(doc, "Immediate actions", 2)
    paras(doc, """
        Child P is in foster care and is gaining weight. His younger sister has been seen
        and is well. The council is contacting every family of a child who is electively home
        educated and has never started school.
    """)
    heading(doc, "Learning identified", 2)
    paras(doc, """
        A child who never started school and was not seen by any professional for two years
        fell outside every agency's systems.
    """)
    heading(doc, "Decision", 2)
    paras(doc, """
        The partners agreed the criteria for an LCSPR are met and a review will be
        commissioned. The partners do not consider a national review is needed.
    """)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-06-30", RR, "E06000010", "rejected", ["sin_missing"],
        dict(child="Child P", incident_date="2025-06-12", review_date="2025-06-26", lcspr_decision="yes",
             national_review="not_recommended"),
        "'SIN reference: [awaiting from Panel]' and an empty notification date: neither a SIN reference nor a SIN date.")


def knowsley(out, work):
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.units import cm
    name = "rapid-review-printed-form-knowsley-bank-holidays.pdf"
    day = "2025-05-02"
    st = rl_styles()
    s = [Paragraph("Knowsley Safeguarding Children Partnership", st["h2"]),
         Paragraph("RAPID REVIEW RECORD", st["h1"]),
         rl_table([["Field", "Entry"],
                   ["Child", "Child V (girl, 11 weeks)"],
                   ["Panel ref", "2025/0571"],
                   ["Date notification sent to Panel", "Thursday 10 April 2025"],
                   ["Incident date", "Tuesday 8 April 2025"],
                   ["Rapid review meeting", "Tuesday 29 April 2025"],
                   ["Chair", "Designated Nurse, NHS Cheshire and Merseyside ICB (Knowsley Place)"]],
                  [6 * cm, 10.5 * cm], st),
         Spacer(1, 8)]
    for title, text in [
        ("1. Circumstances", """
            Child V was taken to Whiston Hospital on 8 April 2025 by her parents with a seizure.
            Investigations found a skull fracture and bleeding on the brain. The parents said she
            had rolled off a changing table. Child V is now in foster care with her 3-year-old
            brother. Merseyside Police are investigating."""),
        ("2. Agency involvement", """
            * Knowsley Council Children's Services: no previous involvement.
            * Merseyside Police: no previous involvement with either parent.
            * NHS Cheshire and Merseyside Integrated Care Board: designated nurse chaired the meeting.
            * Bridgewater Community Healthcare (health visiting): new birth visit and one further visit; the mother said she was struggling with Child V's crying.
            * GP: mother prescribed antidepressants in March 2025."""),
        ("3. Immediate actions", """
            Strategy meeting held on 8 April 2025. Both children placed in foster care. The health
            visiting service is checking that the ICON programme on infant crying is delivered at
            every contact, not only at the new birth visit."""),
        ("4. Learning so far", """
            The mother's disclosure about crying and her low mood were not shared with the GP or
            followed up with a plan. ICON messages were given once and not repeated."""),
        ("5. Decision", """
            Criteria for an LCSPR: not met. The partners agreed to a learning event for health
            visitors, GPs and maternity staff on infant crying and parental mental health, led
            by the ICB designated nurse.

            National review: the partners do not recommend a national review.""")]:
        s += [Paragraph(title, st["h2"])] + rl_paras(text, st)
    rl_pdf(os.path.join(out, name), day, "Rapid review record - Child V", "KSCP", s,
           header="Knowsley Safeguarding Children Partnership - OFFICIAL SENSITIVE",
           footer="Printed from the KSCP case management system")
    row(name, "2025-05-06", RR, "E08000011", "accepted", [],
        dict(child="Child V", sin_reference="2025/0571", sin_date="2025-04-10", incident_date="2025-04-08",
             review_date="2025-04-29", lcspr_decision="no", national_review="not_recommended"),
        "SIN Thursday 10 April 2025: Good Friday, Easter Monday and the May Day holiday make the deadline 2025-05-06, the day it was received, so it is on time.")


def calderdale(out, work):
    name = "rapid-review-received-late-calderdale.docx"
    day = "2025-03-11"
    doc = new_docx(day, "Rapid review - Child Ben", author="Calderdale Safeguarding Partnership")
    para(doc, "Calderdale Safeguarding Partnership", bold=True, size=13, color="203864")
    para(doc, "Princess Buildings, Princess Street, Halifax HX1 1TS", size=9)
    para(doc, "Report date: 11 March 2025")
    paras(doc, """
        To the Child Safeguarding Practice Review Panel

        Dear Panel members,

        Rapid review - Child Ben

        Please find below the rapid review for the child we call Ben.

        Child: Child Ben (not his real name), aged 8.
        Panel reference: 2025/0178. Notification to the Panel: 3 February 2025.
        Incident: 31 January 2025.
        Rapid review meeting: 6 March 2025 (rescheduled from 18 February because the
        police and health chronologies were not ready).
    """)
    heading(doc, "What happened", 2)
    paras(doc, """
        Ben was admitted to Calderdale Royal Hospital on 31 January 2025 with a serious
        asthma attack. He had not been given his preventer inhaler for several months and
        had missed five hospital appointments. On the ward, staff saw marks on his back
        consistent with being hit with a belt. His father has been arrested. Ben lives in
        Halifax with his father and stepmother; his mother lives abroad.
    """)
    heading(doc, "How agencies were involved", 2)
    paras(doc, """
        Calderdale Council children's services had assessed the family in 2022 after a
        referral from the school about a bruise; no further action. The paediatric asthma
        nurses wrote to the GP after each missed appointment. West Yorkshire Police had no
        contact with the family. NHS West Yorkshire Integrated Care Board (Calderdale place)
        brought together the health chronologies. The school had recorded Ben's frequent
        absences with 'asthma' as the reason.
    """)
    heading(doc, "Actions already taken", 2)
    paras(doc, """
        Ben is with foster carers and his asthma is controlled. The hospital's was-not-brought
        policy has been changed so that a child with a long-term condition who misses two
        appointments is discussed with the safeguarding team.
    """)
    heading(doc, "Learning identified", 2)
    paras(doc, """
        Medical neglect of a child with a long-term condition was treated as a missed
        appointments problem. The school did not check the reason for repeated absence.
    """)
    heading(doc, "Decision", 2)
    paras(doc, """
        The safeguarding partners decided that the criteria for an LCSPR are met and have
        commissioned a review from an independent reviewer. They do not believe a national
        review would add to the Panel's existing work on medical neglect.

        We apologise that this report is later than the 15 working days set by the Panel.

        Yours faithfully,

        Marcus Hale
        Independent Chair, Calderdale Safeguarding Partnership
    """)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-03-12", RR, "E08000033", "accepted", ["rapid_review_late"],
        dict(child="Child Ben", sin_reference="2025/0178", sin_date="2025-02-03", incident_date="2025-01-31",
             review_date="2025-03-06", document_date="2025-03-11", lcspr_decision="yes", national_review="not_recommended"),
        "A letter to the Panel: SIN 2025-02-03, due 2025-02-24, received 2025-03-12 after the meeting was rescheduled: late, but forwarded.")


def bury(out, work):
    name = "rapid-review-summary-bury-no-national-view.docx"
    day = "2025-10-21"
    doc = new_docx(day, "Rapid Review Summary - Child Y", author="Bury Integrated Safeguarding Partnership")
    para(doc, "Bury Integrated Safeguarding Partnership", bold=True, size=13)
    para(doc, "Rapid Review Summary", bold=True, size=17)
    kv_table(doc, [
        ("SIN number", "2025/1688"),
        ("SIN date", "6 October 2025"),
        ("Date of incident", "3 October 2025"),
        ("Date of Rapid Review", "20 October 2025"),
        ("Child", "Child Y, female, 16"),
        ("Partners", "Bury Council; Greater Manchester Police; NHS Greater Manchester Integrated Care Board (Bury locality)"),
    ], shade="EDEDED")
    heading(doc, "Circumstances", 2)
    paras(doc, """
        Child Y was admitted to Fairfield General Hospital on 3 October 2025 after a serious
        overdose. She had been self-harming since the age of 13 and had been discharged from
        the community mental health service in August 2025 after not attending three
        appointments. She lives with her grandmother under a special guardianship order.
    """)
    heading(doc, "Agencies", 2)
    paras(doc, """
        Children's social care (special guardianship support), Pennine Care NHS Foundation
        Trust (CAMHS), the GP, the school nurse, Greater Manchester Police (two missing from
        home reports in 2025) and the college.
    """)
    heading(doc, "Actions so far", 2)
    paras(doc, """
        Y has a crisis plan and an allocated CAMHS worker. CAMHS has changed its discharge
        policy for young people with a history of self-harm who do not attend.
    """)
    heading(doc, "Learning", 2)
    paras(doc, """
        Discharge for non-attendance without speaking to the special guardian or the GP left Y
        without support at a time of high risk.
    """)
    heading(doc, "LCSPR", 2)
    paras(doc, """
        Not required - criteria not met. The learning is single-agency and CAMHS has acted on
        it; the partnership's Learning and Practice subgroup will check the new policy is
        working in six months.
    """)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-10-22", RR, "E08000002", "accepted", ["national_review_view_missing"],
        dict(child="Child Y", sin_reference="2025/1688", sin_date="2025-10-06", incident_date="2025-10-03",
             review_date="2025-10-20", lcspr_decision="no"),
        "A short summary that never says whether a national review is appropriate; 'Greater Manchester' in the partners' names is not the area.")


def joint_brighton_east_sussex(out, work):
    name = "rapid-review-joint-brighton-and-east-sussex.docx"
    day = "2025-11-19"
    doc = new_docx(day, "Joint Rapid Review - Child T", author="Pan-Sussex Business Units")
    para(doc, "Brighton & Hove Safeguarding Children Partnership", bold=True, size=12)
    para(doc, "East Sussex Safeguarding Children Partnership", bold=True, size=12)
    para(doc, "Joint Rapid Review - Child T", bold=True, size=17)
    paras(doc, """
        This rapid review was held jointly by the two partnerships because Child T lived in
        Brighton and Hove and in East Sussex during the period under review, and agencies in
        both areas were involved. Both sets of safeguarding partners have agreed this report.
    """)
    kv_table(doc, [
        ("Panel reference", "2025/1805"),
        ("Date of serious incident notification", "3 November 2025"),
        ("Date of incident", "30 October 2025"),
        ("Date of joint rapid review meeting", "17 November 2025"),
        ("Child", "Child T, boy, 13"),
        ("Lead partnership for the LCSPR", "To be agreed between the two business units"),
    ])
    heading(doc, "Summary", 2)
    paras(doc, """
        Child T moved between his mother's home in Brighton and his father's in Newhaven
        several times in 2025. On 30 October 2025 he was found in Lewes with stab wounds after
        being exploited to sell drugs. Both local authorities had open assessments in the
        past year; neither knew about the other's.
    """)
    heading(doc, "Agencies involved", 2)
    paras(doc, """
        Brighton & Hove City Council and East Sussex County Council children's services;
        Sussex Police; NHS Sussex Integrated Care Board; University Hospitals Sussex NHS
        Foundation Trust; two schools; the Youth Justice Services of both councils.
    """)
    heading(doc, "Immediate actions", 2)
    paras(doc, """
        T is safe and placed out of area. The two councils have agreed a protocol for sharing
        open assessments when a child moves between them.
    """)
    heading(doc, "Learning", 2)
    paras(doc, """
        Cross-border moves within Sussex broke the continuity of assessment; each area saw
        only part of T's life.
    """)
    heading(doc, "Decisions", 2)
    paras(doc, """
        The partners of both partnerships agreed that the criteria for an LCSPR are met and
        that one joint review will be commissioned. A national review is not considered
        appropriate.
    """)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-11-20", RR, "—", "rejected", ["partnership_unknown"],
        dict(child="Child T", sin_reference="2025/1805", sin_date="2025-11-03", incident_date="2025-10-30",
             review_date="2025-11-17", lcspr_decision="yes", national_review="not_recommended"),
        "Joint review of two partnerships (Brighton & Hove and East Sussex) named equally: no single partnership.")


def warrington(out, work):
    name = "rapid-review-word-export-warrington-hospital-in-liverpool.pdf"
    day = "2025-09-24"
    doc = new_docx(day, "Rapid review - Child A", author="Warrington Safeguarding Partnership")
    para(doc, "Warrington Safeguarding Partnership", bold=True, size=14, color="1F3864")
    para(doc, "Rapid review: Child A", bold=True, size=13)
    kv_table(doc, [
        ("Panel reference", "2025/1559"),
        ("Serious incident notification submitted", "8 September 2025"),
        ("Date of incident", "5 September 2025"),
        ("Rapid review meeting", "23 September 2025"),
        ("Child", "Child A, 2 years, male"),
    ])
    doc.add_heading("Summary", level=2)
    paras(doc, """
        Child A was found unresponsive at home in Warrington on 5 September 2025 after
        swallowing several of his mother's prescribed tablets. He was taken to Warrington
        Hospital and transferred the same night to Alder Hey Children's Hospital in
        Liverpool, where he spent four days in intensive care. He has recovered. His
        mother has a long-term mental illness and was in a period of relapse.
    """)
    doc.add_heading("Agency involvement", level=2)
    paras(doc, """
        Warrington Borough Council's children's services had no open case. The adult
        community mental health team (Mersey Care) had seen the mother weekly and knew she
        had a child; the 'think family' section of its assessment was blank. Cheshire
        Constabulary had no involvement. The health visitor had last seen Child A at 12
        months. NHS Cheshire and Merseyside Integrated Care Board (Warrington Place)
        co-ordinated the health chronologies.
    """)
    doc.add_heading("Immediate actions", level=2)
    paras(doc, """
        Child A is staying with his grandparents under a safety plan while his mother
        receives treatment. The mental health trust has audited 'think family' recording for
        all parents on its caseload in Warrington.
    """)
    doc.add_heading("Learning", level=2)
    paras(doc, """
        Adult services did not consider the child's safety when a parent's medication was
        increased, and did not share the relapse with the health visitor or the GP.
    """)
    doc.add_heading("Decision", level=2)
    paras(doc, """
        The partners concluded that the criteria for an LCSPR are not met. The learning
        will be shared through a 7-minute briefing and a 'think family' audit. The partners
        do not consider that a national review is appropriate.
    """)
    docx_for_pdf(doc, work, name, day)
    row(name, "2025-09-25", RR, "E06000007", "accepted", [],
        dict(child="Child A", sin_reference="2025/1559", sin_date="2025-09-08", incident_date="2025-09-05",
             review_date="2025-09-23", lcspr_decision="no", national_review="not_recommended"),
        "Warrington's review; Liverpool appears only as where the hospital is (Alder Hey) and Merseyside in a provider's name.")


def islington(out, work):
    name = "rapid-review-islington-child-u.md"
    text = """---
title: "Rapid review: Child U"
partnership: Islington Safeguarding Children Partnership
date: 2025-08-27
classification: OFFICIAL-SENSITIVE
author: ISCP business unit
---

# Rapid review: Child U

**Islington Safeguarding Children Partnership** - report to the Child Safeguarding
Practice Review Panel

| | |
|---|---|
| Panel reference | 2025/1421 |
| SIN sent | 11 August 2025 |
| Incident | 9 August 2025 |
| Rapid review meeting | 26 August 2025 |
| Child | Child U, 15, boy |
| Partners | Islington Council; Metropolitan Police Service (Central North BCU); NHS North Central London Integrated Care Board |

## What happened

Child U was hit by a car while riding an e-scooter away from a group of older
boys in Holloway on the evening of 9 August 2025. He suffered a serious head
injury and is in the Royal London Hospital's major trauma unit. Police believe he
was being chased after refusing to carry drugs for the group.

## Agency involvement

- **Islington Council children's services**: a child and family assessment in
  May 2025 after U was found with a knife; closed to the targeted youth service.
- **Metropolitan Police Service**: two stop and searches; intelligence linking
  U to an older group.
- **Targeted youth support**: weekly sessions since June; U talked about
  wanting to get away from the group.
- **School**: managed move in April 2025.
- **Whittington Health NHS Trust**: school nursing; an ED attendance in
  July with a cut hand.

## Immediate actions

1. A strategy meeting was held on 11 August 2025 and U's family has been
   offered a move.
2. The Met has begun an investigation into the group's exploitation of
   younger children.
3. The council has reviewed all cases closed to targeted youth support in the
   last three months where a knife was involved.

## Learning identified

- Closing statutory involvement when a young person was engaging with youth
  work meant nobody held the risk assessment.
- U's own words about wanting to get away were not treated as a disclosure.

## Decision

**LCSPR:** the partners agreed the criteria are met. A local child
safeguarding practice review will be commissioned, looking at how Islington
responds to exploitation after a managed move.

**National review:** the partners do not consider a national review
appropriate; the Panel's 2020 review "It was hard to escape" already covers
the national learning.
"""
    write(os.path.join(out, name), text)
    row(name, "2025-08-28", RR, "E09000019", "accepted", [],
        dict(child="Child U", sin_reference="2025/1421", sin_date="2025-08-11", incident_date="2025-08-09",
             review_date="2025-08-26", document_date="2025-08-27", lcspr_decision="yes", national_review="not_recommended"),
        "Markdown with YAML front matter ('date: 2025-08-27') and a table with an empty header row; due 2025-09-02 after the August bank holiday.")


def north_somerset(out, work):
    name = "rapid-review-plain-text-north-somerset-christmas.txt"
    text = """NORTH SOMERSET SAFEGUARDING CHILDREN PARTNERSHIP
Rapid Review - Child D
==================================================

Panel ref ............ 2024/2388
SIN sent ............. 16.12.2024
Incident ............. 13.12.2024
RR meeting ........... 06.01.2025
Child ................ Child D (girl, 4 months)

Partners: North Somerset Council; Avon and Somerset Constabulary;
NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board

SUMMARY
Child D was taken to Weston General Hospital on 13 December 2024 by her
grandmother, who noticed she was not moving her arm. She had a fractured
humerus and older fractures to two ribs. Child D lives with her mother (19),
who was a looked-after child until 2023, and her mother's partner. Police are
investigating; the mother's partner is on bail with conditions not to
contact Child D.

AGENCIES INVOLVED
- North Somerset Council: leaving care service supporting the mother; no
  children's social care involvement with Child D.
- Avon and Somerset Constabulary: the mother's partner has a caution for
  assault (2022).
- Health visiting (Sirona care & health): new birth visit and 6-8 week check.
- GP practice; University Hospitals Bristol and Weston NHS Foundation Trust;
  the BNSSG ICB designated nurse.

IMMEDIATE ACTIONS
- Child D is in a mother and baby foster placement.
- The leaving care service now asks about every adult in the household of
  a care leaver who becomes a parent.

LEARNING SO FAR
The leaving care service knew about the partner but not his history. No
pre-birth assessment was done although the mother had asked for help.

DECISION
The partners agreed the criteria for a local child safeguarding practice
review are met and an LCSPR will be commissioned in January 2025.
They do not consider a national review is warranted.

Meeting held over the Christmas period: the partnership met on the first
working Monday of the new year.
"""
    write(os.path.join(out, name), text)
    row(name, "2025-01-08", RR, "E06000024", "accepted", [],
        dict(child="Child D", sin_reference="2024/2388", sin_date="2024-12-16", incident_date="2024-12-13",
             review_date="2025-01-06", lcspr_decision="yes", national_review="not_recommended"),
        "Plain text with dotted labels and dd.mm.yyyy dates; SIN 2024-12-16, due 2025-01-09 across Christmas and New Year, received the day before.")


ALL = [wiltshire, hampshire, lancashire, suffolk, birmingham, devon, cheshire_east, rotherham, sheffield,
       somerset, gloucestershire, medway, hertfordshire, newcastle, oxfordshire_draft, tameside_draft, stockport, hull,
       knowsley, calderdale, bury, joint_brighton_east_sussex, warrington, islington, north_somerset]

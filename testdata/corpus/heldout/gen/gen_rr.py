#!/usr/bin/env python3
"""Rapid reviews written as Word documents (some submitted as .docx, some
exported to PDF by gen.sh)."""
import json
import sys

from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from common import (new_doc, para, kv_table, grid_table, save_docx, out, work,
                    tracked, header_text, simple_footer, running_header_footer)

TOPDF = []  # (docx in work dir, pdf name, day, producer)


def walsall():
    day = "2025-03-20"
    d = new_doc(day, "WSP Business Unit", "Rapid Review Summary - Child Ellis", "Walsall Council", font="Calibri")
    para(d, "Walsall Safeguarding Partnership", bold=True, size=16)
    para(d, "Rapid Review Summary (Children)", bold=True, size=14)
    para(d, "OFFICIAL – SENSITIVE. Not for onward circulation without the agreement of the WSP Business Unit.", italic=True, size=9)
    kv_table(d, [
        ("Partnership", "Walsall Safeguarding Partnership"),
        ("Child / young person", "Child Ellis (pseudonym), aged 14"),
        ("SIN ref", "2025/0517"),
        ("Notification submitted", "04/03/25"),
        ("Incident occurred", "01/03/25"),
        ("RR meeting", "18/03/25"),
        ("Report completed", "20/03/25"),
        ("Chair of RR", "Head of Safeguarding and Partnerships, Walsall Council"),
    ], widths=(5.5, 11))
    d.add_heading("1. What happened", level=2)
    para(d, "Late on a Saturday evening Ellis was found by a member of the public in Reedswood Park with stab "
            "wounds to his leg and back. He was taken to Walsall Manor Hospital and then transferred to the "
            "major trauma centre in Birmingham, where he had surgery. Ellis is now recovering at home with his "
            "mother. West Midlands Police have arrested two older young men and the criminal investigation "
            "continues.")
    para(d, "Ellis had been reported missing from home on four occasions in the previous three months and had "
            "been excluded from his secondary school for five days in January after bringing a knife onto the "
            "school site. He had been open to Walsall Children's Services as a child in need since November "
            "2024 because of concerns about criminal exploitation.")
    d.add_heading("2. Who knew Ellis and the family", level=2)
    grid_table(d, ["Agency", "Involvement"], [
        ("Walsall Children's Services", "Child in need plan since November 2024; allocated social worker; return home interviews after two of the four missing episodes."),
        ("West Midlands Police", "Missing person reports; one intelligence report linking Ellis to an older group selling drugs in the town centre."),
        ("Walsall Healthcare NHS Trust", "Emergency department attendance in December 2024 with a hand injury; school nursing contact."),
        ("NHS Black Country ICB", "GP registered; no recent contact."),
        ("Secondary school", "Suspension in January 2025; referral to the school's behaviour support team."),
        ("Youth Justice Service", "Out of court disposal in October 2024 for possession of cannabis."),
        ("Exploitation hub (multi-agency)", "Ellis was discussed once, in February 2025, and rated medium risk."),
    ])
    d.add_heading("3. What has been done already", level=2)
    for t in [
        "A strategy meeting was held within 24 hours of the incident and a safety plan agreed with Ellis and his mother.",
        "Ellis's younger brother has been seen and spoken to on his own; a child and family assessment has been started for him.",
        "The exploitation hub re-rated Ellis as high risk and a disruption plan is in place for the adults involved.",
        "The school has arranged a supported return with a named trusted adult.",
        "The Youth Justice Service and Children's Services have agreed a single lead professional.",
    ]:
        para(d, t, style="List Bullet")
    d.add_heading("4. Emerging learning", level=2)
    for t in [
        "Return home interviews were not completed after two of the missing episodes, so information that could have raised the risk rating was not gathered.",
        "The knife incident at school was not shared with the exploitation hub, and the rating in February was made without it.",
        "Practitioners described Ellis as 'choosing' to go missing; this language can hide exploitation.",
        "There was no single plan bringing together the youth justice and child in need work.",
    ]:
        para(d, t, style="List Bullet")
    d.add_heading("5. Outcome re LCSPR", level=2)
    para(d, "Criteria for LCSPR not met. Partners agreed that the learning will be taken forward through a "
            "multi-agency learning review led by the Partnership's Practice Review Group, reporting back within "
            "three months.")
    d.add_heading("6. Referral to National Panel for national review?", level=2)
    para(d, "No – partners do not consider this case appropriate for a national review.")
    d.add_heading("7. Sign off", level=2)
    para(d, "Agreed by the three statutory safeguarding partners: Walsall Council, West Midlands Police and "
            "NHS Black Country Integrated Care Board.")
    save_docx(d, out("walsall-rr-child-ellis-final.docx"), day, "Walsall Council")


def nottinghamshire():
    day = "2025-03-26"
    when = "2025-03-26T14:12:00Z"
    who = "Hollis, Dana"
    d = new_doc(day, who, "Rapid Review - RB", "Nottinghamshire County Council")
    # Word keeps revision marks visible while Track Changes is on.
    settings = d.settings.element
    settings.append(OxmlElement("w:trackRevisions"))
    para(d, "Nottinghamshire Safeguarding Children Partnership", bold=True, size=15)
    para(d, "Rapid Review Report to the Child Safeguarding Practice Review Panel", bold=True, size=13)
    para(d, "Version 2 – 26 March 2025 (revisions shown)", italic=True)
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]

    def row(label, pieces):
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        if isinstance(pieces, str):
            cells[1].paragraphs[0].add_run(pieces)
        else:
            tracked(cells[1].paragraphs[0], pieces, who, when)

    row("Name of Safeguarding Partnership", "Nottinghamshire Safeguarding Children Partnership")
    row("Child's initials", "RB")
    row("Age at time of incident", "9 weeks")
    row("Panel reference number", "2025/0561")
    row("Date of serious incident notification", [("del", "07/03/2025"), ("ins", "10/03/2025")])
    row("Date of incident", "08/03/2025")
    row("Date rapid review meeting held", "24/03/2025")
    row("Has the case met the criteria for an LCSPR?", [("del", "No"), ("ins", "Yes")])
    row("Does the partnership consider the case may be appropriate for a national review?", "No")

    d.add_heading("Summary of the incident", level=2)
    para(d, "RB was taken to King's Mill Hospital by ambulance after her father called 999 to say she had "
            "stopped breathing. A CT scan showed bleeding on the brain and a skeletal survey found healing rib "
            "fractures. RB was transferred to Nottingham Children's Hospital. Both parents have been arrested "
            "and released under investigation. RB has been discharged to the care of her maternal grandmother "
            "under an interim care order.")
    d.add_heading("Agencies involved", level=2)
    grid_table(d, ["Agency", "Summary of involvement"], [
        ("Sherwood Forest Hospitals NHS Foundation Trust", "Birth, postnatal ward, and an emergency department attendance at 6 weeks with a bruise to the cheek."),
        ("Nottinghamshire Healthcare (health visiting)", "New birth visit; father present; no concerns recorded."),
        ("GP practice", "Six-week check; mother's low mood noted."),
        ("Nottinghamshire Police", "One domestic incident at the address in 2023, before RB's birth."),
        ("Nottinghamshire County Council Children's Social Care", "No involvement before the incident."),
    ])
    d.add_heading("Immediate actions taken", level=2)
    for x in [
        "Strategy discussion on 8 March and section 47 enquiries; RB's half-brother (aged 4) placed with his paternal aunt under a safety plan.",
        "Emergency department records for the earlier bruise reviewed against the partnership's bruising in non-mobile babies protocol.",
        "Health visiting service reminded all staff of the ICON programme messages for parents of crying babies.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Learning identified so far", level=2)
    for x in [
        "The bruise at 6 weeks was explained as caused by a dummy clip and was not referred to children's social care, which the bruising protocol requires for a non-mobile baby.",
        "The 2023 domestic incident was not known to the health visitor or the GP.",
        "Fathers and male carers were rarely seen or spoken to by health staff.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Decision and rationale", level=2)
    p = d.add_paragraph()
    tracked(p, [
        ("del", "The rapid review group's view is that the criteria for an LCSPR are not met; learning will be "
                "addressed through single agency reviews by the hospital trust and the health visiting service."),
        ("ins", "Following further information from the ICB designated doctor, the safeguarding partners agreed "
                "on 26 March 2025 that the criteria for an LCSPR are met and a local child safeguarding practice "
                "review will be commissioned, focusing on the response to bruising in non-mobile babies."),
    ], who, when)
    para(d, "The partnership does not consider that the case is appropriate for a national review: the "
            "learning is local and the Panel has already published national work on non-accidental injury in "
            "babies.")
    para(d, "Signed on behalf of the safeguarding partners: Nottinghamshire County Council, Nottinghamshire "
            "Police and NHS Nottingham and Nottinghamshire Integrated Care Board.")
    save_docx(d, out("notts-rapid-review-rb-v2-tracked.docx"), day, "Nottinghamshire County Council")


def essex():
    day = "2025-03-14"
    d = new_doc(day, "ESCB Case Review Team", "DRAFT Rapid Review - Child Noah", "Essex County Council")
    header_text(d, "DRAFT v0.3 – NOT FOR CIRCULATION")
    para(d, "DRAFT", bold=True, size=28, align="center")
    para(d, "Essex Safeguarding Children Board", bold=True, size=15)
    para(d, "Rapid Review – Child 'Noah'", bold=True, size=13)
    para(d, "Version 0.3, prepared for discussion at the Case Review Group. Comments to the ESCB Case Review "
            "Team by close of play Tuesday.", italic=True)
    kv_table(d, [
        ("Child", "Child 'Noah' (not his real name), aged 3"),
        ("SIN reference", "2025/0512"),
        ("Serious incident notification sent", "06/03/2025"),
        ("Date of incident", "04/03/2025"),
        ("Rapid review meeting", "13/03/2025"),
    ])
    d.add_heading("Background", level=2)
    para(d, "Noah was brought to Broomfield Hospital by his mother with a scald to his chest and arms, which "
            "she said happened when he pulled a kettle from the worktop. Medical staff thought the pattern of "
            "the injury did not fit the explanation. Noah lives with his mother and her partner in "
            "Chelmsford. There were three earlier contacts with the Children and Families Hub about neglect, "
            "the most recent in November 2024, none of which led to an assessment.")
    d.add_heading("Agencies involved", level=2)
    grid_table(d, ["Agency", "Involvement"], [
        ("Essex County Council – Children and Families Hub", "Three contacts about home conditions and missed health appointments; closed with advice."),
        ("Essex Police", "Call to the address in August 2024 about a verbal argument; no further action."),
        ("Mid and South Essex NHS Foundation Trust", "Emergency department; paediatric assessment after the scald."),
        ("Essex Child and Family Wellbeing Service (health visiting)", "Two-year review not completed; three missed appointments."),
        ("Early years setting", "Noah attended two mornings a week until December 2024; attendance then stopped."),
    ])
    d.add_heading("Immediate actions", level=2)
    for x in [
        "Strategy meeting held the same day; Noah discharged to his maternal grandparents under a safety plan.",
        "Child protection medical completed; police investigation under way.",
        "The Hub has re-examined the three earlier contacts.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Learning identified so far", level=2)
    for x in [
        "Each contact to the Hub was looked at on its own; the pattern of neglect was not seen.",
        "When Noah stopped attending his early years setting nobody followed it up.",
        "The mother's partner was not known to any agency as a member of the household.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Decision on a local child safeguarding practice review", level=2)
    para(d, "Recommendation to partners: [to be confirmed].")
    para(d, "The partners have not yet reached a decision on whether the criteria for a local child "
            "safeguarding practice review are met. A decision will be made at the next meeting of the Case "
            "Review Group, once the police investigation update has been received.")
    d.add_heading("National review", level=2)
    para(d, "At this stage the rapid review group does not consider that a national review would be "
            "appropriate.")
    save_docx(d, out("essex-rr-noah-v0.3-draft.docx"), day, "Essex County Council")


def birmingham():
    day = "2025-02-25"
    d = new_doc(day, "BSCP Business Support", "Rapid Review - Child Kai", "Birmingham City Council", font="Arial", size=10)
    para(d, "Birmingham Safeguarding Children Partnership", bold=True, size=16)
    para(d, "Rapid Review – Child 'Kai'", bold=True, size=13)
    kv_table(d, [
        ("Name of Safeguarding Partnership", "Birmingham Safeguarding Children Partnership"),
        ("Child", "Child 'Kai', 16 years"),
        ("Panel reference", "2025/0299"),
        ("Date serious incident notification sent to the Panel and Ofsted", ["Wednesday", "5th February 2025"]),
        ("Date of incident", ["Saturday 1st", "February 2025"]),
        ("Date of rapid review meeting", ["Tuesday 18th February 2025"]),
    ], widths=(7, 9.5))
    d.add_heading("Circumstances of the incident", level=2)
    para(d, "Kai was found unconscious in a flat in Northfield that police believe was being used to store "
            "and sell drugs. He had been assaulted and had taken a large quantity of an unknown substance. He "
            "spent nine days in intensive care at Birmingham Children's Hospital. Kai had been living in a "
            "semi-independent placement in Wolverhampton, arranged by Birmingham Children's Trust, and had "
            "been reported missing from there 11 times since October.")
    d.add_heading("Agencies involved with Kai", level=2)
    grid_table(d, ["Agency", "Involvement"], [
        ("Birmingham Children's Trust", "Looked after child since 2022; allocated social worker and personal adviser."),
        ("West Midlands Police", "Missing episodes; Kai found twice in other force areas (Staffordshire and West Mercia)."),
        ("Placement provider (semi-independent, Wolverhampton)", "Key worker; missing reports."),
        ("Birmingham Women's and Children's NHS Foundation Trust", "Emergency and intensive care; earlier attendance with a facial injury."),
        ("Forward Thinking Birmingham", "Referral for substance misuse support in December; not yet seen."),
        ("Virtual School", "Kai on roll at a pupil referral unit; attendance below 20%."),
    ])
    d.add_heading("Immediate actions taken since the incident", level=2)
    for x in [
        "Kai moved to a registered children's home outside the West Midlands with a single-agency safety plan.",
        "National Referral Mechanism referral submitted; a decision is awaited.",
        "Multi-agency child exploitation meeting held with Staffordshire and West Mercia police.",
        "Placement provider's registration and practice referred to the Trust's commissioning team.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Learning so far", level=2)
    for x in [
        "Unregulated and semi-independent placements far from home left Kai without trusted adults nearby.",
        "Information about missing episodes was held in three force areas and not brought together.",
        "The substance misuse referral waited seven weeks with no interim support.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Decision on a local child safeguarding practice review", level=2)
    para(d, "Does the case meet the criteria for an LCSPR? Yes. The safeguarding partners have agreed to "
            "commission a local child safeguarding practice review.")
    d.add_heading("View on a national review", level=2)
    para(d, "The partners consider the case may be appropriate for a national review because it raises issues "
            "about the criminal exploitation of children placed across local authority boundaries.")
    save_docx(d, work("birmingham-rapid-review-kai.docx"), day, "Birmingham City Council")
    TOPDF.append(("birmingham-rapid-review-kai.docx", "birmingham-rapid-review-kai.pdf", day, "LibreOffice 7.4"))


def lincolnshire():
    day = "2025-05-08"
    d = new_doc(day, "LSCP Business Unit", "Rapid Review - Child J", "Lincolnshire County Council", font="Arial", size=10)
    para(d, "LINCOLNSHIRE SAFEGUARDING CHILDREN PARTNERSHIP", bold=True, size=14)
    para(d, "Rapid Review: Child J", bold=True, size=13)
    kv_table(d, [
        ("Partnership", "Lincolnshire Safeguarding Children Partnership"),
        ("Child", "Child J (15)"),
        ("Panel reference", "2025/0702"),
        ("SIN submitted", "2025-04-10"),
        ("Date of incident", "2025-04-07"),
        ("Rapid review meeting date", "2025-04-29"),
    ])
    para(d, "Note: the rapid review meeting was delayed by the Easter bank holidays and by the need to obtain "
            "records from a school in another authority, so this report is later than the 15 working days.",
         italic=True, size=9)
    d.add_heading("What happened", level=2)
    para(d, "Child J, aged 15, was found seriously injured at the bottom of a multi-storey car park in Lincoln. "
            "She survived and remains in hospital. J had told a friend online that she intended to end her "
            "life. She had moved to Lincolnshire from another area eight months earlier and was waiting for an "
            "assessment by the children and young people's mental health service.")
    d.add_heading("Agencies involved", level=2)
    grid_table(d, ["Agency", "Involvement"], [
        ("Lincolnshire County Council Children's Services", "Early help assessment completed in January 2025; no social worker."),
        ("Lincolnshire Police", "One concern for welfare call in March 2025 after J left home at night."),
        ("Lincolnshire Partnership NHS Foundation Trust (CAMHS)", "Referral accepted February 2025; on the waiting list."),
        ("United Lincolnshire Hospitals NHS Trust", "Two emergency department attendances for self-harm."),
        ("Secondary academy", "Pastoral support; attendance 71%."),
        ("GP practice", "Antidepressant prescribed December 2024."),
    ])
    d.add_heading("Immediate actions", level=2)
    for x in [
        "Strategy discussion held and a child protection enquiry started on 8 April 2025.",
        "CAMHS allocated a clinician on the ward and a crisis plan is in place.",
        "The academy has offered support to J's friends and to staff.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Learning identified", level=2)
    for x in [
        "Records from J's previous area, which showed earlier self-harm and a child protection plan, did not follow her.",
        "Two emergency department attendances for self-harm did not lead to a referral to children's social care.",
        "There is no agreed way of supporting children while they wait for CAMHS.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Decision", level=2)
    para(d, "The safeguarding partners agreed that the criteria for a local child safeguarding practice review "
            "are met and an LCSPR will be carried out.")
    para(d, "The partnership considers the case may be appropriate for a national review, as the transfer of "
            "records between areas for children who move is a national issue.")
    simple_footer(d, "LSCP Rapid Review – Child J – OFFICIAL SENSITIVE")
    save_docx(d, work("lincolnshire-rapid-review-child-j.docx"), day, "Lincolnshire County Council")
    TOPDF.append(("lincolnshire-rapid-review-child-j.docx", "lincolnshire-rapid-review-child-j.pdf", day, "LibreOffice 7.4"))


def portsmouth():
    day = "2025-07-31"
    d = new_doc(day, "PSCP", "Rapid review AL", "Portsmouth City Council", font="Calibri")
    para(d, "Portsmouth Safeguarding Children Partnership", bold=True, size=15)
    para(d, "Rapid review – summary for the National Panel", bold=True, size=12)
    kv_table(d, [
        ("Child", "AL, aged 11"),
        ("Panel ref", "2025/0918"),
        ("SIN sent", "14 Jul 2025"),
        ("Incident", "11 Jul 2025"),
        ("Rapid review held", "29 Jul 2025"),
        ("Date of this summary", "31 Jul 2025"),
    ])
    d.add_heading("The incident", level=2)
    para(d, "AL was hit by a car on the Eastern Road after running away from his foster carers' home late at "
            "night. He has a fractured pelvis and is expected to recover. AL came into care in April 2025 and "
            "this was his third placement. He has a diagnosis of ADHD and had been excluded from two primary "
            "schools.")
    d.add_heading("Agencies involved", level=2)
    grid_table(d, ["Agency", "Involvement"], [
        ("Portsmouth City Council Children's Social Care", "Looked after child; allocated social worker; three placements since April."),
        ("Independent fostering agency", "Placement since June 2025; supervising social worker."),
        ("Hampshire and Isle of Wight Constabulary", "Two missing reports in June 2025."),
        ("Portsmouth Hospitals University NHS Trust", "Major trauma care after the collision."),
        ("Solent NHS Trust", "Looked after child health assessment; ADHD medication review."),
        ("Primary school", "Part-time timetable since May 2025."),
    ])
    d.add_heading("Learning", level=2)
    for x in [
        "The foster carers had not been told about AL's pattern of running at night before he moved in.",
        "The part-time timetable left AL with long unstructured days; nobody had reviewed it.",
        "AL's views about his placement moves were not recorded in any of the three placement plans.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("LCSPR decision", level=2)
    para(d, "The criteria for an LCSPR are not met. The partners agreed that the learning will be taken forward "
            "through a local learning review led by the partnership's Learning and Review Group.")
    d.add_heading("National review", level=2)
    para(d, "Not appropriate for national review.")
    save_docx(d, out("portsmouth-rapid-review-al.docx"), day, "Portsmouth City Council")


def york():
    day = "2025-09-18"
    d = new_doc(day, "CYSCP", "Rapid Review - Child Freya", "City of York Council", font="Arial", size=10)
    para(d, "City of York Safeguarding Children Partnership", bold=True, size=15)
    para(d, "Rapid Review – Child 'Freya'", bold=True, size=13)
    kv_table(d, [
        ("Partnership", "City of York Safeguarding Children Partnership"),
        ("Child", "Child 'Freya', aged 2"),
        ("SIN reference", "2025/1140"),
        ("Date of serious incident notification", "1 September 2025"),
        ("Date of incident", "29 August 2025"),
        ("Date of rapid review", "16 September 2025"),
        ("Report date", "18 September 2025"),
    ])
    d.add_heading("Summary", level=2)
    para(d, "Freya was found unresponsive by her father after swallowing tablets prescribed to her mother. She "
            "was treated at York Hospital and then at Leeds General Infirmary and has made a full recovery. "
            "The family had been known to services because of the mother's alcohol use and there was a child "
            "in need plan that closed in May 2025.")
    d.add_heading("Agencies involved", level=2)
    grid_table(d, ["Agency", "Involvement"], [
        ("City of York Council Children's Social Care", "Child in need plan October 2024 to May 2025."),
        ("North Yorkshire Police", "Two domestic incidents, both graded standard risk."),
        ("York and Scarborough Teaching Hospitals NHS Foundation Trust", "Emergency treatment; earlier attendance after a fall."),
        ("Humber Teaching NHS Foundation Trust / Changing Lives", "Mother's alcohol treatment; disengaged in April."),
        ("Health visiting (City of York Council)", "Two-year review completed; safe storage advice given."),
    ])
    d.add_heading("Immediate actions", level=2)
    for x in [
        "Strategy discussion and section 47 enquiry; Freya and her brother living with their father under a written agreement.",
        "Child in need plan re-opened and assessment under way.",
        "Alcohol service has re-engaged the mother and is liaising with children's social care.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Learning", level=2)
    for x in [
        "The child in need plan was closed when the mother stopped attending alcohol treatment, the opposite of what the risk indicated.",
        "The father was not included in the plan although he had daily care of the children.",
        "Safe storage advice was given verbally only and not checked at later visits.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Outcome", level=2)
    para(d, "The partners agreed the criteria for a local child safeguarding practice review are met and an "
            "LCSPR will be commissioned. Terms of reference will be agreed at the next Executive meeting.")
    save_docx(d, work("york-rapid-review-freya.docx"), day, "City of York Council")
    TOPDF.append(("york-rapid-review-freya.docx", "york-rapid-review-freya.pdf", day, "LibreOffice 7.4"))


def croydon_sutton():
    day = "2025-10-23"
    d = new_doc(day, "Safeguarding Partnerships Business Unit", "Joint Rapid Review - Carter siblings", "", font="Arial", size=10)
    para(d, "Croydon Safeguarding Children Partnership", bold=True, size=13, align="center")
    para(d, "and", align="center")
    para(d, "Sutton Safeguarding Children Partnership", bold=True, size=13, align="center")
    para(d, "Joint Rapid Review – the 'Carter' siblings", bold=True, size=14, align="center")
    para(d, "This rapid review was carried out jointly by the two partnerships because the children lived in "
            "Croydon until July 2025 and in Sutton from then until the incident. Both partnerships' "
            "safeguarding partners agreed this report.", italic=True)
    kv_table(d, [
        ("Children", "The 'Carter' siblings: three children aged 9, 6 and 4"),
        ("Panel reference", "2025/1302 (one notification made jointly)"),
        ("Date of serious incident notification", "6 October 2025"),
        ("Date of incident", "3 October 2025"),
        ("Date of joint rapid review meeting", "21 October 2025"),
        ("Date of this report", "23 October 2025"),
    ])
    d.add_heading("What happened", level=2)
    para(d, "Police forced entry to the family's flat after a neighbour reported the children crying for two "
            "days. The children were alone, hungry and dehydrated; the youngest needed hospital treatment. "
            "Their mother was found in another borough and has been charged with child cruelty.")
    d.add_heading("Agencies involved", level=2)
    grid_table(d, ["Agency", "Involvement"], [
        ("London Borough of Croydon Children's Social Care", "Child in need plan closed in July 2025 when the family moved."),
        ("London Borough of Sutton Children's Services", "Transfer-in notification received; no visit before the incident."),
        ("Metropolitan Police Service (South Area BCU)", "Two calls about the mother's partner in Croydon."),
        ("Croydon Health Services NHS Trust", "School nursing; missed immunisations."),
        ("Epsom and St Helier University Hospitals NHS Trust", "Treatment of the youngest child."),
        ("Primary schools in both boroughs", "The two older children had not started at their new Sutton school."),
    ])
    d.add_heading("Immediate actions", level=2)
    for x in [
        "All three children placed together with foster carers; contact arrangements agreed.",
        "Croydon and Sutton heads of service met to review every transfer-in case open in the past three months.",
        "Both education teams checked for children who have moved and have not started school.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Learning", level=2)
    for x in [
        "Closing the child in need plan at the point of the move meant no service held the case while the transfer was processed.",
        "The children missing from education in Sutton was not linked to the transfer.",
        "The mother's partner was known to police in Croydon but not to Sutton services.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Decision", level=2)
    para(d, "Both partnerships agreed that the criteria for a local child safeguarding practice review are met "
            "and a joint LCSPR will be commissioned.")
    para(d, "We do not consider a national review appropriate.")
    save_docx(d, out("croydon-sutton-joint-rr-carter-siblings.docx"), day, "")


def wigan():
    """Attached to an email by gen_eml.py; not itself in the corpus."""
    day = "2025-11-19"
    d = new_doc(day, "WSCP Business Unit", "Rapid Review - Child Isla", "Wigan Council", font="Arial", size=10)
    para(d, "Child Safeguarding Practice Review Panel – Rapid Review template", bold=True, size=13)
    kv_table(d, [
        ("Name of LSCP / Safeguarding Partnership", "Wigan Safeguarding Children Partnership"),
        ("Child", "Child 'Isla'"),
        ("Age", "13"),
        ("Date of serious incident notification", "03/11/2025"),
        ("Panel reference number", "2025/1377"),
        ("Date of incident", "31/10/2025"),
        ("Date rapid review meeting held", "17/11/2025"),
        ("Date of this report", "19/11/2025"),
        ("Has the case met the criteria for an LCSPR?", "No"),
        ("Does the partnership consider the case may be appropriate for a national review?", "No"),
    ], widths=(8, 8.5))
    d.add_heading("Brief summary of the case", level=2)
    para(d, "Isla disclosed to a teacher that she had been sexually abused over several months by an adult she "
            "met through an online game. Greater Manchester Police identified and arrested the man, who lives "
            "in another part of the country. Isla lives with her mother and stepfather, who were unaware of the "
            "contact.")
    d.add_heading("Agencies involved", level=2)
    grid_table(d, ["Agency", "Involvement"], [
        ("Wigan Council Children's Services", "No involvement before the disclosure."),
        ("Greater Manchester Police", "Investigation; online child sexual abuse team."),
        ("Secondary school", "Designated safeguarding lead; two earlier worries logged about Isla's tiredness and phone use."),
        ("Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust", "Paediatric examination."),
        ("NHS Greater Manchester ICB (Wigan locality)", "GP; no recent contact."),
    ])
    d.add_heading("Immediate actions taken", level=2)
    for x in [
        "Strategy meeting and section 47 enquiry; Isla supported by the St Mary's sexual assault referral centre.",
        "School safeguarding team reviewed the two earlier logged worries.",
        "Information shared with the police force where the man lives about other possible victims.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Learning identified so far", level=2)
    for x in [
        "Small worries logged by school staff were not brought together to build a picture.",
        "Parents had no information from school about the gaming platform's chat features.",
    ]:
        para(d, x, style="List Bullet")
    d.add_heading("Rationale for decision", level=2)
    para(d, "The partnership agreed the statutory criteria for an LCSPR are not met because agencies worked "
            "well together once the abuse was known, and the learning is for single agencies. The learning will "
            "be shared through a practice briefing. The partnership does not consider that a national review is "
            "needed.")
    save_docx(d, work("wigan-rapid-review-isla.docx"), day, "Wigan Council")


def main():
    for f in (walsall, nottinghamshire, essex, birmingham, lincolnshire, portsmouth, york, croydon_sutton, wigan):
        f()
    with open(work("topdf-rr.json"), "w") as fh:
        json.dump(TOPDF, fh, indent=1)


if __name__ == "__main__":
    main()

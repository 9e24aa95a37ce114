#!/usr/bin/env python3
"""Arrangements, link letter, practice reviews and minutes written in Word.
Devon's practice review is exported to PDF (as from Word, with running
headers and footers)."""
import json

from docx.shared import Pt
from common import (new_doc, para, kv_table, grid_table, save_docx, out, work,
                    simple_footer, running_header_footer, header_text)

TOPDF = []


def bullets(d, items, style="List Bullet"):
    for x in items:
        para(d, x, style=style)


def brighton_link_letter():
    day = "2025-01-07"
    d = new_doc(day, "BHSCP Business Office", "Letter - safeguarding arrangements", "", font="Arial", size=11)
    para(d, "Brighton & Hove Safeguarding Children Partnership", bold=True, size=14, align="right")
    para(d, "BHSCP Business Office\nHove Town Hall\nNorton Road\nHove BN3 3BQ\nbhscp@brighton-hove.gov.uk",
         align="right", size=9)
    para(d, "7 January 2025")
    para(d, "Safeguarding Reform Team\nDepartment for Education\nBy email: safeguarding.reform@education.gov.uk")
    para(d, "Dear colleagues,")
    para(d, "Re: Brighton & Hove multi-agency safeguarding arrangements", bold=True)
    para(d, "I am writing on behalf of the Brighton & Hove Safeguarding Children Partnership to let you know "
            "that our revised multi-agency safeguarding arrangements, updated in line with Working Together to "
            "Safeguard Children 2023, were published on our website on Friday 29 November 2024 and came into "
            "effect on Monday 16 December 2024.")
    para(d, "They can be found at:")
    para(d, "https://www.bhscp.org.uk/about-bhscp/safeguarding-arrangements/")
    para(d, "The page also links to our annual report and to the partnership's learning and improvement "
            "framework. Please let me know if you need anything further from us, or if you would prefer the "
            "arrangements as a document.")
    para(d, "Yours faithfully,")
    para(d, "")
    para(d, "Tamsin Verrall")
    para(d, "Partnership Business Manager\nBrighton & Hove Safeguarding Children Partnership")
    save_docx(d, out("bhscp-letter-to-dfe-arrangements-link.docx"), day, "")


def gloucestershire():
    day = "2024-12-13"
    d = new_doc(day, "GSCP Business Unit", "Gloucestershire Safeguarding Children Partnership - Multi-agency safeguarding arrangements",
                "Gloucestershire County Council", font="Arial", size=11)
    running_header_footer(d, "GSCP Multi-agency Safeguarding Arrangements", "Version 1.0 – December 2024")
    para(d, "Gloucestershire Safeguarding Children Partnership", bold=True, size=20)
    para(d, "Multi-agency Safeguarding Arrangements", bold=True, size=16)
    para(d, "Working Together to Safeguard Children 2023", size=12)
    para(d, "Version 1.0 – December 2024", italic=True)
    d.add_heading("1. Introduction", level=1)
    para(d, "This document sets out how the safeguarding partners in Gloucestershire work together, with "
            "relevant agencies, to safeguard and promote the welfare of children. It replaces the "
            "arrangements first published in June 2019 and meets the requirements of Working Together to "
            "Safeguard Children 2023 and the Children Act 2004, as amended by the Children and Social Work Act "
            "2017.")
    d.add_heading("2. Our area", level=1)
    para(d, "The arrangements cover the whole county of Gloucestershire: the geographical area of "
            "Gloucestershire County Council, which includes the six district council areas of Cheltenham, "
            "Cotswold, Forest of Dean, Gloucester, Stroud and Tewkesbury. The boundary is the same as that of "
            "Gloucestershire Constabulary and of NHS Gloucestershire Integrated Care Board, which makes joint "
            "working simpler. About 140,000 children and young people live in the county.")
    d.add_heading("3. The safeguarding partners", level=1)
    para(d, "The three statutory safeguarding partners are Gloucestershire County Council, Gloucestershire "
            "Constabulary and NHS Gloucestershire Integrated Care Board. Each has a lead safeguarding partner "
            "who is jointly and equally responsible for the arrangements, and each has named a delegated "
            "safeguarding partner to act on its behalf day to day.")
    grid_table(d, ["Safeguarding partner", "Lead safeguarding partner", "Delegated safeguarding partner"], [
        ("Gloucestershire County Council", "Chief Executive", "Executive Director of Children's Services"),
        ("Gloucestershire Constabulary", "Chief Constable", "Assistant Chief Constable (Local Policing)"),
        ("NHS Gloucestershire Integrated Care Board", "Chief Executive", "Chief Nursing Officer"),
    ])
    para(d, "The lead safeguarding partners meet at least three times a year. The delegated safeguarding "
            "partners meet monthly as the Partnership Executive and are able to speak with authority for "
            "their organisation, commit it on policy, resources and practice, and hold it to account.")
    d.add_heading("4. Partnership chair", level=1)
    para(d, "The chair rotates annually between the delegated safeguarding partners. For the first year the "
            "Chief Nursing Officer of the ICB is chair.")
    d.add_heading("5. Relevant agencies", level=1)
    para(d, "The safeguarding partners have named the following relevant agencies, which are required to "
            "co-operate with the arrangements:")
    bullets(d, [
        "all schools, academies, colleges and early years settings in Gloucestershire, including independent schools",
        "Gloucestershire Hospitals NHS Foundation Trust and Gloucestershire Health and Care NHS Foundation Trust",
        "South Western Ambulance Service NHS Foundation Trust",
        "the six district councils, including their housing services",
        "the Probation Service (South West) and the Gloucestershire Youth Justice Service",
        "Gloucestershire Fire and Rescue Service",
        "the Children and Family Court Advisory and Support Service (Cafcass)",
        "British Transport Police",
        "voluntary and community sector organisations funded to work with children",
        "sports clubs and faith organisations through the Safer Gloucestershire network",
    ])
    d.add_heading("6. Independent scrutiny", level=1)
    para(d, "The partners have appointed an independent scrutineer, who is not employed by any of the "
            "safeguarding partners. The scrutineer reviews how well the partners are meeting their "
            "responsibilities, attends the Partnership Executive, meets frontline staff and children, "
            "contributes to the yearly report and reports directly to the lead safeguarding partners at least "
            "twice a year. Scrutiny is also provided by peer challenge with neighbouring partnerships.")
    d.add_heading("7. Education", level=1)
    para(d, "Schools, colleges and early years providers are represented on the Partnership Executive by a "
            "head teacher from each phase and by the Director of Education. An Education Safeguarding Group "
            "reports to the Executive.")
    d.add_heading("8. Listening to children and families", level=1)
    para(d, "The Gloucestershire Youth Forum and the Children in Care Council will be asked each year to "
            "comment on the partnership's priorities, and the partnership will report what it changed as a "
            "result.")
    d.add_heading("9. Learning from serious incidents and reviews", level=1)
    para(d, "The local authority notifies the Child Safeguarding Practice Review Panel of serious incidents "
            "within five working days. The partners complete a rapid review within 15 working days and decide "
            "whether to commission a local child safeguarding practice review. Learning is shared through "
            "briefings and the training programme.")
    d.add_heading("10. Funding", level=1)
    grid_table(d, ["Partner", "Share of budget"], [
        ("Gloucestershire County Council", "50%"),
        ("Gloucestershire Constabulary", "20%"),
        ("NHS Gloucestershire Integrated Care Board", "30%"),
    ])
    d.add_heading("11. Information sharing", level=1)
    para(d, "The partners have a single information sharing agreement covering all relevant agencies and "
            "follow the government's advice on information sharing for practitioners.")
    d.add_heading("12. Publication", level=1)
    para(d, "These arrangements were published on 13 December 2024 and take effect from 16 December 2024. They "
            "are available at https://www.gscp.org.uk/about-us/our-safeguarding-arrangements and will be "
            "reviewed every year.")
    save_docx(d, out("gscp-safeguarding-arrangements-dec-2024.docx"), day, "Gloucestershire County Council")


def devon():
    day = "2025-03-03"
    d = new_doc(day, "Helen Marchetti", "Local Child Safeguarding Practice Review - Child Ollie",
                "Devon Children and Families Partnership", font="Calibri", size=11)
    running_header_footer(d, "Devon Children and Families Partnership – LCSPR Child 'Ollie'",
                          "OFFICIAL – Final report", header_right="Final report")
    para(d, "Devon Children and Families Partnership", bold=True, size=20)
    para(d, "Local Child Safeguarding Practice Review", bold=True, size=16)
    para(d, "Child 'Ollie'", bold=True, size=16)
    kv_table(d, [
        ("Independent reviewer", "Dr Helen Marchetti"),
        ("Panel reference", "2024/0871"),
        ("Decision to undertake review", "8 October 2024"),
        ("Report date", "3 March 2025"),
        ("Status", "Final, agreed by the safeguarding partners"),
    ])
    d.add_heading("Contents", level=1)
    for x in ["1. Introduction", "2. Why this review was carried out", "3. Terms of reference",
              "4. How the review was carried out", "5. Ollie's family", "6. Ollie's story",
              "7. What life was like for Ollie", "8. Findings", "9. Why did this happen? Underlying and systemic reasons",
              "10. Good practice", "11. Recommendations", "12. Publication", "Appendix: glossary"]:
        para(d, x)
    d.add_page_break()
    d.add_heading("1. Introduction", level=1)
    para(d, "This review is about a five-year-old boy who is called 'Ollie' in this report. Ollie is not his "
            "real name; his mother chose it. In September 2024 Ollie was admitted to North Devon District "
            "Hospital severely underweight, with several untreated dental abscesses and a fracture of his "
            "left forearm that was about three weeks old. He had not been seen by any professional outside his "
            "family for almost eleven months. Ollie has recovered well and now lives with his maternal aunt.")
    para(d, "The review was commissioned by the Devon Children and Families Partnership (DCFP), the "
            "multi-agency safeguarding arrangements for Devon made by Devon County Council, Devon and Cornwall "
            "Police and NHS Devon Integrated Care Board. It looks at how agencies worked together with Ollie "
            "and his family, what got in the way, and what needs to change. It is not about blame. The "
            "reviewer has been struck by how many of the professionals involved cared about Ollie and tried "
            "to do the right thing within systems that did not help them.")
    d.add_heading("2. Why this review was carried out", level=1)
    para(d, "Devon County Council notified the Child Safeguarding Practice Review Panel of a serious incident on "
            "13 September 2024 (Panel reference 2024/0871). A rapid review meeting was held on 2 October 2024. "
            "The safeguarding partners decided on 8 October 2024 that the criteria for a local child "
            "safeguarding practice review were met, because Ollie had suffered serious harm, abuse or neglect "
            "was known or suspected, and the case appeared to raise important learning about children who "
            "are not seen, particularly children who are electively home educated and live in rural areas. "
            "The Panel agreed with that decision.")
    d.add_heading("3. Terms of reference", level=1)
    para(d, "The review considered the period from Ollie's birth in June 2019 to his admission to hospital in "
            "September 2024, with particular attention to the last two years. It asked:")
    bullets(d, [
        "How well did agencies understand Ollie's daily life, and did anyone hear from Ollie himself?",
        "How were concerns about neglect identified, shared and acted upon?",
        "What was the effect of Ollie not attending an early years setting or school?",
        "How did professionals engage with Ollie's mother and her partner, and how did they respond when appointments were missed or visits refused?",
        "How did the rural location of the family affect the services they received?",
        "What can be learned about how the partnership's systems support practitioners in similar situations?",
    ])
    d.add_heading("4. How the review was carried out", level=1)
    para(d, "The review used a systems methodology. Each agency provided a chronology and a short report on its "
            "involvement. The reviewer read the records, met 23 practitioners and managers individually and in "
            "two learning events, and met Ollie's aunt, his maternal grandmother and, once, his mother. Ollie's "
            "father, who lives abroad, was written to but did not respond. A panel of senior managers from the "
            "partners, chaired by the DCFP's Head of Partnership, oversaw the review and tested its findings.")
    para(d, "The following agencies took part: Devon County Council children's services and education "
            "services; Devon and Cornwall Police; Royal Devon University Healthcare NHS Foundation Trust "
            "(including health visiting and the emergency department); the family's GP practice; a community "
            "dental service; Devon Partnership NHS Trust (adult mental health); and a housing association.")
    d.add_heading("5. Ollie's family", level=1)
    para(d, "Ollie lived with his mother, who is in her late twenties, and from 2022 her partner, in a rented "
            "cottage about four miles from the nearest village in the north of the county. The nearest bus "
            "stop is over a mile away and there is no mobile phone signal at the house. Ollie's mother grew up "
            "in the area, had a difficult childhood herself, and was known to children's services as a "
            "teenager. She has a long history of depression and anxiety and, by her own account, found it hard "
            "to leave the house for long periods.")
    para(d, "Her partner moved in when Ollie was three. Professionals knew very little about him. He worked "
            "irregular hours on farms and did not take part in any appointments. Ollie's maternal aunt lived "
            "in Barnstaple and saw the family occasionally until a falling-out in the autumn of 2023.")
    d.add_heading("6. Ollie's story", level=1)
    story = [
        ("Birth to age two", "Ollie was born at term and was a healthy baby. The health visiting service "
         "completed the new birth visit and the six to eight week review. His mother was noted to be low in "
         "mood and was referred to the perinatal mental health team, which she attended twice. Ollie's "
         "one-year review took place at home; he was developing well, and the health visitor recorded that "
         "the home was cold and sparsely furnished but clean."),
        ("Age two to three", "The two-year review was offered three times and was eventually completed by "
         "telephone during the period when many services worked remotely. No professional saw Ollie in "
         "person between the ages of 15 months and 2 years 9 months. His mother said he was talking well. "
         "The GP saw Ollie once for a chest infection and recorded his weight on the 25th centile."),
        ("Age three to four", "Ollie was eligible for a funded early years place but did not take it up. In "
         "May 2023 a neighbour rang the police because Ollie had been seen outside on his own on the lane. "
         "Officers visited, found Ollie at home with his mother, and made a referral to the multi-agency "
         "safeguarding hub (MASH). The MASH record noted that the mother was 'engaging' and the contact was "
         "closed with advice and a referral to early help. The early help worker visited twice; on the "
         "second visit the mother said she did not want further help and the case was closed."),
        ("Age four to five", "In summer 2023 Ollie's mother told the council that she would be educating him "
         "at home and would not be applying for a school place. Because Ollie had never been registered at "
         "a school, there was no legal duty for the council to be told and no deregistration process. The "
         "elective home education team sent a letter offering a visit; there was no reply. In November 2023 "
         "the dental service wrote to the GP to say Ollie had been brought to an emergency appointment with "
         "toothache and that treatment under general anaesthetic was needed; the family did not attend the "
         "two appointments that followed and the dental service discharged him back to the GP. The GP "
         "practice sent a text message to the mother's phone. Between November 2023 and September 2024 no "
         "professional saw Ollie."),
        ("The admission", "In September 2024 Ollie's aunt visited after months without contact and was "
         "shocked by his appearance. She took him to the emergency department herself. Ollie weighed less "
         "than he had at age three. The fracture was found on X-ray; the explanation given was a fall from "
         "a trampoline, but there was no trampoline at the house. The police investigation into neglect is "
         "continuing."),
    ]
    comments = [
        "Practitioners who met the reviewer described Ollie as a contented baby and his mother as devoted to "
        "him. The perinatal mental health team discharged her after two appointments because she did not "
        "attend a third; its letter to the GP said she could re-refer herself. This was in line with the "
        "team's procedure at the time, but it left a young mother with a long history of depression without "
        "support at a point when her isolation was increasing.",
        "The health visiting service was working under national guidance that allowed reviews to be done "
        "remotely. The practitioner who completed the two-year review by telephone told the reviewer that she "
        "had intended to visit later, but that the case was one of more than 400 on her caseload and no "
        "follow-up visit was ever booked. The GP's record of Ollie's weight was the last time anyone weighed "
        "him until his admission.",
        "The police officers who attended in May 2023 were worried enough to make a referral, and their "
        "description of Ollie as 'small for his age, quiet and grubby' was accurate. At the MASH, the "
        "decision to close the contact with advice was made on the basis of a telephone call with the mother, "
        "in which she said that Ollie had slipped out while she was in the toilet. Nobody spoke to Ollie. The "
        "early help worker recorded that the mother 'did not feel she needed support at this time', and her "
        "manager agreed to close the case because there was no consent to continue.",
        "Each of these contacts was handled by a different service, and each service acted as its own "
        "procedures required. The elective home education team did not know about the MASH contact; the "
        "dental service did not know that Ollie was not at school or nursery; the GP practice did not know "
        "that the dental service was worried. When Ollie was discharged from the dental service, the only "
        "record of the untreated abscesses was a letter filed in his GP notes. In the last eleven months "
        "before his admission, there was no professional in Ollie's life at all.",
        "The emergency department staff acted quickly and well. A child protection medical was completed the "
        "same day, the police and children's social care were informed, and Ollie's aunt was supported to "
        "stay with him. Ollie was discharged to her care under a police protection order and then an interim "
        "care order.",
    ]
    for (h, t), c in zip(story, comments):
        d.add_heading(h, level=2)
        para(d, t)
        para(d, c)
    d.add_heading("7. What life was like for Ollie", level=1)
    para(d, "Ollie is now able to talk about some of his experiences, and his aunt has shared what he has said "
            "with his permission. Ollie remembers being hungry 'lots of the time' and says that he spent most "
            "days watching videos on a tablet in his bedroom. He says his mother 'was sad and slept a lot'. He "
            "did not know any other children. When asked what would have helped, Ollie said: 'if someone came "
            "to play with me'. He is now at school, loves football and has a best friend.")
    para(d, "Ollie's lived experience was of profound isolation. There was no one outside the family who saw "
            "him regularly, and the adults in his home were not able to meet his basic needs. The review "
            "found that no professional had ever spoken to Ollie on his own or recorded his wishes and "
            "feelings, even at the early help visits, and that Ollie's perspective was therefore absent from "
            "every decision that was made about him.")
    d.add_heading("8. Findings", level=1)
    findings = [
        ("Finding 1: Children who are not seen", "Ollie was not seen by any professional for long periods. "
         "Each agency knew that it had not seen him, but no agency knew that no one had. Missed appointments "
         "were recorded as the family's choice rather than as a possible sign of neglect."),
        ("Finding 2: Elective home education for children who have never been at school", "The law places "
         "no duty on parents to tell the council that a child who has never attended school will be educated "
         "at home. The council's elective home education team has no power to see the child. In Ollie's "
         "case, the offer of a visit was the only contact, and it was unanswered."),
        ("Finding 3: Thresholds and 'engagement'", "At the MASH and in early help, the mother's willingness "
         "to talk to professionals was recorded as 'engagement' and weighed heavily in closing the case. The "
         "mother's own history, the partner's unknown background and the fact that Ollie had been found "
         "alone outside were not brought together."),
        ("Finding 4: Health information about neglect", "Dental neglect is a recognised indicator of wider "
         "neglect. The dental service's letter to the GP did not say that it was worried about neglect, and "
         "the GP practice's system treated it as routine correspondence. Ollie's falling weight was never "
         "plotted because no one weighed him."),
        ("Finding 5: Rurality", "The family's isolation made them harder to reach and made Ollie invisible. "
         "Services offered were designed for families who can travel to a town centre."),
        ("Finding 6: Unknown adults in the household", "Professionals knew almost nothing about the mother's "
         "partner, and no checks were made on him."),
    ]
    for h, t in findings:
        d.add_heading(h, level=2)
        para(d, t)
    d.add_heading("9. Why did this happen? Underlying and systemic reasons", level=1)
    para(d, "Looking beneath the individual decisions, the review identified the following systemic reasons "
            "that made it more likely that Ollie's neglect would go unseen:")
    bullets(d, [
        "Agency systems record missed appointments but do not share them. There is no mechanism in Devon for a GP, a dental service and a health visiting service to know that the same child has missed appointments with each of them.",
        "Performance measures reward closure. Early help and MASH performance is measured on timeliness, which encourages closing a case when a parent declines help.",
        "The national legal framework for elective home education gives the council no way of seeing a child whose parent does not respond, and local procedures did not make up for that by triggering a multi-agency discussion.",
        "Remote working during and after the pandemic normalised telephone contacts for developmental reviews, and the service did not return to face-to-face reviews for children already missed.",
        "Workforce pressure in rural teams meant that home visits requiring an hour's travel were the first to be deferred.",
        "Professionals' understanding of neglect focused on the home environment rather than on the child's health, development and relationships.",
    ])
    d.add_heading("10. Good practice", level=1)
    para(d, "The police officers who attended in May 2023 made a prompt referral and described Ollie's "
            "presentation well. The emergency department recognised the fracture as suspicious and followed "
            "the child protection procedure without delay. Ollie's aunt has been supported well since the "
            "admission.")
    d.add_heading("11. Recommendations", level=1)
    recs = [
        "The DCFP should develop, with health partners, a 'was not brought' protocol that requires any health professional who records a second missed appointment for a child under five to check with the health visitor and GP whether the child has been seen.",
        "Devon County Council should ensure that any notification that a child of compulsory school age who has never attended school will be home educated leads to a multi-agency information check and, where there are any other concerns, to a visit.",
        "The DCFP should write to the Department for Education, through the Panel, about the gap in the law for children who have never been registered at school.",
        "The MASH and early help services should revise their guidance on closing cases when parents decline help, so that the child's lived experience and the history are weighed alongside the parent's view.",
        "The health visiting service should offer a face-to-face review to every child whose two-year review was completed remotely.",
        "All agencies should make sure that practitioners take steps to find out about new adults in a child's household.",
        "The DCFP should review its neglect training so that it gives more weight to health and dental neglect and to rural isolation.",
    ]
    for i, r in enumerate(recs, 1):
        para(d, "Recommendation %d: %s" % (i, r))
    d.add_heading("12. Publication", level=1)
    para(d, "The safeguarding partners intend to publish this report in full on the DCFP website on Wednesday "
            "9 April 2025, together with the partners' response to the recommendations. The report has been "
            "shared with Ollie's family before publication.")
    d.add_heading("Appendix: glossary", level=1)
    kv_table(d, [
        ("DCFP", "Devon Children and Families Partnership"),
        ("EHE", "Elective home education"),
        ("LCSPR", "Local child safeguarding practice review"),
        ("MASH", "Multi-agency safeguarding hub"),
        ("Panel", "The Child Safeguarding Practice Review Panel"),
    ])
    save_docx(d, work("DCFP LCSPR Child Ollie - Final report.docx"), day, "Devon County Council")
    TOPDF.append(("DCFP LCSPR Child Ollie - Final report.docx", "dcfp-lcspr-child-ollie-final-report.pdf", day,
                  "Microsoft® Word for Microsoft 365"))


def sunderland():
    day = "2025-04-30"
    d = new_doc(day, "Graham Pettifer", "LCSPR Child Maisie - final draft for partners",
                "Sunderland City Council", font="Arial", size=11)
    simple_footer(d, "Sunderland Safeguarding Children Partnership – LCSPR 'Maisie' – Confidential until publication")
    para(d, "Sunderland Safeguarding Children Partnership", bold=True, size=18)
    para(d, "Local Child Safeguarding Practice Review: Child 'Maisie'", bold=True, size=15)
    kv_table(d, [
        ("Lead reviewer", "Graham Pettifer, independent safeguarding consultant"),
        ("Panel reference", "2024/1033"),
        ("Date of report", "30 April 2025"),
        ("Planned publication", "Wednesday 11 June 2025"),
    ])
    d.add_heading("Introduction", level=1)
    para(d, "'Maisie' is a 14-year-old girl who was found unconscious in a house in Sunderland in October 2024 "
            "after being given drugs and alcohol by adult men. At their meeting on 20 November 2024 the "
            "safeguarding partners – Sunderland City Council, Northumbria Police and NHS North East and North "
            "Cumbria Integrated Care Board – decided that a local child safeguarding practice review should "
            "be undertaken. This report is the result.")
    d.add_heading("Terms of reference and method", level=1)
    para(d, "The review covered the eighteen months before the incident. It used practitioner learning "
            "events, agency reports and conversations with Maisie and her mother. It asked how well agencies "
            "recognised and responded to the risk of sexual exploitation, how the transition from primary to "
            "secondary school was managed, and how Maisie's own account was heard.")
    d.add_heading("Maisie and her family", level=1)
    para(d, "Maisie lives with her mother and two younger brothers. Her father left when she was eight. Her "
            "mother works shifts in a care home. The family has had early help twice, for housing and for "
            "Maisie's behaviour at primary school.")
    d.add_heading("Maisie's experience in her own words", level=1)
    para(d, "Maisie spoke to the reviewer twice. She said that the men 'made me feel grown up' and that she did "
            "not think of what was happening as abuse until a youth worker explained it to her. She said "
            "teachers 'only cared about my uniform and my lateness'. She asked that the review tell "
            "professionals to 'ask why, not just tell us off'.")
    d.add_heading("What happened", level=1)
    para(d, "In the months before the incident Maisie went missing eight times, was seen getting into cars "
            "outside school, and had a new phone her mother had not bought. Her school recorded 31 "
            "behaviour incidents and excluded her twice. Two missing episodes led to return home "
            "conversations, in which Maisie said she had been 'with friends'. An exploitation screening tool "
            "was completed once, scoring her as low risk, and was not repeated.")
    d.add_heading("Findings", level=1)
    for h, t in [
        ("1. Behaviour was treated as the problem", "School and some other agencies responded to Maisie's "
         "behaviour with sanctions. The meaning of her behaviour – that she was being groomed – was not "
         "explored."),
        ("2. The screening tool gave false reassurance", "The low risk score was relied on for five months "
         "although new information was received."),
        ("3. Information was held in separate places", "Police intelligence about the cars, the school's "
         "records and the missing reports were never considered together."),
        ("4. Maisie's mother was not supported as a protective parent", "She reported her daughter missing each "
         "time but was not told what the police knew."),
    ]:
        d.add_heading(h, level=2)
        para(d, t)
    d.add_heading("Analysis: systemic factors", level=1)
    para(d, "The review found that the systems around Maisie made these findings more likely. The exploitation "
            "screening tool is designed as a one-off assessment rather than a live record. School behaviour "
            "policies reward consistency of sanction rather than curiosity. The multi-agency exploitation "
            "meeting only considered children rated medium or high risk, so Maisie never reached it. Staff "
            "turnover in the locality social work team meant three different workers in six months.")
    d.add_heading("Recommendations", level=1)
    para(d, "To follow. The reviewer will agree the recommendations with the safeguarding partners at the "
            "learning event and they will be inserted here before publication.", italic=True)
    d.add_heading("Publication", level=1)
    para(d, "The partners intend to publish the final report on Wednesday 11 June 2025.")
    save_docx(d, out("sunderland-lcspr-maisie-final-draft.docx"), day, "Sunderland City Council")


def oxfordshire():
    day = "2025-01-20"
    d = new_doc(day, "OSCP Business Unit", "LCSPR Child TW - improvements to be made",
                "Oxfordshire County Council", font="Arial", size=11)
    para(d, "Oxfordshire Safeguarding Children Partnership", bold=True, size=17)
    para(d, "Local Child Safeguarding Practice Review – Child TW", bold=True, size=14)
    para(d, "Information about the improvements to be made", bold=True, size=13)
    para(d, "20 January 2025")
    d.add_heading("About this document", level=1)
    para(d, "On 14 March 2024 the Oxfordshire safeguarding partners (Oxfordshire County Council, Thames Valley "
            "Police and NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board) decided to "
            "carry out a local child safeguarding practice review about a teenager we call TW (Panel reference "
            "2024/0219). The review was led by an independent reviewer, Marcus Adebayo-Lane.")
    para(d, "Because TW and his family could be identified from the full report, and after talking to TW and "
            "his mother, the partners have decided not to publish the full report. Instead, as Working "
            "Together allows, they are publishing only this information about the improvements to be made. "
            "It will be published on the OSCP website on Monday 17 February 2025.")
    d.add_heading("TW and his family", level=1)
    para(d, "TW is 16. He is autistic and lives with his mother and grandmother in a village in West "
            "Oxfordshire. He was stabbed in Oxford city centre after months of being criminally exploited. TW "
            "told the reviewer he felt that 'nobody understood how I think', and that the older boys who "
            "exploited him were the first people who 'made me feel I fitted in'. His mother described asking "
            "for help many times and being passed between services.")
    d.add_heading("Why things happened as they did", level=1)
    para(d, "The review found underlying reasons in the way services are organised: support for autistic "
            "young people sits apart from the services that respond to exploitation; TW's school transport "
            "was withdrawn after an incident, which meant long unsupervised journeys; and decisions about "
            "exploitation risk did not take account of how autism affected TW's understanding of risk.")
    d.add_heading("Improvements to be made", level=1)
    grid_table(d, ["No.", "Improvement", "Lead", "By when"], [
        ("1", "Include autism specialists in the multi-agency exploitation meeting whenever an autistic child is discussed.", "Oxfordshire County Council", "April 2025"),
        ("2", "Change the school transport policy so that withdrawal of transport for a child with an EHCP triggers a safeguarding check.", "Oxfordshire County Council (Education)", "June 2025"),
        ("3", "Adapt the exploitation screening tool to prompt practitioners to consider neurodiversity.", "Thames Valley Police / OSCP", "June 2025"),
        ("4", "Give parents who report concerns a single named contact.", "All partners", "September 2025"),
        ("5", "Deliver training on autism and exploitation to the exploitation hub and youth justice staff.", "OSCP training team", "December 2025"),
    ])
    d.add_heading("How we will know it has made a difference", level=1)
    para(d, "The OSCP Case Review and Governance subgroup will check progress every quarter, and the independent "
            "scrutineer will report on it in the yearly report.")
    save_docx(d, out("oscp-lcspr-tw-improvements.docx"), day, "Oxfordshire County Council")


def doncaster_minutes():
    day = "2025-06-12"
    d = new_doc(day, "DSCP Business Unit", "DSCP Executive Group minutes", "City of Doncaster Council",
                font="Arial", size=10)
    para(d, "Doncaster Safeguarding Children Partnership", bold=True, size=14)
    para(d, "Executive Group – Minutes", bold=True, size=13)
    kv_table(d, [
        ("Date of meeting", "Thursday 12 June 2025"),
        ("Time / venue", "10:00–12:00, Civic Office, Waterdale, and MS Teams"),
        ("Chair", "Delegated safeguarding partner, City of Doncaster Council"),
        ("Present", "Director of Children's Services (Doncaster Council); Detective Superintendent, South Yorkshire Police; "
                    "Deputy Chief Nurse, NHS South Yorkshire ICB (Doncaster Place); Independent Scrutineer; "
                    "Partnership Manager; Head of Education Safeguarding"),
        ("Apologies", "Director of Public Health; Principal, Doncaster College"),
    ])
    grid_table(d, ["Item", "Discussion", "Action / owner"], [
        ("1. Minutes of previous meeting", "Agreed as accurate. All actions complete except action 4 (escalation policy), carried forward.", "Partnership Manager"),
        ("2. Annual report", "The draft annual report was discussed. Members asked for more on the impact of the neglect strategy and for children's quotes to be added. Final version to come to the next meeting for sign-off before publication in the autumn.", "Partnership Manager"),
        ("3. Case review update", "The Case Review Group reported that two serious incident notifications were made in May. The rapid reviews are being completed within timescales; details were shared in the confidential papers and are not minuted.", "Chair of Case Review Group"),
        ("4. Training", "The summer training programme is fully booked. A new course on adolescent neglect will be piloted.", "Training Coordinator"),
        ("5. Independent scrutiny", "The scrutineer reported on her visits to the Front Door and to two family hubs. A written report will follow.", "Independent Scrutineer"),
        ("6. AOB", "None.", "—"),
    ])
    para(d, "Date of next meeting: to be confirmed.")
    save_docx(d, out("dscp-executive-minutes-june-2025.docx"), day, "City of Doncaster Council")


def main():
    for f in (brighton_link_letter, gloucestershire, devon, sunderland, oxfordshire, doncaster_minutes):
        f()
    with open(work("topdf-other.json"), "w") as fh:
        json.dump(TOPDF, fh, indent=1)


if __name__ == "__main__":
    main()

"""Local child safeguarding practice reviews (final reports): a long Word
report exported to PDF, an improvements-only publication, a report that
will not be published, and reports lacking recommendations, a publication
plan, the child's perspective, or sent too late and too close to
publication."""
import os

from docx.enum.text import WD_BREAK

from common import *
import blocks as B
import long_content as L

PR = "practice_review"


def pagebreak(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ Nottingham (long)

def nottingham(out, work):
    name = "practice-review-word-export-nottingham-child-k.pdf"
    day = "2025-05-16"
    doc = new_docx(day, "LCSPR Child K - Final Report", author="Nottingham City Safeguarding Children Partnership", size=11)
    header_footer(doc, "Nottingham City Safeguarding Children Partnership  |  LCSPR: Child K  |  OFFICIAL",
                  "Final report 16 May 2025")
    for _ in range(5):
        para(doc)
    para(doc, "Nottingham City Safeguarding Children Partnership", bold=True, size=20, color="1F3864")
    para(doc, "Local Child Safeguarding Practice Review", bold=True, size=26)
    para(doc, "Child K", bold=True, size=26)
    para(doc)
    para(doc, "Independent lead reviewer: Dr Helen Marsh", size=12)
    para(doc, "Date of final report: 16 May 2025", size=12)
    para(doc, "Panel notification reference: 2024/2150", size=12)
    para(doc, "Publication: this report will be published in full on 12 June 2025", size=12)
    pagebreak(doc)
    doc.add_heading("Contents", level=1)
    for i, t in enumerate(["Introduction", "Why this review was carried out", "Terms of reference",
                           "How the review was carried out", "Involving K and his family", "K's story",
                           "Findings", "Why did this happen? Systemic and underlying reasons",
                           "Good practice", "Recommendations", "Publication", "Appendices"], 1):
        doc.add_paragraph("%d. %s" % (i, t))
    pagebreak(doc)
    blocks = [("h1", "1. Introduction"), ("p", """
        This is the report of a local child safeguarding practice review (LCSPR) about a
        boy who is called Child K, or K, in this report. K is nine years old. He is autistic
        and has a learning disability. In November 2024 he was found to have suffered
        serious physical injuries and long-term neglect while living with his mother and
        her partner in Nottingham.

        The review was commissioned by the Nottingham City safeguarding partners -
        Nottingham City Council, Nottinghamshire Police and NHS Nottingham and
        Nottinghamshire Integrated Care Board - under Working Together to Safeguard
        Children 2023. Its purpose is not to apportion blame but to understand why things
        happened as they did and what needs to change so that other children are better
        protected.

        The reviewer would like to thank K's father and grandmother, who met her twice, and
        the 41 practitioners and managers who gave their time and spoke openly about their
        work with K.
    """), ("h1", "2. Why this review was carried out"), ("p", """
        On 15 November 2024 K's school contacted children's social care because K had come
        to school with a swollen face and had told a teaching assistant, using his
        communication cards, that he was 'hurt' and 'scared'. At hospital, K was found to
        have a fractured cheekbone, bruising of different ages and burns to his feet. He
        weighed less than he had 18 months earlier. His mother's partner has since been
        charged with causing grievous bodily harm and child cruelty; his mother has been
        charged with child cruelty. Criminal proceedings are ongoing and this report does
        not comment on them.

        The partners notified the Child Safeguarding Practice Review Panel on 18 November
        2024 and held a rapid review on 6 December 2024. On 10 December 2024 the safeguarding
        partners decided to carry out a local child safeguarding practice review, because
        K had suffered serious harm, several agencies had been involved with the family, and
        there were indications that the way agencies worked together could be improved. The
        Panel agreed with that decision.
    """), ("h1", "3. Terms of reference"), ("p", """
        The review covered the period from January 2022, when K's mother's partner joined the
        household, to November 2024. The safeguarding partners asked the review to answer five
        questions:

        * How well did agencies understand K's daily life, given his autism and his limited speech?
        * How well did agencies identify and respond to neglect, including the decline in K's weight and his missed health appointments?
        * What did agencies know about the mother's partner, and how was that information shared?
        * How did agencies respond to K's absence from school and to the decision to move him to a part-time timetable?
        * What helped and what hindered practitioners in challenging one another when they were worried?
    """), ("pagebreak",), ("h1", "4. How the review was carried out"), ("p", """
        The review used a systems approach. Instead of asking only what individuals did, it
        asks what it was about the systems they worked in - the tools, the workloads, the
        rules and the culture - that made it likely that things would go the way they did.

        Each agency provided a chronology and a short analysis of its involvement. The
        reviewer read the records, met the agencies' authors, and held two practitioner
        learning events in February and March 2025, attended by 29 practitioners from
        education, health, social care, police and the voluntary sector. She also held
        separate conversations with the managers who made key decisions.

        A review panel of senior managers from each agency, chaired by the partnership's
        Learning from Practice lead, met five times to oversee the review. The reviewer is
        independent of all the agencies involved.
    """), ("table", ["Agency", "Information provided"], [
        ("Nottingham City Council Children's Integrated Services", "Chronology, assessments, practitioner event"),
        ("Nottingham City Council Education (SEND and attendance)", "Chronology, EHCP records"),
        ("Nottinghamshire Police", "Chronology, intelligence summary"),
        ("NHS Nottingham and Nottinghamshire ICB", "Health overview, GP records summary"),
        ("Nottingham University Hospitals NHS Trust", "Chronology (ED, paediatrics, community paediatrics)"),
        ("Nottingham CityCare Partnership", "Health visiting and school nursing chronology"),
        ("K's primary school (special school from 2023)", "Chronology, safeguarding records"),
        ("Nottinghamshire Healthcare NHS Foundation Trust", "Adult mental health records for the mother"),
        ("Housing provider", "Tenancy and repairs records"),
    ]), ("h1", "5. Involving K and his family"), ("p", """
        K now lives with his father and paternal grandmother. The reviewer met K at his
        grandmother's home with his foster carer and his speech and language therapist. K
        showed the reviewer his favourite things - trains and a blue blanket - and, using
        his picture board, chose pictures for 'happy' (school, trains, Nana) and 'sad'
        (shouting, dark, hungry). His grandmother said: 'He tells you everything if you know
        how to listen.'

        K's father told the reviewer that he had asked children's services in 2023 whether K
        could live with him, and was told he would have to apply to the court. He did not
        feel listened to. K's mother was offered the chance to contribute but declined while
        the criminal proceedings continue.
    """), ("pagebreak",), ("h1", "6. K's story"), ("p", """
        This section describes K's lived experience, as far as the review has been able to
        understand it from records and from the people who knew him. It is written so that
        the reader keeps K at the centre.
    """), ("h2", "Early years (2015 to 2021)"), ("p", """
        K was born in 2015. His parents separated when he was two and he lived with his
        mother, with regular weekend stays with his father and grandmother. He was diagnosed
        with autism at four. Health visiting records describe a warm but exhausted mother,
        who asked several times for help with K's sleep and his distress in busy places. K
        attended a mainstream primary school with an education, health and care plan (EHCP)
        from 2021.
    """), ("h2", "A new household (2022)"), ("p", """
        In January 2022 K's mother's partner moved in. Records from this time show K's
        behaviour at school changing: he became more distressed at home time and began to hide
        food in his bag. School staff noted this and put it down to K's autism and a change in
        routine. The father's weekend contact reduced after arguments with the partner, and
        stopped in the summer of 2022.

        In September 2022 the police attended the home after a neighbour reported shouting and
        a child screaming. Officers spoke to the adults at the door; K was said to be asleep
        and was not seen. A domestic abuse notification was shared with children's social care
        and with school through Operation Encompass. Children's social care recorded 'no
        further action - information shared with school'.
    """), ("h2", "Concerns grow (2023)"), ("p", """
        In 2023 K moved to a special school. His attendance fell to 68% in the spring term and
        the school reported this to the attendance team. K missed two appointments with the
        community paediatrician and one with the dentist. The 'was not brought' letters went
        to the mother's address and copies to the GP.

        In June 2023 the school made a referral to children's social care after K arrived with
        a bruise on his arm. A strategy discussion was held between social care and police;
        health and school were not invited. K was seen with his mother present and said
        nothing. The mother explained that K had hit his arm on a door during a meltdown. The
        section 47 enquiry concluded that the injury was accidental and a child in need plan
        followed, which closed in November 2023 when the mother said things were better.
    """), ("h2", "The last year (2024)"), ("p", """
        From January 2024 K was on a part-time timetable, attending school from 9:30 to 12:30,
        at the mother's request because of his 'dysregulation'. The EHCP annual review in March
        2024 was held without the mother, who cancelled twice. K's weight at the school nurse's
        check in April 2024 had fallen from the 50th to below the 9th centile. The school nurse
        wrote to the GP. The GP wrote to the mother. Nobody spoke to each other.

        In September 2024 the partner was arrested in connection with an assault on another
        adult. Police checked whether he lived with children and recorded 'no children at
        address' because the tenancy was in the mother's name. On 15 November 2024 K came to
        school injured and, with his cards, told a teaching assistant he was hurt and scared.
        She acted immediately. K's life changed from that day.
    """), ("pagebreak",), ("h1", "7. Findings")]
    findings = [
        ("Finding 1: K's voice was not heard because agencies did not adapt how they listened",
         """
        K could not tell professionals in words what was happening to him, but he told them in
        other ways: by hiding food, by his distress at home time, by his picture choices. These
        signs were recorded but understood as features of his autism rather than as
        communication about his life at home. No practitioner who saw K in the last two years
        used his communication system to ask him about home, except the teaching assistant who
        finally did so in November 2024.

        The section 47 enquiry in 2023 saw K with his mother present. The social worker had not
        been told by school how K communicated, and there was no guidance on how to speak with a
        disabled child who does not use speech. Practitioners at the learning event said this
        was common: 'We're told to see the child alone, but nobody tells you what to do when
        the child can't talk to you.'
        """),
        ("Finding 2: neglect was seen in separate pieces and never put together",
         """
        The decline in K's weight, his missed health appointments, his falling attendance, his
        hunger and the state of his clothes were each known to one agency. Each agency responded
        within its own system: the school nurse wrote to the GP, the GP wrote to the mother, the
        attendance team wrote to the mother, the dental service discharged K. No one used the
        partnership's neglect toolkit, and no one brought the information together.

        This is a familiar finding in reviews about disabled children. It matters because
        neglect in disabled children is often explained away by their disability, and because
        letters to a parent who is not engaging are not a safeguarding response.
        """),
        ("Finding 3: the mother's partner was invisible to most agencies",
         """
        Only the police knew the partner's history of violence, and only partly. Health
        visiting, school and the GP did not know his name. In 2022 officers did not see K, and
        in 2024 the 'no children at address' check relied on tenancy records. The strategy
        discussion in 2023 did not ask who lived in the household.

        This repeats the finding of the Panel's national review 'The Myth of Invisible Men'
        (2021) and of Nottingham's own LCSPR on Baby L (2022).
        """),
        ("Finding 4: the part-time timetable removed K from the adults who knew him best",
         """
        The part-time timetable was agreed as a response to K's behaviour, at his mother's
        request, without a plan for reviewing it and without considering what it meant for his
        safety. K spent more time at home, where he was being harmed, and less at school, where
        he was safe and observed. The local authority was not notified, as the statutory
        guidance on attendance expects.
        """),
        ("Finding 5: when practitioners were worried, the system made it hard to challenge",
         """
        The school's special educational needs co-ordinator was unhappy with the closure of the
        child in need plan in 2023 but did not escalate it, because she understood escalation to
        be 'for when you disagree with a threshold, not when you're just worried'. Health
        practitioners said they did not know how to contact the social worker once a case had
        closed. The partnership's escalation policy was 22 pages long and had not been revised
        since 2019.
        """),
    ]
    notes = L.nottingham_practice_notes()
    for i, (t, x) in enumerate(findings, 1):
        meaning, questions = notes[i]
        blocks += [("h2", t), ("p", x), ("h3", "What this means for practice"), ("p", meaning),
                   ("h3", "Questions for the partnership"), ("p", "\n".join("* " + q for q in questions)),
                   ("pagebreak",)]
    blocks += L.nottingham_practitioners()
    blocks += [("pagebreak",), ("h1", "8. Why did this happen? Systemic and underlying reasons"), ("p", """
        This section analyses the underlying reasons - the features of the system - that made
        the outcomes described above more likely. They are not unique to K and are likely to
        affect other children in Nottingham.

        Diagnostic overshadowing. Across agencies there is a strong tendency to explain a
        disabled child's behaviour, weight or absence by reference to the disability. This was
        reinforced by assessment tools that do not prompt practitioners to consider abuse or
        neglect as an alternative explanation.

        Single-agency processes for multi-agency problems. 'Was not brought' procedures,
        attendance procedures and weight monitoring are each designed for one agency, with a
        letter to the parent as the main action. None of them triggers a multi-agency
        conversation. In a family where a parent is not engaging, these processes generate
        letters rather than protection.

        Household composition is not routinely established. Agencies ask 'who is the parent?'
        but not 'who lives here, and who looks after the child?'. Police systems link
        intelligence to tenancies, not to households.

        Workload and turnover. The social worker who completed the 2023 enquiry was in her first
        year of practice and held 24 cases. The team had three vacancies. There was little time
        to plan how to speak with K.

        A culture of deference. Practitioners in education and health described deferring to
        social care's view of threshold, and feeling that escalation would damage working
        relationships. The policy reinforced this by making escalation a formal, lengthy
        process.
    """), ("h1", "9. Good practice"), ("p", """
        * The teaching assistant who used K's picture board on 15 November 2024 acted quickly and in exactly the right way.
        * The school kept thorough safeguarding records, which made this review possible.
        * The hospital's child protection medical was prompt and thorough.
        * The police investigation since November 2024 has been sensitive to K's needs.
    """), ("pagebreak",), ("h1", "10. Recommendations"), ("table", ["No.", "Recommendation", "For"], [
        ("1", "Publish practice guidance on communicating with disabled children who do not use speech, including in section 47 enquiries, and make it part of core training.", "Safeguarding partners"),
        ("2", "Require a multi-agency discussion whenever a disabled child's weight falls two centiles, or when two or more agencies record a 'was not brought' in six months.", "ICB and Council"),
        ("3", "Make 'who lives in the household?' a mandatory question in every strategy discussion and police safeguarding check, and link police intelligence to people, not tenancies.", "Nottinghamshire Police and Council"),
        ("4", "Notify the local authority of every part-time timetable for a child with an EHCP and review it within six weeks.", "Education"),
        ("5", "Replace the escalation policy with a two-page guide that covers 'worries' as well as disagreements, and audit its use after six months.", "Partnership business unit"),
        ("6", "Report to the partnership in 12 months on the effect of these changes for disabled children, using the views of children and families.", "Learning from Practice subgroup"),
    ]), ("h1", "11. Publication"), ("p", """
        The safeguarding partners will publish this report in full on the partnership's website
        on 12 June 2025, with K's father's agreement. It is anonymised. The partners have
        considered the effect of publication on K and his siblings.
    """), ("h1", "12. Appendices"), ("h2", "Glossary"), ("table", ["Term", "Meaning"], [
        ("EHCP", "Education, health and care plan"),
        ("LCSPR", "Local child safeguarding practice review"),
        ("Section 47 enquiry", "An enquiry by the local authority where a child may be suffering significant harm"),
        ("Strategy discussion", "A meeting of police, social care and health to plan a response to a child protection concern"),
        ("Was not brought", "A child who is not brought to a health appointment"),
    ]), ("h2", "About the reviewer"), ("p", """
        Dr Helen Marsh is a qualified social worker and independent safeguarding consultant. She
        has been the lead reviewer for eleven LCSPRs and has no connection with any agency in
        Nottingham.
    """)] + L.nottingham_chronology() + L.nottingham_tor_appendix() + L.nottingham_research()
    B.to_docx(doc, blocks)
    docx_for_pdf(doc, work, name, day)
    row(name, "2025-05-29", PR, "E06000018", "accepted", [],
        dict(child="Child K", sin_reference="2024/2150", decision_date="2024-12-10", report_date="2025-05-16",
             document_date="2025-05-16", publication_date="2025-06-12", publication="full", reviewer="Dr Helen Marsh"),
        "Long LCSPR final report (Word export, running header/footer): decided 2024-12-10, received within 6 months and 10 working days before publication on 2025-06-12.")


# ------------------------------------------------------------------ Telford (improvements only)

def telford(out, work):
    name = "practice-review-improvements-only-telford-child-ruby.docx"
    day = "2025-07-18"
    doc = new_docx(day, "LCSPR Child Ruby - improvements to be made", author="TWSCP")
    para(doc, "Telford and Wrekin Safeguarding Children Partnership", bold=True, size=14, color="0070C0")
    para(doc, "Local child safeguarding practice review: Child 'Ruby'", bold=True, size=17)
    para(doc, "Information about the improvements to be made", bold=True, size=13)
    kv_table(doc, [
        ("Notification reference", "TWSCP-SIN-2025-005"),
        ("Decision to carry out the review", "19 February 2025"),
        ("Independent reviewer", "Maria Okonkwo"),
        ("Publication", "Improvements only, on 4 August 2025"),
    ])
    blocks = [("h2", "Why we are publishing only this information"), ("p", """
        The safeguarding partners decided on 19 February 2025 to carry out a local child
        safeguarding practice review after 'Ruby', a 15-year-old girl, was seriously harmed.
        The review is complete. Because Ruby and her family could be identified from the full
        report, and because Ruby asked us not to publish her story, the partners have decided
        to publish only the information about the improvements to be made. This will be
        published on our website on 4 August 2025.
    """), ("h2", "Ruby and her family"), ("p", """
        Ruby lived with her mother and three younger brothers in Telford. Her mother has a
        long-term illness and Ruby did a lot of the caring at home. Ruby told the reviewer that
        she felt 'invisible unless I was in trouble'. She wanted professionals to 'ask what
        it's like at home, not just whether I'm going to school'. Her mother said she had not
        known who to ask for help.
    """), ("h2", "What the review found"), ("p", """
        * Ruby's role as a young carer was not identified by any agency.
        * When Ruby started going missing, responses focused on the missing episodes rather than on why she was leaving home.
        * Agencies did not share what they knew about the older man Ruby was spending time with.
    """), ("h2", "Why it happened"), ("p", """
        The reviewer found underlying reasons in the system: young carers assessments sit
        outside children's social care and are not linked to safeguarding records; missing
        procedures are built around finding the child rather than understanding the reasons;
        and information about adults who pose a risk is held in police systems that schools and
        health cannot see.
    """), ("h2", "Improvements to be made"), ("table", ["Improvement", "Who", "By"], [
        ("Ask every child who goes missing about caring responsibilities at home", "Return home interview service", "October 2025"),
        ("Link young carers assessments to the children's social care record", "Telford & Wrekin Council", "December 2025"),
        ("Share information about adults posing a risk through the exploitation panel", "West Mercia Police", "September 2025"),
        ("Training on young carers and exploitation for schools", "Partnership business unit", "March 2026"),
    ])]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-07-21", PR, "E06000020", "accepted", [],
        dict(child="Child 'Ruby'", sin_reference="TWSCP-SIN-2025-005", decision_date="2025-02-19",
             publication_date="2025-08-04", publication="improvements_only", reviewer="Maria Okonkwo"),
        "The partners publish only the improvements to be made (with the child's and family's views and the systemic reasons); 10 working days' notice.")


# ------------------------------------------------------------------ Kirklees (not published)

def kirklees(out, work):
    name = "practice-review-not-for-publication-kirklees-hill-siblings.docx"
    day = "2025-04-30"
    doc = new_docx(day, "LCSPR - the Hill siblings - NOT FOR PUBLICATION", author="Kirklees Safeguarding Children Partnership")
    header_footer(doc, "NOT FOR PUBLICATION - Kirklees Safeguarding Children Partnership", "LCSPR: the Hill siblings")
    para(doc, "Kirklees Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Local Child Safeguarding Practice Review: the 'Hill' siblings", bold=True, size=17)
    kv_table(doc, [
        ("Independent reviewer", "Paul Adeyemi"),
        ("Date of report", "30 April 2025"),
        ("Panel reference", "2024/1987"),
        ("Decision to undertake the review", "28 November 2024"),
    ])
    blocks = [("h1", "Publication"), ("p", """
        The safeguarding partners have decided that this report will not be published. The
        children are young, the family is well known in their community, and publication would
        risk identifying them. A learning briefing will be shared with practitioners instead.
        The Panel and the Secretary of State have been informed of the reasons.
    """), ("h1", "Background and terms of reference"), ("p", """
        The 'Hill' siblings - a girl of 7 and twin boys of 4 - were found living in squalid
        conditions in Dewsbury in October 2024. The boys had untreated medical conditions and
        none of the children were registered with a GP. The review looked at agencies'
        involvement from 2021.
    """), ("h1", "Methodology"), ("p", """
        Agency chronologies, a practitioner event with 18 participants, and conversations
        with the children's grandmother and their father.
    """), ("h1", "The children's experience"), ("p", """
        The oldest child told her foster carer she was 'in charge of the boys' when her mother
        was in bed. She had learned to make toast and to change nappies. The family had moved
        house four times in three years, and the children's father, who lives in Leeds, said he
        had not known where they were for most of 2024.
    """), ("h1", "Findings"), ("p", """
        * The family's frequent moves meant that no agency held the whole picture.
        * The absence of GP registration was known to the school nurse but not acted on.
        * Concerns about the home were treated as housing issues.
    """), ("h1", "Systemic analysis"), ("p", """
        The underlying reasons include: no process for checking health registration when a
        family moves; housing officers not trained to recognise neglect; and reliance on the
        parent's account in early help.
    """), ("h1", "Recommendations"), ("p", """
        1. Kirklees Council and the ICB to agree a process for checking GP registration for children whose family moves twice in a year.
        2. Housing providers to be trained in recognising neglect, and to use the partnership's referral pathway.
        3. Early help assessments to include a home visit and a conversation with each child alone.
    """)]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-05-12", PR, "E08000034", "accepted", [],
        dict(child="the Hill siblings", sin_reference="2024/1987", decision_date="2024-11-28", report_date="2025-04-30",
             document_date="2025-04-30", publication="not_published", reviewer="Paul Adeyemi"),
        "A full report that 'will not be published' (reasons given), so no publication date is needed; Leeds is only where the father lives.")


# ------------------------------------------------------------------ Slough (no recommendations)

def slough(out, work):
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.units import cm
    name = "practice-review-slough-findings-without-recommendations.pdf"
    day = "2025-08-28"
    st = rl_styles()
    story = [Paragraph("Slough Safeguarding Partnership", st["h2"]),
             Paragraph("Local Child Safeguarding Practice Review: Child G", st["h1"]),
             rl_table([["Lead reviewer", "Dr Sunita Rao, independent"],
                       ["Decision to carry out the review", "14 March 2025"],
                       ["Final report", "28 August 2025"],
                       ["Planned publication", "15 September 2025"]], [6 * cm, 10.5 * cm], st, header=False),
             Spacer(1, 8)]
    blocks = [("h2", "1. Introduction"), ("p", """
        Child G, a boy of 13, was seriously injured in February 2025 when he was attacked by
        a group of older boys. The Slough safeguarding partners - Slough Borough Council,
        Thames Valley Police and NHS Buckinghamshire, Oxfordshire and Berkshire West
        Integrated Care Board - decided on 14 March 2025 to carry out this review.
    """), ("h2", "2. Scope and methodology"), ("p", """
        The review covers September 2023 to February 2025. It used agency reports, two
        practitioner workshops and conversations with G and his mother.
    """), ("h2", "3. G's experience and family context"), ("p", """
        G lives with his mother and sister. His father died in 2022. G told the reviewer that
        after his father died 'nobody talked to me about it, they just talked about my
        behaviour'. He said he joined the older group because 'they had my back'. His mother
        described asking the school for help three times.
    """), ("h2", "4. Findings"), ("p", """
        * G's grief was not recognised as the root of the change in his behaviour.
        * G's fixed-term exclusions increased his unsupervised time.
        * Police intelligence about the group was not shared with the school.
    """), ("h2", "5. Systemic analysis"), ("p", """
        The underlying reasons are: bereavement support is not part of any agency's
        safeguarding pathway; exclusion decisions are made without a safeguarding
        assessment; and intelligence-sharing with schools depends on individual officers.
    """), ("h2", "6. Next steps"), ("p", """
        The partnership's Practice Learning Subgroup will consider these findings at its
        next meeting. The report will be published on 15 September 2025.
    """)]
    story += B.to_story(blocks, st, 16.5 * cm)
    rl_pdf(os.path.join(out, name), day, "LCSPR Child G", "Slough Safeguarding Partnership", story,
           header="Slough Safeguarding Partnership - LCSPR Child G", footer="Final report 28 August 2025")
    row(name, "2025-08-29", PR, "E06000039", "rejected", ["missing_recommendations"],
        dict(child="Child G", decision_date="2025-03-14", report_date="2025-08-28", document_date="2025-08-28",
             publication_date="2025-09-15", publication="full", reviewer="Dr Sunita Rao"),
        "Findings, systemic analysis and G's own views, but only 'next steps' to be considered later: no recommendations or improvements.")


# ------------------------------------------------------------------ Sefton (late, short notice)

def sefton(out, work):
    name = "practice-review-sefton-late-and-short-notice.docx"
    day = "2025-06-10"
    doc = new_docx(day, "LCSPR Tyler", author="Sefton Safeguarding Children Partnership")
    para(doc, "Sefton Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Child Safeguarding Practice Review - 'Tyler'", bold=True, size=17)
    paras(doc, """
        Reviewer: Graham Whitlock, independent safeguarding consultant.
        Panel ref: 2024/1702.
        The safeguarding partners decided to undertake this review on 18 September 2024.
        Report finalised June 2025. It will be published on 16 June 2025.
    """)
    blocks = [("h2", "Introduction"), ("p", """
        'Tyler' (not his real name) was 16 when he was seriously injured in a road traffic
        collision while being driven by an adult who was exploiting him. This review examines
        how agencies in Sefton responded to his exploitation.
    """), ("h2", "Tyler's world"), ("p", """
        Tyler lived with his mother and stepfather in Bootle. He loved football and wanted to
        be a mechanic. He told the reviewer: 'Everyone had a plan for me, but nobody asked
        what I wanted.' His mother said she had begged for help and 'got leaflets'.
    """), ("h2", "Findings"), ("p", """
        * Tyler was treated as an offender rather than a victim of exploitation.
        * Agencies held separate risk assessments that were never reconciled.
        * The transition from children's to adult services was not planned.
    """), ("h2", "Underlying reasons"), ("p", """
        Youth justice and social care use different exploitation tools; there is no single
        plan for a child at risk; and the transition protocol starts too late, at 17 and a
        half.
    """), ("h2", "Recommendations"), ("p", """
        1. Adopt one exploitation risk tool across Sefton.
        2. Start transition planning at 16 for exploited young people.
        3. Use the National Referral Mechanism routinely for children exploited through drug supply.
    """), ("h2", "Note on timing"), ("p", """
        The review took longer than planned because the criminal trial was delayed. The
        partners apologise for the short notice of publication.
    """)]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-06-11", PR, "E08000014", "accepted", ["practice_review_late", "practice_review_notice_short"],
        dict(child="Tyler", sin_reference="2024/1702", decision_date="2024-09-18", publication_date="2025-06-16",
             publication="full", reviewer="Graham Whitlock"),
        "Decided 2024-09-18, received 2025-06-11 (more than 6 months), and only 3 working days before publication on 2025-06-16.")


# ------------------------------------------------------------------ Bolton (no publication plan)

def bolton(out, work):
    name = "practice-review-word-export-bolton-no-publication-date.pdf"
    day = "2025-07-08"
    doc = new_docx(day, "LCSPR Child J", author="Bolton Safeguarding Children Partnership")
    header_footer(doc, "Bolton Safeguarding Children Partnership - LCSPR Child J", "Final report - July 2025")
    para(doc, "Bolton Safeguarding Children Partnership", bold=True, size=14)
    para(doc, "Local Child Safeguarding Practice Review: Child J", bold=True, size=18)
    para(doc, "Lead reviewer: Jane Pickering (independent)")
    blocks = [("h1", "1. Why this review"), ("p", """
        Child J, aged 2, suffered a serious head injury in November 2024. On 15 January 2025
        the Bolton safeguarding partners - Bolton Council, Greater Manchester Police and NHS
        Greater Manchester Integrated Care Board - decided that the criteria for an LCSPR
        were met and commissioned this review.
    """), ("h1", "2. Terms of reference and method"), ("p", """
        The review covers J's life from birth. It used a systems methodology, practitioner
        conversations and a meeting with J's grandparents.
    """), ("h1", "3. J's life"), ("p", """
        J lived with his mother, who was 18, in supported accommodation. His grandparents
        describe a 'bright, noisy toddler who loved bath time'. His mother had left care a
        year before J was born and had little support from her own family. The man who injured
        J was a new partner whom no agency knew about.
    """), ("h1", "4. Findings"), ("p", """
        * Support for a care leaver who became a mother ended when she moved to supported accommodation.
        * The accommodation provider did not share concerns about visitors.
        * Health visiting contacts were missed and not followed up.
    """), ("h1", "5. Systemic reasons"), ("p", """
        Leaving care support is organised around the young person rather than the family;
        contracts with accommodation providers do not include safeguarding reporting; and
        health visiting caseloads are above the recommended level.
    """), ("h1", "6. Recommendations"), ("p", """
        1. The leaving care service to continue support for care leavers who become parents until the child is two.
        2. Safeguarding reporting to be written into accommodation contracts.
        3. The ICB to report to the partnership on health visiting capacity.
    """), ("h1", "7. Next steps"), ("p", """
        The report will be published in due course, once the partners have considered the
        views of J's family.
    """)]
    B.to_docx(doc, blocks)
    docx_for_pdf(doc, work, name, day)
    row(name, "2025-07-10", PR, "E08000001", "accepted", ["publication_plan_missing"],
        dict(child="Child J", decision_date="2025-01-15", publication="full", reviewer="Jane Pickering"),
        "Complete report that will be published 'in due course': no publication date, and it does not say it will not be published.")


# ------------------------------------------------------------------ Swindon (no child perspective)

def swindon(out, work):
    name = "practice-review-swindon-agency-focused.docx"
    day = "2025-09-19"
    doc = new_docx(day, "LCSPR Child N - final report", author="Swindon Safeguarding Partnership")
    para(doc, "Swindon Safeguarding Partnership", bold=True, size=14, color="404040")
    para(doc, "Local Child Safeguarding Practice Review - Child N", bold=True, size=17)
    kv_table(doc, [
        ("Reviewer", "Andrew Castellan, independent reviewer"),
        ("Date partners decided to carry out the review", "2 April 2025"),
        ("Date of final report", "19 September 2025"),
        ("Publication date", "6 October 2025"),
    ])
    blocks = [("h1", "Purpose"), ("p", """
        This review examines the multi-agency response after Child N, aged 14, made a
        disclosure of sexual abuse at school in January 2025, and the delay of eleven days
        before a strategy discussion took place. The Swindon safeguarding partners - Swindon
        Borough Council, Wiltshire Police and NHS Bath and North East Somerset, Swindon and
        Wiltshire Integrated Care Board - commissioned it.
    """), ("h1", "Methodology"), ("p", """
        Agency chronologies, interviews with 14 practitioners and managers, and an analysis of
        the front door's records for January 2025.
    """), ("h1", "Chronology of the agency response"), ("table", ["Date", "Event"], [
        ("13 January 2025", "Disclosure to school; DSL telephones the front door"),
        ("14 January 2025", "Referral form submitted by school"),
        ("16 January 2025", "Referral screened; passed to assessment team"),
        ("20 January 2025", "Assessment team requests police checks"),
        ("24 January 2025", "Strategy discussion held"),
    ]), ("h1", "Findings"), ("p", """
        * The front door treated a telephone call as a contact to be followed by a form, adding a day.
        * Screening did not apply the 'immediate strategy discussion' criteria for disclosures of sexual abuse.
        * Police checks were requested by email rather than by telephone.
    """), ("h1", "Analysis of systemic reasons"), ("p", """
        The front door's case management system does not allow a contact to be escalated until
        a form is attached; staffing on the screening desk was at 60% in January; and the
        partnership's procedures describe strategy discussions for physical injury in more
        detail than for disclosures of sexual abuse.
    """), ("h1", "Recommendations"), ("p", """
        1. Change the case management system so that a telephone contact can be escalated at once.
        2. Revise the procedures so that any disclosure of sexual abuse leads to a strategy discussion within one working day.
        3. Agree a police contact point for urgent checks.
        4. Audit strategy discussion timeliness for three months and report to the partnership.
    """), ("h1", "Publication"), ("p", """
        This report will be published on 6 October 2025.
    """)]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-09-22", PR, "E06000030", "accepted", ["missing_child_perspective"],
        dict(child="Child N", decision_date="2025-04-02", report_date="2025-09-19", document_date="2025-09-19",
             publication_date="2025-10-06", publication="full", reviewer="Andrew Castellan"),
        "A process review of the front door's timings: recommendations and systemic analysis, but nothing of Child N's own experience, views or family.")


ALL = [nottingham, telford, kirklees, slough, sefton, bolton, swindon]

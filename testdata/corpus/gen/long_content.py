"""The extra sections that make the long reports long: case studies,
subgroup reports, data appendices, chronologies and the scrutineer's full
assessment. Kept apart so the report modules stay readable."""


def quarterly(rows, quarters=("Q1 Apr-Jun", "Q2 Jul-Sep", "Q3 Oct-Dec", "Q4 Jan-Mar")):
    """rows: (measure, q1, q2, q3, q4, year) tuples as strings."""
    return ["Measure"] + list(quarters) + ["Year"], rows


# ------------------------------------------------------------------ Bradford

def bradford_case_studies():
    return [("h1", "Case studies: what difference it made to children"), ("p", """
        These stories are based on real children's experiences in the district. Names and
        details have been changed. Each family agreed to their story being told.
    """), ("h2", "Amira, 14: finding a way out"), ("p", """
        Amira was reported missing nine times in three months in the summer of 2023. Each time
        she came back she refused to talk to the police. When the return home interview
        service moved to a voluntary sector provider, a youth worker called Jade met Amira in a
        cafe of her choice. Over four meetings Amira told Jade about a group of older men who
        had been giving her lifts and alcohol. Jade's information went to the MACE hub the same
        day. The police disrupted the group within a fortnight, and Amira was offered a place on
        a college taster course.

        Amira said: 'Jade didn't write everything down in front of me. She just listened, and
        then she told me what she'd have to tell other people and why.'

        What made the difference: a trusted adult outside statutory services; a hub that acted
        on intelligence quickly; a plan that gave Amira something to go towards as well as
        away from.
    """), ("h2", "The Hussain family: neglect that everyone could see"), ("p", """
        Three children aged 2, 5 and 9 were on a child protection plan for neglect for the
        second time. The social worker used the Graded Care Profile 2 with their mother, who
        said it was the first time anyone had shown her 'what good enough looks like, written
        down'. The health visitor, the school and the housing officer all used the same tool
        and the same language at the core group.

        Over six months the scores improved in five of the six areas. The plan ended in March
        2024 with step-down to a family hub worker. The school reports that the 9-year-old's
        attendance has risen from 78% to 94%.
    """), ("h2", "Baby Oliver: a father who was included"), ("p", """
        When Oliver was born, the midwife asked his father, who did not live with his mother,
        to come to the discharge planning meeting - a change introduced after the 'Child Lucas'
        review. The father disclosed that he had been in care himself and was frightened of
        'getting it wrong'. He was referred to the 'Dads Matter' programme and joined a group
        for new fathers at his local family hub. The health visitor now sees both parents at
        each contact.
    """)]


def bradford_subgroups():
    out = [("h1", "Reports from our subgroups")]
    for title, text in [
        ("Learning from Practice", """
            The subgroup met ten times and oversaw 11 rapid reviews, two LCSPRs and one
            multi-agency learning review. It introduced a 'learning tracker' that follows each
            recommendation until the partners are satisfied it has made a difference, and closed
            14 of the 22 actions carried over from 2022/23. The subgroup also commissioned a
            thematic analysis of all rapid reviews since 2019, which identified the invisibility
            of fathers as the most frequent theme."""),
        ("Performance and Quality Assurance", """
            The subgroup reviewed the performance dataset every quarter and carried out four
            multi-agency audits. It added measures on the voice of the child and on outcomes of
            early help. It also led the section 11 challenge panels, at which agencies presented
            their self-assessments to peers from other agencies."""),
        ("Child Exploitation and Missing", """
            The subgroup oversaw the opening of the MACE hub and the transfer of return home
            interviews. It developed a problem profile of exploitation in the district with
            the police analyst and the Violence Reduction Partnership, and began work with taxi
            licensing and hotels."""),
        ("Education Safeguarding", """
            The subgroup supported the designated safeguarding lead networks, led the section
            175 audit and worked with the Council's Children Missing Education team. It produced
            guidance for schools on part-time timetables after a rapid review found a child on a
            part-time timetable had not been seen by any professional for weeks."""),
        ("Workforce Development", """
            The subgroup agreed the training programme, recruited 18 new multi-agency trainers
            from partner agencies, and introduced the three-month impact evaluation described
            in the training section. It also developed a short induction module for new staff
            joining any agency in the district."""),
    ]:
        out += [("h2", title), ("p", text)]
    return out


def bradford_scrutiny_appendix():
    return [("h1", "Appendix A: the Independent Scrutineer's assessment"), ("p", """
        This appendix summarises my assessment of the effectiveness of the arrangements against
        the six areas the partners asked me to examine.
    """), ("h2", "Leadership and accountability"), ("p", """
        The three partners are visibly committed. Attendance at the Executive by the named
        senior officers was 92%. Decisions are recorded and followed through. The partners have
        begun to hold one another to account in the meeting, not only outside it, which is a
        sign of a maturing partnership. I would like to see the partners publish their
        Executive decisions on the website.
    """), ("h2", "Use of data and evidence"), ("p", """
        The performance dataset is comprehensive, but it still measures activity more than
        outcomes. The partners should agree no more than ten outcome measures that tell them
        whether children are safer, and track them over time.
    """), ("h2", "Learning from reviews"), ("p", """
        Rapid reviews are timely and of good quality. The learning tracker is a good
        development. The partners should check, a year on, whether changes made after a review
        have lasted.
    """), ("h2", "Voice of children and families"), ("p", """
        The Young Advisers are an asset and are listened to. Parents' voices are weaker; only
        a minority of audits include a conversation with a parent.
    """), ("h2", "Practitioner experience"), ("p", """
        Practitioners told me that they feel part of a partnership, that training is good, and
        that escalation works when it is used. Many GPs and some health practitioners still
        feel on the edge of the arrangements.
    """), ("h2", "Readiness for Working Together 2023"), ("p", """
        The partners have a clear plan to revise the arrangements, to name their lead and
        delegated safeguarding partners, and to bring education more fully into the
        partnership. I will review implementation in 2024/25.
    """)]


def bradford_data_appendix():
    h, rows = quarterly([
        ("Contacts", "6,102", "5,980", "6,455", "6,783", "25,320"),
        ("Referrals", "1,790", "1,702", "1,811", "1,799", "7,102"),
        ("Strategy discussions", "1,012", "998", "1,086", "1,120", "4,216"),
        ("Section 47 enquiries", "702", "688", "731", "744", "2,865"),
        ("ICPCs held", "144", "139", "151", "158", "592"),
        ("ICPCs within 15 days", "82%", "85%", "87%", "89%", "86%"),
        ("Children on a plan (end of quarter)", "811", "798", "803", "792", "792"),
        ("Missing episodes", "742", "781", "664", "687", "2,874"),
        ("Return home interviews within 72 hours", "71%", "79%", "85%", "88%", "81%"),
        ("Operation Encompass notifications", "1,230", "1,050", "1,410", "1,388", "5,078"),
    ])
    h2, rows2 = quarterly([
        ("Referrals from schools", "1,210", "980", "1,420", "1,370", "4,980"),
        ("Referrals from police", "1,880", "1,910", "2,020", "2,055", "7,865"),
        ("Referrals from health", "1,015", "1,002", "1,090", "1,110", "4,217"),
        ("Referrals from others", "1,997", "2,088", "1,925", "2,248", "8,258"),
    ])
    h3, rows3 = quarterly([
        ("Training places taken", "702", "610", "881", "925", "3,118"),
        ("Courses delivered", "22", "18", "26", "26", "92"),
        ("E-learning completions", "1,402", "1,330", "1,512", "1,610", "5,854"),
    ])
    return [("h1", "Appendix B: performance data by quarter"), ("p", """
        The tables below give the quarterly figures behind the summary in section 5. Figures
        are taken from the partners' own systems and may differ slightly from published
        national statistics because of later data cleansing.
    """), ("h2", "Front door and child protection"), ("table", h, rows),
        ("h2", "Sources of contacts"), ("table", h2, rows2),
        ("h2", "Workforce development"), ("table", h3, rows3)]


# ------------------------------------------------------------------ Worcestershire

def worcestershire_agencies():
    out = [("h1", "What our partners and relevant agencies told us")]
    for a, t in [
        ("Worcestershire County Council and Worcestershire Children First", "Children's social care completed 97% of assessments within 45 working days. The return of services to the Council was planned with staff and families, and there was no disruption to front-line teams."),
        ("West Mercia Police", "The force created a dedicated child abuse investigation team for Worcestershire, and officers completed 'voice of the child' training. Attendance at strategy meetings was 98%."),
        ("NHS Herefordshire and Worcestershire Integrated Care Board", "The designated professionals led the health contribution to all eight rapid reviews and audited safeguarding supervision in primary care."),
        ("Worcestershire Acute Hospitals NHS Trust", "The trust introduced a safeguarding flag for unborn babies subject to a pre-birth assessment and trained 900 staff."),
        ("Herefordshire and Worcestershire Health and Care NHS Trust", "Health visitors completed 95% of new birth visits within 14 days. The trust piloted a perinatal mental health pathway with children's services."),
        ("Schools and colleges", "Designated safeguarding leads took part in the harmful sexual behaviour pathway pilot in 22 schools, and 96% returned the section 175 audit."),
        ("Youth Justice Service", "The service worked with 198 children and introduced a joint exploitation assessment with the police."),
        ("Probation Service", "Probation completed safeguarding checks on all new cases and joined the contextual safeguarding panel."),
        ("Early years settings", "Early years providers joined the neglect training programme for the first time; 64 settings took part."),
        ("Voluntary and community sector", "Twenty-two organisations took part in the safeguarding network. The partnership funded a voluntary sector safeguarding lead for six months."),
        ("District councils", "The six district councils trained housing and licensing officers and shared information about exploitation in licensed premises."),
        ("Cafcass", "Cafcass contributed to the partnership's domestic abuse work and to one rapid review."),
    ]:
        out += [("h3", a), ("p", t)]
    return out


def worcestershire_subgroups():
    out = [("h1", "How the partnership is organised")]
    out += [("p", """
        The Partnership Executive Group (the three delegated safeguarding partners, two
        education representatives and the independent scrutineer) is supported by five
        groups. Each group has a work plan that links to our priorities.
    """)]
    for title, text in [
        ("Learning and Review Group", """
            Oversees rapid reviews and LCSPRs, tracks actions, and produces 7-minute
            briefings. It met eleven times."""),
        ("Quality and Assurance Group", """
            Runs the multi-agency audit programme, the section 11 audit and the performance
            dataset. It met six times and reported to every Executive meeting."""),
        ("Harm Outside the Home Group", """
            Leads the work on exploitation, serious youth violence and harmful sexual behaviour,
            jointly with the Community Safety Partnership."""),
        ("Early Help and Neglect Group", """
            Leads the neglect strategy and the early help partnership, and owns the threshold
            guidance."""),
        ("Workforce Development Group", """
            Agrees the training programme and evaluates its impact."""),
    ]:
        out += [("h2", title), ("p", text)]
    return out


def worcestershire_stories():
    return [("h1", "Children's stories"), ("p", """
        These stories are shared with permission. Names have been changed.
    """), ("h2", "Jayden, 15"), ("p", """
        Jayden was referred to the contextual safeguarding panel after he was found carrying a
        knife near a Redditch shopping centre. The panel brought together his school, the
        youth justice worker, police and a detached youth work team that already knew the
        group he spent time with. Instead of moving Jayden away, the plan focused on the place:
        the shopping centre's security team was trained, lighting was improved, and detached
        youth workers were there on Friday evenings. Jayden has not been found with a weapon
        since and has started an apprenticeship.
    """), ("h2", "Ella and her brothers"), ("p", """
        Ella, 11, and her brothers had been known to services on and off for eight years.
        The neglect case conversation was the first time the whole history was read by
        everyone at once. It showed that every period of improvement had ended when support
        stopped. The new plan included support that steps down gradually over a year. Ella
        told her social worker: 'This time feels different because nobody's rushing off.'
    """)]


def worcestershire_data():
    h, rows = quarterly([
        ("Contacts", "4,402", "4,380", "4,611", "4,717", "18,110"),
        ("Early help assessments", "790", "802", "861", "887", "3,340"),
        ("Referrals accepted", "1,180", "1,120", "1,176", "1,179", "4,655"),
        ("Strategy meetings", "830", "842", "861", "869", "3,402"),
        ("ICPCs within 15 working days", "91%", "92%", "94%", "95%", "93%"),
        ("Children on a plan (end of quarter)", "470", "468", "461", "455", "455"),
        ("Children missing education referred", "352", "298", "402", "442", "1,494"),
        ("Missing episodes", "610", "644", "548", "571", "2,373"),
    ])
    h2, rows2 = quarterly([
        ("Training sessions", "28", "24", "33", "33", "118"),
        ("Training places taken", "690", "560", "760", "775", "2,785"),
        ("7-minute briefings published", "3", "2", "3", "3", "11"),
    ])
    return [("h1", "Data appendix"), ("p", """
        Quarterly figures for the measures summarised in 'Our year in numbers'.
    """), ("table", h, rows), ("table", h2, rows2),
        ("h1", "Glossary"), ("table", ["Term", "Meaning"], [
            ("Delegated safeguarding partner", "A senior officer named by a lead safeguarding partner to act for them day to day"),
            ("EHCP", "Education, health and care plan"),
            ("Family Front Door", "Worcestershire's single point of contact for concerns about children"),
            ("GCP2", "Graded Care Profile 2, a tool for assessing neglect"),
            ("ICPC", "Initial child protection conference"),
            ("Lead safeguarding partner", "The council chief executive, the chief constable or the ICB chief executive"),
            ("LCSPR", "Local child safeguarding practice review"),
            ("Rapid review", "A review of a serious incident, held within 15 working days of the notification to the Panel"),
            ("Section 11 audit", "A self-assessment of an agency's safeguarding arrangements under the Children Act 2004"),
            ("Section 175 audit", "A self-assessment of a school's safeguarding arrangements under the Education Act 2002"),
        ]), ("h1", "Contact us"), ("p", """
            Worcestershire Safeguarding Children Partnership, County Hall, Spetchley Road,
            Worcester WR5 2NP. Email: wscp@worcestershire.gov.uk.

            If you are worried about a child, contact the Family Front Door on 01905 822666.
            In an emergency, call 999.

            This report is available in other formats on request.
        """)]


# ------------------------------------------------------------------ Nottingham

def nottingham_practice_notes():
    """'What this means for practice' and questions, one per finding."""
    return {
        1: ("""
            Practitioners need the means, not only the instruction, to hear from disabled
            children. That means knowing how each child communicates before meeting them, having
            someone who knows the child present where that helps, and planning questions that
            the child can answer with their own system.""",
            ["Do our procedures tell practitioners how to speak with a child who does not use speech?",
             "How would a social worker find out, before a visit, how a child communicates?",
             "Who in our partnership holds expertise in communication, and how do others reach them?"]),
        2: ("""
            Neglect of disabled children must be seen as neglect. When two or more agencies each
            hold one sign, the system should bring them together without relying on one
            practitioner to make the connection.""",
            ["Which of our single-agency processes end with a letter to the parent as the only action?",
             "How would the neglect toolkit be triggered for a child whose parent is not engaging?",
             "Do we monitor 'was not brought' across agencies, or only within each one?"]),
        3: ("""
            Every agency should know who lives with a child and who cares for them. Police
            safeguarding checks should look at people and households, not only tenancies.""",
            ["Is 'who lives here?' asked at every strategy discussion?",
             "How is police intelligence about an adult linked to the children in their life?",
             "What did we change after 'The Myth of Invisible Men', and has it lasted?"]),
        4: ("""
            A part-time timetable is a safeguarding decision as well as an educational one. It
            needs a plan, an end date, and notification to the local authority.""",
            ["How many children with an EHCP are on a part-time timetable today?",
             "Who reviews a part-time timetable, and when?",
             "Is the safety of the child at home considered when a timetable is reduced?"]),
        5: ("""
            Escalation should be simple and routine. Practitioners should be able to say 'I am
            worried' without having to frame it as a dispute about threshold.""",
            ["Would a practitioner in any agency know how to raise a worry about a closed case?",
             "How often is the escalation policy used, and by whom?",
             "What do managers do to make challenge feel safe?"]),
    }


def nottingham_practitioners():
    return [("h1", "What practitioners told the review"), ("p", """
        Twenty-nine practitioners took part in the two learning events and twelve more spoke to
        the reviewer individually. Their reflections are summarised here because they explain,
        better than any chronology, what it was like to work with K and his family.

        A teaching assistant said: 'We all knew K best. We knew when he was hungry because he
        went straight to the snack box. But we thought that was just K.'

        The school nurse described sending a letter to the GP about K's weight, and then moving
        on to the next child on a list of 400. 'I assumed the GP would do something. The GP
        assumed I would. Looking back, nobody did.'

        The social worker who completed the 2023 enquiry said she had tried to see K alone but
        'he just ran off and lined up his trains. I didn't know what else to do, and there was
        nobody to ask at four o'clock on a Friday.'

        A police officer who attended in 2022 said that the door-step visit was normal practice
        at the time for a verbal argument where no one reported injury. 'We were told the child
        was asleep. We had four more jobs waiting.' The force has since changed its policy so
        that officers see every child in the household at a domestic incident.

        Practitioners were consistent that they wanted to do the right thing for K, and that
        the system around them made it hard to see the whole picture. Several said that taking
        part in the review had changed how they think about disabled children's communication.
    """)]


def nottingham_chronology():
    rows = [
        ("Jan 2022", "Household", "Mother's partner moves into the family home"),
        ("Feb 2022", "School", "K hides food in his bag; recorded as sensory behaviour"),
        ("Mar 2022", "Health visiting", "Transfer to school nursing; no concerns recorded"),
        ("May 2022", "School", "Increased distress at home time noted on three days"),
        ("Jul 2022", "Father", "Weekend contact stops after arguments"),
        ("Sep 2022", "Police", "Call from neighbour; door-step visit; K not seen"),
        ("Sep 2022", "Children's social care", "Notification received; no further action"),
        ("Sep 2022", "School", "Operation Encompass notification received"),
        ("Nov 2022", "GP", "Mother seen for anxiety; K not mentioned"),
        ("Jan 2023", "Education", "Move to special school agreed at EHCP review"),
        ("Feb 2023", "Community paediatrics", "K not brought to appointment; letter to mother and GP"),
        ("Mar 2023", "School", "Attendance 68% in spring term; reported to attendance team"),
        ("Apr 2023", "Dental service", "K not brought twice; discharged"),
        ("May 2023", "Community paediatrics", "K not brought to rebooked appointment"),
        ("Jun 2023", "School", "Bruise on arm; referral to children's social care"),
        ("Jun 2023", "Social care and police", "Strategy discussion; health and school not invited"),
        ("Jun 2023", "Social care", "K seen with mother present; section 47 concludes accidental injury"),
        ("Jul 2023", "Social care", "Child in need plan starts"),
        ("Sep 2023", "Father", "Father asks social worker whether K could live with him"),
        ("Oct 2023", "School", "SENCo raises concerns at child in need meeting"),
        ("Nov 2023", "Social care", "Child in need plan closes"),
        ("Jan 2024", "School", "Part-time timetable agreed at mother's request"),
        ("Feb 2024", "Education", "EHCP annual review cancelled by mother"),
        ("Mar 2024", "Education", "EHCP annual review held without mother"),
        ("Apr 2024", "School nursing", "K's weight below 9th centile; letter to GP"),
        ("May 2024", "GP", "Letter to mother asking her to book an appointment"),
        ("Jun 2024", "School", "K's clothes noted as too small and unwashed"),
        ("Jul 2024", "School", "End of term; no summer contact planned"),
        ("Sep 2024", "Police", "Partner arrested for assault on another adult; 'no children at address'"),
        ("Oct 2024", "School", "K absent for 6 days; reported to attendance team"),
        ("15 Nov 2024", "School", "K discloses with communication cards; referral made immediately"),
        ("15 Nov 2024", "Hospital", "Child protection medical: fractures, bruises, burns, weight loss"),
        ("15 Nov 2024", "Police and social care", "Strategy meeting; K placed with father and grandmother"),
        ("18 Nov 2024", "Partnership", "Serious incident notification to the Panel"),
        ("6 Dec 2024", "Partnership", "Rapid review meeting"),
        ("10 Dec 2024", "Safeguarding partners", "Decision to carry out an LCSPR"),
    ]
    return [("h1", "Appendix A: summary chronology"), ("p", """
        The chronology below summarises the key events known to agencies. It is not a complete
        record of every contact.
    """), ("table", ["Date", "Agency or person", "Event"], rows)]


def nottingham_tor_appendix():
    return [("h1", "Appendix B: terms of reference"), ("p", """
        Purpose. To identify improvements to be made to safeguard and promote the welfare of
        children, in particular disabled children, by examining how agencies worked together
        with K and his family between January 2022 and November 2024.

        Scope. Agencies in Nottingham that had contact with K, his mother, his father or his
        mother's partner in that period. Where relevant, information from outside the period
        may be considered, such as K's early health records and the partner's history.

        Independence. The lead reviewer is independent of all agencies involved. She is
        supported by a review panel of senior managers who had no direct involvement with the
        family.

        Family involvement. K, his father, his paternal grandmother and his mother will be
        invited to contribute in ways that suit them. The reviewer will work with K's speech
        and language therapist to plan how to hear from K.

        Parallel processes. The review will liaise with the police and the Crown Prosecution
        Service to make sure it does not prejudice the criminal proceedings.

        Timescale. The final report is to be delivered to the safeguarding partners within six
        months of their decision to carry out the review.

        Publication. The safeguarding partners will decide on publication having considered the
        views of K's family and the effect on K.
    """)]


def nottingham_research():
    return [("h1", "Appendix C: national learning and research"), ("p", """
        The findings of this review echo national learning. The Child Safeguarding Practice
        Review Panel's national review 'Safeguarding children with disabilities and complex
        health needs in residential settings' (2022-23) found that disabled children's
        communication was often not understood by the professionals around them. The Panel's
        'The Myth of Invisible Men' (2021) found that men in babies' and children's lives were
        frequently unknown to agencies. Research by the NSPCC and others has shown for many years
        that disabled children are more likely to be abused and less likely to be protected.

        Nottingham's own reviews point the same way. The LCSPR 'Baby L' (2022) found that the
        mother's partner was unknown to health visiting, and the 2023 thematic review of neglect
        found that 'was not brought' procedures rarely led to multi-agency discussion.

        The recommendations of this review are designed to change the system rather than to add
        to the guidance that practitioners already have. Each recommendation has a named owner,
        and the partnership's Learning from Practice subgroup will report on progress to the
        safeguarding partners every six months.
    """)]

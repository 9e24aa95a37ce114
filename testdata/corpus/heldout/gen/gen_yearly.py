#!/usr/bin/env python3
"""Yearly reports written in Word (Plymouth, Northumberland, Stoke-on-Trent,
Warwickshire). Northumberland's and Warwickshire's are exported to PDF."""
import json

from common import (new_doc, para, kv_table, grid_table, save_docx, out, work,
                    simple_footer, running_header_footer)

TOPDF = []


def bullets(d, items):
    for x in items:
        para(d, x, style="List Bullet")


def plymouth():
    day = "2024-09-26"
    d = new_doc(day, "PSCP Business Unit", "Plymouth Safeguarding Children Partnership Annual Report 2023/24",
                "Plymouth City Council", font="Arial", size=11)
    simple_footer(d, "Plymouth Safeguarding Children Partnership  |  Annual Report 2023/24  |  Published 26 September 2024")
    para(d, "Plymouth Safeguarding Children Partnership", bold=True, size=20)
    para(d, "Annual Report 2023/24", bold=True, size=16)
    para(d, "Covering April 2023 to March 2024", size=12)
    para(d, "Available online at https://www.plymouthscp.org.uk/about-us/annual-reports/")
    d.add_heading("A few words from the three of us", level=1)
    para(d, "This is our report on how children in Plymouth were kept safe last year, written by the leaders "
            "of Plymouth City Council, Devon and Cornwall Police and NHS Devon Integrated Care Board. We have "
            "tried to keep it short and to write it in plain language, because we want families and "
            "practitioners to read it, not just inspectors.")
    para(d, "It has been a year of steady work rather than big announcements. Demand on every service has stayed "
            "high. Children's social care received more contacts than ever before, emergency departments were "
            "busy all winter, and police officers attended more domestic abuse incidents where children were "
            "present. Against that background we are proud of the way staff from different organisations have "
            "stuck together.")
    d.add_heading("Things we worked on together", level=1)
    para(d, "At the start of the year we agreed three priorities with our partners and with young people from "
            "the Plymouth Youth Parliament: neglect, children's mental health, and keeping teenagers safe outside "
            "the home. This is what happened under each.")
    d.add_heading("Neglect", level=2)
    bullets(d, [
        "We relaunched the Graded Care Profile 2 tool and trained 212 practitioners to use it.",
        "Health visitors and early years settings now use the same neglect screening questions.",
        "A neglect audit of 30 cases in January showed the tool being used in 21 of them, up from 9 the year before.",
    ])
    d.add_heading("Children's mental health", level=2)
    bullets(d, [
        "Schools, the children and young people's mental health service and the ICB set up a weekly drop-in consultation line for teachers.",
        "We published a short guide for parents on self-harm, written with young people.",
        "Waiting times for a first appointment fell from 19 weeks to 14 weeks.",
    ])
    d.add_heading("Keeping teenagers safe outside the home", level=2)
    bullets(d, [
        "The Exploitation Hub moved to a daily screening meeting and now sees every missing episode within one working day.",
        "Devon and Cornwall Police and the council ran a summer project with youth workers in the city centre and on the Barbican.",
        "We mapped locations of concern with transport and licensing colleagues.",
    ])
    d.add_heading("Is it making a difference?", level=1)
    para(d, "We try to judge our effectiveness by what changed for children, not by how many meetings we held. "
            "Our multi-agency audits, the feedback we collect from families and the data in our performance "
            "dashboard tell us the following.")
    grid_table(d, ["What we look at", "2022/23", "2023/24", "What it tells us"], [
        ("Repeat referrals to children's social care within 12 months", "24%", "19%", "Families are getting the right help first time more often."),
        ("Child protection plans lasting more than two years", "4%", "2%", "Plans are more focused."),
        ("Missing episodes with a return home conversation", "61%", "83%", "The daily hub is working."),
        ("Practitioners who say they know how to escalate a concern", "72%", "88%", "The escalation policy campaign reached staff."),
    ])
    para(d, "Not everything improved. Audits found that the voice of fathers is still often missing from "
            "assessments, and the number of children electively home educated rose by 30%, which we do not yet "
            "understand well enough. Both are carried forward as areas for improvement.")
    d.add_heading("When a child is seriously harmed: what we learned", level=1)
    para(d, "When a child dies or is seriously harmed and abuse or neglect is suspected, we tell the national "
            "Child Safeguarding Practice Review Panel and carry out a rapid review within 15 working days. "
            "During the year we held five rapid reviews. In two cases the partners decided to commission a "
            "local child safeguarding practice review (LCSPR); in the other three the learning was taken "
            "forward through local learning reviews.")
    para(d, "One LCSPR, about a baby with non-accidental injuries, was published in February 2024. Its main "
            "learning was about how professionals respond to bruising in babies who are not yet mobile. We have "
            "updated our bruising protocol, and every GP practice in the city has had a briefing on it. The "
            "second LCSPR is still in progress.")
    d.add_heading("Helping staff learn", level=1)
    para(d, "Our multi-agency training programme ran 64 sessions, face to face and online, attended by 1,930 "
            "people. The most popular courses were on neglect, contextual safeguarding and working with "
            "fathers. Four weeks after each course we ask attendees what they did differently; 79% could give "
            "a concrete example.")
    d.add_heading("What children and young people told us", level=1)
    para(d, "We held listening sessions with the Youth Parliament, with children in care through the Children "
            "in Care Council, and with young carers. Young people told us they want professionals to explain "
            "what will happen after they tell someone about a worry, and that they do not like repeating their "
            "story. This is why our new information sharing leaflet was written with them, and why their "
            "words open our training courses.")
    d.add_heading("Schools, colleges and early years", level=1)
    para(d, "Education settings are a relevant agency in our arrangements and are represented on our Executive "
            "by a secondary head teacher and a primary head teacher. Designated safeguarding leads met every "
            "term. Schools made 22% of all referrals to children's social care. We completed section 175/157 "
            "safeguarding audits with 96% of schools and all further education colleges.")
    d.add_heading("Someone checking on us: independent scrutiny", level=1)
    para(d, "Our independent scrutineer, Dr Alison Pengelly, attends the Executive, reads our audits and meets "
            "frontline staff. Her report for the year says that the partners 'know their strengths and "
            "weaknesses and are honest about them', and challenges us to make more use of what families tell "
            "us. We accept that challenge.")
    d.add_heading("Where the money came from and went", level=1)
    grid_table(d, ["Contributions", "£"], [
        ("Plymouth City Council", "142,000"),
        ("Devon and Cornwall Police", "38,500"),
        ("NHS Devon Integrated Care Board", "71,000"),
        ("Total", "251,500"),
    ])
    para(d, "Most of the budget pays for the business unit, the independent scrutineer, the training "
            "programme and the costs of reviews. We ended the year with a small underspend, which we have "
            "carried forward to pay for the second LCSPR.")
    d.add_heading("What comes next", level=1)
    para(d, "Our priorities for 2024/25 stay the same, with a new focus on children who are electively home "
            "educated. We will report on them next autumn.")
    save_docx(d, out("plymouth-scp-annual-report-2023-24.docx"), day, "Plymouth City Council")


def northumberland():
    day = "2024-12-12"
    d = new_doc(day, "NCASP", "Northumberland Children and Adults Safeguarding Partnership Annual Report",
                "Northumberland County Council", font="Arial", size=11)
    running_header_footer(d, "NCASP Annual Report", "Northumberland Children and Adults Safeguarding Partnership")
    para(d, "Northumberland Children and Adults Safeguarding Partnership", bold=True, size=18)
    para(d, "Annual Report – Children's Safeguarding", bold=True, size=15)
    para(d, "Published 12 December 2024")
    para(d, "Online at https://www.northumberland.gov.uk/NCASP/annual-report")
    d.add_heading("Introduction", level=1)
    para(d, "Northumberland is England's most northerly county and one of its most sparsely populated. Around "
            "62,000 children live here, in market towns such as Hexham, Morpeth and Alnwick, in the former "
            "coalfield communities of the south-east, and in remote rural areas along the border. Distances "
            "between services are long and public transport is limited, which shapes the way our partnership "
            "works.")
    para(d, "The partnership brings together Northumberland County Council, Northumbria Police and NHS North "
            "East and North Cumbria Integrated Care Board, together with schools, health providers, the "
            "voluntary sector and others. In line with Working Together to Safeguard Children 2023 the "
            "partnership's lead safeguarding partners have reviewed their arrangements, and this report "
            "describes what we have done this year and how well it has worked.")
    d.add_heading("What we have done", level=1)
    para(d, "The partnership's work was organised around three priorities: early help, domestic abuse and "
            "children's emotional wellbeing.")
    bullets(d, [
        "We launched a single front door for early help, so that families can ask for help without a referral.",
        "Operation Encompass notifications now reach every school by 9am on the day after a domestic abuse incident.",
        "A new multi-agency panel for children at risk of criminal exploitation meets fortnightly.",
        "We published a revised threshold document written with practitioners.",
    ])
    d.add_heading("Effectiveness: how well are we doing?", level=1)
    para(d, "Our Quality Assurance Group carried out four multi-agency audits. The early help audit found "
            "that families were offered help sooner than the year before, but that plans were not always "
            "reviewed when circumstances changed. The domestic abuse audit found good information sharing "
            "between police and schools. The impact of the new exploitation panel is still emerging; early "
            "signs are that children are being identified at a younger age.")
    grid_table(d, ["Measure", "Last year", "This year"], [
        ("Early help assessments started", "1,402", "1,688"),
        ("Re-referrals within 12 months", "21%", "18%"),
        ("Children subject to a child protection plan (at year end)", "287", "251"),
        ("Operation Encompass notifications", "2,960", "3,214"),
    ])
    d.add_heading("Learning from rapid reviews and practice reviews", level=1)
    para(d, "We notified the Child Safeguarding Practice Review Panel of three serious incidents and held three "
            "rapid reviews. One led to a local child safeguarding practice review, which is due to be "
            "published shortly; the other two were taken forward as local learning reviews. Learning about "
            "the risks of unsafe sleep, and about young people who self-harm, has been shared through "
            "7-minute briefings and practitioner events.")
    d.add_heading("Training and development", level=1)
    para(d, "Our multi-agency training offer reached 1,116 practitioners across 48 courses. Courses are mostly "
            "online because of the distances involved, with face-to-face sessions in Cramlington, Hexham and "
            "Alnwick. Evaluations show most attendees rate the training as good or excellent.")
    d.add_heading("The voice of children and young people", level=1)
    para(d, "Young people from the Northumberland Youth Cabinet helped to design our emotional wellbeing "
            "campaign. Children in care told us that changes of social worker are hard for them; this has been "
            "taken up by the council's workforce plan.")
    d.add_heading("Education", level=1)
    para(d, "Schools are central to our arrangements. All three tiers of the county's school system (first, "
            "middle and high schools, as well as primary and secondary schools in the south-east) are "
            "represented through the Education Safeguarding Forum. The education safeguarding team completed "
            "audits with 94% of schools.")
    d.add_heading("Independent scrutiny", level=1)
    para(d, "Our independent scrutineer, Ms Ruth Hindmarsh, challenged the partnership to make sure the voice "
            "of rural families is heard. She chairs an annual scrutiny event with frontline staff and reports "
            "directly to the lead safeguarding partners.")
    d.add_heading("Budget", level=1)
    grid_table(d, ["Partner contributions", "£"], [
        ("Northumberland County Council", "168,000"),
        ("Northumbria Police", "41,000"),
        ("NHS North East and North Cumbria ICB", "83,000"),
        ("Total", "292,000"),
    ])
    d.add_heading("Looking ahead", level=1)
    para(d, "Next year we will keep our three priorities and add a focus on children who are not in school.")
    save_docx(d, work("ncasp-annual-report.docx"), day, "Northumberland County Council")
    TOPDF.append(("ncasp-annual-report.docx", "ncasp-annual-report.pdf", day, "LibreOffice 7.4"))


def stoke():
    day = "2024-09-30"
    d = new_doc(day, "SSCP", "Stoke-on-Trent Safeguarding Children Partnership Annual Report 2023-24",
                "Stoke-on-Trent City Council", font="Calibri", size=11)
    para(d, "Stoke-on-Trent Safeguarding Children Partnership", bold=True, size=18)
    para(d, "Annual Report", bold=True, size=16)
    kv_table(d, [
        ("Reporting period", "1 April 2023 – 31 March 2024"),
        ("Date of publication", "30 September 2024"),
        ("Where to find it", "https://www.safeguardingchildren.stoke.gov.uk/annual-report-2023-24"),
    ])
    d.add_heading("Contents", level=1)
    for i, x in enumerate(["Foreword from our Independent Scrutineer", "About Stoke-on-Trent",
                           "Achievements against our priorities", "How well are we doing?",
                           "Rapid reviews and LCSPRs", "Multi-agency training", "Listening to children",
                           "Schools and education", "Budget"], 1):
        para(d, "%d.  %s" % (i, x))
    d.add_heading("1. Foreword from our Independent Scrutineer", level=1)
    para(d, "I have been the partnership's independent scrutineer for two years. My role is to ask difficult "
            "questions of the three safeguarding partners – Stoke-on-Trent City Council, Staffordshire Police "
            "and NHS Staffordshire and Stoke-on-Trent Integrated Care Board – and to tell them plainly when I "
            "think things are not good enough. This year I have seen real improvement in how the partners "
            "hold each other to account, and I have also seen the pressure that poverty in the city puts on "
            "families and services. – Mark Tunstall, Independent Scrutineer")
    d.add_heading("2. About Stoke-on-Trent", level=1)
    para(d, "Stoke-on-Trent is a city of six towns with around 58,000 children and young people. Almost a "
            "third of children live in low-income families. The city has a higher than average rate of "
            "children in care and of children subject to child protection plans.")
    d.add_heading("3. Achievements against our priorities", level=1)
    grid_table(d, ["Priority", "What we did", "Progress"], [
        ("Neglect", "New neglect strategy; Graded Care Profile 2 training for 300 staff", "Good"),
        ("Child exploitation", "Joint exploitation team with Staffordshire Police; return home interview service brought in-house", "Good"),
        ("Domestic abuse", "Safe and Together model adopted by children's social care", "Some progress"),
        ("Online safety", "Online safety week in all secondary schools", "Some progress"),
    ])
    d.add_heading("4. How well are we doing?", level=1)
    para(d, "Our performance framework looks at activity, quality and impact. Multi-agency audits this year "
            "showed better quality of child protection plans and stronger attendance of health partners at "
            "strategy meetings. The impact on children is shown most clearly in the fall in repeat child "
            "protection plans, from 26% to 17%. However, too many children still wait for help from the "
            "children and young people's mental health service.")
    d.add_heading("5. Rapid reviews and LCSPRs", level=1)
    para(d, "Six serious incidents were notified to the Child Safeguarding Practice Review Panel. Rapid reviews "
            "were completed for all six within 15 working days. Two local child safeguarding practice reviews "
            "were commissioned, and one earlier LCSPR ('Child T') was published in November 2023. Its action "
            "plan has been completed.")
    d.add_heading("6. Multi-agency training", level=1)
    para(d, "Forty-one courses were delivered to 1,270 practitioners. New courses on professional curiosity and "
            "on working with fathers were added in response to review learning.")
    d.add_heading("7. Listening to children", level=1)
    para(d, "The partnership's young advisers, a group of eight young people aged 13 to 19, took part in "
            "recruiting our new business manager, checked our leaflets, and ran a session at the annual "
            "conference on what makes a good worker.")
    d.add_heading("8. Schools and education", level=1)
    para(d, "Every school has a designated safeguarding lead who receives termly briefings. Attendance of "
            "children open to social care was a particular concern, and the Virtual School now tracks every "
            "child on a child protection plan who is persistently absent.")
    d.add_heading("9. Budget", level=1)
    grid_table(d, ["Contributor", "2023-24 (£)"], [
        ("Stoke-on-Trent City Council", "121,500"),
        ("Staffordshire Police", "33,000"),
        ("NHS Staffordshire and Stoke-on-Trent ICB", "60,750"),
        ("Total", "215,250"),
    ])
    save_docx(d, out("stoke-sscp-annual-report-2023-24.docx"), day, "Stoke-on-Trent City Council")


def warwickshire():
    day = "2025-09-29"
    d = new_doc(day, "Warwickshire Safeguarding", "Warwickshire Safeguarding Annual Report 2024-25",
                "Warwickshire County Council", font="Arial", size=11)
    simple_footer(d, "Warwickshire Safeguarding – Annual Report 2024-25")
    para(d, "Warwickshire Safeguarding", bold=True, size=20)
    para(d, "Safeguarding Children: Annual Report 2024–25", bold=True, size=15)
    para(d, "Reporting period: April 2024 – March 2025")
    para(d, "Published: 29 September 2025")
    para(d, "https://www.safeguardingwarwickshire.co.uk/about-us/annual-reports")
    d.add_heading("Foreword", level=1)
    para(d, "Warwickshire Safeguarding is the partnership of Warwickshire County Council, Warwickshire Police "
            "and NHS Coventry and Warwickshire Integrated Care Board. This report sets out what we did to keep "
            "children safe in Warwickshire and how well it worked. It was a year of change: we moved to the "
            "arrangements required by Working Together 2023, with the chief executive of the council, the "
            "chief constable and the chief executive of the ICB as our lead safeguarding partners.")
    d.add_heading("Our year in numbers", level=1)
    grid_table(d, ["", "Number"], [
        ("Contacts to the Children and Families Front Door", "21,480"),
        ("Children in need (at 31 March)", "3,110"),
        ("Children subject to a child protection plan (at 31 March)", "402"),
        ("Children looked after (at 31 March)", "856"),
        ("Practitioners trained", "2,245"),
    ])
    d.add_heading("What we did", level=1)
    para(d, "Our priorities were: children affected by domestic abuse; children at risk of exploitation; and "
            "early help. Highlights included the launch of the Family Hubs in Nuneaton, Rugby, Leamington Spa "
            "and Stratford-upon-Avon, a new domestic abuse pathway for unborn babies, and a county-wide "
            "exploitation screening tool used by police, health and schools.")
    d.add_heading("Impact and outcomes", level=1)
    para(d, "We measure effectiveness through audits, performance data and what children and families tell "
            "us. Repeat referrals fell to 17%. An audit of 25 exploitation cases found that risk was recognised "
            "earlier than last year in 18 of them. Families using the Family Hubs gave them an average "
            "satisfaction score of 4.6 out of 5. We still need to improve how quickly children who go missing "
            "are offered a return home conversation.")
    d.add_heading("Multi-agency training", level=1)
    para(d, "We delivered 88 training events, including a new course on adolescent neglect. Attendance from "
            "GP practices doubled after we moved sessions to lunchtimes.")
    d.add_heading("Listening to children", level=1)
    para(d, "The Warwickshire Youth Council and the Children in Care Council took part in two partnership "
            "meetings. Young people asked for more information about online safety for parents, which led to "
            "a parents' webinar series.")
    d.add_heading("Schools and education", level=1)
    para(d, "Education settings are relevant agencies under our arrangements. We ran termly designated "
            "safeguarding lead networks and supported 31 schools with safeguarding audits. Elective home "
            "education numbers continued to rise.")
    d.add_heading("Independent scrutiny", level=1)
    para(d, "Our independent scrutineer, Pauline Okafor, attended each Executive meeting and led a scrutiny "
            "session with frontline practitioners. She found the partnership's leadership strong and asked it "
            "to involve smaller voluntary organisations more.")
    d.add_heading("Budget", level=1)
    grid_table(d, ["Partner", "Contribution (£)"], [
        ("Warwickshire County Council", "186,000"),
        ("Warwickshire Police", "52,000"),
        ("NHS Coventry and Warwickshire ICB", "93,000"),
        ("Total", "331,000"),
    ])
    d.add_heading("Looking forward", level=1)
    para(d, "Next year we will focus on children who go missing, neglect of adolescents, and making sure that "
            "children's voices are heard in every plan.")
    save_docx(d, work("warwickshire-safeguarding-annual-report-2024-25.docx"), day, "Warwickshire County Council")
    TOPDF.append(("warwickshire-safeguarding-annual-report-2024-25.docx",
                  "warwickshire-safeguarding-annual-report-2024-25.pdf", day, "LibreOffice 7.4"))


def main():
    for f in (plymouth, northumberland, stoke, warwickshire):
        f()
    with open(work("topdf-yearly.json"), "w") as fh:
        json.dump(TOPDF, fh, indent=1)


if __name__ == "__main__":
    main()

"""Final reports of local child safeguarding practice reviews."""
from lib import Word, pdf, text


def greenwich():
    w = Word(author="RBG SCP", title="LCSPR Child J")
    w.running(header="Royal Borough of Greenwich Safeguarding Children Partnership",
              footer="Local Child Safeguarding Practice Review: Child J")
    w.h("Local Child Safeguarding Practice Review: Child J", 0)
    w.p("Royal Borough of Greenwich Safeguarding Children Partnership")
    w.table([["Date of report", "10 September 2025"],
             ["Lead reviewer", "Jane Whitfield, independent reviewer"],
             ["Serious incident notification", "2025-0388"],
             ["Date the partners decided to undertake the review", "19 March 2025"],
             ["Planned date of publication", "15 October 2025"]])
    w.p("The partners will publish this report in full on the partnership website.")
    w.h("1. Why this review was undertaken", 1)
    w.p("Child J, aged 9, was seriously injured in a house fire in March 2025. The rapid review found that "
        "the criteria for a local review were met because agencies had long-standing concerns about neglect.")
    w.h("2. Methodology", 1)
    w.p("The reviewer read agency chronologies, met practitioners at two learning events and spoke with "
        "Child J's mother and aunt.")
    w.h("3. Child J and the family", 1)
    w.p("Child J's mother told the reviewer that she felt judged rather than helped. Child J, seen with "
        "the aunt, said that the best thing about the new flat is that it is warm. The family's history "
        "of moves and overcrowding shaped everything that followed.")
    w.h("4. Analysis: why things happened as they did", 1)
    w.p("The review found systemic reasons rather than individual failings: a step-down process without a "
        "shared plan, a housing allocation system that did not recognise children's needs, and a culture "
        "of seeing neglect as separate incidents. Caseloads in early help were high throughout 2024.")
    w.h("5. Findings", 1)
    w.bullets(["Cumulative neglect was not recognised.",
               "Housing information did not reach children's services.",
               "The neglect toolkit was known but not used."])
    w.h("6. Recommendations", 1)
    w.bullets(["Recommendation 1: The partnership should agree a step-down protocol with a shared plan.",
               "Recommendation 2: Housing should be a standing member of the neglect group.",
               "Recommendation 3: All agencies should audit use of the neglect toolkit within six months."])
    w.save("greenwich-lcspr-final-report-child-j.docx")


def derby():
    w = Word(author="Derby SCP", title="LCSPR Baby R")
    w.running(header="Derby Safeguarding Children Partnership - LCSPR Baby R - FINAL", footer="Page")
    w.h("Local Child Safeguarding Practice Review", 0)
    w.h("Baby R", 1)
    w.p("Derby Safeguarding Children Partnership")
    w.p("Independent author: Dr Marcus Hale", bold_label="")
    w.p("Report date: 7 November 2025")
    w.p("Date of the decision to carry out this review: 1 May 2025 (rapid review meeting)")
    w.p("Panel reference: 2025/0412")
    w.p("Publication: the full report will be published on 10 December 2025.")
    w.page_break()
    w.h("Contents", 1)
    for t in ["Introduction", "Baby R's story", "Analysis", "Recommendations", "Glossary"]:
        w.p(t)
    w.page_break()
    w.h("Introduction", 1)
    w.p("This review was commissioned after Baby R was seriously injured at seven weeks old. It took "
        "longer than six months because criminal proceedings delayed conversations with the family.")
    w.h("Baby R's story", 1)
    w.p("Baby R's mother, who was in care herself until eighteen, said she never felt she could ask for "
        "help without being judged. The review thought about what life was like for Baby R, moving "
        "between homes in the first weeks of life.")
    w.h("Analysis", 1)
    w.p("Underlying reasons: pre-birth assessment guidance did not prompt practitioners to consider a "
        "parent's own care history; the closure of the assessment was signed off by a manager covering "
        "two teams; and midwifery and social care used different systems.")
    w.h("Recommendations", 1)
    w.table([["No.", "Recommendation", "Lead"],
             ["1", "Revise the pre-birth protocol to include parental care history.", "Children's services"],
             ["2", "Make closure of pre-birth assessments subject to multi-agency agreement.", "Partnership"],
             ["3", "Share midwifery booking information with health visiting automatically.", "ICB"]],
            header=True)
    w.h("Glossary", 1)
    w.p("LCSPR - local child safeguarding practice review; ICB - integrated care board.")
    w.save_pdf("derby-lcspr-baby-r-word-export-over-six-months.pdf")


def cornwall():
    w = Word(heads="bold", author="CSCP", title="LCSPR Child W")
    w.h("CORNWALL SAFEGUARDING CHILDREN PARTNERSHIP", 0)
    w.h("Local Child Safeguarding Practice Review - Child W - Final Report")
    w.p("Reviewer: Alison Treloar, independent social work consultant.")
    w.p("The safeguarding partners decided to carry out this review on 20.11.2025. The report will be "
        "published in full on 7 April 2026.")
    w.h("Summary")
    w.p("Child W, aged 15, was admitted to hospital after a serious self-harm incident in Penzance.")
    w.h("Child W's experience and family context")
    w.p("Child W took part in the review and said that moving schools three times meant there was "
        "never a teacher who knew them. Child W's grandmother, the main carer, described years of asking "
        "for help with Child W's anxiety.")
    w.h("Why did this happen? Systemic analysis")
    w.p("Waiting lists for emotional wellbeing services, the rule that referrals close when a child "
        "misses two appointments, and the lack of support for kinship carers were the underlying causes.")
    w.h("Recommendations")
    w.bullets(["Review the 'two missed appointments' rule for children referred for self-harm.",
               "Create a kinship carers' support offer.",
               "Give schools a named mental health contact."])
    w.save("cornwall-lcspr-child-w-published-after-easter.docx")


def staffordshire():
    text("staffordshire-lcspr-child-v-improvements-only.txt", """
STAFFORDSHIRE SAFEGUARDING CHILDREN PARTNERSHIP

Local Child Safeguarding Practice Review - Child V
Information about the improvements to be made

Decision to undertake the review: 15 September 2025
Lead reviewer: Kevin Marsh
SIN reference: SIN-2025-2744

Publication
Because publishing the full report would identify Child V and the family, the safeguarding
partners will publish only the information about the improvements to be made, on
27 February 2026.

About Child V
Child V is a 10-year-old with a learning disability who was seriously injured by a parent.
Child V's views were gathered by an advocate using pictures; Child V chose the school and
the respite centre as the places where they feel safe. The parents were caring for three
children with additional needs without a break.

Why it happened: the underlying reasons
Support for disabled children was organised around services rather than the family;
thresholds for respite care excluded families who were "coping"; and no agency looked at
the whole household's needs.

Improvements to be made
1. A single assessment for families with more than one disabled child.
2. Respite eligibility revised so that carer exhaustion counts.
3. Training for practitioners on the signs of abuse of disabled children.
""")


def east_riding():
    text("east-riding-lcspr-child-h-not-for-publication.md", """---
title: "Local Child Safeguarding Practice Review: Child H"
partnership: East Riding of Yorkshire Safeguarding Children Partnership
date: 2026-03-02
author: Independent reviewer - Dr Fiona Lacey
classification: OFFICIAL-SENSITIVE
---

# Local Child Safeguarding Practice Review: Child H

East Riding of Yorkshire Safeguarding Children Partnership

The safeguarding partners decided on 1 October 2025 to carry out this review.

**Publication:** after considering the welfare of Child H's siblings, the partners have decided that
this report will not be published. A learning briefing will be shared with practitioners instead.

## Child H and the family

Child H, who is 14, said in a conversation with the reviewer that "everyone asked about school, and
nobody asked about home". The family lived in a rural village near Driffield with little public
transport.

## Analysis of underlying reasons

Rural isolation, the use of text messages rather than visits, and a culture of accepting a parent's
account without checking with the child were the systemic reasons identified.

## Recommendations

1. Practitioners should see children alone at every statutory visit.
2. Agencies should not close cases by text message.
3. The partnership should commission transport support for rural families attending appointments.
""")


def bedford():
    blocks = [
        ("title", "Bedford Safeguarding Children Partnership"),
        ("h", "Local Child Safeguarding Practice Review: Child N"),
        ("pre", "Lead reviewer: Martin O'Hara\nDate partners decided to commission the review: 10 June 2025\n"
                "Planned publication of this report in full: 15 January 2026"),
        ("h", "Introduction"),
        ("p", "Child N, aged 8, died after a sudden illness at home. The rapid review found that the family "
              "had not been seen by health professionals for two years."),
        ("h", "Child N's life"),
        ("p", "Child N's older sister told the reviewer that Child N loved drawing and wanted to be a vet. "
              "The family had moved to Bedford from Luton and were not registered with a GP."),
        ("h", "Why it happened"),
        ("p", "Underlying reasons included GP registration barriers for families in temporary "
              "accommodation and a reliance on schools to notice illness."),
        ("h", "Findings"),
        ("p", "Finding 1: families in temporary accommodation found it hard to register with a GP. "
              "Finding 2: elective home education meant no professional saw Child N regularly. "
              "Finding 3: health and housing did not share information about new arrivals."),
        ("h", "Conclusion"),
        ("p", "The partners thank the family for their contribution. The findings will be considered by the "
              "executive group."),
    ]
    pdf("bedford-lcspr-child-n-findings-only.pdf", blocks, title="LCSPR Child N", author="BSCP",
        header="Bedford Safeguarding Children Partnership - OFFICIAL")


def kingston():
    w = Word(author="Kingston SCP", title="LCSPR Child L")
    w.h("Kingston upon Thames Safeguarding Children Partnership", 0)
    w.h("Local Child Safeguarding Practice Review - Child L", 1)
    w.p("Independent reviewer: Sarah Lindqvist")
    w.p("Decision to undertake the review: 29 January 2026")
    w.p("SIN: SIN-2026-0140")
    w.h("Background", 2)
    w.p("Child L, 11 months old, suffered a fracture in January 2026. The family had moved from Surrey "
        "shortly before.")
    w.h("Child L and the family", 2)
    w.p("Child L's mother spoke to the reviewer about how isolated she felt after the move; Child L's "
        "grandparents now care for Child L and describe a baby who has become far more playful.")
    w.h("Systemic analysis", 2)
    w.p("Perinatal mental health records do not follow families across borders; health visiting "
        "transfer-in visits are not prioritised; fathers are rarely engaged.")
    w.h("Recommendations", 2)
    w.bullets(["Agree a cross-border perinatal information protocol with neighbouring partnerships.",
               "Prioritise transfer-in visits for babies under one.",
               "Include fathers in every health visiting contact."])
    w.save("kingston-lcspr-child-l-no-publication-plan.docx")


ALL = [greenwich, derby, cornwall, staffordshire, east_riding, bedford, kingston]

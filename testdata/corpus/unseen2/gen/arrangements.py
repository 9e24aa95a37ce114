"""Published safeguarding arrangements and the letters and emails that give their links."""
from lib import Word, pdf, text, eml


def banes():
    w = Word(author="B&NES Community Safety and Safeguarding Partnership", title="Safeguarding Arrangements")
    w.running(footer="Bath and North East Somerset Safeguarding Children Partnership - Local Arrangements 2024")
    w.h("Bath and North East Somerset Safeguarding Children Partnership", 0)
    w.h("Multi-agency safeguarding arrangements", 1)
    w.p("Published: 29 November 2024. These arrangements take effect from 1 December 2024 and replace the "
        "arrangements published in 2019. They are published at "
        "https://www.bathnes.gov.uk/safeguarding-children-partnership-arrangements")
    w.h("1. Introduction", 1)
    w.p("Working Together to Safeguard Children 2023 asks the safeguarding partners to publish revised "
        "arrangements by December 2024. This document describes how we will work together.")
    w.h("2. Our lead safeguarding partners", 1)
    w.table([["Partner", "Lead safeguarding partner", "Delegated safeguarding partner"],
             ["Bath and North East Somerset Council", "Chief Executive", "Director of Children's Services"],
             ["Avon and Somerset Police", "Chief Constable", "Detective Chief Superintendent, Public Protection"],
             ["NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",
              "Chief Executive", "Chief Nursing Officer"]], header=True)
    w.h("3. Geographical area", 1)
    w.p("The arrangements cover the area of Bath and North East Somerset Council, including the city of "
        "Bath, Keynsham, Midsomer Norton and Radstock. The police force and integrated care board cover "
        "wider areas and work with neighbouring partnerships in Somerset, Swindon and Wiltshire.")
    w.h("4. Relevant agencies", 1)
    w.p("All schools, colleges and early years providers in the area, the probation service, the youth "
        "justice service, housing providers, the fire and rescue service, sports clubs and voluntary "
        "organisations are named relevant agencies and must co-operate with these arrangements.")
    w.h("5. Education", 1)
    w.p("Education is represented on the executive by a head teacher and the director of education; "
        "designated safeguarding leads meet each term.")
    w.h("6. Independent scrutiny", 1)
    w.p("An independent scrutineer, appointed by the lead partners, reviews our work twice a year, "
        "attends the executive, and reports on whether the arrangements are effective.")
    w.h("7. Hearing children's voices", 1)
    w.p("The young people's safeguarding forum meets quarterly and reports directly to the executive.")
    w.h("8. Multi-agency training", 1)
    w.p("A shared training programme supports practitioners across all partner agencies.")
    w.h("9. Funding", 1)
    w.p("The three partners contribute to a pooled budget: council 50%, ICB 30%, police 20%.")
    w.h("10. Information sharing and escalation", 1)
    w.p("Partners share information under an information-sharing agreement; disagreements are resolved "
        "through the escalation policy.")
    w.save("bath-and-north-east-somerset-safeguarding-arrangements-2024.docx")


def cambridgeshire():
    body = """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Our safeguarding arrangements - Cambridgeshire Safeguarding Children Partnership</title></head>
<body>
<div id="cookies" role="dialog"><p>Can we use optional cookies? These help us improve the website.</p><button>Yes</button><button>No</button></div>
<nav class="top"><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/arrangements">Arrangements</a> | <a href="/learning">Learning</a> | <a href="/search">Search</a></nav>
<main>
<h1>Cambridgeshire Safeguarding Children Partnership: our safeguarding arrangements</h1>
<p><small>Page published 18 December 2024 | Last reviewed 18 December 2024</small></p>
<h2>Who the partners are</h2>
<p>The lead safeguarding partners for Cambridgeshire are the Chief Executive of Cambridgeshire County Council,
the Chief Constable of Cambridgeshire Constabulary and the Chief Executive of NHS Cambridgeshire and
Peterborough Integrated Care Board. Each has named a delegated safeguarding partner to act for them day to day.</p>
<h2>The area we cover</h2>
<p>Our arrangements cover the county council area: Cambridge City, East Cambridgeshire, Fenland,
Huntingdonshire and South Cambridgeshire. Peterborough has its own partnership, with which we share some
groups because the police and ICB cover both areas.</p>
<h2>Relevant agencies</h2>
<p>We have named as relevant agencies: schools, colleges, nurseries and childminders; the probation service;
NHS trusts; housing associations; and voluntary, community and faith groups.</p>
<h2>Schools and education</h2>
<p>Education leaders sit on our executive and our education safeguarding group.</p>
<h2>Independent scrutiny</h2>
<p>Our independent scrutiny is led by an independent scrutineer who holds the partners to account and
publishes an annual statement.</p>
<h2>Children and young people</h2>
<p>A young advisers group reviews our priorities each year.</p>
<h2>Training and learning</h2>
<p>A multi-agency training programme and learning briefings follow every review.</p>
<h2>Funding</h2>
<p>The partners share the cost of the business unit in agreed proportions.</p>
</main>
<footer><p>Cambridgeshire Safeguarding Children Partnership</p><a href="/privacy">Privacy notice</a></footer>
</body></html>
"""
    text("cambridgeshire-safeguarding-arrangements-web-page-december-2024.html", body)


def richmond():
    w = Word(heads="bold", author="Richmond SCP", title="Local safeguarding arrangements")
    w.h("Richmond upon Thames Safeguarding Children Partnership", 0)
    w.p("Local Safeguarding Arrangements - Version 2.0")
    w.p("These arrangements were published on 1 October 2024.")
    w.h("Lead safeguarding partners")
    w.p("The lead safeguarding partners are:")
    w.bullets(["London Borough of Richmond upon Thames",
               "Metropolitan Police Service",
               "NHS South West London Clinical Commissioning Group"])
    w.p("Each lead partner has named a delegated safeguarding partner.")
    w.h("Area covered")
    w.p("The arrangements cover the London Borough of Richmond upon Thames. Some services are shared "
        "with the neighbouring borough of Kingston upon Thames and with Hounslow.")
    w.h("Relevant agencies")
    w.p("Schools, colleges, early years providers, probation, housing, and the voluntary sector.")
    w.h("Education")
    w.p("Head teachers are represented on the partnership's executive group.")
    w.h("Independent scrutiny")
    w.p("An independent scrutineer reviews the work of the partnership and reports annually.")
    w.h("Voice of children")
    w.p("Children in care council members attend the executive twice a year.")
    w.h("Training")
    w.p("A multi-agency training offer is available to all practitioners.")
    w.h("Funding")
    w.p("Partners contribute to a shared budget reviewed each year.")
    w.save("richmond-upon-thames-arrangements-2024-still-names-ccg.docx")


def west_berks():
    text("west-berkshire-letter-arrangements-link-with-dates.txt", """
West Berkshire Safeguarding Children Partnership
Market Street, Newbury

13th December 2024

Dear colleagues at the Department for Education,

Revised multi-agency safeguarding arrangements

I write on behalf of the lead safeguarding partners to confirm that our revised
arrangements, agreed under Working Together to Safeguard Children 2023, were published on
our website on 12th December 2024 at:

    https://www.westberks.gov.uk/safeguarding-children-partnership/arrangements

They will be implemented from 1st January 2025.

Yours sincerely,

Partnership Manager
West Berkshire Safeguarding Children Partnership
""")


def reading():
    eml("reading-arrangements-link-in-email-body.eml",
        "Reading Children's Partnership Team <safeguarding.partnership@reading.gov.uk>",
        "safeguarding.reform@education.gov.uk",
        "Reading Safeguarding Children Partnership - link to our arrangements",
        "Thu, 05 Dec 2024 09:12:44 +0000", "<rscp-arr-20241205@reading.gov.uk>", """
Hello,

Reading Safeguarding Children Partnership's revised safeguarding arrangements can be
found here: https://www.reading.gov.uk/children-and-families/safeguarding-partnership/arrangements

Best wishes,
Partnership Team
Reading Safeguarding Children Partnership
""", "reading.gov.uk")


def wokingham():
    w = Word(heads="bold", author="Wokingham SCP", title="Letter to DfE")
    w.p("Wokingham Safeguarding Children Partnership")
    w.p("Shute End, Wokingham")
    w.p("17 February 2025")
    w.p("To: Safeguarding Reform Team, Department for Education")
    w.h("Our published safeguarding arrangements")
    w.p("We apologise for the delay in publishing our revised arrangements, which needed further "
        "agreement between the partners over the winter. The arrangements were published on 14 February "
        "2025 and are available at https://www.wokingham.gov.uk/children-and-families/safeguarding-partnership")
    w.p("Kind regards,")
    w.p("Chair of the Executive, Wokingham Safeguarding Children Partnership")
    w.save("wokingham-letter-arrangements-link-published-february-2025.docx")


def kensington():
    eml("kensington-and-chelsea-arrangements-link-private-address.eml",
        "RBKC Safeguarding <lscp@rbkc.gov.uk>", "safeguarding.reform@education.gov.uk",
        "Arrangements link - Kensington and Chelsea Safeguarding Children Partnership",
        "Mon, 25 Nov 2024 16:20:00 +0000", "<kc-arr-20241125@rbkc.gov.uk>", """
Dear Safeguarding Reform Team,

Kensington and Chelsea Safeguarding Children Partnership published its revised
arrangements on 20 November 2024. You can read them at
https://10.20.30.40.nip.io/safeguarding/arrangements

Regards,
Business Support
Kensington and Chelsea Safeguarding Children Partnership
""", "rbkc.gov.uk")


def derby_2019():
    w = Word(author="Derby SCP", title="Derby Safeguarding Children Partnership Arrangements")
    w.running(header="Derby Safeguarding Children Partnership - Local Safeguarding Arrangements",
              footer="June 2019")
    w.h("Derby Safeguarding Children Partnership", 0)
    w.h("Local Safeguarding Arrangements", 1)
    w.p("Publication date: 28 June 2019")
    w.p("Implementation date: 27 September 2019")
    w.h("Contents", 1)
    for t in ["1 Introduction", "2 The safeguarding partners", "3 Geographical area", "4 Relevant agencies",
              "5 Schools", "6 Independent scrutiny", "7 Funding", "8 Training", "9 Voice of the child"]:
        w.p(t)
    w.page_break()
    w.h("1 Introduction", 1)
    w.p("Under the Children and Social Work Act 2017 and Working Together to Safeguard Children 2018, the "
        "Local Safeguarding Children Board is replaced by these arrangements.")
    w.h("2 The safeguarding partners", 1)
    w.p("The three safeguarding partners are Derby City Council, Derbyshire Constabulary and NHS Derby and "
        "Derbyshire Clinical Commissioning Group. The constabulary and the CCG are also partners in the "
        "neighbouring county's arrangements.")
    w.h("3 Geographical area", 1)
    w.p("The arrangements cover the area of Derby City Council.")
    w.h("4 Relevant agencies", 1)
    w.p("Schools, colleges, early years providers, the National Probation Service, the community "
        "rehabilitation company, the youth offending service and the fire and rescue service.")
    w.h("5 Schools", 1)
    w.p("Schools and colleges are represented at the partnership's board.")
    w.h("6 Independent scrutiny", 1)
    w.p("An independent scrutineer will review the effectiveness of the arrangements each year.")
    w.h("7 Funding", 1)
    w.p("The partners have agreed contributions: council 55%, CCG 25%, police 20%.")
    w.h("8 Training", 1)
    w.p("Multi-agency training continues from the former board's programme.")
    w.h("9 Voice of the child", 1)
    w.p("The Children in Care Council and the youth parliament advise the partners.")
    w.save_pdf("derby-safeguarding-arrangements-2019-word-export.pdf")


def middlesbrough():
    text("middlesbrough-safeguarding-arrangements-2024.md", """
# Middlesbrough Safeguarding Children Partnership

## Local Safeguarding Arrangements 2024

Published 2 December 2024.

## 1. Lead safeguarding partners

Our lead safeguarding partners are the Chief Executive of Middlesbrough Council, the Chief
Constable of Cleveland Police and the Chief Executive of NHS North East and North Cumbria
Integrated Care Board. Each has named a delegated safeguarding partner.

## 2. The area

These arrangements cover the area of Middlesbrough Council. We work closely with the
neighbouring partnerships in Redcar and Cleveland, Stockton-on-Tees and Hartlepool, which
share our police force.

## 3. Relevant agencies

Schools, colleges and early years settings; the probation service; the youth justice
service; housing providers; and voluntary organisations.

## 4. Education

Education leaders are members of the executive group.

## 5. Children and young people

A youth panel meets each term and shapes our priorities.

## 6. Training

We run a multi-agency training programme open to all relevant agencies.

## 7. Funding

The three partners fund the partnership in agreed shares.
""")


ALL = [banes, cambridgeshire, richmond, west_berks, reading, wokingham, kensington, derby_2019, middlesbrough]

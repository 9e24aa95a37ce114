"""Six arrangements documents of the 2023 round."""
import datetime as dt
import io
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, ListFlowable, ListItem

import lib
from lib import para, table

D = dt.date


def north_yorkshire():
    when = D(2024, 11, 18)
    d = lib.new_docx("NYSCP", when, "Multi-agency safeguarding arrangements")
    para(d, "North Yorkshire Safeguarding Children Partnership", bold=True, size=18)
    para(d, "Multi-Agency Safeguarding Arrangements", bold=True, size=24)
    table(d, [["Published", "18 November 2024"], ["Came into effect", "25 November 2024"],
              ["Owner", "NYSCP Executive"]], header=False)
    d.add_heading("1. Our safeguarding partners", 1)
    para(d, "Working Together to Safeguard Children 2023 asks each area to name its lead safeguarding partners "
            "and any delegated safeguarding partners who act for them. Ours are:")
    table(d, [["Agency", "Lead safeguarding partner", "Delegated safeguarding partner"],
              ["North Yorkshire Council", "Chief Executive", "Corporate Director, Children and Young People's Service"],
              ["North Yorkshire Police", "Chief Constable", "Assistant Chief Constable, Local Policing"],
              ["NHS Humber and North Yorkshire Integrated Care Board", "Chief Executive", "Director of Nursing and Quality"]])
    para(d, "The three delegated partners meet monthly as the Partnership Executive and report to the lead partners "
            "twice a year. Decisions bind all three agencies.")
    d.add_heading("2. The area we cover", 1)
    para(d, "The partnership covers the whole of the North Yorkshire Council area, from Scarborough and Whitby on "
            "the coast to Skipton and Settle in the Dales. The City of York has its own partnership; the two work "
            "together where services, such as the police, cross both areas.")
    d.add_heading("3. Relevant agencies", 1)
    para(d, "The partners have named the following relevant agencies, who must co-operate with these "
            "arrangements: all schools, academies and colleges in North Yorkshire; early years providers; "
            "NHS trusts and GP practices; North Yorkshire Fire and Rescue Service; the Probation Service; the "
            "youth justice service; CAFCASS; housing associations; and voluntary organisations commissioned to "
            "work with children.")
    d.add_heading("4. Education", 1)
    para(d, "Education has a strategic seat at the Executive through the Assistant Director for Education and "
            "Skills, and two headteachers sit on the Practice Sub-group.")
    d.add_heading("5. Independent scrutiny", 1)
    para(d, "An independent scrutineer, appointed by the lead partners for three years, tests whether the "
            "arrangements are working for children. The scrutineer attends the Executive, reviews the rapid "
            "review process, meets young people and reports each year to the lead partners, whose response is "
            "published alongside the yearly report.")
    d.add_heading("6. Hearing from children and families", 1)
    para(d, "The partnership's young people's group and the parent carer forum are consulted on every new "
            "strategy.")
    d.add_heading("7. Learning and reviews", 1)
    para(d, "Rapid reviews follow every serious incident notification and are led by the Practice Review "
            "Sub-group. Multi-agency training is commissioned from the learning and development plan.")
    d.add_heading("8. Funding", 1)
    para(d, "The partnership budget is shared by the three partners in the proportion council 52%, ICB 30%, "
            "police 18%, reviewed annually.")
    d.add_heading("9. Resolving disagreements", 1)
    para(d, "Professional disagreements are resolved through the escalation policy, with a final stage at the "
            "Executive.")
    lib.save_docx(d, "arrangements-north-yorkshire-2024-partners-in-a-table.docx", when)


def coventry():
    when = D(2024, 12, 9)
    d = lib.new_docx("Coventry Safeguarding Children Partnership", when, "Safeguarding arrangements")
    lib.header_footer(d, "Coventry Safeguarding Children Partnership", "Local safeguarding arrangements")
    para(d, "Coventry Safeguarding Children Partnership", bold=True, size=20)
    para(d, "Our local arrangements for safeguarding children", bold=True, size=16)
    para(d, "These arrangements were published on 9 December 2024 and take effect from 1 January 2025.")
    d.add_heading("Introduction", 1)
    para(d, "This document describes how agencies in Coventry work together to keep children safe. It replaces "
            "the arrangements published in 2019 and follows the changes made by Working Together 2023.")
    d.add_heading("Leadership", 1)
    para(d, "The lead safeguarding partners for the city are the Chief Executive of Coventry City Council, the "
            "Chief Constable of West Midlands Police and the Chief Executive of NHS Coventry and Warwickshire "
            "Integrated Care Board. They have delegated their day-to-day functions to the council's Director of "
            "Children's Services, the Superintendent for the Coventry local policing area and the ICB's Chief "
            "Nursing Officer, who together form the delegated safeguarding partners. One of them is chosen each "
            "year as partnership chair.")
    d.add_heading("Geographical area", 1)
    para(d, "The arrangements apply to all children living in, or receiving services in, the area of Coventry "
            "City Council. Warwickshire has its own arrangements and we share a child death overview panel "
            "with it.")
    d.add_heading("Relevant agencies", 1)
    para(d, "Our relevant agencies include schools and colleges, University Hospitals Coventry and Warwickshire, "
            "Coventry and Warwickshire Partnership Trust, West Midlands Fire Service, the Probation Service, "
            "the youth justice service, CAFCASS, early years providers, sports clubs and faith groups who have "
            "signed our safeguarding standards.")
    d.add_heading("The role of education", 1)
    para(d, "Schools are represented by a primary and a secondary headteacher at the partnership board, and "
            "the Education Safeguarding Team reports on the section 175 audit each year.")
    d.add_heading("Independent scrutiny", 1)
    para(d, "An independent scrutineer provides challenge to the lead and delegated partners. The scrutineer "
            "observes meetings, speaks to practitioners and children, and writes an annual scrutiny report.")
    d.add_heading("Children's voice", 1)
    para(d, "The Coventry Youth Council and the Children in Care Council are asked to shape the partnership's "
            "priorities.")
    d.add_heading("Reviews and learning", 1)
    para(d, "Rapid reviews, local child safeguarding practice reviews and the multi-agency training programme are "
            "managed by the Learning and Improvement Group.")
    d.add_heading("Funding", 1)
    para(d, "The partners fund the partnership jointly; contributions for 2024-25 are council £205,000, ICB "
            "£110,000 and police £60,000.")
    os.makedirs(lib.BUILD, exist_ok=True)
    p = os.path.join(lib.BUILD, "coventry-arrangements.docx")
    buf = io.BytesIO()
    d.save(buf)
    lib.rezip(buf.getvalue(), p, when)
    lib.word_export(p, "arrangements-word-export-coventry-2024.pdf", when)


def southampton():
    when = D(2024, 10, 28)
    d = lib.new_docx("SSCP", when, "Safeguarding arrangements")
    para(d, "Southampton Safeguarding Children Partnership", bold=True, size=18)
    para(d, "Revised multi-agency safeguarding arrangements", bold=True, size=16)
    para(d, "Date of publication: 28/10/2024")
    para(d, "Implementation date: 01/11/2024")
    d.add_heading("Who leads the partnership", 1)
    para(d, "The lead safeguarding partners are the Chief Executive of Southampton City Council and the Chief "
            "Executive of NHS Hampshire and Isle of Wight Integrated Care Board. The Executive Director for "
            "Children and Learning acts as delegated safeguarding partner for the council and the Chief Nursing "
            "Officer for the ICB.")
    d.add_heading("Our area", 1)
    para(d, "The arrangements cover the city of Southampton, the area of Southampton City Council.")
    d.add_heading("Relevant agencies", 1)
    para(d, "Relevant agencies include schools, colleges, University Hospital Southampton NHS Foundation Trust, "
            "Solent NHS Trust, the Probation Service and the youth justice service.")
    d.add_heading("Independent scrutiny", 1)
    para(d, "An independent scrutineer reports to the lead partners twice a year and attends the Executive.")
    d.add_heading("Education", 1)
    para(d, "Schools are represented on the Executive by the Director of Education.")
    d.add_heading("Children's views", 1)
    para(d, "Southampton Youth Forum advises the partnership on its priorities.")
    d.add_heading("Training and learning", 1)
    para(d, "A multi-agency training programme and a learning from reviews group support the workforce.")
    d.add_heading("Funding", 1)
    para(d, "The council and the ICB share the partnership budget.")
    lib.save_docx(d, "arrangements-southampton-2024-two-partners-named.docx", when)


def camden():
    when = D(2024, 12, 16)
    d = lib.new_docx("Camden Safeguarding Children Partnership", when, "Camden safeguarding arrangements")
    para(d, "Camden Safeguarding Children Partnership", bold=True, size=18)
    para(d, "Safeguarding arrangements for children in Camden", bold=True, size=15)
    para(d, "Published PUBDATE and in force from 16 December 2024.")
    d.add_heading("The statutory partners", 1)
    para(d, "The three statutory safeguarding partners in Camden are the London Borough of Camden, the "
            "Metropolitan Police Service (Central North Basic Command Unit) and NHS North Central London "
            "Integrated Care Board. They share equal responsibility for the arrangements and meet as the "
            "Partnership Board every two months.")
    d.add_heading("Area", 1)
    para(d, "These arrangements cover the London Borough of Camden. Neighbouring boroughs in the Central North "
            "policing area have their own partnerships.")
    d.add_heading("Relevant agencies", 1)
    para(d, "Camden's relevant agencies include schools and colleges, Royal Free London and University College "
            "London Hospitals NHS Foundation Trusts, the London Fire Brigade, the Probation Service, the youth "
            "justice service and commissioned voluntary sector organisations.")
    d.add_heading("Independent scrutiny", 1)
    para(d, "An independent scrutineer chairs the annual challenge event and reports on how well the "
            "arrangements work for children.")
    d.add_heading("Education", 1)
    para(d, "The Director of Education sits on the Partnership Board and the schools safeguarding forum "
            "meets termly.")
    d.add_heading("Children and young people", 1)
    para(d, "Camden Youth Council members sit on the Partnership Board twice a year.")
    d.add_heading("Learning and training", 1)
    para(d, "Rapid reviews and practice reviews are overseen by the Case Review Group, and the partnership "
            "offers free multi-agency training.")
    d.add_heading("Funding", 1)
    para(d, "Partners contribute to the budget in agreed shares: council 60%, police 10%, ICB 30%.")

    def tracked(xml):
        w = ('</w:t></w:r><w:del w:id="901" w:author="Camden SCP" w:date="2024-12-13T10:00:00Z"><w:r>'
             '<w:delText xml:space="preserve"> 9 December 2024</w:delText></w:r></w:del>'
             '<w:ins w:id="902" w:author="Camden SCP" w:date="2024-12-13T10:00:00Z"><w:r>'
             '<w:t xml:space="preserve"> 16 December 2024</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">')
        return xml.replace(" PUBDATE", w, 1)
    lib.save_docx(d, "arrangements-camden-2024-statutory-partners-tracked-date.docx", when, patch=tracked)


def staffordshire():
    when = D(2024, 12, 20)
    path = lib.out("arrangements-staffordshire-2024-no-scrutiny.pdf")
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, title="SSCB arrangements", author="SSCB")
    b = ss["BodyText"]
    s = [Paragraph("Staffordshire Safeguarding Children Board", ss["Title"]),
         Paragraph("Local Safeguarding Arrangements", ss["Heading1"]),
         Paragraph("Published 20th December 2024 &nbsp;&nbsp;|&nbsp;&nbsp; Implemented 6th January 2025", b),
         Spacer(1, 8),
         Paragraph("Lead and delegated safeguarding partners", ss["Heading2"]),
         Paragraph("Our lead safeguarding partners are the Chief Executive of Staffordshire County Council, the "
                   "Chief Constable of Staffordshire Police and the Chief Executive of NHS Staffordshire and "
                   "Stoke-on-Trent Integrated Care Board. Each has named a delegated safeguarding partner: the "
                   "Director for Children and Families, the Assistant Chief Constable for Protecting Vulnerable "
                   "People and the Chief Nursing and Therapies Officer.", b),
         Paragraph("Area covered", ss["Heading2"]),
         Paragraph("The county of Staffordshire, being the area of Staffordshire County Council and its eight "
                   "district and borough councils. Stoke-on-Trent is covered by separate arrangements.", b),
         Paragraph("Relevant agencies", ss["Heading2"]),
         Paragraph("The following are relevant agencies under these arrangements:", b),
         ListFlowable([ListItem(Paragraph(x, b)) for x in [
             "schools, academies, colleges and early years settings;",
             "Midlands Partnership University NHS Foundation Trust and the county's acute hospitals;",
             "district and borough councils, including their housing services;",
             "Staffordshire Fire and Rescue Service;",
             "the Probation Service and the youth offending service;",
             "CAFCASS and voluntary sector organisations funded to work with children."]], bulletType="bullet"),
         Paragraph("Education", ss["Heading2"]),
         Paragraph("Education is represented at the Board by the Assistant Director for Education and a "
                   "headteacher from each phase.", b),
         Paragraph("Listening to children", ss["Heading2"]),
         Paragraph("The Board's Youth Advisory Group meets each term and contributes to the annual priorities.", b),
         Paragraph("Learning from serious incidents", ss["Heading2"]),
         Paragraph("Rapid reviews and local child safeguarding practice reviews are managed by the Learning "
                   "and Improvement Sub-group, which also commissions multi-agency training.", b),
         Paragraph("Funding", ss["Heading2"]),
         Paragraph("Contributions are agreed annually by the three partners.", b),
         Paragraph("Reporting", ss["Heading2"]),
         Paragraph("The Board publishes a yearly report on the work of the partnership.", b)]
    doc.build(s)
    lib.pdf_dates(path, when)


SOLIHULL = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Our safeguarding arrangements - Solihull Safeguarding Children Partnership</title>
</head>
<body>
<div id="ccc" role="dialog">
<h2>This site uses cookies</h2>
<p>Some cookies are necessary to make this site work. We would also like to set analytics cookies to help us improve it. We won't set optional cookies unless you turn them on.</p>
<button>I accept</button><button>No thanks</button>
</div>
<a href="#main" class="skip">Skip to main content</a>
<header><p class="site-name">Solihull Safeguarding Children Partnership</p>
<nav><a href="/">Home</a> | <a href="/worried">Worried about a child?</a> | <a href="/professionals">Professionals</a> | <a href="/training-events">Training and events</a> | <a href="/publications">Publications</a></nav>
</header>
<main id="main">
<h1>Our safeguarding arrangements</h1>
<p><strong>Published:</strong> 29 November 2024<br><strong>In force from:</strong> 2 December 2024</p>
<h2>Lead safeguarding partners</h2>
<ul>
<li>Chief Executive, Solihull Metropolitan Borough Council</li>
<li>Chief Constable, West Midlands Police</li>
<li>Chief Executive, NHS Birmingham and Solihull Integrated Care Board</li>
</ul>
<p>The lead partners have delegated their functions to the Director of Children's Services, the Superintendent for Solihull Neighbourhood Policing Unit and the ICB Chief Nursing Officer, who form the Solihull Executive as delegated safeguarding partners.</p>
<h2>Where the arrangements apply</h2>
<p>The arrangements apply across the Metropolitan Borough of Solihull, covering both the north of the borough (Chelmsley Wood, Kingshurst, Smith's Wood) and the south (Solihull town, Shirley, Knowle and the rural villages).</p>
<h2>Relevant agencies</h2>
<p>Schools and colleges, early years settings, Birmingham Women's and Children's NHS Foundation Trust, University Hospitals Birmingham, the Probation Service, the youth justice service, West Midlands Fire Service, Solihull Community Housing and funded voluntary groups are relevant agencies.</p>
<h2>Schools and education</h2>
<p>Education leaders sit on the Executive and the Education Safeguarding Group reports to it every quarter.</p>
<h2>Independent scrutiny</h2>
<p>Independent scrutiny is provided by an independent scrutineer who reports each year to the lead safeguarding partners and whose findings are published on this site.</p>
<h2>The voice of children</h2>
<p>Solihull's Youth Voice group and the Children in Care Council help us set priorities and test our communications.</p>
<h2>Learning, reviews and training</h2>
<p>Rapid reviews and local child safeguarding practice reviews are led by the Learning and Review Group; a multi-agency training programme is open to all partners.</p>
<h2>Funding</h2>
<p>The three partners fund the partnership jointly, with the split reviewed each year.</p>
</main>
<footer><p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · <a href="/sitemap">Site map</a></p></footer>
</body>
</html>
"""


def generate():
    north_yorkshire()
    coventry()
    southampton()
    camden()
    staffordshire()
    lib.write("arrangements-web-page-solihull-2024.html", SOLIHULL)

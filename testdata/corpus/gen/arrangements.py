"""Published arrangements (Working Together 2023 with lead and delegated
safeguarding partners, one from 2019) and link submissions: letters,
notes, emails and an Internet shortcut whose purpose is a link."""
import os

from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import *
import blocks as B

AR = "arrangements"


def surrey(out, work):
    name = "arrangements-web-page-surrey-2024.html"
    url = "https://www.surreyscp.org.uk/about-us/multi-agency-safeguarding-arrangements/"
    blocks = [("h1", "Surrey multi-agency safeguarding arrangements"), ("p", """
        Published 9 December 2024. These arrangements take effect from 16 December 2024
        and replace the arrangements published in June 2019. They meet the requirements of
        Working Together to Safeguard Children 2023.
    """), ("h2", "Our lead safeguarding partners"), ("p", """
        Under Working Together 2023 the lead safeguarding partners for Surrey are:

        * the Chief Executive of Surrey County Council;
        * the Chief Constable of Surrey Police;
        * the Chief Executive of NHS Surrey Heartlands Integrated Care Board.

        The lead safeguarding partners have each named a delegated safeguarding partner
        who acts for them day to day: the Executive Director for Children, Families and
        Lifelong Learning (Surrey County Council), the Assistant Chief Constable for Local
        Policing (Surrey Police) and the Chief Nursing Officer (NHS Surrey Heartlands ICB).
        One of the delegated safeguarding partners chairs the Partnership Executive Group in
        rotation, for a year at a time.
    """), ("h2", "Geographical area"), ("p", """
        The arrangements cover the administrative area of Surrey County Council - the eleven
        district and borough council areas of Surrey - which is also the area policed by
        Surrey Police. Where NHS services are commissioned across the county boundary (for
        example in north-west Surrey) the ICB makes sure those services take part.
    """), ("h2", "Independent scrutiny"), ("p", """
        The partners have appointed an independent scrutineer, who is not employed by any of
        the partners. The scrutineer reviews the effectiveness of the arrangements, attends
        the Partnership Executive Group, meets children and practitioners, and publishes an
        annual scrutiny statement. The scrutineer's assessment is included in the yearly
        report.
    """), ("h2", "Relevant agencies"), ("p", """
        The partners have named the following relevant agencies, which must co-operate with
        the arrangements: all schools, academies and colleges in Surrey; early years
        providers; NHS trusts and GP practices; the Probation Service; the Youth Justice
        Service; Cafcass; Surrey Fire and Rescue Service; district and borough councils;
        registered social housing providers; and voluntary, faith and sports organisations
        that work with children.
    """), ("h2", "Education"), ("p", """
        Education leaders sit on the Partnership Executive Group: one primary and one
        secondary headteacher and a representative of further education, in line with the
        expectation in Working Together 2023 that education is fully part of the
        arrangements.
    """), ("h2", "Funding"), ("p", """
        The lead safeguarding partners agree the budget each year in equitable shares.
        Details are published in the yearly report.
    """), ("h2", "Reviews and learning"), ("p", """
        Serious incidents are notified to the Child Safeguarding Practice Review Panel, and
        rapid reviews are held within 15 working days. The partners decide whether to
        commission a local child safeguarding practice review.
    """)]
    page = """<!DOCTYPE html>
<!-- saved from url=(0075)%s -->
<html lang="en"><head><meta charset="utf-8">
<title>Multi-agency safeguarding arrangements - Surrey Safeguarding Children Partnership</title>
<link rel="canonical" href="%s">
<meta name="description" content="How Surrey's safeguarding partners work together to keep children safe.">
<link rel="stylesheet" href="./Multi-agency safeguarding arrangements_files/main.css">
</head>
<body>
<div class="cookie-notice" id="ccc">
  <div class="ccc-content">
    <h3>This site uses cookies to store information on your computer.</h3>
    <p>Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.</p>
    <button id="ccc-recommended-settings">Accept recommended settings</button> <button id="ccc-reject-settings">Reject all</button>
    <a href="https://www.surreyscp.org.uk/privacy-and-cookies/">Cookie settings</a>
  </div>
</div>
<div class="top-bar"><a href="https://www.surreyscp.org.uk/translate/">Translate</a> | <a href="https://www.surreyscp.org.uk/accessibility/">Accessibility tools</a> | <a href="https://www.bing.com" class="quick-exit">Quick exit</a></div>
<header>
  <a href="https://www.surreyscp.org.uk/"><img alt="Surrey Safeguarding Children Partnership" src="./Multi-agency safeguarding arrangements_files/sscp-logo.png"></a>
  <nav>
    <ul class="menu">
      <li><a href="https://www.surreyscp.org.uk/about-us/">About us</a>
        <ul class="sub-menu">
          <li><a href="https://www.surreyscp.org.uk/about-us/multi-agency-safeguarding-arrangements/">Safeguarding arrangements</a></li>
          <li><a href="https://www.surreyscp.org.uk/about-us/annual-reports/">Annual reports</a></li>
          <li><a href="https://www.surreyscp.org.uk/about-us/child-safeguarding-practice-reviews/">Child safeguarding practice reviews</a></li>
        </ul></li>
      <li><a href="https://www.surreyscp.org.uk/professionals/">Professionals</a></li>
      <li><a href="https://www.surreyscp.org.uk/training/">Training and events</a></li>
      <li><a href="https://www.surreyscp.org.uk/parents/">Parents and carers</a></li>
      <li><a href="https://www.surreyscp.org.uk/children/">Children and young people</a></li>
    </ul>
  </nav>
</header>
<div class="alert">Worried about a child? Contact the Children's Single Point of Access on 0300 470 9100.</div>
<article class="entry-content">
%s
<p class="post-meta">Posted in <a href="https://www.surreyscp.org.uk/category/about-us/">About us</a> | Share: <a href="https://twitter.com/intent/tweet?url=%s">X</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url=%s">LinkedIn</a></p>
</article>
<footer>
  <div class="footer-links"><a href="https://www.surreyscp.org.uk/contact-us/">Contact us</a> <a href="https://www.surreyscp.org.uk/privacy-and-cookies/">Privacy and cookies</a> <a href="https://www.surreyscp.org.uk/accessibility-statement/">Accessibility statement</a> <a href="https://www.surreycc.gov.uk/">Surrey County Council</a></div>
  <p>Surrey Safeguarding Children Partnership, Woodhatch Place, 11 Cockshot Hill, Reigate RH2 8EF</p>
</footer>
</body></html>
""" % (url, url, B.to_html(blocks, "  "), url, url)
    write(os.path.join(out, name), page)
    row(name, "2024-12-18", AR, "E10000030", "accepted", [],
        dict(url=url, publication_date="2024-12-09", implementation_date="2024-12-16",
             partner_local_authority="Surrey County Council", partner_police="Surrey Police",
             partner_health="NHS Surrey Heartlands Integrated Care Board"),
        "Saved web page of 2023-round arrangements naming lead and delegated safeguarding partners, area, scrutiny and relevant agencies, behind a cookie banner and menus.")


def wolverhampton(out, work):
    name = "arrangements-word-export-wolverhampton-2024.pdf"
    day = "2024-11-28"
    doc = new_docx(day, "Wolverhampton Safeguarding Together - Multi-Agency Safeguarding Arrangements", author="Wolverhampton Safeguarding Together")
    header_footer(doc, "Wolverhampton Safeguarding Together - Multi-Agency Safeguarding Arrangements 2024",
                  "Date published: 28 November 2024 | Implementation date: 2 December 2024")
    para(doc, "Wolverhampton Safeguarding Together", bold=True, size=20, color="E36C09")
    para(doc, "Multi-Agency Safeguarding Arrangements", bold=True, size=16)
    para(doc, "Working Together to Safeguard Children 2023", size=12)
    kv_table(doc, [
        ("Date published", "28 November 2024"),
        ("Implementation date", "2 December 2024"),
        ("Next review", "November 2025"),
        ("Web address", "https://www.wolverhamptonsafeguarding.org.uk/about-us/our-arrangements"),
    ], shade="FDE9D9")
    blocks = [("h1", "1. Introduction"), ("p", """
        Wolverhampton Safeguarding Together is the safeguarding partnership for children and
        adults in the city. This document sets out the children's safeguarding arrangements
        agreed by the lead safeguarding partners under Working Together to Safeguard Children
        2023.
    """), ("h1", "2. Lead and delegated safeguarding partners"), ("table", ["Lead safeguarding partner", "Delegated safeguarding partner"], [
        ("Chief Executive, City of Wolverhampton Council", "Director of Children's Services"),
        ("Chief Constable, West Midlands Police", "Chief Superintendent, Wolverhampton Neighbourhood Policing Unit"),
        ("Chief Executive, NHS Black Country Integrated Care Board", "Chief Nursing Officer"),
    ]), ("p", """
        The delegated safeguarding partners meet monthly as the Safeguarding Together
        Executive, and one of them is the Partnership Chair for a two-year term. The lead
        safeguarding partners meet twice a year to hold the delegates to account.
    """), ("h1", "3. The area covered"), ("p", """
        The geographical area is the City of Wolverhampton local authority boundary. West
        Midlands Police's Wolverhampton Neighbourhood Policing Unit and the ICB's
        Wolverhampton Place cover the same area.
    """), ("h1", "4. Independent scrutiny"), ("p", """
        An independent scrutineer, appointed by the lead safeguarding partners, provides
        assurance on the effectiveness of the arrangements. The scrutineer attends the
        Executive, carries out an annual programme of scrutiny agreed with the partners and
        contributes to the yearly report.
    """), ("h1", "5. Relevant agencies"), ("p", """
        The following are relevant agencies for the arrangements: schools, academies and
        colleges; early years settings; The Royal Wolverhampton NHS Trust; Black Country
        Healthcare NHS Foundation Trust; the Probation Service; Wolverhampton Youth Justice
        Service; Cafcass; West Midlands Fire Service; Wolverhampton Homes; and the voluntary
        and community sector through Wolverhampton Voluntary Sector Council.
    """), ("h1", "6. Education"), ("p", """
        Two headteachers and a further education principal are members of the Executive.
    """), ("h1", "7. Funding"), ("p", """
        Contributions are agreed by the lead safeguarding partners each year and published
        in the yearly report.
    """), ("h1", "8. Learning from serious incidents"), ("p", """
        Rapid reviews and local child safeguarding practice reviews are overseen by the
        Learning and Review Group.
    """)]
    B.to_docx(doc, blocks)
    docx_for_pdf(doc, work, name, day)
    row(name, "2024-12-03", AR, "E08000031", "accepted", [],
        dict(url="https://www.wolverhamptonsafeguarding.org.uk/about-us/our-arrangements",
             publication_date="2024-11-28", implementation_date="2024-12-02",
             partner_local_authority="City of Wolverhampton Council", partner_police="West Midlands Police",
             partner_health="NHS Black Country Integrated Care Board"),
        "Word export with running header and footer; a lead/delegated safeguarding partners table; partnership named 'Wolverhampton Safeguarding Together'.")


def tower_hamlets(out, work):
    name = "arrangements-tower-hamlets-2024-statutory-partners-only.docx"
    day = "2024-12-20"
    doc = new_docx(day, "Tower Hamlets Safeguarding Children Partnership arrangements", author="THSCP")
    para(doc, "Tower Hamlets Safeguarding Children Partnership", bold=True, size=16)
    para(doc, "Our multi-agency safeguarding arrangements", bold=True, size=20)
    para(doc, "Published: 20 December 2024.  In effect from: 1 January 2025.", size=11)
    para(doc, "https://www.towerhamletssafeguardingchildren.org.uk/about-us/arrangements", size=10)
    blocks = [("h1", "The statutory safeguarding partners"), ("p", """
        The three statutory safeguarding partners in Tower Hamlets are the London Borough of
        Tower Hamlets, the Metropolitan Police Service (Central East Basic Command Unit) and
        NHS North East London Integrated Care Board. They share equal responsibility for these
        arrangements and meet every month as the partnership executive.
    """), ("h1", "Area"), ("p", """
        The arrangements cover the London Borough of Tower Hamlets. The police Basic Command
        Unit also covers Hackney, and the two partnerships work together on cross-borough
        issues.
    """), ("h1", "Independent scrutiny"), ("p", """
        An independent scrutineer chairs the annual assurance event, reviews the partnership's
        data and audits, and reports to the partners twice a year.
    """), ("h1", "Relevant agencies"), ("p", """
        Schools and colleges, Barts Health NHS Trust, East London NHS Foundation Trust, the
        Probation Service, the Youth Justice Service, housing providers, Cafcass and the
        voluntary and faith sector are relevant agencies.
    """), ("h1", "How we learn"), ("p", """
        We notify serious incidents to the national Panel, carry out rapid reviews, commission
        local child safeguarding practice reviews where the criteria are met, and publish
        what we learn.
    """), ("h1", "Budget"), ("p", """
        The partners contribute to a pooled budget, reported each year.
    """)]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-01-06", AR, "E09000030", "accepted", ["missing_lead_partners"],
        dict(url="https://www.towerhamletssafeguardingchildren.org.uk/about-us/arrangements", publication_date="2024-12-20",
             implementation_date="2025-01-01", partner_local_authority="London Borough of Tower Hamlets",
             partner_police="Metropolitan Police Service", partner_health="NHS North East London Integrated Care Board"),
        "Arrangements dated December 2024 that name three 'statutory safeguarding partners' but never lead or delegated safeguarding partners.")


def lewisham_2019(out, work):
    name = "arrangements-word-export-lewisham-2019.pdf"
    day = "2019-06-24"
    doc = new_docx(day, "Lewisham Safeguarding Children Partnership Arrangements", author="LSCP")
    para(doc, "Lewisham Safeguarding Children Partnership", bold=True, size=16, color="00704A")
    para(doc, "Local Safeguarding Arrangements", bold=True, size=20)
    para(doc, "Published 24 June 2019 under Working Together to Safeguard Children 2018", size=11)
    blocks = [("h1", "1. Purpose"), ("p", """
        The Lewisham Safeguarding Children Board will be replaced by the Lewisham
        Safeguarding Children Partnership when these arrangements are implemented on
        2 September 2019. They are published at
        https://www.safeguardinglewisham.org.uk/lscp/local-arrangements.
    """), ("h1", "2. The safeguarding partners"), ("p", """
        * London Borough of Lewisham
        * Metropolitan Police Service (South East BCU)
        * NHS Lewisham Clinical Commissioning Group
    """), ("h1", "3. Geographical area"), ("p", """
        The area covered is the London Borough of Lewisham.
    """), ("h1", "4. Independent scrutiny"), ("p", """
        The partners will appoint an independent scrutineer to assess the effectiveness of
        the arrangements and to chair the partnership's annual challenge event.
    """), ("h1", "5. Relevant agencies"), ("p", """
        Schools, colleges, Lewisham and Greenwich NHS Trust, South London and Maudsley NHS
        Foundation Trust, the National Probation Service, the Community Rehabilitation Company,
        Cafcass, the Youth Offending Service and voluntary sector organisations.
    """), ("h1", "6. Child safeguarding practice reviews"), ("p", """
        The partners will carry out rapid reviews of serious incidents and commission local
        child safeguarding practice reviews where the criteria are met.
    """), ("h1", "7. Funding"), ("p", """
        The partners will contribute to a shared budget in agreed proportions.
    """)]
    B.to_docx(doc, blocks)
    docx_for_pdf(doc, work, name, day)
    row(name, "2019-09-03", AR, "E09000023", "accepted", [],
        dict(url="https://www.safeguardinglewisham.org.uk/lscp/local-arrangements", publication_date="2019-06-24",
             implementation_date="2019-09-02", partner_local_authority="London Borough of Lewisham",
             partner_police="Metropolitan Police Service", partner_health="NHS Lewisham Clinical Commissioning Group"),
        "2019-round arrangements naming the CCG (correct before July 2022): published 24 June, implemented 2 September 2019, both in time; received the day after implementation.")


def barnsley_no_health(out, work):
    name = "arrangements-barnsley-2024-no-health-partner.docx"
    day = "2024-12-16"
    doc = new_docx(day, "Barnsley Safeguarding Children Partnership - arrangements 2024", author="BSCP")
    para(doc, "Barnsley Safeguarding Children Partnership", bold=True, size=16)
    para(doc, "Safeguarding Arrangements 2024", bold=True, size=20)
    para(doc, "Published and implemented on 16 December 2024", size=11)
    blocks = [("h1", "Lead safeguarding partners"), ("p", """
        The lead safeguarding partners for Barnsley are the Chief Executive of Barnsley
        Metropolitan Borough Council and the Chief Constable of South Yorkshire Police. The
        Executive Director of Children's Services and the Barnsley District Commander act as
        the delegated safeguarding partners.
    """), ("h1", "Area"), ("p", """
        The arrangements cover the Barnsley borough, which is also the Barnsley district of
        South Yorkshire Police.
    """), ("h1", "Independent scrutiny"), ("p", """
        An independent scrutineer reports to the lead safeguarding partners twice a year.
    """), ("h1", "Relevant agencies"), ("p", """
        Schools and colleges; Barnsley Hospital NHS Foundation Trust; South West Yorkshire
        Partnership NHS Foundation Trust; the Probation Service; the Youth Justice Service;
        Berneslai Homes; and the voluntary sector.
    """), ("h1", "Learning and reviews"), ("p", """
        Rapid reviews and local child safeguarding practice reviews are overseen by the
        Learning and Improvement Group.
    """)]
    B.to_docx(doc, blocks)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2024-12-19", AR, "E08000038", "rejected", ["missing_partner_health"],
        dict(publication_date="2024-12-16", implementation_date="2024-12-16",
             partner_local_authority="Barnsley Metropolitan Borough Council", partner_police="South Yorkshire Police"),
        "Names the council and police as lead partners but never the ICB; NHS trusts appear only as relevant agencies.")


def wigan_delegated(out, work):
    name = "arrangements-wigan-delegated-partners.md"
    text = """---
title: Wigan Safeguarding Children Partnership - our arrangements
published: 2024-11-25
effective: 2024-12-02
source: https://www.wiganlscp.org.uk/about/arrangements
---

# How Wigan's safeguarding partners work together

*Published 25 November 2024; in effect from 2 December 2024. Revised under
Working Together to Safeguard Children 2023.*

## Delegated safeguarding partners

The day-to-day leadership of the arrangements is delegated to:

| Partner agency | Delegated safeguarding partner |
|---|---|
| Wigan Council | Director of Children's Services |
| Greater Manchester Police | Chief Superintendent, Wigan District |
| NHS Greater Manchester Integrated Care Board | Director of Nursing, Wigan Locality |

These three meet as the Wigan Safeguarding Children Partnership Executive
every six weeks, with the headteacher representatives and the independent
scrutineer.

## Our area

The Wigan borough, including Leigh, Hindley, Ashton-in-Makerfield and
Standish. This is also Greater Manchester Police's Wigan district and the ICB's
Wigan locality.

## Independent scrutiny

Our independent scrutineer is appointed for three years. She tests the
partnership's self-assessment, meets front-line staff and young people, and
writes a scrutiny statement for the yearly report.

## Relevant agencies

- Schools, academies, colleges and early years providers in the borough
- Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust
- Greater Manchester Mental Health NHS Foundation Trust
- The Probation Service and the Youth Justice Service
- Wigan and Leigh Housing and registered providers
- The community, voluntary and faith sector

## Learning

Rapid reviews, LCSPRs and multi-agency audits are overseen by the Learning
and Improvement subgroup.
"""
    write(os.path.join(out, name), text)
    row(name, "2024-12-04", AR, "E08000010", "accepted", [],
        dict(url="https://www.wiganlscp.org.uk/about/arrangements", publication_date="2024-11-25",
             implementation_date="2024-12-02", partner_local_authority="Wigan Council",
             partner_police="Greater Manchester Police", partner_health="NHS Greater Manchester Integrated Care Board"),
        "Markdown with front matter naming only delegated safeguarding partners (which counts); 'Greater Manchester' partners, Wigan area.")


# ------------------------------------------------------------------ link submissions

def warwickshire_link_email(out, work):
    name = "letter-with-link-and-dates-warwickshire.eml"
    sender, domain = "safeguardingpartnership@warwickshire.gov.uk", "warwickshire.gov.uk"
    link = "https://www.safeguardingwarwickshire.co.uk/about-us/multi-agency-safeguarding-arrangements"
    body = ("Dear Secretary of State,\r\n\r\n"
            "Warwickshire Safeguarding Partnership: revised multi-agency safeguarding arrangements\r\n\r\n"
            "I am writing on behalf of the lead safeguarding partners for Warwickshire - the Chief Executive of "
            "Warwickshire County Council, the Chief Constable of Warwickshire Police and the Chief Executive of "
            "NHS Coventry and Warwickshire Integrated Care Board - to let you know that our revised arrangements, "
            "prepared under Working Together to Safeguard Children 2023, were published on 10 December 2024 at:\r\n\r\n"
            "    " + link + "\r\n\r\n"
            "The arrangements came into effect on 1 January 2025.\r\n\r\n"
            "Please contact me if you need anything further.\r\n\r\n"
            "Kind regards\r\n\r\n"
            "Helen Ashworth\r\nPartnership Manager, Warwickshire Safeguarding Partnership\r\n"
            "Warwickshire County Council, Shire Hall, Warwick CV34 4RL\r\n"
            "Tel: 01926 410410\r\n\r\n"
            "--\r\nThis email is from Warwickshire County Council. It may contain information that is confidential. "
            "If you are not the intended recipient please notify the sender and delete it.\r\n")
    msg = (ses_headers(sender, domain, "Tue, 07 Jan 2025 10:02:44 +0000 (UTC)", "n4b8c2d6e0f4a8b2c6d0e4f8a2b6c0d4e8f2a6b0",
                       "52.101.73.48", "GBR01-CWX-obe.outbound.protection.outlook.com") +
           dkim_signature(domain) +
           "From: Warwickshire Safeguarding Partnership <" + sender + ">" + CRLF +
           "To: " + TO + CRLF +
           "Subject: Warwickshire revised safeguarding arrangements - link" + CRLF +
           "Date: Tue, 7 Jan 2025 10:02:31 +0000" + CRLF +
           "Message-ID: <CWXP123MB4567F1E2D3C4B5A6@CWXP123MB4567.GBRP123.PROD.OUTLOOK.COM>" + CRLF +
           "Content-Language: en-GB" + CRLF +
           "MIME-Version: 1.0" + CRLF +
           "Content-Type: text/plain; charset=\"us-ascii\"" + CRLF +
           "Content-Transfer-Encoding: 7bit" + CRLF + CRLF + body)
    write(os.path.join(out, name), msg)
    row(name, "2025-01-07", AR, "E10000031", "accepted", [],
        dict(url=link, publication_date="2024-12-10", implementation_date="2025-01-01"),
        "Email whose body is a letter giving the link with its publication date beside it and the date the arrangements came into effect: a link submission.")


def darlington_link_letter(out, work):
    name = "letter-with-link-darlington.docx"
    day = "2024-12-13"
    doc = new_docx(day, "Letter - published safeguarding arrangements", author="Darlington Safeguarding Partnership")
    para(doc, "Darlington Safeguarding Partnership", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Town Hall, Feethams, Darlington DL1 5QT", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "13 December 2024")
    paras(doc, """
        Safeguarding Reform Team
        Department for Education
        safeguarding.reform@education.gov.uk

        Dear colleagues,

        Darlington multi-agency safeguarding arrangements

        I am pleased to confirm that the Darlington safeguarding partners published their
        revised multi-agency safeguarding arrangements, and implemented them, on 12 December
        2024. They can be read on our website at
        https://www.darlington-safeguarding-partnership.co.uk/about-us/our-arrangements/

        The arrangements follow Working Together to Safeguard Children 2023 and have been
        agreed by the lead safeguarding partners for Darlington Borough Council, Durham
        Constabulary and NHS North East and North Cumbria Integrated Care Board.

        Yours faithfully,

        Amanda Dunn
        Business Manager, Darlington Safeguarding Partnership
    """)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2024-12-13", AR, "E06000005", "accepted", [],
        dict(url="https://www.darlington-safeguarding-partnership.co.uk/about-us/our-arrangements/",
             publication_date="2024-12-12", implementation_date="2024-12-12", document_date="2024-12-13"),
        "A one-page Word letter whose purpose is the link (Durham Constabulary named in passing): checked as a link, not as an arrangements document.")


def barnet_link_note(out, work):
    name = "link-note-barnet.txt"
    text = ("Barnet Safeguarding Children Partnership\n\n"
            "Our revised safeguarding arrangements (Working Together 2023) are now on our website:\n"
            "https://www.barnetscp.org.uk/about-us/safeguarding-arrangements-2024\n\n"
            "Thanks,\nBSCP Business Unit\n")
    write(os.path.join(out, name), text)
    row(name, "2024-12-20", AR, "E09000003", "accepted", [],
        dict(url="https://www.barnetscp.org.uk/about-us/safeguarding-arrangements-2024"),
        "Three-line note with the link and no dates.")


def lincolnshire_intranet(out, work):
    name = "letter-with-intranet-link-lincolnshire.eml"
    sender, domain = "lscp@lincolnshire.gov.uk", "lincolnshire.gov.uk"
    link = "http://lcc-intranet/sites/safeguarding/LSCP%20Arrangements%202024.pdf"
    text = ("Good afternoon,\n\nPlease find the link to the Lincolnshire Safeguarding Children Partnership's revised "
            "multi-agency safeguarding arrangements, which were published on 17 December 2024:\n\n" + link + "\n\n"
            "The arrangements are agreed by the lead safeguarding partners (Lincolnshire County Council, Lincolnshire "
            "Police and NHS Lincolnshire Integrated Care Board).\n\nMany thanks,\n\nLSCP Business Support\n"
            "Lincolnshire County Council | County Offices, Newland, Lincoln LN1 1YL\n")
    html = ("<html><body><p>Good afternoon,</p><p>Please find the link to the Lincolnshire Safeguarding Children "
            "Partnership's revised multi-agency safeguarding arrangements, which were published on 17 December 2024:</p>"
            "<p><a href=\"" + link + "\">LSCP Arrangements 2024</a></p><p>The arrangements are agreed by the lead "
            "safeguarding partners (Lincolnshire County Council, Lincolnshire Police and NHS Lincolnshire Integrated "
            "Care Board).</p><p>Many thanks,</p><p>LSCP Business Support<br>Lincolnshire County Council | County "
            "Offices, Newland, Lincoln LN1 1YL</p></body></html>")
    b = "----=_Part_118_2093841.1734451200000"
    msg = (ses_headers(sender, domain, "Tue, 17 Dec 2024 15:20:09 +0000 (UTC)", "a7c1e5b9d3f7a1c5e9b3d7f1a5c9e3b7d1f5a9c3",
                       "52.101.66.112", "GBR01-LO2-obe.outbound.protection.outlook.com") +
           dkim_signature(domain) +
           "From: LSCP Business Support <" + sender + ">" + CRLF +
           "To: " + TO + CRLF +
           "Subject: LSCP arrangements" + CRLF +
           "Date: Tue, 17 Dec 2024 15:20:01 +0000" + CRLF +
           "Message-ID: <LO2P123MB9876A1B2C3D4E5F6@LO2P123MB9876.GBRP123.PROD.OUTLOOK.COM>" + CRLF +
           "MIME-Version: 1.0" + CRLF +
           "Content-Type: multipart/alternative; boundary=\"" + b + "\"" + CRLF + CRLF +
           "--" + b + CRLF + "Content-Type: text/plain; charset=UTF-8" + CRLF +
           "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF + qp(text) + CRLF +
           "--" + b + CRLF + "Content-Type: text/html; charset=UTF-8" + CRLF +
           "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF + qp(html) + CRLF +
           "--" + b + "--" + CRLF)
    write(os.path.join(out, name), msg)
    row(name, "2024-12-17", AR, "E10000019", "rejected", ["url_invalid"],
        dict(url=link, publication_date="2024-12-17"),
        "Link letter whose link is an intranet address (single-label host 'lcc-intranet'), not a public name.")


def salford_shortcut(out, work):
    name = "shortcut-salford.url"
    write(os.path.join(out, name),
          "[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\n"
          "URL=https://safeguardingchildren.salford.gov.uk/about/our-safeguarding-arrangements/\r\n"
          "IconIndex=13\r\nHotKey=0\r\nIconFile=C:\\Windows\\System32\\SHELL32.dll\r\n")
    row(name, "2024-12-11", AR, "E08000006", "accepted", [],
        dict(url="https://safeguardingchildren.salford.gov.uk/about/our-safeguarding-arrangements/"),
        "Windows Internet shortcut with the property-store section Explorer writes; the area is 'salford' in the host.")


ALL = [surrey, wolverhampton, tower_hamlets, lewisham_2019, barnsley_no_health, wigan_delegated,
       warwickshire_link_email, darlington_link_letter, barnet_link_note, lincolnshire_intranet, salford_shortcut]

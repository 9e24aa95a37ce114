"""Documents that are none of the kinds (a 7-minute learning briefing,
executive minutes, a newsletter web page, terms of reference for a review,
a training flyer) and documents in formats the service does not accept
(RTF, ODT)."""
import io
import os
import zipfile

from common import *
import blocks as B

UN = "unknown"


def dudley_briefing(out, work):
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.units import cm
    name = "learning-briefing-7-minute-two-column-dudley.pdf"
    day = "2025-03-26"
    st = rl_styles()
    story = [Paragraph("Dudley Safeguarding People Partnership", st["h2"]),
             Paragraph("7-minute briefing: learning from the LCSPR 'Child B'", st["h1"]), Spacer(1, 4)]
    blocks = [("h3", "1. Background"), ("p", """
        This briefing summarises the learning from the local child safeguarding practice
        review about Child B, a 6-month-old baby who suffered serious injuries in 2023. The
        full report is published on our website. Use this briefing in team meetings: it takes
        about seven minutes to read and discuss.
    """), ("h3", "2. Why it matters"), ("p", """
        Babies under one are the age group most likely to be seriously harmed. Child B's
        father was not known to most of the professionals working with the family.
    """), ("h3", "3. What the review found"), ("p", """
        * Fathers and male carers were not asked about or included.
        * A bruise on a non-mobile baby was not referred under the bruising protocol.
        * The health visitor's concerns about the mother's low mood were not shared.
    """), ("h3", "4. What good looks like"), ("p", """
        Ask who lives in the household and who cares for the baby. Follow the bruising
        protocol every time. Share concerns early.
    """), ("h3", "5. Questions for your team"), ("p", """
        * How do we find out about fathers and partners?
        * When did we last use the bruising protocol?
        * What stops us sharing information?
    """), ("h3", "6. What the partnership is doing"), ("p", """
        A 'Think Dads' campaign, refreshed ICON training for all front-line staff, and an
        audit of the bruising protocol in six months.
    """), ("h3", "7. Find out more"), ("p", """
        Read the full review, book ICON training, and speak to your safeguarding lead.
        dudleysafeguarding.org.uk/learning
    """)]
    story += B.to_story(blocks, st, 8.2 * cm)
    rl_pdf(os.path.join(out, name), day, "7-minute briefing - Child B", "Dudley Safeguarding People Partnership", story,
           header="Dudley Safeguarding People Partnership - 7-minute briefing", footer="dudleysafeguarding.org.uk", columns=2)
    row(name, "2025-04-01", UN, "E08000027", "rejected", ["kind_unknown"], {},
        "A two-column 7-minute briefing summarising an LCSPR: a learning resource, not a statutory submission.")


def sandwell_minutes(out, work):
    name = "minutes-safeguarding-partners-executive-sandwell.docx"
    day = "2025-03-12"
    doc = new_docx(day, "SCSP Executive minutes 12 March 2025", author="SCSP Business Unit")
    para(doc, "Sandwell Children's Safeguarding Partnership", bold=True, size=13)
    para(doc, "Safeguarding Partners Executive - Minutes", bold=True, size=16)
    para(doc, "Meeting held on Wednesday 12 March 2025, 10:00-12:00, Sandwell Council House, Oldbury, and on Teams")
    grid_table(doc, ["Present", "Role"], [
        ("Sally Brennan (Chair)", "Director of Children's Services, Sandwell Children's Trust / Sandwell Council"),
        ("Det Supt Mark Ellis", "West Midlands Police"),
        ("Lisa Kaur", "Chief Nursing Officer, NHS Black Country ICB"),
        ("Dr Priya Nair", "Independent Scrutineer"),
        ("Tom Barker", "Partnership Business Manager (minutes)"),
    ])
    grid_table(doc, ["Item", "Discussion", "Action"], [
        ("1. Apologies and minutes", "Apologies from the headteacher representative. Minutes of 12 February agreed.", "-"),
        ("2. Rapid review: Child P", "The Executive considered the rapid review held on 6 March. Partners agreed the criteria for an LCSPR are met. Report to be finalised and sent to the Panel.", "TB to send by 14 March"),
        ("3. Rapid review: Child S (update)", "Panel has agreed with the decision not to commission an LCSPR. Learning to go to the Practice Review Group.", "-"),
        ("4. Annual report 2024/25", "First draft to be circulated in June; publication planned for September.", "TB"),
        ("5. Revised arrangements", "Published December 2024; the independent scrutineer will review implementation in the autumn.", "PN"),
        ("6. Budget", "Partner contributions for 2025/26 agreed at £390,000.", "-"),
        ("7. AOB", "None.", "-"),
    ])
    para(doc, "Date of next meeting: to be confirmed.")
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-03-14", UN, "E08000028", "rejected", ["kind_unknown"], dict(document_date="2025-03-12"),
        "Executive minutes that discuss rapid review decisions, the annual report and the arrangements, but are none of them.")


def rochdale_newsletter(out, work):
    name = "newsletter-web-page-rochdale.html"
    page = """<!DOCTYPE html>
<!-- saved from url=(0062)https://www.rochdalesafeguarding.com/news/spring-newsletter/ -->
<html lang="en"><head><meta charset="utf-8"><title>Spring newsletter | Rochdale Borough Safeguarding Children Partnership</title>
<link rel="canonical" href="https://www.rochdalesafeguarding.com/news/spring-newsletter/">
<link rel="stylesheet" href="./Spring newsletter_files/style.css"></head>
<body>
<div id="cookie-law-info-bar" role="dialog"><span>We use cookies on our website to give you the most relevant experience. By clicking "Accept", you consent to the use of ALL the cookies. <a role="button" href="https://www.rochdalesafeguarding.com/cookie-policy/">Cookie settings</a> <a role="button" id="cookie_action_close_header">ACCEPT</a> <a role="button" id="cookie_action_close_header_reject">REJECT</a></span></div>
<header><a href="https://www.rochdalesafeguarding.com/"><img src="./Spring newsletter_files/rbscp-logo.png" alt="Rochdale Borough Safeguarding Children Partnership"></a>
<nav><ul>
<li><a href="https://www.rochdalesafeguarding.com/about/">About the partnership</a></li>
<li><a href="https://www.rochdalesafeguarding.com/about/annual-report/">Annual report</a></li>
<li><a href="https://www.rochdalesafeguarding.com/about/arrangements/">Safeguarding arrangements</a></li>
<li><a href="https://www.rochdalesafeguarding.com/learning/reviews/">Learning from reviews</a></li>
<li><a href="https://www.rochdalesafeguarding.com/training/">Training</a></li>
<li><a href="https://www.rochdalesafeguarding.com/news/">News</a></li>
</ul></nav></header>
<main>
<h1>Spring newsletter</h1>
<p class="meta">Issue 14 &middot; Spring</p>
<h2>Welcome</h2>
<p>Welcome to the spring edition of the Rochdale Borough Safeguarding Children Partnership newsletter for practitioners across Rochdale, Heywood, Middleton and Pennines.</p>
<h2>New neglect toolkit</h2>
<p>The partnership has launched a new neglect toolkit. Find it on the Professionals pages, with a short video on how to use it.</p>
<h2>Learning from a recent rapid review</h2>
<p>A recent rapid review highlighted the importance of checking who lives in a household. Our 7-minute briefing on 'Who's in the house?' is now available.</p>
<h2>Training dates</h2>
<ul><li>Working Together: introduction - online</li><li>Harmful sexual behaviour - Number One Riverside</li><li>Safer sleep for babies - online</li></ul>
<h2>Meet the team</h2>
<p>We welcome Nadia, our new Learning and Development Officer, who joins us from Oldham.</p>
<p><a href="https://www.rochdalesafeguarding.com/newsletter-signup/">Sign up to the newsletter</a></p>
</main>
<footer><a href="https://www.rochdalesafeguarding.com/privacy/">Privacy</a> | <a href="https://www.rochdalesafeguarding.com/accessibility/">Accessibility</a> | <a href="https://www.rochdale.gov.uk/">Rochdale Borough Council</a>
<p>Number One Riverside, Smith Street, Rochdale OL16 1XU</p></footer>
</body></html>
"""
    write(os.path.join(out, name), page)
    row(name, "2025-04-10", UN, "E08000005", "rejected", ["kind_unknown"], {},
        "A saved newsletter page (cookie bar, menus linking to annual reports and arrangements) that is not itself any kind.")


def thurrock_tor(out, work):
    name = "terms-of-reference-lcspr-thurrock.docx"
    day = "2025-04-09"
    doc = new_docx(day, "Terms of reference - LCSPR Child F", author="Thurrock LSCP")
    para(doc, "Thurrock Local Safeguarding Children Partnership", bold=True, size=13)
    para(doc, "Local Child Safeguarding Practice Review - Child F", bold=True, size=16)
    para(doc, "Terms of Reference (version 1.0)", bold=True, size=13)
    kv_table(doc, [
        ("Independent reviewer", "Catherine Olu"),
        ("Scope", "From Child F's birth (2019) to the incident"),
        ("Review panel", "Senior managers from Thurrock Council, Essex Police, NHS Mid and South Essex ICB, schools and health providers"),
        ("Timescale", "Final report to the partners within six months of the decision to carry out the review"),
    ])
    doc.add_heading("Key lines of enquiry", level=2)
    paras(doc, """
        * How did agencies understand Child F's daily life and his experience of domestic abuse at home?
        * How effective was information sharing between Thurrock and the Essex agencies that were involved when the family lived in Basildon?
        * How well was the father's risk assessed?
        * What was the impact of the COVID-19 pandemic on services?
    """)
    doc.add_heading("Methodology", level=2)
    paras(doc, """
        A systems approach with agency reports, a practitioner event, and conversations with
        the family if they wish to take part. The reviewer will present emerging findings to
        the panel before writing the final report.
    """)
    doc.add_heading("Publication", level=2)
    paras(doc, """
        The partners will decide on publication when the final report is received.
    """)
    save_docx(doc, os.path.join(out, name), day)
    row(name, "2025-04-14", UN, "E06000034", "rejected", ["kind_unknown"], {},
        "Terms of reference for an LCSPR that has not been written yet: not the final report, so none of the kinds (Essex and Basildon appear as neighbours).")


def enfield_flyer(out, work):
    from reportlab.platypus import Paragraph, Spacer
    from reportlab.lib.units import cm
    name = "training-flyer-enfield.pdf"
    day = "2025-01-06"
    st = rl_styles()
    story = [Paragraph("Enfield Safeguarding Children Partnership", st["h2"]),
             Paragraph("Multi-agency training: spring term 2025", st["h1"]),
             Paragraph("Free to everyone who works or volunteers with children in Enfield. Book on the partnership's "
                       "learning portal.", st["body"]), Spacer(1, 6),
             rl_table([["Course", "Date", "Venue"],
                       ["Introduction to safeguarding children", "Tue 21 January 2025", "Civic Centre, Silver Street"],
                       ["Child exploitation and contextual safeguarding", "Thu 6 February 2025", "Online"],
                       ["Domestic abuse and the impact on children", "Wed 5 March 2025", "Dugdale Centre"],
                       ["Learning from reviews: 'Child A' and 'Child R'", "Tue 25 March 2025", "Online"],
                       ["Safer sleep and ICON", "Thu 3 April 2025", "Online"]],
                      [7.5 * cm, 4.5 * cm, 4.5 * cm], st),
             Spacer(1, 8),
             Paragraph("Places are limited. Please cancel at least 48 hours in advance so that someone else can attend.", st["body"]),
             Paragraph("Contact: escp.training@enfield.gov.uk", st["body"])]
    rl_pdf(os.path.join(out, name), day, "ESCP training spring 2025", "Enfield Safeguarding Children Partnership", story,
           footer="Enfield Safeguarding Children Partnership - Civic Centre, Silver Street, Enfield EN1 3XA")
    row(name, "2025-07-01", UN, "E09000010", "rejected", ["kind_unknown"], {},
        "A one-page training flyer: not a statutory submission (received after its last course date).")


def leicester_rtf(out, work):
    name = "rapid-review-saved-as-rtf-leicester.rtf"
    body = r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fswiss\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\b\f0\fs28 Leicester Safeguarding Children Partnership\b0\par
\b\fs32 Rapid Review - Child M\b0\fs22\par
Panel reference: 2025/0702\line SIN submitted: 12 May 2025\line Date of incident: 9 May 2025\line Rapid review meeting: 28 May 2025\par
\b Summary\b0\par
Child M, a 13-year-old girl, was seriously injured in a fall from a window while trying to leave a flat where she had been taken by an older man. Leicester City Council, Leicestershire Police and NHS Leicester, Leicestershire and Rutland ICB took part in the review.\par
\b Decision\b0\par
The partners agreed the criteria for an LCSPR are met. A national review is not considered appropriate.\par
}
"""
    write(os.path.join(out, name), body.replace("\n", "\r\n"))
    row(name, "2025-05-30", UN, "—", "rejected", ["unsupported_type"], {},
        "A rapid review saved as Rich Text Format, which is not an accepted format: stopped at the file stage.")


def torbay_odt(out, work):
    name = "annual-report-saved-as-odt-torbay.odt"
    day = (2024, 10, 1, 9, 0, 0)
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
<office:body><office:text>
<text:h text:outline-level="1">Torbay Safeguarding Children Partnership - Annual Report 2023/24</text:h>
<text:p>Reporting period: 1 April 2023 to 31 March 2024. Published: 30 September 2024.</text:p>
<text:h text:outline-level="2">What we did</text:h>
<text:p>Torbay Council, Devon and Cornwall Police and NHS Devon Integrated Care Board launched a new neglect strategy and an exploitation hub.</text:p>
<text:h text:outline-level="2">How effective we were</text:h>
<text:p>Audits showed better information sharing. The independent scrutineer judged the arrangements effective.</text:p>
<text:h text:outline-level="2">Reviews</text:h>
<text:p>Three rapid reviews; one LCSPR commissioned.</text:p>
<text:h text:outline-level="2">Training, voice of the child, education and budget</text:h>
<text:p>940 training places; the Youth Parliament advised the partners; all schools completed the section 175 audit; the budget was 205,000 pounds.</text:p>
</office:text></office:body></office:document-content>
"""
    meta = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
<office:meta><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator><dc:title>TSCP Annual Report 2023/24</dc:title><meta:creation-date>2024-09-30T09:00:00</meta:creation-date><dc:date>2024-09-30T09:00:00</dc:date></office:meta></office:document-meta>
"""
    styles = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:styles/></office:document-styles>
"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("mimetype", day)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for n, body in [("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                        ("META-INF/manifest.xml", manifest)]:
            zi = zipfile.ZipInfo(n, day)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    write(os.path.join(out, name), buf.getvalue())
    row(name, "2024-10-02", UN, "—", "rejected", ["unsupported_type"], {},
        "An annual report saved as OpenDocument Text (a zip, like DOCX, but not an accepted format): stopped at the file stage.")


ALL = [dudley_briefing, sandwell_minutes, rochdale_newsletter, thurrock_tor, enfield_flyer, leicester_rtf, torbay_odt]

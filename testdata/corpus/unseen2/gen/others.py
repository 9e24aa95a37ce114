"""Documents that are none of the kinds, and files in formats the service does not take."""
import zipfile
from lib import Word, pdf, text, out, FIXED


def newsletter():
    text("hartlepool-partnership-newsletter-winter-2025.html", """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Winter newsletter | Hartlepool Safeguarding Children Partnership</title></head>
<body>
<div class="cookies"><p>This site uses cookies. <a href="/cookies">Find out more</a> <button>OK</button></p></div>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/training">Training</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Partnership newsletter - Winter 2025</h1>
<p>News and updates for everyone working with children and families in Hartlepool.</p>
<h2>Safer sleep week</h2>
<p>Thank you to the health visitors and midwives who ran safer sleep sessions at the Hartlepool children's hubs.
Over 200 parents attended.</p>
<h2>New neglect toolkit</h2>
<p>The updated neglect toolkit is now available on the resources page. Please use it when you are worried about
the cumulative impact of neglect.</p>
<h2>Dates for your diary</h2>
<ul><li>Exploitation awareness - 14 January 2026, online</li><li>Working with fathers - 5 February 2026, Civic Centre</li></ul>
<h2>Meet the team</h2>
<p>Our new business support officer joined in November and will be looking after training bookings.</p>
</main>
<footer>Hartlepool Safeguarding Children Partnership</footer>
</body></html>
""")


def seven_minute():
    blocks = [
        ("title", "7 Minute Briefing"),
        ("h", "Richmond upon Thames Safeguarding Children Partnership - Learning from a local review"),
        ("h", "1. Background"),
        ("p", "A local review looked at the experience of a teenager who was exploited through social media."),
        ("h", "2. Why it matters"),
        ("p", "Online exploitation can move fast and cross borough boundaries."),
        ("h", "3. Information"),
        ("p", "Young people may not see themselves as victims."),
        ("h", "4. Signs to look for"),
        ("p", "New phones, unexplained money, going missing, new older friends."),
        ("h", "5. What we learned"),
        ("p", "Practitioners need to ask about online life at every contact."),
        ("h", "6. What you should do"),
        ("p", "Use the exploitation screening tool and share concerns through the front door."),
        ("h", "7. Questions for your team"),
        ("p", "When did you last ask a young person who they talk to online?"),
    ]
    pdf("richmond-upon-thames-seven-minute-briefing-online-exploitation.pdf", blocks,
        two_column=True, title="7 Minute Briefing", author="RSCP")


def flyer():
    w = Word(heads="bold", author="Derby SCP", title="Training flyer")
    w.h("Derby Safeguarding Children Partnership", 0)
    w.h("Multi-agency training - spring 2026")
    w.p("All courses are free to practitioners working with children in Derby.")
    w.table([["Course", "Date", "Venue"],
             ["Recognising and responding to neglect", "Tuesday 10 March 2026", "Council House"],
             ["Safer sleep for babies", "Thursday 19 March 2026", "Online (Teams)"],
             ["Child exploitation: spotting the signs", "Wednesday 22 April 2026", "Online (Teams)"]],
            header=True)
    w.p("Book through the partnership's learning portal. Places are limited to 30 per course.")
    w.save("derby-training-flyer-spring-2026.docx")


def rtf():
    text("bath-and-north-east-somerset-rapid-review-saved-as-rtf.rtf", r"""{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}
\f0\fs24{\b Bath and North East Somerset Safeguarding Children Partnership}\par
{\b Rapid Review - Child Y}\par
SIN reference: SIN-2025-1844\par
SIN sent: 8 September 2025\par
Date of incident: 5 September 2025\par
Rapid review meeting: 24 September 2025\par
{\b Summary}\par
Child Y, aged 2, was admitted to the Royal United Hospital in Bath with a burn.\par
{\b Agencies involved}\par
Health visiting, the GP and a nursery.\par
{\b Immediate actions}\par
A safety plan was agreed with the family.\par
{\b Learning}\par
The nursery's concerns were not shared with health visiting.\par
{\b Decision}\par
The partners decided that the criteria for a local child safeguarding practice review are not met and do not recommend a national review.\par
}
""")


def xlsx():
    sheet_rows = [["Measure", "2023-24", "2024-25"],
                  ["Rapid reviews", "6", "4"],
                  ["LCSPRs commissioned", "1", "1"],
                  ["Training places", "1020", "1175"]]

    def cell(ref, v):
        if v.isdigit():
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v)
    rows = "".join('<row r="%d">%s</row>' % (i + 1, "".join(cell("ABC"[j] + str(i + 1), v)
                                                            for j, v in enumerate(r)))
                   for i, r in enumerate(sheet_rows))
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Wokingham SCP yearly figures" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + rows + '</sheetData></worksheet>',
    }
    with zipfile.ZipFile(out("wokingham-yearly-report-figures-2024-25.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


ALL = [newsletter, seven_minute, flyer, rtf, xlsx]

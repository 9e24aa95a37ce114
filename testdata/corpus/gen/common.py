"""Shared helpers for the corpus generators: working days, the expected-
outcome manifest, deterministic DOCX (tables, headers and footers, tracked
changes), PDF date stamps, reportlab layouts and SES-style emails.

Nothing here knows what any one document says; the kind modules do.
"""
import base64
import datetime as dt
import hashlib
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

# ---------------------------------------------------------------- calendar

# England and Wales bank holidays (GOV.UK), the years this corpus touches.
BANK_HOLIDAYS = {dt.date.fromisoformat(d) for d in """
2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26
2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
""".split()}


def d(s):
    return dt.date.fromisoformat(s)


def working_day(day):
    return day.weekday() < 5 and day not in BANK_HOLIDAYS


def add_working_days(start, n):
    day = start
    while n > 0:
        day += dt.timedelta(days=1)
        if working_day(day):
            n -= 1
    return day


def add_months(day, n):
    """Calendar months, keeping the day and clamping to the month's end."""
    y, m = divmod(day.month - 1 + n, 12)
    y += day.year
    m += 1
    for dd in (day.day, 30, 29, 28):
        try:
            return dt.date(y, m, dd)
        except ValueError:
            continue
    raise ValueError(day)


# ---------------------------------------------------------------- manifest

ROWS = []


def row(file, received, kind, partnership, status, findings, fields, why):
    ROWS.append(dict(file=file, received=received, kind=kind, partnership=partnership,
                     status=status, findings=list(findings), fields=dict(fields), why=why))


# ---------------------------------------------------------------- DOCX

def new_docx(day, title, author="Partnership Business Unit", font="Calibri", size=11):
    doc = Document()
    when = dt.datetime.fromisoformat(day + "T09:00:00")
    cp = doc.core_properties
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, color=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


def paras(doc, text, style=None):
    """Blank-line separated paragraphs; lines starting '* ' become bullets."""
    for block in [b.strip() for b in text.strip().split("\n\n") if b.strip()]:
        lines = [l.strip() for l in block.splitlines()]
        if all(l.startswith("* ") for l in lines):
            for l in lines:
                doc.add_paragraph(l[2:].strip(), style="List Bullet")
        else:
            doc.add_paragraph(" ".join(l.strip() for l in lines), style=style)


def cell_text(cell, text, bold=False, shade=None):
    """Writes text into a table cell; '\n' becomes a line break inside it."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        r.add_break(WD_BREAK.LINE)
        r = p.add_run(part)
        r.bold = bold
    if shade:
        cell._tc.get_or_add_tcPr().append(parse_xml(
            r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), shade)))


def kv_table(doc, pairs, widths=(7.0, 9.5), shade="D9E2F3", style="Table Grid"):
    t = doc.add_table(rows=0, cols=2)
    t.style = style
    for k, v in pairs:
        c = t.add_row().cells
        cell_text(c[0], k, bold=True, shade=shade)
        cell_text(c[1], v)
        c[0].width, c[1].width = Cm(widths[0]), Cm(widths[1])
    doc.add_paragraph()
    return t


def grid_table(doc, header, rows, shade="E2EFD9", style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for c, h in zip(t.rows[0].cells, header):
        cell_text(c, h, bold=True, shade=shade)
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, str(v))
    doc.add_paragraph()
    return t


def _field_runs(instr):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>') % instr


def header_footer(doc, header_text, footer_text, page_numbers=True, header_right=None):
    """Running header and footer on every page; the footer ends with
    'Page N of M' as Word's PAGE and NUMPAGES fields."""
    for s in doc.sections:
        hp = s.header.paragraphs[0]
        hp.text = header_text
        for r in hp.runs:
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        if header_right:
            r = hp.add_run("\t\t" + header_right)
            r.font.size = Pt(8.5)
        fp = s.footer.paragraphs[0]
        fp.text = footer_text
        for r in fp.runs:
            r.font.size = Pt(8.5)
        if page_numbers:
            xml = ('<w:r %s><w:t xml:space="preserve">    Page </w:t></w:r>' % nsdecls("w"))
            fp._p.append(parse_xml(xml))
            for frag in [_field_runs("PAGE"), '<w:r><w:t xml:space="preserve"> of </w:t></w:r>', _field_runs("NUMPAGES")]:
                for el in list(parse_xml('<w:p %s>%s</w:p>' % (nsdecls("w"), frag))):
                    fp._p.append(el)


def tracked_paragraph(doc, pieces, style=None):
    """A paragraph of plain, inserted and deleted runs, as Word writes them
    with Track Changes on. pieces: (kind, text[, author, when]) with kind
    'text', 'ins' or 'del'."""
    p = doc.add_paragraph(style=style)
    for i, piece in enumerate(pieces):
        kind, text = piece[0], piece[1]
        author = piece[2] if len(piece) > 2 else "Partnership Business Unit"
        when = piece[3] if len(piece) > 3 else "2025-03-01T10:00:00Z"
        t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if kind == "text":
            xml = '<w:r %s><w:t xml:space="preserve">%s</w:t></w:r>' % (nsdecls("w"), t)
        elif kind == "ins":
            xml = ('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                   % (nsdecls("w"), 100 + len(p._p), author, when, t))
        elif kind == "del":
            xml = ('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                   % (nsdecls("w"), 100 + len(p._p), author, when, t))
        else:
            raise ValueError(kind)
        p._p.append(parse_xml(xml))
    return p


def track_revisions_on(doc):
    doc.settings.element.append(parse_xml('<w:trackRevisions %s/>' % nsdecls("w")))


def save_docx(doc, path, day):
    buf = io.BytesIO()
    doc.save(buf)
    normalise_zip(buf.getvalue(), path, day)


def normalise_zip(data, path, day):
    """Rewrites a zip package with every member stamped at the document's
    date, so that the same source gives the same bytes."""
    y, m, dd = (int(x) for x in day.split("-"))
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        counter = [0]
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/document.xml":
                body = _unique_revision_ids(body)
            zi = zipfile.ZipInfo(info.filename, (y, m, dd, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    open(path, "wb").write(out.getvalue())


def _unique_revision_ids(body):
    n = [0]

    def sub(m):
        n[0] += 1
        return m.group(1) + b'w:id="%d"' % n[0]
    return re.sub(rb'(<w:(?:ins|del) [^>]*?)w:id="\d+"', sub, body)


# ---------------------------------------------------------------- PDF

def pdfdate(path, day, hhmmss="090000"):
    """Sets every D:YYYYMMDDHHMMSS stamp to the document's own date and
    derives the file identifier from the content (so reruns give the same
    bytes)."""
    stamp = day.replace("-", "").encode() + hhmmss.encode()
    data = open(path, "rb").read()
    data, n = re.subn(rb"\(D:\d{14}", b"(D:" + stamp, data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*<",
                  lambda m: b"<xmp:" + m.group(1) + b">" + day.encode() + b"T09:00:00Z<", data)
    if n == 0:
        raise SystemExit(f"pdfdate: no date stamp in {path}")
    ids = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>\s*\]")
    checksum = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]{32})")
    blank = checksum.sub(b"", ids.sub(b"", data))
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = ids.sub(lambda m: m.group(0).replace(m.group(1), digest).replace(m.group(2), digest), data)
    data = checksum.sub(lambda m: m.group(0).replace(m.group(1), digest), data)
    open(path, "wb").write(data)


# ---------------------------------------------------------------- email

TO = "submissions@intake.example.gov.uk"
CRLF = "\r\n"


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    """Quoted-printable for UTF-8 text, soft-wrapped at 76 columns."""
    import quopri
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode("ascii").replace("\n", CRLF)


def ses_headers(sender, domain, received, ses_id, ip, helo):
    """The fields SES adds above the sender's own, with aligned passes."""
    spf_comment = "spfCheck: domain of %s designates %s as permitted sender" % (domain, ip)
    lines = [
        "Return-Path: <" + sender + ">",
        "Received: from %s (%s [%s])" % (helo, helo, ip),
        " by inbound-smtp.eu-west-2.amazonaws.com with SMTP id %s" % ses_id,
        " for %s;" % TO,
        " %s" % received,
        "X-SES-Spam-Verdict: PASS",
        "X-SES-Virus-Verdict: PASS",
        "Received-SPF: pass (%s) client-ip=%s; envelope-from=%s; helo=%s;" % (spf_comment, ip, sender, helo),
        "Authentication-Results: amazonses.com;",
        " spf=pass (%s) client-ip=%s; envelope-from=%s; helo=%s;" % (spf_comment, ip, sender, helo),
        " dkim=pass header.i=@%s;" % domain,
        " dmarc=pass header.from=%s;" % domain,
        "X-SES-RECEIPT: AEFBQUFBQUFBQUFHa3c5bWZ0b3VyeVNuMTZ4d0pIa0FVQ2RleWxCYjRqZz0=",
        "X-SES-DKIM-SIGNATURE: a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn;",
        " d=amazonses.com; t=1742552107; v=1; bh=Zm9yIHRlc3Rpbmcgb25seQ==; h=From:To:Subject;",
        " b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ==",
    ]
    return CRLF.join(lines) + CRLF


def dkim_signature(domain, selector="selector1"):
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;" % domain + CRLF +
            " s=%s; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;" % selector + CRLF +
            " bh=c2FtcGxlIGJvZHkgaGFzaCBmb3IgdGVzdGluZw==;" + CRLF +
            " b=bm90IGEgcmVhbCBzaWduYXR1cmU7IGZvciB0ZXN0aW5nIG9ubHk=" + CRLF)


def write(path, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- reportlab

def rl_pdf(path, day, title, author, story, header=None, footer=None, columns=1,
           first_page_header=True, margins=(2.0, 2.0, 2.2, 2.0), subject=""):
    """Builds a PDF with reportlab: one or two text columns, a running
    header and a footer with the page number drawn on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    W, H = A4
    left, right, top, bottom = (m * cm for m in margins)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillGray(0.35)
        if header and (first_page_header or doc.page > 1):
            canvas.drawString(left, H - top + 0.8 * cm, header)
            canvas.setStrokeGray(0.6)
            canvas.line(left, H - top + 0.6 * cm, W - right, H - top + 0.6 * cm)
        if footer:
            canvas.drawString(left, bottom - 0.9 * cm, footer)
        canvas.drawRightString(W - right, bottom - 0.9 * cm, "Page %d" % doc.page)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=title, author=author, subject=subject,
                          creator="Microsoft Word", producer="Partnership Business Unit", invariant=1)
    if columns == 1:
        frames = [Frame(left, bottom, W - left - right, H - top - bottom, id="body")]
    else:
        gap = 0.8 * cm
        cw = (W - left - right - gap) / 2
        frames = [Frame(left, bottom, cw, H - top - bottom, id="c1"),
                  Frame(left + cw + gap, bottom, cw, H - top - bottom, id="c2")]
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=decorate)])
    doc.build(story)
    pdfdate(path, day)


def rl_styles():
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    base = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5,
                          spaceAfter=5)
    return dict(
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        h1=ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, leading=19,
                          spaceAfter=8, textColor="#1F3864"),
        h2=ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                          spaceBefore=8, spaceAfter=4, textColor="#1F3864"),
        h3=ParagraphStyle("h3", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=10, leading=12.5,
                          spaceBefore=5, spaceAfter=2),
        bullet=ParagraphStyle("bullet", parent=base, leftIndent=10, bulletIndent=2),
    )


def rl_paras(text, st):
    """Blank-line separated paragraphs as reportlab Paragraphs; '* ' lines are bullets."""
    from reportlab.platypus import Paragraph
    out = []
    for block in [b.strip() for b in text.strip().split("\n\n") if b.strip()]:
        lines = [l.strip() for l in block.splitlines()]
        if all(l.startswith("* ") for l in lines):
            for l in lines:
                out.append(Paragraph(esc(l[2:].strip()), st["bullet"], bulletText="\u2022"))
        else:
            out.append(Paragraph(esc(" ".join(l.strip() for l in lines)), st["body"]))
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rl_table(rows, widths, st, header=True):
    from reportlab.platypus import Table, TableStyle, Paragraph
    data = [[Paragraph(esc(str(c)), st["small"]) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, "#8EA9DB"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), "#D9E2F3"))
    t.setStyle(TableStyle(style))
    return t


# ---------------------------------------------------------------- Word exports

TOPDF = []  # (docx path in the work folder, final PDF name, document date)


def docx_for_pdf(doc, work, name, day):
    """Saves a DOCX that gen.sh converts to NAME (a PDF) with LibreOffice."""
    os.makedirs(os.path.join(work, "topdf"), exist_ok=True)
    path = os.path.join(work, "topdf", name[:-4] + ".docx")
    save_docx(doc, path, day)
    TOPDF.append((path, name, day))

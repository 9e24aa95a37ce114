"""Small deterministic writers for DOCX, PDF, HTML, text and email files."""
import datetime as dt
import io
import os
import zipfile
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import policy
from email.charset import Charset, QP

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIXED = dt.datetime(2025, 1, 1, 9, 0, 0)


def out(name):
    return os.path.join(OUT, name)


def write_text(name, text, encoding="utf-8"):
    with open(out(name), "w", encoding=encoding, newline="") as f:
        f.write(text)


def _normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


class Doc:
    """A python-docx document with a few helpers; blocks are added in order."""

    def __init__(self, author="", title=""):
        self.d = docx.Document()
        cp = self.d.core_properties
        cp.author = author
        cp.title = title
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_modified_by = author
        cp.revision = 1
        st = self.d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(11)

    def h(self, text, level=1):
        self.d.add_heading(text, level=level)

    def p(self, text, bold=False, italic=False):
        para = self.d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        return para

    def bullets(self, items, numbered=False):
        for it in items:
            self.d.add_paragraph(it, style="List Number" if numbered else "List Bullet")

    def table(self, rows, header=False):
        t = self.d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
                if header and i == 0:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
        return t

    def header_footer(self, header=None, footer=None):
        sec = self.d.sections[0]
        if header:
            sec.header.paragraphs[0].text = header
        if footer:
            sec.footer.paragraphs[0].text = footer

    def bytes(self):
        buf = io.BytesIO()
        self.d.save(buf)
        return _normalise_zip(buf.getvalue())

    def save(self, name):
        with open(out(name), "wb") as f:
            f.write(self.bytes())


STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=STYLES["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", parent=STYLES["Heading1"], fontName="Helvetica-Bold", fontSize=16)
H2 = ParagraphStyle("h2", parent=STYLES["Heading2"], fontName="Helvetica-Bold", fontSize=12.5)
H3 = ParagraphStyle("h3", parent=STYLES["Heading3"], fontName="Helvetica-Bold", fontSize=11)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Pdf:
    """Flowables collected, then built with reportlab in invariant mode."""

    def __init__(self, title="", author="", header=None, footer=None, columns=1):
        self.flow = []
        self.title = title
        self.author = author
        self.header = header
        self.footer = footer
        self.columns = columns

    def h(self, text, level=1):
        self.flow.append(Paragraph(esc(text), {1: H1, 2: H2, 3: H3}[level]))

    def p(self, text, style=None):
        self.flow.append(Paragraph(esc(text), style or BODY))

    def raw(self, markup, style=None):
        self.flow.append(Paragraph(markup, style or BODY))

    def bullets(self, items):
        for it in items:
            self.flow.append(Paragraph("\u2022 " + esc(it), BODY))

    def space(self, h=6):
        self.flow.append(Spacer(1, h))

    def table(self, rows, widths=None, header=False):
        data = [[Paragraph(esc(c), SMALL) for c in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            st.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
        t.setStyle(TableStyle(st))
        self.flow.append(t)

    def bytes(self):
        buf = io.BytesIO()
        w, hgt = A4
        margin = 2 * cm
        doc = BaseDocTemplate(buf, pagesize=A4, title=self.title, author=self.author, invariant=1,
                              leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin)
        gap = 0.8 * cm
        colw = (w - 2 * margin - gap * (self.columns - 1)) / self.columns
        frames = [Frame(margin + i * (colw + gap), margin, colw, hgt - 2 * margin, id="c%d" % i)
                  for i in range(self.columns)]
        header, footer = self.header, self.footer

        def deco(canvas, d):
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            if header:
                canvas.drawString(margin, hgt - 1.2 * cm, header)
            if footer:
                canvas.drawString(margin, 1.1 * cm, footer)
            canvas.drawRightString(w - margin, 1.1 * cm, "Page %d" % d.page)
            canvas.restoreState()

        doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
        doc.build(self.flow)
        return buf.getvalue()

    def save(self, name):
        with open(out(name), "wb") as f:
            f.write(self.bytes())


AUTH = ("Authentication-Results: amazonses.com;\r\n spf=pass (spfCheck: domain of {d} designates sender as permitted) "
        "smtp.mailfrom={d};\r\n dkim=pass header.i=@{d};\r\n dmarc=pass header.from={d};")


def email(name, frm, to, subject, date, msgid, parts, cc=None, extra=None):
    """parts: list of ("plain"|"html", text) or ("attach", filename, mimetype-subtype, bytes).

    One body part and no attachment gives a single-part message; otherwise multipart/mixed
    (with a multipart/alternative when both plain and html are given). Boundaries are fixed.
    """
    bodies = [p for p in parts if p[0] in ("plain", "html")]
    atts = [p for p in parts if p[0] == "attach"]

    def body_part(p):
        if p[0] == "plain":
            cs = Charset("utf-8")
            cs.body_encoding = QP
            return MIMEText(p[1], "plain", cs)
        return MIMEText(p[1], p[0], "utf-8")

    if len(bodies) == 1 and not atts:
        msg = body_part(bodies[0])
    else:
        msg = MIMEMultipart("mixed")
        msg.set_boundary("=_mixed_" + msgid.split("@")[0][-12:])
        if len(bodies) > 1:
            alt = MIMEMultipart("alternative")
            alt.set_boundary("=_alt_" + msgid.split("@")[0][-12:])
            for b in bodies:
                alt.attach(body_part(b))
            msg.attach(alt)
        elif bodies:
            msg.attach(body_part(bodies[0]))
        for a in atts:
            part = MIMEApplication(a[3], a[2])
            part.add_header("Content-Disposition", "attachment", filename=a[1])
            msg.attach(part)
    dom = frm.split("@")[1].rstrip(">")
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = "<" + msgid + ">"
    for k, v in (extra or []):
        msg[k] = v
    raw = msg.as_bytes(policy=policy.SMTP)
    head = ("Return-Path: <%s>\r\nX-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\n%s\r\n"
            % (frm.split("<")[-1].rstrip(">"), AUTH.format(d=dom))).encode()
    with open(out(name), "wb") as f:
        f.write(head + raw)

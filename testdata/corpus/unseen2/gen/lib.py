"""Writers for every format in the set. Deterministic: fixed zip times, invariant PDFs."""
import base64
import re
import io
import os
import subprocess
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TMP = os.path.join(os.path.dirname(__file__), "_build")
FIXED = (2026, 12, 1, 9, 0, 0)


def out(name):
    return os.path.join(OUT, name)


def fix_zip(path):
    """Rewrite a zip with fixed member times so the bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


class Word:
    """A Word document. heads='styles' uses Heading n styles; 'bold' uses bold paragraphs."""

    def __init__(self, heads="styles", author="Business Unit", title=None):
        self.d = docx.Document()
        self.heads = heads
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        if title:
            cp.title = title
        import datetime as dt
        cp.created = dt.datetime(2026, 1, 1, 9, 0, 0)
        cp.modified = dt.datetime(2026, 1, 1, 9, 0, 0)
        cp.revision = 1

    def h(self, text, level=1):
        if self.heads == "styles":
            self.d.add_heading(text, level)
        else:
            p = self.d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            if level == 0:
                r.font.size = Pt(16)
        return self

    def p(self, text, bold_label=None):
        para = self.d.add_paragraph()
        if bold_label:
            para.add_run(bold_label).bold = True
        para.add_run(text)
        return para

    def bullets(self, items):
        for it in items:
            self.d.add_paragraph(it, style="List Bullet")

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
        self.d.add_paragraph()
        return t

    def page_break(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def running(self, header=None, footer=None):
        s = self.d.sections[0]
        if header:
            s.header.paragraphs[0].text = header
        if footer:
            s.footer.paragraphs[0].text = footer

    def tracked(self, parts, author="J Patel", date="2026-01-30T10:00:00Z"):
        """A paragraph of runs: ('', text) plain, ('ins', text), ('del', text)."""
        para = self.d.add_paragraph()
        n = [100]
        for kind, text in parts:
            run = OxmlElement("w:r")
            t = OxmlElement("w:delText" if kind == "del" else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run.append(t)
            if kind:
                wrap = OxmlElement("w:" + kind)
                wrap.set(qn("w:id"), str(n[0]))
                wrap.set(qn("w:author"), author)
                wrap.set(qn("w:date"), date)
                n[0] += 1
                wrap.append(run)
                para._p.append(wrap)
            else:
                para._p.append(run)
        return para

    def save(self, name):
        path = out(name)
        self.d.save(path)
        fix_zip(path)
        return path

    def save_pdf(self, name):
        """Save as DOCX in the build folder and export it to PDF with LibreOffice."""
        os.makedirs(TMP, exist_ok=True)
        base = os.path.splitext(name)[0]
        src = os.path.join(TMP, base + ".docx")
        self.d.save(src)
        fix_zip(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(TMP, base + ".pdf"), "rb") as f:
            data = f.read()
        # Same-length substitutions keep the cross-reference offsets valid.
        data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20261201090000", data)
        data = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}>",
                      lambda m: re.sub(rb"[0-9A-F]{32}", b"0" * 32, m.group(0)), data)
        data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
        with open(out(name), "wb") as f:
            f.write(data)


def text(name, body):
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(body.lstrip("\n"))


def pdf(name, blocks, two_column=False, title="", author="", header=None):
    """blocks: list of ('h', text) | ('p', text) | ('pre', text with line breaks) | ('t', rows)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    ss = getSampleStyleSheet()
    W, H = A4
    m = 18 * mm
    if two_column:
        gap = 8 * mm
        cw = (W - 2 * m - gap) / 2
        frames = [Frame(m, m, cw, H - 2 * m - 10 * mm, id="l"),
                  Frame(m + cw + gap, m, cw, H - 2 * m - 10 * mm, id="r")]
    else:
        frames = [Frame(m, m, W - 2 * m, H - 2 * m - 10 * mm, id="f")]

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        if header:
            c.drawString(m, H - m, header)
        c.drawRightString(W - m, m / 2, "Page %d" % d.page)
        c.restoreState()

    doc = BaseDocTemplate(out(name), pagesize=A4, title=title, author=author,
                          invariant=1, pageTemplates=[PageTemplate(frames=frames, onPage=deco)])
    flow = []
    for kind, val in blocks:
        if kind == "h":
            flow.append(Paragraph(val, ss["Heading2"]))
        elif kind == "title":
            flow.append(Paragraph(val, ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(val, ss["BodyText"]))
        elif kind == "pre":
            flow.append(Paragraph(val.replace("\n", "<br/>"), ss["BodyText"]))
        elif kind == "t":
            t = Table([[Paragraph(c, ss["BodyText"]) for c in r] for r in val],
                      colWidths=None)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 6))
    doc.build(flow)


def auth_headers(msg, domain):
    msg["Authentication-Results"] = (
        "amazonses.com; spf=pass (spfCheck: domain of %s designates sender as permitted) "
        "smtp.mailfrom=%s; dkim=pass header.i=@%s; dmarc=pass header.from=%s;" % (domain, domain, domain, domain))
    msg["X-SES-Spam-Verdict"] = "PASS"
    msg["X-SES-Virus-Verdict"] = "PASS"


def eml(name, sender, to, subject, date, msgid, body, domain, attach=None):
    msg = EmailMessage(policy=SMTP)
    msg["Return-Path"] = "<%s>" % sender.split("<")[-1].rstrip(">")
    auth_headers(msg, domain)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    msg.set_content(body.lstrip("\n"))
    if attach:
        fname, data, mtype = attach
        maintype, subtype = mtype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    # Fixed MIME boundary so the bytes are the same each run.
    raw = msg.as_bytes()
    import re
    raw = re.sub(rb"===============\d+==", b"===============7710254918==", raw)
    with open(out(name), "wb") as f:
        f.write(raw)

"""Shared helpers for the hold-out corpus generators: working days, DOCX
building (core properties, tables, running headers and footers with page
fields, tracked changes) and PDF metadata."""
import datetime as dt
import io
import os
import re
import subprocess
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORK = os.environ.get("HOLDOUT_WORK", os.path.join(OUT, "gen", "_work"))

# England and Wales bank holidays (GOV.UK), 2023-2026.
BANK_HOLIDAYS = {dt.date.fromisoformat(d) for d in """
2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26
2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
""".split()}


def working_day(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def add_working_days(start, n):
    d = dt.date.fromisoformat(start) if isinstance(start, str) else start
    while n > 0:
        d += dt.timedelta(days=1)
        if working_day(d):
            n -= 1
    return d


def working_days_between(a, b):
    """Working days after a up to and including b."""
    a, b = (dt.date.fromisoformat(x) if isinstance(x, str) else x for x in (a, b))
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if working_day(d):
            n += 1
    return n


def out(name):
    return os.path.join(OUT, name)


def work(name):
    os.makedirs(WORK, exist_ok=True)
    return os.path.join(WORK, name)


# ---------------------------------------------------------------- DOCX

def new_doc(day, author, title="", company="", font="Arial", size=11):
    doc = Document()
    cp = doc.core_properties
    stamp = dt.datetime.fromisoformat(day + "T09:00:00")
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 3
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        s = doc.styles[name]
        s.font.name = font
        s.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def lines_in_cell(cell, lines, bold=False):
    """Fills a cell with one paragraph per line (the first reuses the
    cell's empty paragraph)."""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(line)
        r.bold = bold


def kv_table(doc, rows, widths=None, style="Table Grid", label_bold=True):
    """Label in the first column, value in the second. A value may be a
    list of lines (one paragraph each)."""
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles[style]
    for label, value in rows:
        cells = t.add_row().cells
        lines_in_cell(cells[0], [label] if isinstance(label, str) else label, bold=label_bold)
        lines_in_cell(cells[1], [value] if isinstance(value, str) else value)
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def grid_table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = doc.styles[style]
    for c, h in zip(t.rows[0].cells, header):
        lines_in_cell(c, [h], bold=True)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            lines_in_cell(c, [v] if isinstance(v, str) else v)
    return t


def _field(paragraph, instr):
    """A complex field (PAGE, NUMPAGES) with a cached result."""
    def fc(kind):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r.append(f)
        return r
    paragraph._p.append(fc("begin"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % instr
    r.append(t)
    paragraph._p.append(r)
    paragraph._p.append(fc("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    paragraph._p.append(r)
    paragraph._p.append(fc("end"))


def running_header_footer(doc, header_left, footer_left, page_words=("Page ", " of "), header_right=None):
    """A header line on every page and a footer ending 'Page N of M'."""
    for section in doc.sections:
        h = section.header.paragraphs[0]
        h.text = header_left + (("\t\t" + header_right) if header_right else "")
        for r in h.runs:
            r.font.size = Pt(8)
        f = section.footer.paragraphs[0]
        f.text = ""
        r = f.add_run(footer_left + "\t\t" + page_words[0])
        r.font.size = Pt(8)
        _field(f, "PAGE")
        if page_words[1]:
            r = f.add_run(page_words[1])
            r.font.size = Pt(8)
            _field(f, "NUMPAGES")


def simple_footer(doc, text):
    for section in doc.sections:
        f = section.footer.paragraphs[0]
        f.text = text
        for r in f.runs:
            r.font.size = Pt(8)


def header_text(doc, text, bold=True):
    for section in doc.sections:
        h = section.header.paragraphs[0]
        h.text = text
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in h.runs:
            r.bold = bold
            r.font.size = Pt(9)


_rev = [100]


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(paragraph, pieces, author, when):
    """pieces: list of (kind, text), kind in '', 'ins', 'del'. Inserted and
    deleted runs are written as raw w:ins / w:del revision marks."""
    for kind, text in pieces:
        if not kind:
            paragraph._p.append(_run(text))
            continue
        _rev[0] += 1
        w = OxmlElement("w:" + kind)
        w.set(qn("w:id"), str(_rev[0]))
        w.set(qn("w:author"), author)
        w.set(qn("w:date"), when)
        w.append(_run(text, deleted=(kind == "del")))
        paragraph._p.append(w)


def save_docx(doc, path, day, company=""):
    """Saves with every zip entry stamped with the document's date and an
    app.xml that reads like Word's, so output is byte-for-byte repeatable."""
    buf = io.BytesIO()
    doc.save(buf)
    stamp = tuple(int(x) for x in day.split("-")) + (9, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                s = data.decode()
                s = s.replace("Microsoft Macintosh Word", "Microsoft Office Word")
                s = s.replace("<AppVersion>14.0000</AppVersion>", "<AppVersion>16.0000</AppVersion>")
                s = s.replace("<Company/>", "<Company>%s</Company>" % company if company else "<Company/>")
                data = s.encode()
            zi = zipfile.ZipInfo(info.filename, stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ---------------------------------------------------------------- PDF

def finish_pdf(path, day, producer, creator="", title="", author=""):
    """Sets the Info dictionary (creation and modification date = the
    document's own date) and makes the file identifier deterministic."""
    from pypdf import PdfReader, PdfWriter
    stamp = "D:" + day.replace("-", "") + "090000Z"
    r = PdfReader(path)
    w = PdfWriter()
    for p in r.pages:
        w.add_page(p)
    meta = {"/Producer": producer, "/CreationDate": stamp, "/ModDate": stamp}
    if creator:
        meta["/Creator"] = creator
    if title:
        meta["/Title"] = title
    if author:
        meta["/Author"] = author
    w._info.get_object().clear()
    w.add_metadata(meta)
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        w.write(f)
    subprocess.run(["qpdf", "--deterministic-id", "--object-streams=disable", tmp, path], check=True)
    os.remove(tmp)

"""Helpers that write DOCX, PDF, HTML and email files deterministically."""
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BUILD = os.path.join(HERE, "_build")


def out(name):
    return os.path.join(OUT, name)


def new_docx(author, when, title=""):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    stamp = dt.datetime.combine(when, dt.time(9, 30))
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


def para(d, text, bold=False, italic=False, size=None, center=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = cell
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    d.add_paragraph()
    return t


def header_footer(d, head, foot, page_numbers=True):
    s = d.sections[0]
    s.header.paragraphs[0].text = head
    fp = s.footer.paragraphs[0]
    fp.text = foot
    if page_numbers:
        fp.add_run("   Page ")
        run = fp.add_run()
        _field(run, "PAGE")


def _field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(i)
    run._r.append(e)


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_docx(d, name, when, patch=None):
    buf = io.BytesIO()
    d.save(buf)
    rezip(buf.getvalue(), out(name), when, patch)
    return out(name)


def rezip(data, path, when, patch=None):
    src = zipfile.ZipFile(io.BytesIO(data))
    stamp = (when.year, when.month, when.day, 9, 30, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if patch and info.filename == "word/document.xml":
                body = patch(body.decode("utf-8")).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)


def pdf_dates(path, when):
    """Sets every PDF date to `when` (same length, so offsets stay valid) and fixes the ID."""
    with open(path, "rb") as f:
        b = f.read()
    stamp = when.strftime("%Y%m%d").encode() + b"093000"
    b = re.sub(rb"D:\d{14}", b"D:" + stamp, b)
    b = re.sub(rb"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}", when.isoformat().encode() + b"T09:30:00", b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: b"/ID [<" + b"0" * len(m.group(1)) + b"><" + b"0" * len(m.group(2)) + b">]", b)
    b = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), b)
    with open(path, "wb") as f:
        f.write(b)


def word_export(docx_path, pdf_name, when):
    os.makedirs(BUILD, exist_ok=True)
    prof = os.path.join(BUILD, "profile")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", BUILD, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    made = os.path.join(BUILD, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(made, out(pdf_name))
    pdf_dates(out(pdf_name), when)


def write(name, text):
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

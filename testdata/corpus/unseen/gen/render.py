"""Writers that turn a list of content blocks into DOCX, PDF, HTML, Markdown
and plain text, deterministically.

A block is a tuple:
  ("title", text)            document title
  ("sub", text)              subtitle / cover line
  ("h1", text), ("h2", text) headings
  ("p", text)                paragraph
  ("lp", label, text)        paragraph starting with a bold label
  ("ul", [items])            bulleted list
  ("ol", [items])            numbered list
  ("table", rows, header)    table; header True makes the first row a header
  ("lines", [lines])         lines kept exactly as given (line breaks kept)
  ("pb",)                    page break
"""

import datetime as dt
import html
import io
import os
import subprocess
import zipfile

FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- zip files

def normalise_zip(path, when=FIXED_ZIP_TIME):
    """Rewrite a zip (DOCX, ODT, XLSX) with fixed member times and order."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    names = [n for n, _ in members]
    first = [m for m in members if m[0] in ("mimetype", "[Content_Types].xml")]
    rest = [m for m in members if m[0] not in ("mimetype", "[Content_Types].xml")]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for name, data in first + rest:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    assert sorted(names) == sorted(n for n, _ in first + rest)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------- DOCX

def docx_document():
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return doc


def _add_field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t")
    v.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def docx_header_footer(doc, header=None, footer=None, page_numbers=False):
    sec = doc.sections[0]
    if header:
        p = sec.header.paragraphs[0]
        p.text = header
    if footer or page_numbers:
        p = sec.footer.paragraphs[0]
        if footer:
            p.add_run(footer)
        if page_numbers:
            p.add_run(("   " if footer else "") + "Page ")
            _add_field(p.add_run(), "PAGE")


def docx_blocks(doc, blocks, headings="styles"):
    """headings: "styles" uses Word heading styles; "bold" uses bold Normal paragraphs."""
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    for b in blocks:
        k = b[0]
        if k == "title":
            if headings == "styles":
                doc.add_heading(b[1], level=0)
            else:
                r = doc.add_paragraph().add_run(b[1])
                r.bold = True
                r.font.size = Pt(18)
        elif k == "sub":
            r = doc.add_paragraph().add_run(b[1])
            r.font.size = Pt(13)
        elif k in ("h1", "h2"):
            lvl = 1 if k == "h1" else 2
            if headings == "styles":
                doc.add_heading(b[1], level=lvl)
            else:
                r = doc.add_paragraph().add_run(b[1])
                r.bold = True
                r.font.size = Pt(14 if lvl == 1 else 12)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "lp":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
            p.add_run(" " + b[2])
        elif k in ("ul", "ol"):
            style = "List Bullet" if k == "ul" else "List Number"
            for item in b[1]:
                doc.add_paragraph(item, style=style)
        elif k == "table":
            rows = b[1]
            header = b[2] if len(b) > 2 else False
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    lines = cell.split("\n")
                    c.paragraphs[0].text = ""
                    run = c.paragraphs[0].add_run(lines[0])
                    if header and i == 0:
                        run.bold = True
                    for extra in lines[1:]:
                        c.add_paragraph(extra)
            doc.add_paragraph("")
        elif k == "lines":
            p = doc.add_paragraph()
            for i, line in enumerate(b[1]):
                r = p.add_run(line)
                if i < len(b[1]) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif k == "pb":
            doc.add_page_break()
        else:
            raise ValueError(k)


def docx_props(doc, when, author="", title=""):
    cp = doc.core_properties
    t = dt.datetime.fromisoformat(when + "T09:00:00")
    cp.created = t
    cp.modified = t
    cp.last_printed = t
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""


def docx_save(doc, path):
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- PDF tools

def soffice_to_pdf(docx_paths, outdir):
    """Convert DOCX files to PDF with LibreOffice, in one run."""
    if not docx_paths:
        return
    profile = os.path.join(outdir, ".lo-profile")
    cmd = ["soffice", "-env:UserInstallation=file://" + os.path.abspath(profile),
           "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir] + list(docx_paths)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["rm", "-rf", profile], check=True)


def pdf_finish(path, title, author, when, creator="Microsoft Word", producer=None):
    """Fix a PDF's metadata and identifiers so regeneration is byte-stable."""
    import pypdf
    r = pypdf.PdfReader(path)
    w = pypdf.PdfWriter()
    for page in r.pages:
        w.add_page(page)
    stamp = "D:" + when.replace("-", "") + "090000Z"
    w.add_metadata({"/Title": title, "/Author": author, "/Creator": creator,
                    "/Producer": producer or creator, "/CreationDate": stamp, "/ModDate": stamp})
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        w.write(f)
    subprocess.run(["qpdf", "--deterministic-id",
                    tmp, path], check=True)
    os.remove(tmp)


# --------------------------------------------------------------- reportlab

def reportlab_pdf(path, blocks, title, author, when, header=None, footer=None,
                  columns=1, page_numbers=True, pages_total=False):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle, PageBreak, ListFlowable,
                                    ListItem)
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
    h1 = ParagraphStyle("h1", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=13, spaceBefore=8)
    h2 = ParagraphStyle("h2", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
    tit = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=18)
    sub = ParagraphStyle("s", parent=body, fontSize=12, leading=15, alignment=1)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5)

    def esc(s):
        return html.escape(s)

    story = []
    for b in blocks:
        k = b[0]
        if k == "title":
            story.append(Paragraph(esc(b[1]), tit))
        elif k == "sub":
            story.append(Paragraph(esc(b[1]), sub))
        elif k == "h1":
            story.append(Paragraph(esc(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(esc(b[1]), h2))
        elif k == "p":
            story.append(Paragraph(esc(b[1]), body))
        elif k == "lp":
            story.append(Paragraph("<b>%s</b> %s" % (esc(b[1]), esc(b[2])), body))
        elif k in ("ul", "ol"):
            items = [ListItem(Paragraph(esc(i), body)) for i in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if k == "ul" else "1", start=None if k == "ol" else "\u2022"))
        elif k == "table":
            rows = [[Paragraph(esc(c).replace("\n", "<br/>"), cell) for c in r] for r in b[1]]
            t = Table(rows, repeatRows=1 if (len(b) > 2 and b[2]) else 0)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "lines":
            story.append(Paragraph("<br/>".join(esc(x) for x in b[1]), body))
        elif k == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(k)

    W, H = A4
    margin = 18 * mm

    class Doc(BaseDocTemplate):
        pass

    doc = Doc(path, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin + 6 * mm,
              bottomMargin=margin + 4 * mm, title=title, author=author, creator=author,
              invariant=1)
    if columns == 1:
        frames = [Frame(margin, margin + 4 * mm, W - 2 * margin, H - 2 * margin - 10 * mm, id="f1")]
    else:
        gap = 7 * mm
        cw = (W - 2 * margin - gap) / 2
        frames = [Frame(margin, margin + 4 * mm, cw, H - 2 * margin - 10 * mm, id="c1"),
                  Frame(margin + cw + gap, margin + 4 * mm, cw, H - 2 * margin - 10 * mm, id="c2")]

    total = {"n": None}

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawString(margin, H - margin + 2 * mm, header)
        line = footer or ""
        if page_numbers:
            n = canvas.getPageNumber()
            pn = ("Page %d of %d" % (n, total["n"])) if (pages_total and total["n"]) else ("%d" % n)
            canvas.drawRightString(W - margin, margin - 2 * mm, pn)
        if line:
            canvas.drawString(margin, margin - 2 * mm, line)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    if pages_total:
        # First pass to count pages, second to print "Page n of m".
        import copy
        probe = Doc(io.BytesIO(), pagesize=A4, leftMargin=margin, rightMargin=margin,
                    topMargin=margin + 6 * mm, bottomMargin=margin + 4 * mm, invariant=1)
        probe.addPageTemplates([PageTemplate(id="p", frames=[copy.copy(f) for f in frames], onPage=deco)])
        probe.build(copy.deepcopy(story))
        total["n"] = probe.page
    doc.build(story)


# --------------------------------------------------------------------- HTML

def html_blocks(blocks):
    out = []

    def e(s):
        return html.escape(s, quote=False)

    for b in blocks:
        k = b[0]
        if k == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "sub":
            out.append('<p class="lead">%s</p>' % e(b[1]))
        elif k == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "lp":
            out.append("<p><strong>%s</strong> %s</p>" % (e(b[1]), e(b[2])))
        elif k in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (k, "".join("<li>%s</li>" % e(i) for i in b[1]), k))
        elif k == "table":
            rows = b[1]
            hdr = len(b) > 2 and b[2]
            s = ['<table class="table">']
            for i, r in enumerate(rows):
                tag = "th" if hdr and i == 0 else "td"
                s.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, e(c).replace("\n", "<br>"), tag) for c in r))
            s.append("</table>")
            out.append("\n".join(s))
        elif k == "lines":
            out.append("<p>%s</p>" % "<br>".join(e(x) for x in b[1]))
        elif k == "pb":
            out.append("<hr>")
    return "\n".join(out)


# ----------------------------------------------------------------- Markdown

def md_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append("# " + b[1])
        elif k == "sub":
            out.append("*" + b[1] + "*")
        elif k == "h1":
            out.append("## " + b[1])
        elif k == "h2":
            out.append("### " + b[1])
        elif k == "p":
            out.append(b[1])
        elif k == "lp":
            out.append("**%s** %s" % (b[1], b[2]))
        elif k == "ul":
            out.append("\n".join("- " + i for i in b[1]))
        elif k == "ol":
            out.append("\n".join("%d. %s" % (n + 1, i) for n, i in enumerate(b[1])))
        elif k == "table":
            rows = b[1]
            w = max(len(r) for r in rows)
            lines = ["| " + " | ".join(c.replace("\n", " ") for c in rows[0]) + " |",
                     "|" + "---|" * w]
            for r in rows[1:]:
                lines.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            out.append("\n".join(lines))
        elif k == "lines":
            out.append("  \n".join(b[1]))
        elif k == "pb":
            out.append("---")
    return "\n\n".join(out) + "\n"


# --------------------------------------------------------------- plain text

def txt_blocks(blocks, width=78):
    import textwrap
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(b[1].upper())
        elif k == "sub":
            out.append(b[1])
        elif k == "h1":
            out.append(b[1] + "\n" + "=" * len(b[1]))
        elif k == "h2":
            out.append(b[1] + "\n" + "-" * len(b[1]))
        elif k == "p":
            out.append(textwrap.fill(b[1], width))
        elif k == "lp":
            out.append(textwrap.fill(b[1] + " " + b[2], width))
        elif k == "ul":
            out.append("\n".join(textwrap.fill(i, width, initial_indent="  * ", subsequent_indent="    ") for i in b[1]))
        elif k == "ol":
            out.append("\n".join(textwrap.fill(i, width, initial_indent="  %d. " % (n + 1), subsequent_indent="     ") for n, i in enumerate(b[1])))
        elif k == "table":
            for r in b[1]:
                out.append("  ".join(c.replace("\n", " ") for c in r))
        elif k == "lines":
            out.append("\n".join(b[1]))
        elif k == "pb":
            out.append("\f")
    return "\n\n".join(out) + "\n"

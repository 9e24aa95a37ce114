#!/usr/bin/env python3
"""Typeset a Markdown source as the PDFs partnerships publish, with
reportlab (python3-reportlab):

  pdfreport.py report SOURCE.md OUT.pdf     a long report: cover page, a
                                            contents page with page numbers,
                                            running header and "Page N of M"
  pdfreport.py briefing SOURCE.md OUT.pdf   a learning briefing: numbered
                                            boxes two to a row

The source is Markdown with a front matter of `key: value` lines between
`---` lines. Keys: title, subtitle, date (YYYY-MM-DD: the PDF's creation
and modification date), author, header (running header, left), header_right,
footer (running footer, left) and cover (repeatable: one line of the cover
page each). The body uses only: # and ## headings (both listed in the
contents), ### headings, paragraphs, "* " bullets, "1. " numbered items,
"> " quotations, pipe tables and a line "\\newpage". Inline: **bold** and
*italic*.

Output is byte-for-byte reproducible (reportlab's invariant mode); the
creation and modification dates are then set to the front matter's date
by fixtures.py's pdfdate.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixtures import pdfdate  # noqa: E402

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

INK = colors.HexColor("#1f2a44")
ACCENT = colors.HexColor("#00707a")
PALE = colors.HexColor("#e6f2f3")

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=16, spaceAfter=8)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=9, leading=12, spaceAfter=0)
SMALLB = ParagraphStyle("smallb", parent=SMALL, fontName="Helvetica-Bold", textColor=colors.white)
QUOTE = ParagraphStyle("quote", parent=BODY, fontName="Helvetica-Oblique", leftIndent=18, rightIndent=18,
                       textColor=INK)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=16, bulletIndent=4, spaceAfter=4)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=22, textColor=ACCENT,
                    spaceBefore=6, spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=17, textColor=INK,
                    spaceBefore=10, spaceAfter=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=11, leading=15, textColor=INK,
                    spaceBefore=6, spaceAfter=4)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, textColor=INK,
                       spaceAfter=14)
SUBTITLE = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=15, leading=20, textColor=ACCENT,
                          spaceAfter=30)
COVER = ParagraphStyle("cover", parent=BODY, fontSize=11.5, leading=17, spaceAfter=4)
TOC1 = ParagraphStyle("toc1", fontName="Helvetica-Bold", fontSize=10.5, leading=15, leftIndent=0)
TOC2 = ParagraphStyle("toc2", fontName="Helvetica", fontSize=10, leading=13.5, leftIndent=16)


def parse(path):
    text = open(path, encoding="utf-8").read()
    meta = {"cover": []}
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    if m:
        for line in m.group(1).splitlines():
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key == "cover":
                meta["cover"].append(value)
            elif key:
                meta[key] = value
        text = text[m.end():]
    return meta, text


def inline(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", s)
    return s


def blocks(text):
    """Yields (kind, payload): heading levels, para, bullet, number, quote,
    table (rows of cells), newpage."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.strip() == "\\newpage":
            yield "newpage", None
            i += 1
            continue
        m = re.match(r"(#{1,3}) (.*)", line)
        if m:
            yield "h%d" % len(m.group(1)), m.group(2).strip()
            i += 1
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            yield "table", rows
            continue
        kind = None
        m = re.match(r"(\* |\d+\. |> )", line)
        if m:
            kind = {"* ": "bullet", "> ": "quote"}.get(m.group(1), "number")
            label = m.group(1).strip()
            body = [line[m.end():]]
            i += 1
            while i < len(lines) and lines[i].strip() and not re.match(r"(\* |\d+\. |#|\||> )", lines[i]):
                body.append(lines[i].strip().lstrip("> ").strip() if kind == "quote" else lines[i].strip())
                i += 1
            yield kind, (label, " ".join(body))
            continue
        body = []
        while i < len(lines) and lines[i].strip() and not re.match(r"(\* |\d+\. |#|\||> |\\newpage)", lines[i]):
            body.append(lines[i].strip())
            i += 1
        yield "para", " ".join(body)


def table(rows, width):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    weight = [min(max(len(r[c]) for r in rows), 70) + 6 for c in range(n)]
    widths = [width * w / sum(weight) for w in weight]
    data = [[Paragraph(inline(c), SMALLB if r == 0 else SMALL) for c in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb7bb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def flow(text, width, toc=True):
    out = []
    for kind, payload in blocks(text):
        if kind == "newpage":
            out.append(PageBreak())
        elif kind in ("h1", "h2", "h3"):
            style = {"h1": H1, "h2": H2, "h3": H3}[kind]
            p = Paragraph(inline(payload), style)
            if toc and kind != "h3":
                p.toc_level = 0 if kind == "h1" else 1
                p.toc_text = payload
            out.append(p)
        elif kind == "para":
            out.append(Paragraph(inline(payload), BODY))
        elif kind == "quote":
            out.append(Paragraph(inline(payload[1]), QUOTE))
        elif kind == "bullet":
            out.append(Paragraph(inline(payload[1]), BULLET, bulletText="\u2022"))
        elif kind == "number":
            out.append(Paragraph(inline(payload[1]), BULLET, bulletText=payload[0]))
        elif kind == "table":
            out.append(table(payload, width))
            out.append(Spacer(1, 8))
    return out


class Numbered(pdfcanvas.Canvas):
    """Draws "Page N of M" once the page count is known, from page
    `first` on (a report's cover page is not numbered)."""
    first = 2

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber >= self.first:
                self.setFont("Helvetica", 8.5)
                self.setFillColor(INK)
                self.drawRightString(A4[0] - 20 * mm, 12 * mm, "Page %d of %d" % (self._pageNumber, total))
            super().showPage()
        super().save()


class NumberedAll(Numbered):
    first = 1


class Report(BaseDocTemplate):
    def afterFlowable(self, f):
        if hasattr(f, "toc_level"):
            key = "h%d" % id(f)
            self.canv.bookmarkPage(key)
            self.notify("TOCEntry", (f.toc_level, inline(f.toc_text), self.page, key))


def running(meta):
    def draw(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.setFillColor(INK)
        c.drawString(20 * mm, A4[1] - 12 * mm, meta.get("header", ""))
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, meta.get("header_right", ""))
        c.setStrokeColor(ACCENT)
        c.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        c.drawString(20 * mm, 12 * mm, meta.get("footer", ""))
        c.restoreState()
    return draw


def cover_page(meta, width):
    out = [Spacer(1, 40 * mm)]
    out.append(Paragraph(inline(meta.get("title", "")), TITLE))
    if meta.get("subtitle"):
        out.append(Paragraph(inline(meta["subtitle"]), SUBTITLE))
    for line in meta["cover"]:
        out.append(Paragraph(inline(line), COVER))
    return out


def info(doc, meta):
    doc.title = meta.get("title", "")
    doc.author = meta.get("author", "")
    doc.subject = meta.get("subtitle", "")
    doc.creator = meta.get("author", "")


def report(src, out):
    meta, text = parse(src)
    doc = Report(out, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=24 * mm,
                 bottomMargin=24 * mm)
    info(doc, meta)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate("cover", [frame]),
                          PageTemplate("body", [frame], onPage=running(meta))])
    toc = TableOfContents(levelStyles=[TOC1, TOC2], dotsMinLevel=0)
    story = cover_page(meta, doc.width)
    story += [NextPageTemplate("body"), PageBreak(), Paragraph("Contents", H1), toc, PageBreak()]
    story += flow(text, doc.width)
    doc.multiBuild(story, canvasmaker=Numbered)


def briefing(src, out):
    """The sections become boxes, two to a row; the first paragraph before
    any heading is the introduction under the title."""
    meta, text = parse(src)
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm)
    info(doc, meta)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=running(meta))])
    parts = re.split(r"^## ", text, flags=re.M)
    banner = Table([[Paragraph(inline(meta.get("title", "")),
                               ParagraphStyle("bt", parent=TITLE, fontSize=20, leading=24, textColor=colors.white,
                                              spaceAfter=2))],
                    [Paragraph(inline(meta.get("subtitle", "")),
                               ParagraphStyle("bs", parent=SUBTITLE, textColor=colors.white, fontSize=12,
                                              spaceAfter=0))]],
                   colWidths=[doc.width])
    banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                                ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (0, 0), 10),
                                ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
    story = [banner, Spacer(1, 6)]
    story += flow(parts[0], doc.width, toc=False)
    boxes = []
    half = (doc.width - 6 * mm) / 2
    for part in parts[1:]:
        head, _, body = part.partition("\n")
        m = re.match(r"(\d+)\.?\s+(.*)", head.strip())
        num, name = (m.group(1), m.group(2)) if m else ("", head.strip())
        cell = [Paragraph('<font size="22" color="#00707a"><b>%s</b></font>&nbsp;&nbsp;<b>%s</b>'
                          % (num, inline(name)), ParagraphStyle("bh", parent=H2, spaceBefore=0, leading=24))]
        cell += flow(body, half - 12, toc=False)
        boxes.append(cell)
    if len(boxes) % 2:
        boxes.append([Paragraph("", BODY)])
    rows = [boxes[i:i + 2] for i in range(0, len(boxes), 2)]
    for row in rows:
        t = Table([row], colWidths=[half + 3 * mm, half + 3 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (0, 0), 0.8, ACCENT),
                               ("BOX", (1, 0), (1, 0), 0.8, ACCENT) if row[1][0].text else ("BOX", (1, 0), (1, 0), 0, colors.white),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.white),
                               ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7)]))
        story += [KeepTogether(t), Spacer(1, 5 * mm)]
    doc.build(story, canvasmaker=NumberedAll)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("report", "briefing"):
        sys.exit(__doc__)
    {"report": report, "briefing": briefing}[sys.argv[1]](sys.argv[2], sys.argv[3])
    pdfdate(sys.argv[3], parse(sys.argv[2])[0]["date"])

#!/usr/bin/env python3
"""Give a pandoc DOCX what a document saved from Word has and pandoc does
not make: running headers and footers (with PAGE and NUMPAGES fields) and
the core properties an author sets, all dated the document's own date.

Usage:
  docxdress.py IN.docx OUT.docx YYYY-MM-DD [--header TEXT] [--header-right TEXT]
               [--footer TEXT] [--author TEXT] [--title TEXT]

Needs python3-docx. The output is reproducible: the zip entries are
rewritten in a fixed order with the document date as their time.
"""
import argparse
import datetime
import io
import zipfile

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def field(paragraph, instr):
    """Appends a complex field (w:fldChar begin/instrText/separate/end)
    showing `1` until a reader updates it, as Word saves them."""
    def run_with(el):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "16")
        rpr.append(size)
        r.append(rpr)
        r.append(el)
        paragraph._p.append(r)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = " %s " % instr
    run_with(text)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    t = OxmlElement("w:t")
    t.text = "1"
    run_with(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def small(run):
    run.font.size = Pt(8)


def dress(src, out, day, header="", header_right="", footer="", author="", title=""):
    d = docx.Document(src)
    width = None
    for section in d.sections:
        width = section.page_width - section.left_margin - section.right_margin
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        hp = section.header.paragraphs[0]
        hp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        small(hp.add_run(header))
        if header_right:
            small(hp.add_run("\t" + header_right))
        fp = section.footer.paragraphs[0]
        fp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        small(fp.add_run(footer + "\tPage "))
        field(fp, "PAGE")
        small(fp.add_run(" of "))
        field(fp, "NUMPAGES")
    when = datetime.datetime.fromisoformat(day + "T09:00:00")
    cp = d.core_properties
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    if title:
        cp.title = title
    buf = io.BytesIO()
    d.save(buf)
    stamp = tuple(int(x) for x in day.split("-")) + (9, 0, 0)
    src_zip = zipfile.ZipFile(buf)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = src_zip.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for name in first + sorted(n for n in names if n not in first):
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src_zip.read(name))


if __name__ == "__main__":
    a = argparse.ArgumentParser()
    a.add_argument("src")
    a.add_argument("out")
    a.add_argument("day")
    a.add_argument("--header", default="")
    a.add_argument("--header-right", default="")
    a.add_argument("--footer", default="")
    a.add_argument("--author", default="")
    a.add_argument("--title", default="")
    o = a.parse_args()
    dress(o.src, o.out, o.day, o.header, o.header_right, o.footer, o.author, o.title)

"""Build every document of the unseen corpus and its README table.

Usage: python3 build.py OUTDIR
"""

import base64
import hashlib
import io
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import render  # noqa: E402
import docs_rr  # noqa: E402
import docs_yr  # noqa: E402
import docs_arr  # noqa: E402
import docs_pr  # noqa: E402
import docs_other  # noqa: E402

ALL = docs_rr.DOCS + docs_yr.DOCS + docs_arr.DOCS + docs_pr.DOCS + docs_other.DOCS


def make_docx(spec, path):
    doc = render.docx_document()
    render.docx_header_footer(doc, spec.get("header"), spec.get("footer"), spec.get("page_numbers", False))
    render.docx_blocks(doc, spec["blocks"], spec.get("headings", "styles"))
    render.docx_props(doc, spec["date"], spec.get("author", ""), spec.get("title", ""))
    render.docx_save(doc, path)


def make_tracked_docx(spec, path):
    """A DOCX with tracked insertions and deletions ("tp" blocks)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = render.docx_document()
    render.docx_header_footer(doc, spec.get("header"), spec.get("footer"), spec.get("page_numbers", False))
    rev = [0]

    def run(text, deleted=False):
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    plain = []
    for b in spec["blocks"]:
        if b[0] != "tp":
            plain.append(b)
            continue
        render.docx_blocks(doc, plain, spec.get("headings", "styles"))
        plain = []
        p = doc.add_paragraph()
        for seg in b[1]:
            if isinstance(seg, str):
                p._p.append(run(seg))
                continue
            kind, text = seg
            if kind == "":
                p._p.append(run(text))
                continue
            rev[0] += 1
            w = OxmlElement("w:ins" if kind == "ins" else "w:del")
            w.set(qn("w:id"), str(rev[0]))
            w.set(qn("w:author"), "Partnership Business Manager")
            w.set(qn("w:date"), spec["date"] + "T10:%02d:00Z" % rev[0])
            w.append(run(text, deleted=(kind == "del")))
            p._p.append(w)
    render.docx_blocks(doc, plain, spec.get("headings", "styles"))
    render.docx_props(doc, spec["date"], spec.get("author", ""), spec.get("title", ""))
    render.docx_save(doc, path)


def ses_headers(frm_addr, date, to_addr):
    dom = frm_addr.split("@", 1)[1]
    return [
        ("Return-Path", "<%s>" % frm_addr),
        ("Received", "from mail.%s (mail.%s [192.0.2.25]) by inbound-smtp.eu-west-2.amazonaws.com "
                     "with SMTP id 0a1b2c3d4e5f; %s" % (dom, dom, date)),
        ("Received-SPF", "pass (spfCheck: domain of %s designates 192.0.2.25 as permitted sender) "
                         "client-ip=192.0.2.25; envelope-from=%s; helo=mail.%s;" % (dom, frm_addr, dom)),
        ("X-SES-Spam-Verdict", "PASS"),
        ("X-SES-Virus-Verdict", "PASS"),
        ("Authentication-Results", "amazonses.com; spf=pass (spfCheck: domain of %s designates 192.0.2.25 as "
                                   "permitted sender) client-ip=192.0.2.25; envelope-from=%s; helo=mail.%s; "
                                   "dkim=pass header.i=@%s; dmarc=pass header.from=%s;" % (dom, frm_addr, dom, dom, dom)),
    ]


def make_eml(spec, path, outdir):
    e = spec["eml"]
    frm_name, frm_addr = e["frm"]
    to_name, to_addr = e["to"]
    hdrs = ses_headers(frm_addr, e["date"], to_addr)
    hdrs += [("From", '"%s" <%s>' % (frm_name, frm_addr)), ("To", '"%s" <%s>' % (to_name, to_addr)),
             ("Subject", e["subject"]), ("Date", e["date"]), ("Message-ID", e["msgid"]),
             ("MIME-Version", "1.0")]
    body = e["body"].replace("\n", "\r\n")
    atts = e.get("attachments", [])
    out = io.StringIO()
    for k, v in hdrs:
        out.write("%s: %s\r\n" % (k, v))
    if not atts:
        out.write('Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n')
        out.write(body)
    else:
        boundary = "----=_Part_" + hashlib.sha1(e["msgid"].encode()).hexdigest()[:20]
        out.write('Content-Type: multipart/mixed; boundary="%s"\r\n\r\n' % boundary)
        out.write("This is a multi-part message in MIME format.\r\n\r\n")
        out.write("--%s\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" % boundary)
        out.write(body + "\r\n")
        for a in atts:
            tmp = os.path.join(outdir, ".att-" + os.path.basename(path) + ".docx")
            make_docx(a, tmp)
            with open(tmp, "rb") as f:
                data = f.read()
            os.remove(tmp)
            b64 = base64.encodebytes(data).decode().replace("\n", "\r\n")
            out.write("--%s\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
                      " name=\"%s\"\r\nContent-Disposition: attachment; filename=\"%s\"\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\n" % (boundary, a["name"], a["name"]))
            out.write(b64)
        out.write("--%s--\r\n" % boundary)
    with open(path, "wb") as f:
        f.write(out.getvalue().encode("utf-8"))


def make_xlsx(spec, path):
    rows = spec["rows"]

    def col(i):
        return chr(ord("A") + i)

    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            v = str(v).replace("&", "&amp;").replace("<", "&lt;")
            cells.append('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, v))
        sheet.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet.append("</sheetData></worksheet>")
    files = {
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
        '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % spec.get("sheet", "Sheet1"),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": "".join(sheet),
    }
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=render.FIXED_ZIP_TIME), data)
    render.normalise_zip(path)


def main(outdir):
    to_pdf = []
    to_odt = []
    for spec in ALL:
        path = os.path.join(outdir, spec["file"])
        fmt = spec["fmt"]
        if fmt == "docx":
            make_docx(spec, path)
        elif fmt == "tracked":
            make_tracked_docx(spec, path)
        elif fmt == "lopdf":
            src = os.path.join(outdir, os.path.splitext(spec["file"])[0] + ".docx")
            make_docx(spec, src)
            to_pdf.append((spec, src))
        elif fmt == "odt":
            src = os.path.join(outdir, os.path.splitext(spec["file"])[0] + ".docx")
            make_docx(spec, src)
            to_odt.append((spec, src))
        elif fmt == "rlpdf":
            render.reportlab_pdf(path, spec["blocks"], spec.get("title", ""), spec.get("author", ""), spec["date"],
                                 header=spec.get("header"), footer=spec.get("footer"),
                                 columns=spec.get("columns", 1), pages_total=spec.get("pages_total", False))
            render.pdf_finish(path, spec.get("title", ""), spec.get("author", ""), spec["date"],
                              creator="ReportLab PDF Library - www.reportlab.com")
        elif fmt == "md":
            text = render.md_blocks(spec["blocks"])
            if spec.get("front"):
                text = "---\n" + spec["front"] + "---\n\n" + text
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        elif fmt == "txt":
            with open(path, "w", encoding="utf-8") as f:
                f.write(render.txt_blocks(spec["blocks"]))
        elif fmt == "raw":
            data = spec["raw"]
            with open(path, "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        elif fmt == "html":
            with open(path, "w", encoding="utf-8") as f:
                f.write(spec["shell"](render.html_blocks(spec["blocks"])))
        elif fmt == "eml":
            make_eml(spec, path, outdir)
        elif fmt == "xlsx":
            make_xlsx(spec, path)
        else:
            raise ValueError(fmt)
    if to_pdf:
        render.soffice_to_pdf([src for _, src in to_pdf], outdir)
        for spec, src in to_pdf:
            os.remove(src)
            render.pdf_finish(os.path.join(outdir, spec["file"]), spec.get("title", ""), spec.get("author", ""),
                              spec["date"], creator="Microsoft® Word for Microsoft 365",
                              producer="Microsoft® Word for Microsoft 365")
    if to_odt:
        import subprocess
        profile = os.path.join(outdir, ".lo-profile")
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.abspath(profile), "--headless",
                        "--convert-to", "odt", "--outdir", outdir] + [s for _, s in to_odt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["rm", "-rf", profile], check=True)
        for spec, src in to_odt:
            os.remove(src)
            odt = os.path.join(outdir, spec["file"])
            strip_odt_dates(odt, spec["date"])
            render.normalise_zip(odt)
    write_readme(outdir)


def strip_odt_dates(path, when):
    """LibreOffice writes the conversion time into meta.xml; pin it."""
    import re
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in members:
        if name == "meta.xml":
            s = data.decode("utf-8")
            s = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>",
                       "<meta:creation-date>%sT09:00:00</meta:creation-date>" % when, s)
            s = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>%sT09:00:00</dc:date>" % when, s)
            s = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "", s)
            s = re.sub(r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>LibreOffice</meta:generator>", s)
            data = s.encode("utf-8")
        if name.endswith(".xml"):
            s = data.decode("utf-8")
            s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>100000", s)
            s = re.sub(r'(officeooo:(?:para)?rsid=")[0-9a-f]+"', r'\g<1>00186a0"', s)
            data = s.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w") as z:
        for name, data in out:
            z.writestr(zipfile.ZipInfo(name, date_time=render.FIXED_ZIP_TIME), data)


def table_rows():
    rows = []
    for spec in sorted(ALL, key=lambda s: s["file"]):
        x = spec["expect"]
        findings = ", ".join(sorted(x["findings"])) or "—"
        fields = "; ".join("%s=%s" % kv for kv in x["fields"]) or "—"
        rows.append("| `%s` | %s | %s | %s | %s | %s | %s | %s |" % (
            spec["file"], x["received"], x["kind"], x["partnership"], x["status"], findings, fields, x["why"]))
    return rows


def write_readme(outdir):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "README.head.md"), encoding="utf-8") as f:
        head = f.read()
    table = ["| File | Received | Kind | Partnership | Status | Findings | Fields | Why |",
             "|---|---|---|---|---|---|---|---|"] + table_rows()
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(head.rstrip("\n") + "\n\n" + "\n".join(table) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])

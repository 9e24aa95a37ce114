#!/usr/bin/env python3
"""Byte-level fixtures that no office tool makes on purpose: PDF dates set
to the document's own date, a tiny PNG, a zip, a PDF with an opening
JavaScript action, a PDF holding only a scanned image, and a truncated PDF.

Usage:
  fixtures.py pdfdate FILE YYYY-MM-DD
  fixtures.py png OUT
  fixtures.py zip OUT FILE...
  fixtures.py jspdf TEXT OUT YYYY-MM-DD
  fixtures.py imagepdf PGM OUT YYYY-MM-DD
  fixtures.py truncate IN OUT BYTES
"""
import hashlib
import re
import struct
import sys
import zipfile
import zlib


def pdfdate(path, day):
    """Rewrite every D:YYYYMMDDHHMMSS stamp in place, keeping lengths (and
    so the xref offsets) unchanged. Office tools stamp the conversion time,
    which would make a sample look newer than the day it was received."""
    stamp = day.replace("-", "").encode() + b"090000"
    data = open(path, "rb").read()
    data, n = re.subn(rb"\(D:\d{14}", b"(D:" + stamp, data)
    if n == 0:
        sys.exit(f"pdfdate: no date stamp in {path}")
    # The file identifier and LibreOffice's checksum change on every run;
    # derive both from the content so an unchanged source gives the same bytes.
    ids = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>\s*\]")
    checksum = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]{32})")
    blank = checksum.sub(b"", ids.sub(b"", data))
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = ids.sub(lambda m: m.group(0).replace(m.group(1), digest).replace(m.group(2), digest), data)
    data = checksum.sub(lambda m: m.group(0).replace(m.group(1), digest), data)
    open(path, "wb").write(data)


def chunk(kind, body):
    return (struct.pack(">I", len(body)) + kind + body +
            struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def png(out):
    """A 16x16 grey square with a darker diagonal: a valid, tiny PNG."""
    w = h = 16
    rows = b"".join(b"\x00" + bytes(0x40 if x == y else 0xC0 for x in range(w))
                    for y in range(h))
    data = (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
    open(out, "wb").write(data)


def zipfiles(out, names):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            info = zipfile.ZipInfo(name.rsplit("/", 1)[-1], (2025, 3, 18, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, open(name, "rb").read())


class PDF:
    """Just enough of a PDF writer: numbered objects, one xref table."""

    def __init__(self):
        self.objs = []

    def add(self, body):
        self.objs.append(body)
        return len(self.objs)

    def stream(self, dictionary, data):
        packed = zlib.compress(data, 9)
        return self.add(b"<< " + dictionary + b" /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed)
                        + packed + b"\nendstream")

    def bytes(self, root, info):
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(self.objs) + 1, root, info, xref))
        return bytes(out)


def pdfstring(s):
    raw = s.encode("cp1252")
    out = bytearray(b"(")
    for b in raw:
        if b in b"()\\":
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out + b")")


def info(pdf, day, producer):
    stamp = b"D:" + day.replace("-", "").encode() + b"090000Z"
    return pdf.add(b"<< /Producer " + pdfstring(producer) + b" /CreationDate (" + stamp +
                   b") /ModDate (" + stamp + b") >>")


def pages(pdf, contents, resources, width=595, height=842):
    """Adds a page tree whose kids are the given content streams; the
    Pages object is reserved first so the kids can point back to it."""
    parent = pdf.add(b"")
    kids = [pdf.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>"
                    % (parent, width, height, resources, c)) for c in contents]
    pdf.objs[parent - 1] = (b"<< /Type /Pages /Count %d /Kids [" % len(kids) +
                            b" ".join(b"%d 0 R" % k for k in kids) + b"] >>")
    return parent


def jspdf(textfile, out, day):
    """The text of a complete document, typeset line by line in Helvetica,
    with a JavaScript action run when the file is opened."""
    lines = open(textfile, encoding="utf-8").read().splitlines()
    pdf = PDF()
    font = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    per_page, leading = 54, 14
    contents = []
    for start in range(0, len(lines), per_page):
        ops = [b"BT /F1 10.5 Tf %d TL 56 780 Td" % leading]
        for line in lines[start:start + per_page]:
            ops.append(pdfstring(line) + b" '")
        ops.append(b"ET")
        contents.append(pdf.stream(b"", b"\n".join(ops)))
    tree = pages(pdf, contents, b"<< /Font << /F1 %d 0 R >> >>" % font)
    action = pdf.add(b"<< /Type /Action /S /JavaScript /JS " +
                     pdfstring("app.alert('This document was prepared by the partnership business unit.');") +
                     b" >>")
    names = pdf.add(b"<< /Names [(notice) %d 0 R] >>" % action)
    root = pdf.add(b"<< /Type /Catalog /Pages %d 0 R /OpenAction %d 0 R /Names << /JavaScript %d 0 R >> >>"
                   % (tree, action, names))
    meta = info(pdf, day, "Partnership business unit")
    open(out, "wb").write(pdf.bytes(root, meta))


def imagepdf(pgmfile, out, day):
    """One A4 page showing a greyscale image (a binary PGM, as pdftoppm
    -gray writes) the way a scanner stores it: deflated pixels and no text
    at all."""
    data = open(pgmfile, "rb").read()
    m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    if not m:
        sys.exit("imagepdf: want a binary 8-bit PGM")
    w, h = int(m.group(1)), int(m.group(2))
    pixels = data[m.end():m.end() + w * h]
    pdf = PDF()
    image = pdf.stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8" % (w, h), pixels)
    page = pdf.stream(b"", b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    tree = pages(pdf, [page], b"<< /XObject << /Im0 %d 0 R >> >>" % image)
    root = pdf.add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    meta = info(pdf, day, "Document scanner")
    open(out, "wb").write(pdf.bytes(root, meta))


def truncate(src, out, n):
    open(out, "wb").write(open(src, "rb").read()[:int(n)])


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"pdfdate": pdfdate, "png": png, "jspdf": jspdf, "imagepdf": imagepdf,
     "truncate": truncate}.get(cmd, lambda *a: zipfiles(a[0], a[1:]) if cmd == "zip" else sys.exit(__doc__))(*args)

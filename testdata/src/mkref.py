#!/usr/bin/env python3
"""Build the reference.docx pandoc styles the generated documents with:
pandoc's own default, set to A4 with 2 cm margins and Arial, the way
English councils usually lay out their papers."""
import re
import subprocess
import sys
import zipfile

A4 = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
      '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
      'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')


def main(out):
    default = subprocess.run(
        ["pandoc", "--print-default-data-file", "reference.docx"],
        check=True, capture_output=True).stdout
    src = zipfile.ZipFile(__import__("io").BytesIO(default))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                text = re.sub(r"<w:sectPr\s*/>|<w:sectPr.*?</w:sectPr>", "", data.decode(), flags=re.S)
                data = text.replace("</w:body>", A4 + "</w:body>").encode()
            elif info.filename.startswith("word/theme/"):
                data = re.sub(rb'(<a:latin typeface=")[^"]*(")', rb"\1Arial\2", data)
            fixed = zipfile.ZipInfo(info.filename, (2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)


if __name__ == "__main__":
    main(sys.argv[1])

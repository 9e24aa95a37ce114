#!/bin/sh
# Regenerate every document of the unseen corpus and its README.md, byte for
# byte. Needs /usr/bin/python3 with python3-docx, python3-reportlab and
# python3-pypdf, LibreOffice (soffice) and qpdf, all from Debian:
#   apt-get install -y python3-docx python3-reportlab python3-pypdf \
#       libreoffice-writer-nogui qpdf poppler-utils
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$here")
export SOURCE_DATE_EPOCH=1767225600   # 2026-01-01T00:00:00Z
export TZ=UTC LC_ALL=C.UTF-8 PYTHONHASHSEED=0
/usr/bin/python3 "$here/build.py" "$out"
/usr/bin/python3 "$here/check.py"

#!/usr/bin/env bash
# Regenerates every document in testdata/corpus/ and its README table from
# the generators in this folder, then checks the result. Needs python3 with
# python3-docx and python3-reportlab (Debian packages),
# LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo).
# Run from anywhere: testdata/corpus/gen/gen.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

py=/usr/bin/python3
for tool in soffice pdftotext pdfinfo "$py"; do
	command -v "$tool" >/dev/null || { echo "gen.sh: $tool not found" >&2; exit 1; }
done
"$py" -c 'import docx, reportlab' || { echo "gen.sh: python3-docx and python3-reportlab are needed" >&2; exit 1; }

# Everything but the generators is regenerated.
find "$out" -maxdepth 1 -type f ! -name '.gitattributes' -delete
export PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 SOURCE_DATE_EPOCH=1735689600 TZ=Europe/London
"$py" "$here/build.py" "$out" "$work"
"$py" "$here/check.py" "$out"

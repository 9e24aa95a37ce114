#!/usr/bin/env bash
# Regenerates every document of the hold-out corpus (the folder above this
# one) from the generators and sources in this folder. Needs python3 with
# python3-docx, python3-reportlab and python3-pypdf, LibreOffice (soffice),
# qpdf and poppler-utils. Run from anywhere: gen/gen.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
export HOLDOUT_WORK=$(mktemp -d)
trap 'rm -rf "$HOLDOUT_WORK"' EXIT
py=/usr/bin/python3
export PYTHONDONTWRITEBYTECODE=1
for tool in soffice qpdf pdftotext; do
	command -v "$tool" >/dev/null || { echo "gen.sh: $tool not found" >&2; exit 1; }
done
cd "$here"
$py gen_rr.py
$py gen_yearly.py
$py gen_other.py
$py gen_pdf.py
$py gen_eml.py

# Word documents that are submitted as PDF: one soffice run for all of them.
mapfile -t docs < <($py -c '
import glob, json, os, sys
w = os.environ["HOLDOUT_WORK"]
for f in sorted(glob.glob(os.path.join(w, "topdf-*.json"))):
    for d in json.load(open(f)):
        print(os.path.join(w, d[0]))')
soffice -env:UserInstallation="file://$HOLDOUT_WORK/profile" --headless \
	--convert-to pdf --outdir "$HOLDOUT_WORK/pdf" "${docs[@]}" >/dev/null 2>&1
$py finish.py

# Submitted as written.
cp src/*.txt src/*.md src/*.html src/*.rtf "$top/"

$py check.py

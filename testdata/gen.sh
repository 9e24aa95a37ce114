#!/usr/bin/env bash
# Regenerates testdata/submissions/ from the sources in testdata/src/.
# The generated files are committed, so only someone changing a source
# needs the tools: pandoc, LibreOffice (soffice), qpdf, poppler-utils
# (pdftoppm, pdftotext) and python3 with python-docx and reportlab.
# Run from anywhere: testdata/gen.sh
#
# Office tools stamp documents with the time of conversion; every stamp is
# set to the document's own date instead, so no sample looks newer than
# the received dates listed in submissions/README.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$here/src
out=$here/submissions
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in pandoc soffice qpdf pdftoppm pdftotext python3; do
	command -v "$tool" >/dev/null || { echo "gen.sh: $tool not found" >&2; exit 1; }
done

mkdir -p "$out"
python3 "$src/mkref.py" "$work/reference.docx"
fixtures() { python3 "$src/fixtures.py" "$@"; }

# soffice refuses to run twice on one profile; give it its own.
topdf() { # FILE DAY -> $work/<basename>.pdf
	soffice -env:UserInstallation="file://$work/profile" --headless \
		--convert-to pdf --outdir "$work" "$1" >/dev/null 2>&1
	local pdf=$work/$(basename "${1%.*}").pdf
	[ -s "$pdf" ] || { echo "gen.sh: soffice made nothing from $1" >&2; exit 1; }
	fixtures pdfdate "$pdf" "$2"
}

todocx() { # NAME DAY -> $work/NAME.docx
	SOURCE_DATE_EPOCH=$(date -u -d "$2 09:00" +%s) pandoc \
		--reference-doc="$work/reference.docx" "$src/$1.md" -o "$work/$1.docx"
}

# name | document date | what is submitted (docx, pdf or both)
while IFS='|' read -r name day what; do
	todocx "$name" "$day"
	case $what in
	docx) cp "$work/$name.docx" "$out/" ;;
	pdf) topdf "$work/$name.docx" "$day"; cp "$work/$name.pdf" "$out/" ;;
	both) topdf "$work/$name.docx" "$day"; cp "$work/$name.docx" "$work/$name.pdf" "$out/" ;;
	esac
done <<'LIST'
rapid-review-coventry-child-q|2025-03-18|both
yearly-report-leeds-2023-24|2024-09-30|both
arrangements-camden-2024|2024-12-11|docx
arrangements-leeds-2019|2019-06-21|docx
rapid-review-norfolk-no-sin|2025-03-18|docx
rapid-review-manchester-no-decision|2025-03-14|pdf
rapid-review-camden-no-national-view|2025-03-20|docx
rapid-review-cornwall-late|2025-01-23|pdf
rapid-review-unknown-area|2025-03-19|docx
yearly-report-kent-no-period|2025-03-17|docx
yearly-report-derbyshire-18-months|2025-03-18|pdf
yearly-report-coventry-no-effectiveness|2025-03-19|docx
yearly-report-north-yorkshire-future-date|2025-03-14|docx
arrangements-manchester-no-police|2024-11-12|docx
arrangements-bristol-no-area|2024-12-04|docx
arrangements-kent-no-scrutiny|2024-11-29|docx
arrangements-cornwall-2019-late|2019-08-15|pdf
arrangements-north-yorkshire-2023-ccg|2023-09-14|docx
meeting-agenda-leeds|2025-03-05|docx
invoice-coventry-training|2025-03-07|pdf
practice-review-gloucestershire-improvements-only|2025-03-17|pdf
practice-review-southwark-no-recommendations|2025-03-10|docx
practice-review-bradford-short-notice|2025-03-19|pdf
practice-review-essex-late|2025-03-06|docx
practice-review-brighton-no-publication-date|2025-03-13|pdf
LIST

# Made with python3-docx and python3-reportlab, which Debian installs for
# /usr/bin/python3 (a python3 earlier on PATH may not have them).
py=python3
"$py" -c 'import docx, reportlab' 2>/dev/null || py=/usr/bin/python3
"$py" -c 'import docx, reportlab' || { echo "gen.sh: python3 needs python-docx and reportlab" >&2; exit 1; }

# Word documents as Word saves them: running headers and footers with page
# numbers, and the author's core properties.
dress() { # NAME DAY HEADER HEADER-RIGHT FOOTER AUTHOR
	todocx "$1" "$2"
	"$py" "$src/docxdress.py" "$work/$1.docx" "$out/$1.docx" "$2" \
		--header "$3" --header-right "$4" --footer "$5" --author "$6"
}
dress practice-review-surrey-final-report 2025-03-14 "Surrey Safeguarding Children Partnership" \
	"LCSPR Siblings C and D" "OFFICIAL – FINAL v1.0" "SSCP Business Unit"
dress rapid-review-doncaster-earlier-lcspr 2025-03-19 "OFFICIAL-SENSITIVE" \
	"Rapid review – Child W" "Doncaster Safeguarding Children Partnership" "DSCP Business Unit"

# Typeset PDFs: a long review report with a contents page, and a
# two-page learning briefing. Each source's front matter gives its date.
"$py" "$src/pdfreport.py" report "$src/practice-review-wolverhampton-final-report.md" \
	"$out/practice-review-wolverhampton-final-report.pdf"
"$py" "$src/pdfreport.py" briefing "$src/learning-briefing-tower-hamlets-7-minute.md" \
	"$out/learning-briefing-tower-hamlets-7-minute.pdf"

# A rapid review laid out as a web page, then printed to PDF.
cp "$src/rapid-review-kent-child-m.html" "$work/"
topdf "$work/rapid-review-kent-child-m.html" 2025-03-20
cp "$work/rapid-review-kent-child-m.pdf" "$out/"

# Submitted as written.
for f in yearly-report-bristol-2024-25.md yearly-report-cornwall-no-publication-date.md \
	yearly-report-camden-no-activity-no-reviews.md arrangements-derbyshire.html \
	arrangements-norfolk-link.txt; do
	cp "$src/$f" "$out/"
done

# Link submissions. Windows writes Internet shortcuts with CRLF.
printf '[InternetShortcut]\r\nURL=https://www.leedsscp.org.uk/about-us/leeds-safeguarding-children-partnership-arrangements\r\n' \
	>"$out/arrangements-leeds-link.url"
printf '[InternetShortcut]\r\nURL=ftp://ftp.kent.gov.uk/safeguarding/kent-safeguarding-children-arrangements.pdf\r\n' \
	>"$out/arrangements-kent-ftp-link.url"
printf 'Camden Safeguarding Children Partnership - link to our published safeguarding arrangements:\nhttp://192.168.1.10/camden/safeguarding-arrangements.html\n' \
	>"$out/arrangements-camden-private-link.txt"
printf '[InternetShortcut]\r\nURL=\r\n' >"$out/arrangements-link-empty.url"

# Files that are broken as files.
: >"$out/empty-zero-bytes.pdf"
printf '  \n\t\n   \r\n\n' >"$out/whitespace-only.txt"
fixtures png "$out/png-renamed.pdf"
fixtures zip "$out/documents-bundle.zip" "$work/rapid-review-coventry-child-q.docx" \
	"$out/arrangements-leeds-link.url"
qpdf --linearize --deterministic-id "$out/rapid-review-kent-child-m.pdf" "$out/rapid-review-kent-actually-pdf.docx"
qpdf --encrypt intake-sample-user intake-sample-owner 256 -- \
	"$out/rapid-review-kent-child-m.pdf" "$out/rapid-review-kent-encrypted.pdf"
pdftoppm -gray -r 90 -f 1 -l 1 "$out/rapid-review-coventry-child-q.pdf" "$work/scan"
fixtures imagepdf "$work"/scan-1.pgm "$out/rapid-review-coventry-scan-no-text.pdf" 2025-03-18
size=$(stat -c %s "$out/rapid-review-coventry-child-q.pdf")
fixtures truncate "$out/rapid-review-coventry-child-q.pdf" "$out/rapid-review-coventry-truncated.pdf" $((size * 6 / 10))
fixtures jspdf "$src/rapid-review-leeds-javascript.txt" "$out/rapid-review-leeds-javascript.pdf" 2025-03-18

# Check what each file is meant to be.
fail=0
check() { echo "gen.sh: $*" >&2; fail=1; }
for f in "$out"/*.pdf; do
	case $(basename "$f") in
	empty-zero-bytes.pdf | png-renamed.pdf) continue ;;
	rapid-review-coventry-truncated.pdf | rapid-review-kent-encrypted.pdf)
		if pdftotext "$f" - >/dev/null 2>&1; then check "$f opens but should not"; fi ;;
	rapid-review-coventry-scan-no-text.pdf)
		[ -z "$(pdftotext "$f" - | tr -d '[:space:]')" ] || check "$f has a text layer" ;;
	*) [ "$(pdftotext "$f" - | wc -w)" -gt 100 ] || check "$f has no text layer" ;;
	esac
done
for f in "$out"/*.docx; do
	case $(basename "$f") in *actually-pdf.docx) continue ;; esac
	[ "$(pandoc -t plain "$f" | wc -w)" -gt 50 ] || check "$f has no text"
done
for f in "$out"/*; do
	[ "$(stat -c %s "$f")" -lt 204800 ] || check "$f is over 200 KB"
done
exit $fail

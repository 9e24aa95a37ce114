#!/usr/bin/python3
"""Writes every corpus document into OUT and the README table beside it.

    build.py OUT WORK

DOCX files meant to be submitted as PDF are saved under WORK/topdf and
converted by one LibreOffice call; each PDF's date stamps are then set to
the document's own date. gen.sh runs this and then check.py.
"""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common
import rapid_reviews
import yearly_reports
import arrangements
import practice_reviews
import other

FIELD_ORDER = {
    "rapid_review": ["document_date", "sin_reference", "sin_date", "incident_date", "review_date",
                     "lcspr_decision", "national_review", "child"],
    "yearly_report": ["document_date", "period_start", "period_end", "publication_date", "url"],
    "arrangements": ["document_date", "url", "publication_date", "implementation_date", "partner_local_authority",
                     "partner_police", "partner_health"],
    "practice_review": ["document_date", "child", "sin_reference", "decision_date", "report_date",
                        "publication_date", "publication", "reviewer"],
    "unknown": ["document_date"],
}

README_HEAD = """# Corpus of partnership documents

Documents written the many ways England's safeguarding partnerships write
them, each with the outcome a careful reader of DESIGN.md would expect. They
complement `../submissions/` (the samples the service was first built on):
different wording, label names, date formats, lengths and layouts - the
Panel's rapid review template with its own label wordings, narrative letters
to the Panel, Word documents exported to PDF with running headers and
footers, two-column PDFs, DOCX with tracked changes, saved web pages with
cookie banners and menus, emails with a document or a link letter as the
body, Markdown with YAML front matter, plain text, an Internet shortcut, and
RTF and ODT files the service does not accept.

The partnerships and their web addresses are real English areas; every child,
person, incident, date, figure and decision is invented. `gen/gen.sh`
regenerates every file from the generators in `gen/` (python3 with
python3-docx and reportlab; LibreOffice; poppler-utils) and runs
`gen/check.py`, which checks the table against the files and the dates. The generated
files are committed, so nothing at test time needs those tools. This README
is not a submission.

## How to read the table

* Process each file on its own, in a fresh `--data` directory, without
  `--kind` or `--partnership`, with `--received` set to the **Received**
  date.
* **Kind**, **Partnership** (ONS code, `—` for null) and **Status** are the
  expected outcome; **Findings** is the exact set of codes (order is not
  part of the contract; `—` for none).
* **Fields** lists every DESIGN 4.3 field of the document's kind that the
  document states, except `title` and `partnership_name`; dates are ISO. A
  field not listed is expected to be absent. `document_date` is listed only
  where the document states one date plainly as its own (a letter's date, a
  "Date of report", front matter `date:`). Link submissions list only the
  link fields (url, publication and implementation dates), as DESIGN 1 says.
* Kent and Medway are two partnerships: Medway Safeguarding Children
  Partnership is E06000035 (see the Medway rapid review, which names Kent
  Police and the Kent and Medway ICB).

## Rules these expectations assume

These follow DESIGN 4.4 and the rules in `../submissions/README.md`:

1. A file-stage failure (`unsupported_type` here) stops the pipeline: kind
   `unknown`, partnership null, that one finding, no fields.
2. After text is extracted every stage runs: a `kind_unknown` document still
   gets its partnership.
3. Only inserted and unchanged text of a tracked-changes DOCX counts;
   deleted text (`w:del`) is not part of the document.
4. An undecided LCSPR decision ("a decision will be made at the next
   meeting") is read as `lcspr_decision=undecided` and is no decision, so
   `lcspr_decision_missing`; a draft whose decision section is a placeholder
   has no `lcspr_decision` at all.
5. Rapid review due = SIN date + 15 working days (England and Wales bank
   holidays; acting on the due date is on time). Several windows cross bank
   holidays on purpose: Easter and May Day 2025 (Knowsley, Gloucestershire,
   Lancashire, Birmingham, Cheshire East, Medway), Christmas 2024 (North
   Somerset), August 2025 (Islington).
6. A yearly report is `forwarded_late` when received more than 7 calendar
   days after its publication date; a publication date after the received
   date is `date_in_future`. A report's publication date may come from the
   file's metadata when the text has none (Bexley).
7. A practice review's planned publication date is meant to be after the
   day it is received (at least 7 working days after), so it is never
   `date_in_future`. `practice_review_late` compares the received date with
   the decision date + 6 calendar months.
8. A document naming two partnerships equally (a joint review) expects
   `partnership_unknown`; an area or another partnership's name mentioned in
   passing (a hospital in Liverpool, a police force or ICB named after a
   wider area, a parent living elsewhere) does not change the partnership.
9. A complete document covers every must and should element of its kind;
   where a `missing_*` finding is expected, the Why column says what is
   absent.

## Expected outcomes

"""


def fmt_fields(kind, fields):
    order = FIELD_ORDER[kind]
    extra = [k for k in fields if k not in order]
    if extra:
        raise SystemExit("unknown fields for %s: %s" % (kind, extra))
    parts = ["%s=%s" % (k, fields[k]) for k in order if k in fields]
    return "; ".join(parts) if parts else "—"


def readme(out):
    lines = ["| File | Received | Kind | Partnership | Status | Findings | Fields | Why |",
             "|---|---|---|---|---|---|---|---|"]
    for r in sorted(common.ROWS, key=lambda r: r["file"]):
        cells = ["`%s`" % r["file"], r["received"], r["kind"], r["partnership"], r["status"],
                 ", ".join(r["findings"]) or "—", fmt_fields(r["kind"], r["fields"]), r["why"]]
        for c in cells:
            if "|" in c:
                raise SystemExit("a cell contains '|': %r" % c)
        lines.append("| " + " | ".join(cells) + " |")
    common.write(os.path.join(out, "README.md"), README_HEAD + "\n".join(lines) + "\n")


def main():
    out, work = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for mod in (rapid_reviews, yearly_reports, arrangements, practice_reviews, other):
        for make in mod.ALL:
            make(out, work)
    names = [r["file"] for r in common.ROWS]
    if len(names) != len(set(names)):
        raise SystemExit("duplicate file names")
    if common.TOPDF:
        pdfdir = os.path.join(work, "pdf")
        os.makedirs(pdfdir, exist_ok=True)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(work, "profile"), "--headless",
                        "--convert-to", "pdf", "--outdir", pdfdir] + [p for p, _, _ in common.TOPDF],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, name, day in common.TOPDF:
            pdf = os.path.join(pdfdir, os.path.basename(src)[:-5] + ".pdf")
            if not os.path.getsize(pdf):
                raise SystemExit("soffice made nothing from " + src)
            common.pdfdate(pdf, day)
            shutil.copyfile(pdf, os.path.join(out, name))
    readme(out)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks the corpus against README.md: every file in the table exists and
every document exists in the table; sizes; each PDF/DOCX has a text layer;
every rapid review's SIN date and Received agree with the lateness column."""
import os
import re
import subprocess
import sys

from common import OUT, add_working_days

fail = []
readme = open(os.path.join(OUT, "README.md"), encoding="utf-8").read()
rows = []
for line in readme.splitlines():
    m = re.match(r"^\| `([^`]+)` \|(.*)\|\s*$", line)
    if m:
        cols = [c.strip() for c in m.group(2).split("|")]
        rows.append([m.group(1)] + cols)
listed = [r[0] for r in rows]
docs = sorted(f for f in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, f)) and f != "README.md")
for f in listed:
    if f not in docs:
        fail.append("in table, not on disk: " + f)
for f in docs:
    if f not in listed:
        fail.append("on disk, not in table: " + f)
if len(set(listed)) != len(listed):
    fail.append("a file is listed twice")
for r in rows:
    if len(r) != 8:
        fail.append("%s: %d columns" % (r[0], len(r)))
        continue
    name, received, kind, part, status, findings, fields, why = r
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", received):
        fail.append(name + ": bad Received")
    if kind not in ("rapid_review", "yearly_report", "arrangements", "practice_review", "unknown"):
        fail.append(name + ": bad Kind")
    if status not in ("accepted", "rejected"):
        fail.append(name + ": bad Status")
    if not (part == "—" or re.fullmatch(r"E\d{8}", part)):
        fail.append(name + ": bad Partnership")
    fd = dict(kv.split("=", 1) for kv in fields.split("; ")) if fields != "—" else {}
    codes = set() if findings == "—" else {c.strip() for c in findings.split(",")}
    for v in fd.values():
        if re.fullmatch(r"\d{4}-\d\d-\d\d", v) and v > received and kind != "practice_review" \
                and "date_in_future" not in codes:
            fail.append(name + ": field date %s after Received" % v)
    if kind == "rapid_review" and "sin_date" in fd:
        late = received > add_working_days(fd["sin_date"], 15).isoformat()
        if late != ("rapid_review_late" in codes):
            fail.append(name + ": lateness does not match (due %s)" % add_working_days(fd["sin_date"], 15))
for f in docs:
    p = os.path.join(OUT, f)
    size = os.path.getsize(p)
    if size > 300 * 1024:
        fail.append("%s is %d bytes" % (f, size))
    if f.endswith(".pdf"):
        words = len(subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout.split())
        if words < 100:
            fail.append(f + ": PDF has little text")
        info = subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout
        if "CreationDate" not in info:
            fail.append(f + ": no creation date")
for msg in fail:
    print("check:", msg, file=sys.stderr)
print("check: %d files, %d rows, %d problems" % (len(docs), len(rows), len(fail)))
sys.exit(1 if fail else 0)

#!/usr/bin/python3
"""Checks the corpus against its README table.

    check.py DIR

* every file in DIR is in the table and every file in the table exists;
* kinds, statuses, finding codes and field names are ones DESIGN defines,
  and the status follows from the findings' severities;
* the timing findings agree with the dates (rapid review due dates with
  bank holidays, 7 days after publication, 6 months after a decision, 7
  working days' notice, dates after the received date);
* the text of each defective document really lacks what its finding says,
  and tracked changes read as intended when deletions are dropped;
* sizes stay small and the long documents are long.
"""
import datetime as dt
import email
import email.policy
import html
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import add_working_days, add_months, d  # noqa: E402

KINDS = {"rapid_review", "yearly_report", "arrangements", "practice_review", "unknown"}
ERRORS = {"empty_file", "too_large", "unsupported_type", "type_mismatch", "unreadable_document",
          "encrypted_document", "no_text", "kind_unknown", "partnership_unknown", "sin_missing",
          "lcspr_decision_missing", "period_missing", "publication_date_missing", "missing_activity",
          "missing_effectiveness", "missing_reviews", "url_missing", "url_invalid", "missing_partner_local_authority",
          "missing_partner_police", "missing_partner_health", "missing_area", "missing_scrutiny",
          "missing_recommendations", "email_virus", "email_spam", "sender_unverified"}
WARNINGS = {"partnership_mismatch", "date_in_future", "active_content", "national_review_view_missing",
            "rapid_review_late", "period_too_long", "forwarded_late", "ccg_after_icb", "publication_late",
            "implementation_late", "practice_review_notice_short", "practice_review_late",
            "publication_plan_missing", "missing_systemic_analysis", "missing_child_perspective",
            "missing_lead_partners", "url_suspicious", "missing_training", "missing_voice_of_child",
            "missing_scrutiny", "missing_funding", "missing_education", "missing_agency_involvement",
            "missing_immediate_actions", "missing_learning", "missing_relevant_agencies"}
FIELDS = {
    "rapid_review": {"document_date", "sin_reference", "sin_date", "incident_date", "review_date",
                     "lcspr_decision", "national_review", "child"},
    "yearly_report": {"document_date", "period_start", "period_end", "publication_date", "url"},
    "arrangements": {"document_date", "url", "publication_date", "implementation_date", "partner_local_authority",
                     "partner_police", "partner_health"},
    "practice_review": {"document_date", "child", "sin_reference", "decision_date", "report_date",
                        "publication_date", "publication", "reviewer"},
    "unknown": {"document_date"},
}
DATE_FIELDS = {"document_date", "sin_date", "incident_date", "review_date", "period_start", "period_end",
               "publication_date", "implementation_date", "decision_date", "report_date"}
ENUMS = {"lcspr_decision": {"yes", "no", "undecided"}, "national_review": {"recommended", "not_recommended"},
         "publication": {"full", "improvements_only", "not_published"}}

# What a defective document must not say (case-insensitive), so that its
# finding is about something truly absent.
ABSENT = {
    "annual-report-york-2023-24-no-reviews-section.docx": r"review|lcspr|rapid|serious incident",
    "annual-report-gateshead-2023-24-no-budget.docx": r"budget|fund|financ|contribut|£|spend|money|resourc",
    "arrangements-tower-hamlets-2024-statutory-partners-only.docx": r"\blead|delegat",
    "rapid-review-summary-bury-no-national-view.docx": r"national",
    "arrangements-barnsley-2024-no-health-partner.docx": r"integrated care|\bicb\b|clinical commissioning|\bccg\b",
    "practice-review-slough-findings-without-recommendations.pdf": r"recommend|improvement",
    "practice-review-swindon-agency-focused.docx": r"mother|father|famil|parent|sibling|voice|lived|perspective|wish|feel|told|story|home",
    "practice-review-word-export-bolton-no-publication-date.pdf": r"published on|publication date|not be published",
    "rapid-review-draft-oxfordshire-decision-placeholder.docx": r"criteria|commission|not met|\bare met|appropriate",
    "rapid-review-awaiting-sin-reference-hull.docx": r"(?:notif|\bsin\b)[^\n]{0,60}\d",
    "yearly-report-bexley-2023-24-publication-date-in-metadata.docx": r"published:|publication date|date of publication|published on \d|published \d",
}
# What tracked-changes documents must say once deletions are dropped, and
# what they must not.
TRACKED = {
    "rapid-review-tracked-changes-deleted-not-cheshire-east.docx":
        (["have decided to commission a local child safeguarding practice review",
          "do not consider that a national review is appropriate"],
         ["decided not to", "may be appropriate for a national review", "single-agency action plans"]),
    "rapid-review-tracked-changes-corrected-sin-date-rotherham.docx":
        (["17/02/2025", "04/03/2025"], ["10/02/2025", "25/02/2025"]),
}
LONG = {"annual-report-word-export-bradford-2023-24.pdf": 20, "practice-review-word-export-nottingham-child-k.pdf": 20}


def table(readme):
    rows = []
    for line in open(readme, encoding="utf-8"):
        if not line.startswith("| `"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 8:
            sys.exit("check: row with %d cells: %s" % (len(cells), line))
        rows.append(dict(zip(["file", "received", "kind", "partnership", "status", "findings", "fields", "why"], cells)))
    return rows


def docx_text(path, deleted=False):
    """The text of a DOCX's body, headers and footers, a line per paragraph;
    deleted runs (w:delText) only when deleted is true."""
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
    tags = "w:t|w:delText" if deleted else "w:t"
    token = re.compile(r"<(%s)(?: [^>]*)?>([^<]*)</\1>|</w:p>|<w:tab/>|<w:br/>" % tags)
    out = []
    for n in parts:
        for m in token.finditer(z.read(n).decode("utf-8")):
            if m.group(2) is not None:
                out.append(html.unescape(m.group(2)))
            elif m.group(0) == "<w:tab/>":
                out.append("\t")
            else:
                out.append("\n")
        out.append("\n")
    return "".join(out)


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode()
    if ext == "docx":
        return docx_text(path)
    if ext == "eml":
        msg = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        return body.get_content()
    raw = open(path, encoding="utf-8", errors="replace").read()
    if ext == "html":
        raw = re.sub(r"<[^>]+>", " ", raw)
        return html.unescape(raw)
    return raw


def pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, check=True).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def main():
    top = sys.argv[1]
    rows = table(os.path.join(top, "README.md"))
    fail = []
    bad = fail.append
    listed = {r["file"].strip("`") for r in rows}
    present = {f for f in os.listdir(top) if os.path.isfile(os.path.join(top, f)) and f != "README.md"}
    for f in sorted(present - listed):
        bad("%s: not in the table" % f)
    for f in sorted(listed - present):
        bad("%s: in the table but missing" % f)
    if len(rows) != len(listed):
        bad("a file is listed twice")
    for r in rows:
        f = r["file"].strip("`")
        path = os.path.join(top, f)
        if not os.path.exists(path):
            continue
        kind, status = r["kind"], r["status"]
        rec = d(r["received"])
        findings = set() if r["findings"] == "—" else {x.strip() for x in r["findings"].split(",")}
        fields = {}
        if r["fields"] != "—":
            for part in r["fields"].split("; "):
                k, _, v = part.partition("=")
                fields[k] = v
        if kind not in KINDS:
            bad("%s: kind %s" % (f, kind))
            continue
        for c in findings - ERRORS - WARNINGS:
            bad("%s: unknown finding %s" % (f, c))
        want = "rejected" if findings & ERRORS else "accepted"
        if status != want:
            bad("%s: status %s, findings say %s" % (f, status, want))
        if (r["partnership"] == "—") != ("partnership_unknown" in findings or "unsupported_type" in findings):
            bad("%s: partnership %s with findings %s" % (f, r["partnership"], findings))
        for k, v in fields.items():
            if k not in FIELDS[kind]:
                bad("%s: field %s is not a %s field" % (f, k, kind))
            if k in DATE_FIELDS and not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                bad("%s: %s=%s is not ISO" % (f, k, v))
            if k in ENUMS and v not in ENUMS[k]:
                bad("%s: %s=%s" % (f, k, v))
        # Dates after the received date (a practice review's planned publication is exempt).
        future = [k for k, v in fields.items() if k in DATE_FIELDS and d(v) > rec
                  and not (kind == "practice_review" and k == "publication_date")]
        if bool(future) != ("date_in_future" in findings):
            bad("%s: future dates %s vs findings %s" % (f, future, findings))
        if kind == "rapid_review":
            if "sin_date" in fields:
                due = add_working_days(d(fields["sin_date"]), 15)
                if (rec > due) != ("rapid_review_late" in findings):
                    bad("%s: due %s, received %s, findings %s" % (f, due, rec, findings))
            if ("sin_date" not in fields and "sin_reference" not in fields) != ("sin_missing" in findings):
                bad("%s: sin_missing disagrees with fields" % f)
            if (fields.get("lcspr_decision") in (None, "undecided")) != ("lcspr_decision_missing" in findings):
                bad("%s: lcspr_decision_missing disagrees with fields" % f)
            if ("national_review" not in fields) != ("national_review_view_missing" in findings):
                bad("%s: national_review_view_missing disagrees with fields" % f)
        if kind == "yearly_report":
            if "publication_date" in fields:
                late = (rec - d(fields["publication_date"])).days > 7
                if late != ("forwarded_late" in findings):
                    bad("%s: forwarded_late disagrees (%s days)" % (f, (rec - d(fields["publication_date"])).days))
            if ("period_start" not in fields) != ("period_missing" in findings):
                bad("%s: period_missing disagrees with fields" % f)
        if kind == "practice_review":
            if "decision_date" in fields:
                late = rec > add_months(d(fields["decision_date"]), 6)
                if late != ("practice_review_late" in findings):
                    bad("%s: practice_review_late disagrees" % f)
            if "publication_date" in fields:
                short = add_working_days(rec, 7) > d(fields["publication_date"])
                if short != ("practice_review_notice_short" in findings):
                    bad("%s: practice_review_notice_short disagrees" % f)
            if ("publication_date" not in fields and fields.get("publication") != "not_published") != \
                    ("publication_plan_missing" in findings):
                bad("%s: publication_plan_missing disagrees" % f)
        size = os.path.getsize(path)
        if size > 300 * 1024:
            bad("%s: %d bytes" % (f, size))
        if "unsupported_type" in findings:
            continue
        text = text_of(path)
        if len(text.split()) < 15 and not f.endswith(".url"):
            bad("%s: hardly any text" % f)
        flat = re.sub(r"\s+", "", open(path, encoding="utf-8", errors="replace").read() if f.endswith(".html") else text)
        if "url" in fields and fields["url"] not in flat:
            bad("%s: url %s not in the text" % (f, fields["url"]))
        for k in ("sin_reference", "child", "reviewer"):
            if k in fields and fields[k].replace("the ", "", 1).lower() not in text.lower():
                bad("%s: %s %r not in the text" % (f, k, fields[k]))
        if f in ABSENT:
            m = re.search(ABSENT[f], text, re.I)
            if m:
                bad("%s: says %r" % (f, text[max(0, m.start() - 40):m.end() + 40]))
    for f, (yes, no) in TRACKED.items():
        text = re.sub(r"\s+", " ", docx_text(os.path.join(top, f)))
        everything = re.sub(r"\s+", " ", docx_text(os.path.join(top, f), deleted=True))
        for s in yes:
            if s not in text:
                bad("%s: accepted text lacks %r" % (f, s))
        for s in no:
            if s in text:
                bad("%s: accepted text has %r" % (f, s))
            if s not in everything:
                bad("%s: %r is not there even with deletions read" % (f, s))
    for f, n in LONG.items():
        if pages(os.path.join(top, f)) < n:
            bad("%s: %d pages, want at least %d" % (f, pages(os.path.join(top, f)), n))
    for m in fail:
        print("check:", m, file=sys.stderr)
    print("check: %d files, %d problems" % (len(rows), len(fail)), file=sys.stderr)
    sys.exit(1 if fail else 0)


if __name__ == "__main__":
    main()

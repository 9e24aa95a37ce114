"""Checks the README table against the files and DESIGN, without running the service.

Every row must name an existing file; Received and every date field must be a
valid ISO date; kinds, statuses and finding codes must be ones DESIGN defines;
the status must follow from the findings' severities; and the timing findings
must agree with the dates (working days for rapid reviews and practice-review
notice, calendar days and months otherwise).
"""
import datetime as dt
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
import wd  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ERRORS = {"empty_file", "too_large", "unsupported_type", "type_mismatch", "unreadable_document",
          "encrypted_document", "no_text", "kind_unknown", "partnership_unknown", "sin_missing",
          "lcspr_decision_missing", "period_missing", "publication_date_missing", "missing_activity",
          "missing_effectiveness", "missing_reviews", "url_missing", "url_invalid",
          "missing_partner_local_authority", "missing_partner_police", "missing_partner_health",
          "missing_area", "missing_scrutiny", "missing_recommendations", "email_virus", "email_spam",
          "sender_unverified"}
WARNINGS = {"partnership_mismatch", "date_in_future", "active_content", "national_review_view_missing",
            "rapid_review_late", "period_too_long", "forwarded_late", "ccg_after_icb", "publication_late",
            "implementation_late", "practice_review_notice_short", "practice_review_late",
            "publication_plan_missing", "missing_systemic_analysis", "missing_child_perspective",
            "missing_lead_partners", "url_suspicious"}
INFO = {"duplicate_submission"}
# The should elements DESIGN 4.4 names; its list ends in "...", so a new one is added here when used.
SHOULD = {"missing_" + e for e in ("training", "voice_of_child", "scrutiny", "funding", "education",
                                   "agency_involvement", "immediate_actions", "learning",
                                   "relevant_agencies")}
KINDS = {"rapid_review", "yearly_report", "arrangements", "practice_review", "unknown"}
FIELDS = {
    "rapid_review": {"sin_reference", "sin_date", "incident_date", "review_date", "lcspr_decision",
                     "national_review", "child"},
    "yearly_report": {"period_start", "period_end", "publication_date", "url"},
    "arrangements": {"url", "publication_date", "implementation_date", "partner_local_authority",
                     "partner_police", "partner_health"},
    "practice_review": {"child", "sin_reference", "decision_date", "report_date", "publication_date",
                        "publication", "reviewer"},
    "unknown": set(),
}
DATES = {"document_date", "sin_date", "incident_date", "review_date", "period_start", "period_end",
         "publication_date", "implementation_date", "decision_date", "report_date"}
ENUMS = {"lcspr_decision": {"yes", "no", "undecided"}, "national_review": {"recommended", "not_recommended"},
         "publication": {"full", "improvements_only", "not_published"}}


def severity(code):
    if code in ERRORS:
        return "error"
    if code in WARNINGS:
        return "warning"
    if code in INFO:
        return "info"
    if code in SHOULD:
        return "warning"
    return None


def iso(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        raise ValueError(s)
    return dt.date.fromisoformat(s)


def main():
    rows = []
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("| `"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                rows.append(cells)
    bad = []
    seen = set()
    for cells in rows:
        if len(cells) != 8:
            bad.append("%s: %d cells" % (cells[0], len(cells)))
            continue
        name, received, kind, part, status, findings, fields, why = cells
        name = name.strip("`")
        where = name + ": "
        if name in seen:
            bad.append(where + "listed twice")
        seen.add(name)
        if not os.path.isfile(os.path.join(ROOT, name)):
            bad.append(where + "no such file")
        try:
            rec = iso(received)
        except ValueError:
            bad.append(where + "Received is not an ISO date")
            continue
        if kind not in KINDS:
            bad.append(where + "kind " + kind)
        if part != "—" and not re.fullmatch(r"E\d{8}", part):
            bad.append(where + "partnership " + part)
        codes = [] if findings == "—" else [c.strip() for c in findings.replace(";", ",").split(",")]
        sev = set()
        for c in codes:
            s = severity(c)
            if s is None:
                bad.append(where + "unknown code " + c)
            sev.add(s)
        want = "rejected" if "error" in sev else "accepted"
        if status != want:
            bad.append(where + "status %s but findings say %s" % (status, want))
        file_stage = {"empty_file", "too_large", "unsupported_type", "type_mismatch", "unreadable_document",
                      "encrypted_document", "no_text"} & set(codes)
        if file_stage and (kind != "unknown" or part != "—" or fields != "—" or len(codes) != 1):
            bad.append(where + "a file-stage failure stops the pipeline")
        if not file_stage and ("partnership_unknown" in codes) != (part == "—"):
            bad.append(where + "partnership_unknown and a null partnership go together")
        if not why or why == "—":
            bad.append(where + "no Why")
        vals = {}
        if fields != "—":
            for kv in fields.split("; "):
                if "=" not in kv:
                    bad.append(where + "field " + kv)
                    continue
                k, v = kv.split("=", 1)
                vals[k] = v
                if k != "document_date" and k not in FIELDS.get(kind, set()):
                    bad.append(where + "field %s is not a %s field" % (k, kind))
                if k in DATES:
                    try:
                        iso(v)
                    except ValueError:
                        bad.append(where + "%s=%s is not an ISO date" % (k, v))
                if k in ENUMS and v not in ENUMS[k]:
                    bad.append(where + "%s=%s" % (k, v))
        try:
            bad += [where + m for m in timing(kind, rec, vals, codes)]
        except ValueError as e:
            bad.append(where + "date " + str(e))
    files = {f for f in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, f)) and f != "README.md"}
    for f in sorted(files - seen):
        bad.append(f + ": file not in the table")
    for b in bad:
        print(b)
    print("%d rows, %d problems" % (len(rows), len(bad)))
    return 1 if bad else 0


def timing(kind, rec, v, codes):
    d = {k: dt.date.fromisoformat(x) for k, x in v.items() if k in DATES}
    msgs = []

    def agree(code, late):
        if late != (code in codes):
            msgs.append("%s %s by the dates" % (code, "expected" if late else "not expected"))

    if kind == "rapid_review" and "sin_date" in d:
        agree("rapid_review_late", rec > wd.add_working(d["sin_date"], 15))
    if kind == "rapid_review":
        agree("sin_missing", "sin_date" not in d and "sin_reference" not in v)
        agree("lcspr_decision_missing", v.get("lcspr_decision") in (None, "undecided"))
        agree("national_review_view_missing", "national_review" not in v)
    if kind == "yearly_report" and "publication_date" in d:
        agree("forwarded_late", (rec - d["publication_date"]).days > 7)
        agree("date_in_future", d["publication_date"] > rec)
    if kind == "yearly_report" and "period_start" in d and "period_end" in d:
        agree("period_too_long", d["period_end"] > wd.add_months(d["period_start"], 12) - dt.timedelta(days=1))
    if kind == "practice_review":
        if "decision_date" in d:
            agree("practice_review_late", rec > wd.add_months(d["decision_date"], 6))
        if "publication_date" in d:
            agree("practice_review_notice_short", wd.add_working(rec, 7) > d["publication_date"])
        agree("publication_plan_missing", "publication_date" not in d and v.get("publication") != "not_published")
    if kind == "arrangements" and "publication_date" in d:
        p = d["publication_date"]
        if p.year == 2019:
            late = p > dt.date(2019, 6, 29)
            agree("publication_late", late)
            if "implementation_date" in d:
                i = d["implementation_date"]
                agree("implementation_late", i > min(dt.date(2019, 9, 29), wd.add_months(p, 3)))
        elif p >= dt.date(2023, 12, 15):
            agree("publication_late", p > dt.date(2024, 12, 31))
    if kind == "unknown":
        agree("kind_unknown", not ({"unsupported_type"} & set(codes)))
    if kind == "practice_review":
        agree("missing_recommendations", "missing_recommendations" in codes)
        if ("report_date" in d) != ("document_date" in d):
            msgs.append("report_date and document_date go together for a practice review")
    if "document_date" in d:
        agree("date_in_future", d["document_date"] > rec or ("publication_date" in d and kind == "yearly_report" and d["publication_date"] > rec))
    return msgs


if __name__ == "__main__":
    sys.exit(main())

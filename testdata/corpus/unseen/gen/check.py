"""Check the unseen corpus README table without running the service.

It checks that every row names an existing file and every file has a row,
that dates are valid ISO dates, that kinds, statuses, finding codes and
field names are those DESIGN defines, that the status agrees with the
severities of the findings, that partnership codes are registry ids, and
that the timeliness findings agree with the calendar rules of DESIGN 1,
4.4 and 4.5 (recomputed here from the Received and field dates).

Usage: python3 check.py   (exit 1 with a list of problems when any)
"""

import csv
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
REPO = os.path.abspath(os.path.join(CORPUS, "..", "..", ".."))
sys.path.insert(0, HERE)

from days import add_months, add_working_days, working_days_between  # noqa: E402

ERRORS = {
    "empty_file", "too_large", "unsupported_type", "type_mismatch", "unreadable_document",
    "encrypted_document", "no_text", "kind_unknown", "partnership_unknown", "sin_missing",
    "lcspr_decision_missing", "period_missing", "publication_date_missing", "missing_activity",
    "missing_effectiveness", "missing_reviews", "url_missing", "url_invalid",
    "missing_partner_local_authority", "missing_partner_police", "missing_partner_health",
    "missing_area", "missing_scrutiny", "missing_recommendations", "email_virus", "email_spam",
    "sender_unverified",
}
WARNINGS = {
    "partnership_mismatch", "date_in_future", "active_content", "national_review_view_missing",
    "rapid_review_late", "period_too_long", "forwarded_late", "ccg_after_icb", "publication_late",
    "implementation_late", "practice_review_notice_short", "practice_review_late",
    "publication_plan_missing", "missing_systemic_analysis", "missing_child_perspective",
    "missing_lead_partners", "url_suspicious",
    # DESIGN 4.4's "should" elements, missing_<element>
    "missing_training", "missing_voice_of_child", "missing_funding", "missing_education",
    "missing_agency_involvement", "missing_immediate_actions", "missing_learning",
    "missing_relevant_agencies",
}
INFO = {"duplicate_submission"}
# missing_scrutiny is an error for arrangements and DESIGN also lists scrutiny among the should
# elements; this set uses it only for arrangements.

FIELDS = {
    "all": {"title", "partnership_name", "document_date"},
    "rapid_review": {"sin_reference", "sin_date", "incident_date", "review_date", "lcspr_decision",
                     "national_review", "child"},
    "yearly_report": {"period_start", "period_end", "publication_date", "url"},
    "arrangements": {"url", "publication_date", "implementation_date", "partner_local_authority",
                     "partner_police", "partner_health"},
    "practice_review": {"child", "sin_reference", "decision_date", "report_date", "publication_date",
                        "publication", "reviewer"},
    "unknown": set(),
}
ENUMS = {
    "lcspr_decision": {"yes", "no", "undecided"},
    "national_review": {"recommended", "not_recommended"},
    "publication": {"full", "improvements_only", "not_published"},
}
DATE_FIELDS = {"document_date", "sin_date", "incident_date", "review_date", "period_start", "period_end",
               "publication_date", "implementation_date", "decision_date", "report_date"}
KINDS = set(FIELDS) - {"all"}
STATUSES = {"accepted", "rejected", "duplicate"}


def iso(s):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        raise ValueError(s)
    return dt.date.fromisoformat(s)


def registry_ids():
    las = {}
    with open(os.path.join(REPO, "internal", "registry", "data", "england_local_authorities.csv")) as f:
        for row in csv.DictReader(f):
            las[row["code"]] = row["name"]
    with open(os.path.join(REPO, "internal", "registry", "partnerships.json")) as f:
        parts = json.load(f)["partnerships"]
    member_of = {}
    for p in parts:
        for la in p.get("local_authorities", []):
            member_of[la] = p["id"]
    ids = set()
    for code in las:
        ids.add(member_of.get(code, code))
    return ids


def parse_table(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("| `"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            rows.append(cells)
    return rows


def timeliness(kind, received, fields, findings, say):
    """Recompute the calendar findings and compare them with the row."""
    f = {k: v for k, v in fields.items()}
    exp = set()
    if kind == "rapid_review" and "sin_date" in f:
        if received > add_working_days(iso(f["sin_date"]), 15):
            exp.add("rapid_review_late")
    if kind == "yearly_report" and "publication_date" in f:
        pub = iso(f["publication_date"])
        if (received - pub).days > 7:
            exp.add("forwarded_late")
        if pub > received:
            exp.add("date_in_future")
        if "period_start" in f and "period_end" in f:
            if iso(f["period_end"]) > add_months(iso(f["period_start"]), 12) - dt.timedelta(days=1):
                exp.add("period_too_long")
    if kind == "practice_review":
        if "publication_date" in f:
            pub = iso(f["publication_date"])
            if pub <= received or working_days_between(received, pub) < 7:
                exp.add("practice_review_notice_short")
        if "decision_date" in f and received > add_months(iso(f["decision_date"]), 6):
            exp.add("practice_review_late")
    if kind == "arrangements" and "publication_date" in f:
        pub = iso(f["publication_date"])
        if pub.year == 2019:
            if pub > dt.date(2019, 6, 29):
                exp.add("publication_late")
            if "implementation_date" in f:
                imp = iso(f["implementation_date"])
                if imp > dt.date(2019, 9, 29) or imp > add_months(pub, 3):
                    exp.add("implementation_late")
        elif pub >= dt.date(2023, 12, 15) and pub > dt.date(2024, 12, 31):
            exp.add("publication_late")
    checked = {"rapid_review_late", "forwarded_late", "date_in_future", "period_too_long",
               "practice_review_notice_short", "practice_review_late", "publication_late",
               "implementation_late"}
    got = set(findings) & checked
    if kind == "arrangements" and "url" not in f and "partner_local_authority" not in f:
        pass  # a link submission: the same rules apply to its dates
    if got != exp:
        say("timeliness findings %s, but the dates give %s" % (sorted(got), sorted(exp)))


def main():
    problems = []
    readme = os.path.join(CORPUS, "README.md")
    rows = parse_table(readme)
    ids = registry_ids()
    seen = set()
    for cells in rows:
        if len(cells) != 8:
            problems.append("row has %d cells: %s" % (len(cells), cells[0]))
            continue
        file_, received, kind, part, status, findings, fields, why = cells
        name = file_.strip("`")

        def say(msg):
            problems.append("%s: %s" % (name, msg))

        if name in seen:
            say("listed twice")
        seen.add(name)
        if not os.path.isfile(os.path.join(CORPUS, name)):
            say("no such file")
        try:
            rec = iso(received)
        except ValueError:
            say("Received is not an ISO date: %r" % received)
            continue
        if kind not in KINDS:
            say("unknown kind %r" % kind)
            continue
        if part != "—" and part not in ids:
            say("partnership %r is not a registry id" % part)
        if status not in STATUSES:
            say("unknown status %r" % status)
        codes = [] if findings == "—" else [c.strip() for c in findings.split(",")]
        for c in codes:
            if c not in ERRORS | WARNINGS | INFO:
                say("finding %r is not a DESIGN code" % c)
        if len(set(codes)) != len(codes):
            say("a finding is listed twice")
        want = "rejected" if set(codes) & ERRORS else ("duplicate" if "duplicate_submission" in codes else "accepted")
        if status != want:
            say("status %s but findings imply %s" % (status, want))
        if "unsupported_type" in codes and (kind != "unknown" or part != "—" or fields != "—" or len(codes) != 1):
            say("a file-stage failure has kind unknown, no partnership, one finding and no fields")
        if "partnership_unknown" in codes and part != "—":
            say("partnership_unknown with a partnership")
        if part == "—" and "partnership_unknown" not in codes and "unsupported_type" not in codes:
            say("no partnership but no partnership_unknown")
        if "kind_unknown" in codes and kind != "unknown":
            say("kind_unknown with a kind")
        parsed = {}
        if fields != "—":
            for item in fields.split("; "):
                if "=" not in item:
                    say("field without '=': %r" % item)
                    continue
                k, v = item.split("=", 1)
                if k in parsed:
                    say("field %s listed twice" % k)
                if k not in FIELDS[kind] | FIELDS["all"]:
                    say("field %s is not a %s field" % (k, kind))
                if k in ("title", "partnership_name"):
                    say("title and partnership_name are not listed")
                if k in DATE_FIELDS:
                    try:
                        iso(v)
                    except ValueError:
                        say("field %s is not an ISO date: %r" % (k, v))
                if k in ENUMS and v not in ENUMS[k]:
                    say("field %s has value %r outside %s" % (k, v, sorted(ENUMS[k])))
                parsed[k] = v
        if kind == "rapid_review":
            if parsed.get("lcspr_decision") in (None, "undecided") and "lcspr_decision_missing" not in codes:
                say("no decision but no lcspr_decision_missing")
            if parsed.get("lcspr_decision") in ("yes", "no") and "lcspr_decision_missing" in codes:
                say("a decision and lcspr_decision_missing")
            if ("national_review" in parsed) == ("national_review_view_missing" in codes):
                say("national_review and national_review_view_missing disagree")
            if not ("sin_reference" in parsed or "sin_date" in parsed) and "sin_missing" not in codes:
                say("no SIN but no sin_missing")
        if kind == "yearly_report":
            if ("period_start" not in parsed) != ("period_missing" in codes):
                say("period and period_missing disagree")
        if kind == "arrangements" and "url_missing" in codes and "url" in parsed:
            say("url_missing with a url")
        if len(why) < 20:
            say("Why is too short")
        try:
            timeliness(kind, rec, parsed, codes, say)
        except ValueError as e:
            say("bad date %s" % e)
    for name in sorted(os.listdir(CORPUS)):
        full = os.path.join(CORPUS, name)
        if name in ("README.md", "gen") or name.startswith(".") or not os.path.isfile(full):
            continue
        if name not in seen:
            problems.append("%s: file has no row" % name)
    for p in problems:
        print(p)
    print("%d rows, %d problems" % (len(rows), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

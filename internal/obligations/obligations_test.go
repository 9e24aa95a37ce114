package obligations

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func day(tb testing.TB, s string) time.Time {
	tb.Helper()
	d, err := intake.ParseISODate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

var coventry = intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"}

// sub is an accepted Coventry submission received at noon on date.
func sub(tb testing.TB, id string, kind Kind, received string, fields ...string) intake.Record {
	tb.Helper()
	f := map[string]string{}
	for i := 0; i+1 < len(fields); i += 2 {
		f[fields[i]] = fields[i+1]
	}
	return intake.Record{Outcome: intake.Outcome{
		ID: id, Kind: intake.Kind(kind), Status: intake.Accepted, Partnership: &coventry,
		Received: day(tb, received).Add(12 * time.Hour), Fields: f,
	}}
}

func rejected(r intake.Record) intake.Record { r.Status = intake.Rejected; return r }

func sin(tb testing.TB, ref, sent, child string) SIN {
	tb.Helper()
	return SIN{Reference: ref, Partnership: coventry.ID, Sent: day(tb, sent), Child: child}
}

// only returns the obligations of kind k, failing when there are none.
func only(tb testing.TB, obs []Obligation, k Kind) []Obligation {
	tb.Helper()
	var out []Obligation
	for _, o := range obs {
		if o.Kind == k {
			out = append(out, o)
		}
	}
	return out
}

// brief is an obligation in one line, for comparing.
func brief(o Obligation) string {
	return fmt.Sprintf("%s %s due=%s %s met_by=%s late=%v", o.Kind, o.Ref, dateOrEmpty(o.Due), o.Status, o.MetBy, o.Late)
}

func briefs(obs []Obligation) string {
	var b []string
	for _, o := range obs {
		b = append(b, brief(o))
	}
	return strings.Join(b, "\n")
}

func TestRapidReview(t *testing.T) {
	tests := []struct {
		name    string
		at      string
		sins    []SIN
		records []intake.Record
		want    string
	}{
		{
			name: "due today is due, not overdue",
			at:   "2025-03-24",
			sins: []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "Child Q")},
			want: "rapid_review SIN-2025-0412 due=2025-03-24 due met_by= late=false",
		},
		{
			name: "the day after the due date is overdue",
			at:   "2025-03-25",
			sins: []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "Child Q")},
			want: "rapid_review SIN-2025-0412 due=2025-03-24 overdue met_by= late=false",
		},
		{
			name: "due over Christmas counts working days (DESIGN 4.5)",
			at:   "2026-01-08",
			sins: []SIN{sin(t, "SIN-2025-0900", "2025-12-15", "")},
			want: "rapid_review SIN-2025-0900 due=2026-01-08 due met_by= late=false",
		},
		{
			name: "a SIN sent on a bank holiday counts from that day",
			at:   "2025-04-21",
			sins: []SIN{sin(t, "SIN-2025-0500", "2025-04-21", "")}, // Easter Monday
			want: "rapid_review SIN-2025-0500 due=2025-05-13 due met_by= late=false",
		},
		{
			name:    "met on the due date is on time",
			at:      "2025-04-30",
			sins:    []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "Child Q")},
			records: []intake.Record{sub(t, "RR-1", RapidReview, "2025-03-24", "sin_reference", "SIN-2025-0412")},
			want:    "rapid_review SIN-2025-0412 due=2025-03-24 met met_by=RR-1 late=false",
		},
		{
			name:    "met one day late",
			at:      "2025-04-30",
			sins:    []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "Child Q")},
			records: []intake.Record{sub(t, "RR-1", RapidReview, "2025-03-25", "sin_reference", "sin-2025-0412")},
			want:    "rapid_review SIN-2025-0412 due=2025-03-24 met met_by=RR-1 late=true",
		},
		{
			name:    "a review received after the date does not count yet",
			at:      "2025-03-20",
			sins:    []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "Child Q")},
			records: []intake.Record{sub(t, "RR-1", RapidReview, "2025-03-21", "sin_reference", "SIN-2025-0412")},
			want:    "rapid_review SIN-2025-0412 due=2025-03-24 due met_by= late=false",
		},
		{
			name:    "a SIN imported after its review arrived is met by it",
			at:      "2025-06-01",
			sins:    []SIN{sin(t, "2025/0388", "2025-03-10", "Child M")},
			records: []intake.Record{sub(t, "RR-1", RapidReview, "2025-03-21", "sin_reference", "2025/0388", "sin_date", "2025-03-10")},
			want:    "rapid_review 2025/0388 due=2025-03-31 met met_by=RR-1 late=false",
		},
		{
			name: "a rejected review, then the corrected one accepted",
			at:   "2025-04-30",
			sins: []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "Child Q")},
			records: []intake.Record{
				rejected(sub(t, "RR-1", RapidReview, "2025-03-20", "sin_reference", "SIN-2025-0412")),
				sub(t, "RR-2", RapidReview, "2025-03-26", "sin_reference", "SIN-2025-0412"),
			},
			want: "rapid_review SIN-2025-0412 due=2025-03-24 met met_by=RR-2 late=true",
		},
		{
			name:    "no reference: matched by date and child",
			at:      "2025-04-30",
			sins:    []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "Child Q")},
			records: []intake.Record{sub(t, "RR-1", RapidReview, "2025-03-20", "sin_date", "2025-03-03", "child", "child q")},
			want:    "rapid_review SIN-2025-0412 due=2025-03-24 met met_by=RR-1 late=false",
		},
		{
			name:    "no reference: another child on the same date does not match",
			at:      "2025-04-30",
			sins:    []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "Child Q")},
			records: []intake.Record{sub(t, "RR-1", RapidReview, "2025-03-20", "sin_date", "2025-03-03", "child", "Child P")},
			want:    "rapid_review SIN-2025-0412 due=2025-03-24 overdue met_by= late=false",
		},
		{
			name:    "no reference and no child: the date alone",
			at:      "2025-04-30",
			sins:    []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "")},
			records: []intake.Record{sub(t, "RR-1", RapidReview, "2025-03-20", "sin_date", "2025-03-03", "child", "Child Q")},
			want:    "rapid_review SIN-2025-0412 due=2025-03-24 met met_by=RR-1 late=false",
		},
		{
			name:    "a review naming another reference does not match by date",
			at:      "2025-04-30",
			sins:    []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "Child Q")},
			records: []intake.Record{sub(t, "RR-1", RapidReview, "2025-03-20", "sin_reference", "SIN-2025-0999", "sin_date", "2025-03-03", "child", "Child Q")},
			want:    "rapid_review SIN-2025-0412 due=2025-03-24 overdue met_by= late=false",
		},
		{
			name: "one review meets one SIN of its date",
			at:   "2025-03-20",
			sins: []SIN{sin(t, "A", "2025-03-03", ""), sin(t, "B", "2025-03-03", "")},
			records: []intake.Record{
				sub(t, "RR-1", RapidReview, "2025-03-20", "sin_date", "2025-03-03"),
			},
			want: "rapid_review A due=2025-03-24 met met_by=RR-1 late=false\nrapid_review B due=2025-03-24 due met_by= late=false",
		},
		{
			name: "a SIN sent after the date is not listed",
			at:   "2025-03-02",
			sins: []SIN{sin(t, "SIN-2025-0412", "2025-03-03", "")},
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := only(t, Compute(Input{At: day(t, tt.at), SINs: tt.sins, Records: tt.records}), RapidReview)
			if s := briefs(got); s != tt.want {
				t.Errorf("at %s:\n got %s\nwant %s", tt.at, s, tt.want)
			}
		})
	}
}

func TestPracticeReview(t *testing.T) {
	decided := func(id, received, reviewDate, ref, child string) intake.Record {
		return sub(t, id, RapidReview, received, "lcspr_decision", "yes", "review_date", reviewDate, "sin_reference", ref, "child", child)
	}
	tests := []struct {
		name    string
		at      string
		records []intake.Record
		want    string
	}{
		{
			name:    "the 31st plus six months is the 30th",
			at:      "2025-04-01",
			records: []intake.Record{decided("RR-1", "2025-04-01", "2025-03-31", "SIN-1", "Child Q")},
			want:    "practice_review RR-1 due=2025-09-30 due met_by= late=false",
		},
		{
			name:    "30 August plus six months is 28 February",
			at:      "2025-09-01",
			records: []intake.Record{decided("RR-1", "2025-09-01", "2025-08-30", "SIN-1", "Child Q")},
			want:    "practice_review RR-1 due=2026-02-28 due met_by= late=false",
		},
		{
			name:    "due on a bank holiday stays on it: due that day, overdue the next",
			at:      "2025-12-26",
			records: []intake.Record{decided("RR-1", "2025-06-26", "2025-06-25", "SIN-1", "Child Q")},
			want:    "practice_review RR-1 due=2025-12-25 overdue met_by= late=false",
		},
		{
			name: "without a review date, from the received date",
			at:   "2025-04-01",
			records: []intake.Record{
				sub(t, "RR-1", RapidReview, "2025-03-21", "lcspr_decision", "yes", "sin_reference", "SIN-1"),
			},
			want: "practice_review RR-1 due=2025-09-21 due met_by= late=false",
		},
		{
			name: "no local review decided: nothing owed",
			at:   "2025-04-01",
			records: []intake.Record{
				sub(t, "RR-1", RapidReview, "2025-03-21", "lcspr_decision", "no", "sin_reference", "SIN-1"),
				rejected(decided("RR-2", "2025-03-21", "2025-03-17", "SIN-2", "Child R")),
			},
			want: "",
		},
		{
			name: "met by the same SIN reference, one day late",
			at:   "2025-11-01",
			records: []intake.Record{
				decided("RR-1", "2025-03-21", "2025-03-17", "SIN-1", "Child Q"),
				sub(t, "PR-1", PracticeReview, "2025-09-18", "sin_reference", "SIN-1"),
			},
			want: "practice_review RR-1 due=2025-09-17 met met_by=PR-1 late=true",
		},
		{
			name: "met by the same child",
			at:   "2025-11-01",
			records: []intake.Record{
				decided("RR-1", "2025-03-21", "2025-03-17", "SIN-1", "Child Q"),
				sub(t, "PR-1", PracticeReview, "2025-09-01", "child", "Child Q"),
			},
			want: "practice_review RR-1 due=2025-09-17 met met_by=PR-1 late=false",
		},
		{
			name: "another child's practice review does not meet it",
			at:   "2025-11-01",
			records: []intake.Record{
				decided("RR-1", "2025-03-21", "2025-03-17", "SIN-1", "Child Q"),
				sub(t, "PR-1", PracticeReview, "2025-09-01", "child", "Child P", "sin_reference", "SIN-2"),
			},
			want: "practice_review RR-1 due=2025-09-17 overdue met_by= late=false",
		},
		{
			name: "the Word and PDF of one review owe one practice review",
			at:   "2025-04-01",
			records: []intake.Record{
				decided("RR-1", "2025-03-21", "2025-03-17", "SIN-1", "Child Q"),
				decided("RR-2", "2025-03-21", "2025-03-17", "SIN-1", "Child Q"),
			},
			want: "practice_review RR-1 due=2025-09-17 due met_by= late=false",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := only(t, Compute(Input{At: day(t, tt.at), Records: tt.records}), PracticeReview)
			if s := briefs(got); s != tt.want {
				t.Errorf("at %s:\n got %s\nwant %s", tt.at, s, tt.want)
			}
		})
	}
}

func TestYearlyReport(t *testing.T) {
	report := func(id, received, published string) intake.Record {
		return sub(t, id, YearlyReport, received, "publication_date", published)
	}
	tests := []struct {
		name     string
		at       string
		baseline string
		records  []intake.Record
		want     string
	}{
		{
			name: "nothing known: due unknown",
			at:   "2025-03-21",
			want: "yearly_report  due= unknown met_by= late=false",
		},
		{
			name:     "from the baseline",
			at:       "2025-03-21",
			baseline: "2024-03-31",
			want:     "yearly_report 2025 due=2025-03-31 due met_by= late=false",
		},
		{
			name:     "from the baseline, overdue",
			at:       "2025-04-01",
			baseline: "2024-03-31",
			want:     "yearly_report 2025 due=2025-03-31 overdue met_by= late=false",
		},
		{
			name:     "the baseline's obligation met, the next one open",
			at:       "2025-03-21",
			baseline: "2023-10-15",
			records:  []intake.Record{report("YR-1", "2024-10-03", "2024-09-30")},
			want:     "yearly_report 2024 due=2024-10-15 met met_by=YR-1 late=false\nyearly_report 2025 due=2025-09-30 due met_by= late=false",
		},
		{
			name:    "a report without a baseline starts the chain",
			at:      "2025-03-21",
			records: []intake.Record{report("YR-1", "2024-10-03", "2024-09-30"), rejected(report("YR-2", "2025-03-01", "2025-02-28"))},
			want:    "yearly_report 2025 due=2025-09-30 due met_by= late=false",
		},
		{
			name: "met late: received after the due date",
			at:   "2025-12-01",
			records: []intake.Record{
				report("YR-1", "2024-10-03", "2024-09-30"),
				report("YR-2", "2025-10-07", "2025-10-01"),
			},
			want: "yearly_report 2025 due=2025-09-30 met met_by=YR-2 late=true\nyearly_report 2026 due=2026-10-01 due met_by= late=false",
		},
		{
			name:     "reports published before the baseline are history",
			at:       "2025-03-21",
			baseline: "2024-09-30",
			records:  []intake.Record{report("YR-0", "2023-10-03", "2023-09-30")},
			want:     "yearly_report 2025 due=2025-09-30 due met_by= late=false",
		},
		{
			name: "a copy with the same publication date is not the next report",
			at:   "2025-03-21",
			records: []intake.Record{
				report("YR-1", "2024-10-03", "2024-09-30"),
				report("YR-2", "2024-10-04", "2024-09-30"),
			},
			want: "yearly_report 2025 due=2025-09-30 due met_by= late=false",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{At: day(t, tt.at), Records: tt.records, Partnerships: []intake.Partnership{coventry}}
			if tt.baseline != "" {
				in.Baseline = []Baseline{{Partnership: coventry.ID, LastPublished: day(t, tt.baseline)}}
			}
			got := only(t, Compute(in), YearlyReport)
			if s := briefs(got); s != tt.want {
				t.Errorf("at %s:\n got %s\nwant %s", tt.at, s, tt.want)
			}
		})
	}
}

func TestArrangements(t *testing.T) {
	tests := []struct {
		name    string
		at      string
		records []intake.Record
		want    string
	}{
		{"none: due", "2024-12-31", nil, "arrangements 2023 due=2024-12-31 due met_by= late=false"},
		{"none: overdue", "2025-01-01", nil, "arrangements 2023 due=2024-12-31 overdue met_by= late=false"},
		{
			"before the round's start does not count", "2025-03-21",
			[]intake.Record{sub(t, "SA-1", Arrangements, "2023-12-14")},
			"arrangements 2023 due=2024-12-31 overdue met_by= late=false",
		},
		{
			"on the round's start counts", "2025-03-21",
			[]intake.Record{sub(t, "SA-1", Arrangements, "2023-12-15")},
			"arrangements 2023 due=2024-12-31 met met_by=SA-1 late=false",
		},
		{
			"a link received late", "2025-03-21",
			[]intake.Record{rejected(sub(t, "SA-1", Arrangements, "2024-12-20")), sub(t, "SA-2", Arrangements, "2025-01-02")},
			"arrangements 2023 due=2024-12-31 met met_by=SA-2 late=true",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := only(t, Compute(Input{At: day(t, tt.at), Records: tt.records, Partnerships: []intake.Partnership{coventry}}), Arrangements)
			if s := briefs(got); s != tt.want {
				t.Errorf("at %s:\n got %s\nwant %s", tt.at, s, tt.want)
			}
		})
	}
}

func TestJSON(t *testing.T) {
	obs := Compute(Input{
		At:           day(t, "2025-03-21"),
		Partnerships: []intake.Partnership{coventry},
		SINs:         []SIN{sin(t, "SIN-2025-0093", "2025-02-03", "")},
	})
	var lines []string
	for _, o := range obs {
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	want := []string{
		`{"partnership":{"id":"E08000026","name":"Coventry Safeguarding Children Partnership"},"obligation":"arrangements","ref":"2023","due":"2024-12-31","status":"overdue","met_by":null,"late":false}`,
		`{"partnership":{"id":"E08000026","name":"Coventry Safeguarding Children Partnership"},"obligation":"rapid_review","ref":"SIN-2025-0093","due":"2025-02-24","status":"overdue","met_by":null,"late":false}`,
		`{"partnership":{"id":"E08000026","name":"Coventry Safeguarding Children Partnership"},"obligation":"yearly_report","ref":null,"due":null,"status":"unknown","met_by":null,"late":false}`,
	}
	if got := strings.Join(lines, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("JSON lines, sorted by due date:\n got %s\nwant %s", got, strings.Join(want, "\n"))
	}
}

func TestDueSoonAndDaysLate(t *testing.T) {
	at := day(t, "2025-04-14") // Monday before Easter: Friday 18 and Monday 21 are holidays
	soon := SoonBy(at)
	if want := day(t, "2025-04-23"); !soon.Equal(want) {
		t.Errorf("SoonBy(2025-04-14) = %s, want %s", intake.ISODate(soon), intake.ISODate(want))
	}
	tests := []struct {
		due      string
		status   Status
		soon     bool
		daysLate int
	}{
		{"2025-04-23", Due, true, 0},      // the fifth working day: inclusive
		{"2025-04-24", Due, false, 0},     // the sixth
		{"2025-04-14", Due, true, 0},      // today
		{"2025-04-10", Overdue, false, 2}, // Thursday: Friday and Monday since
	}
	for _, tt := range tests {
		o := Obligation{Due: day(t, tt.due), Status: tt.status}
		if got := o.DueSoon(at); got != tt.soon {
			t.Errorf("due %s: DueSoon = %v, want %v", tt.due, got, tt.soon)
		}
		if got := o.DaysLate(at); got != tt.daysLate {
			t.Errorf("due %s: DaysLate = %d, want %d", tt.due, got, tt.daysLate)
		}
	}
}

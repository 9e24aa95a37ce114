package rules

import (
	"maps"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/safeguarding-intake/intake/internal/fields"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestPracticeReviewCodes changes one thing in the clean practice review
// (decided 16 September 2024, to be published 10 March 2025, received 27
// February 2025) and expects exactly the findings that change causes.
func TestPracticeReviewCodes(t *testing.T) {
	received := func(s string) func(*Input) { return func(in *Input) { in.Received = day(t, s) } }
	set := func(kv ...string) func(*Input) {
		return func(in *Input) {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i+1] == "" {
					delete(in.Fields, kv[i])
				} else {
					in.Fields[kv[i]] = kv[i+1]
				}
			}
		}
	}
	replace := func(oldnew ...string) func(*Input) {
		return func(in *Input) { in.Text = strings.NewReplacer(oldnew...).Replace(in.Text) }
	}
	tests := []struct {
		name     string
		change   func(*Input)
		want     []string
		deadline *intake.Deadline
	}{
		{"on the last day of notice", func(*Input) {}, nil,
			&intake.Deadline{Rule: ruleNotice, From: "2025-03-10", Due: "2025-02-27", Met: true}},
		{"5 working days before publication", received("2025-03-03"), []string{"practice_review_notice_short"},
			&intake.Deadline{Rule: ruleNotice, From: "2025-03-10", Due: "2025-02-27", Met: false}},
		{"after publication", received("2025-03-11"), []string{"practice_review_notice_short"}, nil},
		{"six months to the day", set(fields.DecisionDate, "2024-08-27"), nil, nil},
		{"more than six months after the decision", set(fields.DecisionDate, "2024-08-26"), []string{"practice_review_late"}, nil},
		{"six months clamp to the month's end", func(in *Input) {
			in.Fields[fields.DecisionDate] = "2024-08-31" // due 28 February 2025
			in.Received = day(t, "2025-02-28")
			in.Fields[fields.PublicationDate] = "2025-03-31"
		}, nil, nil},
		{"a day after the clamped six months", func(in *Input) {
			in.Fields[fields.DecisionDate] = "2024-08-31"
			in.Received = day(t, "2025-03-01")
			in.Fields[fields.PublicationDate] = "2025-03-31"
		}, []string{"practice_review_late"}, nil},
		{"no publication plan", set(fields.PublicationDate, "", fields.Publication, ""), []string{"publication_plan_missing"}, nil},
		{"published in full, no date", set(fields.PublicationDate, "", fields.Publication, fields.PublishedFull), []string{"publication_plan_missing"}, nil},
		{"not to be published", set(fields.PublicationDate, "", fields.Publication, fields.NotPublished), nil, nil},
		{"no recommendations", replace("Recommendations", "Next steps", "Recommendation", "Point"), []string{"missing_recommendations"}, nil},
		{"improvements instead of recommendations", replace("Recommendations", "Improvements to be made", "Recommendation", "Improvement"), nil, nil},
		{"no systemic analysis", replace("underlying reasons", "reasons", "systems approach", "review approach"), []string{"missing_systemic_analysis"}, nil},
		{"no child perspective", replace("lived experience", "records", "met the lead reviewer", "were written to", "and their family", "and home", "What Child P said to", "What was sent to"), []string{"missing_child_perspective"}, nil},
		{"decision in the future", set(fields.DecisionDate, "2025-03-01"), []string{"date_in_future"}, nil},
		{"report dated in the future", set(fields.ReportDate, "2025-02-28"), []string{"date_in_future"}, nil},
		{"publication ahead is not the future", set(fields.PublicationDate, "2025-06-30"), nil, nil},
		{"names a ccg", func(in *Input) {
			in.Text += "\nThe safeguarding partners are Northbridge City Council, Northbridge Police and NHS Northbridge Clinical Commissioning Group.\n"
		}, []string{"ccg_after_icb"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCase(t, intake.PracticeReview, tt.change, tt.want, tt.deadline) })
	}
}

func TestPracticeNoticeMessageSaysWhenToPublish(t *testing.T) {
	in := clean(t, intake.PracticeReview)
	in.Received = day(t, "2025-03-03") // 7 working days later is 12 March
	findings, _ := Check(in)
	if len(findings) != 1 || !strings.Contains(findings[0].Message, "12 March 2025") {
		t.Errorf("Check(5 working days' notice) = %v, want one finding naming 12 March 2025", findings)
	}
}

func TestPublishableFrom(t *testing.T) {
	tests := []struct{ received, want string }{
		{"2025-02-27", "2025-03-10"},
		{"2025-12-19", "2026-01-02"}, // over Christmas and Boxing Day
		{"2025-04-17", "2025-04-30"}, // over Easter
	}
	for _, tt := range tests {
		if got := intake.ISODate(PublishableFrom(day(t, tt.received))); got != tt.want {
			t.Errorf("PublishableFrom(%s) = %s, want %s", tt.received, got, tt.want)
		}
	}
}

// checkCase changes one thing in the clean input of kind, checks it and
// expects exactly the codes want, the deadline (when not nil), each
// finding's own severity and no claim that the document was forwarded.
func checkCase(t *testing.T, kind intake.Kind, change func(*Input), want []string, wantDeadline *intake.Deadline) {
	t.Helper()
	in := clean(t, kind)
	in.Fields = maps.Clone(in.Fields)
	change(&in)
	findings, deadline := Check(in)
	if diff := cmp.Diff(want, codes(findings)); diff != "" {
		t.Errorf("Check(%s) codes mismatch (-want +got):\n%s\nfindings: %v", kind, diff, findings)
	}
	if wantDeadline != nil {
		if diff := cmp.Diff(wantDeadline, deadline); diff != "" {
			t.Errorf("Check(%s) deadline mismatch (-want +got):\n%s", kind, diff)
		}
	}
	for _, f := range findings {
		if sev, fixed := intake.SeverityOf(f.Code); fixed && f.Severity != sev {
			t.Errorf("finding %s severity = %s, want %s", f.Code, f.Severity, sev)
		}
		if forwardClaim.MatchString(f.Message) {
			t.Errorf("finding %s says the document was forwarded, whatever the outcome: %q", f.Code, f.Message)
		}
	}
}

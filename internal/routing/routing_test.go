package routing

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func TestDefaultRoutes(t *testing.T) {
	r := Default()
	tests := []struct {
		kind intake.Kind
		want []string
	}{
		{intake.RapidReview, []string{"panel"}},
		{intake.YearlyReport, []string{"panel", "wwc"}},
		{intake.Arrangements, []string{"dfe"}},
		{intake.PracticeReview, []string{"panel", "dfe_reviews", "ofsted"}},
		{intake.Unknown, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, rc := range r.For(tt.kind) {
			got = append(got, rc.Name)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("For(%s) = %v, want %v", tt.kind, got, tt.want)
		}
	}
	if got := r.Recipients["dfe"].Address; got != "safeguarding.reform@education.gov.uk" {
		t.Errorf("dfe address = %q", got)
	}
	// Unconfirmed addresses are placeholders a deployment must replace,
	// each named by the variable that sets it.
	for name, env := range map[string]string{"wwc": "RECIPIENT_WWC", "dfe_reviews": "RECIPIENT_DFE_REVIEWS", "ofsted": "RECIPIENT_OFSTED"} {
		rc := r.Recipients[name]
		if !strings.HasSuffix(rc.Address, ".invalid") || rc.Env != env {
			t.Errorf("recipient %s = %q (env %s), want a placeholder .invalid address set by %s", name, rc.Address, rc.Env, env)
		}
	}
}

func TestApplyEnv(t *testing.T) {
	r := Default()
	env := map[string]string{"RECIPIENT_PANEL": " Panel Inbox <panel@example.org> ", "RECIPIENT_WWC": ""}
	if err := r.ApplyEnv(func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	if got := r.For(intake.RapidReview)[0].Address; got != "panel@example.org" {
		t.Errorf("panel address = %q, want panel@example.org", got)
	}
	if got := r.Recipients["wwc"].Address; got != "yearly-reports@foundations.invalid" {
		t.Errorf("wwc address changed by an empty variable: %q", got)
	}
	bad := map[string]string{"RECIPIENT_DFE": "not an address"}
	err := Default().ApplyEnv(func(k string) string { return bad[k] })
	if err == nil || !strings.Contains(err.Error(), "RECIPIENT_DFE") {
		t.Errorf("ApplyEnv(bad) = %v, want an error naming RECIPIENT_DFE", err)
	}
}

func TestParseRejects(t *testing.T) {
	tests := map[string]string{
		"unknown recipient":          `{"recipients":{"panel":{"label":"P","address":"p@example.org"}},"routes":{"rapid_review":["nobody"],"yearly_report":["panel"],"arrangements":["panel"],"practice_review":["panel"]}}`,
		"kind not routed":            `{"recipients":{"panel":{"label":"P","address":"p@example.org"}},"routes":{"rapid_review":["panel"]}}`,
		"practice review not routed": `{"recipients":{"panel":{"label":"P","address":"p@example.org"}},"routes":{"rapid_review":["panel"],"yearly_report":["panel"],"arrangements":["panel"]}}`,
		"bad address":                `{"recipients":{"panel":{"label":"P","address":"nope"}},"routes":{"rapid_review":["panel"],"yearly_report":["panel"],"arrangements":["panel"],"practice_review":["panel"]}}`,
		"unknown key":                `{"recipients":{},"routes":{},"extra":1}`,
		"not json":                   `recipients: panel`,
	}
	for name, src := range tests {
		if _, err := Parse(strings.NewReader(src)); err == nil {
			t.Errorf("Parse(%s) succeeded, want an error", name)
		}
	}
}

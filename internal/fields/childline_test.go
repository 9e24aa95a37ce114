package fields

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// A cover page's line that is itself the child's name is the child, not a
// label of the line after it; a title names a child by a name as well as
// by a code; a label of the field's own words is no name.
func TestChildNamedByALineOrTitle(t *testing.T) {
	tests := []struct {
		name       string
		kind       intake.Kind
		text, want string
	}{
		{"a code above the author", intake.PracticeReview,
			"Eastshire Safeguarding Partnership\nPractice review report\nChild M\nLead reviewer: Jo Patel\nDate: 3 March 2025\n", "Child M"},
		{"a sibling group above a date", intake.PracticeReview,
			"Eastshire Safeguarding Partnership\nSiblings A and C\nPublished: 3 March 2025\n", "Siblings A and C"},
		{"a name above the subtitle", intake.PracticeReview,
			"Baby Rosa\nA practice review for the Eastshire Safeguarding Partnership\nReviewer: Jo Patel\n", "Baby Rosa"},
		{"a name in a rapid review's title", intake.RapidReview,
			"Rapid review: Child Tariq\nIncident: 2 March 2025\nThe partners met on 20 March 2025.\n", "Child Tariq"},
		{"a name before the title's dash", intake.RapidReview,
			"Eastshire Safeguarding Partnership\nChild Olu - rapid review report\nIncident: 2 March 2025\n", "Child Olu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ev := ReadDocument(tt.kind, tt.text, nil)
			if f[Child] != tt.want {
				t.Errorf("child = %q, want %q", f[Child], tt.want)
			}
			if ev[Child].Text == "" {
				t.Error("child has no evidence")
			}
		})
	}
	f, _ := ReadDocument(intake.RapidReview, "Rapid review\nChild name\nNot recorded here\n", nil)
	if f[Child] == "Child name" {
		t.Errorf("child = %q: a label's words", f[Child])
	}
}

// A practice review's report is the document: the date it gives the
// report, in a sentence or a label, is its own when no other is given.
func TestPracticeReportDateIsItsOwn(t *testing.T) {
	for _, text := range []string{
		"Practice review: Child D\nLead reviewer: Sam Reed. Report completed 14 February 2025.\nFindings\nNo agency knew.\n",
		"Child safeguarding practice review - Child D\nReviewer | Sam Reed\nReport finalised | 14/02/2025\n",
		"Local child safeguarding practice review\nChild D\n\nThe final report was signed off by the partners on 14 February 2025.\n",
	} {
		f, ev := ReadDocument(intake.PracticeReview, text, nil)
		if f[ReportDate] != "2025-02-14" || f[DocumentDate] != f[ReportDate] || ev[DocumentDate].Text == "" {
			t.Errorf("%q: report_date %q, document_date %q (evidence %q); want both 2025-02-14", text, f[ReportDate], f[DocumentDate], ev[DocumentDate].Text)
		}
	}
}

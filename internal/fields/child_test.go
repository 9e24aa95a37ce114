package fields

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// Children named otherwise than "Child X": sibling groups by their
// family's name, in quotes or not, under a label, in a sentence or in a
// report's title, and initials.
func TestChildNamedOtherwise(t *testing.T) {
	tests := []struct {
		name string
		kind intake.Kind
		text string
		want string
	}{
		{"a family pseudonym in quotes with a description", intake.RapidReview,
			"Rapid review\n\nChildren | The \u2018Okafor\u2019 siblings: two children aged 6 and 3\nDate of incident | 2 May 2025\n", "the 'Okafor' siblings"},
		{"a label that names the child labels something else", intake.RapidReview,
			"Rapid review\n\nAgencies who knew Child M: St Helens children's social care: child in need plan since March 2025, stepped down.\n\nChild M was taken to hospital.\n", "Child M"},
		{"twins after a dash", intake.RapidReview,
			"Rapid review\n\nSubject child | the Patel twins \u2013 aged 2\n", "the Patel twins"},
		{"a group named in a sentence", intake.RapidReview,
			"Rapid review\n\nThis rapid review concerns the 'Moss' brothers, who were found alone at home on 2 May 2025.\n", "the 'Moss' brothers"},
		{"a report's title", intake.PracticeReview,
			"Local Child Safeguarding Practice Review: the \u201cDunn\u201d sisters\n\nLead reviewer: A. Smith\n", "the 'Dunn' sisters"},
		{"initials under a label", intake.RapidReview,
			"Rapid review\n\nInitials of child | TW\n", "TW"},
		{"letters of a sibling group", intake.RapidReview,
			"Rapid review\n\nChildren concerned: Siblings M and N\n", "Siblings M and N"},
		{"no child named", intake.RapidReview,
			"Rapid review\n\nChild | not applicable\n\nThe Local children's services were told.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ev := ReadDocument(tt.kind, tt.text, nil)
			if f[Child] != tt.want {
				t.Errorf("child = %q, want %q", f[Child], tt.want)
			}
			if tt.want != "" && ev[Child].Text == "" {
				t.Error("child has no evidence")
			}
		})
	}
}

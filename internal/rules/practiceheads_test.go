package rules

import (
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// A practice review heads its analysis of why practice was as it was, and
// the child's own account, in many ways; each heading covers its element
// without the body's cue words.
func TestPracticeElementsFromHeadings(t *testing.T) {
	for _, tt := range []struct {
		heading, element string
	}{
		{"Why things went the way they did: the reasons behind practice", "systemic_analysis"},
		{"Underlying issues", "systemic_analysis"},
		{"Analysis", "systemic_analysis"},
		{"Systems findings", "systemic_analysis"},
		{"What helped and what hindered", "systemic_analysis"},
		{"Ellie's voice", "child_perspective"},
		{"In Sam's own words", "child_perspective"},
		{"What the young people told the reviewer", "child_perspective"},
	} {
		text := "Westmere Safeguarding Children Partnership\nChild safeguarding practice review: Child E\n\n" + tt.heading +
			"\n\nThe review met practitioners in two groups over the autumn.\n\nRecommendations\n\nThe partners should agree a protocol.\n"
		bs := document.FromText(text)
		for i := range bs {
			if bs[i].Text == tt.heading || bs[i].Text == "Recommendations" {
				bs[i].Kind = document.Heading
			}
		}
		ev := map[string]intake.Evidence{}
		fs, _ := Check(Input{Kind: intake.PracticeReview, Text: text, Blocks: bs, Received: time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC), Evidence: ev,
			Fields: map[string]string{"publication": "none"}})
		for _, f := range fs {
			if f.Code == "missing_"+tt.element {
				t.Errorf("%q: %s, want it covered", tt.heading, f.Code)
			}
		}
		if ev[tt.element].Text != tt.heading {
			t.Errorf("%q: evidence of %s = %q, want the heading", tt.heading, tt.element, ev[tt.element].Text)
		}
	}
}

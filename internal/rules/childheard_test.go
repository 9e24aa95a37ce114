package rules

import (
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// A report that names its child gives the child's account under that
// name: "Kai's wishes", "Child R, aged 9, told". Mentions of the child
// that are not the child heard leave the element missing.
func TestChildPerspectiveByTheChildsName(t *testing.T) {
	for _, tt := range []struct {
		child, body string
		covered     bool
	}{
		{"Child R", "Child R, aged nine, told the advocate that the shouting at night frightened them.", true},
		{"Child R", "Child R\u2019s wishes were recorded by the social worker at each visit.", true},
		{"Kai", "Kai's own words were shared with the panel in a letter.", true},
		{"Kai", "Kai later described feeling invisible at school.", true},
		{"Baby Q and Child P", "Baby Q and Child P have said little; their grandmother was interviewed.", true},
		{"Child R", "At the second meeting the young person explained that home felt unsafe.", true},
		{"Child R", "Child R was told by the school that the referral had been made.", false},
		{"Child R", "Child R moved school twice in the year before the incident.", false},
		{"Kai", "Nobody asked Kai what he wanted; agencies told the parents.", false},
	} {
		text := "Eastholme Safeguarding Children Partnership\nLocal child safeguarding practice review: " + tt.child +
			"\n\nWhat happened\n\n" + tt.body + "\n\nRecommendations\n\n1. The partners should agree a protocol.\n"
		bs := document.FromText(text)
		ev := map[string]intake.Evidence{}
		fs, _ := Check(Input{Kind: intake.PracticeReview, Text: text, Blocks: bs, Received: time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC), Evidence: ev,
			Fields: map[string]string{"publication": "not_published", "child": tt.child}})
		missing := false
		for _, f := range fs {
			if f.Code == "missing_child_perspective" {
				missing = true
			}
		}
		if missing == tt.covered {
			t.Errorf("%q: missing_child_perspective = %v, want %v (evidence %q)", tt.body, missing, !tt.covered, ev["child_perspective"].Text)
		}
	}
}

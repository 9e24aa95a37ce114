package rules

import (
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// Briefings through which learning was passed on are how findings travel,
// not training of the workforce; briefings held for practitioners still
// count as training.
func TestTrainingNotFromLearningSharedInBriefings(t *testing.T) {
	for _, tt := range []struct {
		body    string
		covered bool
	}{
		{"Our reviews\n\nWhat the reviews found was shared through briefings and a newsletter.", false},
		{"Our reviews\n\nThe findings were disseminated via the partnership's monthly briefings.", false},
		{"Our reviews\n\nLessons were cascaded to front-line teams in two briefings.", false},
		{"Our reviews\n\nKey messages were communicated to staff using short briefings.", false},
		{"Developing the workforce\n\nWe ran twelve multi-agency briefings for 400 practitioners on neglect.", true},
		{"Our reviews\n\nFindings were shared through briefings.\n\nPractitioners attended briefings on exploitation run by the business unit.", true},
	} {
		text := "Annual report 2024 to 2025\n\n" + tt.body + "\n"
		ev := map[string]intake.Evidence{}
		fs, _ := Check(Input{Kind: intake.YearlyReport, Text: text, Blocks: document.FromText(text), Received: time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC), Evidence: ev,
			Fields: map[string]string{"period_start": "2024-04-01", "period_end": "2025-03-31", "publication_date": "2025-09-20"}})
		missing := false
		for _, f := range fs {
			missing = missing || f.Code == "missing_training"
		}
		if missing == tt.covered {
			t.Errorf("%q: missing_training = %v, want %v (evidence %q)", tt.body, missing, !tt.covered, ev["training"].Text)
		}
	}
}

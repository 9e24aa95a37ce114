package rules

import (
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestActivityFromPartnersActions checks that a yearly report whose
// sections are headed in none of the activity's names still covers it when
// its body says what the partners did, in the past tense, several times;
// and that one action, or intentions, do not.
func TestActivityFromPartnersActions(t *testing.T) {
	for _, tt := range []struct {
		body    string
		covered bool
	}{
		{"Looking back\n\nWe refurbished the family hub in Eastgate, piloted a neglect screening tool and recruited two new MASH social workers.", true},
		{"Twelve months on\n\nThe partnership commissioned a thematic audit of bruising in babies. We have also rewritten the escalation policy. Partners jointly funded a youth worker, who ran sessions in four schools.", true},
		{"The year\n\nThe safeguarding partners held two learning events and hosted a conference; we set up a parents' forum.", true},
		{"Training\n\nWe ran 40 courses for 900 practitioners.", false},
		{"Plans\n\nWe wanted to open a hub, hoped to refresh the strategy and intended to train schools.", false},
		{"Context\n\nThe borough has 60,000 children. Many families moved into the area and needed support.", false},
	} {
		text := "Annual report 2024-25\n\n" + tt.body + "\n"
		ev := map[string]intake.Evidence{}
		fs, _ := Check(Input{Kind: intake.YearlyReport, Text: text, Blocks: document.FromText(text), Received: time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC), Evidence: ev,
			Fields: map[string]string{"period_start": "2024-04-01", "period_end": "2025-03-31", "publication_date": "2025-09-01"}})
		missing := false
		for _, f := range fs {
			missing = missing || f.Code == "missing_activity"
		}
		if missing == tt.covered {
			t.Errorf("%q: missing_activity = %v, want %v", tt.body, missing, !tt.covered)
		}
		if tt.covered && ev["activity"].Text == "" {
			t.Errorf("%q: no evidence of the activity", tt.body)
		}
	}
}

package rules

import (
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// A rapid review's immediate actions are often written as what has been
// done since the incident, under a heading of time or in a letter's
// sentence, without the word "action"; what happened since a family moved
// is no such action.
func TestImmediateActionsAsWhatWasDoneSince(t *testing.T) {
	for _, tt := range []struct {
		body    string
		covered bool
	}{
		{"Since then\n\nWhat has been done so far\n\nThe baby's siblings were seen by a social worker the next morning.", true},
		{"Developments since the meeting\n\nWhat happened since\n\nA child protection conference was held.", true},
		{"Update\n\nAlready done\n\nThe school has re-trained its staff.", true},
		{"Background\n\nSince the injury, children's social care and the police have completed joint enquiries and the brothers are with their aunt.", true},
		{"Background\n\nSince her admission the hospital trust has reviewed its discharge checklist.", true},
		{"Background\n\nThe police have already interviewed both parents, and the health visitor has already been briefed.", true},
		{"Summary\n\nWhat we did immediately\n\nThe twins went to stay with their grandmother.", true},
		{"Summary\n\nWhat agencies did straight away\n\nThe school nurse visited the same afternoon.", true},
		{"Summary\n\nAction taken at once\n\nA strategy discussion was held.", true},
		{"Summary\n\nWhat was done immediately after the referral\n\nThe brothers were placed with foster carers.", true},
		{"Summary\n\nWhat the school did next term\n\nIt reviewed its attendance policy.", false},
		{"Background\n\nSince the family moved to the area, the school has recorded late arrivals.", false},
		{"Background\n\nThe family has lived in the town since 2019 and the GP has known them throughout.", false},
	} {
		text := "Rapid review\n\n" + tt.body + "\n"
		ev := map[string]intake.Evidence{}
		fs, _ := Check(Input{Kind: intake.RapidReview, Text: text, Blocks: document.FromText(text), Received: time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC), Evidence: ev,
			Fields: map[string]string{"sin_date": "2025-09-10", "review_date": "2025-09-25"}})
		missing := false
		for _, f := range fs {
			missing = missing || f.Code == "missing_immediate_actions"
		}
		if missing == tt.covered {
			t.Errorf("%q: missing_immediate_actions = %v, want %v", tt.body, missing, !tt.covered)
		}
		if tt.covered && ev["immediate_actions"].Text == "" {
			t.Errorf("%q: no evidence of the immediate actions", tt.body)
		}
	}
}

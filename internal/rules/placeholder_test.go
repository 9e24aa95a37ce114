package rules

import (
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// Bodies that hold a section's place without its text, written the ways
// drafts are, and bodies that say something, however briefly or with a
// placeholder beside their statement.
func TestPlaceholderOnly(t *testing.T) {
	tests := []struct {
		heading, body string
		want          bool
	}{
		{"Recommendations", "To follow.", true},
		{"Recommendations", "TBC", true},
		{"Recommendations", "[to be inserted]", true},
		{"Recommendations", "Awaiting sign-off by the partners.", true},
		{"Recommendations", "xx", true},
		{"Recommendations", "See later draft.", true},
		{"Recommendations", "Recommendations to be added once the learning event has taken place.", true},
		{"Recommendations", "These will be written up after the practitioner event and inserted here in the final version.", true},
		{"Budget", "Figures to follow once the accounts are closed.", true},
		{"Training", "Details TBC \u2013 awaiting data from the training team.", true},
		{"Recommendations", "1. The ICB and the council to agree a process for checking GP registration when a family moves (timescale TBC).", false},
		{"Recommendations", "Partners should review the exploitation screening tool.", false},
		{"Recommendations", "An action plan will be agreed by the Executive and monitored quarterly.", false},
		{"Recommendations", "Recommendation 1 | Review the screening tool | Owner: police | Due: TBC", false},
		{"Funding", "Partners contributed \u00a3390,000; the full accounts will follow in the autumn.", false},
		{"Recommendations", "", false},
		{"Funding", "\u00a3390,000 (final accounts pending)", false},
		{"Training", "1,450 places.", false},
	}
	for _, tt := range tests {
		if got := placeholderOnly(tt.body, textform.Stems(tt.heading)); got != tt.want {
			t.Errorf("placeholderOnly(%q under %q) = %v, want %v", tt.body, tt.heading, got, tt.want)
		}
	}
}

// A practice review whose recommendations section holds only its place
// has no recommendations, and the words of that section are not read as
// recommendations elsewhere; one that has them, however headed, does.
func TestPlaceholderSectionCoversNothing(t *testing.T) {
	report := func(recs string) []document.Block {
		return []document.Block{
			{Kind: document.Heading, Level: 1, Text: "Local child safeguarding practice review: Child R"},
			{Kind: document.Heading, Level: 2, Text: "Findings"},
			{Text: "Information about the family was held in separate systems and never brought together."},
			{Kind: document.Heading, Level: 2, Text: "Recommendations for the partnership"},
			{Text: recs},
			{Kind: document.Heading, Level: 2, Text: "Publication"},
			{Text: "The partners intend to publish the report in the spring."},
		}
	}
	for _, tt := range []struct {
		recs    string
		missing bool
	}{
		{"The reviewer will agree the recommendations with the partners and they will be inserted here before publication.", true},
		{"[Recommendations to be inserted following the learning event]", true},
		{"Awaiting sign-off", true},
		{"The council and the ICB should agree how health registration is checked when a family moves.", false},
	} {
		blocks := report(tt.recs)
		text := ""
		for _, b := range blocks {
			text += b.Text + "\n\n"
		}
		ev := map[string]intake.Evidence{}
		fs, _ := Check(Input{Kind: intake.PracticeReview, Text: text, Blocks: blocks, Received: time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC),
			Evidence: ev, Fields: map[string]string{"publication": "full"}})
		got := false
		for _, f := range fs {
			got = got || f.Code == "missing_recommendations"
		}
		if got != tt.missing {
			t.Errorf("recommendations %q: missing_recommendations %v, want %v (evidence %+v)", tt.recs, got, tt.missing, ev["recommendations"])
		}
		if !tt.missing && ev["recommendations"].Text == "" {
			t.Errorf("recommendations %q covered without evidence", tt.recs)
		}
	}
}

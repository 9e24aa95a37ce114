package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestElementsFromSections checks that a section headed in plain words
// covers its element, with the heading and its page as evidence, and that
// a missing element's message says what was looked for.
func TestElementsFromSections(t *testing.T) {
	text := "Annual report\n\nThe year at a glance\n\nThe partners met twelve times.\n\fWhat the partnership did\n\nWe set up a neglect toolkit.\n"
	blocks := document.FromText(text)
	ev := map[string]intake.Evidence{}
	fs, _ := Check(Input{Kind: intake.YearlyReport, Text: text, Blocks: blocks, Received: time.Now(), Evidence: ev,
		Fields: map[string]string{"period_start": "2024-04-01", "period_end": "2025-03-31", "publication_date": "2025-09-01"}})
	codes := map[string]intake.Finding{}
	for _, f := range fs {
		codes[f.Code] = f
	}
	if _, missing := codes["missing_activity"]; missing {
		t.Errorf("Check() = missing_activity under the heading %q", "What the partnership did")
	}
	if got := ev["activity"]; got.Text != "What the partnership did" || got.Page != 2 {
		t.Errorf("evidence of activity = %+v, want the heading on page 2", got)
	}
	f, ok := codes["missing_reviews"]
	if !ok {
		t.Fatalf("Check() findings %v, want missing_reviews", fs)
	}
	if !strings.Contains(f.Message, "We looked for") || !strings.Contains(f.Message, "Practice review") {
		t.Errorf("missing_reviews message %q does not say what was looked for", f.Message)
	}
}

// TestElementHeadingWordsInOtherOrder checks that the heading names are
// matched on their words, not as a phrase.
func TestElementHeadingWordsInOtherOrder(t *testing.T) {
	for _, heading := range []string{"Our Achievements", "Progress against our priorities", "Training and workforce development", "Funding arrangements"} {
		blocks := []document.Block{{Kind: document.Heading, Level: 2, Text: heading}, {Text: "Text."}}
		c := &checker{in: Input{Blocks: blocks}}
		found := false
		for _, e := range elements[intake.YearlyReport] {
			if _, _, ok := c.sectionNames(e); ok {
				found = true
			}
		}
		if !found {
			t.Errorf("heading %q covers no element", heading)
		}
	}
}

// TestUndecidedIsNoDecision checks that a rapid review whose decision is
// still to be made is not forwarded as if it had one.
func TestUndecidedIsNoDecision(t *testing.T) {
	for _, tt := range []struct {
		decision string
		missing  bool
	}{{"undecided", true}, {"", true}, {"yes", false}, {"no", false}} {
		f := map[string]string{"sin_date": "2025-03-03", "national_review": "not_recommended"}
		if tt.decision != "" {
			f["lcspr_decision"] = tt.decision
		}
		fs, _ := Check(Input{Kind: intake.RapidReview, Fields: f, Text: "x", Received: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)})
		got := false
		for _, x := range fs {
			got = got || x.Code == intake.LCSPRDecisionMissing
		}
		if got != tt.missing {
			t.Errorf("lcspr_decision %q: lcspr_decision_missing %v, want %v", tt.decision, got, tt.missing)
		}
	}
}

// TestAreaWhereTheArrangementsApply checks that the area is read from a
// section headed by where the arrangements apply, and from a sentence
// saying they apply across a place, without the word "area".
func TestAreaWhereTheArrangementsApply(t *testing.T) {
	for _, text := range []string{
		"Safeguarding arrangements\n\nWhere the arrangements apply\n\nThe whole of the borough, north and south.\n",
		"Safeguarding arrangements\n\nOur partnership\n\nThese arrangements apply across the Metropolitan Borough of Solihull.\n",
	} {
		ev := map[string]intake.Evidence{}
		fs, _ := Check(Input{Kind: intake.Arrangements, Text: text, Blocks: document.FromText(text), Received: time.Now(), Evidence: ev, Fields: map[string]string{}})
		for _, f := range fs {
			if f.Code == "missing_area" {
				t.Errorf("Check(%q) = missing_area", text)
			}
		}
		if ev["area"].Text == "" {
			t.Errorf("Check(%q): area covered without evidence", text)
		}
	}
}

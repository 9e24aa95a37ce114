package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// elementFound checks text, read as plain text, as a document of kind and
// reports whether it covers element, and its evidence.
func elementFound(t *testing.T, kind intake.Kind, text, element string) (bool, intake.Evidence) {
	t.Helper()
	ev := map[string]intake.Evidence{}
	fs, _ := Check(Input{Kind: kind, Text: text, Blocks: document.FromText(text), Received: time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC),
		Evidence: ev, Fields: map[string]string{"period_start": "2024-04-01", "period_end": "2025-03-31", "publication_date": "2025-09-30"}})
	for _, f := range fs {
		if f.Code == "missing_"+element {
			if !strings.Contains(f.Message, "We also looked for") && len(statements[kind][element].probes) > 0 {
				t.Errorf("missing_%s message %q does not say what else was looked for", element, f.Message)
			}
			return false, ev[element]
		}
	}
	return true, ev[element]
}

// A yearly report's learning is what its audits, reviews, scrutiny and
// children found and what changed as a result, in many wordings; a report
// that only counts its reviews and describes its work shows none.
func TestYearlyLearningStated(t *testing.T) {
	const head = "Eastshire Safeguarding Children Partnership\n\nAnnual report 2024-25\n\nWhat we did\n\nWe opened two family hubs.\n\n"
	tests := []struct {
		body string
		want bool
	}{
		{"Impact\n\nA multi-agency dip sample of 30 neglect cases showed that plans were reviewed on time in most of them.\n", true},
		{"Reviews\n\nOur case review of Child D highlighted how rarely fathers were asked about.\n", true},
		{"Feedback\n\nParents said our leaflets were hard to read. As a result we rewrote them with a parents' panel.\n", true},
		{"Scrutiny\n\nThe scrutineer asked the partners to publish their data on missing children, and we now do so every quarter.\n", true},
		{"What we took from the year\n\nThe key messages from our reviews were shared at four practitioner briefings.\n", true},
		{"Reviews\n\nThree rapid reviews; one LCSPR commissioned.\n\nTraining\n\n900 places were taken.\n", false},
	}
	for _, tt := range tests {
		got, ev := elementFound(t, intake.YearlyReport, head+tt.body, "learning")
		if got != tt.want {
			t.Errorf("learning in %q: covered %v, want %v", tt.body, got, tt.want)
		}
		if got && ev.Text == "" {
			t.Errorf("learning in %q covered without evidence", tt.body)
		}
	}
}

// A yearly report speaks of the relevant agencies when it names those the
// partners work with beyond themselves; one agency named once is not yet
// the relevant agencies, and the partners alone are not.
func TestYearlyRelevantAgenciesNamed(t *testing.T) {
	const head = "Eastshire Safeguarding Children Partnership\n\nAnnual report 2024-25\n\nThe partnership is led by Eastshire Council, Eastshire Police and the Eastshire ICB.\n\n"
	tests := []struct {
		body string
		want bool
	}{
		{"Working together\n\nWe worked with GP practices and the probation service on a new information-sharing protocol.\n", true},
		{"Our wider partners\n\nHousing associations, the voluntary sector and faith groups joined our neglect campaign.\n", true},
		{"Schools\n\nAll schools completed their audit. Two colleges joined the DSL network.\n", true},
		{"Education\n\nAll schools completed their audit.\n", false},
		{"Our partners\n\nThe council, the police and the ICB met every month.\n", false},
	}
	for _, tt := range tests {
		got, ev := elementFound(t, intake.YearlyReport, head+tt.body, "relevant_agencies")
		if got != tt.want {
			t.Errorf("relevant agencies in %q: covered %v, want %v", tt.body, got, tt.want)
		}
		if got && ev.Text == "" {
			t.Errorf("relevant agencies in %q covered without evidence", tt.body)
		}
	}
}

// A rapid review's table of agencies and what each knew, headed by its
// columns, covers agency involvement under a heading that does not name it.
func TestAgencyTableCoversInvolvement(t *testing.T) {
	for _, header := range [][]string{{"Agency", "Involvement"}, {"Organisation", "What was known"}, {"Service", "Contact with the family"}} {
		blocks := []document.Block{
			{Kind: document.Heading, Level: 1, Text: "Rapid review: Child V"},
			{Kind: document.Heading, Level: 2, Text: "Who had contact with V"},
			{Kind: document.Row, Cells: header, Text: strings.Join(header, " | ")},
			{Kind: document.Row, Cells: []string{"Children's social care", "Assessment closed in May"}, Text: "Children's social care | Assessment closed in May"},
			{Kind: document.Row, Cells: []string{"GP", "Registered; no recent visits"}, Text: "GP | Registered; no recent visits"},
		}
		text := ""
		for _, b := range blocks {
			text += b.Text + "\n\n"
		}
		ev := map[string]intake.Evidence{}
		fs, _ := Check(Input{Kind: intake.RapidReview, Text: text, Blocks: blocks, Received: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), Evidence: ev,
			Fields: map[string]string{"sin_date": "2025-03-03", "lcspr_decision": "no", "national_review": "not_recommended"}})
		for _, f := range fs {
			if f.Code == "missing_agency_involvement" {
				t.Errorf("table headed %v: missing_agency_involvement", header)
			}
		}
		if ev["agency_involvement"].Text == "" {
			t.Errorf("table headed %v: agency involvement without evidence", header)
		}
	}
}

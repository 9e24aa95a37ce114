package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/fields"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/testkit/longdoc"
)

// BenchmarkCheckYearlyReport checks a 60-page yearly report whose
// structure the extractor gave: every element looked for in its headings
// and body.
func BenchmarkCheckYearlyReport(b *testing.B) {
	page := "What the partnership did\n\nWe ran 40 multi-agency courses and audited neglect practice across the area. " +
		strings.Repeat("Practitioners from health, police and the council worked together on cases of neglect and exploitation. ", 25)
	pages := make([]string, 60)
	for i := range pages {
		pages[i] = page
	}
	text := strings.Join(pages, "\f")
	blocks := document.FromText(text)
	in := Input{Kind: intake.YearlyReport, Text: text, Blocks: blocks, Received: time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC),
		Fields: map[string]string{"period_start": "2024-04-01", "period_end": "2025-03-31", "publication_date": "2025-03-20"}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		in.Evidence = map[string]intake.Evidence{}
		Check(in)
	}
}

// BenchmarkCheck60Pages checks a 60-page rapid review and a 60-page
// yearly report (internal/testkit/longdoc: varied prose, tables, lists,
// numbered headings, running headers and footers) whose structure is
// inferred from their text: every element looked for in the headings and
// the body. Each document's elements are checked first, so that what is
// timed is a check that finds them.
func BenchmarkCheck60Pages(b *testing.B) {
	received := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, in := range []struct {
		name string
		kind intake.Kind
		text string
	}{
		{"rapid_review", intake.RapidReview, longdoc.RapidReview(60)},
		{"yearly_report", intake.YearlyReport, longdoc.YearlyReport(60)},
	} {
		blocks := document.FromText(in.text)
		f, _ := fields.ReadDocument(in.kind, in.text, blocks)
		input := Input{Kind: in.kind, Text: in.text, Blocks: blocks, Received: received, Fields: f}
		input.Evidence = map[string]intake.Evidence{}
		Check(input)
		for _, el := range Elements(in.kind) {
			if _, ok := input.Evidence[el]; !ok {
				b.Fatalf("%s: %s not found", in.name, el)
			}
		}
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			for b.Loop() {
				input.Evidence = map[string]intake.Evidence{}
				Check(input)
			}
		})
	}
}

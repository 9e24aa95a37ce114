package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
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

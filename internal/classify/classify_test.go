package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// The three sample documents are shared with the fields package, which
// reads their fields.
func sample(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "fields", "testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

const novel = `Chapter One

The rain had not stopped for three days when Margaret finally opened the letter. Her brother had written from
Lisbon, as he always did in the spring, with news of the harbour and the price of oranges. She read it twice
at the kitchen table, then folded it into the drawer with the others. Outside, the children from the farm
were chasing a dog along the lane, their shouts carried off by the wind. It was the last ordinary morning of
that year, though she could not have known it.`

const goBook = `Chapter 1. Tutorial

This chapter is a tour of the basic components of Go. A program is built from packages; each source file
begins with a package declaration. The function main in package main is where execution begins.

    package main
    import "fmt"
    func main() { fmt.Println("Hello, world") }

Go programs are compiled ahead of time. Slices, maps and channels are built into the language, and the
standard library provides an annual report of nothing at all; goroutines run concurrently.`

const invoice = `INVOICE No. 2024-117
Date: 3 March 2025
Bill to: Northbridge Trading Ltd, 4 Mill Lane
Description                     Qty     Unit     Total
Annual report design and print    1   £1,200   £1,200
Website hosting (12 months)       1     £240     £240
VAT @ 20%                                          £288
Total due within 30 days                         £1,728`

func TestKind(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		hints []string
		want  intake.Kind
	}{
		{"rapid review sample", sample(t, "rapid_review.txt"), nil, intake.RapidReview},
		{"yearly report sample", sample(t, "yearly_report.txt"), nil, intake.YearlyReport},
		{"arrangements sample", sample(t, "arrangements.txt"), nil, intake.Arrangements},
		{"novel", novel, nil, intake.Unknown},
		{"go book", goBook, nil, intake.Unknown},
		{"invoice", invoice, nil, intake.Unknown},
		{"invoice named like a report", invoice, []string{"annual-report-2023-24.pdf"}, intake.Unknown},
		{"empty", "", nil, intake.Unknown},
		{"link only", "https://www.leedsscp.org.uk/about/arrangements", nil, intake.Arrangements},
		{"web shortcut", "[InternetShortcut]\nURL=https://www.kentscp.org.uk/arrangements\n", nil, intake.Arrangements},
		{"link with yearly hint", "https://www.leedsscp.org.uk/annual-report", []string{"Yearly report link"}, intake.YearlyReport},
		{"link with rapid review hint", "Please see https://secure.example.org.uk/rr", []string{"Rapid review - Child L"}, intake.RapidReview},
		{"bare www link", "www.leedsscp.org.uk/arrangements", nil, intake.Arrangements},
		{"footer with a link", "Produced with a trial version of an editor - www.editor.example.com", nil, intake.Unknown},
		{"two links are not a link submission", "https://a.org.uk https://b.org.uk", nil, intake.Unknown},
		{
			"short text decided by file name",
			"Northbridge Safeguarding Children Partnership. Summary of our work with partners this year.",
			[]string{"annual-report-2023-24.pdf"}, intake.YearlyReport,
		},
		{
			"short rapid review by subject",
			"Please find attached the document for Child L from the safeguarding partners.",
			[]string{"Rapid review - Child L"}, intake.RapidReview,
		},
		{
			"lost spaces",
			"NorthbridgeSafeguardingChildrenPartnership RapidReviewChildQ Dateofnotification3March2025 ThecriteriaforanLCSPRarenotmet. TheSeriousIncidentNotificationwassubmittedon3March.",
			nil, intake.RapidReview,
		},
		{
			"yearly report that discusses rapid reviews",
			"Westmere Safeguarding Children Partnership\nAnnual Report 2023/24\n" + strings.Repeat("We completed a rapid review and an LCSPR. ", 5) + "What we did this year. Our priorities. How effective we were.",
			nil, intake.YearlyReport,
		},
		{
			"arrangements that mention the yearly report",
			"Multi-agency safeguarding arrangements for Eastford\nThe safeguarding partners will publish a yearly report. Relevant agencies are listed below. Independent scrutiny is provided by a scrutineer. The geographical area is Eastford.",
			nil, intake.Arrangements,
		},
		{
			"safeguarding but no kind",
			"Safeguarding newsletter: the next multi-agency briefing is on Tuesday. Book your place on the website.",
			nil, intake.Unknown,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Kind(tt.text, tt.hints...); got != tt.want {
				t.Errorf("Kind(%.60q, %q) = %v, want %v (scores %v)", tt.text, tt.hints, got, tt.want, Scores(tt.text, tt.hints...))
			}
		})
	}
}

package fields

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/testkit/longdoc"
)

func BenchmarkRead(b *testing.B) {
	inputs := []struct {
		name string
		kind intake.Kind
		text string
	}{
		{"rapid_review", intake.RapidReview, readSample(b, "rapid_review.txt")},
		{"yearly_report", intake.YearlyReport, readSample(b, "yearly_report.txt")},
		{"yearly_report_x40", intake.YearlyReport, strings.Repeat(readSample(b, "yearly_report.txt"), 40)},
		{"one_line_2MB", intake.RapidReview, strings.Repeat("x ", MaxText/2)},
		{"lost_spaces_2MB", intake.RapidReview, strings.Repeat("ThecriteriaforanLCSPRarenotmetSIN2025", MaxText/37)},
		{"digits_2MB", intake.YearlyReport, strings.Repeat("1/2/3.4-5 2023/24 ", MaxText/18)},
		{"capitals_2MB", intake.Arrangements, strings.Repeat("Aa Bb Cc Dd Ee Ff Gg Police ", MaxText/28)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			for b.Loop() {
				Read(in.kind, in.text)
			}
		})
	}
}

// BenchmarkReadDocument reads the fields of a 60-page document whose
// structure the extractor gave, as the pipeline does.
func BenchmarkReadDocument(b *testing.B) {
	page := readSample(b, "yearly_report.txt")
	for len(page) < 3000 {
		page += "\n\n" + page
	}
	pages := make([]string, 60)
	for i := range pages {
		pages[i] = page
	}
	text := strings.Join(pages, "\f")
	blocks := document.FromText(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ReadDocument(intake.YearlyReport, text, blocks)
	}
}

// BenchmarkRead60Pages reads the fields of a 60-page rapid review and a
// 60-page yearly report (internal/testkit/longdoc: varied prose, tables,
// lists, numbered headings, running headers and footers) whose structure
// is inferred from their text, as the pipeline reads a PDF's. Each
// document's fields are checked first, so that what is timed is a reading
// that finds them.
func BenchmarkRead60Pages(b *testing.B) {
	for _, in := range []struct {
		name string
		kind intake.Kind
		text string
		want map[string]string
	}{
		{"rapid_review", intake.RapidReview, longdoc.RapidReview(60), map[string]string{
			SINReference: longdoc.SINReference, SINDate: longdoc.SINDate, IncidentDate: longdoc.IncidentDate,
			ReviewDate: longdoc.ReviewDate, LCSPRDecision: Yes, NationalReview: NotRecommended}},
		{"yearly_report", intake.YearlyReport, longdoc.YearlyReport(60), map[string]string{
			PeriodStart: longdoc.PeriodStart, PeriodEnd: longdoc.PeriodEnd, PublicationDate: longdoc.PublishedDate}},
	} {
		blocks := document.FromText(in.text)
		f, _ := ReadDocument(in.kind, in.text, blocks)
		for k, v := range in.want {
			if f[k] != v {
				b.Fatalf("%s: %s = %q, want %q", in.name, k, f[k], v)
			}
		}
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			for b.Loop() {
				ReadDocument(in.kind, in.text, blocks)
			}
		})
	}
}

// BenchmarkEventDates reads the dates sentences bind to events in a
// 60-page document, the clause reader's share of ReadDocument.
func BenchmarkEventDates(b *testing.B) {
	page := readSample(b, "yearly_report.txt")
	for len(page) < 3000 {
		page += "\n\n" + page
	}
	pages := make([]string, 60)
	for i := range pages {
		pages[i] = page
	}
	text := strings.Join(pages, "\f")
	blocks := scopeBlocks(document.FromText(text))
	for _, kind := range []intake.Kind{intake.RapidReview, intake.YearlyReport} {
		b.Run(string(kind), func(b *testing.B) {
			for b.Loop() {
				d := &doc{blocks: blocks, kind: kind}
				d.eventDates()
			}
		})
	}
}

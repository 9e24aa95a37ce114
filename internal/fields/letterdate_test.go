package fields

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestLetterDateIsNotAnotherFieldsDate: a short dated line under a title is
// the document's own date only when the words before its date name no
// other field; a publication, notification or meeting line keeps its date
// for its own field, and a "last updated" line is when the page was
// edited, not the document's date.
func TestLetterDateIsNotAnotherFieldsDate(t *testing.T) {
	for _, tt := range []struct {
		kind intake.Kind
		line string
		want string
	}{
		{intake.YearlyReport, "Published 30 September 2024", ""},
		{intake.YearlyReport, "Publication: 1 October 2024", ""},
		{intake.RapidReview, "SIN date 8 July 2025", ""},
		{intake.RapidReview, "Notified 8 July 2025", ""},
		{intake.RapidReview, "Meeting 22 July 2025", ""},
		{intake.RapidReview, "12 August 2025", "2025-08-12"},
		{intake.RapidReview, "Dated 12 August 2025", "2025-08-12"},
		{intake.PracticeReview, "Date: 3 March 2026", "2026-03-03"},
		// When a page or file was last edited is not the date the
		// document gives itself.
		{intake.YearlyReport, "Last updated: 30 September 2025", ""},
		{intake.Arrangements, "Page last updated 2 December 2024", ""},
		// A label on the line above the date, as a cover sets them.
		{intake.YearlyReport, "Published\n\nSeptember 30, 2025", ""},
		{intake.RapidReview, "Panel notified\n\n8 July 2025", ""},
		{intake.RapidReview, "Children's Services\n\n12 August 2025", "2025-08-12"},
	} {
		blocks := []document.Block{
			{Kind: document.Heading, Level: 1, Text: "Anytown Safeguarding Children Partnership", Page: 1},
			{Kind: document.Heading, Level: 2, Text: "Our report to the partners", Page: 1},
		}
		for _, l := range strings.Split(tt.line, "\n\n") {
			blocks = append(blocks, document.Block{Kind: document.Paragraph, Text: l, Page: 1})
		}
		blocks = append(blocks, []document.Block{
			{Kind: document.Paragraph, Text: "The partners met and agreed the plan set out below.", Page: 1},
		}...)
		var text []string
		for _, b := range blocks {
			text = append(text, b.Text)
		}
		f, _ := ReadDocument(tt.kind, strings.Join(text, "\n")+"\n", blocks)
		if got := f[DocumentDate]; got != tt.want {
			t.Errorf("%s %q: document_date = %q, want %q", tt.kind, tt.line, got, tt.want)
		}
	}
}

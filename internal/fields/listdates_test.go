package fields

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// A column of dates in a table of several courses or events, and a label
// of dates in the plural, date what they list; a document's own date is
// still read from its date label.
func TestDocumentDateNotFromListedDates(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"course table", "Spring learning offer\n\n| Session | When | Where |\n| Neglect basics | 4 March 2026 | Town Hall |\n| Safer sleep | 11 March 2026 | Online |\n", ""},
		{"event table, date column", "What's on\n\n| Event | Date |\n| Launch of the toolkit | 2 April 2026 |\n| Fathers' forum | 9 April 2026 |\n| Annual conference | 30 April 2026 |\n", ""},
		{"dates for your diary", "News from the partnership\n\nDates for your diary\n\nLaunch event - 2 April 2026, Civic Centre\nForum - 9 April 2026, online\n", ""},
		{"upcoming dates", "Newsletter\n\nUpcoming dates: 5 May 2026 and 12 May 2026\n", ""},
		{"date label", "Minutes\n\nDate: 14 January 2026\n", "2026-01-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Read(intake.Unknown, tt.text)[DocumentDate]; got != tt.want {
				t.Errorf("document_date = %q, want %q", got, tt.want)
			}
		})
	}
}

// A table of courses read as rows of cells: the "Date" column dates each
// course, not the flyer; a table with one row under its labels is a form.
func TestDocumentDateNotFromCourseColumn(t *testing.T) {
	row := func(cells ...string) document.Block {
		return document.Block{Kind: document.Row, Cells: cells, Text: strings.Join(cells, " | "), Page: 1}
	}
	head := []document.Block{{Kind: document.Heading, Level: 1, Text: "Learning and development programme", Page: 1}}
	list := append(append([]document.Block{}, head...),
		row("Course", "Date", "Venue"),
		row("Working with fathers", "Wednesday 4 March 2026", "Civic Centre"),
		row("Online harms", "Friday 13 March 2026", "Online"))
	form := append(append([]document.Block{}, head...),
		row("Prepared by", "Version", "Date"),
		row("Business manager", "1.0", "Monday 2 February 2026"))
	for _, tt := range []struct {
		name   string
		blocks []document.Block
		want   string
	}{{"course list", list, ""}, {"form", form, "2026-02-02"}} {
		t.Run(tt.name, func(t *testing.T) {
			var text []string
			for _, b := range tt.blocks {
				text = append(text, b.Text)
			}
			f, _ := ReadDocument(intake.Unknown, strings.Join(text, "\n\n"), tt.blocks)
			if got := f[DocumentDate]; got != tt.want {
				t.Errorf("document_date = %q, want %q", got, tt.want)
			}
		})
	}
}

package fields

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestMeetingDateInTitle checks that a record whose title names the meeting
// and when it was held is dated by it, in the ways titles are written, and
// that the record of an earlier meeting named in an item is not.
func TestMeetingDateInTitle(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"title line with the board's name", "Hartley Safeguarding Children Partnership\nPartnership Board: minutes of the meeting held on Tuesday 3rd March 2026 at the Town Hall\nPresent: chair, police, ICB.\n", "2026-03-03"},
		{"notes naming the group", "Notes of the Quality Assurance Subgroup held on 12/01/2026 (Teams)\nAttendees: six members.\n", "2026-01-12"},
		{"record, took place", "Eastshire Partnership\nRecord of the executive meeting that took place on 9 February 2026\nApologies: none.\n", "2026-02-09"},
		{"the last meeting's minutes in an item", "Westmere Partnership Executive\nAttendees: four partners.\n1. Minutes of the last meeting held on 19 March 2026 were agreed.\n2. Rapid reviews: none this quarter.\n", ""},
		{"the next meeting", "Westmere Partnership Executive\nNotes of the next meeting held on 4 June 2026 will follow.\n", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, ev := ReadDocument(intake.Unknown, tt.text, nil)
			if got := f[DocumentDate]; got != tt.want {
				t.Errorf("document_date = %q, want %q", got, tt.want)
			}
			if tt.want != "" && ev[DocumentDate].Text == "" {
				t.Error("document_date has no evidence")
			}
		})
	}
}

package fields

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// A document of no kind is dated by the meeting it records, however the
// record says when the meeting was; the next meeting's date and that of a
// review it discussed are not its own.
func TestMeetingDate(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a table row", "Partnership Board\nMinutes\nDate of meeting | Tuesday 4 February 2025\nNext meeting | 6 May 2025\n", "2025-02-04"},
		{"a label line", "Executive group notes\n\nMeeting date: 04/02/2025\n\nAttendees: police, health and the council.\n", "2025-02-04"},
		{"a sentence with its weekday", "Eastshire Safeguarding Partnership\n\nThe meeting was held on Tuesday, 4th February 2025 at County Hall.\n\nApologies: none.\n", "2025-02-04"},
		{"held on", "Case review group\n\nHeld on 4 February 2025, online\n\nPresent: the chair and four members.\n", "2025-02-04"},
		{"only the next meeting's date", "Partnership Board\nMinutes\n\nDate of next meeting: 6 May 2025\n", ""},
		{"only a review's meeting", "Partnership Board\nMinutes\n\nRapid review meeting held on 6 March 2025 for Child P; the criteria were met.\n", ""},
	}
	for _, tt := range tests {
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
	// A rapid review's meeting is its review date, not its own date.
	f, _ := ReadDocument(intake.RapidReview, "Rapid review: Child P\nDate of meeting | 6 March 2025\n", nil)
	if f[DocumentDate] != "" || f[ReviewDate] != "2025-03-06" {
		t.Errorf("rapid review: document_date %q, review_date %q; want none and 2025-03-06", f[DocumentDate], f[ReviewDate])
	}
}

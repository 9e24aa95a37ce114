package fields

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// A form exported to PDF lays a label and its date on one line without a
// colon; a label that opens on "Date" and carries a verb ("Date this form
// was completed") is still a label, and its field is the one it names.
func TestDatedLineLabelWithVerb(t *testing.T) {
	tests := []struct {
		name, text, field, want string
	}{
		{"form completed", "Rapid review\n\nDate the template was completed 6.5.2025", DocumentDate, "2025-05-06"},
		{"signed off", "Rapid review\n\nDate this document was signed off 12/05/2025", DocumentDate, "2025-05-12"},
		{"report finalised", "Rapid review\n\nDate on which the report was finalised 3 June 2025", DocumentDate, "2025-06-03"},
		{"notification sent", "Rapid review\n\nDate the notification was sent to the Panel 10.4.2025", SINDate, "2025-04-10"},
		{"meeting held", "Rapid review\n\nDate the partners met 1 May 2025", ReviewDate, "2025-05-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Read(intake.RapidReview, tt.text)[tt.field]; got != tt.want {
				t.Errorf("%s = %q, want %q", tt.field, got, tt.want)
			}
		})
	}
}

package receipt

import (
	"bytes"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func FuzzRender(f *testing.F) {
	f.Add("RR-2025-7F3K9Q", "review.pdf", "Coventry Safeguarding Children Partnership", "2025-03-03", "The review is late – by a day.")
	f.Add("", "\x00\r\n", "\xff\xfe", "not a date", "😀\u202e")
	f.Fuzz(func(t *testing.T, id, file, partnership, date, message string) {
		o := intake.Outcome{
			ID: id, File: file, Kind: intake.RapidReview, Status: intake.Rejected,
			Partnership: &intake.Partnership{Name: partnership},
			Fields:      map[string]string{"sin_date": date, message: partnership},
			Findings:    []intake.Finding{{Severity: intake.SeverityError, Message: message}},
			Deadline:    &intake.Deadline{Rule: message, From: date, Due: date},
			Deliveries:  []intake.Delivery{{Recipient: file, Address: partnership, Status: message}},
		}
		pdf, err := Render(o, Options{Issued: issued})
		if err != nil {
			t.Fatalf("Render: %v", err)
		}
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
			t.Fatalf("Render gave no PDF")
		}
	})
}

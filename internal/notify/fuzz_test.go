package notify

import (
	"bytes"
	"net/mail"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func FuzzMessages(f *testing.F) {
	f.Add("RR-2025-7F3K9Q", "review.pdf", "Coventry Safeguarding Children Partnership", "The review is late.")
	f.Add("x\r\nBcc: evil@x", "..\\..\r\n.pdf", "\xff\xfe", "\x00\u202e😀")
	f.Fuzz(func(t *testing.T, id, file, partnership, message string) {
		o := intake.Outcome{
			ID: id, File: file, Kind: intake.YearlyReport, Status: intake.Rejected,
			Partnership: &intake.Partnership{Name: partnership},
			Fields:      map[string]string{"title": message},
			Findings:    []intake.Finding{{Severity: intake.SeverityError, Message: message}},
		}
		fwd, err := Forward(o, panel, sender, receiptPDF, Document{Name: file, ContentType: message, Data: docPDF})
		if err != nil {
			t.Fatalf("Forward: %v", err)
		}
		ack, err := Acknowledge(o, "bm@coventry.example", sender, receiptPDF)
		if err != nil {
			t.Fatalf("Acknowledge: %v", err)
		}
		reply, err := AcknowledgeMessage([]intake.Outcome{o, o}, "bm@coventry.example", sender, [][]byte{receiptPDF, nil}, Thread{})
		if err != nil {
			t.Fatalf("AcknowledgeMessage: %v", err)
		}
		for _, m := range []intake.Mail{fwd, ack, reply} {
			msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
			if err != nil {
				t.Fatalf("ReadMessage: %v", err)
			}
			if len(msg.Header) != 10 {
				t.Errorf("message has %d headers, want 10: %v", len(msg.Header), msg.Header)
			}
			parse(t, m.Raw)
		}
	})
}

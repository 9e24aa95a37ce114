package notify

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func TestAcknowledgeMessage(t *testing.T) {
	second := []byte("%PDF-1.4 second\n%%EOF\n")
	tests := []struct {
		name        string
		parts       []intake.Outcome
		receipts    [][]byte
		thread      Thread
		subject     string
		inReplyTo   string
		attachments map[string]string
		text        []string
	}{
		{
			name:      "threaded, all accepted",
			parts:     []intake.Outcome{rapidReview, arrangements},
			receipts:  [][]byte{receiptPDF, second},
			thread:    Thread{InReplyTo: "<m1@coventry.example>", References: []string{"<m1@coventry.example>"}, Subject: "RE: re: Two documents"},
			subject:   "Re: Two documents [Received: RR-2025-7F3K9Q, SA-2025-3QW9ZT]",
			inReplyTo: "<m1@coventry.example>",
			attachments: map[string]string{
				"receipt-RR-2025-7F3K9Q.pdf": "application/pdf",
				"receipt-SA-2025-3QW9ZT.pdf": "application/pdf",
			},
			text: []string{"with 2 documents", "You do not need to do anything else."},
		},
		{
			name:        "no thread, a receipt missing",
			parts:       []intake.Outcome{rejectedReport, rapidReview},
			receipts:    [][]byte{nil, receiptPDF},
			subject:     "Not accepted: YR-2025-K2M4P8; Received: RR-2025-7F3K9Q",
			attachments: map[string]string{"receipt-RR-2025-7F3K9Q.pdf": "application/pdf"},
			text:        []string{"The report must say how effective the arrangements have been.", "send those documents again"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := AcknowledgeMessage(tt.parts, "bm@coventry.example", sender, tt.receipts, tt.thread)
			if err != nil {
				t.Fatal(err)
			}
			if m.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
			}
			p := parse(t, m.Raw)
			if got := p.header.Get("In-Reply-To"); got != tt.inReplyTo {
				t.Errorf("In-Reply-To = %q, want %q", got, tt.inReplyTo)
			}
			if got, want := p.header.Get("Message-ID"), "<"+tt.parts[0].ID+".submitter@example.gov.uk>"; got != want {
				t.Errorf("Message-ID = %q, want %q", got, want)
			}
			if diff := cmp.Diff(tt.attachments, p.attachments); diff != "" {
				t.Errorf("attachments (-want +got):\n%s", diff)
			}
			for _, w := range tt.text {
				if !strings.Contains(p.text, w) {
					t.Errorf("text part lacks %q:\n%s", w, p.text)
				}
			}
		})
	}
}

func TestAcknowledgeMessageRefuses(t *testing.T) {
	if _, err := AcknowledgeMessage(nil, "bm@coventry.example", sender, nil, Thread{}); err == nil {
		t.Error("AcknowledgeMessage(no parts) = nil error, want one")
	}
	if _, err := AcknowledgeMessage([]intake.Outcome{rapidReview}, "bm@coventry.example\r\nBcc: evil@x", sender, nil, Thread{}); err == nil {
		t.Error("AcknowledgeMessage(injected recipient) = nil error, want one")
	}
}

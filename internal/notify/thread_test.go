package notify

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAcknowledgeReplyThreads(t *testing.T) {
	tests := []struct {
		name           string
		thread         Thread
		wantInReplyTo  string
		wantReferences string
		wantSubject    string
	}{
		{
			name: "reply to an Outlook message",
			thread: Thread{
				InReplyTo:  "<LO2P265MB5183A1B2@LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM>",
				References: []string{"<root@kent.gov.uk>", "<LO2P265MB5183A1B2@LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM>"},
				Subject:    "RE: Rapid review - Child Q",
			},
			wantInReplyTo:  "<LO2P265MB5183A1B2@LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM>",
			wantReferences: "<root@kent.gov.uk> <LO2P265MB5183A1B2@LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM>",
			wantSubject:    "Re: Rapid review - Child Q [Received: RR-2025-7F3K9Q]",
		},
		{
			name:          "ids without brackets are bracketed",
			thread:        Thread{InReplyTo: "abc@example.org", References: []string{"abc@example.org"}},
			wantInReplyTo: "<abc@example.org>", wantReferences: "<abc@example.org>",
			wantSubject: "Received: Rapid review — Coventry Safeguarding Children Partnership — RR-2025-7F3K9Q",
		},
		{
			name: "hostile ids are left out",
			thread: Thread{
				InReplyTo:  "<x@y>\r\nBcc: evil@example.org",
				References: []string{"<a b@c>", "<no-at-sign>", "<ok@example.org>", "<ok@example.org>", "<é@example.org>"},
				Subject:    "Rapid\r\nBcc: evil@example.org",
			},
			wantReferences: "<ok@example.org>",
			wantSubject:    "Re: Rapid Bcc: evil@example.org [Received: RR-2025-7F3K9Q]",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := AcknowledgeReply(rapidReview, "bm@coventry.example", sender, receiptPDF, tt.thread)
			if err != nil {
				t.Fatal(err)
			}
			h := parse(t, m.Raw).header
			if got := h.Get("In-Reply-To"); got != tt.wantInReplyTo {
				t.Errorf("In-Reply-To = %q, want %q", got, tt.wantInReplyTo)
			}
			if got := strings.Join(strings.Fields(h.Get("References")), " "); got != tt.wantReferences {
				t.Errorf("References = %q, want %q", got, tt.wantReferences)
			}
			if m.Subject != tt.wantSubject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.wantSubject)
			}
			if n := len(h["Bcc"]); n != 0 {
				t.Errorf("message has %d Bcc fields", n)
			}
		})
	}
}

func TestAcknowledgeReplyManyReferences(t *testing.T) {
	var refs []string
	for i := 0; i < 50; i++ {
		refs = append(refs, "<id"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26))+"@example.org>")
	}
	got := threadIDs(refs)
	if len(got) != maxReferences {
		t.Fatalf("threadIDs kept %d ids, want %d", len(got), maxReferences)
	}
	if want := []string{refs[0], refs[len(refs)-1]}; !cmp.Equal([]string{got[0], got[len(got)-1]}, want) {
		t.Errorf("threadIDs kept first and last %v, want %v", []string{got[0], got[len(got)-1]}, want)
	}
}

// TestAcknowledgeUnchangedByZeroThread keeps Acknowledge's output, which
// the golden files pin, identical to a reply with no thread.
func TestAcknowledgeUnchangedByZeroThread(t *testing.T) {
	a, err := Acknowledge(rapidReview, "bm@coventry.example", sender, receiptPDF)
	if err != nil {
		t.Fatal(err)
	}
	b, err := AcknowledgeReply(rapidReview, "bm@coventry.example", sender, receiptPDF, Thread{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Raw, b.Raw) {
		t.Error("AcknowledgeReply with the zero Thread differs from Acknowledge")
	}
	if bytes.Contains(a.Raw, []byte("In-Reply-To")) || bytes.Contains(a.Raw, []byte("References:")) {
		t.Error("Acknowledge writes threading fields without a thread")
	}
}

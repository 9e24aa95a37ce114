package fields

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// A form's cell may hold several facts: the notification's reference and
// the date it was sent share one cell, whichever of the two its label
// names, in a table or on the one line a form exported to PDF lays out.
func TestNotificationCellHoldsReferenceAndDate(t *testing.T) {
	tests := []struct {
		name, text, ref, date string
	}{
		{"a PDF line, the label naming the notification",
			"Rapid review\nNotification to the Panel CSPR/2024/118, made 2 October 2024\nDate of incident 28 September 2024\n",
			"CSPR/2024/118", "2024-10-02"},
		{"a PDF line, the reference bare",
			"Rapid review\nPanel notified 2024/0871 - 30 September 2024\nDate of incident 28 September 2024\n",
			"2024/0871", "2024-09-30"},
		{"a table row under the abbreviation",
			"Rapid review\nSIN | 2024/0871 - submitted 30 September 2024\nIncident | 28 September 2024\n",
			"2024/0871", "2024-09-30"},
		{"a table row labelled as the date",
			"Rapid review\nDate notification sent | 30/09/2024 (ref. NP-24-0871)\nIncident | 28 September 2024\n",
			"", "2024-09-30"},
		{"a table row labelled as the reference",
			"Rapid review\nSIN reference | KSCP-2024-77 (notified 1 October 2024)\nIncident | 28 September 2024\n",
			"KSCP-2024-77", "2024-10-01"},
		{"a label line labelled as the notification",
			"Rapid review\n\nNotification: 2024/0871, sent Monday 30 September 2024\n\nIncident: 28 September 2024\n",
			"2024/0871", "2024-09-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ev := ReadDocument(intake.RapidReview, tt.text, nil)
			if tt.ref != "" && f[SINReference] != tt.ref {
				t.Errorf("sin_reference = %q, want %q", f[SINReference], tt.ref)
			}
			if f[SINDate] != tt.date {
				t.Errorf("sin_date = %q, want %q", f[SINDate], tt.date)
			}
			if ev[SINDate].Text == "" {
				t.Error("sin_date has no evidence")
			}
		})
	}
	// A letter's own reference is not the notification's: its date is
	// not the date a notification was sent.
	f, _ := ReadDocument(intake.RapidReview, "Rapid review\nOur reference | RR/2024/14 dated 3 October 2024\nIncident | 28 September 2024\n", nil)
	if f[SINDate] == "2024-10-03" {
		t.Errorf("sin_date = %q from the letter's reference", f[SINDate])
	}
}

// A notification's reference is read wherever it is written beside the
// notification: in brackets or after a comma in a sentence, after the
// date in the same cell, and without the label word written before it.
func TestNotificationReferenceBesideItsWords(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"in brackets in a sentence",
			"Rapid review\n\nThe notification (ref. 2024/0932) went to the Panel on 2 May 2024.\n", "2024/0932"},
		{"in brackets, the partnership's own",
			"Rapid review\n\nOur serious incident notification (our reference CSP/24/051) was sent the next day.\n", "CSP/24/051"},
		{"after a comma",
			"Rapid review\n\nWe made the notification, reference number 2024-0932, within five working days.\n", "2024-0932"},
		{"after the date in a cell",
			"Rapid review\nDate of notification | 2 May 2024 - Panel ref: 2024/0932\nIncident | 29 April 2024\n", "2024/0932"},
		{"after the date on a label line",
			"Rapid review\n\nSIN submitted: 02/05/2024 (number 2024/0932)\n\nIncident: 29/04/2024\n", "2024/0932"},
		{"the abbreviation written before it",
			"Rapid review\nPanel reference | SIN 2024/0932\nIncident | 29 April 2024\n", "2024/0932"},
		{"a label word with its stop",
			"Rapid review\n\nNotification number: Ref. 24/0932\n", "24/0932"},
		{"a prefix joined to its figures is its own",
			"Rapid review\nPanel reference | SIN-2024-0932\n", "SIN-2024-0932"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := ReadDocument(intake.RapidReview, tt.text, nil)
			if f[SINReference] != tt.want {
				t.Errorf("sin_reference = %q, want %q", f[SINReference], tt.want)
			}
		})
	}
}

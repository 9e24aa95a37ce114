package fields

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestReadAsPeopleWrite checks that a field is read under the many labels
// and in the many forms people write it, and left unread when it is not
// stated.
func TestReadAsPeopleWrite(t *testing.T) {
	tests := []struct {
		name, text, field, want string
	}{
		{"RR meeting label", "RR meeting | 17/03/2025\nDate of SIN | 03/03/2025", ReviewDate, "2025-03-17"},
		{"panel met", "Panel met:\tTuesday 18th March 2025", ReviewDate, "2025-03-18"},
		{"date of review", "Date of review: 18 Mar 25", ReviewDate, "2025-03-18"},
		{"review meeting heading row", "SIN reference | Date notified | Rapid review meeting\nKS/2025/01 | 3/3/2025 | 17/3/2025", ReviewDate, "2025-03-17"},
		{"notified heading row", "SIN reference | Date notified | Rapid review meeting\nKS/2025/01 | 3/3/2025 | 17/3/2025", SINDate, "2025-03-03"},
		{"reference keeps its prefix", "SIN reference | Date notified | Rapid review meeting\nKS/2025/01 | 3/3/2025 | 17/3/2025", SINReference, "KS/2025/01"},
		{"reference with SIN in its prefix", "Panel reference: CSPRP-SIN-2025-0456\n", SINReference, "CSPRP-SIN-2025-0456"},
		{"inline reference with SIN prefix", "This rapid review (ref SIN-2025-0456) concerns Child L.", SINReference, "SIN-2025-0456"},
		{"date split over two lines", "Date the Panel was notified\nWednesday 5\nMarch 2025\n\nNext section", SINDate, "2025-03-05"},
		{"date of event", "Date of the event: 1st March 2025", IncidentDate, "2025-03-01"},
		{"weekday and ordinal", "Serious incident notification sent: Mon 3rd March 2025", SINDate, "2025-03-03"},
		{"yearless date takes the document's year", "Rapid review held: 17th March\n\nSIN submitted 3 March 2025. Report 20 March 2025.", ReviewDate, "2025-03-17"},
		{"yearless date with no year anywhere", "Rapid review held: 17th March", ReviewDate, ""},
		{"sentence", "We sent the notification to the Panel on 4 March 2025.", SINDate, "2025-03-04"},
		{"sibling group", "Rapid review: Children A and B\n\nChild A is 4 and Child B is 2.", Child, "Children A and B"},
		{"initials from a label", "Child's initials: J.S.\nDate of birth: 2019", Child, "J.S."},
		{"pseudonym in quotes", "The child, known as \"Leo\" in this review, was 3.", Child, "Leo"},
		{"name from a label", "Name of child | Baby Ava\nDOB | 01/01/2025", Child, "Baby Ava"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Read(intake.RapidReview, tt.text)[tt.field]
			if got != tt.want {
				t.Errorf("Read(%q)[%s] = %q, want %q", tt.text, tt.field, got, tt.want)
			}
		})
	}
}

// TestDecisionScope checks that the decision is read only from what speaks
// of it.
func TestDecisionScope(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"negation elsewhere", "5. Decision\n\nThe partners agreed to commission a local child safeguarding practice review.\n\n6. Background\n\nMother did not attend the appointments and the school was not told.", Yes},
		{"decision under its heading", "Decision on an LCSPR\n\nThe partners agreed that a review will be commissioned.\n\nHistory\n\nThe family did not engage.", Yes},
		{"referral threshold is no decision", "DRAFT\n\nThe referral did not meet the threshold for a child protection conference.\n\nDecision on LCSPR: [to be completed]", ""},
		{"draft without a decision", "DRAFT - for discussion\n\nRapid review of Child Q.\n\nThe criteria for a section 47 enquiry were not met at the time.", ""},
		{"answer in a table", "Does the case meet the criteria for an LCSPR? | No", No},
		{"learning taken forward after a no", "Decision on a local review\n\nThe threshold for an LCSPR has not been reached. The partnership agreed that the learning will be taken forward through a multi-agency audit.", No},
		{"a decision still to come", "LCSPR decision\n\nThe partners agreed that a decision will be made at their next meeting.", Undecided},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Read(intake.RapidReview, tt.text)[LCSPRDecision]; got != tt.want {
				t.Errorf("Read(%q)[lcspr_decision] = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestEvidence checks that every field read has evidence from the
// document: its own words, at most MaxEvidence bytes.
func TestEvidence(t *testing.T) {
	text := readSample(t, "rapid_review.txt")
	f, ev := ReadDocument(intake.RapidReview, text, nil)
	if len(f) == 0 {
		t.Fatal("ReadDocument() read no fields")
	}
	flat := words(charFix.Replace(text))
	for k := range f {
		e, ok := ev[k]
		if !ok || e.Text == "" {
			t.Errorf("ReadDocument() field %s has no evidence", k)
			continue
		}
		if len(e.Text) > intake.MaxEvidence {
			t.Errorf("evidence of %s is %d bytes, over %d", k, len(e.Text), intake.MaxEvidence)
		}
		if !strings.Contains(flat, words(e.Text)) && !strings.Contains(flat, words(strings.Split(e.Text, ": ")[0])) {
			t.Errorf("evidence of %s %q is not the document's words", k, e.Text)
		}
	}
}

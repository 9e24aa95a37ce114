package receipt

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func TestFieldsAndElementsCarryEvidence(t *testing.T) {
	o := intake.Outcome{
		Fields: map[string]string{"sin_date": "2025-03-03"},
		Evidence: map[string]intake.Evidence{
			"sin_date": {Page: 2, Text: "Date of SIN: 3 March 2025"},
			"activity": {Text: "What the partnership did"},
		},
	}
	fs := Fields(o)
	if len(fs) != 1 || fs[0].Evidence != "page 2: \u201cDate of SIN: 3 March 2025\u201d" {
		t.Errorf("Fields() = %+v, want the SIN date with its page and words", fs)
	}
	es := Elements(o)
	if len(es) != 1 || es[0].Label != "Covers activity" || es[0].Value != "\u201cWhat the partnership did\u201d" {
		t.Errorf("Elements() = %+v, want activity with its words", es)
	}
	if got := EvidenceText(intake.Evidence{Page: 1, Text: "a\x00b"}); got != "page 1: \u201cab\u201d" && got != "page 1: \u201ca b\u201d" {
		t.Errorf("EvidenceText() = %q, want control characters cleaned", got)
	}
}

package fields

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/textform"
)

// TestSquashedHintsSame checks that squashedHints is the hints of the
// squashed text, and that a text without them holds none of the phrases
// the decision reader's sentence test looks for.
func TestSquashedHintsSame(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	var parts []string
	for _, l := range [][]string{lcsprWords, lcsprSquashed, nationalWords, nationalSquashed, criteriaWords, criteriaSquashed, decisionWords} {
		for _, p := range l {
			parts = append(parts, p, strings.ToUpper(p), p[:len(p)/2], p[len(p)/2:])
		}
	}
	parts = append(parts, " ", "-", "'", ".", "\u0130", "\u212a", "é", "x", "the", "|", "\n")
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		got := squashedHints(s)
		if want := hintPhrases().In(textform.Squash(s)); got != want {
			t.Fatalf("%q: hints %b, of its squashed letters %b", s, got, want)
		}
		found := wordPhrases(s)
		if cs, _ := conceptsOf(found, true); (cs[lcspr] || cs[national]) && got&hintReview == 0 {
			t.Fatalf("%q names a review or its criteria, but has no hint of one", s)
		}
		if found.has&hasDecision != 0 && got&hintDecision == 0 {
			t.Fatalf("%q states a decision, but has no hint of one", s)
		}
	}
}

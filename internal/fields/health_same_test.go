package fields

import (
	"math/rand"
	"strings"
	"testing"
)

// HealthPartner's quick test of the cleaned text for the kinds of health
// body changes nothing: on random texts of partners' names, their parts,
// hyphens and breaks, it gives what reading the whole document gives.
func TestHealthPartnerQuickTestSame(t *testing.T) {
	rng := rand.New(rand.NewSource(22))
	words := []string{"NHS", "Kent", "and", "Medway", "Integrated", "Care", "Board", "ICB", "Clinical", "Commissioning", "Group", "CCG",
		"Clin-\nical", "Integ-\nrated", "C\u200bCG", "I\u00a0CB", "integrated", "clinical", "ccg", "icb", "North", "Somerset", ",", "\n", "\n\n",
		"|", "  ", "\t", "Police", "Council", "the", "partners", "are", "IC", "B", "Cl", "inical", "\f"}
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for range 1 + rng.Intn(30) {
			if rng.Intn(4) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.Intn(len(words))])
		}
		text := b.String()
		got := HealthPartner(text)
		want := func() (h string) {
			defer func() { _ = recover() }()
			return newDoc(text).health()
		}()
		if got != want {
			t.Fatalf("%q: HealthPartner %q, the whole document %q", text, got, want)
		}
	}
}

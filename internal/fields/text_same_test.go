package fields

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// spaceLostWhole is spaceLost counting the whole text, without stopping
// once the spaces are enough.
func spaceLostWhole(s string) bool {
	letters, spaces := 0, 0
	for _, r := range s {
		switch {
		case r == ' ' || r == '\n':
			spaces++
		case r < utf8.RuneSelf && isLetter(byte(r)), r >= utf8.RuneSelf && unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 200 && letters > 14*(spaces+1)
}

// spaceLost stops counting when the spaces are enough whatever follows;
// on random texts, with spaces few and many, it says what counting all
// of them says.
func TestSpaceLostStopsSame(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	parts := []string{"a", "thecriteriaarenotmet", "é", "日本", "\xff", " ", "\n", "1", ".", "Review", strings.Repeat("x", 200)}
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for range rng.Intn(400) {
			p := parts[rng.Intn(len(parts))]
			if (p == " " || p == "\n") && rng.Intn(1+n%30) > 0 {
				continue
			}
			b.WriteString(p)
		}
		s := b.String()
		if got, want := spaceLost(s), spaceLostWhole(s); got != want {
			t.Fatalf("%q: %v, counting all %v", s, got, want)
		}
	}
}

// A document's lowered text serves every prefix of its text, and any
// other string is lowered as asciiLower lowers it.
func TestLowOfSame(t *testing.T) {
	d := newDoc("Rapid Review of Child A\nSee https://Example.ORG/Report for the ICB's view. Caf\u00e9 \u0130 K\n| Date | 3 May 2025 |")
	for i := 0; i <= len(d.flat); i++ {
		if got, want := d.lowOf(d.flat[:i]), asciiLower(d.flat[:i]); got != want {
			t.Fatalf("prefix %d: %q, want %q", i, got, want)
		}
	}
	for _, s := range []string{"", "Other TEXT", d.flat + "x", strings.ToUpper(d.flat)} {
		if got, want := d.lowOf(s), asciiLower(s); got != want {
			t.Fatalf("%q: %q, want %q", s, got, want)
		}
	}
}

// mayAboutReview says what lowering the block and searching for each
// word says, and a block it passes over has no sentence the decision
// reader would read outside a section about a review.
func TestMayAboutReviewSame(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	parts := []string{"Review", "REV", "iew", "LCSPR", "lcsp", "r", "Criteria", "criteri", "THRESHOLD", "thresh", "old", " ", "\n", "\u00a0",
		"\u200b", ". ", " | ", " - ", "\u0130", "é", "the", "partners", "met"}
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for range rng.Intn(20) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		text := charFix.Replace(b.String())
		low := asciiLower(text)
		want := false
		for _, w := range []string{"review", "lcspr", "criteri", "threshold"} {
			want = want || strings.Contains(low, w)
		}
		if got := mayAboutReview(text); got != want {
			t.Fatalf("%q: %v, searching for each word %v", text, got, want)
		}
		if want {
			continue
		}
		flat := collapseSpace(text)
		lowFlat := asciiLower(flat)
		for start, end := range splitSentences(flat) {
			l := lowFlat[start:end]
			if strings.Contains(l, "review") || strings.Contains(l, "lcspr") || strings.Contains(l, "criteri") || strings.Contains(l, "threshold") {
				t.Fatalf("%q: passed over, but its sentence %q would be read", text, l)
			}
		}
	}
}

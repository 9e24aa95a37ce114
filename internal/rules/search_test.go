package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// hasICB finds what icbWord finds, at every boundary.
func TestHasICBAsExpression(t *testing.T) {
	pieces := []string{"icb", "icbs", "ICB", "xicb", "icbx", "_", " ", "s", "1", "é", ".", "icbss", "nhs"}
	r := rand.New(rand.NewPCG(13, 13))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(8); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		if s := b.String(); hasICB(s) != icbWord.MatchString(s) {
			t.Fatalf("hasICB(%q) = %v, want %v", s, hasICB(s), icbWord.MatchString(s))
		}
	}
}

// prepare writes the words the general rune-by-rune reading does.
func TestPrepareAsRunes(t *testing.T) {
	general := func(s string) (string, int, int) {
		var b strings.Builder
		letters, spaces := 0, 0
		space := false
		for _, r := range strings.ToLower(strings.ToValidUTF8(s, " ")) {
			switch {
			case r == '\u2019':
				r = '\''
			case unicode.IsSpace(r):
				spaces++
				space = true
				continue
			case unicode.IsLetter(r):
				letters++
			}
			if space {
				if b.Len() == 0 || !strings.HasSuffix(b.String(), "-") {
					b.WriteByte(' ')
				}
				space = false
			}
			b.WriteRune(r)
		}
		return b.String(), letters, spaces
	}
	pieces := []string{"a", "B", " ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003", "-", "\u2019", "é", "Ω", "\u0130", "\u212a",
		"\xff", "1", ".", strings.Repeat("abcdefghij", 25)}
	r := rand.New(rand.NewPCG(14, 14))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		w, letters, spaces := general(s)
		if got := prepare(s); got.words != w || got.spaceLost != (letters > 200 && letters > 14*(spaces+1)) {
			t.Fatalf("prepare(%q) = %q %v, want %q %v", s, got.words, got.spaceLost, w, !got.spaceLost)
		}
	}
}

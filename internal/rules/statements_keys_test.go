package rules

import (
	"math/rand"
	"strings"
	"testing"
)

// Finding first which of a statement's keys are in the text at all changes
// nothing: on random texts made of its keys, parts of them and other
// words, stated gives what searching for every key gives.
func TestStatedKeysFilterSame(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	filler := []string{"the", "partners", "found", "showed", "told us", "have", "since", "his death", "s", ".", ";", "|",
		"review", "school", "a", "held", "already", "led to", "we", "changed"}
	for kind, els := range statements {
		for name, st := range els {
			var words []string
			for _, p := range st.probes {
				words = append(words, p.key, p.key[:len(p.key)/2], p.key[len(p.key)/2:])
			}
			words = append(words, filler...)
			plain := st
			plain.keys = nil
			for n := 0; n < 400; n++ {
				var b strings.Builder
				for range 1 + rng.Intn(60) {
					if b.Len() > 0 && rng.Intn(5) > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(words[rng.Intn(len(words))])
				}
				w := b.String()
				var skip [][2]int
				if rng.Intn(3) == 0 {
					i := rng.Intn(len(w) + 1)
					skip = [][2]int{{i, i + rng.Intn(40)}}
				}
				c := &checker{in: Input{Kind: kind}, text: &text{words: w}}
				i1, j1, ok1 := c.stated(element{name: name}, skip)
				statements[kind][name] = plain
				i2, j2, ok2 := c.stated(element{name: name}, skip)
				statements[kind][name] = st
				if i1 != i2 || j1 != j2 || ok1 != ok2 {
					t.Fatalf("%s %s %q: with the filter %d,%d,%v; without %d,%d,%v", kind, name, w, i1, j1, ok1, i2, j2, ok2)
				}
			}
		}
	}
}

// The health partner's quick test lowers ASCII letters (and the two that lower to them); it finds an
// integrated care board where lowering every letter does, whatever other
// letters and bytes stand around it.
func TestLowerASCIIFindsICBSame(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	parts := []string{"Integrated", "INTEGRATED", "care", "Care", "board", "BOARD", "ICB", "icbs", "ICBs", "\u0130CB", "\u0130ntegrated", "\u212a", "ntegrated care \u0130CB",
		"\u212a", "\xff", "\xc4", "é", "É", " ", "\n", "-", "_", "x", "I", "C", "B", "ntegrated", "İ", "ß", "Σ"}
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for range 1 + rng.Intn(12) {
			if rng.Intn(3) == 0 {
				b.WriteByte(' ')
			}
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		a, u := lowerForNames(s), strings.ToLower(s)
		if got, want := strings.Contains(a, "integrated care board") || hasICB(a), strings.Contains(u, "integrated care board") || hasICB(u); got != want {
			t.Fatalf("%q: %v with ASCII letters lowered, %v with all", s, got, want)
		}
	}
}

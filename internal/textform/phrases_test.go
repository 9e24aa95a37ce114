package textform

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestPhrases(t *testing.T) {
	lists := [][]string{{" not ", "n't ", " no "}, {" met ", " meet"}, {" decid", " decision"}, {"he", "she", "his", "hers"}, {}, {""}}
	p := NewPhrases(lists...)
	for _, c := range []struct {
		s    string
		want uint64
	}{
		{"", 0},
		{" the criteria are not met ", 1<<0 | 1<<1 | 1<<3},
		{" we decided it isn't needed ", 1<<0 | 1<<2},
		{" ushers ", 1 << 3},
		{" meeting ", 1 << 1},
		{" no", 0},
		{"nno ", 0},
	} {
		if got := p.In(c.s); got != c.want {
			t.Errorf("In(%q) = %b, want %b", c.s, got, c.want)
		}
	}
}

// In agrees with a substring search for every phrase, on texts made of
// the phrases' pieces and overlaps.
func TestPhrasesAsSearch(t *testing.T) {
	lists := [][]string{
		{" not ", "n't ", " no ", " none ", " cannot "},
		{" met ", " meets ", " meeting the ", " commission", " carry out"},
		{" decid", " decision", " agree", " conclu"},
		{"aa", "aaa", "ab", "ba", "abab"},
		{"caf\u00e9", "\xff"},
	}
	p := NewPhrases(lists...)
	pieces := []string{" ", "not", "no", "n't", "ne", "met", "meets", "meeting", "the", "commission", "carry", "out", "decid", "ed",
		"agree", "conclu", "a", "b", "ab", "caf", "\u00e9", "\xff", "x", "'", "cannot"}
	r := rand.New(rand.NewPCG(3, 3))
	for range 50000 {
		var b strings.Builder
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		var want uint64
		for i, l := range lists {
			for _, ph := range l {
				if strings.Contains(s, ph) {
					want |= 1 << i
				}
			}
		}
		if got := p.In(s); got != want {
			t.Fatalf("In(%q) = %b, want %b", s, got, want)
		}
	}
}

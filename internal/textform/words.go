// Package textform gives the normalised forms in which the service compares a
// document's words with what it looks for: squashed letters for text that
// lost its spaces, and stems, so that "reviewed", "reviews" and "review"
// are one word.
package textform

import (
	"strings"
	"unicode"
)

// Squash lower-cases s and keeps only its letters and digits, the form in
// which text whose spaces were lost can still be matched.
func Squash(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Stem reduces a lower-case word to the stem its inflections and common
// derivations share: "meetings" and "meeting" to "meet", "notified" and
// "notification" to "notif", "published" and "publication" to "publ".
// It is deliberately simple; a vocabulary written through it matches the
// forms people write.
func Stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "s'")
	// "implementations" loses "s", then "ation", then "ment".
	for pass := 0; pass < 3; pass++ {
		before := w
		for _, s := range stemSuffixes {
			if len(w)-len(s.from) >= 3 && strings.HasSuffix(w, s.from) {
				w = w[:len(w)-len(s.from)] + s.to
				break
			}
		}
		if w == before {
			break
		}
	}
	if len(w) > 3 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	return w
}

// stemSuffixes are tried in order, longest first; the first that leaves a
// stem of three letters or more is taken off.
var stemSuffixes = []struct{ from, to string }{
	{"ications", ""}, {"ication", ""}, {"ifying", "if"}, {"ified", "if"}, {"ifies", "if"}, {"ify", "if"},
	{"ishing", ""}, {"ished", ""}, {"ishes", ""}, {"ish", ""},
	{"ations", ""}, {"ation", ""}, {"ments", ""}, {"ment", ""},
	{"ings", ""}, {"ing", ""}, {"ies", "y"}, {"ied", "y"}, {"ed", ""}, {"es", ""},
	{"ss", "ss"}, {"us", "us"}, {"is", "is"}, {"s", ""},
}

// stopWords carry no meaning in a label or heading.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "on": true, "for": true, "to": true, "in": true,
	"by": true, "at": true, "and": true, "or": true, "was": true, "were": true, "is": true, "are": true,
	"has": true, "have": true, "been": true, "be": true, "with": true, "our": true, "we": true,
	"this": true, "that": true, "its": true, "their": true, "from": true, "as": true, "any": true,
}

// Stems returns the stems of the words of s, in order, without the small
// words that carry no meaning. Letters and digits make words; an
// apostrophe inside a word is kept so that "child's" stems as "child".
func Stems(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.ToLower(s[start:end])
			if !stopWords[w] {
				out = append(out, Stem(w))
			}
			start = -1
		}
	}
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '\'' || r == '\u2019') && start >= 0
		switch {
		case word && start < 0:
			start = i
		case !word:
			flush(i)
		}
	}
	flush(len(s))
	for i, w := range out {
		out[i] = strings.ReplaceAll(w, "\u2019", "'")
		out[i] = strings.TrimSuffix(strings.TrimSuffix(out[i], "'"), "'s")
	}
	return out
}

// HasAll reports whether every stem of want is among have: a name's words
// all found in a label or heading, in any order.
func HasAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(want) > 0
}

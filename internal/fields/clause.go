package fields

import (
	"strings"

	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// Clauses are cut at a semicolon and at the words that join two clauses:
// "but", "however", "although", "whereas", "because", "since" and "so"
// after a space or a comma and a space; "and", "which" and "as" after a
// comma; "and" before "the", "a", "an", "that", "it", "there", "they" or
// "we". Case is ignored and any run of spaces, tabs and line breaks
// counts as one space. clauseBreak is the same written as a regular
// expression; splitClauses cuts by a single pass over the sentence, which
// costs a small part of what the expression does on every sentence of a
// long document.
var clauseBreak = lazyre.New(`(?i);|,?\s+but\s+|,?\s+however,?\s+|,?\s+although\s+|,?\s+whereas\s+|,\s+and\s+|\s+and\s+(?:the|a|an|that|it|there|they|we)\s+|,\s+which\s+|,\s+as\s+|\s+because\s+|\s+since\s+|\s+so\s+`)

var (
	// spaceJoins follow a space; commaJoins follow a comma and a space.
	spaceJoins = []string{"but", "however", "although", "whereas", "because", "since", "so"}
	commaJoins = []string{"but", "however", "although", "whereas", "and", "which", "as"}
	// andJoins follow "and" after a space.
	andJoins = []string{"the", "a", "an", "that", "it", "there", "they", "we"}
)

// maxClauses is how many clauses a sentence is cut into at most; the last
// holds the rest of it.
const maxClauses = 20

// splitClauses cuts a sentence into its clauses, as
// clauseBreak.Split(s, maxClauses) does.
func splitClauses(s string) []string {
	if strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a") {
		// The long s and the Kelvin sign match "s" and "k" when case is
		// ignored; leave them to the expression.
		return clauseBreak.Split(s, maxClauses)
	}
	if s == "" {
		return []string{""}
	}
	var out []string
	beg := 0
	for i := 0; i < len(s) && len(out) < maxClauses-1; {
		end := clauseBreakAt(s, i)
		if end < 0 {
			i++
			continue
		}
		out = append(out, s[beg:i])
		beg, i = end, end
	}
	return append(out, s[beg:])
}

// clauseBreakAt returns where a clause break that starts at s[i] ends, or
// -1 when none starts there.
func clauseBreakAt(s string, i int) int {
	switch c := s[i]; {
	case c == ';':
		return i + 1
	case c == ',':
		k := skipBlank(s, i+1)
		if k == i+1 {
			return -1
		}
		return joinAt(s, k, commaJoins)
	case isBlank(c):
		k := skipBlank(s, i)
		if e := joinAt(s, k, spaceJoins); e >= 0 {
			return e
		}
		if e := wordAt(s, k, "and"); e >= 0 {
			if k2 := skipBlank(s, e); k2 > e {
				return joinAt(s, k2, andJoins)
			}
		}
	}
	return -1
}

// joinAt returns where the blanks after one of words at s[k] end, or -1
// when none of them, followed by a blank, is there. "however" may take a
// comma before its blank.
func joinAt(s string, k int, words []string) int {
	for _, w := range words {
		e := wordAt(s, k, w)
		if e < 0 {
			continue
		}
		if w == "however" && e+1 < len(s) && s[e] == ',' && isBlank(s[e+1]) {
			e++
		}
		if end := skipBlank(s, e); end > e {
			return end
		}
	}
	return -1
}

// wordAt returns the end of w at s[k], ignoring ASCII case, or -1.
func wordAt(s string, k int, w string) int {
	if len(s)-k < len(w) {
		return -1
	}
	for j := 0; j < len(w); j++ {
		c := s[k+j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return -1
		}
	}
	return k + len(w)
}

// isBlank is the space of a regular expression's \s.
func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func skipBlank(s string, i int) int {
	for i < len(s) && isBlank(s[i]) {
		i++
	}
	return i
}

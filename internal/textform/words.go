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

package registry

import (
	"unicode"
	"unicode/utf8"
)

// gap is what separates a token from the one before it. Names never
// span a hard gap; lists of names ("Bristol, North Somerset and South
// Gloucestershire") span commas.
type gap uint8

const (
	gapSpace gap = iota // spaces, a single line break, hyphens
	gapComma            // , / and dashes
	gapHard             // sentence punctuation, brackets, quotes, a blank line
)

// token is a word of text.
type token struct {
	norm       string // lower case, apostrophes dropped, "&" as "and"
	start, end int    // byte offsets in the text
	gap        gap    // separation from the previous token
	title      bool   // starts with a capital letter or a digit
	upper      bool   // two or more letters, all capitals
}

// tokenize splits text into words. A possessive "'s" is dropped
// ("Coventry's" is "coventry"); other apostrophes inside a word are
// ("children's" is "childrens").
func tokenize(text string) []token {
	var toks []token
	g := gapSpace
	newlines := 0
	i := 0
	for i < len(text) {
		c, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			t, next := readWord(text, i)
			t.gap = g
			toks = append(toks, t)
			g, newlines = gapSpace, 0
			i = next
			continue
		case c == '&':
			toks = append(toks, token{norm: "and", start: i, end: i + size, gap: g})
			g, newlines = gapSpace, 0
		case c == '\n':
			newlines++
			if newlines > 1 {
				g = gapHard
			}
		case c == '.' && len(toks) > 0 && toks[len(toks)-1].norm == "st" && toks[len(toks)-1].end == i:
			// "St. Helens": the full stop of an abbreviation
		case c == ',' || c == '/' || c == '–' || c == '—':
			g = max(g, gapComma)
		case c == '-' || c == '\'' || c == '’' || c == '‘' || unicode.IsSpace(c):
			// soft
		default:
			g = gapHard
		}
		i += size
	}
	return toks
}

// readWord reads the word starting at i and returns it with the offset
// after it.
func readWord(text string, i int) (token, int) {
	t := token{start: i}
	buf := make([]rune, 0, 16)
	letters, capitals := 0, 0
	first := true
	for i < len(text) {
		c, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if first {
				t.title = unicode.IsUpper(c) || unicode.IsDigit(c)
				first = false
			}
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					capitals++
				}
			}
			buf = append(buf, unicode.ToLower(c))
			i += size
			continue
		}
		if isApostrophe(c) && i+size < len(text) {
			n, nsize := utf8.DecodeRuneInString(text[i+size:])
			if unicode.IsLetter(n) {
				// A possessive 's ends the word; any other letters after an
				// apostrophe continue it.
				after := i + size + nsize
				if (n == 's' || n == 'S') && !continuesWord(text, after) {
					t.end = i
					t.norm = string(buf)
					t.upper = letters >= 2 && capitals == letters
					return t, after
				}
				i += size
				continue
			}
		}
		break
	}
	t.end = i
	t.norm = string(buf)
	t.upper = letters >= 2 && capitals == letters
	return t, i
}

func continuesWord(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}

func isApostrophe(c rune) bool { return c == '\'' || c == '’' || c == '‘' }

package document

import (
	"strings"
	"unicode"
)

// Pair is a label and the value a document gives it: a table row
// ("Date of SIN | 3 March 2025"), a row of headings over a row of values,
// a "Label: value" line, or a label line (or heading) followed by its
// value.
type Pair struct {
	Label string
	Value string
	// More is the line after the value when the value ends its line, for
	// a value that runs on ("Monday 3" / "March 2025").
	More  string
	Page  int
	Block int // index of the block holding the value
}

// Bounds on what is taken as a label and a value.
const (
	maxLabel     = 90
	maxLabelWord = 12
	maxValueLen  = 600
)

// Pairs returns the label/value pairs of the content blocks, in document
// order.
func Pairs(blocks []Block) []Pair {
	var out []Pair
	add := func(label, value, more string, bi int) {
		label = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(label), ":?-–=|"))
		value = strings.TrimSpace(strings.TrimLeft(value, " :-–=|"))
		if label == "" || value == "" || !labelLike(label) {
			return
		}
		if len(value) > maxValueLen {
			value = cut(value, maxValueLen)
		}
		out = append(out, Pair{Label: label, Value: value, More: more, Page: blocks[bi].Page, Block: bi})
	}
	for bi, b := range blocks {
		if !b.IsContent() {
			continue
		}
		switch b.Kind {
		case Row:
			rowPairs(blocks, bi, add)
			continue
		}
		lines := strings.Split(b.Text, "\n")
		skip := -1 // a line read as the run-on of the line before
		for li, l := range lines {
			if li == skip {
				continue
			}
			next, after := "", ""
			if li+1 < len(lines) {
				next = lines[li+1]
				if li+2 < len(lines) {
					after = lines[li+2]
				}
			} else if nb, ok := nextContent(blocks, bi); ok && len(lines) == 1 && nb.Kind != Row {
				next = firstLine(nb.Text)
				if nb.Kind == Row {
					next = nb.Text
				}
				if rest := strings.SplitN(nb.Text, "\n", 3); len(rest) > 1 {
					after = rest[1]
				}
			}
			// Several "Label: value." in one line of running text.
			if segs := labelledSentences(l); len(segs) > 1 {
				for _, seg := range segs {
					if k := labelColon(seg); k > 0 {
						add(seg[:k], seg[k+1:], "", bi)
					}
				}
				continue
			}
			if k := labelColon(l); k > 0 {
				v := l[k+1:]
				more := ""
				if li+1 < len(lines) {
					more = lines[li+1]
				}
				if strings.TrimSpace(v) != "" {
					add(l[:k], v, more, bi)
					skip = li + 1
					continue
				}
			}
			// A label on its own line, the value below it.
			if next != "" && (b.Kind == Heading || strings.HasSuffix(l, ":") || strings.HasSuffix(l, "?") || shortLabel(l) && len(next) <= 120) {
				add(l, next, after, bi)
			}
		}
	}
	return out
}

// rowPairs reads the pairs of a table row: label and value side by side
// (two or four cells), or, for a row of labels, the row below it.
func rowPairs(blocks []Block, bi int, add func(label, value, more string, bi int)) {
	cells := blocks[bi].Cells
	if bi > 0 && headingRow(blocks, bi-1) {
		return // the values of the row of labels above
	}
	if headingRow(blocks, bi) {
		for j, c := range cells {
			add(c, blocks[bi+1].Cells[j], "", bi+1)
		}
		return
	}
	// Cells that each hold their own "Label: value", or a "Label:" with its
	// value in the next cell: a form of two columns printed as text
	// ("SIN ref: 2025/0412      Panel notified: 14/10/25").
	if own := ownPairs(cells); len(own) > 1 {
		for _, p := range own {
			add(p[0], p[1], "", bi)
		}
		return
	}
	// Label, value, label, value: a form laid out in four columns.
	if len(cells) >= 4 && len(cells)%2 == 0 {
		pairs := true
		for j := 0; j < len(cells); j += 2 {
			pairs = pairs && labelLike(cells[j]) && !hasDigit(cells[j]) && cells[j+1] != ""
		}
		if pairs {
			for j := 0; j < len(cells); j += 2 {
				add(cells[j], cells[j+1], "", bi)
			}
			return
		}
	}
	for j := 0; j+1 < len(cells); j++ {
		if cells[j] != "" && labelLike(cells[j]) {
			add(cells[j], strings.Join(nonEmpty(cells[j+1:]), " | "), "", bi)
			return
		}
	}
}

// ownPairs returns the label/value pairs of a row whose cells are
// "Label: value" each, or a "Label:" cell followed by its value; nil when
// any non-empty cell is neither.
func ownPairs(cells []string) [][2]string {
	var out [][2]string
	for j := 0; j < len(cells); j++ {
		c := cells[j]
		if c == "" {
			continue
		}
		k := labelColon(c)
		if k <= 0 {
			// A label's words run straight into a value that starts
			// with a figure: "Published 20th December 2024".
			k = labelBeforeFigure(c)
			if k <= 0 {
				return nil
			}
			out = append(out, [2]string{c[:k], c[k:]})
			continue
		}
		v := strings.TrimSpace(c[k+1:])
		if v == "" {
			if j+1 >= len(cells) || cells[j+1] == "" || labelColon(cells[j+1]) > 0 {
				return nil
			}
			j++
			v = cells[j]
		}
		out = append(out, [2]string{c[:k], v})
	}
	return out
}

// labelBeforeFigure returns where the value starts in a cell of a few
// label words followed by a value whose first word starts with a figure,
// or -1.
func labelBeforeFigure(c string) int {
	words := 0
	for i := 0; i < len(c); i++ {
		if c[i] != ' ' || i+1 >= len(c) {
			continue
		}
		words++
		if words > 5 {
			return -1
		}
		if isDigit(c[i+1]) {
			if label := c[:i]; labelLike(label) && !hasDigit(label) {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

func nonEmpty(cs []string) []string {
	var out []string
	for _, c := range cs {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// headingRow reports whether row bi is a row of labels over a row of
// their values. Two cells of labels over two cells whose first is a label
// too are side by side pairs ("Name | Baby Ava" over "DOB | 1/1/2025").
func headingRow(blocks []Block, bi int) bool {
	if bi+1 >= len(blocks) || blocks[bi].Kind != Row || blocks[bi+1].Kind != Row {
		return false
	}
	cells, next := blocks[bi].Cells, blocks[bi+1].Cells
	if len(next) != len(cells) || !allLabels(cells) || allLabels(next) {
		return false
	}
	return len(cells) != 2 || !labelLike(next[0])
}

func allLabels(cells []string) bool {
	for _, c := range cells {
		if c == "" || !labelLike(c) || hasDigit(c) {
			return false
		}
	}
	return true
}

func nextContent(blocks []Block, bi int) (Block, bool) {
	for j := bi + 1; j < len(blocks) && j < bi+3; j++ {
		if blocks[j].IsContent() {
			return blocks[j], true
		}
	}
	return Block{}, false
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// labelColon returns where the colon of a "Label: value" line is, or -1.
// The label is short and has letters; a colon in a time ("10:30") or after
// a scheme ("https:") is no label's.
func labelColon(l string) int {
	lim := min(len(l), maxLabel+1)
	for i := 0; i < lim; i++ {
		if l[i] != ':' {
			continue
		}
		if i > 0 && i+1 < len(l) && isDigit(l[i-1]) && isDigit(l[i+1]) {
			continue
		}
		if i+2 < len(l) && l[i+1] == '/' && l[i+2] == '/' {
			return -1
		}
		if labelLike(l[:i]) {
			return i
		}
		return -1
	}
	return -1
}

// labelLike reports whether s can be a label: a few words with letters,
// not a sentence.
func labelLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxLabel {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) > maxLabelWord {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && letters > countDigits(s) && !strings.HasSuffix(s, ".")
}

// shortLabel is a line that reads as a label without a colon: a few words,
// no sentence punctuation, no more than a figure or two.
func shortLabel(l string) bool {
	l = strings.TrimSpace(l)
	return len(l) <= 60 && !startsLower(l) && labelLike(l) && len(strings.Fields(l)) <= 8 && !strings.ContainsAny(l, ",;.") && countDigits(l) <= 4
}

func hasDigit(s string) bool { return countDigits(s) > 0 }

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// cut returns at most n bytes of s, not splitting a character.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// Snippet returns at most n bytes of s on one line, cut at a word where it
// can be: the words a piece of evidence shows.
func Snippet(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	s = cut(s, n)
	if i := strings.LastIndexByte(s, ' '); i > n/2 {
		s = s[:i]
	}
	return s
}

// labelledSentences splits a line of running text into its sentences when
// more than one of them is a "Label: value" ("Incident: 31 January 2025.
// Rapid review meeting: 6 March 2025."), else returns nil.
func labelledSentences(l string) []string {
	if strings.Count(l, ": ") < 2 {
		return nil
	}
	var segs []string
	labelled := 0
	start := 0
	for i := 0; i+1 < len(l); i++ {
		if l[i] == '.' && l[i+1] == ' ' && i+2 < len(l) && unicode.IsUpper(rune(l[i+2])) {
			segs = append(segs, l[start:i])
			start = i + 2
		}
	}
	segs = append(segs, l[start:])
	for _, s := range segs {
		if labelColon(s) > 0 {
			labelled++
		}
	}
	if labelled < 2 {
		return nil
	}
	return segs
}

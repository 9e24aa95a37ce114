package document

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// Style is how a line of laid-out text is set, as a PDF reader knows it.
type Style struct {
	Page int
	Size float64 // font size
	Bold bool
	Gap  float64 // space above the line in units of its size; 0 at a page's top
}

// FromText infers the blocks of plain text: pages split by form feeds,
// paragraphs by blank lines, rows from tabs, bars and wide gaps, list items
// from bullets, and headings from short lines that stand alone or are
// numbered like sections. Running headers and footers repeated on the
// pages are marked as furniture.
func FromText(text string) []Block { return FromLines(text, nil) }

// FromLines is FromText for laid-out text whose lines, in order, are set as
// styles says (one for each line of text that ends in a newline; extra or
// missing styles are ignored). A line set larger than the body text, or a
// short line set in bold, is a heading; a wider space than a line's is a
// paragraph break.
func FromLines(text string, styles []Style) []Block {
	pages := strings.Split(text, "\f")
	running := runningLines(pages)
	body, levels := bodySize(styles)
	var b Builder
	li := 0 // index into styles of the next line that ends in a newline
	for pi, page := range pages {
		if len(pages) > 1 {
			b.SetPage(pi + 1)
		}
		var para []string
		paraKind := Paragraph
		flush := func() {
			if len(para) > 0 {
				b.Add(paraKind, 0, strings.Join(para, "\n"))
			}
			para, paraKind = nil, Paragraph
		}
		lines := strings.Split(page, "\n")
		edge := edges(lines, running)
		for i, raw := range lines {
			var st *Style
			if i < len(lines)-1 && strings.TrimSpace(raw) != "" && styles != nil {
				if li < len(styles) {
					st = &styles[li]
				}
				li++
			}
			line := strings.TrimRightFunc(raw, unicode.IsSpace)
			trimmed := strings.TrimSpace(line)
			if trimmed == "" {
				flush()
				continue
			}
			if edge != nil && edge[i] && running[furnitureKey(trimmed)] {
				flush()
				b.SetFurniture(Running)
				b.Add(Paragraph, 0, trimmed)
				b.SetFurniture(Content)
				continue
			}
			if cells := splitCells(line); len(cells) > 1 {
				flush()
				b.AddRow(cells)
				continue
			}
			if item, ok := bulleted(trimmed); ok {
				flush()
				paraKind = Item
				para = []string{item}
				continue
			}
			if st != nil {
				if lvl, ok := styledHeading(trimmed, *st, body, levels); ok {
					flush()
					// A heading set over two lines is one heading.
					if n := len(b.blocks); n > 0 && b.blocks[n-1].Kind == Heading && b.blocks[n-1].Level == lvl && st.Gap > 0 && st.Gap < 1.6 && b.blocks[n-1].Page == b.page {
						b.blocks[n-1].Text += " " + trimmed
						continue
					}
					b.Add(Heading, lvl, trimmed)
					continue
				}
				if st.Gap > 1.6 {
					flush()
				}
			} else if lvl, ok := textHeading(trimmed, lines, i); ok {
				flush()
				b.Add(Heading, lvl, trimmed)
				continue
			} else if head, rest, ok := runInHead(trimmed, lines, i); ok {
				// "WHAT WE DID STRAIGHT AWAY: strategy discussion ...": the
				// section's heading set in capitals at the start of its
				// first paragraph.
				flush()
				b.Add(Heading, 3, head)
				para = []string{rest}
				continue
			}
			if paraKind == Item && st == nil && !startsLower(trimmed) && len(para) > 0 && endsSentence(para[len(para)-1]) {
				flush()
			}
			para = append(para, trimmed)
		}
		flush()
	}
	return b.Blocks()
}

// bodySize returns the font size most of the text is set in, and the
// larger sizes in use, largest first: the heading levels.
func bodySize(styles []Style) (float64, []float64) {
	if len(styles) == 0 {
		return 0, nil
	}
	count := map[float64]int{}
	for _, s := range styles {
		count[roundSize(s.Size)]++
	}
	body, most := 0.0, 0
	for sz, n := range count {
		if n > most || n == most && sz < body {
			body, most = sz, n
		}
	}
	var levels []float64
	for sz, n := range count {
		if sz >= body*1.15 && n*4 < len(styles)*3 {
			levels = append(levels, sz)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(levels)))
	if len(levels) > 5 {
		levels = levels[:5]
	}
	return body, levels
}

func roundSize(s float64) float64 { return float64(int(s*2+0.5)) / 2 }

func styledHeading(line string, st Style, body float64, levels []float64) (int, bool) {
	if len(line) > 160 || !hasLetters(line) || endsSentence(line) && len(line) > 60 {
		return 0, false
	}
	sz := roundSize(st.Size)
	for i, l := range levels {
		if sz >= l {
			return i + 1, true
		}
	}
	if st.Bold && len(line) <= 100 && !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ",") && !startsLower(line) {
		return len(levels) + 1, true
	}
	return 0, false
}

// textHeading reports a heading in plain text: a short line without final
// punctuation that stands alone between blank lines, or starts a
// paragraph numbered as a section ("2.1 What we did"), or is in capitals.
func textHeading(line string, lines []string, i int) (int, bool) {
	if len(line) > 100 || !hasLetters(line) || startsLower(line) || letterCount(line) < 2*countDigits(line) {
		return 0, false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:!", last) || strings.Contains(line, ": ") {
		return 0, false
	}
	if n := sectionNumber(line); n > 0 {
		return n, true
	}
	blankBefore := i == 0 || strings.TrimSpace(lines[i-1]) == ""
	blankAfter := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
	if !blankBefore {
		return 0, false
	}
	if upper(line) && len(strings.Fields(line)) <= 12 {
		return 1, true
	}
	if blankAfter && len(strings.Fields(line)) <= 12 {
		return 2, true
	}
	return 0, false
}

// runInHead splits a paragraph that opens with its heading in capitals
// and a colon ("LEARNING SO FAR: transfer of records took seven weeks")
// into the heading and the text; a label with a short value ("CHILD:
// Child J") is a label, not a heading.
func runInHead(line string, lines []string, i int) (head, rest string, ok bool) {
	if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
		return "", "", false
	}
	k := strings.Index(line, ": ")
	if k <= 0 || k > 50 {
		return "", "", false
	}
	head, rest = line[:k], strings.TrimSpace(line[k+2:])
	if !upper(head) || letterCount(head) < 4 || hasDigitRune(head) || len(strings.Fields(head)) > 6 || len(strings.Fields(rest)) < 6 {
		return "", "", false
	}
	return head, rest, true
}

// sectionNumber returns the depth of a section number that starts line
// ("3 Our work" 1, "2.1 Training" 2), or 0.
func sectionNumber(s string) int {
	i, depth := 0, 0
	for {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j-i > 2 {
			break
		}
		depth++
		i = j
		if i < len(s) && s[i] == '.' {
			i++
			if i < len(s) && s[i] >= '0' && s[i] <= '9' {
				continue
			}
		}
		break
	}
	if depth == 0 || i >= len(s) || s[i] != ' ' {
		return 0
	}
	rest := strings.TrimSpace(s[i:])
	if rest == "" || hasDigitRune(rest) || !unicode.IsUpper(firstRune(rest)) || len(strings.Fields(rest)) > 10 {
		return 0
	}
	return min(depth, 6)
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func startsLower(s string) bool { return unicode.IsLower(firstRune(s)) }

func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

func hasLetters(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if n >= 3 {
				return true
			}
		}
	}
	return false
}

func upper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}

// bulleted returns the text of a list item marked by a bullet.
func bulleted(s string) (string, bool) {
	for _, b := range []string{"•", "●", "▪", "◦", "·", "- ", "* ", "+ ", "– ", "o "} {
		if strings.HasPrefix(s, b) {
			rest := strings.TrimSpace(s[len(b):])
			return rest, rest != ""
		}
	}
	return "", false
}

// SplitCells splits a line laid out as a table row in plain text (by
// tabs, bars, gaps of three spaces or dot leaders) into its cells; nil for
// a line that is one cell.
func SplitCells(line string) []string { return splitCells(line) }

// splitCells splits a line at tabs, table bars and gaps of three or more
// spaces, the ways extractors and people lay out a table in text. A line
// that is one cell is returned as nil.
func splitCells(line string) []string {
	if strings.Contains(line, "...") {
		// Dot leaders between a label and its value: "RR meeting ..... 06.01.2025".
		line = dotLeaders.ReplaceAllString(line, "\t")
	}
	if !strings.ContainsAny(line, "\t|") && !strings.Contains(line, "   ") {
		return nil
	}
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, "|") || strings.Count(t, " | ") > 0 || strings.Contains(t, "\t") {
		// Markdown and extracted tables; a rule row of dashes is no row.
		if strings.Trim(t, "|-: \t") == "" {
			return nil
		}
	}
	var cells []string
	for f := range strings.FieldsFuncSeq(strings.ReplaceAll(t, "   ", "\t"), func(r rune) bool { return r == '\t' || r == '|' }) {
		if f = strings.TrimSpace(f); f != "" {
			cells = append(cells, f)
		}
	}
	if len(cells) < 2 {
		return nil
	}
	return cells
}

// furnitureKey is how a header or footer line is compared across pages:
// its page numbers and dates change, its words do not.
func furnitureKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsDigit(r):
		case unicode.IsLetter(r):
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), " "):
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// edgeDepth is how many lines from the top or bottom of a page a running
// header or footer is looked for in.
const edgeDepth = 3

// edges marks the lines of a page within edgeDepth lines of its top or
// bottom, counting only lines with text; nil when there is no running
// text to look for.
func edges(lines []string, running map[string]bool) []bool {
	if len(running) == 0 {
		return nil
	}
	var text []int
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			text = append(text, i)
		}
	}
	out := make([]bool, len(lines))
	for r, i := range text {
		out[i] = r < edgeDepth || len(text)-1-r < edgeDepth
	}
	return out
}

// runningLines returns the keys of lines that sit at the top or bottom of
// most pages: running headers and footers, page numbers.
func runningLines(pages []string) map[string]bool {
	if len(pages) < 2 {
		return nil
	}
	count := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		lines := strings.Split(p, "\n")
		edge := edges(lines, map[string]bool{"": true})
		for i, l := range lines {
			l = strings.TrimSpace(l)
			if l == "" || len(l) > 200 || !edge[i] {
				continue
			}
			k := furnitureKey(l)
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	need := max(2, (len(pages)+1)/2)
	out := map[string]bool{}
	for k, n := range count {
		if n >= need {
			out[k] = true
		}
	}
	return out
}

func hasDigitRune(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// dotLeaders are the dots a form runs from a label to its value.
var dotLeaders = lazyre.New(`\s*\.{3,}\s*`)

package fields

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// MaxText is how much of a document's text is considered at all. Of that,
// the fields are read from the first headBytes and the last tailBytes:
// every field sits on the first pages or, for a publication note, the last,
// and the bound keeps the cost of adversarial input small.
const (
	MaxText   = 2 << 20
	headBytes = 256 << 10
	tailBytes = 64 << 10
)

// doc is a document's text prepared once for every field reader.
type doc struct {
	lines []line
	// flat is the whole text with whitespace collapsed, cells separated by
	// " | " and lines by a newline: patterns that allow any space between
	// words read sentences wrapped across lines as written, and those that
	// allow only spaces (names) stay within a line.
	flat string
	// low is flat lower-cased by asciiLower: byte for byte the same
	// offsets.
	low string
	// lowScope is the scope names are read from, lower-cased by
	// asciiLower; set on first use.
	lowScope string
	// spaceLost is set when the extractor dropped most spaces between
	// words ("thecriteriaarenotmet"), so phrase matching must ignore spaces.
	spaceLost bool

	// blocks is the document's structure; pairs its labelled values with
	// their labels' stems, read on first use.
	blocks []document.Block
	pairs  []pairLabel
	// hit is the line of the last value labelled accepted; offered the
	// line and offset of the label it last offered a value of.
	hit     int
	offered [2]int
	// kind is the kind of document the fields are read for.
	kind intake.Kind
	// events are the dates sentences bind to each field's event, read on
	// first use.
	events map[string][]eventDate
	// ctxYear is the year of the document's dates, -1 when none; 0 until
	// worked out.
	ctxYear int
}

// line is one line of text split into cells: DOCX tables arrive as cells
// separated by tabs, Markdown tables by bars and PDF layout by wide gaps.
type line struct {
	text  string // the cells joined by " | "
	lower string // text with ASCII letters lower-cased, byte for byte
	cells []string
	para  int // the paragraph: lines between blank lines share one
}

var (
	// charFix maps the typographic variants extractors produce to the plain
	// characters the readers expect.
	charFix = newCharFixer(
		"\r\n", "\n", "\r", "\n", "\f", "\n", "\v", "\n",
		"\u00a0", " ", "\u2007", " ", "\u2009", " ", "\u202f", " ", "\u200b", "", "\ufeff", "",
		"\u00ad", "", // soft hyphen
		"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
		"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`,
		"\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl",
	)
	// wideGap separates cells in text laid out by a PDF extractor.
	wideGap = lazyre.New(` {3,}`)
)

// charFixer replaces strings as strings.NewReplacer(oldnew...) does, for
// replacements that start with few bytes: text with none of them is
// returned as it is, without a copy, and the rest is copied once.
type charFixer struct {
	oldnew []string
	// from lists, per first byte, the pairs that start with it, in the
	// order given: the first that matches is taken, as by a Replacer.
	from [256][]int
}

func newCharFixer(oldnew ...string) *charFixer {
	f := &charFixer{oldnew: oldnew}
	for i := 0; i < len(oldnew); i += 2 {
		f.from[oldnew[i][0]] = append(f.from[oldnew[i][0]], i)
	}
	return f
}

// Replace returns s with every old string replaced by its new one, left to
// right, without overlaps.
func (f *charFixer) Replace(s string) string {
	var b []byte
	last := 0 // s[:last] is written to b
	for i := 0; i < len(s); {
		pairs := f.from[s[i]]
		if pairs == nil {
			i++
			continue
		}
		matched := false
		for _, k := range pairs {
			if old := f.oldnew[k]; strings.HasPrefix(s[i:], old) {
				if b == nil {
					b = make([]byte, 0, len(s))
				}
				b = append(b, s[last:i]...)
				b = append(b, f.oldnew[k+1]...)
				i += len(old)
				last, matched = i, true
				break
			}
		}
		if !matched {
			i++
		}
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// clip returns at most MaxText bytes of s, cut at a rune boundary, with
// invalid UTF-8 replaced.
func clip(s string) string {
	if len(s) > MaxText {
		n := MaxText
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// ends keeps the first headBytes and last tailBytes of s, cut at lines.
func ends(s string) string {
	if len(s) <= headBytes+tailBytes {
		return s
	}
	head, tail := s[:headBytes], s[len(s)-tailBytes:]
	if i := strings.LastIndexByte(head, '\n'); i > headBytes/2 {
		head = head[:i]
	}
	if i := strings.IndexByte(tail, '\n'); i >= 0 && i < tailBytes/2 {
		tail = tail[i+1:]
	}
	return head + "\n" + tail
}

// clean normalises characters and joins words hyphenated across lines.
func clean(text string) string {
	s := charFix.Replace(clip(text))
	return joinLinkBreaks(joinHyphens(s))
}

// joinHyphens joins the words a line break split with a hyphen
// ("safe-\nguarding"), when lower-case letters stand on both sides. In a
// link the hyphen is part of the address: a wrapped URL breaks after one
// ("annual-\nreport-2023-24"), so there it is kept and only the break
// removed, and a digit may stand on either side.
func joinHyphens(s string) string {
	if !strings.Contains(s, "-") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0      // s[:last] is written
	linkJoin := -1 // where the text resumed after the last break joined inside a link
	for i := 0; i < len(s); {
		n := strings.IndexByte(s[i:], '\n')
		if n < 0 {
			break
		}
		nl := i + n
		i = nl + 1
		h := nl - 1
		for h >= last && (s[h] == ' ' || s[h] == '\t') {
			h--
		}
		if h < last+1 || s[h] != '-' {
			continue
		}
		k := nl + 1
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k >= len(s) {
			continue
		}
		before, after := s[h-1], s[k]
		switch {
		case isLowerOrDigit(before) && isLowerOrDigit(after) && inLink(s, last, h, linkJoin):
			b.WriteString(s[last : h+1])
			linkJoin = k
		case isLower(before) && isLower(after):
			b.WriteString(s[last:h])
		default:
			continue
		}
		last, i = k, k
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// maxLinkWord bounds how far back a word is read to tell whether it is a
// link.
const maxLinkWord = 1024

// inLink reports whether the word ending at s[h] is part of a link: it
// holds a scheme or "www.", or it goes on from a link already joined
// across the line break before (the text resumed at linkJoin). The word is
// read back no further than from, where the text not yet written starts.
func inLink(s string, from, h, linkJoin int) bool {
	j := h
	for j > from && h-j < maxLinkWord && !isSpace(s[j-1]) {
		j--
	}
	if j == from && from == linkJoin {
		return true
	}
	w := s[j:h]
	return strings.Contains(w, "://") || strings.Contains(asciiLower(w), "www.")
}

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

func isLowerOrDigit(c byte) bool { return isLower(c) || isDigit(c) }

func newDoc(text string) *doc { return newCleanDoc(clean(ends(clip(text)))) }

// newCleanDoc is newDoc of a text clean already.
func newCleanDoc(s string) *doc {
	d := &doc{}
	var flat strings.Builder
	flat.Grow(len(s))
	n := strings.Count(s, "\n") + 1
	d.lines = make([]line, 0, n)
	// Lines of one cell, most of them, share one array of cells.
	single := make([]string, 0, n)
	at := make([]int, 0, n) // where each line's text starts in flat
	para := 0
	for raw := range strings.SplitSeq(s, "\n") {
		var cells []string
		if t := strings.TrimLeft(raw, "#>*"); plainLine(t) {
			// What the general forms below leave as it is.
			single = append(single, t)
			cells = single[len(single)-1 : len(single) : len(single)]
		} else if raw = strings.TrimLeft(controlsToSpace(raw), "#>*"); oneCell(raw) { // Markdown headings, quotes, bullets
			if c := collapseSpace(raw); c != "" {
				single = append(single, c)
				cells = single[len(single)-1 : len(single) : len(single)]
			}
		} else {
			for _, c := range splitCells(raw) {
				if c = collapseSpace(c); c != "" {
					cells = append(cells, c)
				}
			}
		}
		if len(cells) == 0 {
			para++
			continue
		}
		t := strings.Join(cells, " | ")
		if flat.Len() > 0 {
			flat.WriteByte('\n')
		}
		at = append(at, flat.Len())
		d.lines = append(d.lines, line{text: t, cells: cells, para: para})
		flat.WriteString(t)
	}
	d.flat = flat.String()
	// Every line's lower case is a part of the whole text's.
	low := asciiLower(d.flat)
	d.low = low
	for i := range d.lines {
		d.lines[i].lower = low[at[i] : at[i]+len(d.lines[i].text)]
	}
	d.spaceLost = spaceLost(d.flat)
	return d
}

// plainLine reports a line of one cell that is clean already: printable
// ASCII, no table bar, its words parted by single spaces.
func plainLine(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == '|' || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// controlsToSpace is strings.Map(controlToSpace, s), which leaves a line
// of printable ASCII as it is.
func controlsToSpace(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < ' ' && c != '\t') || c >= 0x7f {
			return strings.Map(controlToSpace, s)
		}
	}
	return s
}

// collapseSpace is strings.Join(strings.Fields(s), " "): s with its runs
// of space (line breaks included) made one space and its ends trimmed.
// Text whose words are already parted by single spaces is returned as it
// is, and text parted by single spaces and line breaks is copied once.
func collapseSpace(s string) string {
	if s == "" {
		return s
	}
	if s[0] != ' ' && s[0] != '\n' && s[len(s)-1] != ' ' && s[len(s)-1] != '\n' {
		plain, breaks := true, false
		for i := 0; i < len(s) && plain; i++ {
			switch c := s[i]; {
			case c >= utf8.RuneSelf:
				r, n := utf8.DecodeRuneInString(s[i:])
				plain = !unicode.IsSpace(r)
				i += n - 1
			case c == ' ' || c == '\n':
				// One space between words: the last byte is none.
				plain = s[i+1] != ' ' && s[i+1] != '\n' && (s[i+1] < 0x09 || s[i+1] > 0x0d)
				breaks = breaks || c == '\n'
			default:
				plain = c > ' '
			}
		}
		if plain && !breaks {
			return s
		}
		if plain {
			return strings.ReplaceAll(s, "\n", " ")
		}
	}
	return strings.Join(strings.Fields(s), " ")
}

// oneCell reports whether splitCells gives s as its only cell.
func oneCell(s string) bool {
	run := 0 // spaces in a row
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '|':
			return false
		case ' ':
			if run++; run == 3 {
				return false
			}
		default:
			run = 0
		}
	}
	return true
}

func controlToSpace(r rune) rune {
	if r == '\t' {
		return r
	}
	if unicode.IsControl(r) || unicode.IsSpace(r) {
		return ' '
	}
	return r
}

// splitCells splits a line at tabs, table bars and wide gaps.
func splitCells(s string) []string {
	if oneCell(s) {
		return []string{s}
	}
	// As strings.FieldsFunc of s with wideGap made a tab, cut at tabs and
	// bars.
	var cells []string
	start := -1 // where the cell being read starts
	for i := 0; i < len(s); {
		gap := 0 // bytes of separator at i
		switch s[i] {
		case '\t', '|':
			gap = 1
		case ' ':
			n := 1
			for i+n < len(s) && s[i+n] == ' ' {
				n++
			}
			if n >= 3 {
				gap = n
			} else {
				if start < 0 {
					start = i
				}
				i += n
				continue
			}
		}
		if gap == 0 {
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		if start >= 0 {
			cells = append(cells, s[start:i])
			start = -1
		}
		i += gap
	}
	if start >= 0 {
		cells = append(cells, s[start:])
	}
	return cells
}

// spaceLost reports whether words in s mostly run together: long runs of
// letters with few spaces between them.
func spaceLost(s string) bool {
	// Every byte not a space is at most one letter: a text with spaces
	// enough for all of them is told without reading it letter by letter.
	if sp := strings.Count(s, " ") + strings.Count(s, "\n"); len(s)-sp <= 14*(sp+1) {
		return false
	}
	letters, spaces := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\n':
				spaces++
				// Every byte left is at most one more letter, and the
				// spaces only grow.
				if letters+len(s)-i <= 14*(spaces+1) {
					return false
				}
			case isLetter(c):
				letters++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 200 && letters > 14*(spaces+1)
}

// lowOf returns asciiLower(s) for s a prefix of d.flat (as the name
// scope is) from d.low, without a copy; of another string, a copy.
func (d *doc) lowOf(s string) string {
	if len(s) <= len(d.low) && len(d.low) == len(d.flat) && s == d.flat[:len(s)] {
		return d.low[:len(s)]
	}
	return asciiLower(s)
}

// asciiLower lower-cases ASCII letters only, so byte offsets in the result
// are offsets in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// words lower-cases s and reduces it to words separated by single spaces,
// padded with a space at each end so " phrase " matches whole words.
func words(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII, byte by byte: what unicode's tests say of it.
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '\'':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if !space {
					b.WriteByte(' ')
					space = true
				}
				continue
			}
			b.WriteByte(c)
			space = false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// joinLinkBreaks joins a link that a line break split where it ends in
// "://" or "/", when the next line goes on with nothing but the rest of
// an address ("https://" / "www.example.org.uk/" / "about-us/our-arrangements").
func joinLinkBreaks(s string) string {
	if !strings.Contains(s, "://\n") && !strings.Contains(s, "/\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	var b strings.Builder
	b.Grow(len(s))
	for i, l := range lines {
		b.WriteString(l)
		if i+1 == len(lines) {
			break
		}
		last := l[strings.LastIndexAny(l, " \t")+1:]
		next := strings.TrimSpace(lines[i+1])
		linkEnd := strings.HasSuffix(last, "://") || strings.HasSuffix(last, "/") && (strings.Contains(last, "://") || strings.HasPrefix(asciiLower(last), "www."))
		if linkEnd && next != "" && !strings.ContainsAny(next, " \t") && addressChars(next) && (strings.HasSuffix(last, "://") || !strings.Contains(next, "://")) {
			continue // the address goes on
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// addressChars reports whether s holds only what an address's path does.
func addressChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isLetter(c) || isDigit(c) || strings.IndexByte("-._~/%?=&#:+", c) >= 0) {
			return false
		}
	}
	return true
}

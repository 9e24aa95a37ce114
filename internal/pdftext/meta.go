package pdftext

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// maxInfoRunes bounds each information dictionary string.
const maxInfoRunes = 512

func readInfo(info pdf.Value) Info {
	if info.Kind() != pdf.Dict {
		return Info{}
	}
	return Info{
		Title:    textString(info.Key("Title")),
		Author:   textString(info.Key("Author")),
		Subject:  textString(info.Key("Subject")),
		Creator:  textString(info.Key("Creator")),
		Producer: textString(info.Key("Producer")),
		Created:  parseDate(info.Key("CreationDate").RawString()),
		Modified: parseDate(info.Key("ModDate").RawString()),
	}
}

// textString decodes a PDF text string (UTF-16 with a byte-order mark,
// UTF-8 with one, or PDFDocEncoding) and strips control characters.
func textString(v pdf.Value) string {
	raw := v.RawString()
	var s string
	switch {
	case strings.HasPrefix(raw, "\xfe\xff") || strings.HasPrefix(raw, "\xff\xfe"):
		b := []byte(raw[2:])
		u := make([]uint16, 0, len(b)/2)
		for i := 0; i+1 < len(b); i += 2 {
			if raw[0] == 0xfe {
				u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
			} else {
				u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
			}
		}
		s = string(utf16.Decode(u))
	case strings.HasPrefix(raw, "\xef\xbb\xbf") && utf8.ValidString(raw[3:]):
		s = raw[3:]
	default:
		r := make([]rune, 0, len(raw))
		for i := 0; i < len(raw); i++ {
			r = append(r, pdfDocTable[raw[i]])
		}
		s = string(r)
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n >= maxInfoRunes {
			break
		}
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			r = ' '
		case r == 0 || unicode.IsControl(r) || r == utf8.RuneError || r == 0xFEFF:
			continue
		}
		b.WriteRune(r)
		n++
	}
	return strings.TrimSpace(b.String())
}

// parseDate reads a PDF date, "D:YYYYMMDDHHmmSSOHH'mm'", where everything
// after the year is optional and O is Z, + or -. It returns the zero time
// when the string is not a date.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "D:")
	digits := 0
	for digits < len(s) && digits < 14 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits < 4 || digits%2 == 1 {
		return time.Time{}
	}
	field := func(i, def int) int {
		if i+2 > digits {
			return def
		}
		v, _ := strconv.Atoi(s[i : i+2])
		return v
	}
	year, _ := strconv.Atoi(s[:4])
	month, day := field(4, 1), field(6, 1)
	hour, min, sec := field(8, 0), field(10, 0), field(12, 0)
	if month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 60 {
		return time.Time{}
	}
	loc := time.UTC
	if rest := s[digits:]; rest != "" {
		switch rest[0] {
		case '+', '-':
			tz := strings.NewReplacer("'", "", ":", "").Replace(rest[1:])
			h, m := 0, 0
			if len(tz) >= 2 {
				h, _ = strconv.Atoi(tz[:2])
			}
			if len(tz) >= 4 {
				m, _ = strconv.Atoi(tz[2:4])
			}
			if h <= 23 && m <= 59 {
				off := h*3600 + m*60
				if rest[0] == '-' {
					off = -off
				}
				loc = time.FixedZone("", off)
			}
		}
	}
	t := time.Date(year, time.Month(month), day, hour, min, sec, 0, loc)
	if t.Day() != day { // 31 February and the like
		return time.Time{}
	}
	return t.UTC()
}

// Active content: actions that run code or open files, and embedded files.
var activeActions = map[string]bool{"JavaScript": true, "Launch": true}

// hasActive reports whether the catalog or any page annotation carries
// JavaScript, a launch action or an embedded file. loops counts the action
// chains cut because they returned to an action already checked.
func hasActive(root pdf.Value, pages []pdf.Value) (active bool, loops int) {
	c := &actionCheck{seen: newSeen()}
	defer func() { loops = c.seen.loops }()
	if c.action(root, root.Key("OpenAction"), 0) || c.any(root, root.Key("AA")) {
		return true, 0
	}
	names := root.Key("Names")
	if !names.Key("JavaScript").IsNull() || !names.Key("EmbeddedFiles").IsNull() {
		return true, 0
	}
	form := root.Key("AcroForm")
	if c.any(form, form.Key("AA")) {
		return true, 0
	}
	for _, p := range pages {
		if c.any(p, p.Key("AA")) {
			return true, 0
		}
		annots := p.Key("Annots")
		n := annots.Len()
		if n > maxAnnots {
			n = maxAnnots
		}
		for i := 0; i < n; i++ {
			a := annots.Index(i)
			if a.Key("Subtype").Name() == "FileAttachment" || c.action(a, a.Key("A"), 0) || c.any(a, a.Key("AA")) {
				return true, 0
			}
		}
	}
	return false, 0
}

const maxAnnots = 1000

// actionCheck visits each action once, however the chains share them.
type actionCheck struct{ seen *seen }

// any checks each action of an additional-actions dictionary.
func (c *actionCheck) any(owner, aa pdf.Value) bool {
	if aa.Kind() != pdf.Dict {
		return false
	}
	for _, k := range aa.Keys() {
		if c.action(aa, aa.Key(k), 0) {
			return true
		}
	}
	return false
}

func (c *actionCheck) action(from, a pdf.Value, depth int) bool {
	if a.Kind() != pdf.Dict || depth > 8 || c.seen.again(from, a) {
		return false
	}
	if activeActions[a.Key("S").Name()] || !a.Key("JS").IsNull() || !a.Key("EF").IsNull() {
		return true
	}
	next := a.Key("Next")
	if next.Kind() == pdf.Dict {
		return c.action(a, next, depth+1)
	}
	for i := 0; i < next.Len() && i < 64; i++ {
		if c.action(a, next.Index(i), depth+1) {
			return true
		}
	}
	return false
}

// activeNames are the names whose presence anywhere in a file's objects
// makes the structural check worth its cost.
var activeNames = [][]byte{[]byte("/JS"), []byte("/JavaScript"), []byte("/Launch"), []byte("/EmbeddedFile"), []byte("/FileAttachment")}

// mayBeActive reports whether the raw bytes of a file whose objects are all
// in plain view mention an active-content name, spelt plainly or with #xx
// escapes. A false answer is final; a true one needs hasActive.
func mayBeActive(data []byte) bool {
	for _, n := range activeNames {
		if bytes.Contains(data, n) {
			return true
		}
	}
	for i := 0; ; {
		k := bytes.IndexByte(data[i:], '#')
		if k < 0 {
			return false
		}
		p := i + k
		i = p + 1
		// Walk back to the start of the name holding the escape.
		j := p
		for j > 0 && p-j < 64 && !isWhite(data[j-1]) && !isDelim(data[j-1]) {
			j--
		}
		if j == 0 || data[j-1] != '/' {
			continue
		}
		e := j
		for e < len(data) && e-j < 128 && !isWhite(data[e]) && !isDelim(data[e]) {
			e++
		}
		l := &lexer{b: data[j-1 : e]}
		t := l.next()
		name := append([]byte{'/'}, t.s...)
		for _, n := range activeNames {
			if bytes.HasPrefix(name, n) {
				return true
			}
		}
	}
}

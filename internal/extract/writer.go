package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxText caps the text kept from one document. The rules read headings,
// dates and names, which never need more; what is past the cap is dropped.
const maxText = 32 << 20

// textWriter accumulates extracted text, keeping white space tidy at the
// joins between runs, cells and paragraphs.
type textWriter struct {
	buf  []byte
	full bool
}

func (w *textWriter) last() byte {
	if len(w.buf) == 0 {
		return '\n'
	}
	return w.buf[len(w.buf)-1]
}

// write appends s as it is.
func (w *textWriter) write(s string) {
	if w.full {
		return
	}
	if len(w.buf)+len(s) > maxText {
		n := maxText - len(w.buf)
		for n > 0 && !utf8.RuneStart(s[n]) {
			n-- // do not split a character
		}
		s = s[:n]
		w.full = true
	}
	w.buf = append(w.buf, s...)
}

// flow appends s with runs of white space collapsed to one space, as a
// browser shows HTML text, dropping space at the start of a line.
func (w *textWriter) flow(s string) {
	var b strings.Builder
	space := unicode.IsSpace(rune(w.last()))
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	w.write(b.String())
}

// space appends one space unless the text already ends in white space.
func (w *textWriter) space() {
	if !unicode.IsSpace(rune(w.last())) {
		w.write(" ")
	}
}

// trimSpace drops spaces and tabs at the end.
func (w *textWriter) trimSpace() {
	for len(w.buf) > 0 && (w.last() == ' ' || w.last() == '\t') {
		w.buf = w.buf[:len(w.buf)-1]
	}
}

// newline ends the line unless it is already ended.
func (w *textWriter) newline() {
	w.trimSpace()
	if w.last() != '\n' {
		w.write("\n")
	}
}

// paragraph leaves one blank line after the text.
func (w *textWriter) paragraph() {
	w.newline()
	if len(w.buf) > 0 && (len(w.buf) < 2 || w.buf[len(w.buf)-2] != '\n') {
		w.write("\n")
	}
}

func (w *textWriter) String() string { return string(w.buf) }

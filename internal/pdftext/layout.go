package pdftext

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Word and line breaks come from where glyphs land, not from the order of
// operators: a gap along the baseline wider than spaceGap × font size is a
// space, a move off the baseline by more than lineGap × font size is a new
// line. Text keeps content-stream order, which is the producer's reading
// order and keeps table cells and columns together.
const (
	spaceGap = 0.15
	lineGap  = 0.5
	backGap  = 3.0 // a jump back along the line further than this is a break
)

// A textWriter accumulates the text of a document, page by page.
type textWriter struct {
	sb strings.Builder

	started      bool // a glyph was placed on the current page
	pendingSpace bool // a gap was seen; write a space before the next text
	wrote        bool // the current line has text
	limit        int  // bytes of text after which full reports true

	x, y       float64 // end of the last glyph, device space
	dirX, dirY float64 // unit advance direction of the last glyph
	size       float64 // font size of the last glyph, device space

	// lines describes each line written so far; cur the one being written.
	lines             []Line
	cur               Line
	page              int
	curY, lastY       float64 // baseline of the current line and of the page's line before it
	pageLines         int     // lines written on the current page
	boldRunes, nRunes int     // of the current line
}

// Line describes one line of Result.Text, so that a reader can tell
// headings and paragraphs apart by how they are set.
type Line struct {
	Page int     // 1-based
	Size float64 // the largest font size on the line, device space
	Bold bool    // most of its letters are set in a bold face
	// Gap is the distance from the baseline of the line above on the same
	// page, in units of Size; 0 for a page's first line.
	Gap float64
}

// maxLines bounds the line descriptions kept for one document.
const maxLines = 1 << 20

func (w *textWriter) beginPage(first bool) {
	if !first {
		w.sb.WriteByte('\f')
	}
	w.started, w.pendingSpace, w.wrote = false, false, false
	w.page++
	w.pageLines = 0
}

func (w *textWriter) endPage() {
	if w.wrote {
		w.sb.WriteByte('\n')
		w.endLine()
	}
	w.wrote = false
}

// endLine records the description of the line just ended.
func (w *textWriter) endLine() {
	if len(w.lines) < maxLines {
		w.cur.Page = max(w.page, 1)
		w.cur.Bold = w.boldRunes*2 > w.nRunes
		if w.pageLines > 0 && w.cur.Size > 0 {
			w.cur.Gap = math.Abs(w.lastY-w.curY) / w.cur.Size
		}
		w.lines = append(w.lines, w.cur)
	}
	w.pageLines++
	w.lastY = w.curY
	w.cur, w.boldRunes, w.nRunes = Line{}, 0, 0
}

// full reports whether the text has reached its size limit.
func (w *textWriter) full() bool { return w.limit > 0 && w.sb.Len() >= w.limit }

// glyph places the text of one glyph whose origin is (x, y) and which
// advances by adv along the unit direction (dirX, dirY), at device font
// size size.
//
// Space glyphs are not written: like poppler, word breaks come only from
// the gaps between the other glyphs, so a space squeezed to nothing by
// negative word spacing joins, and a gap opened by character spacing
// splits.
func (w *textWriter) glyph(text string, x, y, adv, dirX, dirY, size float64, bold bool) {
	if text != "" && isBlank(text) {
		return
	}
	if adv < 0 { // text drawn right to left
		adv, dirX, dirY = -adv, -dirX, -dirY
	}
	if size <= 1e-9 || math.IsNaN(size) || math.IsInf(size, 0) {
		size = 1
	}
	if w.started {
		ref := max(size, w.size)
		gx, gy := x-w.x, y-w.y
		along := gx*w.dirX + gy*w.dirY
		perp := -gx*w.dirY + gy*w.dirX
		switch {
		case math.Abs(perp) > lineGap*ref || dirX*w.dirX+dirY*w.dirY < 0.9 || math.IsNaN(along):
			w.newline()
		case along > spaceGap*ref || along < -backGap*ref:
			w.pendingSpace = true
		}
	}
	w.started = true
	w.x, w.y = x+adv*dirX, y+adv*dirY
	w.dirX, w.dirY = dirX, dirY
	w.size = size
	if text == "" {
		return
	}
	if w.pendingSpace && w.wrote {
		w.sb.WriteByte(' ')
	}
	w.pendingSpace = false
	if !w.wrote {
		w.curY = y
	}
	w.cur.Size = max(w.cur.Size, size)
	n := utf8.RuneCountInString(text)
	w.nRunes += n
	if bold {
		w.boldRunes += n
	}
	w.writeText(text)
	w.wrote = true
}

func (w *textWriter) newline() {
	if w.wrote {
		w.sb.WriteByte('\n')
		w.endLine()
	}
	w.pendingSpace = false
	w.wrote = false
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\u00a0' && r != '\t' && r != '\n' && r != '\r' {
			return false
		}
	}
	return true
}

// writeText appends glyph text, expanding ligatures and dropping control
// characters so that words match what a reader sees.
func (w *textWriter) writeText(s string) {
	for _, r := range s {
		switch {
		case r >= 0xFB00 && r <= 0xFB06:
			w.sb.WriteString(ligatures[r-0xFB00])
		case r == 0xAD:
			w.sb.WriteByte('-')
		case r == 0xA0 || r == '\t':
			w.sb.WriteByte(' ')
		case r < 0x20 || r == 0x7F || r >= 0x80 && r < 0xA0 || r == 0xFFFD || r == 0xFEFF:
		default:
			w.sb.WriteRune(r)
		}
	}
}

var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "ft", "st"}

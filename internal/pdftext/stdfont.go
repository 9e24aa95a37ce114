package pdftext

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/encoding/charmap"
)

// Fonts without a Widths array are the standard fourteen, whose metrics a
// reader is expected to know. gofpdf carries them (Adobe's core font
// metrics, indexed by WinAnsi code); they are read once per face.

var (
	stdMu     sync.Mutex
	stdFaces  = map[string]*[256]float64{}
	stdWriter *gofpdf.Fpdf
)

// stdFace names the gofpdf family and style for a base font name, or ""
// when it is not one of the standard faces.
func stdFace(base string) (family, style string) {
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[i+1:]
	}
	b := strings.ToLower(base)
	switch {
	case strings.Contains(b, "courier"):
		family = "courier"
	case strings.Contains(b, "times"):
		family = "times"
	case strings.Contains(b, "helvetica"), strings.Contains(b, "arial"):
		family = "helvetica"
	case strings.Contains(b, "symbol"):
		return "symbol", ""
	case strings.Contains(b, "dingbats"):
		return "zapfdingbats", ""
	default:
		return "", ""
	}
	if strings.Contains(b, "bold") {
		style += "B"
	}
	if strings.Contains(b, "italic") || strings.Contains(b, "oblique") {
		style += "I"
	}
	return family, style
}

// stdWidths returns the advance, in em, of each WinAnsi code of a standard
// face, or nil.
func stdWidths(base string) *[256]float64 {
	family, style := stdFace(base)
	if family == "" {
		return nil
	}
	key := family + style
	stdMu.Lock()
	defer stdMu.Unlock()
	if t, ok := stdFaces[key]; ok {
		return t
	}
	if stdWriter == nil {
		stdWriter = gofpdf.New("P", "pt", "A4", "")
	}
	stdWriter.SetFont(family, style, 10)
	if stdWriter.Err() {
		stdWriter = nil
		stdFaces[key] = nil
		return nil
	}
	var t [256]float64
	for c := 1; c < 256; c++ {
		t[c] = float64(stdWriter.GetStringSymbolWidth(string([]byte{byte(c)}))) / 1000
	}
	stdFaces[key] = &t
	return &t
}

// stdAdvance is the advance of the glyph drawn for text in a standard face.
func stdAdvance(t *[256]float64, symbolic bool, code int, text string) (float64, bool) {
	if symbolic {
		return t[code], t[code] > 0
	}
	r, _ := utf8.DecodeRuneInString(text)
	if r == utf8.RuneError {
		return 0, false
	}
	b, ok := charmap.Windows1252.EncodeRune(r)
	if !ok || t[b] <= 0 {
		return 0, false
	}
	return t[b], true
}

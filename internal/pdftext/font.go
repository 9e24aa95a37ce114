package pdftext

import (
	"bytes"
	"io"
	"strings"

	"github.com/ledongthuc/pdf"
)

// A font turns the bytes of a shown string into codes, text and advances.
type font struct {
	composite bool
	enc       *cmap // codespace of a composite font's encoding CMap; nil means two-byte codes
	toUni     *cmap

	simple    [256]string  // text of each code of a simple font
	widths    [256]float64 // advance of each code of a simple font, in text space units
	cidWidths map[uint32]float64
	dw        float64 // default advance of a composite font

	sizeScale float64 // glyph-space scale relative to 1/1000 (Type 3 fonts differ)
	type3     bool
	bold      bool // the font's name or descriptor says it is bold
}

// maxFontStream bounds the bytes read from a font's CMap or font program.
const maxFontStream = 4 << 20

func readStream(v pdf.Value, limit int64) []byte {
	if v.Kind() != pdf.Stream {
		return nil
	}
	rc := v.Reader()
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, limit))
	return b
}

// fallbackFont is used when a font dictionary cannot be read at all.
func fallbackFont() *font {
	f := &font{sizeScale: 1}
	for c := 0; c < 256; c++ {
		if r := pdfDocTable[c]; r != 0 {
			f.simple[c] = string(r)
		}
		f.widths[c] = approxWidth(f.simple[c], false)
	}
	return f
}

// boldFont reports whether a font dictionary describes a bold face: by
// its name ("Arial-BoldMT", "Calibri,Bold", "OpenSans-Semibold"), or by
// its descriptor's weight or force-bold flag, looked for in a composite
// font's descendant too.
func boldFont(v pdf.Value) bool {
	name := strings.ToLower(v.Key("BaseFont").Name())
	for _, w := range []string{"bold", "black", "heavy", "semibold", "demi"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	desc := v.Key("FontDescriptor")
	if desc.Kind() != pdf.Dict {
		desc = v.Key("DescendantFonts").Index(0).Key("FontDescriptor")
	}
	return desc.Key("FontWeight").Float64() >= 600 || desc.Key("Flags").Int64()&(1<<18) != 0
}

// loadFont reads a font dictionary. Any panic from the object layer is
// left to the caller, which falls back to fallbackFont.
func loadFont(v pdf.Value) *font {
	f := &font{sizeScale: 1}
	subtype := v.Key("Subtype").Name()
	f.bold = boldFont(v)
	if subtype == "Type0" {
		f.loadComposite(v)
		return f
	}
	f.type3 = subtype == "Type3"
	wscale := 0.001
	if f.type3 {
		fm := v.Key("FontMatrix")
		if fm.Len() == 6 {
			if a := fm.Index(0).Float64(); a != 0 {
				wscale = a
			}
			if s := fm.Index(3).Float64(); s != 0 {
				f.sizeScale = abs(s) * 1000
			}
		}
	}
	desc := v.Key("FontDescriptor")
	base := v.Key("BaseFont").Name()

	// Encoding: a base table, then Differences, then ToUnicode on top.
	table := standardTable
	enc := v.Key("Encoding")
	encName := enc.Name()
	if enc.Kind() == pdf.Dict {
		encName = enc.Key("BaseEncoding").Name()
	}
	var builtin map[int]string
	switch encName {
	case "WinAnsiEncoding":
		table = winAnsiTable
	case "MacRomanEncoding", "MacExpertEncoding":
		table = macRomanTable
	case "StandardEncoding":
	default:
		flags := desc.Key("Flags").Int64()
		symbolic := flags&4 != 0 && flags&32 == 0
		switch {
		case subtype == "Type1" || subtype == "MMType1":
			builtin = type1Encoding(desc.Key("FontFile"))
			if symbolic && builtin == nil {
				table = symbolicTable
			}
		case subtype == "TrueType" && symbolic:
			table = symbolicTable
		case f.type3:
			table = symbolicTable
		}
	}
	for c := 0; c < 256; c++ {
		if r := table[c]; r != 0 {
			f.simple[c] = string(r)
		}
	}
	for c, name := range builtin {
		f.simple[c] = glyphText(name)
	}
	if diffs := enc.Key("Differences"); diffs.Kind() == pdf.Array {
		code := -1
		n := diffs.Len()
		for i := 0; i < n && i < 4096; i++ {
			x := diffs.Index(i)
			switch x.Kind() {
			case pdf.Integer, pdf.Real:
				code = int(x.Int64())
			case pdf.Name:
				if code >= 0 && code < 256 {
					if t := glyphText(x.Name()); t != "" || f.simple[code] == "" {
						f.simple[code] = t
					}
				}
				code++
			}
		}
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUni = parseCMap(readStream(tu, maxFontStream))
		for c := 0; c < 256; c++ {
			if s, ok := f.toUni.lookup(1, uint32(c)); ok {
				f.simple[c] = s
			} else if s, ok := f.toUni.lookup(2, uint32(c)); ok {
				f.simple[c] = s
			}
		}
	}

	// Widths.
	missing := desc.Key("MissingWidth").Float64()
	ws := v.Key("Widths")
	if n := ws.Len(); n > 0 {
		first := int(v.Key("FirstChar").Int64())
		for c := 0; c < 256; c++ {
			f.widths[c] = missing * wscale
		}
		for i := 0; i < n && i < 256; i++ {
			c := first + i
			if c < 0 || c > 255 {
				continue
			}
			f.widths[c] = ws.Index(i).Float64() * wscale
		}
	} else {
		mono := strings.Contains(base, "Courier") || desc.Key("Flags").Int64()&1 != 0
		std := stdWidths(base)
		family, _ := stdFace(base)
		symbolic := family == "symbol" || family == "zapfdingbats"
		for c := 0; c < 256; c++ {
			if std != nil {
				if w, ok := stdAdvance(std, symbolic, c, f.simple[c]); ok {
					f.widths[c] = w
					continue
				}
			}
			f.widths[c] = approxWidth(f.simple[c], mono)
		}
	}
	return f
}

func (f *font) loadComposite(v pdf.Value) {
	f.composite = true
	enc := v.Key("Encoding")
	if enc.Kind() == pdf.Stream {
		f.enc = parseCMap(readStream(enc, maxFontStream))
		if len(f.enc.space) == 0 {
			f.enc = nil
		}
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUni = parseCMap(readStream(tu, maxFontStream))
	}
	desc := v.Key("DescendantFonts").Index(0)
	f.dw = 1
	if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		f.dw = dw.Float64() / 1000
	}
	w := desc.Key("W")
	n := w.Len()
	if n == 0 {
		return
	}
	f.cidWidths = make(map[uint32]float64)
	budget := 1 << 16
	for i := 0; i+1 < n && budget > 0; {
		first := w.Index(i).Int64()
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			m := next.Len()
			for k := 0; k < m && budget > 0; k++ {
				f.cidWidths[uint32(first)+uint32(k)] = next.Index(k).Float64() / 1000
				budget--
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		last := next.Int64()
		wd := w.Index(i+2).Float64() / 1000
		for c := first; c <= last && budget > 0; c++ {
			f.cidWidths[uint32(c)] = wd
			budget--
		}
		i += 3
	}
}

// next splits the first code off s.
func (f *font) next(s []byte) (code uint32, n int) {
	if !f.composite {
		return uint32(s[0]), 1
	}
	if f.enc != nil {
		n = f.enc.codeLen(s)
	}
	if n == 0 {
		n = 2
	}
	if n > len(s) {
		n = len(s)
	}
	return bytesCode(s[:n]), n
}

// text returns the text of a code; "" when it cannot be known.
func (f *font) text(code uint32, n int) string {
	if !f.composite {
		return f.simple[code&0xFF]
	}
	if f.toUni != nil {
		if s, ok := f.toUni.lookup(n, code); ok {
			return s
		}
	}
	return ""
}

// width returns the advance of a code in text space units per unit of
// font size.
func (f *font) width(code uint32) float64 {
	if !f.composite {
		return f.widths[code&0xFF]
	}
	if w, ok := f.cidWidths[code]; ok {
		return w
	}
	return f.dw
}

// approxWidth guesses an advance for fonts that carry no widths (the
// standard fourteen), by rough letter class.
func approxWidth(s string, mono bool) float64 {
	if mono {
		return 0.6
	}
	if s == "" {
		return 0.5
	}
	switch c := s[0]; {
	case c == ' ':
		return 0.25
	case strings.IndexByte("ijlft.,:;'!|I", c) >= 0:
		return 0.28
	case c == 'm' || c == 'w':
		return 0.78
	case c == 'M' || c == 'W':
		return 0.89
	case c >= 'A' && c <= 'Z':
		return 0.67
	}
	return 0.5
}

// type1Encoding reads the built-in encoding from the clear-text part of a
// Type 1 font program: "dup <code> /<name> put" entries. It returns nil for
// StandardEncoding or when there is none.
func type1Encoding(ff pdf.Value) map[int]string {
	if ff.Kind() != pdf.Stream {
		return nil
	}
	limit := ff.Key("Length1").Int64()
	if limit <= 0 || limit > 1<<20 {
		limit = 1 << 20
	}
	b := readStream(ff, limit)
	i := bytes.Index(b, []byte("/Encoding"))
	if i < 0 {
		return nil
	}
	b = b[i+len("/Encoding"):]
	if bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("StandardEncoding")) {
		return nil
	}
	if j := bytes.Index(b, []byte("readonly def")); j >= 0 {
		b = b[:j]
	} else if j := bytes.Index(b, []byte("eexec")); j >= 0 {
		b = b[:j]
	}
	m := make(map[int]string)
	l := &lexer{b: b}
	var prev [3]token
	for {
		t := l.next()
		if t.kind == tokEOF {
			break
		}
		if t.kind == tokKeyword && string(t.s) == "put" &&
			prev[0].kind == tokKeyword && string(prev[0].s) == "dup" &&
			prev[1].kind == tokNum && prev[2].kind == tokName {
			if c := int(prev[1].num); c >= 0 && c < 256 {
				m[c] = string(prev[2].s)
			}
		}
		prev[0], prev[1], prev[2] = prev[1], prev[2], t
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

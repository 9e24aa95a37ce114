package pdftext

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// A matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm     matrix
	font    *font
	size    float64
	charSp  float64
	wordSp  float64
	hscale  float64
	leading float64
	rise    float64
}

// An operand of a content-stream operator.
type operand struct {
	kind tokKind
	num  float64
	s    []byte
	arr  []token // elements of an array operand
}

// Limits on what one page may ask of the interpreter.
const (
	maxStateDepth = 256
	maxFormDepth  = 12
	maxOperands   = 64
	maxArray      = 1 << 16
	opsPerCheck   = 4096
)

// interp runs the content streams of one page.
type interp struct {
	d       *doc
	w       *textWriter
	gs      gstate
	stack   []gstate
	tm, tlm matrix
	ops     int
	forms   int // form XObjects run on this page
	args    []operand
	arrBuf  []token
	images  bool
	box     [4]float64 // the page's media box; glyphs outside it are not text
	clip    bool
}

func (in *interp) run(data []byte, res pdf.Value, depth int) {
	l := &lexer{b: data, buf: in.d.lexBuf[:0]}
	defer func() { in.d.lexBuf = l.buf[:0] }()
	fonts := in.d.fontRefs(res)
	in.args = in.args[:0]
	for {
		t := l.next()
		switch t.kind {
		case tokEOF:
			return
		case tokKeyword:
		case tokArrayOpen:
			in.arrBuf = in.arrBuf[:0]
			nest := 0
			for {
				e := l.next()
				if e.kind == tokEOF {
					break
				}
				if e.kind == tokArrayOpen {
					nest++
					continue
				}
				if e.kind == tokArrayClose {
					if nest == 0 {
						break
					}
					nest--
					continue
				}
				if nest == 0 && len(in.arrBuf) < maxArray && (e.kind == tokNum || e.kind == tokString) {
					in.arrBuf = append(in.arrBuf, e)
				}
			}
			in.push(operand{kind: tokArrayOpen, arr: in.arrBuf})
			continue
		case tokDictOpen:
			nest := 0
			for {
				e := l.next()
				if e.kind == tokEOF {
					break
				}
				if e.kind == tokDictOpen {
					nest++
				}
				if e.kind == tokDictClose {
					if nest == 0 {
						break
					}
					nest--
				}
			}
			in.push(operand{kind: tokDictOpen})
			continue
		default:
			in.push(operand{kind: t.kind, num: t.num, s: t.s})
			continue
		}
		in.ops++
		if in.ops%opsPerCheck == 0 {
			in.d.check()
			if in.w.full() {
				return
			}
		}
		in.do(string(t.s), l, res, fonts, depth)
		in.args = in.args[:0]
		l.buf = l.buf[:0]
	}
}

func (in *interp) push(o operand) {
	if len(in.args) < maxOperands {
		in.args = append(in.args, o)
	}
}

func (in *interp) num(i int) float64 {
	if i < 0 || i >= len(in.args) || in.args[i].kind != tokNum {
		return 0
	}
	v := in.args[i].num
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// last returns the index of the first of the last n operands, or false
// if there are fewer.
func (in *interp) last(n int) (int, bool) {
	if len(in.args) < n {
		return 0, false
	}
	return len(in.args) - n, true
}

func (in *interp) do(op string, l *lexer, res pdf.Value, fonts map[string]string, depth int) {
	switch op {
	case "q":
		if len(in.stack) < maxStateDepth {
			in.stack = append(in.stack, in.gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			in.gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if i, ok := in.last(6); ok {
			m := matrix{in.num(i), in.num(i + 1), in.num(i + 2), in.num(i + 3), in.num(i + 4), in.num(i + 5)}
			in.gs.ctm = m.mul(in.gs.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tf":
		if i, ok := in.last(2); ok {
			in.gs.size = in.num(i + 1)
			if in.args[i].kind == tokName {
				in.gs.font = in.d.font(res, fonts, string(in.args[i].s))
			}
		}
	case "Tc":
		if i, ok := in.last(1); ok {
			in.gs.charSp = in.num(i)
		}
	case "Tw":
		if i, ok := in.last(1); ok {
			in.gs.wordSp = in.num(i)
		}
	case "Tz":
		if i, ok := in.last(1); ok {
			in.gs.hscale = in.num(i) / 100
		}
	case "TL":
		if i, ok := in.last(1); ok {
			in.gs.leading = in.num(i)
		}
	case "Ts":
		if i, ok := in.last(1); ok {
			in.gs.rise = in.num(i)
		}
	case "Td", "TD":
		if i, ok := in.last(2); ok {
			tx, ty := in.num(i), in.num(i+1)
			if op == "TD" {
				in.gs.leading = -ty
			}
			in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
			in.tm = in.tlm
		}
	case "Tm":
		if i, ok := in.last(6); ok {
			in.tlm = matrix{in.num(i), in.num(i + 1), in.num(i + 2), in.num(i + 3), in.num(i + 4), in.num(i + 5)}
			in.tm = in.tlm
		}
	case "T*":
		in.nextLine()
	case "Tj":
		if n := len(in.args); n > 0 && in.args[n-1].kind == tokString {
			in.show(in.args[n-1].s)
		}
	case "'":
		in.nextLine()
		if n := len(in.args); n > 0 && in.args[n-1].kind == tokString {
			in.show(in.args[n-1].s)
		}
	case "\"":
		if i, ok := in.last(3); ok {
			in.gs.wordSp, in.gs.charSp = in.num(i), in.num(i+1)
			in.nextLine()
			if in.args[i+2].kind == tokString {
				in.show(in.args[i+2].s)
			}
		}
	case "TJ":
		if n := len(in.args); n > 0 && in.args[n-1].kind == tokArrayOpen {
			for _, e := range in.args[n-1].arr {
				if e.kind == tokString {
					in.show(e.s)
					continue
				}
				in.advance(-e.num / 1000 * in.gs.size * in.gs.hscale)
			}
		}
	case "Do":
		if n := len(in.args); n > 0 && in.args[n-1].kind == tokName {
			in.xobject(res, string(in.args[n-1].s), depth)
		}
	case "BI":
		in.images = true
		for {
			t := l.next()
			if t.kind == tokEOF {
				return
			}
			if t.kind == tokKeyword && string(t.s) == "ID" {
				break
			}
		}
		l.skipInlineImage()
	}
}

func (in *interp) nextLine() {
	in.tlm = matrix{1, 0, 0, 1, 0, -in.gs.leading}.mul(in.tlm)
	in.tm = in.tlm
}

// advance moves the text position along the baseline by tx text space units.
func (in *interp) advance(tx float64) {
	in.tm[4] += tx * in.tm[0]
	in.tm[5] += tx * in.tm[1]
}

// show places each glyph of a string. The text rendering matrix changes
// only by translation from glyph to glyph, so its scale and direction are
// worked out once per string.
func (in *interp) show(s []byte) {
	f := in.gs.font
	if f == nil {
		f = in.d.defaultFont()
	}
	size, hs := in.gs.size, in.gs.hscale
	m := in.tm.mul(in.gs.ctm)
	scale := math.Hypot(m[0], m[1]) // device length of one text space unit along the line
	dirX, dirY := 1.0, 0.0
	if scale > 1e-12 {
		dirX, dirY = m[0]/scale, m[1]/scale
	}
	dsize := math.Hypot(m[2], m[3]) * size * f.sizeScale
	for len(s) > 0 {
		code, n := f.next(s)
		s = s[n:]
		w0 := f.width(code)
		tx := (w0*size + in.gs.charSp) * hs
		if n == 1 && code == 32 {
			tx += in.gs.wordSp * hs
		}
		ox := in.gs.rise*m[2] + m[4]
		oy := in.gs.rise*m[3] + m[5]
		adv := w0 * size * hs * scale
		// Like poppler, drop glyphs that fall outside the page.
		if !in.clip || ox+math.Abs(adv)+dsize >= in.box[0] && ox-math.Abs(adv)-dsize <= in.box[2] &&
			oy+math.Abs(adv)+dsize >= in.box[1] && oy-math.Abs(adv)-dsize <= in.box[3] {
			in.w.glyph(f.text(code, n), ox, oy, adv, dirX, dirY, dsize, f.bold)
		}
		m[4] += tx * m[0]
		m[5] += tx * m[1]
		in.advance(tx)
	}
}

func (in *interp) xobject(res pdf.Value, name string, depth int) {
	x := res.Key("XObject").Key(name)
	switch x.Key("Subtype").Name() {
	case "Image":
		in.images = true
		return
	case "Form":
	default:
		return
	}
	if depth >= maxFormDepth || in.forms >= maxFormsPerPage {
		return
	}
	in.forms++
	data := in.d.content(x)
	saved, savedTM, savedTLM := in.gs, in.tm, in.tlm
	if fm := x.Key("Matrix"); fm.Len() == 6 {
		var m matrix
		for i := range m {
			m[i] = fm.Index(i).Float64()
		}
		in.gs.ctm = m.mul(in.gs.ctm)
	}
	sub := x.Key("Resources")
	if sub.Kind() != pdf.Dict {
		sub = res
	}
	args := in.args
	in.args = nil
	in.run(data, sub, depth+1)
	in.args = args[:0]
	in.gs, in.tm, in.tlm = saved, savedTM, savedTLM
}

const maxFormsPerPage = 4096

package pdftext

// A lexer splits a content stream (or a CMap) into tokens. It never fails:
// malformed bytes become keywords the interpreter ignores, so one bad
// operator costs one operator, not the page.
type lexer struct {
	b   []byte
	pos int
	buf []byte // unescaped strings; reset by the caller between operators
}

type tokKind uint8

const (
	tokEOF tokKind = iota
	tokNum
	tokString
	tokName
	tokKeyword
	tokArrayOpen
	tokArrayClose
	tokDictOpen
	tokDictClose
)

type token struct {
	kind tokKind
	num  float64
	s    []byte // string bytes, name without '/', or keyword
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isWhite(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

func (l *lexer) next() token {
	l.skipSpace()
	if l.pos >= len(l.b) {
		return token{kind: tokEOF}
	}
	c := l.b[l.pos]
	switch {
	case c == '(':
		l.pos++
		return token{kind: tokString, s: l.literal()}
	case c == '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
			return token{kind: tokDictOpen}
		}
		l.pos++
		return token{kind: tokString, s: l.hex()}
	case c == '>':
		l.pos++
		if l.pos < len(l.b) && l.b[l.pos] == '>' {
			l.pos++
			return token{kind: tokDictClose}
		}
		return token{kind: tokKeyword, s: l.b[l.pos-1 : l.pos]}
	case c == '[':
		l.pos++
		return token{kind: tokArrayOpen}
	case c == ']':
		l.pos++
		return token{kind: tokArrayClose}
	case c == '/':
		l.pos++
		return token{kind: tokName, s: l.name()}
	case c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9':
		if n, ok := l.number(); ok {
			return token{kind: tokNum, num: n}
		}
	}
	start := l.pos
	l.pos++
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	return token{kind: tokKeyword, s: l.b[start:l.pos]}
}

// number parses a PDF number leniently ("--5", "1.2.3" and "4." are all
// seen in the wild); ok is false when no digit follows the sign.
func (l *lexer) number() (float64, bool) {
	i := l.pos
	neg := false
	for i < len(l.b) && (l.b[i] == '+' || l.b[i] == '-') {
		neg = neg != (l.b[i] == '-')
		i++
	}
	var v float64
	digits := false
	for i < len(l.b) && l.b[i] >= '0' && l.b[i] <= '9' {
		v = v*10 + float64(l.b[i]-'0')
		digits = true
		i++
	}
	if i < len(l.b) && l.b[i] == '.' {
		i++
		scale := 0.1
		for i < len(l.b) && l.b[i] >= '0' && l.b[i] <= '9' {
			v += float64(l.b[i]-'0') * scale
			scale /= 10
			digits = true
			i++
		}
	}
	if !digits {
		return 0, false
	}
	// Swallow any stray numeric garbage so it does not become an operator.
	for i < len(l.b) && (l.b[i] == '.' || l.b[i] >= '0' && l.b[i] <= '9') {
		i++
	}
	l.pos = i
	if neg {
		v = -v
	}
	return v, true
}

func (l *lexer) name() []byte {
	start := l.pos
	escaped := false
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		if l.b[l.pos] == '#' {
			escaped = true
		}
		l.pos++
	}
	raw := l.b[start:l.pos]
	if !escaped {
		return raw
	}
	out := l.buf[len(l.buf):]
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) && unhex(raw[i+1]) >= 0 && unhex(raw[i+2]) >= 0 {
			out = append(out, byte(unhex(raw[i+1])<<4|unhex(raw[i+2])))
			i += 2
			continue
		}
		out = append(out, raw[i])
	}
	l.buf = append(l.buf, out...)
	return out
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (l *lexer) hex() []byte {
	out := l.buf[len(l.buf):]
	hi := -1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v := unhex(c)
		if v < 0 {
			continue
		}
		if hi < 0 {
			hi = v
			continue
		}
		out = append(out, byte(hi<<4|v))
		hi = -1
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	l.buf = append(l.buf, out...)
	return out
}

func (l *lexer) literal() []byte {
	// Fast path: no escapes and no nested parentheses.
	for i := l.pos; i < len(l.b); i++ {
		c := l.b[i]
		if c == ')' {
			s := l.b[l.pos:i]
			l.pos = i + 1
			return s
		}
		if c == '\\' || c == '(' || c == '\r' {
			break
		}
	}
	out := l.buf[len(l.buf):]
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				l.buf = append(l.buf, out...)
				return out
			}
		case '\r':
			// End-of-line in a string is a single newline.
			if l.pos < len(l.b) && l.b[l.pos] == '\n' {
				l.pos++
			}
			c = '\n'
		case '\\':
			if l.pos >= len(l.b) {
				continue
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	l.buf = append(l.buf, out...)
	return out
}

// skipInlineImage moves past the data of an inline image, which starts
// after the ID operator and ends at an EI operator standing on its own.
func (l *lexer) skipInlineImage() {
	if l.pos < len(l.b) && isWhite(l.b[l.pos]) {
		l.pos++
	}
	for i := l.pos; i+1 < len(l.b); i++ {
		if l.b[i] == 'E' && l.b[i+1] == 'I' && (i == 0 || isWhite(l.b[i-1])) &&
			(i+2 == len(l.b) || isWhite(l.b[i+2]) || isDelim(l.b[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.pos = len(l.b)
}

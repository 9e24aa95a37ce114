package pdftext

import (
	"sort"
	"unicode/utf16"
)

// A cmap maps character codes of one to four bytes to text (a ToUnicode
// CMap) and says how long each code is (its codespace ranges).
type cmap struct {
	space  []codeRange       // codespace ranges
	single map[uint64]string // key: len<<32 | code
	ranges []bfRange         // large ranges kept unexpanded, sorted by lo
}

type codeRange struct {
	n      int
	lo, hi uint32
}

type bfRange struct {
	n      int
	lo, hi uint32
	dst    []uint16 // UTF-16 of the text for lo; later codes add to the last unit
}

// maxExpand bounds how many range entries are expanded into the map.
const maxExpand = 1 << 16

func codeKey(n int, code uint32) uint64 { return uint64(n)<<32 | uint64(code) }

func bytesCode(b []byte) uint32 {
	var v uint32
	for _, c := range b {
		v = v<<8 | uint32(c)
	}
	return v
}

func utf16Units(b []byte) []uint16 {
	u := make([]uint16, 0, (len(b)+1)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	if len(b)%2 == 1 {
		u = append(u, uint16(b[len(b)-1]))
	}
	return u
}

func unitsText(u []uint16) string {
	return string(utf16.Decode(u))
}

// parseCMap reads the codespace, bfchar, bfrange, cidchar and cidrange
// sections of a CMap program. For an encoding CMap (cid = true) only the
// codespace matters to this package.
func parseCMap(data []byte) *cmap {
	m := &cmap{single: make(map[uint64]string)}
	l := &lexer{b: data}
	var stack []token
	var arrays [][][]byte
	expanded := 0
	for {
		t := l.next()
		if t.kind == tokEOF {
			break
		}
		if t.kind != tokKeyword {
			if t.kind == tokArrayOpen {
				// bfrange destinations may be arrays of strings.
				var arr [][]byte
				for {
					e := l.next()
					if e.kind == tokEOF || e.kind == tokArrayClose {
						break
					}
					if e.kind == tokString {
						arr = append(arr, e.s)
					}
				}
				stack = append(stack, token{kind: tokArrayOpen, s: nil})
				arrays = append(arrays, arr)
				continue
			}
			if len(stack) < 1<<16 {
				stack = append(stack, t)
			}
			continue
		}
		switch string(t.s) {
		case "endcodespacerange":
			for i := 0; i+1 < len(stack); i += 2 {
				lo, hi := stack[i], stack[i+1]
				if lo.kind != tokString || hi.kind != tokString || len(lo.s) == 0 || len(lo.s) > 4 || len(lo.s) != len(hi.s) {
					continue
				}
				m.space = append(m.space, codeRange{len(lo.s), bytesCode(lo.s), bytesCode(hi.s)})
			}
		case "endbfchar":
			for i := 0; i+1 < len(stack); i += 2 {
				src, dst := stack[i], stack[i+1]
				if src.kind != tokString || len(src.s) == 0 || len(src.s) > 4 {
					continue
				}
				switch dst.kind {
				case tokString:
					m.single[codeKey(len(src.s), bytesCode(src.s))] = unitsText(utf16Units(dst.s))
				case tokName:
					m.single[codeKey(len(src.s), bytesCode(src.s))] = glyphText(string(dst.s))
				}
			}
		case "endbfrange":
			ai := 0
			for i := 0; i+2 < len(stack); i += 3 {
				lo, hi, dst := stack[i], stack[i+1], stack[i+2]
				var arr [][]byte
				if dst.kind == tokArrayOpen {
					if ai < len(arrays) {
						arr = arrays[ai]
					}
					ai++
				}
				if lo.kind != tokString || hi.kind != tokString || len(lo.s) == 0 || len(lo.s) > 4 || len(hi.s) != len(lo.s) {
					continue
				}
				n := len(lo.s)
				a, b := bytesCode(lo.s), bytesCode(hi.s)
				if b < a {
					continue
				}
				switch {
				case dst.kind == tokArrayOpen:
					for k, s := range arr {
						if uint64(a)+uint64(k) > uint64(b) {
							break
						}
						m.single[codeKey(n, a+uint32(k))] = unitsText(utf16Units(s))
					}
				case dst.kind == tokString && len(dst.s) > 0:
					units := utf16Units(dst.s)
					if int(b-a) < maxExpand-expanded {
						expanded += int(b-a) + 1
						last := units[len(units)-1]
						for c := a; ; c++ {
							units[len(units)-1] = last + uint16(c-a)
							m.single[codeKey(n, c)] = unitsText(units)
							if c == b {
								break
							}
						}
					} else {
						m.ranges = append(m.ranges, bfRange{n, a, b, units})
					}
				}
			}
			arrays = arrays[:0]
		}
		stack = stack[:0]
		l.buf = l.buf[:0]
	}
	sort.Slice(m.ranges, func(i, j int) bool { return m.ranges[i].lo < m.ranges[j].lo })
	return m
}

// lookup returns the text for a code of n bytes.
func (m *cmap) lookup(n int, code uint32) (string, bool) {
	if s, ok := m.single[codeKey(n, code)]; ok {
		return s, true
	}
	i := sort.Search(len(m.ranges), func(i int) bool { return m.ranges[i].hi >= code })
	for ; i < len(m.ranges) && m.ranges[i].lo <= code; i++ {
		r := m.ranges[i]
		if r.n == n && code <= r.hi {
			u := append([]uint16(nil), r.dst...)
			u[len(u)-1] += uint16(code - r.lo)
			return unitsText(u), true
		}
	}
	return "", false
}

// codeLen returns the length of the code at the start of s according to the
// codespace ranges, or 0 when there are none.
func (m *cmap) codeLen(s []byte) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		c := bytesCode(s[:n])
		for _, r := range m.space {
			if r.n == n && c >= r.lo && c <= r.hi {
				return n
			}
		}
	}
	return 0
}

package pdftext

import (
	"bytes"
	"compress/zlib"
	"io"
	"reflect"

	"github.com/ledongthuc/pdf"
)

// The object layer follows three chains in a file's structure without a
// bound: the /Prev chain of cross-reference sections (a loop there runs
// until the time budget is spent), the object stream that holds an object
// (an object stream said to live in an object stream recurses until the
// stack overflows, which no recover can stop) and an object stream's
// /Extends chain. structureLoop reads those chains from the raw bytes
// first, so a file with such a loop is never handed to the object layer
// as it is: it goes straight to the repairs, which index the objects
// themselves. Loops above the object layer (page tree nodes, action
// chains) are cut where this package walks them.

// maxXrefSections bounds the sections followed; a file has one per update.
const maxXrefSections = 4096

// xrefEntry is what one cross-reference stream row says of an object.
type xrefEntry struct {
	inStream bool
	at       int // file offset, or the object stream's number
}

// structureLoop returns a plain description of the first loop found in
// the cross-reference structure the object layer would read from data,
// or "" when there is none (or the structure cannot be read this way, which
// the object layer will then report itself).
func structureLoop(data []byte) string {
	off, ok := lastStartxref(data)
	if !ok {
		return ""
	}
	seen := make(map[int]bool)
	entries := make(map[int]xrefEntry)
	for off > 0 && off < len(data) {
		if seen[off] {
			return "its cross-reference sections form a loop"
		}
		if len(seen) >= maxXrefSections {
			return "" // the object layer will read no further than its budget
		}
		seen[off] = true
		prev, ok := readSection(data, off, entries)
		if !ok {
			return ""
		}
		off = prev
	}
	return streamLoop(data, entries)
}

// readSection reads the cross-reference section at off, adding the rows of
// an xref stream to entries (an earlier, newer section's row wins, as in
// the object layer). It returns the section's /Prev offset (0 for none).
func readSection(data []byte, off int, entries map[int]xrefEntry) (prev int, ok bool) {
	rest := bytes.TrimLeft(data[off:], " \t\r\n\f\x00")
	if bytes.HasPrefix(rest, []byte("xref")) {
		t := bytes.Index(rest, []byte("trailer"))
		if t < 0 {
			return 0, false
		}
		dict := rest[t:]
		if e := bytes.Index(dict, []byte("startxref")); e >= 0 {
			dict = dict[:e]
		}
		return dictInt(dict, "/Prev"), true
	}
	dict, body, ok := streamParts(data, off, len(data))
	if !ok || !bytes.Contains(dict, []byte("/XRef")) {
		return 0, false
	}
	rows, ok := decodeXrefStream(dict, body)
	if !ok {
		return 0, false
	}
	w := intArray(dict, "/W")
	if len(w) < 3 {
		return 0, false
	}
	index := intArray(dict, "/Index")
	if len(index) == 0 {
		index = []int{0, dictInt(dict, "/Size")}
	}
	width := w[0] + w[1] + w[2]
	if width <= 0 {
		return 0, false
	}
	for len(index) >= 2 {
		start, n := index[0], index[1]
		index = index[2:]
		for i := 0; i < n && len(rows) >= width; i++ {
			typ := 1
			if w[0] > 0 {
				typ = beInt(rows[:w[0]])
			}
			f2 := beInt(rows[w[0] : w[0]+w[1]])
			rows = rows[width:]
			num := start + i
			if _, done := entries[num]; done || typ == 0 {
				continue
			}
			switch typ {
			case 1:
				entries[num] = xrefEntry{at: f2}
			case 2:
				entries[num] = xrefEntry{inStream: true, at: f2}
			}
		}
	}
	return dictInt(dict, "/Prev"), true
}

// streamLoop reports an object stream that the entries place inside an
// object stream, or whose /Extends chain returns to itself.
func streamLoop(data []byte, entries map[int]xrefEntry) string {
	checked := make(map[int]bool)
	for _, e := range entries {
		if !e.inStream || checked[e.at] {
			continue
		}
		path := make(map[int]bool)
		for stm := e.at; stm > 0 && !checked[stm]; {
			if path[stm] {
				return "its object streams extend each other in a loop"
			}
			path[stm] = true
			holder, ok := entries[stm]
			if !ok {
				break
			}
			if holder.inStream {
				return "an object stream is said to be stored in an object stream"
			}
			if holder.at <= 0 || holder.at >= len(data) {
				break
			}
			dict, _, ok := streamParts(data, holder.at, len(data))
			if !ok {
				break
			}
			stm = refNum(refIn(dict, "/Extends"))
		}
		for stm := range path {
			checked[stm] = true
		}
	}
	return ""
}

// maxXrefStream bounds the decoded rows of one xref stream.
const maxXrefStream = 64 << 20

// decodeXrefStream decodes an xref stream's rows with the filters the
// object layer supports: none, or Flate with or without the PNG Up
// predictor.
func decodeXrefStream(dict, body []byte) ([]byte, bool) {
	if n := dictInt(dict, "/Length"); n > 0 && n <= len(body) {
		body = body[:n]
	}
	if !bytes.Contains(dict, []byte("/Filter")) {
		return body, true
	}
	if !bytes.Contains(dict, []byte("/FlateDecode")) {
		return nil, false
	}
	zr, err := zlib.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, false
	}
	dec, _ := io.ReadAll(io.LimitReader(zr, maxXrefStream))
	pred := dictInt(dict, "/Predictor")
	if pred <= 1 {
		return dec, true
	}
	cols := dictInt(dict, "/Columns")
	if pred != 12 || cols <= 0 {
		return nil, false
	}
	out := make([]byte, 0, len(dec))
	prev := make([]byte, cols)
	for len(dec) >= cols+1 {
		if dec[0] != 2 {
			return nil, false
		}
		for i := range cols {
			prev[i] += dec[1+i]
		}
		out = append(out, prev...)
		dec = dec[cols+1:]
	}
	return out, true
}

// intArray returns the integers of a direct array value of key in dict.
func intArray(dict []byte, key string) []int {
	i := bytes.Index(dict, []byte(key))
	if i < 0 {
		return nil
	}
	rest := bytes.TrimLeft(dict[i+len(key):], " \t\r\n\f\x00")
	if len(rest) == 0 || rest[0] != '[' {
		return nil
	}
	end := bytes.IndexByte(rest, ']')
	if end < 0 {
		return nil
	}
	var out []int
	l := &lexer{b: rest[1:end]}
	for t := l.next(); t.kind == tokNum; t = l.next() {
		if t.num < 0 || t.num > 1<<30 {
			return nil
		}
		out = append(out, int(t.num))
	}
	return out
}

// beInt reads a big-endian unsigned integer.
func beInt(b []byte) int {
	n := 0
	for _, c := range b {
		n = n<<8 | int(c)
	}
	return n
}

// objectID returns the object number and generation the object layer
// read v from: for a value written inside another object, that object's.
// The object layer keeps this unexported; reading it lets a walk tell a
// node it has already visited from a new one.
func objectID(v pdf.Value) (num uint64, gen uint64) {
	p := reflect.ValueOf(v).FieldByName("ptr")
	if !p.IsValid() || p.NumField() < 2 {
		return 0, 0
	}
	return p.Field(0).Uint(), p.Field(1).Uint()
}

// seen records the objects a walk has reached, so that a walk over a graph
// that should be a tree visits each node once and counts the edges that
// lead back (loops).
type seen struct {
	ids   map[uint64]bool
	loops int
}

func newSeen() *seen { return &seen{ids: make(map[uint64]bool)} }

// again reports whether the walk has already reached v, reached from the
// value from: v is an object visited before, or the very object from is
// (an object listing itself). A value written inside from's own object
// has from's number too; it is told apart from from itself by its text,
// which is only part of from's.
func (s *seen) again(from, v pdf.Value) bool {
	num, gen := objectID(v)
	if num == 0 {
		return false
	}
	if f, _ := objectID(from); f == num {
		if v.String() != from.String() {
			return false
		}
		s.loops++
		return true
	}
	id := num<<16 | gen
	if s.ids[id] {
		s.loops++
		return true
	}
	s.ids[id] = true
	return false
}

package pdftext

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// The object layer re-inflates a whole object stream every time it looks up
// one object inside it, so a document whose pages, fonts and annotations
// live in object streams costs that inflation per lookup. unpack removes the
// cost without changing what the file says: it appends, as an incremental
// update, every object-stream member as a plain top-level object, with an
// xref stream that points at them and chains to the file's own xref.

// maxUnpacked bounds the decompressed object streams of one file.
const maxUnpacked = 32 << 20

type objHeader struct {
	num int
	pos int // offset of the "N G obj" line
}

// unpack returns data with the update appended, or nil when the file has
// no object streams, is encrypted (members must not be decrypted twice),
// or does not end in an xref stream.
func unpack(data []byte, r *pdf.Reader) []byte {
	trailer := r.Trailer()
	if !trailer.Key("Encrypt").IsNull() || !bytes.Contains(data, []byte("/ObjStm")) {
		return nil
	}
	start, ok := lastStartxref(data)
	if !ok || start >= len(data) {
		return nil
	}
	if t := bytes.TrimLeft(data[start:min(len(data), start+32)], " \t\r\n\f\x00"); len(t) == 0 || t[0] < '0' || t[0] > '9' {
		return nil // a classic xref table cannot chain to an xref stream here
	}
	refs := dictRefs(trailer.String())
	root := refs["Root"]
	if root == "" {
		return nil
	}
	size := int(trailer.Key("Size").Int64())

	heads := scanObjects(data)
	// Where the newest top-level copy of each object number starts.
	lastTop := make(map[int]int, len(heads))
	for _, h := range heads {
		lastTop[h.num] = h.pos
	}

	type member struct {
		at   int // position of its object stream in the file
		body []byte
	}
	members := make(map[int]member)
	total := 0
	for _, h := range heads {
		end := len(data)
		if h.pos+1 < len(data) {
			if e := bytes.Index(data[h.pos:], []byte("endobj")); e >= 0 {
				end = h.pos + e
			}
		}
		obj := data[h.pos:end]
		si := bytes.Index(obj, []byte("stream"))
		if si < 0 {
			continue
		}
		dict := obj[:si]
		if !bytes.Contains(dict, []byte("/ObjStm")) || bytes.Contains(dict, []byte("/DecodeParms")) {
			continue
		}
		n, first := dictInt(dict, "/N"), dictInt(dict, "/First")
		if n <= 0 || first <= 0 || n > 1<<20 {
			continue
		}
		body := obj[si+len("stream"):]
		if len(body) > 0 && body[0] == '\r' {
			body = body[1:]
		}
		if len(body) > 0 && body[0] == '\n' {
			body = body[1:]
		}
		if ee := bytes.LastIndex(body, []byte("endstream")); ee >= 0 {
			body = body[:ee]
		}
		var dec []byte
		switch {
		case bytes.Contains(dict, []byte("/FlateDecode")):
			zr, err := zlib.NewReader(bytes.NewReader(body))
			if err != nil {
				continue
			}
			dec, _ = io.ReadAll(io.LimitReader(zr, int64(maxUnpacked-total+1)))
		case !bytes.Contains(dict, []byte("/Filter")):
			dec = body
		default:
			continue
		}
		total += len(dec)
		if total > maxUnpacked {
			return nil
		}
		if first > len(dec) {
			continue
		}
		// Header: n pairs of object number and offset from First.
		l := &lexer{b: dec[:first]}
		type entry struct{ num, off int }
		var entries []entry
		for i := 0; i < n; i++ {
			a, b := l.next(), l.next()
			if a.kind != tokNum || b.kind != tokNum {
				break
			}
			entries = append(entries, entry{int(a.num), int(b.num)})
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].off < entries[j].off })
		for i, e := range entries {
			from := first + e.off
			to := len(dec)
			if i+1 < len(entries) {
				to = first + entries[i+1].off
			}
			if e.num <= 0 || from < first || from > to || to > len(dec) {
				continue
			}
			// A later top-level copy or a later object stream supersedes.
			if p, ok := lastTop[e.num]; ok && p > h.pos && p != h.pos {
				continue
			}
			if m, ok := members[e.num]; ok && m.at > h.pos {
				continue
			}
			members[e.num] = member{h.pos, dec[from:to]}
		}
	}
	if len(members) == 0 {
		return nil
	}

	nums := make([]int, 0, len(members))
	for k := range members {
		nums = append(nums, k)
	}
	sort.Ints(nums)
	maxNum := nums[len(nums)-1]
	xrefNum := max(size, maxNum+1)
	newSize := xrefNum + 1

	out := make([]byte, 0, len(data)+total+len(nums)*32+256)
	out = append(out, data...)
	out = append(out, '\n')
	offsets := make(map[int]int, len(nums))
	for _, k := range nums {
		offsets[k] = len(out)
		out = strconv.AppendInt(out, int64(k), 10)
		out = append(out, " 0 obj\n"...)
		out = append(out, members[k].body...)
		out = append(out, "\nendobj\n"...)
	}
	xrefPos := len(out)
	offsets[xrefNum] = xrefPos
	nums = append(nums, xrefNum)

	var index bytes.Buffer
	var rows []byte
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		fmt.Fprintf(&index, "%d %d ", nums[i], j-i+1)
		for k := i; k <= j; k++ {
			rows = append(rows, 1)
			rows = binary.BigEndian.AppendUint32(rows, uint32(offsets[nums[k]]))
			rows = append(rows, 0, 0)
		}
		i = j + 1
	}
	info := ""
	if ref := refs["Info"]; ref != "" {
		info = "/Info " + ref + " "
	}
	out = fmt.Appendf(out, "%d 0 obj\n<</Type /XRef /Size %d /W [1 4 2] /Index [%s] /Root %s %s/Prev %d /Length %d>>\nstream\n",
		xrefNum, newSize, bytes.TrimSpace(index.Bytes()), root, info, start, len(rows))
	out = append(out, rows...)
	out = fmt.Appendf(out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefPos)
	return out
}

// lastStartxref returns the offset named by the file's last startxref.
func lastStartxref(data []byte) (int, bool) {
	i := bytes.LastIndex(data, []byte("startxref"))
	if i < 0 {
		return 0, false
	}
	l := &lexer{b: data[i+len("startxref"):]}
	t := l.next()
	if t.kind != tokNum || t.num < 0 {
		return 0, false
	}
	return int(t.num), true
}

// scanObjects finds every "N G obj" header in the file, in file order.
func scanObjects(data []byte) []objHeader {
	var out []objHeader
	for i := 0; ; {
		k := bytes.Index(data[i:], []byte("obj"))
		if k < 0 {
			return out
		}
		p := i + k
		i = p + 3
		if p+3 < len(data) && !isWhite(data[p+3]) && !isDelim(data[p+3]) {
			continue
		}
		// Walk back over " G N".
		j := p - 1
		if j < 0 || !isWhite(data[j]) {
			continue
		}
		for j >= 0 && isWhite(data[j]) {
			j--
		}
		ge := j
		for j >= 0 && data[j] >= '0' && data[j] <= '9' {
			j--
		}
		if j == ge || j < 0 || !isWhite(data[j]) {
			continue
		}
		for j >= 0 && isWhite(data[j]) {
			j--
		}
		ne := j
		for j >= 0 && data[j] >= '0' && data[j] <= '9' {
			j--
		}
		if j == ne || j >= 0 && !isWhite(data[j]) && !isDelim(data[j]) {
			continue
		}
		num, err := strconv.Atoi(string(data[j+1 : ne+1]))
		if err != nil || num <= 0 {
			continue
		}
		out = append(out, objHeader{num: num, pos: j + 1})
	}
}

// dictInt reads a direct integer entry from raw dictionary bytes.
func dictInt(dict []byte, key string) int {
	for i := 0; ; {
		k := bytes.Index(dict[i:], []byte(key))
		if k < 0 {
			return 0
		}
		p := i + k + len(key)
		i = p
		if p < len(dict) && !isWhite(dict[p]) && !isDelim(dict[p]) {
			continue // a longer name such as /Names
		}
		l := &lexer{b: dict[p:]}
		t := l.next()
		if t.kind == tokNum {
			// Reject an indirect reference "N G R".
			save := l.pos
			if u := l.next(); u.kind == tokNum {
				if v := l.next(); v.kind == tokKeyword && string(v.s) == "R" {
					return 0
				}
			}
			_ = save
			return int(t.num)
		}
		return 0
	}
}

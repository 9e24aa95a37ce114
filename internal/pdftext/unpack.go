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

// Two repairs work on the raw bytes, below the object layer, and both end
// in the same way: an update appended to the file with an xref stream that
// the object layer reads first.
//
// unpack removes a cost: the object layer re-inflates a whole object
// stream every time it looks up one object inside it, so a document whose
// pages, fonts and annotations live in object streams pays that inflation
// per lookup. The update holds every object-stream member as a plain
// top-level object and chains to the file's own xref with /Prev.
//
// reconstruct replaces a broken cross-reference table, as poppler does: it
// indexes every "N G obj" in the file, the newest copy of each number
// winning, and writes an xref stream for all of them.

// maxUnpacked bounds the decompressed object streams of one file.
const maxUnpacked = 32 << 20

type objHeader struct {
	num int
	pos int // offset of the "N G obj" line
}

// member is an object stored in an object stream.
type member struct {
	at   int // file position of its object stream
	stm  int // object number of its object stream
	idx  int // index within the object stream
	body []byte
}

// objIndex is what a scan of the raw bytes found.
type objIndex struct {
	heads   []objHeader
	top     map[int]int // newest top-level copy of each object number
	members map[int]member
	skipped int // object streams that could not be decoded
}

// indexObjects scans data for objects and, when withMembers, for the
// members of its object streams. It returns false when the object streams
// decompress to more than maxUnpacked bytes.
func indexObjects(data []byte, withMembers bool) (*objIndex, bool) {
	ix := &objIndex{heads: scanObjects(data), members: make(map[int]member)}
	ix.top = make(map[int]int, len(ix.heads))
	for _, h := range ix.heads {
		ix.top[h.num] = h.pos
	}
	if !withMembers || !bytes.Contains(data, []byte("/ObjStm")) {
		return ix, true
	}
	total := 0
	for i, h := range ix.heads {
		dict, body, ok := streamParts(data, h.pos, ix.end(i, len(data)))
		if !ok || !bytes.Contains(dict, []byte("/ObjStm")) {
			continue
		}
		n, first := dictInt(dict, "/N"), dictInt(dict, "/First")
		var dec []byte
		switch {
		case n <= 0 || first <= 0 || n > 1<<20 || bytes.Contains(dict, []byte("/DecodeParms")):
		case bytes.Contains(dict, []byte("/FlateDecode")) && !bytes.Contains(dict, []byte("[")):
			if zr, err := zlib.NewReader(bytes.NewReader(body)); err == nil {
				dec, _ = io.ReadAll(io.LimitReader(zr, int64(maxUnpacked-total+1)))
			}
		case !bytes.Contains(dict, []byte("/Filter")):
			dec = body
		}
		total += len(dec)
		if total > maxUnpacked {
			return nil, false
		}
		if dec == nil || first > len(dec) {
			ix.skipped++
			continue
		}
		// Header: n pairs of object number and offset from First.
		l := &lexer{b: dec[:first]}
		type entry struct{ num, off, idx int }
		var entries []entry
		for i := 0; i < n; i++ {
			a, b := l.next(), l.next()
			if a.kind != tokNum || b.kind != tokNum {
				break
			}
			entries = append(entries, entry{int(a.num), int(b.num), i})
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
			if p, ok := ix.top[e.num]; ok && p > h.pos {
				continue
			}
			if m, ok := ix.members[e.num]; ok && m.at > h.pos {
				continue
			}
			ix.members[e.num] = member{at: h.pos, stm: h.num, idx: e.idx, body: dec[from:to]}
		}
	}
	return ix, true
}

// end returns where the object of head i can end at the latest: at the
// next object header, so that no scan runs past it.
func (ix *objIndex) end(i, size int) int {
	if i+1 < len(ix.heads) {
		return ix.heads[i+1].pos
	}
	return size
}

// extent returns the bytes of the top-level object at pos, up to endobj.
func (ix *objIndex) extent(data []byte, pos int) []byte {
	i := sort.Search(len(ix.heads), func(i int) bool { return ix.heads[i].pos >= pos })
	obj := data[pos:ix.end(i, len(data))]
	if e := bytes.Index(obj, []byte("endobj")); e >= 0 {
		obj = obj[:e]
	}
	return obj
}

// streamParts splits the object at pos into its dictionary bytes and its
// raw stream data.
func streamParts(data []byte, pos, end int) (dict, body []byte, ok bool) {
	obj := data[pos:end]
	if e := bytes.Index(obj, []byte("endobj")); e >= 0 {
		obj = obj[:e]
	}
	si := bytes.Index(obj, []byte("stream"))
	if si < 0 {
		return nil, nil, false
	}
	dict = obj[:si]
	body = obj[si+len("stream"):]
	if len(body) > 0 && body[0] == '\r' {
		body = body[1:]
	}
	if len(body) > 0 && body[0] == '\n' {
		body = body[1:]
	}
	if ee := bytes.LastIndex(body, []byte("endstream")); ee >= 0 {
		body = body[:ee]
	}
	return dict, body, true
}

// unpack returns data with the object-stream members appended as plain
// objects, or nil when the file has no object streams, is encrypted
// (members must not be decrypted twice), or does not end in an xref stream.
// complete reports that every object stream was unpacked, so that every
// object of the result is in plain view.
func unpack(data []byte, r *pdf.Reader) (out []byte, complete bool) {
	trailer := r.Trailer()
	if !trailer.Key("Encrypt").IsNull() || !bytes.Contains(data, []byte("/ObjStm")) {
		return nil, false
	}
	start, ok := lastStartxref(data)
	if !ok || start >= len(data) {
		return nil, false
	}
	if t := bytes.TrimLeft(data[start:min(len(data), start+32)], " \t\r\n\f\x00"); len(t) == 0 || t[0] < '0' || t[0] > '9' {
		return nil, false // a classic xref table cannot chain to an xref stream here
	}
	refs := dictRefs(trailer.String())
	if refs["Root"] == "" {
		return nil, false
	}
	ix, ok := indexObjects(data, true)
	if !ok || len(ix.members) == 0 {
		return nil, false
	}
	entries := "/Root " + refs["Root"]
	if ref := refs["Info"]; ref != "" {
		entries += " /Info " + ref
	}
	entries += " /Prev " + strconv.Itoa(start)
	size := int(trailer.Key("Size").Int64())
	return appendUpdate(data, ix, nil, true, entries, size), ix.skipped == 0
}

// reconstruct returns data with a cross-reference stream for every object
// found by scanning, or nil when no catalog can be found.
func reconstruct(data []byte) []byte {
	data = fixEscapes(data)
	encrypt := trailerRef(data, "/Encrypt")
	ix, ok := indexObjects(data, true)
	if !ok {
		return nil
	}
	root := trailerRef(data, "/Root")
	if !ix.has(root) {
		root = ix.catalog(data)
	}
	if root == "" {
		return nil
	}
	var extra []byte
	if pages := refIn(ix.body(data, refNum(root)), "/Pages"); !ix.has(pages) {
		// The page tree is gone: list the page objects found instead, in
		// file order, under a new catalog.
		kids := ix.pageObjects(data)
		if len(kids) == 0 {
			return nil
		}
		next := ix.maxNum() + 1
		extra = fmt.Appendf(nil, "%d 0 obj\n<</Type /Pages /Count %d /Kids [", next, len(kids))
		for _, k := range kids {
			extra = fmt.Appendf(extra, "%d 0 R ", k)
		}
		extra = fmt.Appendf(extra, "]>>\nendobj\n%d 0 obj\n<</Type /Catalog /Pages %d 0 R>>\nendobj\n", next+1, next)
		root = fmt.Sprintf("%d 0 R", next+1)
		base := len(data) + 1 // appendUpdate adds a newline before its own objects
		top := make(map[int]int, len(ix.top)+2)
		for k, v := range ix.top {
			top[k] = v
		}
		top[next] = base
		top[next+1] = base + bytes.Index(extra, []byte(fmt.Sprintf("%d 0 obj", next+1)))
		ix.top = top
		data = append(append(append(make([]byte, 0, len(data)+1+len(extra)), data...), '\n'), extra...)
		data = data[:len(data)-1] // appendUpdate re-adds the newline
	}
	entries := "/Root " + root
	if info := trailerRef(data, "/Info"); ix.has(info) {
		entries += " /Info " + info
	}
	if encrypt != "" {
		entries += " /Encrypt " + encrypt
		if id := trailerArray(data, "/ID"); id != "" {
			entries += " /ID " + id
		}
	}
	return appendUpdate(data, ix, ix.top, encrypt == "", entries, 0)
}

// refNum returns the object number of "N G R", or 0.
func refNum(ref string) int {
	var n int
	fmt.Sscan(ref, &n)
	return n
}

// refIn returns the "N G R" value of key in raw object bytes.
func refIn(obj []byte, key string) string {
	i := bytes.Index(obj, []byte(key))
	for i >= 0 {
		p := i + len(key)
		if p < len(obj) && (isWhite(obj[p]) || isDelim(obj[p])) {
			l := &lexer{b: obj[p:min(len(obj), p+40)]}
			a, b, r := l.next(), l.next(), l.next()
			if a.kind == tokNum && b.kind == tokNum && r.kind == tokKeyword && string(r.s) == "R" {
				return fmt.Sprintf("%d %d R", int(a.num), int(b.num))
			}
		}
		j := bytes.Index(obj[p:], []byte(key))
		if j < 0 {
			return ""
		}
		i = p + j
	}
	return ""
}

// body returns the raw bytes of object n, as found by the scan.
func (ix *objIndex) body(data []byte, n int) []byte {
	if m, ok := ix.members[n]; ok && (ix.top[n] < m.at || ix.top[n] == 0) {
		return m.body
	}
	pos, ok := ix.top[n]
	if !ok {
		return nil
	}
	return ix.extent(data, pos)
}

func (ix *objIndex) maxNum() int {
	n := 0
	for k := range ix.top {
		n = max(n, k)
	}
	for k := range ix.members {
		n = max(n, k)
	}
	return n
}

// pageObjects returns the numbers of objects typed /Page, in file order.
func (ix *objIndex) pageObjects(data []byte) []int {
	isPage := func(b []byte) bool {
		for i := 0; ; {
			k := bytes.Index(b[i:], []byte("/Page"))
			if k < 0 {
				return false
			}
			p := i + k + len("/Page")
			i = p
			if (p == len(b) || isWhite(b[p]) || isDelim(b[p])) && bytes.Contains(b[:p], []byte("/Type")) {
				return true
			}
		}
	}
	type at struct{ num, pos int }
	var found []at
	for n, pos := range ix.top {
		if isPage(ix.body(data, n)) {
			found = append(found, at{n, pos})
		}
	}
	for n, m := range ix.members {
		if _, ok := ix.top[n]; !ok && isPage(m.body) {
			found = append(found, at{n, m.at})
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].pos != found[j].pos {
			return found[i].pos < found[j].pos
		}
		return found[i].num < found[j].num
	})
	out := make([]int, len(found))
	for i, f := range found {
		out[i] = f.num
	}
	return out
}

// has reports whether the reference "N G R" names an object found.
func (ix *objIndex) has(ref string) bool {
	if ref == "" {
		return false
	}
	n, err := strconv.Atoi(ref[:bytes.IndexByte([]byte(ref), ' ')])
	if err != nil {
		return false
	}
	_, top := ix.top[n]
	_, mem := ix.members[n]
	return top || mem
}

// catalog finds the newest object whose dictionary says /Type /Catalog.
func (ix *objIndex) catalog(data []byte) string {
	isCatalog := func(b []byte) bool {
		i := bytes.Index(b, []byte("/Catalog"))
		return i >= 0 && bytes.Contains(b[:i], []byte("/Type"))
	}
	best, bestPos := -1, -1
	for _, h := range ix.heads {
		if isCatalog(ix.extent(data, h.pos)) && h.pos > bestPos {
			best, bestPos = h.num, h.pos
		}
	}
	for n, m := range ix.members {
		if isCatalog(m.body) && m.at > bestPos {
			best, bestPos = n, m.at
		}
	}
	if best < 0 {
		return ""
	}
	return strconv.Itoa(best) + " 0 R"
}

// appendUpdate writes the update: members as plain objects when flatten
// (else as type 2 entries into their object streams), the objects of top
// at their own offsets, and an xref stream with the given trailer entries.
func appendUpdate(data []byte, ix *objIndex, top map[int]int, flatten bool, entries string, size int) []byte {
	type row struct {
		typ      byte
		off, gen int
	}
	rows := make(map[int]row, len(top)+len(ix.members))
	for n, pos := range top {
		rows[n] = row{1, pos, genAt(data, pos)}
	}
	extra := 0
	for _, m := range ix.members {
		extra += len(m.body) + 32
	}
	out := make([]byte, 0, len(data)+extra+len(rows)*8+256)
	out = append(out, data...)
	out = append(out, '\n')
	nums := make([]int, 0, len(ix.members))
	for n := range ix.members {
		if _, ok := rows[n]; ok && top != nil && top[n] > ix.members[n].at {
			continue
		}
		nums = append(nums, n)
	}
	sort.Ints(nums)
	for _, n := range nums {
		m := ix.members[n]
		if !flatten {
			rows[n] = row{2, m.stm, m.idx}
			continue
		}
		rows[n] = row{1, len(out), 0}
		out = strconv.AppendInt(out, int64(n), 10)
		out = append(out, " 0 obj\n"...)
		out = append(out, m.body...)
		out = append(out, "\nendobj\n"...)
	}
	if len(rows) == 0 {
		return nil
	}
	all := make([]int, 0, len(rows)+1)
	for n := range rows {
		all = append(all, n)
	}
	sort.Ints(all)
	xrefNum := max(size, all[len(all)-1]+1)
	xrefPos := len(out)
	rows[xrefNum] = row{1, xrefPos, 0}
	all = append(all, xrefNum)

	var index bytes.Buffer
	var table []byte
	for i := 0; i < len(all); {
		j := i
		for j+1 < len(all) && all[j+1] == all[j]+1 {
			j++
		}
		fmt.Fprintf(&index, "%d %d ", all[i], j-i+1)
		for k := i; k <= j; k++ {
			r := rows[all[k]]
			table = append(table, r.typ)
			table = binary.BigEndian.AppendUint32(table, uint32(r.off))
			table = binary.BigEndian.AppendUint16(table, uint16(r.gen))
		}
		i = j + 1
	}
	out = fmt.Appendf(out, "%d 0 obj\n<</Type /XRef /Size %d /W [1 4 2] /Index [%s] %s /Length %d>>\nstream\n",
		xrefNum, xrefNum+1, bytes.TrimSpace(index.Bytes()), entries, len(table))
	out = append(out, table...)
	out = fmt.Appendf(out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefPos)
	return out
}

// genAt reads the generation number of the object header at pos.
func genAt(data []byte, pos int) int {
	l := &lexer{b: data[pos:min(len(data), pos+32)]}
	l.next()
	if t := l.next(); t.kind == tokNum && t.num >= 0 && t.num < 65536 {
		return int(t.num)
	}
	return 0
}

// trailerRef returns the last "N G R" value of key in the file's trailers
// and xref stream dictionaries, which are never compressed.
func trailerRef(data []byte, key string) string {
	for end := len(data); ; {
		i := bytes.LastIndex(data[:end], []byte(key))
		if i < 0 {
			return ""
		}
		end = i
		l := &lexer{b: data[i+len(key) : min(len(data), i+len(key)+40)]}
		a, b, r := l.next(), l.next(), l.next()
		if a.kind == tokNum && b.kind == tokNum && r.kind == tokKeyword && string(r.s) == "R" && a.num > 0 {
			return fmt.Sprintf("%d %d R", int(a.num), int(b.num))
		}
	}
}

// trailerArray returns the raw text of the last array value of key.
func trailerArray(data []byte, key string) string {
	i := bytes.LastIndex(data, []byte(key))
	if i < 0 {
		return ""
	}
	rest := data[i+len(key):]
	open := bytes.IndexByte(rest, '[')
	if open < 0 || open > 8 {
		return ""
	}
	end := bytes.IndexByte(rest[open:], ']')
	if end < 0 || end > 1024 {
		return ""
	}
	return string(rest[open : open+end+1])
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
		if j == ne || ne-j > 9 || j >= 0 && !isWhite(data[j]) && !isDelim(data[j]) {
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
		if t.kind != tokNum {
			return 0
		}
		if u := l.next(); u.kind == tokNum {
			if v := l.next(); v.kind == tokKeyword && string(v.s) == "R" {
				return 0 // an indirect reference
			}
		}
		return int(t.num)
	}
}

// fixEscapes returns data with the invalid escapes in the literal strings
// of object dictionaries ("\\ " and the like, which the object layer
// refuses) made plain, copying data only when there is one. Stream data is
// left alone.
func fixEscapes(data []byte) []byte {
	out := data
	heads := scanObjects(data)
	for i, h := range heads {
		end := len(data)
		if i+1 < len(heads) {
			end = heads[i+1].pos
		}
		obj := data[h.pos:end]
		if e := bytes.Index(obj, []byte("endobj")); e >= 0 {
			obj = obj[:e]
		}
		if s := bytes.Index(obj, []byte("stream")); s >= 0 {
			obj = obj[:s]
		}
		for i := 0; i < len(obj); i++ {
			if obj[i] != '(' {
				continue
			}
			depth := 1
			for i++; i < len(obj) && depth > 0; i++ {
				switch obj[i] {
				case '(':
					depth++
				case ')':
					depth--
				case '\\':
					if i+1 < len(obj) && !validEscape(obj[i+1]) {
						if &out[0] == &data[0] {
							out = append([]byte(nil), data...)
						}
						out[h.pos+i] = ' '
					}
					i++
				}
			}
			i--
		}
	}
	return out
}

func validEscape(c byte) bool {
	switch c {
	case 'n', 'r', 't', 'b', 'f', '(', ')', '\\', '\r', '\n':
		return true
	}
	return c >= '0' && c <= '7'
}

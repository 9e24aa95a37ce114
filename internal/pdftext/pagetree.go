package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/ledongthuc/pdf"
)

// abort is panicked to unwind out of the object layer when the budget is
// spent; Extract recovers it and reports ErrBudget.
type abort struct{ err error }

// errDeadline is what the byte source returns and panics with once the
// deadline has passed, so the library's own recovers surface it too.
var errDeadline = errors.New("deadline passed")

// doc is one open document and what its pages share.
type doc struct {
	ctx      context.Context
	deadline time.Time

	fonts    map[string]*font             // by object reference or dictionary text
	refSets  map[string]map[string]string // font dictionary text → name → reference
	fallback *font

	maxPages    int
	pages       int
	pageVals    []pdf.Value // for the active-content check
	pageBuf     []byte      // decoded content of the current page
	lexBuf      []byte      // unescaped strings, reused across content streams
	nodes       int
	visited     *seen // page tree nodes
	actionLoops int
	images      bool
	pageFails   int
	filterErr   bool // a content stream used a filter the library lacks
	w           textWriter
}

// check panics with abort when the deadline has passed or ctx is done.
func (d *doc) check() {
	if err := d.ctx.Err(); err != nil {
		panic(abort{fmt.Errorf("%w: %v", ErrBudget, err)})
	}
	if time.Now().After(d.deadline) {
		panic(abort{fmt.Errorf("%w: over the time budget", ErrBudget)})
	}
}

func (d *doc) defaultFont() *font {
	if d.fallback == nil {
		d.fallback = fallbackFont()
	}
	return d.fallback
}

// Page tree limits: depth bounds cycles, nodes bounds shared subtrees.
const maxTreeDepth = 64

// inherited holds the page attributes a page may take from its ancestors.
type inherited struct {
	res   pdf.Value
	media pdf.Value
}

// walk visits the page tree once, in order, running each page.
func (d *doc) walk(node pdf.Value, in inherited, depth int) {
	if depth > maxTreeDepth {
		return
	}
	d.nodes++
	if d.nodes > 4*d.maxPages+64 {
		panic(abort{fmt.Errorf("%w: page tree larger than the file can hold", ErrBudget)})
	}
	// A broken node costs that node, not the walk.
	defer func() {
		if r := recover(); r != nil {
			d.rethrow(r)
			d.pageFails++
		}
	}()
	if r := node.Key("Resources"); r.Kind() == pdf.Dict {
		in.res = r
	}
	if b := node.Key("MediaBox"); b.Len() == 4 {
		in.media = b
	}
	kids := node.Key("Kids")
	if node.Key("Type").Name() == "Pages" || kids.Kind() == pdf.Array && node.Key("Type").Name() != "Page" {
		n := kids.Len()
		for i := 0; i < n; i++ {
			kid := d.safeIndex(kids, i)
			if kid.Kind() != pdf.Dict {
				continue
			}
			if d.visited.again(node, kid) {
				continue
			}
			d.walk(kid, in, depth+1)
		}
		return
	}
	d.page(node, in)
}

// safeIndex resolves one element of an array, treating a broken reference
// as null.
func (d *doc) safeIndex(v pdf.Value, i int) (out pdf.Value) {
	defer func() {
		if r := recover(); r != nil {
			d.rethrow(r)
			out = pdf.Value{}
		}
	}()
	return v.Index(i)
}

// rethrow re-panics budget aborts, which must reach Extract.
func (d *doc) rethrow(r any) {
	if a, ok := r.(abort); ok {
		panic(a)
	}
	if e, ok := r.(error); ok && errors.Is(e, errDeadline) {
		d.check()
	}
}

func (d *doc) page(p pdf.Value, attrs inherited) {
	d.pages++
	if d.pages > d.maxPages {
		panic(abort{fmt.Errorf("%w: more than %d pages", ErrBudget, d.maxPages)})
	}
	d.check()
	d.pageVals = append(d.pageVals, p)
	d.w.beginPage(d.pages == 1)
	defer d.w.endPage()
	defer func() {
		if r := recover(); r != nil {
			d.rethrow(r)
			d.pageFails++
		}
	}()
	in := &interp{d: d, w: &d.w}
	in.gs = gstate{ctm: identity, hscale: 1}
	// The media box, not the crop box, bounds the text, as in pdftotext.
	if box := attrs.media; box.Len() == 4 {
		x0, y0, x1, y1 := box.Index(0).Float64(), box.Index(1).Float64(), box.Index(2).Float64(), box.Index(3).Float64()
		in.box = [4]float64{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)}
		in.clip = in.box[2] > in.box[0] && in.box[3] > in.box[1]
	}
	// Form XObjects decode into buffers of their own: the page's stays
	// live while they run.
	d.pageBuf = d.contentInto(d.pageBuf, p.Key("Contents"))
	in.run(d.pageBuf, attrs.res, 0)
	if in.images {
		d.images = true
	}
}

// maxContent bounds the decoded bytes of one content stream.
const maxContent = 16 << 20

// content returns the decoded bytes of a content stream or array of them.
// A stream that fails part way keeps what decoded.
func (d *doc) content(v pdf.Value) []byte {
	return d.contentInto(nil, v)
}

// contentInto is content decoding into buf's storage, so that pages can
// share one buffer.
func (d *doc) contentInto(storage []byte, v pdf.Value) []byte {
	buf := bytes.NewBuffer(storage[:0])
	switch v.Kind() {
	case pdf.Stream:
		d.appendStream(buf, v)
	case pdf.Array:
		n := v.Len()
		for i := 0; i < n && buf.Len() < maxContent; i++ {
			d.appendStream(buf, d.safeIndex(v, i))
			buf.WriteByte('\n')
		}
	}
	return buf.Bytes()
}

func (d *doc) appendStream(buf *bytes.Buffer, v pdf.Value) {
	if v.Kind() != pdf.Stream {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			d.rethrow(r)
			d.filterErr = true
		}
	}()
	rc := v.Reader()
	defer rc.Close()
	io.Copy(buf, io.LimitReader(rc, int64(maxContent-buf.Len())))
}

// fontRefs maps the font names of a resource dictionary to the references
// they point at, read from the dictionary's printed form, so a font shared by
// many pages is loaded once without resolving it again.
func (d *doc) fontRefs(res pdf.Value) map[string]string {
	defer func() {
		if r := recover(); r != nil {
			d.rethrow(r)
		}
	}()
	fd := res.Key("Font")
	if fd.Kind() != pdf.Dict {
		return nil
	}
	text := fd.String()
	if m, ok := d.refSets[text]; ok {
		return m
	}
	m := dictRefs(text)
	if len(d.refSets) < 4096 {
		d.refSets[text] = m
	}
	return m
}

// font returns the font named in the resources, loading it at most once
// per referenced object.
func (d *doc) font(res pdf.Value, refs map[string]string, name string) (f *font) {
	key, ok := refs[name]
	if ok {
		if f, ok := d.fonts[key]; ok {
			return f
		}
	}
	defer func() {
		if r := recover(); r != nil {
			d.rethrow(r)
			f = d.defaultFont()
			if key != "" {
				d.fonts[key] = f
			}
		}
	}()
	v := res.Key("Font").Key(name)
	if v.Kind() != pdf.Dict {
		return d.defaultFont()
	}
	if key == "" {
		key = v.String()
		if f, ok := d.fonts[key]; ok {
			return f
		}
	}
	f = loadFont(v)
	d.fonts[key] = f
	return f
}

// dictRefs parses the printed form of a dictionary ("<</F1 12 0 R /F2 <<...>>>>")
// and returns its entries that are indirect references.
func dictRefs(s string) map[string]string {
	m := make(map[string]string)
	if len(s) < 4 || s[:2] != "<<" {
		return m
	}
	i := 2
	for i < len(s) {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i >= len(s) || s[i] != '/' {
			break
		}
		j := i + 1
		for j < len(s) && s[j] != ' ' {
			j++
		}
		key := s[i+1 : j]
		i = j + 1
		end := skipValue(s, i)
		if ref := s[i:end]; isRef(ref) {
			m[key] = ref
		}
		i = end
	}
	return m
}

// skipValue returns the index just past the printed value starting at i.
func skipValue(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '<', '[':
		depth := 0
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '<', '[':
				depth++
			case '>', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			case '"':
				j = skipQuoted(s, j)
			}
		}
		return len(s)
	case '"':
		return skipQuoted(s, i) + 1
	}
	// A name, number, or "N G R": up to the next " /" or the closing ">>".
	j := i
	for j < len(s) && !(s[j] == ' ' && j+1 < len(s) && s[j+1] == '/') && !(s[j] == '>' && j+1 < len(s) && s[j+1] == '>') {
		j++
	}
	return j
}

func skipQuoted(s string, i int) int {
	for j := i + 1; j < len(s); j++ {
		if s[j] == '\\' {
			j++
			continue
		}
		if s[j] == '"' {
			return j
		}
	}
	return len(s)
}

func isRef(s string) bool {
	var a, b int
	var r string
	if n, _ := fmt.Sscan(s, &a, &b, &r); n != 3 || r != "R" {
		return false
	}
	return s == strconv.Itoa(a)+" "+strconv.Itoa(b)+" R"
}

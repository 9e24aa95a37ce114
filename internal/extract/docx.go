package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/charset"
	"github.com/safeguarding-intake/intake/internal/document"
)

// Errors of the Word reader; Extract turns each into a finding.
var (
	errCorrupt = errors.New("damaged or not a valid package")
	errLimits  = errors.New("over the unpacking limits")
)

// Limits on a Word package beyond Limits.MaxUnpacked. Real documents are far
// inside them; a crafted zip or XML file is not.
const (
	maxEntries  = 10000
	maxEntry    = 100 << 20 // uncompressed bytes of one part
	maxRatio    = 200       // uncompressed to compressed, once past ratioFloor
	ratioFloor  = 1 << 20
	maxXMLDepth = 256
	maxParts    = 64 // headers, footers and notes read after the body
)

// docxDoc is what is read from a Word document.
type docxDoc struct {
	text, title       string
	created, modified time.Time
	pages             int
	links             linkSet
	active            bool
	blocks            []document.Block
}

// docxReader reads one package, keeping count of what it has unpacked.
type docxReader struct {
	ctx      context.Context
	files    map[string]*zip.File // by lower-case part name: OPC names ignore case
	unpacked int64
	max      int64
}

// relationship is one entry of a .rels part.
type relationship struct {
	id, typ, target string
	external        bool
}

// readDOCX reads the text of a WordprocessingML package: the main part in
// document order, then headers, footers, footnotes and endnotes, each once.
func readDOCX(ctx context.Context, data []byte, maxUnpacked int64) (docxDoc, error) {
	var doc docxDoc
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return doc, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	if len(zr.File) > maxEntries {
		return doc, fmt.Errorf("%w: %d parts", errLimits, len(zr.File))
	}
	r := &docxReader{ctx: ctx, files: make(map[string]*zip.File, len(zr.File)), max: maxUnpacked}
	for _, f := range zr.File {
		name := strings.ToLower(strings.TrimPrefix(f.Name, "/"))
		r.files[name] = f
		if path.Base(name) == "vbaproject.bin" || strings.HasPrefix(name, "word/activex/") {
			doc.active = true
		}
	}

	main, core, app := "word/document.xml", "docProps/core.xml", "docProps/app.xml"
	pkgRels, err := r.rels("_rels/.rels")
	if err != nil {
		return doc, err
	}
	for _, rel := range pkgRels {
		switch {
		case strings.HasSuffix(rel.typ, "/officeDocument"):
			main = resolve("", rel.target)
		case strings.HasSuffix(rel.typ, "/core-properties"):
			core = resolve("", rel.target)
		case strings.HasSuffix(rel.typ, "/extended-properties"):
			app = resolve("", rel.target)
		}
	}
	if r.files[strings.ToLower(main)] == nil {
		return doc, fmt.Errorf("%w: no main document part", errCorrupt)
	}

	rels, err := r.rels(relsName(main))
	if err != nil {
		return doc, err
	}
	var w textWriter
	var blocks document.Builder
	blocks.SetPage(1)
	styles := r.headingStyles(rels, main)
	if err := r.part(main, &w, byID(rels), &doc.links, &partBlocks{b: &blocks, styles: styles, page: 1, looks: true}); err != nil {
		return doc, err
	}
	blocks.SetPage(0)
	// Headers and footers repeat per section; keep each distinct text once.
	seen := map[string]bool{}
	parts := 0
	for _, rel := range rels {
		if rel.external || parts >= maxParts || !isSidePart(rel.typ) {
			continue
		}
		parts++
		name := resolve(path.Dir(main), rel.target)
		var pw textWriter
		var pb document.Builder
		prels, err := r.rels(relsName(name))
		if err == nil {
			err = r.part(name, &pw, byID(prels), &doc.links, &partBlocks{b: &pb, styles: styles})
		}
		if err != nil {
			if errors.Is(err, errLimits) || r.ctx.Err() != nil {
				return doc, err
			}
			continue // a damaged header does not spoil the body
		}
		t := strings.TrimSpace(pw.String())
		if t != "" && !seen[t] {
			seen[t] = true
			w.paragraph()
			w.write(t)
			// Headers and footers are furniture; notes are content.
			if strings.HasSuffix(rel.typ, "/header") || strings.HasSuffix(rel.typ, "/footer") {
				blocks.SetFurniture(document.Running)
			} else {
				blocks.SetFurniture(document.Content)
			}
			for _, b := range pb.Blocks() {
				if b.Kind == document.Row {
					blocks.AddRow(b.Cells)
				} else {
					blocks.Add(b.Kind, b.Level, b.Text)
				}
			}
		}
	}
	doc.blocks = blocks.Blocks()
	// Relationships not referenced from the text are still links the
	// document carries.
	for _, rel := range rels {
		if rel.external && strings.HasSuffix(rel.typ, "/hyperlink") {
			doc.links.add(rel.target)
		}
	}
	doc.text = w.String()
	r.properties(core, app, &doc)
	return doc, nil
}

// relsName is the name of the part holding a part's relationships.
func relsName(part string) string {
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

func byID(rels []relationship) map[string]relationship {
	m := make(map[string]relationship, len(rels))
	for _, rel := range rels {
		m[rel.id] = rel
	}
	return m
}

func isSidePart(typ string) bool {
	for _, s := range []string{"/header", "/footer", "/footnotes", "/endnotes"} {
		if strings.HasSuffix(typ, s) {
			return true
		}
	}
	return false
}

// resolve turns a relationship target into a part name.
func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(dir, target), "/")
}

// open returns a reader of one part that fails with errLimits once the part,
// or the package so far, unpacks to more than is allowed or expands more
// than a real document does.
func (r *docxReader) open(name string) (io.ReadCloser, error) {
	f := r.files[strings.ToLower(name)]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > maxEntry || int64(f.UncompressedSize64) > r.max-r.unpacked {
		return nil, fmt.Errorf("%w: part of %d bytes", errLimits, f.UncompressedSize64)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	return &boundedReader{r: r, rc: rc, compressed: f.CompressedSize64}, nil
}

// boundedReader counts what one part unpacks to; the sizes in a zip's
// headers are the writer's claim, so the bytes themselves are counted.
type boundedReader struct {
	r          *docxReader
	rc         io.ReadCloser
	n          uint64
	compressed uint64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	b.n += uint64(n)
	b.r.unpacked += int64(n)
	switch {
	case b.n > maxEntry || b.r.unpacked > b.r.max:
		return n, fmt.Errorf("%w: more than %d bytes unpacked", errLimits, b.r.max)
	case b.n > ratioFloor && b.n/maxRatio > b.compressed:
		return n, fmt.Errorf("%w: compressed more than %d to 1", errLimits, maxRatio)
	}
	if err != nil && err != io.EOF {
		err = fmt.Errorf("%w: %v", errCorrupt, err)
	}
	return n, err
}

func (b *boundedReader) Close() error { return b.rc.Close() }

// tokens streams the elements of one XML part to fn, bounding depth and
// checking the deadline as it goes. A missing part yields no tokens.
func (r *docxReader) tokens(name string, fn func(tok xml.Token, depth int) error) error {
	rc, err := r.open(name)
	if err != nil || rc == nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	d.CharsetReader = charset.NewReaderLabel
	depth := 0
	for n := 0; ; n++ {
		if n%2048 == 0 {
			if err := r.ctx.Err(); err != nil {
				return err
			}
		}
		// RawToken skips namespace bookkeeping, which the reader has
		// no use for (it matches local names), at the cost of not checking
		// that end tags match; depth still shows a part cut short.
		tok, err := d.RawToken()
		if err == io.EOF {
			if depth != 0 {
				return fmt.Errorf("%w: %s ends inside an element", errCorrupt, name)
			}
			return nil
		}
		if err != nil {
			if errors.Is(err, errLimits) || errors.Is(err, errCorrupt) {
				return err
			}
			return fmt.Errorf("%w: %s: %v", errCorrupt, name, err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				return fmt.Errorf("%w: %s nests deeper than %d", errLimits, name, maxXMLDepth)
			}
		case xml.EndElement:
			depth--
			if depth < 0 {
				return fmt.Errorf("%w: %s closes more elements than it opens", errCorrupt, name)
			}
		}
		if err := fn(tok, depth); err != nil {
			return err
		}
	}
}

// rels reads a relationships part, in its own order.
func (r *docxReader) rels(name string) ([]relationship, error) {
	var out []relationship
	err := r.tokens(name, func(tok xml.Token, _ int) error {
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			return nil
		}
		var rel relationship
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Id":
				rel.id = a.Value
			case "Type":
				rel.typ = a.Value
			case "Target":
				rel.target = a.Value
			case "TargetMode":
				rel.external = strings.EqualFold(a.Value, "External")
			}
		}
		out = append(out, rel)
		return nil
	})
	return out, err
}

// part writes the text of a WordprocessingML part (body, header, footer,
// notes) to w. Element names are matched without their namespace, so
// Strict OOXML and text in drawings (a:p, a:t) read the same way.
func (r *docxReader) part(name string, w *textWriter, rels map[string]relationship, links *linkSet, pb *partBlocks) error {
	skip := 0 // depth of the element being skipped, 0 when none
	inText, inInstr := false, false
	var instr strings.Builder
	cells := []int{} // cells seen so far in each open table row
	root := false
	inPPr := false // skipping a paragraph's properties, which say its style
	inRPr := false // skipping a run's properties, which say its weight and size
	err := r.tokens(name, func(tok xml.Token, depth int) error {
		switch t := tok.(type) {
		case xml.StartElement:
			root = true
			if skip > 0 {
				switch {
				case inPPr:
					pb.property(t)
				case inRPr && t.Name.Local == "rPrChange":
					// What the run looked like before a tracked change.
					inRPr = false
				case inRPr:
					pb.runProperty(t)
				}
				return nil
			}
			switch local := t.Name.Local; {
			case local == "pPr":
				skip, inPPr = depth, true
			case local == "rPr":
				skip, inRPr = depth, true
			case local == "r":
				pb.bold, pb.size = false, 0
			case skipped(local):
				skip = depth
			case local == "t":
				inText = true
			case local == "instrText":
				inInstr = true
			case local == "tab" || local == "ptab":
				w.write("\t")
			case local == "br" || local == "cr":
				if attr(t, "type") == "page" {
					pb.pageBreak(w)
				}
				w.newline()
			case local == "lastRenderedPageBreak":
				pb.pageBreak(w)
			case local == "p":
				pb.startPara(w, len(cells) > 0)
			case local == "noBreakHyphen":
				w.write("-")
			case local == "tbl":
				w.newline()
			case local == "tr":
				w.newline()
				cells = append(cells, 0)
				if len(cells) == 1 {
					pb.row = pb.row[:0]
				}
			case local == "tc":
				if len(cells) > 0 {
					if cells[len(cells)-1] > 0 {
						w.trimSpace()
						w.write(" | ")
					}
					cells[len(cells)-1]++
				}
				if len(cells) == 1 {
					pb.cellAt = len(w.buf)
				}
			case local == "fldSimple":
				for _, a := range t.Attr {
					if a.Name.Local == "instr" {
						fieldLink(a.Value, links)
					}
				}
			case local == "hyperlink":
				for _, a := range t.Attr {
					if a.Name.Local == "id" && rels[a.Value].external {
						links.add(rels[a.Value].target)
					}
				}
			}
		case xml.EndElement:
			if skip > 0 {
				if depth < skip {
					skip, inPPr, inRPr = 0, false, false
				}
				return nil
			}
			switch t.Name.Local {
			case "tc":
				if len(cells) == 1 && pb.cellAt <= len(w.buf) {
					pb.row = append(pb.row, string(w.buf[pb.cellAt:]))
				}
			case "t":
				inText = false
			case "instrText":
				inInstr = false
			case "fldChar":
				fieldLink(instr.String(), links)
				instr.Reset()
			case "p":
				pb.endPara(w, len(cells) > 0)
				if len(cells) > 0 {
					w.space()
				} else {
					w.newline()
				}
			case "tr":
				if len(cells) > 0 {
					cells = cells[:len(cells)-1]
				}
				if len(cells) == 0 {
					pb.b.AddRow(pb.row)
				}
				w.newline()
			case "tbl":
				w.paragraph()
			}
		case xml.CharData:
			switch {
			case skip > 0:
			case inText:
				w.write(string(t))
				pb.text = true
				pb.runText(t)
			case inInstr && instr.Len() < 4096:
				instr.Write(t)
			}
		}
		return nil
	})
	if err == nil && !root {
		return fmt.Errorf("%w: %s has no content", errCorrupt, name)
	}
	return err
}

// skipped says whether an element holds nothing a reader sees: properties,
// deleted text, the fallback copy of alternate content, binary field data.
func skipped(local string) bool {
	switch local {
	case "Fallback", "delText", "delInstrText", "fldData", "binData", "del", "moveFrom":
		// A tracked deletion (w:del, w:moveFrom) is not the document's
		// text, whatever runs it holds; a tracked insertion (w:ins) is.
		return true
	}
	return strings.HasSuffix(local, "Pr") || strings.HasSuffix(local, "PrEx") ||
		strings.HasSuffix(local, "PrChange")
}

// fieldLink takes the target of a HYPERLINK field code, the older way Word
// stores a link.
func fieldLink(instr string, links *linkSet) {
	f := strings.Fields(instr)
	if len(f) < 2 || !strings.EqualFold(f[0], "HYPERLINK") {
		return
	}
	links.add(strings.Trim(f[1], `"`))
}

// properties reads the title, dates and page count; damage here only loses
// metadata, so errors are ignored.
func (r *docxReader) properties(core, app string, doc *docxDoc) {
	var cur string
	var buf strings.Builder
	collect := func(tok xml.Token, depth int) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 2 {
				cur = t.Name.Local
				buf.Reset()
			}
		case xml.CharData:
			if cur != "" && buf.Len() < 1000 {
				buf.Write(t)
			}
		case xml.EndElement:
			if depth != 1 || cur == "" {
				return nil
			}
			v := strings.TrimSpace(buf.String())
			switch cur {
			case "title":
				doc.title = strings.Join(strings.Fields(v), " ")
			case "created":
				doc.created = parseW3CDate(v)
			case "modified":
				doc.modified = parseW3CDate(v)
			case "Pages":
				if n, err := strconv.Atoi(v); err == nil && n > 0 {
					doc.pages = n
				}
			}
			cur = ""
		}
		return nil
	}
	_ = r.tokens(core, collect)
	_ = r.tokens(app, collect)
}

// parseW3CDate reads the W3CDTF dates of core properties; Word writes UTC
// with a Z, other tools any of the shorter forms.
func parseW3CDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// partBlocks builds the blocks of one part as its paragraphs and table
// rows end.
type partBlocks struct {
	b      *document.Builder
	styles map[string]int // heading level of each paragraph style id

	start   int // offset in the text where the paragraph began
	style   string
	outline int // the paragraph's own outline level + 1; 0 when none
	list    bool
	row     []string
	cellAt  int
	page    int
	text    bool // text was written since the last page break

	// What the runs of the paragraph look like, for a paragraph that is
	// a heading by its direct formatting alone (bold, or large type); only
	// the body's paragraphs are (a running header's bold is no section).
	looks      bool
	bold       bool // the current run is bold
	size       int  // the current run's size in half-points; 0 when not given
	shown      int  // letters and digits written in the paragraph
	strong     int  // those in bold or large runs
	strongSize int  // the smallest size of the strong runs that gave one
}

// property notes what a paragraph's properties say of its kind.
func (pb *partBlocks) property(t xml.StartElement) {
	switch t.Name.Local {
	case "pStyle":
		pb.style = attr(t, "val")
	case "outlineLvl":
		if n, err := strconv.Atoi(attr(t, "val")); err == nil && n >= 0 && n < 9 {
			pb.outline = n + 1
		}
	case "numPr":
		pb.list = true
	}
}

// runProperty notes what a run's properties say of its weight and size.
func (pb *partBlocks) runProperty(t xml.StartElement) {
	switch t.Name.Local {
	case "b":
		switch strings.ToLower(attr(t, "val")) {
		case "0", "false", "off":
			pb.bold = false
		default:
			pb.bold = true
		}
	case "rStyle":
		// A character style named for its weight ("Strong", "Bold").
		if v := strings.ToLower(attr(t, "val")); strings.Contains(v, "strong") || strings.Contains(v, "bold") {
			pb.bold = true
		}
	case "sz":
		if n, err := strconv.Atoi(attr(t, "val")); err == nil && n > 0 && n < 2000 {
			pb.size = n
		}
	}
}

// largeType is the size, in half-points, from which a line of type alone
// stands out as a heading (14 pt, against Word's 11 or 12 pt body).
const largeType = 28

// runText counts the letters and digits a run shows, and those that are
// bold or large.
func (pb *partBlocks) runText(t []byte) {
	n := 0
	for _, c := range string(t) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			n++
		}
	}
	pb.shown += n
	if n > 0 && (pb.bold || pb.size >= largeType) {
		pb.strong += n
		if pb.size > 0 && (pb.strongSize == 0 || pb.size < pb.strongSize) {
			pb.strongSize = pb.size
		}
	}
}

// formattedLevel is the heading level of a paragraph that is a heading by
// its look: short, every letter bold or large, and not a sentence or a
// label that runs into its value ("Date published:"). Larger type is a
// higher level. It returns 0 for any other paragraph.
func (pb *partBlocks) formattedLevel(text string) int {
	t := strings.TrimSpace(text)
	if pb.shown == 0 || pb.strong < pb.shown || len(t) > 120 || strings.Count(t, " ") > 14 {
		return 0
	}
	if strings.ContainsAny(t[len(t)-1:], ".:;,") {
		return 0
	}
	switch {
	case pb.strongSize >= 32:
		return 1
	case pb.strongSize >= 26:
		return 2
	}
	return 3
}

func (pb *partBlocks) startPara(w *textWriter, inTable bool) {
	pb.start = len(w.buf)
	pb.style, pb.outline, pb.list = "", 0, false
	pb.bold, pb.size, pb.shown, pb.strong, pb.strongSize = false, 0, 0, 0, 0
}

func (pb *partBlocks) endPara(w *textWriter, inTable bool) {
	if inTable || pb.start > len(w.buf) {
		return
	}
	text := string(w.buf[pb.start:])
	level := pb.outline
	if level == 0 && pb.style != "" {
		id := strings.ToLower(pb.style)
		var ok bool
		if level, ok = pb.styles[id]; !ok {
			// Without a styles part, the built-in ids say it.
			level = headingName(strings.Replace(id, "heading", "heading ", 1))
		}
	}
	if level == 0 && !pb.list && pb.looks {
		level = pb.formattedLevel(text)
	}
	switch {
	case level > 0:
		pb.b.Add(document.Heading, level, text)
	case pb.list:
		pb.b.Add(document.Item, 0, text)
	default:
		pb.b.Add(document.Paragraph, 0, text)
	}
}

// pageBreak counts a page; a rendered break straight after a hard one is
// the same break.
func (pb *partBlocks) pageBreak(w *textWriter) {
	if pb.text && pb.page > 0 {
		pb.page++
		pb.b.SetPage(pb.page)
	}
	pb.text = false
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// headingStyles reads the paragraph styles that are headings, by style id
// (lower case): Word's built-in "heading N" and "Title", or any style
// with an outline level. Damage here only loses headings.
func (r *docxReader) headingStyles(rels []relationship, main string) map[string]int {
	name := path.Join(path.Dir(main), "styles.xml")
	for _, rel := range rels {
		if strings.HasSuffix(rel.typ, "/styles") && !rel.external {
			name = resolve(path.Dir(main), rel.target)
		}
	}
	out := map[string]int{}
	var id string
	_ = r.tokens(name, func(tok xml.Token, depth int) error {
		t, ok := tok.(xml.StartElement)
		if !ok {
			return nil
		}
		switch t.Name.Local {
		case "style":
			id = ""
			if attr(t, "type") == "paragraph" || attr(t, "type") == "" {
				id = strings.ToLower(attr(t, "styleId"))
			}
		case "name":
			if id != "" {
				if lvl := headingName(attr(t, "val")); lvl > 0 {
					out[id] = lvl
				}
			}
		case "outlineLvl":
			if n, err := strconv.Atoi(attr(t, "val")); id != "" && err == nil && n >= 0 && n < 9 {
				if _, named := out[id]; !named {
					out[id] = n + 1
				}
			}
		}
		return nil
	})
	return out
}

// headingName returns the level of a built-in heading style's name.
func headingName(name string) int {
	n := strings.ToLower(strings.TrimSpace(name))
	switch {
	case n == "title":
		return 1
	case n == "subtitle":
		return 2
	case strings.HasPrefix(n, "heading "):
		if l, err := strconv.Atoi(strings.TrimPrefix(n, "heading ")); err == nil && l >= 1 && l <= 9 {
			return l
		}
	}
	return 0
}

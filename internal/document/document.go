// Package document is the structure every format is read into: blocks
// (headings with their level, paragraphs, table rows of cells, list items)
// with the page they are on and whether they are page furniture, and the
// label/value pairs the blocks state. Readers of fields, elements and
// partnerships work on it rather than on phrase lists over plain text.
package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a block is.
type Kind uint8

const (
	Paragraph Kind = iota
	Heading
	Row  // a table row; its cells are in Cells
	Item // a list item
)

func (k Kind) String() string {
	switch k {
	case Heading:
		return "heading"
	case Row:
		return "row"
	case Item:
		return "item"
	}
	return "paragraph"
}

// Furniture says why a block is not part of the document's own content.
type Furniture uint8

const (
	Content Furniture = iota
	// Running is a running header or footer, repeated on the pages; it
	// names the document and its author prominently but states no fields.
	Running
	// Chrome is a web page's navigation, cookie notice or site footer.
	Chrome
)

// Block is one block of a document.
type Block struct {
	Kind  Kind
	Level int // a heading's level, 1 the highest; 0 for other blocks
	// Text is the block's text; a paragraph keeps its line breaks, a row
	// is its cells joined by " | ".
	Text      string
	Cells     []string // a row's cells
	Page      int      // 1-based; 0 when the format has no pages
	Furniture Furniture
}

// IsContent reports whether b is part of the document's own content.
func (b Block) IsContent() bool { return b.Furniture == Content }

// Limits on what a document may build.
const (
	maxBlocks   = 200_000
	maxBlockLen = 64 << 10
	maxCells    = 64
)

// Builder collects the blocks of a document as a format reader walks it.
// The zero value is ready to use.
type Builder struct {
	blocks    []Block
	page      int
	furniture Furniture
}

// SetPage sets the page of the blocks added from now on.
func (b *Builder) SetPage(n int) { b.page = n }

// SetFurniture marks the blocks added from now on.
func (b *Builder) SetFurniture(f Furniture) { b.furniture = f }

// Add adds a block of kind with text; empty text adds nothing. A heading's
// level is clamped to 1–6.
func (b *Builder) Add(kind Kind, level int, text string) {
	text = tidy(text)
	if text == "" || len(b.blocks) >= maxBlocks {
		return
	}
	if kind == Heading {
		level = min(max(level, 1), 6)
	} else {
		level = 0
	}
	b.blocks = append(b.blocks, Block{Kind: kind, Level: level, Text: text, Page: b.page, Furniture: b.furniture})
}

// AddRow adds a table row; empty cells are kept in place so that columns
// line up, but a row with no text adds nothing.
func (b *Builder) AddRow(cells []string) {
	if len(b.blocks) >= maxBlocks {
		return
	}
	if len(cells) > maxCells {
		cells = cells[:maxCells]
	}
	out := make([]string, len(cells))
	any := false
	for i, c := range cells {
		out[i] = strings.Join(strings.Fields(tidy(c)), " ")
		any = any || out[i] != ""
	}
	if !any {
		return
	}
	if len(out) == 1 {
		b.Add(Paragraph, 0, out[0])
		return
	}
	b.blocks = append(b.blocks, Block{Kind: Row, Text: joinCells(out), Cells: out, Page: b.page, Furniture: b.furniture})
}

// Blocks returns the blocks added.
func (b *Builder) Blocks() []Block { return b.blocks }

func joinCells(cells []string) string {
	var nonEmpty []string
	for _, c := range cells {
		if c != "" {
			nonEmpty = append(nonEmpty, c)
		}
	}
	return strings.Join(nonEmpty, " | ")
}

// tidy trims a block's text, collapses spaces within its lines, drops blank
// lines and bounds its length.
func tidy(s string) string {
	if len(s) > maxBlockLen {
		n := maxBlockLen
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	if !strings.ContainsAny(s, "\n\t\r\u00a0") && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	var lines []string
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.Join(strings.FieldsFunc(l, unicode.IsSpace), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

package extract

import (
	"context"
	"io"
	"strings"

	"github.com/safeguarding-intake/intake/internal/document"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlDoc is what is read from a web page.
type htmlDoc struct {
	text, title string
	links       linkSet
	// canonical is the href of the page's first <link rel="canonical">,
	// the address the page gives as its own, as written.
	canonical string
	blocks    []document.Block
}

// htmlChrome are the elements that hold a site's navigation and footer
// rather than the page's content.
var htmlChrome = map[atom.Atom]bool{atom.Nav: true, atom.Footer: true, atom.Aside: true}

// chromeWords in an element's id, class or role mark navigation, cookie
// notices and site headers and footers.
var chromeWords = []string{"cookie", "consent", "gdpr", "breadcrumb", "skip-link", "skiplink", "navbar", "navigation",
	"site-header", "site-footer", "global-header", "global-footer", "menu", "banner", "contentinfo", "masthead"}

// htmlStructure tracks the block structure of a page as its text is written.
type htmlStructure struct {
	b       document.Builder
	start   int // offset in the text of the block being written
	heading int // level of the open heading, 0 when none
	items   int // open list items
	rows    int // open table rows
	cells   []string
	cellAt  int
	chrome  map[atom.Atom]int // open elements that are chrome
	flagged []flag            // elements marked as chrome by their attributes
	inMain  int
}

// flag is an element marked as chrome and how deep in elements of its own
// name it opened.
type flag struct {
	a     atom.Atom
	depth int
}

func (h *htmlStructure) isChrome() bool {
	for _, n := range h.chrome {
		if n > 0 {
			return true
		}
	}
	return len(h.flagged) > 0
}

// furniture marks the blocks added next as chrome or content.
func (h *htmlStructure) furniture() {
	if h.isChrome() {
		h.b.SetFurniture(document.Chrome)
	} else {
		h.b.SetFurniture(document.Content)
	}
}

// flush ends the block written since the last boundary.
func (h *htmlStructure) flush(w *textWriter) {
	if h.rows > 0 || h.start > len(w.buf) {
		return
	}
	text := string(w.buf[h.start:])
	h.start = len(w.buf)
	h.furniture()
	switch {
	case h.heading > 0:
		h.b.Add(document.Heading, h.heading, text)
	case h.items > 0:
		h.b.Add(document.Item, 0, text)
	default:
		h.b.Add(document.Paragraph, 0, text)
	}
}

// Elements whose content is not shown as text.
var htmlHidden = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Noscript: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Noembed: true,
	atom.Noframes: true, atom.Select: true, atom.Canvas: true,
}

// Elements that start a new line.
var htmlBlocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.Section: true, atom.Table: true, atom.Tr: true, atom.Ul: true,
	atom.Caption: true, atom.Details: true, atom.Summary: true, atom.Body: true,
}

// Elements that end a paragraph, leaving a blank line.
var htmlParagraphs = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Pre: true, atom.Table: true,
}

// readHTML renders a page's visible text with the html tokenizer: no DOM is
// built, so a page costs memory in proportion to its text. Cells are joined
// with " | " as in Word tables.
func readHTML(ctx context.Context, src string) (htmlDoc, error) {
	var doc htmlDoc
	var w textWriter
	var title strings.Builder
	z := html.NewTokenizer(strings.NewReader(src))
	hidden := 0 // depth inside hidden elements
	pre := 0
	// The head is left by its end tag or, when that is omitted, by the
	// first element of the body.
	inHead, inTitle := false, false
	cells := []int{} // cells seen so far in each open table row
	st := &htmlStructure{chrome: map[atom.Atom]int{}}
	depthOf := map[atom.Atom]int{} // open elements of each name
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return doc, err
			}
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return doc, err
			}
			st.rows = 0
			st.flush(&w)
			doc.text = w.String()
			doc.title = strings.Join(strings.Fields(title.String()), " ")
			doc.blocks = st.b.Blocks()
			return doc, nil
		case html.TextToken:
			switch {
			case inTitle:
				if title.Len() < 1000 {
					title.Write(z.Text())
				}
			case hidden > 0 || inHead:
			case pre > 0:
				w.write(string(z.Text()))
			default:
				w.flow(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			marked := false
			if hasAttr {
				var href, rel string
				for more := true; more; {
					var k, v []byte
					k, v, more = z.TagAttr()
					switch string(k) {
					case "href":
						href = string(v)
					case "rel":
						rel = string(v)
					case "id", "class", "role", "aria-label":
						marked = marked || chromeName(string(v))
					}
				}
				switch {
				case a == atom.A:
					doc.links.add(href)
				case a == atom.Link && doc.canonical == "" && hidden == 0 && hasWord(rel, "canonical"):
					doc.canonical = strings.TrimSpace(href)
				}
			}
			if tt == html.StartTagToken && a != 0 && hidden == 0 && (htmlBlocks[a] || htmlParagraphs[a] || a == atom.Td || a == atom.Th) {
				st.flush(&w)
				depthOf[a]++
				switch {
				case htmlChrome[a] || a == atom.Header && st.inMain == 0:
					st.chrome[a]++
				case marked && a != atom.Body && a != atom.Main && a != atom.Article:
					st.flagged = append(st.flagged, flag{a, depthOf[a]})
				}
				switch a {
				case atom.Main, atom.Article:
					st.inMain++
				case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
					st.heading = int(name[1] - '0')
				case atom.Li, atom.Dt, atom.Dd:
					st.items++
				}
			}
			if tt == html.SelfClosingTagToken {
				if a == atom.Br || htmlBlocks[a] {
					w.newline()
				}
				continue
			}
			if a == atom.Body || htmlBlocks[a] || htmlParagraphs[a] {
				inHead = false
			}
			switch {
			case a == atom.Head:
				inHead = true
			case a == atom.Title:
				inTitle = hidden == 0 && title.Len() == 0
			case htmlHidden[a]:
				hidden++
			case a == atom.Pre:
				pre++
			}
			switch {
			case a == atom.Br:
				w.newline()
			case a == atom.Tr:
				w.newline()
				cells = append(cells, 0)
				if st.rows == 0 {
					st.cells = st.cells[:0]
				}
				st.rows++
			case a == atom.Td || a == atom.Th:
				if len(cells) > 0 {
					if cells[len(cells)-1] > 0 {
						w.trimSpace()
						w.write(" | ")
					}
					cells[len(cells)-1]++
				}
				st.cellAt = len(w.buf)
			case htmlBlocks[a] || htmlParagraphs[a]:
				w.newline()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a != 0 && hidden == 0 && (htmlBlocks[a] || htmlParagraphs[a] || a == atom.Td || a == atom.Th) {
				if (a == atom.Td || a == atom.Th) && st.rows == 1 && st.cellAt <= len(w.buf) {
					st.cells = append(st.cells, string(w.buf[st.cellAt:]))
				}
				if a == atom.Tr && st.rows > 0 {
					st.rows--
					if st.rows == 0 {
						st.furniture()
						st.b.AddRow(st.cells)
						st.start = len(w.buf)
					}
				}
				st.flush(&w)
				st.close(a, depthOf[a])
				if depthOf[a] > 0 {
					depthOf[a]--
				}
			}
			switch {
			case a == atom.Head:
				inHead = false
			case a == atom.Title:
				inTitle = false
			case htmlHidden[a]:
				if hidden > 0 {
					hidden--
				}
			case a == atom.Pre:
				if pre > 0 {
					pre--
				}
			}
			switch {
			case a == atom.Tr:
				if len(cells) > 0 {
					cells = cells[:len(cells)-1]
				}
				w.newline()
			case htmlParagraphs[a]:
				w.paragraph()
			case htmlBlocks[a]:
				w.newline()
			}
		}
	}
}

// hasWord reports whether the space-separated list s holds w, compared
// without case, as HTML compares link types.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// close ends what an element's end tag ends.
func (h *htmlStructure) close(a atom.Atom, depth int) {
	if h.chrome[a] > 0 {
		h.chrome[a]--
	}
	if n := len(h.flagged); n > 0 && h.flagged[n-1].a == a && h.flagged[n-1].depth == depth {
		h.flagged = h.flagged[:n-1]
	}
	switch a {
	case atom.Main, atom.Article:
		if h.inMain > 0 {
			h.inMain--
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		h.heading = 0
	case atom.Li, atom.Dt, atom.Dd:
		if h.items > 0 {
			h.items--
		}
	}
}

// chromeName reports whether an id, class or role names site chrome.
func chromeName(v string) bool {
	v = strings.ToLower(v)
	for _, w := range chromeWords {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}

package extract

import (
	"context"
	"io"
	"strings"

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
			doc.text = w.String()
			doc.title = strings.Join(strings.Fields(title.String()), " ")
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
			if (a == atom.A || a == atom.Link) && hasAttr {
				var href, rel string
				for more := true; more; {
					var k, v []byte
					k, v, more = z.TagAttr()
					switch string(k) {
					case "href":
						href = string(v)
					case "rel":
						rel = string(v)
					}
				}
				switch {
				case a == atom.A:
					doc.links.add(href)
				case doc.canonical == "" && hidden == 0 && hasWord(rel, "canonical"):
					doc.canonical = strings.TrimSpace(href)
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
			case a == atom.Td || a == atom.Th:
				if len(cells) > 0 {
					if cells[len(cells)-1] > 0 {
						w.trimSpace()
						w.write(" | ")
					}
					cells[len(cells)-1]++
				}
			case htmlBlocks[a] || htmlParagraphs[a]:
				w.newline()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
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

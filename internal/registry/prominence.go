package registry

import (
	"sort"
	"strings"

	"github.com/safeguarding-intake/intake/internal/document"
)

// prominenceWeight is how much more a mention counts where a document
// names its author: its title, running header and footer, first page
// headings, and its "prepared by" and "on behalf of" lines.
const prominenceWeight = 3

// authorWords introduce the body a document is by.
var authorWords = []string{"prepared by", "on behalf of", "produced by", "published by", "written by", "issued by", "approved by", "submitted by", "from the"}

// Identify returns the partnerships a document names, the most prominent
// first: mentions in its title, running headers and footers, first page
// and author lines count prominenceWeight times over, and repeated
// mentions outweigh passing ones. tied is set when the first two are named
// equally prominently, so that neither can be chosen.
func (r *Registry) Identify(text, title string, blocks []document.Block) (ms []Match, tied bool) {
	all := r.Find(text)
	if len(all) == 0 {
		return nil, false
	}
	prominent := r.Find(prominentText(title, blocks))
	score := map[string]int{}
	for _, m := range prominent {
		score[m.Partnership.ID] = m.Score
	}
	weighed := func(m Match) int { return m.Score + prominenceWeight*score[m.Partnership.ID] }
	sort.SliceStable(all, func(i, j int) bool { return weighed(all[i]) > weighed(all[j]) })
	// Two partnerships each named by name or council where the document
	// names its author, neither much more than the other, are a joint
	// document's.
	if len(all) > 1 {
		p1, p2 := score[all[0].Partnership.ID], score[all[1].Partnership.ID]
		tied = p2 >= weightStrong && 3*p2 >= 2*p1 && 3*weighed(all[1]) >= 2*weighed(all[0])
	}
	return all, tied
}

// maxProminent bounds the text read as prominent.
const maxProminent = 8 << 10

// prominentText gathers where a document names its author.
func prominentText(title string, blocks []document.Block) string {
	var b strings.Builder
	b.WriteString(title)
	seenRunning := map[string]bool{}
	firstPage := 0
	for i, bl := range blocks {
		if b.Len() > maxProminent {
			break
		}
		if firstPage == 0 && bl.Page > 0 {
			firstPage = bl.Page
		}
		onFirst := bl.Page == firstPage && bl.Page > 0 || bl.Page == 0 && i < 12
		switch {
		case bl.Furniture == document.Running:
			if seenRunning[bl.Text] {
				continue
			}
			seenRunning[bl.Text] = true
		case bl.Furniture == document.Chrome:
			continue
		case bl.Kind == document.Heading && (onFirst || bl.Level == 1):
		case onFirst && i < 12:
		case containsAuthor(bl.Text):
		default:
			continue
		}
		b.WriteString("\n\n")
		b.WriteString(bl.Text)
	}
	return b.String()
}

func containsAuthor(s string) bool {
	if len(s) > 400 {
		return false
	}
	low := strings.ToLower(s)
	for _, w := range authorWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

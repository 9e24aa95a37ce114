package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestNavigationCoversNothing checks that a saved web page's menu,
// breadcrumb and cookie bar ("Training", "Our budget") are no evidence of
// the elements they name, while the same words in the page's own text are;
// and that learning stated in the past ("what the agencies learnt", "lessons were
// learned") is learning.
func TestNavigationCoversNothing(t *testing.T) {
	chrome := func(s string) document.Block {
		return document.Block{Kind: document.Item, Text: s, Furniture: document.Chrome}
	}
	para := func(s string) document.Block { return document.Block{Kind: document.Paragraph, Text: s} }
	check := func(blocks []document.Block) map[string]bool {
		var text []string
		for _, b := range blocks {
			text = append(text, b.Text)
		}
		fs, _ := Check(Input{Kind: intake.YearlyReport, Text: strings.Join(text, "\n\n"), Blocks: blocks, Received: time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC),
			Fields: map[string]string{"period_start": "2024-04-01", "period_end": "2025-03-31", "publication_date": "2025-09-01"}})
		missing := map[string]bool{}
		for _, f := range fs {
			missing[strings.TrimPrefix(f.Code, "missing_")] = true
		}
		return missing
	}
	nav := []document.Block{chrome("We use cookies. Accept all"), chrome("Home"), chrome("Multi-agency training"), chrome("Our budget"),
		chrome("Home > Publications > Yearly report")}
	body := []document.Block{para("Yearly report 2024 to 2025"),
		para("The three partners looked back on a year in which three rapid reviews were held; what the agencies learnt from them was shared in a briefing.")}
	got := check(append(append([]document.Block{}, nav...), body...))
	if !got["training"] || !got["funding"] {
		t.Errorf("missing %v: want missing_training and missing_funding, the menu's words being no evidence", got)
	}
	if got["learning"] {
		t.Errorf("missing %v: 'what the agencies learnt' is learning", got)
	}
	body = append(body, para("Some 300 staff came to our multi-agency training, and lessons were learned about neglect."), para("The budget was £200,000."))
	got = check(append(append([]document.Block{}, nav...), body...))
	if got["training"] || got["funding"] {
		t.Errorf("missing %v: the page's own words cover training and funding", got)
	}
	// Without chrome, the text is searched as it is.
	got = check([]document.Block{para("Yearly report"), para("Multi-agency training reached 300 staff.")})
	if got["training"] {
		t.Errorf("missing %v: want training covered", got)
	}
}

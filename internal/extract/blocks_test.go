package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

var ignoreBlocks = cmpopts.IgnoreFields(Document{}, "Blocks")

// outline writes blocks one a line as kind[level][@page][ furniture]: text.
func outline(bs []document.Block) string {
	var b strings.Builder
	for _, bl := range bs {
		b.WriteString(bl.Kind.String())
		if bl.Level > 0 {
			fmt.Fprint(&b, bl.Level)
		}
		if bl.Page > 0 {
			fmt.Fprintf(&b, "@%d", bl.Page)
		}
		switch bl.Furniture {
		case document.Running:
			b.WriteString(" running")
		case document.Chrome:
			b.WriteString(" chrome")
		}
		b.WriteString(": " + strings.ReplaceAll(bl.Text, "\n", "/") + "\n")
	}
	return b.String()
}

func TestBlocksDOCX(t *testing.T) {
	body := `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Annual report</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Berschrift1"/></w:pPr><w:r><w:t>What we did</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Training</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>We trained </w:t></w:r><w:ins><w:r><w:t>400</w:t></w:r></w:ins><w:del><w:r><w:delText>300</w:delText></w:r></w:del>` +
		`<w:del><w:r><w:t>350</w:t></w:r></w:del><w:r><w:t> staff.</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>Courses</w:t></w:r></w:p>` +
		`<w:p><w:r><w:br w:type="page"/><w:lastRenderedPageBreak/><w:t>Second page</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Date of SIN</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>3 March</w:t></w:r></w:p><w:p><w:r><w:t>2025</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`
	parts := docxParts(body, [4]string{"rId9", relHead, "header1.xml", ""},
		[4]string{"rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml", ""})
	parts["word/header1.xml"] = `<w:hdr ` + nsW + `>` + para("Kent Safeguarding Children Multi-Agency Partnership") + `</w:hdr>`
	parts["word/styles.xml"] = `<w:styles ` + nsW + `><w:style w:type="paragraph" w:styleId="Berschrift1"><w:name w:val="heading 1"/></w:style></w:styles>`
	doc, fs := Extract(context.Background(), "report.docx", buildZip(t, parts), Limits{})
	if len(fs) != 0 {
		t.Fatalf("Extract() findings = %v", fs)
	}
	want := "heading1@1: Annual report\nheading1@1: What we did\nheading3@1: Training\nparagraph@1: We trained 400 staff.\n" +
		"item@1: Courses\nparagraph@2: Second page\nrow@2: Date of SIN | 3 March 2025\nparagraph running: Kent Safeguarding Children Multi-Agency Partnership\n"
	if got := outline(doc.Blocks); got != want {
		t.Errorf("Extract().Blocks =\n%s\nwant\n%s", got, want)
	}
	if strings.Contains(doc.Text, "300") || strings.Contains(doc.Text, "350") || !strings.Contains(doc.Text, "400") {
		t.Errorf("Extract().Text = %q: want the inserted 400, not the deleted 300 or 350", doc.Text)
	}
}

func TestBlocksHTML(t *testing.T) {
	page := `<html><body><div class="cookie-banner"><p>We use cookies</p><div><p>Accept</p></div></div>` +
		`<header><a href="/">Leeds Safeguarding Children Partnership</a></header><nav><ul><li>Home</li></ul></nav>` +
		`<main><h1>Annual report</h1><h2>What we did</h2><p>We met <b>monthly</b>.</p>` +
		`<table><tr><th>Published</th><td>3 March 2025</td></tr></table><ul><li>Training</li></ul></main>` +
		`<footer><p>Copyright</p></footer></body></html>`
	doc, _ := Extract(context.Background(), "page.html", []byte(page), Limits{})
	want := "paragraph chrome: We use cookies\nparagraph chrome: Accept\nparagraph chrome: Leeds Safeguarding Children Partnership\nitem chrome: Home\n" +
		"heading1: Annual report\nheading2: What we did\nparagraph: We met monthly.\nrow: Published | 3 March 2025\nitem: Training\nparagraph chrome: Copyright\n"
	if got := outline(doc.Blocks); got != want {
		t.Errorf("Extract().Blocks =\n%s\nwant\n%s", got, want)
	}
}

func TestBlocksMarkdown(t *testing.T) {
	md := "---\ntitle: \"Annual report 2024/25\"\npublished: 2025-09-29\n---\n# Bristol annual report\n\nIntro *text*.\n\nOur work\n--------\n\n| Partner | Lead |\n|---|---|\n| Police | Chief Constable |\n\n- one\n- two\n"
	doc, _ := Extract(context.Background(), "report.md", []byte(md), Limits{})
	want := "paragraph: title: Annual report 2024/25/published: 2025-09-29\nheading1: Bristol annual report\nparagraph: Intro text.\nheading2: Our work\n" +
		"row: Partner | Lead\nrow: Police | Chief Constable\nitem: one\nitem: two\n"
	if got := outline(doc.Blocks); got != want {
		t.Errorf("Extract().Blocks =\n%s\nwant\n%s", got, want)
	}
}

func TestRTFRefused(t *testing.T) {
	for _, name := range []string{"review.rtf", "review", "review.doc"} {
		_, fs := Extract(context.Background(), name, []byte(`{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Rapid review of Child Q\par }`), Limits{})
		if got := codes(fs); len(got) != 1 || got[0] != intake.UnsupportedType {
			t.Errorf("Extract(%s, RTF) findings = %v, want [unsupported_type]", name, got)
		}
	}
}

// A Word document whose headings are only bold or large type, with no
// heading style, still has headings; a bold label that runs into its value,
// a bold sentence and a paragraph only partly bold do not.
func TestBlocksDOCXFormattedHeadings(t *testing.T) {
	run := func(props, text string) string {
		return `<w:r><w:rPr>` + props + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
	}
	p := func(runs ...string) string { return "<w:p>" + strings.Join(runs, "") + "</w:p>" }
	body := p(run(`<w:b/><w:sz w:val="40"/>`, "Hartley Children's Partnership")) +
		p(run(`<w:sz w:val="28"/>`, "Who the arrangements are for")) +
		p(run("", "The partners serve the whole county.")) +
		p(run(`<w:b w:val="1"/>`, "3.2 Geography")) +
		p(run(`<w:rStyle w:val="Strong"/>`, "Scrutiny "), run(`<w:b/>`, "and challenge")) +
		p(run(`<w:b/>`, "Published:"), run("", " 4 May 2024")) +
		p(run(`<w:b/>`, "Every agency must read this.")) +
		p(run(`<w:b/>`, "Partly"), run("", " bold line")) +
		p(run(`<w:b w:val="0"/>`, "Not bold at all")) +
		p(run(`<w:b/><w:rPrChange><w:rPr/></w:rPrChange>`, "Funding")) +
		p(run(`<w:rPrChange><w:rPr><w:b/></w:rPr></w:rPrChange>`, "Once bold, now plain"))
	doc, fs := Extract(context.Background(), "arrangements.docx", buildDOCX(t, body), Limits{})
	if len(fs) != 0 {
		t.Fatalf("Extract() findings = %v", fs)
	}
	want := "heading1@1: Hartley Children's Partnership\nheading2@1: Who the arrangements are for\n" +
		"paragraph@1: The partners serve the whole county.\nheading3@1: 3.2 Geography\nheading3@1: Scrutiny and challenge\n" +
		"paragraph@1: Published: 4 May 2024\nparagraph@1: Every agency must read this.\nparagraph@1: Partly bold line\n" +
		"paragraph@1: Not bold at all\nheading3@1: Funding\nparagraph@1: Once bold, now plain\n"
	if got := outline(doc.Blocks); got != want {
		t.Errorf("Extract().Blocks =\n%s\nwant\n%s", got, want)
	}
}

package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/safeguarding-intake/intake/internal/intake"
)

func codes(fs []intake.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// storedZip is a zip holding one file uncompressed.
func storedZip(tb testing.TB, name string, content []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := w.Write(content); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"pdf", buildPDF("", ""), TypePDF},
		{"pdf after bom", append([]byte("\xEF\xBB\xBF"), buildPDF("", "")...), TypePDF},
		{"pdf after junk", append(bytes.Repeat([]byte{0x07}, 600), buildPDF("", "")...), TypePDF},
		{"pdf header too late", append(bytes.Repeat([]byte("a"), 1100), "%PDF-1.4"...), TypeText},
		{"docx", buildDOCX(t, para("x")), TypeDOCX},
		{"other zip", buildZip(t, map[string]string{"a.txt": "a"}), TypeBinary},
		{"zip of a pdf", storedZip(t, "a.pdf", buildPDF("", "")), TypeBinary},
		{"png", pngHeader, TypeBinary},
		{"ole2", ole2("WordDocument"), TypeBinary},
		{"html doctype", []byte("\uFEFF  <!DOCTYPE HTML><title>x</title>"), TypeHTML},
		{"html p", []byte("\n<P>Annual report</P>"), TypeHTML},
		{"xhtml", []byte(`<?xml version="1.0"?><!-- c --><html xmlns="http://www.w3.org/1999/xhtml"></html>`), TypeHTML},
		{"angle text", []byte("<pending> list of actions"), TypeText},
		{"email", []byte(email), TypeEmail},
		{"memo with headers", []byte("To: Panel\nFrom: Coventry\nSubject: Review\n\nText"), TypeText},
		{"markdown", []byte("# Yearly report\n\n- one\n- two\n"), TypeMarkdown},
		{"bulleted letter", []byte("Dear panel,\n- one\n- two\n"), TypeText},
		{"url alone", []byte("https://example.org/arrangements\n"), TypeURIList},
		{"url with label", []byte("Our arrangements:\r\nhttps://example.org/a\r\n"), TypeURIList},
		{"internet shortcut", []byte("[InternetShortcut]\r\nURL=https://example.org/a\r\n"), TypeURIList},
		{"two urls", []byte("https://example.org/a\nhttps://example.org/b\n"), TypeText},
		{"windows-1252", []byte("Caf\xe9 \x96 \x93quoted\x94"), TypeText},
		{"utf-16", []byte("\xFF\xFEh\x00i\x00"), TypeText},
		{"nul bytes", []byte("abc\x00def"), TypeBinary},
		{"controls", bytes.Repeat([]byte{0x01, 'a'}, 50), TypeBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff(tt.data); got != tt.want {
				t.Errorf("Sniff(%q) = %q, want %q", firstN(string(tt.data), 40), got, tt.want)
			}
		})
	}
}

// TestExtractFindings covers every finding this package produces.
func TestExtractFindings(t *testing.T) {
	docx := buildDOCX(t, para("Rapid review for Child A"))
	bomb := docxParts(para(strings.Repeat("a", 8<<20)))
	deep := docxParts("")
	deep["word/document.xml"] = wordBody(strings.Repeat("<w:p>", 5000) + strings.Repeat("</w:p>", 5000))
	macro := docxParts(para("Text"))
	macro["word/vbaProject.bin"] = "\xD0\xCF\x11\xE0"
	badXML := docxParts("")
	badXML["word/document.xml"] = wordBody("<w:p><w:r><w:t>open")
	noMain := docxParts(para("x"))
	delete(noMain, "word/document.xml")
	emptyMain := docxParts(para("x"))
	emptyMain["word/document.xml"] = ""
	xlsx := buildZip(t, map[string]string{"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})

	tests := []struct {
		name      string
		file      string
		data      []byte
		lim       Limits
		want      []string
		mediaType string
	}{
		{"zero bytes", "r.pdf", nil, Limits{}, []string{intake.EmptyFile}, TypeBinary},
		{"white space", "r.pdf", []byte(" \r\n\t\n"), Limits{}, []string{intake.EmptyFile}, TypeText},
		{"bom and space", "r.txt", []byte("\xEF\xBB\xBF \n"), Limits{}, []string{intake.EmptyFile}, TypeText},
		{"too large", "r.docx", docx, Limits{MaxBytes: 100}, []string{intake.TooLarge}, TypeDOCX},
		{"png", "scan.png", pngHeader, Limits{}, []string{intake.UnsupportedType}, TypeBinary},
		{"png named pdf", "report.pdf", pngHeader, Limits{}, []string{intake.TypeMismatch}, TypeBinary},
		{"docx named pdf", "report.pdf", docx, Limits{}, []string{intake.TypeMismatch}, TypeDOCX},
		{"pdf named docx", "report.docx", buildPDF("", ""), Limits{}, []string{intake.TypeMismatch}, TypePDF},
		{"html named pdf", "report.pdf", []byte("<html><body>x</body></html>"), Limits{}, []string{intake.TypeMismatch}, TypeHTML},
		{"pdf named txt", "notes.txt", buildPDF("", ""), Limits{}, []string{intake.TypeMismatch}, TypePDF},
		{"xlsx named docx", "report.docx", xlsx, Limits{}, []string{intake.TypeMismatch}, TypeBinary},
		{"xlsx", "figures.xlsx", xlsx, Limits{}, []string{intake.UnsupportedType}, TypeBinary},
		{"zip", "docs.zip", buildZip(t, map[string]string{"a.pdf": "x"}), Limits{}, []string{intake.UnsupportedType}, TypeBinary},
		{"legacy doc", "report.doc", ole2("WordDocument"), Limits{}, []string{intake.UnsupportedType}, TypeBinary},
		{"binary", "data.bin", []byte{1, 2, 3, 0, 0, 0, 0xff}, Limits{}, []string{intake.UnsupportedType}, TypeBinary},
		{"email", "message.eml", []byte(email), Limits{}, []string{intake.UnsupportedType}, TypeEmail},
		{"encrypted docx", "report.docx", ole2("EncryptionInfo", "EncryptedPackage"), Limits{}, []string{intake.EncryptedDocument}, TypeBinary},
		{"encrypted unnamed", "upload", ole2("EncryptionInfo", "EncryptedPackage"), Limits{}, []string{intake.EncryptedDocument}, TypeBinary},
		{"encrypted named pdf", "report.pdf", ole2("EncryptedPackage"), Limits{}, []string{intake.TypeMismatch}, TypeBinary},
		{"truncated docx", "report.docx", docx[:len(docx)/2], Limits{}, []string{intake.UnreadableDocument}, TypeDOCX},
		{"docx bad xml", "report.docx", buildZip(t, badXML), Limits{}, []string{intake.UnreadableDocument}, TypeDOCX},
		{"docx without main part", "report.docx", buildZip(t, noMain), Limits{}, []string{intake.UnreadableDocument}, TypeDOCX},
		{"docx with empty main part", "report.docx", buildZip(t, emptyMain), Limits{}, []string{intake.UnreadableDocument}, TypeDOCX},
		{"zip bomb", "report.docx", buildZip(t, bomb), Limits{}, []string{intake.UnreadableDocument}, TypeDOCX},
		{"unpacked total", "report.docx", docx, Limits{MaxUnpacked: 200}, []string{intake.UnreadableDocument}, TypeDOCX},
		{"deep xml", "report.docx", buildZip(t, deep), Limits{}, []string{intake.UnreadableDocument}, TypeDOCX},
		{"docx without text", "report.docx", buildDOCX(t, "<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"), Limits{}, []string{intake.NoText}, TypeDOCX},
		{"docx macros", "report.docm", buildZip(t, macro), Limits{}, []string{intake.ActiveContent}, TypeDOCX},
		{"html without text", "page.html", []byte("<html><head><script>var a = 1;</script></head><body> </body></html>"), Limits{}, []string{intake.NoText}, TypeHTML},
		{"pdf damaged", "report.pdf", []byte("%PDF-1.7\n1 0 obj << /Type /Catalog"), Limits{}, []string{intake.UnreadableDocument}, TypePDF},
		{"docx ok", "report.docx", docx, Limits{}, nil, TypeDOCX},
		{"html as txt", "page.txt", []byte("<html><body><p>Yearly report</p></body></html>"), Limits{}, nil, TypeHTML},
		{"markdown as txt", "notes.txt", []byte("# Title\n\n* a\n* b\n"), Limits{}, nil, TypeMarkdown},
		{"text named md", "notes.md", []byte("Plain words"), Limits{}, nil, TypeMarkdown},
		{"docx unnamed", "", docx, Limits{}, nil, TypeDOCX},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, fs := Extract(context.Background(), tt.file, tt.data, tt.lim)
			if diff := cmp.Diff(tt.want, codes(fs)); diff != "" {
				t.Errorf("Extract(%q) codes (-want +got):\n%s", tt.file, diff)
			}
			if doc.MediaType != tt.mediaType {
				t.Errorf("Extract(%q).MediaType = %q, want %q", tt.file, doc.MediaType, tt.mediaType)
			}
			for _, f := range fs {
				if f.Message == "" || strings.Contains(f.Message, "%!") {
					t.Errorf("Extract(%q) finding %s has message %q", tt.file, f.Code, f.Message)
				}
				if sev, _ := intake.SeverityOf(f.Code); sev == intake.SeverityError && doc.Text != "" {
					t.Errorf("Extract(%q) = text %q with error %s, want no text", tt.file, doc.Text, f.Code)
				}
			}
		})
	}
}

// TestFindingMessages checks that messages name what was expected and what
// was received.
func TestFindingMessages(t *testing.T) {
	tests := []struct {
		file string
		data []byte
		lim  Limits
		want []string
	}{
		{"scan.pdf", pngHeader, Limits{}, []string{"says it is a PDF", "is a PNG image", "Word document (.docx)"}},
		{"report.doc", ole2("WordDocument"), Limits{}, []string{"older Microsoft Office file", "cannot be accepted"}},
		{"big.pdf", make([]byte, 3<<20), Limits{MaxBytes: 2 << 20}, []string{"3.0 MB", "limit of 2.0 MB"}},
		{"scan.pdf", buildPDF("0 0 m 100 100 l S", ""), Limits{}, []string{"scan", "OCR"}},
		{"page.html", []byte("<html><body><img src=x></body></html>"), Limits{}, []string{"no text in it"}},
	}
	for _, tt := range tests {
		_, fs := Extract(context.Background(), tt.file, tt.data, tt.lim)
		if len(fs) != 1 {
			t.Errorf("Extract(%q) findings = %v, want one", tt.file, fs)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(fs[0].Message, w) {
				t.Errorf("Extract(%q) message = %q, want it to contain %q", tt.file, fs[0].Message, w)
			}
		}
	}
}

// TestFindingMessagesHoldNoText checks that findings never quote the document.
func TestFindingMessagesHoldNoText(t *testing.T) {
	secret := "Child Q lives at 12 Secret Road"
	inputs := map[string][]byte{
		"a.pdf":  []byte("<html><body>" + secret + "</body></html>"),
		"a.docx": buildDOCX(t, "<w:p><w:r><w:t>"+secret),
		"b.docx": buildZip(t, map[string]string{"[Content_Types].xml": secret, "word/document.xml": secret}),
	}
	for name, data := range inputs {
		_, fs := Extract(context.Background(), name, data, Limits{})
		if len(fs) == 0 {
			t.Errorf("Extract(%q) gave no findings, want one", name)
		}
		for _, f := range fs {
			if strings.Contains(f.Message, "Secret") || strings.Contains(f.Message, "Child Q") {
				t.Errorf("Extract(%q) finding message %q quotes the document", name, f.Message)
			}
		}
	}
}

func TestExtractDOCX(t *testing.T) {
	body := para("Rapid review", " for Child A") +
		`<w:p><w:r><w:t>Date of incident:</w:t><w:tab/><w:t>3 March 2025</w:t><w:br/><w:t>Second line</w:t></w:r></w:p>` +
		`<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr>` +
		`<w:tr><w:tc><w:tcPr/><w:p><w:r><w:t>Agency</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Involvement</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>Police</w:t></w:r></w:p><w:p><w:r><w:t>(West Midlands)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Yes</w:t></w:r></w:p></w:tc></w:tr>` +
		`</w:tbl>` +
		`<w:p><w:hyperlink r:id="rId7"><w:r><w:t>Our arrangements</w:t></w:r></w:hyperlink>` +
		`<w:r><w:delText>removed words</w:delText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.org/field" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		`<w:r><w:t xml:space="preserve"> field link</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		`<w:p><w:r><w:t>See https://example.org/text.</w:t></w:r></w:p>`
	parts := docxParts(body,
		[4]string{"rId7", relLink, "https://example.org/arrangements", "External"},
		[4]string{"rId8", relLink, "mailto:someone@example.org", "External"},
		[4]string{"rId9", relHead, "header1.xml", ""},
		[4]string{"rId10", relHead, "header2.xml", ""},
	)
	header := `<w:hdr ` + nsW + `>` + para("Coventry Safeguarding Children Partnership") + `</w:hdr>`
	parts["word/header1.xml"] = header
	parts["word/header2.xml"] = `<w:hdr ` + nsW + `><w:p><w:hyperlink r:id="rId7"><w:r><w:t>Coventry Safeguarding Children Partnership</w:t></w:r></w:hyperlink></w:p></w:hdr>`
	parts["word/_rels/header2.xml.rels"] = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId7" Type="` + relLink + `" Target="https://example.org/header" TargetMode="External"/></Relationships>`
	parts["docProps/app.xml"] = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>3</Pages></Properties>`

	doc, fs := Extract(context.Background(), "review.docx", buildZip(t, parts), Limits{})
	if len(fs) != 0 {
		t.Fatalf("Extract(review.docx) findings = %v, want none", fs)
	}
	want := Document{
		MediaType: TypeDOCX,
		Text: "Rapid review for Child A\n" +
			"Date of incident:\t3 March 2025\nSecond line\n" +
			"Agency | Involvement\n" +
			"Police (West Midlands) | Yes\n\n" +
			"Our arrangements field link\n" +
			"Box text\n" +
			"See https://example.org/text.\n\n" +
			"Coventry Safeguarding Children Partnership",
		Pages:    3,
		Title:    "Rapid review: Child A",
		Created:  time.Date(2025, 3, 4, 9, 30, 0, 0, time.UTC),
		Modified: time.Date(2025, 3, 5, 16, 0, 0, 0, time.UTC),
		Links:    []string{"https://example.org/arrangements", "https://example.org/field", "https://example.org/header", "https://example.org/text"},
	}
	if diff := cmp.Diff(want, doc, ignoreBlocks); diff != "" {
		t.Errorf("Extract(review.docx) (-want +got):\n%s", diff)
	}
}

func TestExtractHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Yearly  report
	2024 &ndash; 25</title><style>p { color: red }</style><script>document.write("hidden")</script>
	<meta charset="utf-8"></head><body>
	<nav><a href="/home">Home</a></nav>
	<h1>Safeguarding   arrangements</h1>
	<p>Published by the <b>Coventry</b> partnership &amp; partners.<br>Second line</p>
	<table><tr><th>Partner</th><th>Lead</th></tr><tr><td>Police</td><td>Chief&nbsp;Constable</td></tr></table>
	<ul><li>One</li><li><a href="https://example.org/plan?a=1&amp;b=2">Plan</a></li></ul>
	<pre>  kept
   spacing</pre>
	<noscript>Enable scripts</noscript><a href="javascript:alert(1)">x</a><a href="mailto:a@example.org">mail</a>
	<p>Also at https://example.org/plan?a=1&amp;b=2 and http://example.org/other.</p>
	</body></html>`
	doc, fs := Extract(context.Background(), "page.html", []byte(page), Limits{})
	if len(fs) != 0 {
		t.Fatalf("Extract(page.html) findings = %v, want none", fs)
	}
	want := Document{
		MediaType: TypeHTML,
		Title:     "Yearly report 2024 – 25",
		Text: "Home\n" +
			"Safeguarding arrangements\n\n" +
			"Published by the Coventry partnership & partners.\nSecond line\n\n" +
			"Partner | Lead\nPolice | Chief Constable\n\n" +
			"One\nPlan\n" +
			"  kept\n   spacing\n\n" +
			"xmail\n" +
			"Also at https://example.org/plan?a=1&b=2 and http://example.org/other.",
		Links: []string{"https://example.org/plan?a=1&b=2", "http://example.org/other"},
	}
	if diff := cmp.Diff(want, doc, ignoreBlocks); diff != "" {
		t.Errorf("Extract(page.html) (-want +got):\n%s", diff)
	}
}

func TestExtractLinks(t *testing.T) {
	tests := []struct {
		name, file string
		data       string
		want       Document
	}{
		{"internet shortcut", "Arrangements.url",
			"[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\nURL=https://example.org/arrangements\r\nHotKey=0\r\n",
			Document{MediaType: TypeURIList, Text: "https://example.org/arrangements", Links: []string{"https://example.org/arrangements"}, LinkOnly: true}},
		{"shortcut without url", "a.url", "[InternetShortcut]\r\nIDList=\r\n",
			Document{MediaType: TypeURIList, LinkOnly: true}},
		{"bare url", "link.txt", "https://example.org/a\n",
			Document{MediaType: TypeURIList, Text: "https://example.org/a", Links: []string{"https://example.org/a"}, LinkOnly: true}},
		{"label and url", "link.md", "Coventry arrangements\n\n<https://example.org/a>\n",
			Document{MediaType: TypeURIList, Text: "Coventry arrangements\n\n<https://example.org/a>", Links: []string{"https://example.org/a"}, LinkOnly: true}},
		{"markdown link", "link.md", "[Our arrangements](https://example.org/a)",
			Document{MediaType: TypeURIList, Text: "[Our arrangements](https://example.org/a)", Links: []string{"https://example.org/a"}, LinkOnly: true}},
		{"www without scheme", "link.txt", "www.example.org/arrangements",
			Document{MediaType: TypeURIList, Text: "www.example.org/arrangements", LinkOnly: true}},
		{"same url twice", "link.txt", "https://example.org/a\nhttps://example.org/a\n",
			Document{MediaType: TypeURIList, Text: "https://example.org/a\nhttps://example.org/a", Links: []string{"https://example.org/a"}, LinkOnly: true}},
		{"prose with url", "notes.txt", "The partnership met on 3 March.\nThe board agreed the plan.\nActions follow below.\nSee https://example.org/a for the plan.",
			Document{MediaType: TypeText, Text: "The partnership met on 3 March.\nThe board agreed the plan.\nActions follow below.\nSee https://example.org/a for the plan.", Links: []string{"https://example.org/a"}}},
		{"url in parentheses", "notes.txt", "Plan (https://example.org/a_(b)) and (see https://example.org/c), then more words to make this prose rather than a link on its own line.\nAnother line.\nAnd another.",
			Document{MediaType: TypeText, Text: "Plan (https://example.org/a_(b)) and (see https://example.org/c), then more words to make this prose rather than a link on its own line.\nAnother line.\nAnd another.", Links: []string{"https://example.org/a_(b)", "https://example.org/c"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, fs := Extract(context.Background(), tt.file, []byte(tt.data), Limits{})
			if len(fs) != 0 {
				t.Errorf("Extract(%q) findings = %v, want none", tt.data, fs)
			}
			if diff := cmp.Diff(tt.want, doc, ignoreBlocks); diff != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tt.data, diff)
			}
		})
	}
}

func TestExtractText(t *testing.T) {
	tests := []struct {
		name, file string
		data       []byte
		want       Document
	}{
		{"windows-1252", "letter.txt", []byte("Caf\xe9 \x96 \x93Child A\x94\r\nNext line\r\n\r\n\r\n\r\nLast\x00"),
			Document{MediaType: TypeBinary}},
		{"windows-1252 clean", "letter.txt", []byte("Caf\xe9 \x96 \x93Child A\x94\r\nNext line  \r\n\r\n\r\n\r\nLast"),
			Document{MediaType: TypeText, Text: "Café – “Child A”\nNext line\n\nLast"}},
		{"utf-8 with bom", "notes.txt", []byte("\xEF\xBB\xBFLine one\rLine two\n"),
			Document{MediaType: TypeText, Text: "Line one\nLine two"}},
		{"utf-16", "notes.txt", []byte("\xFF\xFEh\x00i\x00\r\x00\n\x00"),
			Document{MediaType: TypeText, Text: "hi"}},
		{"html in windows-1252", "page.htm", []byte("<p>Caf\xe9 \x96 menu</p>"),
			Document{MediaType: TypeHTML, Text: "Café – menu"}},
		{"markdown title", "report.md", []byte("\n# Yearly report 2024\n\nText with **bold**.\n"),
			Document{MediaType: TypeMarkdown, Title: "Yearly report 2024", Text: "Yearly report 2024\n\nText with bold."}},
		{"markdown as plain text", "report.md", []byte("## Facts\n\n- **Published:** 29 September 2025\n* *Period*: 2024/25\n---\nSee [our page](https://example.org/r) or [https://example.org](https://example.org).\n2 * 3 = 6\n"),
			Document{MediaType: TypeMarkdown, Text: "Facts\n\nPublished: 29 September 2025\nPeriod: 2024/25\n\nSee our page (https://example.org/r) or https://example.org.\n2 * 3 = 6", Links: []string{"https://example.org/r", "https://example.org"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := Extract(context.Background(), tt.file, tt.data, Limits{})
			if diff := cmp.Diff(tt.want, doc, ignoreBlocks); diff != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tt.data, diff)
			}
		})
	}
}

func TestExtractPDF(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		want     []string
		wantText string
	}{
		{"text", buildPDF("BT /F1 12 Tf 72 720 Td (Rapid review) Tj ET", ""), nil, "Rapid review"},
		{"no text", buildPDF("0 0 m 100 100 l S", ""), []string{intake.NoText}, ""},
		{"javascript", buildPDF("BT /F1 12 Tf 72 720 Td (Rapid review) Tj ET", "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"), []string{intake.ActiveContent}, "Rapid review"},
		{"junk before header", append([]byte("\xEF\xBB\xBFjunk\n"), buildPDF("BT /F1 12 Tf 72 720 Td (Rapid review) Tj ET", "")...), nil, "Rapid review"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, fs := Extract(context.Background(), "r.pdf", tt.data, Limits{})
			if diff := cmp.Diff(tt.want, codes(fs)); diff != "" {
				t.Errorf("Extract(r.pdf) codes (-want +got):\n%s", diff)
			}
			if !strings.Contains(doc.Text, tt.wantText) || (tt.wantText == "" && doc.Text != "") {
				t.Errorf("Extract(r.pdf).Text = %q, want %q", doc.Text, tt.wantText)
			}
			if doc.Pages != 1 {
				t.Errorf("Extract(r.pdf).Pages = %d, want 1", doc.Pages)
			}
		})
	}
}

// TestExtractTimeout checks the deadline holds for a large Word document.
func TestExtractTimeout(t *testing.T) {
	body := strings.Repeat(para("Words in a long document"), 20000)
	data := buildDOCX(t, body)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, fs := Extract(ctx, "long.docx", data, Limits{})
	if diff := cmp.Diff([]string{intake.UnreadableDocument}, codes(fs)); diff != "" {
		t.Errorf("Extract(cancelled) codes (-want +got):\n%s", diff)
	}
}

func TestZipEntryCount(t *testing.T) {
	parts := docxParts(para("x"))
	for i := 0; i <= maxEntries; i++ {
		parts[fmt.Sprintf("word/media/image%d.png", i)] = ""
	}
	_, fs := Extract(context.Background(), "many.docx", buildZip(t, parts), Limits{})
	if diff := cmp.Diff([]string{intake.UnreadableDocument}, codes(fs)); diff != "" {
		t.Errorf("Extract(%d parts) codes (-want +got):\n%s", len(parts), diff)
	}
}

// TestExtractHTMLCanonical checks that a page's canonical link ends its
// text, introduced as its address, only when it is a usable http(s) link
// the text does not already hold.
func TestExtractHTMLCanonical(t *testing.T) {
	const body = "<body><h1>Our arrangements</h1><p>Published 1 May 2024.</p></body></html>"
	const text = "Our arrangements\n\nPublished 1 May 2024."
	tests := []struct {
		name      string
		page      string
		wantText  string
		wantLinks []string
	}{
		{"canonical",
			`<html><head><link rel="canonical" href="https://www.example.org.uk/about-us/arrangements"></head>` + body,
			text + "\n\nWeb address: https://www.example.org.uk/about-us/arrangements",
			[]string{"https://www.example.org.uk/about-us/arrangements"}},
		{"rel list in capitals, self-closing",
			`<html><head><LINK REL="alternate Canonical" HREF=" https://www.example.org.uk/a "/></head>` + body,
			text + "\n\nWeb address: https://www.example.org.uk/a",
			[]string{"https://www.example.org.uk/a"}},
		{"first canonical only",
			`<html><head><link rel="canonical" href="https://a.example.org.uk/"><link rel="canonical" href="https://b.example.org.uk/"></head>` + body,
			text + "\n\nWeb address: https://a.example.org.uk/",
			[]string{"https://a.example.org.uk/"}},
		{"already in the text",
			`<html><head><link rel="canonical" href="https://www.example.org.uk/a"></head><body><p>See https://www.example.org.uk/a</p></body></html>`,
			"See https://www.example.org.uk/a",
			[]string{"https://www.example.org.uk/a"}},
		{"relative", `<html><head><link rel="canonical" href="/about-us/arrangements"></head>` + body, text, nil},
		{"not http", `<html><head><link rel="canonical" href="javascript:alert(1)"></head>` + body, text, nil},
		{"space inside", `<html><head><link rel="canonical" href="https://www.example.org.uk/a b"></head>` + body, text, nil},
		{"other link types", `<html><head><link rel="stylesheet" href="https://www.example.org.uk/s.css"><link rel="alternate" href="https://www.example.org.uk/cy"></head>` + body, text, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, fs := Extract(context.Background(), "page.html", []byte(tt.page), Limits{})
			if len(fs) != 0 {
				t.Fatalf("Extract(%q) findings = %v, want none", tt.page, fs)
			}
			if doc.Text != tt.wantText {
				t.Errorf("Extract(%q).Text = %q, want %q", tt.page, doc.Text, tt.wantText)
			}
			if diff := cmp.Diff(tt.wantLinks, doc.Links); diff != "" {
				t.Errorf("Extract(%q).Links (-want +got):\n%s", tt.page, diff)
			}
		})
	}
}

func TestExtractHTMLCanonicalWithoutText(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://www.example.org.uk/a"></head><body> </body></html>`
	doc, fs := Extract(context.Background(), "page.html", []byte(page), Limits{})
	if got := codes(fs); !slices.Equal(got, []string{intake.NoText}) {
		t.Errorf("Extract(%q) findings = %v, want [%s]; text %q", page, got, intake.NoText, doc.Text)
	}
}

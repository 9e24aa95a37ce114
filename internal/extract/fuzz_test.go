package extract

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func FuzzExtract(f *testing.F) {
	f.Add("review.docx", buildDOCX(f, para("Rapid review")+
		`<w:tbl><w:tr><w:tc><w:p><w:hyperlink r:id="rId7"><w:r><w:t>a</w:t></w:r></w:hyperlink></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>`,
		[4]string{"rId7", relLink, "https://example.org/a", "External"}))
	f.Add("report.pdf", buildPDF("BT /F1 12 Tf 72 720 Td (Yearly report) Tj ET", ""))
	f.Add("page.html", []byte(`<!doctype html><title>T</title><script>x</script><p>Text <a href="https://example.org/">link</a></p><table><tr><td>a<td>b</table>`))
	f.Add("notes.md", []byte("# Report\n\n- [plan](https://example.org/p)\n- item\n"))
	f.Add("notes.txt", []byte("Caf\xe9 \x93quoted\x94\r\n"))
	f.Add("link.url", []byte("[InternetShortcut]\r\nURL=https://example.org/a\r\n"))
	f.Add("link.txt", []byte("Our arrangements\nhttps://example.org/a\n"))
	f.Add("mail.eml", []byte(email))
	f.Add("scan.pdf", pngHeader)
	f.Add("report.docx", ole2("EncryptionInfo", "EncryptedPackage"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		doc, fs := Extract(context.Background(), name, data, Limits{Timeout: 2 * time.Second, MaxUnpacked: 8 << 20})
		switch doc.MediaType {
		case TypePDF, TypeDOCX, TypeText, TypeMarkdown, TypeHTML, TypeURIList, TypeEmail, TypeBinary:
		default:
			t.Errorf("Extract(%q).MediaType = %q, want one of the Type constants", name, doc.MediaType)
		}
		if !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) {
			t.Errorf("Extract(%q) gave text or title that is not UTF-8", name)
		}
		if strings.Contains(doc.Text, "\r") {
			t.Errorf("Extract(%q).Text holds a carriage return", name)
		}
		for _, l := range doc.Links {
			u, err := url.Parse(l)
			if err != nil || u.Host == "" || !strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https") {
				t.Errorf("Extract(%q).Links holds %q, want http(s) links only", name, l)
			}
		}
		errs := 0
		for _, f := range fs {
			sev, ok := intake.SeverityOf(f.Code)
			if !ok || sev != f.Severity || f.Message == "" {
				t.Errorf("Extract(%q) finding %+v is not a well-formed DESIGN 4.4 finding", name, f)
			}
			if sev == intake.SeverityError {
				errs++
			}
		}
		if errs > 0 && (doc.Text != "" || len(doc.Links) > 0) {
			t.Errorf("Extract(%q) gave text with an error finding", name)
		}
		if errs > 1 {
			t.Errorf("Extract(%q) codes = %v, want at most one error", name, codes(fs))
		}
	})
}

// benchDOCX is a report of the size and shape partnerships send: headed
// paragraphs, a table of agencies and links. It returns the package and the
// size of its document part, which is what the reader's speed depends on.
func benchDOCX(tb testing.TB) ([]byte, int) {
	var b strings.Builder
	for i := 0; i < 400; i++ {
		b.WriteString(para(fmt.Sprintf("Section %d. ", i), "The partnership reviewed the multi-agency response, ",
			"the learning identified and the actions agreed with partners across the area."))
		if i%40 == 0 {
			b.WriteString("<w:tbl>")
			for r := 0; r < 10; r++ {
				fmt.Fprintf(&b, `<w:tr><w:tc><w:p><w:r><w:t>Agency %d</w:t></w:r></w:p></w:tc><w:tc><w:p><w:hyperlink r:id="rId7"><w:r><w:t>Involved</w:t></w:r></w:hyperlink></w:p></w:tc></w:tr>`, r)
			}
			b.WriteString("</w:tbl>")
		}
	}
	parts := docxParts(b.String(), [4]string{"rId7", relLink, "https://example.org/agency", "External"})
	return buildZip(tb, parts), len(parts["word/document.xml"])
}

func benchHTML() []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Yearly report</title><style>body{margin:0}</style><script>var x=1;</script></head><body><nav><a href=\"/\">Home</a></nav>")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&b, "<h2>Section %d</h2><p>The partnership reviewed the <b>multi-agency</b> response &amp; the learning, see <a href=\"https://example.org/s%d\">the plan</a>.</p>", i, i%50)
		if i%40 == 0 {
			b.WriteString("<table><tr><th>Agency</th><th>Role</th></tr><tr><td>Police</td><td>Partner</td></tr></table>")
		}
	}
	b.WriteString("</body></html>")
	return []byte(b.String())
}

func BenchmarkExtractDOCX(b *testing.B) {
	data, xmlSize := benchDOCX(b)
	b.SetBytes(int64(xmlSize))
	b.ReportAllocs()
	for b.Loop() {
		if _, fs := Extract(context.Background(), "report.docx", data, Limits{}); len(fs) != 0 {
			b.Fatalf("Extract(report.docx) findings = %v", fs)
		}
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	data := benchHTML()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, fs := Extract(context.Background(), "report.html", data, Limits{}); len(fs) != 0 {
			b.Fatalf("Extract(report.html) findings = %v", fs)
		}
	}
}

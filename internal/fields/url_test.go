package fields

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestURLNotFromRunningFooter checks that the site's bare address in a
// running footer or header is not read as where the document is published
// when the body gives the address, even when a publication date stands just
// before the footer; and that it is still read when the body gives none.
func TestURLNotFromRunningFooter(t *testing.T) {
	for _, tt := range []struct {
		running, body, want string
	}{
		{"www.hartleyscp.org.uk | Page %d", "You can read this report online at https://www.hartleyscp.org.uk/annual-report-2024-25.",
			"https://www.hartleyscp.org.uk/annual-report-2024-25"},
		{"Hartley SCP - https://hartleyscp.org.uk - page %d", "The report lives on https://hartleyscp.org.uk/reports/2024-25 with the easy-read version.",
			"https://hartleyscp.org.uk/reports/2024-25"},
		{"%d | www.hartleyscp.org.uk/", "Copies: https://www.hartleyscp.org.uk/docs/yearly-report.pdf",
			"https://www.hartleyscp.org.uk/docs/yearly-report.pdf"},
		// Nothing in the body: the footer's address is all there is.
		{"https://www.hartleyscp.org.uk | Page %d", "The partners thank everyone who contributed.", "https://www.hartleyscp.org.uk"},
		// The same address written in the body as the report's own.
		{"https://www.hartleyscp.org.uk | Page %d", "This report is published at https://www.hartleyscp.org.uk.", "https://www.hartleyscp.org.uk"},
	} {
		var b document.Builder
		var text strings.Builder
		page := func(n int, content ...string) {
			b.SetPage(n)
			b.SetFurniture(document.Content)
			for _, c := range content {
				b.Add(document.Paragraph, 0, c)
				text.WriteString(c + "\n")
			}
			f := strings.Replace(tt.running, "%d", string(rune('0'+n)), 1)
			b.SetFurniture(document.Running)
			b.Add(document.Paragraph, 0, f)
			text.WriteString(f + "\n\n")
		}
		page(1, "Hartley Safeguarding Children Partnership", "Yearly report 2024 to 2025", "Published 30 September 2025")
		page(2, "What we did", "We ran 40 courses and opened a family hub.")
		page(3, tt.body)
		f, _ := ReadDocument(intake.YearlyReport, text.String(), b.Blocks())
		if f[URL] != tt.want {
			t.Errorf("running %q, body %q: url = %q, want %q", tt.running, tt.body, f[URL], tt.want)
		}
	}
}

package pdftext

import (
	"context"
	"strings"
	"testing"
)

// TestLines checks that every line of the text is described with the size
// and weight it is set in, and the space above it.
func TestLines(t *testing.T) {
	bold := strings.Replace(widths500, "/Helvetica", "/Arial-BoldMT", 1)
	data := buildPDF(t, "",
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 4 0 R /F2 5 0 R>>>> /Contents 6 0 R>>",
		widths500,
		bold,
		stream("BT /F2 18 Tf 72 720 Td (Our work this year) Tj "+
			"/F1 10 Tf 0 -30 Td (The partners met monthly.) Tj "+
			"0 -12 Td (They agreed a plan.) Tj ET"),
	)
	res, err := Extract(context.Background(), data, Options{})
	if err != nil {
		t.Fatalf("Extract() error = %v", err)
	}
	if got := strings.Count(res.Text, "\n"); got != len(res.Lines) {
		t.Fatalf("Extract() = %d lines of text, %d described: %+v", got, len(res.Lines), res.Lines)
	}
	want := []Line{{Page: 1, Size: 18, Bold: true}, {Page: 1, Size: 10, Gap: 3}, {Page: 1, Size: 10, Gap: 1.2}}
	for i, w := range want {
		g := res.Lines[i]
		if g.Page != w.Page || g.Bold != w.Bold || !near(g.Size, w.Size) || !near(g.Gap, w.Gap) {
			t.Errorf("Lines[%d] = %+v, want %+v", i, g, w)
		}
	}
}

func near(a, b float64) bool { return a-b < 0.01 && b-a < 0.01 }

package pdftext

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
	"github.com/safeguarding-intake/intake/internal/testkit/pdfbench"
)

// Benchmarks per stage, on generated input so they run anywhere; the
// corpus benchmark adds real files when ../shared is present. The corpus
// comparison with pdftotext is cmd/pdfbench.

// pageContent is a page of justified text kerned with TJ, as LaTeX writes.
func pageContent(lines int) string {
	var b strings.Builder
	b.WriteString("BT /F1 10 Tf 12 TL 72 720 Td\n")
	for i := 0; i < lines; i++ {
		b.WriteString("[(The)-333(partnership)-333(did)-334(not)-333(meet)-333(the)-333(criteria)-333(for)-333(a)-333(lo)20(cal)-333(re)15(view.)] TJ T*\n")
	}
	b.WriteString("ET")
	return b.String()
}

// bookPDF returns a document of n pages sharing one font.
func bookPDF(tb testing.TB, n int) []byte {
	tb.Helper()
	objs := []string{"<</Type /Catalog /Pages 2 0 R>>", "", widths500}
	var kids strings.Builder
	content := stream(pageContent(50))
	for i := 0; i < n; i++ {
		page := len(objs) + 1
		fmt.Fprintf(&kids, "%d 0 R ", page)
		objs = append(objs, fmt.Sprintf("<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 3 0 R>>>> /Contents %d 0 R>>", page+1), content)
	}
	objs[1] = fmt.Sprintf("<</Type /Pages /Kids [%s] /Count %d>>", kids.String(), n)
	return buildPDF(tb, "", objs...)
}

func BenchmarkExtractDocument(b *testing.B) {
	data := bookPDF(b, 100)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Extract(context.Background(), data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(100*b.N)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkExtractLex(b *testing.B) {
	data := []byte(pageContent(500))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		l := &lexer{b: data}
		for l.next().kind != tokEOF {
			l.buf = l.buf[:0]
		}
	}
}

func BenchmarkExtractInterpret(b *testing.B) {
	data := []byte(pageContent(500))
	d := &doc{ctx: context.Background(), deadline: time.Now().Add(time.Hour), fonts: map[string]*font{}, refSets: map[string]map[string]string{}, maxPages: 1}
	d.fonts["x"] = fallbackFont()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d.w = textWriter{}
		in := &interp{d: d, w: &d.w, gs: gstate{ctm: identity, hscale: 1}}
		in.run(data, pdf.Value{}, 0)
	}
}

func BenchmarkExtractCMap(b *testing.B) {
	var src strings.Builder
	src.WriteString("1 begincodespacerange <0000> <FFFF> endcodespacerange\n100 beginbfchar\n")
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&src, "<%04X> <%04X>\n", i, 0x4E00+i)
	}
	src.WriteString("endbfchar\n10 beginbfrange <3000> <30FF> <0041> endbfrange")
	data := []byte(src.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		parseCMap(data)
	}
}

func BenchmarkExtractReconstruct(b *testing.B) {
	data := bookPDF(b, 100)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if reconstruct(data) == nil {
			b.Fatal("reconstruct failed")
		}
	}
}

func BenchmarkExtractRebuild(b *testing.B) {
	data := bookPDF(b, 20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := rebuild(context.Background(), data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractCorpus extracts every file of the shared corpus once per
// iteration and reports pages per second.
func BenchmarkExtractCorpus(b *testing.B) {
	corpus, ok := pdfbench.Corpus()
	if !ok {
		b.Skip("shared corpus not found")
	}
	files, _ := filepath.Glob(filepath.Join(corpus, "pdf", "*.pdf"))
	var docs [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	pages := 0
	for b.Loop() {
		for _, data := range docs {
			res, _ := Extract(context.Background(), data, Options{})
			pages += res.Pages
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkExtractUnpack(b *testing.B) {
	members := []string{"<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [3 0 R] /Count 1>>", "<</Type /Page /Parent 2 0 R /Contents 4 0 R>>"}
	for i := 0; i < 500; i++ {
		members = append(members, fmt.Sprintf("<</Type /Annot /Subtype /Link /Rect [0 0 %d 10] /A <</S /URI /URI (https://example.org/%d)>>>>", i, i))
	}
	data := buildObjStmPDF(b, members, []string{stream("")}, true)
	src := &source{ctx: context.Background(), deadline: time.Now().Add(time.Hour), data: data}
	r, err := pdf.NewReader(src, int64(len(data)))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if u, _ := unpack(data, r); u == nil {
			b.Fatal("unpack failed")
		}
	}
}

// BenchmarkExtractLoops reads each hostile file of TestExtractStructureLoops
// beside a sound file of the same size: a loop must cost about what the
// sound file does (before the detector, the cross-reference loops ran to
// the whole time budget).
func BenchmarkExtractLoops(b *testing.B) {
	files := []struct {
		name string
		data []byte
	}{{"sound", onePage(b, loopContent)}}
	for _, f := range loopFiles {
		files = append(files, struct {
			name string
			data []byte
		}{f.name, f.build(b)})
	}
	for _, f := range files {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(f.data)))
			for b.Loop() {
				Extract(context.Background(), f.data, Options{})
			}
		})
	}
}

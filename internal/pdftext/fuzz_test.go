package pdftext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/testkit/pdfbench"
)

// FuzzExtract feeds arbitrary bytes to Extract: it must return, without
// panicking, one of its three errors or a result with pages and valid text.
// Seeds are generated documents and the small files of the shared corpus;
// crashers found are kept in testdata/fuzz/FuzzExtract.
func FuzzExtract(f *testing.F) {
	f.Add(onePage(f, "BT /F1 12 Tf 72 700 Td [(does)-333(not)-333(meet)] TJ ET"))
	f.Add(onePage(f, "q 1 0 0 1 0 0 cm BT /F1 12 Tf 14 TL (a) ' (b) Tj T* <4142> Tj ET Q BI /W 1 ID x EI"))
	f.Add(buildPDF(f, "/Info 4 0 R",
		"<</Type /Catalog /Pages 2 0 R /OpenAction <</S /JavaScript /JS (x)>>>>",
		"<</Type /Pages /Kids [3 0 R 2 0 R] /Count 9>>",
		"<</Type /Page /Parent 2 0 R>>",
		"<</Title <FEFF0041> /CreationDate (D:20240315120000Z)>>"))
	f.Add([]byte("%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	for _, l := range loopFiles {
		f.Add(l.build(f))
	}
	if corpus, ok := pdfbench.Corpus(); ok {
		for _, dir := range []string{"pdf", "bad"} {
			files, _ := filepath.Glob(filepath.Join(corpus, dir, "*.pdf"))
			for _, file := range files {
				if fi, err := os.Stat(file); err == nil && fi.Size() <= 16<<10 {
					data, err := os.ReadFile(file)
					if err == nil {
						f.Add(data)
					}
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Extract(context.Background(), data, Options{Timeout: 2 * time.Second})
		if err != nil {
			if !errors.Is(err, ErrUnreadable) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrBudget) {
				t.Fatalf("Extract() error = %v, not one of the package's errors", err)
			}
			return
		}
		if res.Pages < 1 {
			t.Errorf("Extract() = %d pages with no error", res.Pages)
		}
		if !utf8.ValidString(res.Text) {
			t.Errorf("Extract() text is not valid UTF-8")
		}
	})
}

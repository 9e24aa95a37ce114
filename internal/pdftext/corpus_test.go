package pdftext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/testkit/pdfbench"
)

// TestCorpus extracts every file of the shared corpus (real-world PDFs and
// broken uploads): none may panic or run over its budget, every file that
// pdftotext reads must be read, and the files that need a password must
// say so.
func TestCorpus(t *testing.T) {
	corpus, ok := pdfbench.Corpus()
	if !ok {
		if os.Getenv("CI") == "true" {
			t.Fatal("the shared corpus must be beside the checkout under CI (../shared/corpus)")
		}
		t.Skip("shared corpus not found at ../shared/corpus from the module root")
	}
	srcs, err := pdfbench.ReadSources(filepath.Join(corpus, "pdf", "SOURCES.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	listed := make(map[string]bool)
	for _, s := range srcs {
		listed[s.Path(corpus)] = true
	}
	for _, dir := range []string{"pdf", "bad"} {
		files, _ := filepath.Glob(filepath.Join(corpus, dir, "*.pdf"))
		for _, f := range files {
			if !listed[f] {
				t.Errorf("%s is not listed in SOURCES.tsv", f)
			}
		}
	}
	for _, s := range srcs {
		t.Run(s.File, func(t *testing.T) {
			data, err := os.ReadFile(s.Path(corpus))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			res, err := Extract(ctx, data, Options{Timeout: 15 * time.Second})
			switch {
			case errors.Is(err, ErrBudget):
				t.Fatalf("Extract(%s) over budget: %v", s.File, err)
			case s.PopplerOK && err != nil:
				t.Fatalf("Extract(%s) error = %v; pdftotext reads it", s.File, err)
			case !s.PopplerOK && !s.Derived() && !errors.Is(err, ErrEncrypted):
				t.Errorf("Extract(%s) error = %v, want ErrEncrypted", s.File, err)
			case s.PopplerOK && res.Pages == 0:
				t.Errorf("Extract(%s) = 0 pages", s.File)
			}
			if !utf8.ValidString(res.Text) {
				t.Errorf("Extract(%s) text is not valid UTF-8", s.File)
			}
			if s.RefWords >= 50 {
				if got := pdfbench.Count(pdfbench.Words(res.Text)); got < s.RefWords/2 {
					t.Errorf("Extract(%s) = %d words, pdftotext %d", s.File, got, s.RefWords)
				}
			}
			if strings.Contains(s.File, "zero-bytes") || strings.Contains(s.File, "png-renamed") {
				if !errors.Is(err, ErrUnreadable) {
					t.Errorf("Extract(%s) error = %v, want ErrUnreadable", s.File, err)
				}
			}
		})
	}
}

package classify

import (
	"bytes"
	"context"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestCorpusIsUnknown classifies the first pages of the shared corpus of
// real-world PDFs — books, papers, forms, none of them about safeguarding —
// and expects every one to be Unknown. It needs pdftotext and the corpus
// beside the repository.
func TestCorpusIsUnknown(t *testing.T) {
	dir := filepath.Join(testenv.Shared(t), "corpus", "pdf")
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is required under CI (poppler-utils)")
		}
		t.Skip("pdftotext not installed")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(files) == 0 {
		t.Fatalf("no corpus PDFs in %s", dir)
	}
	read := 0
	for _, f := range files {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		out, err := exec.CommandContext(ctx, pdftotext, "-q", "-l", "3", f, "-").Output()
		cancel()
		if err != nil || len(bytes.TrimSpace(out)) == 0 {
			continue // encrypted, broken or a scan
		}
		read++
		name := filepath.Base(f)
		if got := Kind(string(out), name); got != intake.Unknown {
			t.Errorf("Kind(%s) = %v, want unknown (scores %v)", name, got, Scores(string(out), name))
		}
	}
	if read < 50 {
		t.Errorf("read %d corpus files, want at least 50", read)
	}
}

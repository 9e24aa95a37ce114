package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
)

// TestCorpus runs every real-world and broken PDF of the shared corpus
// through Extract: each must come back, within its budget, with text or a
// finding. Files whose expected finding is known are checked for it.
func TestCorpus(t *testing.T) {
	files := testenv.Corpus(t)
	want := map[string]string{
		"zero-bytes.pdf":                                                      intake.EmptyFile,
		"png-renamed.pdf":                                                     intake.TypeMismatch,
		"pypdf__crazyones-encrypted-256.pdf":                                  intake.EncryptedDocument,
		"pypdf__encrypted-file.pdf":                                           intake.EncryptedDocument,
		"pypdf__encryption_r2-user-password.pdf":                              intake.EncryptedDocument,
		"pypdf__encryption_r3-user-password.pdf":                              intake.EncryptedDocument,
		"pypdf__encryption_r4-aes-user-password.pdf":                          intake.EncryptedDocument,
		"sf__005-libreoffice-writer-password_libreoffice-writer-password.pdf": intake.EncryptedDocument,
	}
	// A per-file budget keeps the whole run to well under a minute on two
	// cores even if some files use all of theirs.
	lim := Limits{Timeout: 5 * time.Second}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, fs := Extract(context.Background(), name, data, lim)
			if len(fs) == 0 && strings.TrimSpace(doc.Text) == "" {
				t.Errorf("Extract(%q) = no text and no finding, want one or the other", name)
			}
			if code, ok := want[name]; ok && !hasCode(fs, code) {
				t.Errorf("Extract(%q) codes = %v, want %s", name, codes(fs), code)
			}
			for _, f := range fs {
				if _, ok := intake.SeverityOf(f.Code); !ok {
					t.Errorf("Extract(%q) finding code %q is not a DESIGN 4.4 code", name, f.Code)
				}
			}
		})
	}
}

func hasCode(fs []intake.Finding, code string) bool {
	for _, f := range fs {
		if f.Code == code {
			return true
		}
	}
	return false
}

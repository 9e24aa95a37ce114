package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
)

// TestCorpusThroughPipeline takes every real-world and broken PDF of the
// shared corpus through the whole pipeline, as a submission: each must
// come out as a recorded outcome with a receipt and a decided status,
// whatever fields, findings or text the file yields. None of these files
// is a statutory document, so none may be forwarded.
func TestCorpusThroughPipeline(t *testing.T) {
	files := testenv.Corpus(t)
	f := newFixture(t)
	// A per-file budget keeps the run bounded on two cores.
	f.p.Limits = extract.Limits{Timeout: 5 * time.Second}
	for _, path := range files {
		name := filepath.Base(path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src := source(name, "")
		src.Data = data
		src.Key = "test:corpus/" + name
		out, err := f.p.Process(context.Background(), src)
		if err != nil {
			t.Errorf("Process(%s) = %v", name, err)
			continue
		}
		if out.ID == "" || out.Receipt == "" {
			t.Errorf("Process(%s): id %q receipt %q, want both", name, out.ID, out.Receipt)
		}
		if out.Status != intake.Rejected && out.Status != intake.Accepted && out.Status != intake.Duplicate {
			t.Errorf("Process(%s): status %q", name, out.Status)
		}
		for _, d := range out.Deliveries {
			if d.Recipient != intake.RecipientSubmitter && d.Status == intake.DeliverySent {
				t.Errorf("Process(%s): forwarded to %s (%v); a file that is no statutory document must not be", name, d.Recipient, codes(out.Findings))
			}
		}
	}
}

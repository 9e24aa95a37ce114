package boltledger

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/testkit/ledgertest"
	"github.com/safeguarding-intake/intake/internal/testkit/obligationstest"
)

func open(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestContract(t *testing.T) {
	ledgertest.Run(t, func(t *testing.T) pipeline.Ledger {
		return open(t, filepath.Join(t.TempDir(), "ledger.db"))
	})
}

func TestAccessContract(t *testing.T) {
	ledgertest.RunAccess(t, func(t *testing.T) ledgertest.AccessLedger {
		return open(t, filepath.Join(t.TempDir(), "ledger.db"))
	})
}

func TestObligationsContract(t *testing.T) {
	obligationstest.Run(t, func(t *testing.T) obligationstest.Ledger {
		return open(t, filepath.Join(t.TempDir(), "ledger.db"))
	})
}

func TestSecondOpenFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	open(t, path)
	s, err := Open(path)
	if err == nil {
		s.Close()
		t.Fatalf("second Open(%q) = nil error, want one saying the file is in use", path)
	}
	if !strings.Contains(err.Error(), "in use") {
		t.Errorf("second Open(%q) = %v, want an error saying the file is in use", path, err)
	}
}

func TestReopenKeepsRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "ledger.db")
	ctx := context.Background()
	s := open(t, path)
	rec := intake.Record{SourceKey: "cli:a.pdf:00", Outcome: intake.Outcome{ID: "RR-2025-AAAAAA", Status: intake.Accepted}}
	if _, _, err := s.Claim(ctx, rec); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, path)
	got, ok, err := s.Lookup(ctx, rec.SourceKey)
	if err != nil || !ok || got.ID != rec.ID {
		t.Errorf("Lookup after reopening = %v, %v, %v; want %s", got.ID, ok, err, rec.ID)
	}
}

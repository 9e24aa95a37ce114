package ledgertest

import (
	"context"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// AccessLedger is the audit trail's part of a ledger: staff views and
// downloads, only ever added to.
type AccessLedger interface {
	RecordAccess(ctx context.Context, a intake.Access) error
	Accesses(ctx context.Context, id string) ([]intake.Access, error)
}

// RunAccess runs the audit trail's suite; open returns a new, empty
// ledger for each subtest.
func RunAccess(t *testing.T, open func(t *testing.T) AccessLedger) {
	t.Run("KeepsEveryAccess", func(t *testing.T) { testKeepsEveryAccess(t, open(t)) })
	t.Run("AccessesOfOneSubmission", func(t *testing.T) { testAccessesOfOneSubmission(t, open(t)) })
}

func accesses(t *testing.T, l AccessLedger, id string) []intake.Access {
	t.Helper()
	got, err := l.Accesses(t.Context(), id)
	if err != nil {
		t.Fatalf("Accesses(%s): %v", id, err)
	}
	return got
}

func sameAccess(a, b intake.Access) bool {
	return a.Submission == b.Submission && a.By == b.By && a.What == b.What && a.At.Equal(b.At)
}

// testKeepsEveryAccess: every access is kept, in order, even two by the
// same person in the same instant.
func testKeepsEveryAccess(t *testing.T, l AccessLedger) {
	id := record(1).ID
	london, _ := time.LoadLocation("Europe/London")
	want := []intake.Access{
		{Submission: id, By: "alice@education.example", At: base, What: intake.AccessViewed},
		{Submission: id, By: "alice@education.example", At: base.Add(time.Second / 2), What: intake.AccessDownloaded},
		{Submission: id, By: "alice@education.example", At: base.Add(time.Second), What: intake.AccessDownloaded},
		{Submission: id, By: "alice@education.example", At: base.Add(time.Second), What: intake.AccessDownloaded},
		{Submission: id, By: "bob@education.example", At: base.Add(time.Minute).In(london), What: intake.AccessViewed},
	}
	for _, a := range want {
		if err := l.RecordAccess(t.Context(), a); err != nil {
			t.Fatalf("RecordAccess(%+v): %v", a, err)
		}
	}
	got := accesses(t, l, id)
	if len(got) != len(want) {
		t.Fatalf("Accesses = %d entries %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if !sameAccess(got[i], want[i]) {
			t.Errorf("access %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// testAccessesOfOneSubmission: a submission's trail holds its own
// accesses only, even beside a reference that begins with its own.
func testAccessesOfOneSubmission(t *testing.T, l AccessLedger) {
	a, b := "RR-2025-AAAAAA", "RR-2025-AAAAAA1"
	for _, x := range []intake.Access{
		{Submission: a, By: "alice@education.example", At: base, What: intake.AccessViewed},
		{Submission: b, By: "bob@education.example", At: base, What: intake.AccessViewed},
	} {
		if err := l.RecordAccess(t.Context(), x); err != nil {
			t.Fatal(err)
		}
	}
	if got := accesses(t, l, a); len(got) != 1 || got[0].By != "alice@education.example" {
		t.Errorf("Accesses(%s) = %+v, want alice's one", a, got)
	}
	if got := accesses(t, l, "RR-2025-ZZZZZZ"); len(got) != 0 {
		t.Errorf("Accesses of a submission never opened = %+v, want none", got)
	}
}

package localcred

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/portal"
)

// Two stores on one file stand for 'intake serve' and 'intake credentials'
// running side by side.
func TestStoreSeeEachOther(t *testing.T) {
	path := filepath.Join(t.TempDir(), "credentials.json")
	server, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	operator, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	who := portal.Principal{Role: portal.RolePartnership, Partnership: "E08000026", Name: "jo@coventry.example"}
	code, err := operator.Issue(who)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := server.Lookup(context.Background(), portal.HashCode(code))
	if err != nil || !ok || got != who {
		t.Fatalf("server Lookup of a code issued after it started = %+v, %v, %v; want %+v", got, ok, err, who)
	}
	if err := operator.Revoke(func(p portal.Principal) bool { return p == who }); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := server.Lookup(context.Background(), portal.HashCode(code)); ok {
		t.Error("a code revoked by another process still signs in")
	}
}

// TestSignOutsOutliveTheProcess: a sign-out recorded by one store is seen
// by another on the same file, and dropped once the session has expired.
func TestSignOutsOutliveTheProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "signed-out.json")
	now := time.Date(2025, 3, 21, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	first := OpenSignOuts(path, clock)
	ctx := context.Background()
	if ended, err := first.Ended(ctx, "a"); err != nil || ended {
		t.Fatalf("Ended before any sign-out = %v, %v; want false", ended, err)
	}
	if err := first.End(ctx, "a", now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	second := OpenSignOuts(path, clock)
	if ended, err := second.Ended(ctx, "a"); err != nil || !ended {
		t.Errorf("Ended from another store = %v, %v; want true", ended, err)
	}
	if ended, _ := second.Ended(ctx, "b"); ended {
		t.Error("a session never signed out is ended")
	}
	now = now.Add(2 * time.Hour)
	if err := second.End(ctx, "b", now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if ended, _ := first.Ended(ctx, "a"); ended {
		t.Error("a sign-out is kept after its session expired")
	}
}

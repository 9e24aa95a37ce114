package localcred

import (
	"context"
	"path/filepath"
	"testing"

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

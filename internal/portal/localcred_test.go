package portal

import (
	"context"
	"path/filepath"
	"testing"
)

// Two stores on one file stand for 'intake serve' and 'intake credentials'
// running side by side.
func TestLocalCredentialsSeeEachOther(t *testing.T) {
	path := filepath.Join(t.TempDir(), "credentials.json")
	server, err := OpenLocalCredentials(path)
	if err != nil {
		t.Fatal(err)
	}
	operator, err := OpenLocalCredentials(path)
	if err != nil {
		t.Fatal(err)
	}
	who := Principal{Role: RolePartnership, Partnership: "E08000026", Name: "jo@coventry.example"}
	code, err := operator.Issue(who)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := server.Lookup(context.Background(), HashCode(code))
	if err != nil || !ok || got != who {
		t.Fatalf("server Lookup of a code issued after it started = %+v, %v, %v; want %+v", got, ok, err, who)
	}
	if err := operator.Revoke(func(p Principal) bool { return p == who }); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := server.Lookup(context.Background(), HashCode(code)); ok {
		t.Error("a code revoked by another process still signs in")
	}
}

package outbox

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/safeguarding-intake/intake/internal/intake"
)

func message(to, body string) intake.Mail {
	raw := "To: " + to + "\r\nSubject: test\r\n\r\n" + body + "\r\n"
	return intake.Mail{From: "intake@example.gov.uk", To: []string{to}, Subject: "test", Raw: []byte(raw)}
}

func TestSend(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "outbox")
	box := New(dir)
	ctx := context.Background()
	mails := []intake.Mail{
		message("panel@example.gov.uk", "one"),
		message("Business Manager <BM@Coventry.gov.uk>", "two"),
		message("panel@example.gov.uk", "one"), // the same message again
	}
	var ids []string
	for _, m := range mails {
		id, err := box.Send(ctx, m)
		if err != nil {
			t.Fatalf("Send(%v): %v", m.To, err)
		}
		ids = append(ids, id)
	}
	want := []string{
		"000001-panel@example.gov.uk-" + hash6(mails[0].Raw),
		"000002-bm@coventry.gov.uk-" + hash6(mails[1].Raw),
		"000003-panel@example.gov.uk-" + hash6(mails[0].Raw),
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("message ids (-want +got):\n%s", diff)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	var wantNames []string
	for _, id := range want {
		wantNames = append(wantNames, id+".eml")
	}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Errorf("outbox files (-want +got):\n%s", diff)
	}
	for i, id := range ids {
		got, err := os.ReadFile(filepath.Join(dir, id+".eml"))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(mails[i].Raw) {
			t.Errorf("%s holds %q, want %q", id, got, mails[i].Raw)
		}
	}
}

func hash6(raw []byte) string {
	sum := sha256.Sum256(raw)
	return fmt.Sprintf("%x", sum[:6])
}

func TestSendContinuesAfterExistingFiles(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "000041-dfe@example.gov.uk-aaaaaaaaaaaa.eml")
	if err := os.WriteFile(existing, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	id, err := New(dir).Send(context.Background(), message("dfe@example.gov.uk", "x"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(id, "000042-") {
		t.Errorf("Send = %q, want a name starting 000042-", id)
	}
	if got, _ := os.ReadFile(existing); string(got) != "keep me" {
		t.Errorf("existing message overwritten: %q", got)
	}
}

func TestSendConcurrent(t *testing.T) {
	dir := t.TempDir()
	box := New(dir)
	const n = 20
	ids := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			id, err := box.Send(context.Background(), message("panel@example.gov.uk", fmt.Sprint(i)))
			if err != nil {
				t.Errorf("Send %d: %v", i, err)
			}
			ids[i] = id
		})
	}
	wg.Wait()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != n {
		t.Errorf("outbox holds %d files, want %d", len(entries), n)
	}
	for i, id := range ids {
		got, err := os.ReadFile(filepath.Join(dir, id+".eml"))
		if err != nil {
			t.Errorf("message %d: %v", i, err)
			continue
		}
		if want := message("panel@example.gov.uk", fmt.Sprint(i)).Raw; string(got) != string(want) {
			t.Errorf("%s holds %q, want %q", id, got, want)
		}
	}
	slices.Sort(ids)
	if len(slices.Compact(ids)) != n {
		t.Errorf("message ids are not unique: %q", ids)
	}
}

func TestSendRejects(t *testing.T) {
	box := New(t.TempDir())
	tests := []struct {
		name string
		m    intake.Mail
	}{
		{"no recipients", intake.Mail{Raw: []byte("x")}},
		{"empty", intake.Mail{To: []string{"a@example.org"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if id, err := box.Send(context.Background(), tt.m); err == nil {
				t.Errorf("Send = %q, nil; want an error", id)
			}
		})
	}
}

func TestSanitise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"panel@example.gov.uk", "panel@example.gov.uk"},
		{"Name <Some.One@Example.ORG>", "some.one@example.org"},
		{"../../etc/passwd", "_.._etc_passwd"},
		{"a/b\\c\x00d", "a_b_c_d"},
		{"", "unknown"},
		{"...", "unknown"},
		{strings.Repeat("x", 100) + "@example.org", strings.Repeat("x", 64)},
	}
	for _, tt := range tests {
		if got := sanitise(tt.in); got != tt.want {
			t.Errorf("sanitise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRemoveTemp leaves a half-written message as a killed writer would,
// beside a sent one: RemoveTemp removes the first and keeps the second.
func TestRemoveTemp(t *testing.T) {
	dir := t.TempDir()
	d := New(dir)
	if n, err := d.RemoveTemp(); n != 0 || err != nil {
		t.Fatalf("RemoveTemp on an outbox never written = %d, %v; want 0, nil", n, err)
	}
	name, err := d.Send(context.Background(), intake.Mail{To: []string{"a@example.org"}, Raw: []byte("Subject: x\r\n\r\nhi")})
	if err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, tmpPrefix+"0123456789abcdef")
	if err := os.WriteFile(stale, []byte("Subject: half\r\n\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err := d.RemoveTemp()
	if n != 1 || err != nil {
		t.Fatalf("RemoveTemp = %d, %v; want 1, nil", n, err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("%s still there: %v", stale, err)
	}
	if _, err := os.Stat(filepath.Join(dir, name+".eml")); err != nil {
		t.Errorf("the sent message went too: %v", err)
	}
}

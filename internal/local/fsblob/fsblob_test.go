package fsblob

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPutRejectsEscapingKeys(t *testing.T) {
	keys := []string{
		"",
		"..",
		"../x",
		"receipts/../../x",
		"receipts/..",
		"/etc/passwd",
		"//server/share",
		"receipts//x.pdf",
		"receipts/./x.pdf",
		"./x",
		"receipts/",
		`..\x`,
		`receipts\x.pdf`,
		"receipts/x\x00.pdf",
		"receipts/x\n.pdf",
		strings.Repeat("a", 1025),
	}
	parent := t.TempDir()
	d, err := New(filepath.Join(parent, "data"))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range keys {
		t.Run(key, func(t *testing.T) {
			loc, err := d.Put(context.Background(), key, []byte("x"), "text/plain")
			if !errors.Is(err, ErrBadKey) {
				t.Errorf("Put(%q) = %q, %v, want ErrBadKey", key, loc, err)
			}
			if _, err := d.Link(context.Background(), key, 0); !errors.Is(err, ErrBadKey) {
				t.Errorf("Link(%q) error = %v, want ErrBadKey", key, err)
			}
			if _, err := d.Read(context.Background(), key); !errors.Is(err, ErrBadKey) {
				t.Errorf("Read(%q) error = %v, want ErrBadKey", key, err)
			}
		})
	}
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "data" {
			t.Errorf("file %s written outside the root", e.Name())
		}
	}
}

func TestPutRefusesSymlinkOutOfRoot(t *testing.T) {
	outside := t.TempDir()
	root := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(root, "evil")); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	d, err := New(root)
	if err != nil {
		t.Fatal(err)
	}
	if loc, err := d.Put(context.Background(), "evil/x.pdf", []byte("x"), "application/pdf"); err == nil {
		t.Errorf("Put(evil/x.pdf) = %q, nil; want an error", loc)
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 0 {
		t.Errorf("Put wrote %d files through a symlink out of the root", len(entries))
	}
}

func TestPut(t *testing.T) {
	wd := t.TempDir()
	t.Chdir(wd)
	d, err := New(".intake")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	key := "receipts/RR-2025-ABCDEF.pdf"
	loc, err := d.Put(ctx, key, []byte("first"), "application/pdf")
	if err != nil {
		t.Fatalf("Put(%q): %v", key, err)
	}
	if want := filepath.FromSlash(".intake/receipts/RR-2025-ABCDEF.pdf"); loc != want {
		t.Errorf("Put(%q) = %q, want %q", key, loc, want)
	}
	// A second Put replaces the content.
	if _, err := d.Put(ctx, key, []byte("second"), "application/pdf"); err != nil {
		t.Fatalf("Put(%q) again: %v", key, err)
	}
	got, err := os.ReadFile(loc)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "second" {
		t.Errorf("file holds %q, want %q", got, "second")
	}
	if back, err := d.Read(ctx, key); err != nil || string(back) != "second" {
		t.Errorf("Read(%q) = %q, %v, want %q", key, back, err, "second")
	}
	entries, err := os.ReadDir(filepath.Dir(loc))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("receipts/ holds %q, want only the receipt (no temporary files)", names)
	}
}

func TestPutOutsideWorkingDirIsAbsolute(t *testing.T) {
	t.Chdir(t.TempDir())
	root := t.TempDir()
	d, err := New(root)
	if err != nil {
		t.Fatal(err)
	}
	loc, err := d.Put(context.Background(), "submissions/E08000026/auto/a b.pdf", []byte("x"), "application/pdf")
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(root, "submissions", "E08000026", "auto", "a b.pdf"); loc != want {
		t.Errorf("Put = %q, want %q", loc, want)
	}
}

func TestLink(t *testing.T) {
	d := &Dir{root: "/srv/intake data"}
	got, err := d.Link(context.Background(), "receipts/RR-2025-ABCDEF.pdf", 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := "file:///srv/intake%20data/receipts/RR-2025-ABCDEF.pdf"; got != want {
		t.Errorf("Link = %q, want %q", got, want)
	}
}

func TestPutCanceled(t *testing.T) {
	d, err := New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.Put(ctx, "a.pdf", nil, ""); !errors.Is(err, context.Canceled) {
		t.Errorf("Put with canceled context = %v, want context.Canceled", err)
	}
}

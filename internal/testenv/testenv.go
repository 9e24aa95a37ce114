// Package testenv finds the module's own folders for tests: its root, and
// the shared reference data and corpus that CI lays beside the checkout.
package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the module's root folder, where go.mod is.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("go.mod not found above the test's folder")
		}
		dir = parent
	}
}

// Shared returns the shared folder beside the checkout (../shared). When it
// is missing the test is skipped, except in CI (CI=true), where it must be
// there and its absence fails the test.
func Shared(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(Root(tb), "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("the shared folder is missing beside the checkout: %v", err)
		}
		tb.Skipf("no shared folder at %s", dir)
	}
	return dir
}

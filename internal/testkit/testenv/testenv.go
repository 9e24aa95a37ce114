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

// Corpus returns every file of the shared PDF corpus: the real-world PDFs
// (corpus/pdf/*.pdf) and the broken ones (corpus/bad/*). Finding fewer
// than a hundred fails the test: the corpus is missing or moved.
func Corpus(tb testing.TB) []string {
	tb.Helper()
	dir := filepath.Join(Shared(tb), "corpus")
	var files []string
	for _, pattern := range []string{"bad/*", "pdf/*.pdf"} {
		m, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 100 {
		tb.Fatalf("found %d corpus files in %s, want the whole corpus", len(files), dir)
	}
	return files
}

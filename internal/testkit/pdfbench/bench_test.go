package pdfbench

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]int
	}{
		{"Does not meet the criteria.", map[string]int{"does": 1, "not": 1, "meet": 1, "the": 1, "criteria": 1}},
		{"the THE The", map[string]int{"the": 3}},
		{"ﬁnal e-mail 2024", map[string]int{"final": 1, "e": 1, "mail": 1, "2024": 1}},
		{"doesnotmeetthecriteria", map[string]int{"doesnotmeetthecriteria": 1}},
		{"  \f\n", map[string]int{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Words(tt.in)); diff != "" {
			t.Errorf("Words(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestWordF1(t *testing.T) {
	tests := []struct {
		got, want string
		f1        float64
	}{
		{"a b c", "a b c", 1},
		{"c b a", "a b c", 1},
		{"", "", 1},
		{"", "a", 0},
		{"doesnotmeet", "does not meet", 0},
		// 2 of 3 tokens shared each way: precision 2/3, recall 2/3.
		{"a b x", "a b c", 2.0 / 3},
		// Multiset: a repeated word counts once per occurrence.
		{"a a", "a", 2 * 0.5 * 1 / 1.5},
	}
	for _, tt := range tests {
		if got := WordF1(tt.got, tt.want); math.Abs(got-tt.f1) > 1e-9 {
			t.Errorf("WordF1(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.f1)
		}
	}
}

func TestReadSources(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "SOURCES.tsv")
	data := "file\tbytes\tpages_pdfinfo\tsource_repo\tsource_path\tsource_commit\tpdftotext_words\tpdftotext_status\n" +
		"a.pdf\t100\t2\tr\tp\tc\t55\tok\n" +
		"derived/b.pdf\t0\t0\tderived\t\t\t0\texit1\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadSources(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Source{
		{File: "a.pdf", Bytes: 100, Pages: 2, RefWords: 55, PopplerOK: true},
		{File: "derived/b.pdf"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadSources() mismatch (-want +got):\n%s", diff)
	}
	if p := got[1].Path("/c"); p != "/c/bad/b.pdf" || !got[1].Derived() {
		t.Errorf("Path() = %q, Derived() = %v; want /c/bad/b.pdf, true", p, got[1].Derived())
	}
}

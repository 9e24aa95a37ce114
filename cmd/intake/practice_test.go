package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// practiceFieldRows reads the "Practice reviews" fields table of the
// samples' README: a header row naming the fields, then one row a file.
func practiceFieldRows(tb testing.TB) (names []string, rows map[string][]string) {
	tb.Helper()
	f, err := os.Open("../../testdata/submissions/README.md")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows = map[string][]string{}
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#"):
			in = strings.TrimSpace(strings.TrimLeft(line, "#")) == "Practice reviews"
		case !in || !strings.HasPrefix(line, "|") || strings.HasPrefix(line, "|---"):
		default:
			cells := strings.Split(strings.Trim(line, "|"), "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			if cells[0] == "File" {
				names = cells[1:]
				continue
			}
			rows[strings.Trim(cells[0], "`")] = cells[1:]
		}
	}
	if len(names) == 0 || len(rows) < 5 {
		tb.Fatalf("read %d fields and %d rows of the practice reviews table, want the table", len(names), len(rows))
	}
	return names, rows
}

// TestPracticeReviewSampleFields reads each practice review sample and
// compares its fields with the samples' README. An empty cell means the
// field is absent. partnership_name, which the reader every kind shares
// reads, is not compared here.
func TestPracticeReviewSampleFields(t *testing.T) {
	names, rows := practiceFieldRows(t)
	for file, want := range rows {
		t.Run(file, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, code := runCLI(t, "process", "--json", "--data", t.TempDir(), "--received", "2025-03-21",
				filepath.Join("../../testdata/submissions", file))
			if code != 0 {
				t.Fatalf("exit %d, stderr: %s", code, stderr)
			}
			o := decodeOutcomes(t, stdout)[0]
			for i, name := range names {
				if i >= len(want) || name == "partnership_name" {
					continue
				}
				if got := o.Fields[name]; got != want[i] {
					t.Errorf("%s = %q, want %q", name, got, want[i])
				}
			}
		})
	}
}

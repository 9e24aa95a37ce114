package main

import (
	"bufio"
	"bytes"
	"context"
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

// TestRound2023DueIsConfigurable processes arrangements published after
// the 2023 round's default deadline, with and without ARRANGEMENTS_DUE_2023.
func TestRound2023DueIsConfigurable(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "arrangements.txt")
	text := "Camden Safeguarding Children Partnership\nMulti-agency safeguarding arrangements\nPublished: 6 January 2025\n" +
		"The lead safeguarding partners are the Chief Executive of Camden Council, the Commissioner of Police of the Metropolis and the Chief Executive of NHS North Central London ICB.\n" +
		"The geographical area is the London Borough of Camden. Independent scrutiny is provided by an independent scrutineer. The relevant agencies are listed in the appendix.\n"
	if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		due  string
		want string
	}{{"", "publication_late"}, {"2025-03-31", ""}} {
		var o, e bytes.Buffer
		getenv := func(k string) string {
			if k == "ARRANGEMENTS_DUE_2023" {
				return tt.due
			}
			return ""
		}
		if code := run(context.Background(), []string{"process", "--json", "--data", t.TempDir(), "--received", "2025-03-21", doc}, &o, &e, getenv); code != 0 {
			t.Fatalf("ARRANGEMENTS_DUE_2023=%q: exit %d, %s", tt.due, code, e.String())
		}
		out := decodeOutcomes(t, o.String())[0]
		if got := strings.Join(codesOf(out), ","); out.Kind != "arrangements" || got != tt.want {
			t.Errorf("ARRANGEMENTS_DUE_2023=%q: kind %s, findings %q; want arrangements, %q", tt.due, out.Kind, got, tt.want)
		}
	}
	var o, e bytes.Buffer
	if code := run(context.Background(), []string{"process", "--data", t.TempDir(), doc}, &o, &e,
		func(k string) string { return map[string]string{"ARRANGEMENTS_DUE_2023": "soon"}[k] }); code != 1 || !strings.Contains(e.String(), "ARRANGEMENTS_DUE_2023") {
		t.Errorf("ARRANGEMENTS_DUE_2023=soon: exit %d, %q; want 1 and a message naming the variable", code, e.String())
	}
}

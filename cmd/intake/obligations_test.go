package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// sinExpectation is one row of the rapid review table in
// testdata/sins/README.md.
type sinExpectation struct{ ref, due, status string }

var sinRowRE = regexp.MustCompile("^\\| `([^`]+)` \\| [^|]+ \\| (\\d{4}-\\d{2}-\\d{2}) \\| ([^|]+) \\|")

func sinExpectations(tb testing.TB) []sinExpectation {
	tb.Helper()
	f, err := os.Open("../../testdata/sins/README.md")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []sinExpectation
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := sinRowRE.FindStringSubmatch(sc.Text()); m != nil {
			out = append(out, sinExpectation{m[1], m[2], strings.TrimSpace(m[3])})
		}
	}
	if len(out) != 9 {
		tb.Fatalf("read %d SIN rows from testdata/sins/README.md, want 9", len(out))
	}
	return out
}

type obligationLine struct {
	Partnership struct{ ID, Name string }
	Obligation  string
	Ref         *string
	Due         *string
	Status      string
	MetBy       *string `json:"met_by"`
	Late        bool
}

func decodeObligations(t *testing.T, s string) []obligationLine {
	t.Helper()
	var out []obligationLine
	dec := json.NewDecoder(strings.NewReader(s))
	for dec.More() {
		var o obligationLine
		if err := dec.Decode(&o); err != nil {
			t.Fatalf("decoding obligation JSON: %v\n%s", err, s)
		}
		out = append(out, o)
	}
	return out
}

// TestObligationsAfterMakeRun does what 'make run' does and checks the
// rapid review obligations against the samples' README, then that
// 'intake remind' twice sends once.
func TestObligationsAfterMakeRun(t *testing.T) {
	data := t.TempDir()
	samples, _ := filepath.Glob("../../testdata/submissions/*")
	args := []string{"process", "--data", data, "--received", "2025-03-21", "--submitter", "manager@example.org"}
	for _, s := range samples {
		if !strings.HasSuffix(s, "README.md") {
			args = append(args, s)
		}
	}
	if _, stderr, code := runCLI(t, args...); code != 0 {
		t.Fatalf("process: exit %d\n%s", code, stderr)
	}
	if out, stderr, code := runCLI(t, "sins", "import", "--data", data, "../../testdata/sins/sins-2025-03.csv"); code != 0 || !strings.Contains(out, "Imported 9 SINs") {
		t.Fatalf("sins import: exit %d\n%s%s", code, out, stderr)
	}
	if out, stderr, code := runCLI(t, "baseline", "import", "--data", data, "../../testdata/sins/baseline.csv"); code != 0 || !strings.Contains(out, "Imported 4 baseline rows") {
		t.Fatalf("baseline import: exit %d\n%s%s", code, out, stderr)
	}

	// A bad file is refused whole: its good first row is not imported.
	_, stderr, code := runCLI(t, "sins", "import", "--data", data, "../../testdata/sins/sins-bad-rows.csv")
	if code != 1 {
		t.Errorf("importing sins-bad-rows.csv: exit %d, want 1", code)
	}
	for _, want := range []string{"nothing imported, 4 problems", "line 3: unknown local authority", "line 4: no reference", "line 5:", "line 6: reference \"SIN-2025-0501\" is also on line 2"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("bad import's message lacks %q:\n%s", want, stderr)
		}
	}

	out, stderr, code := runCLI(t, "obligations", "--data", data, "--at", "2025-03-21", "--json", "--obligation", "rapid_review")
	if code != 0 {
		t.Fatalf("obligations --json: exit %d\n%s", code, stderr)
	}
	got := map[string]obligationLine{}
	for _, o := range decodeObligations(t, out) {
		got[*o.Ref] = o
	}
	if _, ok := got["SIN-2025-0501"]; ok {
		t.Error("a SIN of the refused file was imported")
	}
	for _, e := range sinExpectations(t) {
		o, ok := got[e.ref]
		if !ok {
			t.Errorf("%s: no obligation", e.ref)
			continue
		}
		status := o.Status
		switch {
		case o.Late:
			status += ", late"
		case e.status == "due (soon)":
			status = "due (soon)" // the JSON says due; the table says when
		}
		if *o.Due != e.due || status != e.status || (o.Status == "met") != (o.MetBy != nil) {
			t.Errorf("%s: due %s, %s (met_by %v); want due %s, %s", e.ref, *o.Due, status, o.MetBy, e.due, e.status)
		}
	}

	table, _, _ := runCLI(t, "obligations", "--data", data, "--at", "2025-03-21", "--partnership", "Manchester")
	for _, want := range []string{"Manchester Safeguarding Children Partnership", "2025/0405", "due soon", "1 overdue, 1 due within 5 working days, 0 due later, 0 met, 1 with no known due date."} {
		if !strings.Contains(table, want) {
			t.Errorf("table for Manchester lacks %q:\n%s", want, table)
		}
	}
	csv, _, _ := runCLI(t, "obligations", "--data", data, "--at", "2025-03-21", "--csv", "--status", "overdue", "--obligation", "rapid_review")
	if want := "partnership_id,partnership,obligation,ref,due,status,met_by,late,working_days_late\nE10000007,Derbyshire Safeguarding Children Partnership,rapid_review,SIN-2025-0350,2025-03-03,overdue,,false,14\n"; csv != want {
		t.Errorf("--csv --status overdue =\n%s\nwant\n%s", csv, want)
	}

	outbox := func() int {
		n, _ := filepath.Glob(filepath.Join(data, "outbox", "*.eml"))
		return len(n)
	}
	before := outbox()
	first, stderr, code := runCLI(t, "remind", "--data", data, "--at", "2025-03-21", "--digest", "staff@example.org")
	if code != 0 {
		t.Fatalf("remind: exit %d\n%s%s", code, first, stderr)
	}
	sent := outbox() - before
	// The practice review samples and the learning briefing name nine
	// partnerships more, each with one obligation to remind of.
	if sent != 16 || !strings.Contains(first, "The staff digest was sent.") {
		t.Errorf("first remind wrote %d emails, want 15 reminders and the digest:\n%s", sent, first)
	}
	second, _, code := runCLI(t, "remind", "--data", data, "--at", "2025-03-21", "--digest", "staff@example.org")
	if code != 0 || outbox()-before != sent || !strings.Contains(second, "No new reminders to send.") {
		t.Errorf("second remind: exit %d, %d new emails, want none:\n%s", code, outbox()-before-sent, second)
	}
}

func TestObligationsUsage(t *testing.T) {
	for _, args := range [][]string{
		{"obligations", "--status", "late"},
		{"obligations", "--obligation", "minutes"},
		{"obligations", "--partnership", "Borsetshire"},
		{"obligations", "--json", "--csv"},
		{"obligations", "--at", "soon"},
		{"sins"},
		{"sins", "import"},
		{"remind", "--digest", "not an address"},
	} {
		if _, stderr, code := runCLI(t, args...); code != 2 {
			t.Errorf("intake %s: exit %d, want 2\n%s", strings.Join(args, " "), code, stderr)
		}
	}
}

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
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

// TestObligationsFollowRound2023Due lists a partnership's arrangements
// obligation with and without ARRANGEMENTS_DUE_2023: the deadline listed
// and reminded of is the one submissions are checked against.
func TestObligationsFollowRound2023Due(t *testing.T) {
	data := t.TempDir()
	note := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(note, []byte("Camden Safeguarding Children Partnership\nA note of thanks to our volunteers.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var po, pe bytes.Buffer
	run(context.Background(), []string{"process", "--data", data, "--received", "2025-01-10", note}, &po, &pe, func(string) string { return "" })
	for _, tt := range []struct{ due, wantDue, wantStatus string }{
		{"", "2024-12-31", "overdue"},
		{"2025-03-31", "2025-03-31", "due"},
	} {
		getenv := func(k string) string { return map[string]string{"ARRANGEMENTS_DUE_2023": tt.due}[k] }
		var o, e bytes.Buffer
		args := []string{"obligations", "--json", "--data", data, "--at", "2025-01-20", "--partnership", "Camden", "--obligation", "arrangements"}
		if code := run(context.Background(), args, &o, &e, getenv); code != 0 {
			t.Fatalf("ARRANGEMENTS_DUE_2023=%q: exit %d, %s", tt.due, code, e.String())
		}
		var ob struct {
			Due    string `json:"due"`
			Status string `json:"status"`
		}
		if err := json.Unmarshal([]byte(strings.TrimSpace(o.String())), &ob); err != nil {
			t.Fatalf("ARRANGEMENTS_DUE_2023=%q: %v in %q", tt.due, err, o.String())
		}
		if ob.Due != tt.wantDue || ob.Status != tt.wantStatus {
			t.Errorf("ARRANGEMENTS_DUE_2023=%q: arrangements due %s, %s; want %s, %s", tt.due, ob.Due, ob.Status, tt.wantDue, tt.wantStatus)
		}
	}
	var o, e bytes.Buffer
	bad := func(k string) string { return map[string]string{"ARRANGEMENTS_DUE_2023": "2020-01-01"}[k] }
	if code := run(context.Background(), []string{"obligations", "--data", data}, &o, &e, bad); code == 0 || !strings.Contains(e.String(), "ARRANGEMENTS_DUE_2023") {
		t.Errorf("ARRANGEMENTS_DUE_2023=2020-01-01: exit %d, %q; want a failure naming the variable", code, e.String())
	}
}

// TestEmailedPracticeReview processes an email from Surrey carrying its
// final report, named in the subject as an LCSPR: the report goes to the
// Panel, the Secretary of State and Ofsted, and Surrey is told.
func TestEmailedPracticeReview(t *testing.T) {
	doc, err := os.ReadFile("../../testdata/submissions/practice-review-surrey-final-report.docx")
	if err != nil {
		t.Fatal(err)
	}
	var b64 strings.Builder
	enc := base64.StdEncoding.EncodeToString(doc)
	for len(enc) > 76 {
		b64.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b64.WriteString(enc + "\r\n")
	msg := "X-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\n" +
		"Authentication-Results: amazonses.com;\r\n spf=pass (spfCheck: domain of surreycc.gov.uk designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=scp@surreycc.gov.uk;\r\n dkim=pass header.i=@surreycc.gov.uk;\r\n dmarc=pass header.from=surreycc.gov.uk;\r\n" +
		"MIME-Version: 1.0\r\nFrom: Surrey SCP <scp@surreycc.gov.uk>\r\nTo: submissions@intake.example.gov.uk\r\n" +
		"Date: Fri, 21 Mar 2025 09:30:00 +0000\r\nMessage-ID: <lcspr-siblings-cd@surreycc.gov.uk>\r\n" +
		"Subject: LCSPR final report - Siblings C and D\r\n" +
		"Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" +
		"--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nPlease find attached our final report, to be published on 10 April.\r\n\r\n" +
		"--b1\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n" +
		"Content-Disposition: attachment; filename=\"LCSPR Siblings C and D.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		b64.String() + "--b1--\r\n"
	eml := filepath.Join(t.TempDir(), "surrey-lcspr.eml")
	if err := os.WriteFile(eml, []byte(msg), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runCLI(t, "process", "--json", "--data", t.TempDir(), eml)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	outs := decodeOutcomes(t, stdout)
	if len(outs) != 1 {
		t.Fatalf("%d outcomes, want 1", len(outs))
	}
	o := outs[0]
	var to []string
	for _, d := range o.Deliveries {
		to = append(to, d.Recipient+"="+d.Status)
	}
	if o.Kind != intake.PracticeReview || o.Channel != intake.Email || o.Status != intake.Accepted ||
		strings.Join(to, " ") != "panel=sent dfe_reviews=sent ofsted=sent submitter=sent" {
		t.Errorf("kind %s, channel %s, status %s, findings %v, deliveries %v; want an accepted practice review by email to the Panel, the Secretary of State, Ofsted and Surrey",
			o.Kind, o.Channel, o.Status, codesOf(o), to)
	}
}

package main

import (
	"context"
	"encoding/base64"
	"errors"
	"html"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pdftext"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/receipt"
)

const samples = "../../testdata/submissions"

func sample(name string) string { return filepath.Join(samples, name) }

// sampleFiles are every sample submission, README left out.
func sampleFiles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(samples, "*"))
	var out []string
	for _, f := range files {
		if !strings.HasSuffix(f, "README.md") {
			out = append(out, f)
		}
	}
	return out
}

// TestPartnershipNamesNone gives a --partnership that names no partnership:
// bad usage, like a bad --kind, with the closest names offered.
func TestPartnershipNamesNone(t *testing.T) {
	_, stderr, code := runCLI(t, "process", "--data", t.TempDir(), "--partnership", "Coventy", sample("rapid-review-kent-child-m.pdf"))
	if code != exitUsage || !strings.Contains(stderr, "Coventry") {
		t.Errorf("exit %d, stderr %q; want %d and Coventry offered", code, stderr, exitUsage)
	}
	// A name, an ONS code and a DfE code are all accepted.
	for _, p := range []string{"Kent", "E10000016", "886"} {
		_, stderr, code := runCLI(t, "process", "--data", t.TempDir(), "--partnership", p, sample("rapid-review-kent-child-m.pdf"))
		if code != exitOK {
			t.Errorf("--partnership %s: exit %d, stderr %q", p, code, stderr)
		}
	}
}

// TestProcessFolder names a folder: its files are processed, hidden files
// and subfolders left out unless -r.
func TestProcessFolder(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, sample("rapid-review-kent-child-m.pdf"), filepath.Join(dir, "a.pdf"))
	copyFile(t, sample("empty-zero-bytes.pdf"), filepath.Join(dir, "b.pdf"))
	copyFile(t, sample("yearly-report-leeds-2023-24.pdf"), filepath.Join(dir, ".hidden.pdf"))
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, sample("arrangements-leeds-link.url"), filepath.Join(dir, "sub", "c.url"))

	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{dir}, []string{"a.pdf", "b.pdf"}},
		{[]string{"-r", dir}, []string{"a.pdf", "b.pdf", "c.url"}},
	} {
		stdout, stderr, code := runCLI(t, append([]string{"process", "--json", "--data", t.TempDir()}, tt.args...)...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", tt.args, code, stderr)
		}
		var got []string
		for _, o := range decodeOutcomes(t, stdout) {
			got = append(got, o.File)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q processed %q, want %q", tt.args, got, tt.want)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMissingFileAmongOthers names a missing file between two others: it
// is reported, the others are processed, and the exit status is 1.
func TestMissingFileAmongOthers(t *testing.T) {
	stdout, stderr, code := runCLI(t, "process", "--json", "--data", t.TempDir(),
		sample("rapid-review-kent-child-m.pdf"), "no-such-file.pdf", sample("empty-zero-bytes.pdf"))
	if code != exitFailure || !strings.Contains(stderr, "no-such-file.pdf") {
		t.Errorf("exit %d, stderr %q; want %d and the missing file named", code, stderr, exitFailure)
	}
	if outs := decodeOutcomes(t, stdout); len(outs) != 2 {
		t.Errorf("%d outcomes, want the other 2 files processed", len(outs))
	}
	if !strings.Contains(stderr, "2 processed: 1 accepted, 1 rejected, 0 duplicates; 1 file could not be processed") {
		t.Errorf("stderr lacks the batch summary:\n%s", stderr)
	}
}

var summaryRE = regexp.MustCompile(`(?m)^(\d+) processed: (\d+) accepted, (\d+) rejected, (\d+) duplicates?$`)

// TestBatchOutput processes every sample twice into one folder: every
// line fits 120 columns, a summary line ends each batch, and the second
// batch is all duplicates. The deliveries listing names each file and
// partnership, in 120 columns too.
func TestBatchOutput(t *testing.T) {
	data := t.TempDir()
	files := sampleFiles(t)
	args := append([]string{"process", "--data", data, "--received", "2025-03-21", "--submitter", "m@example.org"}, files...)
	for run, wantDup := range []bool{false, true} {
		stdout, stderr, code := runCLI(t, args...)
		if code != exitOK {
			t.Fatalf("run %d: exit %d: %s", run, code, stderr)
		}
		checkWidth(t, stdout)
		m := summaryRE.FindStringSubmatch(stdout)
		if m == nil {
			t.Fatalf("run %d: no summary line in\n%s", run, stdout)
		}
		if m[1] != strconv.Itoa(len(files)) || (m[4] == m[1]) != wantDup {
			t.Errorf("run %d: summary %q for %d files, want all duplicates: %v", run, m[0], len(files), wantDup)
		}
	}
	stdout, _, code := runCLI(t, "deliveries", "--data", data)
	if code != exitOK {
		t.Fatalf("deliveries exit %d", code)
	}
	checkWidth(t, stdout)
	for _, want := range []string{"rapid-review-kent-child-m.pdf", "Kent Safeguarding Children Multi-Agency Partnership", "partnership unknown"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("deliveries does not name %q:\n%s", want, stdout)
		}
	}
}

func checkWidth(t *testing.T, out string) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if n := utf8.RuneCountInString(line); n > lineWidth {
			t.Errorf("line of %d columns, want at most %d: %q", n, lineWidth, line)
		}
	}
}

// TestParallelBatch processes the samples, one of them twice under two
// names, with -j 1 and with -j 4: the same outcomes in the same order
// (the second copy a duplicate both times) and the same emails.
func TestParallelBatch(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, sample("rapid-review-kent-child-m.pdf"), filepath.Join(dir, "copy-of-kent.pdf"))
	files := append(sampleFiles(t), filepath.Join(dir, "copy-of-kent.pdf"))
	run := func(jobs string) ([]intake.Outcome, int) {
		data := t.TempDir()
		stdout, stderr, code := runCLI(t, append([]string{"process", "-j", jobs, "--json", "--data", data,
			"--received", "2025-03-21", "--submitter", "m@example.org"}, files...)...)
		if code != exitOK {
			t.Fatalf("-j %s: exit %d: %s", jobs, code, stderr)
		}
		sent, _ := filepath.Glob(filepath.Join(data, "outbox", "*.eml"))
		return decodeOutcomes(t, stdout), len(sent)
	}
	serial, serialMail := run("1")
	parallel, parallelMail := run("4")
	if len(serial) != len(files) || len(parallel) != len(files) {
		t.Fatalf("%d and %d outcomes, want %d", len(serial), len(parallel), len(files))
	}
	for i := range serial {
		s, p := serial[i], parallel[i]
		if s.File != p.File || s.ID != p.ID || s.Status != p.Status || strings.Join(codesOf(s), ",") != strings.Join(codesOf(p), ",") {
			t.Errorf("file %d: -j 1 gave %s %s %s %v, -j 4 gave %s %s %s %v", i, s.File, s.ID, s.Status, codesOf(s), p.File, p.ID, p.Status, codesOf(p))
		}
	}
	if last := parallel[len(parallel)-1]; last.Status != intake.Duplicate {
		t.Errorf("the copy is %s, want duplicate", last.Status)
	}
	if serialMail != parallelMail {
		t.Errorf("%d emails with -j 1, %d with -j 4", serialMail, parallelMail)
	}
}

// TestCorrectedResubmission sends a rejected file again with the fact it
// lacked: a new submission, accepted. The same file with the same facts
// stays a duplicate, with or without them.
func TestCorrectedResubmission(t *testing.T) {
	data := t.TempDir()
	file := sample("yearly-report-cornwall-no-publication-date.md")
	process := func(extra ...string) intake.Outcome {
		t.Helper()
		stdout, stderr, code := runCLI(t, append(append([]string{"process", "--json", "--data", data, "--received", "2025-03-21"}, extra...), file)...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", extra, code, stderr)
		}
		outs := decodeOutcomes(t, stdout)
		if len(outs) != 1 {
			t.Fatalf("%d outcomes", len(outs))
		}
		return outs[0]
	}
	first := process()
	if first.Status != intake.Rejected {
		t.Fatalf("first: %s, want rejected", first.Status)
	}
	corrected := process("--published", "2025-03-17")
	if corrected.Status != intake.Accepted || corrected.ID == first.ID {
		t.Errorf("corrected: %s %s (first %s), want a new, accepted submission", corrected.ID, corrected.Status, first.ID)
	}
	for _, again := range [][]string{{"--published", "2025-03-17"}, nil} {
		o := process(again...)
		want := first.ID
		if again != nil {
			want = corrected.ID
		}
		if o.Status != intake.Duplicate || o.ID != want {
			t.Errorf("%q again: %s %s, want duplicate %s", again, o.ID, o.Status, want)
		}
	}
	// An accepted report sent again with a corrected publication date is
	// a new submission; with the date it was accepted with, a duplicate.
	leeds := func(extra ...string) intake.Outcome {
		t.Helper()
		stdout, stderr, code := runCLI(t, append(append([]string{"process", "--json", "--data", data, "--received", "2024-10-01"}, extra...),
			sample("yearly-report-leeds-2023-24.pdf"))...)
		if code != exitOK {
			t.Fatalf("%q: exit %d: %s", extra, code, stderr)
		}
		return decodeOutcomes(t, stdout)[0]
	}
	accepted := leeds()
	redated := leeds("--published", "2024-09-27")
	same := leeds("--published", accepted.Fields["publication_date"])
	if accepted.Status != intake.Accepted || redated.Status != intake.Accepted || same.Status != intake.Duplicate {
		t.Errorf("Leeds report: %s, then with a corrected date %s, then with its own date %s; want accepted, accepted, duplicate",
			accepted.Status, redated.Status, same.Status)
	}
	// A corrected partnership and kind are new facts too.
	other := process("--partnership", "Kent", "--published", "2025-03-17")
	kind := process("--kind", "arrangements")
	for _, o := range []intake.Outcome{other, kind} {
		if o.Status == intake.Duplicate {
			t.Errorf("%s with other facts: duplicate, want a new submission", o.ID)
		}
	}
}

// TestRerunAfterCrash leaves what a run killed while sending leaves: a
// half-written email in the outbox and a delivery held under its lease.
// The next run removes the email, reports the delivery pending and exits 0.
func TestRerunAfterCrash(t *testing.T) {
	data := t.TempDir()
	file := sample("rapid-review-kent-child-m.pdf")
	// A first run whose every send fails leaves the deliveries open.
	env, err := openLocal(data, "", func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	env.pipeline.Mailer = failingMailer{}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	outs, err := processFile(context.Background(), env.pipeline, file, b, processFlags{}, time.Now())
	if !errors.Is(err, pipeline.ErrIncomplete) || len(outs) != 1 {
		t.Fatalf("with every send failing: %d outcomes, %v; want 1, ErrIncomplete", len(outs), err)
	}
	id := outs[0].ID
	// A run now claims the panel's delivery and dies writing its email.
	ok, err := env.ledger.ClaimDelivery(context.Background(), id, "panel", time.Now(), pipeline.DefaultLease)
	env.Close()
	if !ok || err != nil {
		t.Fatalf("ClaimDelivery = %v, %v", ok, err)
	}
	if err := os.MkdirAll(filepath.Join(data, "outbox"), 0o755); err != nil {
		t.Fatal(err)
	}
	half := filepath.Join(data, "outbox", ".tmp-2f1c0e9a7b3d5e61")
	if err := os.WriteFile(half, []byte("Subject: half an email\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	stdout, stderr, code := runCLI(t, "process", "--data", data, file)
	if code != exitOK {
		t.Errorf("rerun within the lease: exit %d, want %d; stderr %s", code, exitOK, stderr)
	}
	if !strings.Contains(stderr, id+": the notification to panel is pending") {
		t.Errorf("stderr does not report the delivery pending:\n%s", stderr)
	}
	if !strings.Contains(stdout, "sending   panel") {
		t.Errorf("stdout does not show the delivery being sent:\n%s", stdout)
	}
	if _, err := os.Stat(half); !os.IsNotExist(err) {
		t.Errorf("the half-written email is still in the outbox: %v", err)
	}
}

type failingMailer struct{}

func (failingMailer) Send(context.Context, intake.Mail) (string, error) {
	return "", errors.New("mail server unreachable")
}

// forwardClaim matches words saying a document was or is being sent on.
var forwardClaim = regexp.MustCompile(`(?i)\b(has|have) been forwarded|\bwill be forwarded|\b(are|is) forwarding\b|\bbeing forwarded`)

// TestRejectedNeverForwarded processes two documents that are rejected
// while carrying warnings that used to say "it has been forwarded" (a
// late rapid review, a PDF with active content sent as a yearly report).
// Neither the findings, nor the submitter's email, nor the receipt says it
// was forwarded. Each email's Date is the receipt's issue time.
func TestRejectedNeverForwarded(t *testing.T) {
	cases := []struct {
		file    string
		args    []string
		warning string
	}{
		{"rapid-review-manchester-no-decision.pdf", []string{"--received", "2026-01-05"}, intake.RapidReviewLate},
		{"rapid-review-leeds-javascript.pdf", []string{"--received", "2026-01-05", "--kind", "yearly_report"}, intake.ActiveContent},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data := t.TempDir()
			stdout, stderr, code := runCLI(t, append(append([]string{"process", "--json", "--data", data, "--submitter", "m@example.org"}, c.args...), sample(c.file))...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			o := decodeOutcomes(t, stdout)[0]
			if o.Status != intake.Rejected || !strings.Contains(strings.Join(codesOf(o), " "), c.warning) {
				t.Fatalf("%s with %v, want rejected with %s", o.Status, codesOf(o), c.warning)
			}
			for _, f := range o.Findings {
				if forwardClaim.MatchString(f.Message) {
					t.Errorf("finding %s: %q", f.Code, f.Message)
				}
			}
			receiptText := pdfText(t, o.Receipt)
			if m := forwardClaim.FindString(receiptText); m != "" {
				t.Errorf("the receipt says %q", m)
			}
			sent, _ := filepath.Glob(filepath.Join(data, "outbox", "*.eml"))
			if len(sent) != 1 {
				t.Fatalf("%d emails, want the submitter's only", len(sent))
			}
			date, body := readMail(t, sent[0])
			if m := forwardClaim.FindString(body); m != "" {
				t.Errorf("the submitter's email says %q", m)
			}
			if issued := "Issued " + receipt.Time(date); !strings.Contains(receiptText, issued) {
				t.Errorf("email dated %v; the receipt does not say %q", date, issued)
			}
		})
	}
}

// pdfText is the text of a PDF file, lines joined by spaces.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := pdftext.Extract(context.Background(), b, pdftext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(res.Text), " ")
}

// readMail returns an email's Date and the decoded text of its text
// parts, words joined by spaces.
func readMail(t *testing.T, path string) (time.Time, string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := mail.ReadMessage(f)
	if err != nil {
		t.Fatal(err)
	}
	date, err := m.Header.Date()
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	var walk func(h textproto.MIMEHeader, r io.Reader)
	walk = func(h textproto.MIMEHeader, r io.Reader) {
		mt, params, _ := mime.ParseMediaType(h.Get("Content-Type"))
		if strings.HasPrefix(mt, "multipart/") {
			mr := multipart.NewReader(r, params["boundary"])
			for {
				p, err := mr.NextRawPart()
				if err != nil {
					return
				}
				walk(p.Header, p)
			}
		}
		if !strings.HasPrefix(mt, "text/") {
			return
		}
		switch strings.ToLower(h.Get("Content-Transfer-Encoding")) {
		case "quoted-printable":
			r = quotedprintable.NewReader(r)
		case "base64":
			r = base64.NewDecoder(base64.StdEncoding, r)
		}
		b, _ := io.ReadAll(r)
		text.WriteString(html.UnescapeString(string(b)) + " ")
	}
	walk(textproto.MIMEHeader(m.Header), m.Body)
	return date, strings.Join(strings.Fields(text.String()), " ")
}

// TestProgress draws the bar a terminal would show, and checks that
// nothing is drawn where stderr is not a terminal.
func TestProgress(t *testing.T) {
	var buf strings.Builder
	if p := newProgress(&buf, 400); p.on {
		t.Errorf("progress on for a writer that is no terminal")
	}
	p := &progress{w: &buf, on: true}
	p.step(100, 400)
	if got := buf.String(); !strings.HasPrefix(got, "\r[##########     ") || !strings.HasSuffix(got, "] 100/400 files") {
		t.Errorf("bar at 100 of 400 = %q", got)
	}
	buf.Reset()
	p.step(400, 400)
	if buf.Len() != 0 {
		t.Errorf("bar drawn when the batch is done: %q", buf.String())
	}
}

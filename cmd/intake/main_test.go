package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"mime"
	"net/mail"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// expectation is one row of the table in testdata/submissions/README.md,
// which is the contract the sample submissions were written to.
type expectation struct {
	file, kind, partnership, received, status string
	findings                                  []string
}

var rowRE = regexp.MustCompile("^\\| `([^`]+)`( ⚑)? \\| (\\w+) \\| (E\\d{8}|—)[^|]* \\| (\\d{4}-\\d{2}-\\d{2}) \\| (\\w+) \\| ([^|]*) \\|$")

func expectations(tb testing.TB) []expectation {
	tb.Helper()
	f, err := os.Open("../../testdata/submissions/README.md")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []expectation
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := rowRE.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		e := expectation{file: m[1], kind: m[3], partnership: m[4], received: m[5], status: m[6]}
		if e.partnership == "—" {
			e.partnership = ""
		}
		for _, c := range strings.Split(m[7], ",") {
			if c = strings.TrimSpace(c); c != "—" && c != "" {
				e.findings = append(e.findings, c)
			}
		}
		sort.Strings(e.findings)
		out = append(out, e)
	}
	if len(out) < 30 {
		tb.Fatalf("read %d expectations from the samples' README, want every sample", len(out))
	}
	return out
}

func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(context.Background(), args, &o, &e, func(string) string { return "" })
	return o.String(), e.String(), code
}

func decodeOutcomes(t *testing.T, s string) []intake.Outcome {
	t.Helper()
	var out []intake.Outcome
	dec := json.NewDecoder(strings.NewReader(s))
	for dec.More() {
		var o intake.Outcome
		if err := dec.Decode(&o); err != nil {
			t.Fatalf("decoding outcome JSON: %v\n%s", err, s)
		}
		out = append(out, o)
	}
	return out
}

// TestSamples processes every sample submission on its own, as a user
// would, and checks kind, partnership, status and the exact set of finding
// codes against the samples' README.
func TestSamples(t *testing.T) {
	for _, e := range expectations(t) {
		t.Run(e.file, func(t *testing.T) {
			t.Parallel()
			stdout, stderr, code := runCLI(t, "process", "--json", "--data", t.TempDir(), "--received", e.received,
				"--submitter", "manager@example.org", filepath.Join("../../testdata/submissions", e.file))
			if code != 0 {
				t.Fatalf("exit %d, stderr: %s", code, stderr)
			}
			outs := decodeOutcomes(t, stdout)
			if len(outs) != 1 {
				t.Fatalf("%d outcomes, want 1", len(outs))
			}
			// DESIGN 4.2: lists and objects are empty, not null; only an
			// unknown partnership is null.
			var raw map[string]json.RawMessage
			if err := json.Unmarshal([]byte(stdout), &raw); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"fields", "findings", "deliveries"} {
				if v := string(raw[k]); v == "" || v == "null" {
					t.Errorf("%s is %q, want an object or a list", k, v)
				}
			}
			o := outs[0]
			var got []string
			for _, f := range o.Findings {
				got = append(got, f.Code)
				if f.Message == "" {
					t.Errorf("finding %s has no message", f.Code)
				}
			}
			sort.Strings(got)
			pid := ""
			if o.Partnership != nil {
				pid = o.Partnership.ID
			}
			if string(o.Kind) != e.kind || pid != e.partnership || string(o.Status) != e.status || strings.Join(got, ",") != strings.Join(e.findings, ",") {
				t.Errorf("got kind %s, partnership %q, status %s, findings %v\nwant kind %s, partnership %q, status %s, findings %v",
					o.Kind, pid, o.Status, got, e.kind, e.partnership, e.status, e.findings)
			}
			if o.Receipt == "" {
				t.Error("no receipt")
			} else if _, err := os.Stat(o.Receipt); err != nil {
				t.Errorf("receipt: %v", err)
			}
		})
	}
}

// TestSamplesCoverFindingCodes checks that every document finding code of
// DESIGN 4.4 is produced by some sample (the ones that need a larger file,
// a hint or a second upload are covered in internal/pipeline's tests).
func TestSamplesCoverFindingCodes(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range expectations(t) {
		for _, c := range e.findings {
			seen[c] = true
		}
	}
	for _, c := range []string{
		intake.EmptyFile, intake.UnsupportedType, intake.TypeMismatch, intake.UnreadableDocument,
		intake.EncryptedDocument, intake.NoText, intake.KindUnknown, intake.PartnershipUnknown,
		intake.DateInFuture, intake.ActiveContent, intake.SINMissing, intake.LCSPRDecisionMissing,
		intake.NationalReviewMissing, intake.RapidReviewLate, intake.PeriodMissing, intake.PeriodTooLong,
		intake.PublicationDateMissing, intake.URLMissing, intake.URLInvalid, intake.CCGAfterICB,
		intake.PublicationLate, intake.ImplementationLate,
		"missing_activity", "missing_effectiveness", "missing_reviews",
		"missing_partner_police", "missing_area", "missing_scrutiny",
	} {
		if !seen[c] {
			t.Errorf("no sample produces %s", c)
		}
	}
}

// TestRunBatch processes every sample into one data folder, as 'make run'
// does, then lists the deliveries.
func TestRunBatch(t *testing.T) {
	data := t.TempDir()
	files, _ := filepath.Glob("../../testdata/submissions/*")
	var args []string
	for _, f := range files {
		if !strings.HasSuffix(f, "README.md") {
			args = append(args, f)
		}
	}
	stdout, stderr, code := runCLI(t, append([]string{"process", "--data", data, "--received", "2025-03-21", "--submitter", "m@example.org"}, args...)...)
	if code != 0 {
		t.Fatalf("process exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "accepted") || !strings.Contains(stdout, "rejected") {
		t.Errorf("table output lacks statuses:\n%s", stdout)
	}
	outbox, _ := filepath.Glob(filepath.Join(data, "outbox", "*.eml"))
	receipts, _ := filepath.Glob(filepath.Join(data, "receipts", "*.pdf"))
	if len(receipts) != len(args) {
		t.Errorf("%d receipts for %d files", len(receipts), len(args))
	}
	if len(outbox) < len(args) {
		t.Errorf("%d emails in the outbox for %d files, want at least one each (the submitter)", len(outbox), len(args))
	}

	stdout, stderr, code = runCLI(t, "deliveries", "--data", data, "--json")
	if code != 0 {
		t.Fatalf("deliveries exit %d: %s", code, stderr)
	}
	recs := decodeOutcomes(t, stdout)
	if len(recs) != len(args) {
		// Samples that share content with another are still recorded, once each.
		t.Errorf("deliveries lists %d submissions, want %d", len(recs), len(args))
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{},
		{"frobnicate"},
		{"process"},
		{"process", "--kind", "novel", "x.pdf"},
		{"process", "--partnership", "Atlantis", "x.pdf"},
		{"process", "-j", "0", "x.pdf"},
		{"process", "--received", "yesterday", "x.pdf"},
		{"process", "--published", "30/09/2024", "x.pdf"},
		{"process", "--submitter", "not-an-address", "x.pdf"},
		{"extract"},
		{"deliveries", "extra"},
	}
	for _, args := range tests {
		if _, _, code := runCLI(t, args...); code != exitUsage {
			t.Errorf("intake %q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// TestHelp asks each command for its help: it is printed, and that is
// no error.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"process", "--help"}, {"process", "-h"}, {"deliveries", "-h"}, {"extract", "-h"},
		{"serve", "-h"}, {"credentials", "--help"}, {"credentials", "issue", "-h"}, {"credentials", "revoke", "-h"},
	} {
		stdout, stderr, code := runCLI(t, args...)
		if code != exitOK || !strings.Contains(stdout+stderr, "intake") {
			t.Errorf("intake %q: exit %d, want %d with the usage printed", args, code, exitOK)
		}
	}
}

func TestMissingFileIsAFailure(t *testing.T) {
	_, stderr, code := runCLI(t, "process", "--data", t.TempDir(), "no-such-file.pdf")
	if code != exitFailure || !strings.Contains(stderr, "no-such-file.pdf") {
		t.Errorf("exit %d, stderr %q; want %d and the file named", code, stderr, exitFailure)
	}
}

func TestExtract(t *testing.T) {
	stdout, _, code := runCLI(t, "extract", "../../testdata/submissions/rapid-review-coventry-child-q.docx")
	if code != 0 || !strings.Contains(stdout, "Child Q") {
		t.Errorf("extract: exit %d, text lacks the child's name", code)
	}
	_, stderr, code := runCLI(t, "extract", "../../testdata/submissions/rapid-review-kent-encrypted.pdf")
	if code != exitFailure || !strings.Contains(stderr, intake.EncryptedDocument) {
		t.Errorf("extract encrypted: exit %d, stderr %q; want 1 and encrypted_document", code, stderr)
	}
}

func TestDeliveriesWithoutLedger(t *testing.T) {
	_, stderr, code := runCLI(t, "deliveries", "--data", filepath.Join(t.TempDir(), "nothing"))
	if code != exitFailure || !strings.Contains(stderr, "intake process") {
		t.Errorf("exit %d, stderr %q; want 1 and advice to run 'intake process'", code, stderr)
	}
}

func TestEmailFile(t *testing.T) {
	data := t.TempDir()
	stdout, stderr, code := runCLI(t, "process", "--json", "--data", data, "../../testdata/email/two-attachments.eml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	outs := decodeOutcomes(t, stdout)
	if len(outs) != 2 {
		t.Fatalf("%d outcomes, want one per attached document (2)", len(outs))
	}
	replies := 0
	for _, o := range outs {
		if o.Channel != intake.Email || !strings.HasPrefix(o.File, "two-attachments.eml#") {
			t.Errorf("outcome %s: channel %s, file %q", o.ID, o.Channel, o.File)
		}
		if o.Received.Year() != 2025 {
			t.Errorf("outcome %s received %v, want the message's Date, not now", o.ID, o.Received)
		}
		for _, d := range o.Deliveries {
			if d.Recipient == intake.RecipientSubmitter {
				replies++
				if d.Status != intake.DeliverySent {
					t.Errorf("outcome %s: the reply is %s, want sent: it went out with the last document", o.ID, d.Status)
				}
			}
		}
	}
	if replies != 1 {
		t.Errorf("%d replies planned, want one for the message", replies)
	}
	// One reply in the outbox, naming both documents.
	sent, _ := filepath.Glob(filepath.Join(data, "outbox", "*.eml"))
	var answers []string
	for _, name := range sent {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		m, err := mail.ReadMessage(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if to, err := m.Header.AddressList("To"); err == nil && len(to) == 1 && to[0].Address == "jo.bloggs@coventry.gov.uk" {
			subject, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
			if err != nil {
				t.Fatal(err)
			}
			answers = append(answers, subject)
		}
	}
	if len(answers) != 1 {
		t.Fatalf("%d replies to the sender in the outbox (%q), want one", len(answers), answers)
	}
	for _, o := range outs {
		if !strings.Contains(answers[0], o.ID) {
			t.Errorf("reply's Subject = %q, want it to name %s", answers[0], o.ID)
		}
	}

	stdout, _, code = runCLI(t, "process", "--json", "--data", t.TempDir(), "../../testdata/email/virus-verdict.eml")
	outs = decodeOutcomes(t, stdout)
	if code != 0 || len(outs) != 1 || outs[0].Status != intake.Rejected || outs[0].Findings[0].Code != intake.EmailVirus {
		t.Errorf("virus message: exit %d, outcomes %+v; want one rejected outcome with email_virus", code, outs)
	}
}

// TestDocumentLimit sets DOCUMENT_LIMIT_BYTES to 1 MiB: a good rapid review
// padded past it is rejected as too large; a limit written in words is
// refused before anything is processed.
func TestDocumentLimit(t *testing.T) {
	data, err := os.ReadFile("../../testdata/submissions/rapid-review-coventry-child-q.pdf")
	if err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(t.TempDir(), "big.pdf")
	// Bytes after the end of a PDF change nothing a reader sees.
	if err := os.WriteFile(big, append(data, bytes.Repeat([]byte("\n%padding"), 120<<10)...), 0o644); err != nil {
		t.Fatal(err)
	}
	cli := func(limit string) (string, string, int) {
		var o, e bytes.Buffer
		getenv := func(k string) string {
			if k == "DOCUMENT_LIMIT_BYTES" {
				return limit
			}
			return ""
		}
		code := run(context.Background(), []string{"process", "--json", "--data", t.TempDir(), "--received", "2025-03-21", big}, &o, &e, getenv)
		return o.String(), e.String(), code
	}
	stdout, stderr, code := cli("1048576")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	outs := decodeOutcomes(t, stdout)
	if len(outs) != 1 || outs[0].Status != intake.Rejected || !contains(codesOf(outs[0]), intake.TooLarge) {
		t.Errorf("outcomes %+v, want one rejected as too_large", outs)
	}
	if stdout, _, _ := cli(""); strings.Contains(stdout, intake.TooLarge) {
		t.Error("without the variable the 1.1 MB file was too large; the default is 50 MB")
	}
	if _, stderr, code := cli("50MB"); code != exitFailure || !strings.Contains(stderr, "DOCUMENT_LIMIT_BYTES") {
		t.Errorf("DOCUMENT_LIMIT_BYTES=50MB: exit %d, stderr %q; want %d naming the variable", code, stderr, exitFailure)
	}
}

func codesOf(o intake.Outcome) []string {
	var cs []string
	for _, f := range o.Findings {
		cs = append(cs, f.Code)
	}
	return cs
}

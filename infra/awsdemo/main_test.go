package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/infra/localaws/stack"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestMain doubles as a fake Lambda function for TestMappingFailures: run
// with AWSDEMO_FAKE_FUNCTION=1, the test binary serves the Runtime API's
// invocations instead of running tests.
func TestMain(m *testing.M) {
	if os.Getenv("AWSDEMO_FAKE_FUNCTION") == "1" {
		lambda.Start(fakeHandler)
		return
	}
	os.Exit(m.Run())
}

// fakeHandler acknowledges "ok" messages, reports "fail" ones as batch
// item failures, and exits the process on "crash".
func fakeHandler(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, r := range ev.Records {
		switch r.Body {
		case "crash":
			os.Exit(3)
		case "fail":
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: r.MessageId})
		}
	}
	return resp, nil
}

// requireMoto skips a test when moto_server is not installed, except in
// CI, where it fails.
func requireMoto(tb testing.TB) {
	tb.Helper()
	if _, err := exec.LookPath("moto_server"); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatal(errNoMoto)
		}
		tb.Skip(errNoMoto)
	}
}

// TestDemo runs the whole demo, starting its own moto_server, on two
// uploads and one email, and checks the summary and what it downloads.
func TestDemo(t *testing.T) {
	requireMoto(t)
	out := t.TempDir()
	opts, err := parseFlags([]string{
		"-email", "-out", out, "-idle", "1s", "-timeout", "2m",
		"-only", "rapid-review-kent-child-m.pdf, rapid-review-coventry-truncated.pdf, practice-review-surrey-final-report.docx, outlook-rapid-review.eml",
	}, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	// An empty environment: no AWS_ENDPOINT_URL, so the demo starts
	// moto_server, and nothing of the developer's leaks in.
	getenv := func(string) string { return "" }
	var stdout bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	rep, err := run(ctx, opts, getenv, &stdout, os.Stderr)
	if err != nil {
		t.Fatalf("run: %v\noutput:\n%s", err, stdout.String())
	}
	if f := rep.failures(); len(f) > 0 {
		t.Fatalf("failures: %q\noutput:\n%s", f, stdout.String())
	}

	byFile := map[string]intake.Record{}
	for _, r := range rep.records {
		byFile[r.File] = r
	}
	type summary struct {
		Status      intake.Status
		Kind        intake.Kind
		Partnership string
		Channel     intake.Channel
	}
	want := map[string]summary{
		"rapid-review-kent-child-m.pdf":            {intake.Accepted, intake.RapidReview, "E10000016", intake.Portal},
		"rapid-review-coventry-truncated.pdf":      {intake.Rejected, intake.Unknown, "", intake.Portal},
		"Rapid review - Child Q.pdf":               {intake.Accepted, intake.RapidReview, "E08000026", intake.Email},
		"practice-review-surrey-final-report.docx": {intake.Accepted, intake.PracticeReview, "E10000030", intake.Portal},
	}
	got := map[string]summary{}
	for file, r := range byFile {
		s := summary{Status: r.Status, Kind: r.Kind, Channel: r.Channel}
		if r.Partnership != nil {
			s.Partnership = r.Partnership.ID
		}
		got[file] = s
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ledger (-want +got):\n%s", diff)
	}

	// Who got what, by the reference in each subject.
	const panel, submitter, jo = "panel@example.org", "manager@example.org", "jo.bloggs@coventry.gov.uk"
	const reviews, ofsted = "reviews@example.org", "ofsted@example.org"
	to := func(id string) []string {
		var out []string
		for _, e := range rep.emails {
			if strings.Contains(e.subject, id) {
				out = append(out, e.to...)
			}
		}
		slices.Sort(out)
		return out
	}
	kent, truncated, emailed := byFile["rapid-review-kent-child-m.pdf"], byFile["rapid-review-coventry-truncated.pdf"], byFile["Rapid review - Child Q.pdf"]
	for _, c := range []struct {
		what string
		id   string
		want []string
	}{
		{"the accepted rapid review", kent.ID, []string{submitter, panel}},
		{"the rejected upload", truncated.ID, []string{submitter}},
		{"the emailed rapid review", emailed.ID, []string{jo, panel}},
		{"the practice review", byFile["practice-review-surrey-final-report.docx"].ID, []string{submitter, ofsted, panel, reviews}},
	} {
		if got := to(c.id); !slices.Equal(got, c.want) {
			t.Errorf("%s (%s) was sent to %v, want %v", c.what, c.id, got, c.want)
		}
	}
	for _, e := range rep.emails {
		if !slices.Equal(e.to, []string{panel}) || !strings.Contains(e.subject, kent.ID) {
			continue
		}
		var names []string
		for _, a := range e.attachments {
			if a.size == 0 {
				t.Errorf("attachment %s to the Panel is empty", a.name)
			}
			names = append(names, a.name)
		}
		slices.Sort(names)
		if want := []string{"rapid-review-kent-child-m.pdf", "receipt-" + kent.ID + ".pdf"}; !slices.Equal(names, want) {
			t.Errorf("the Panel's message carries %v, want %v", names, want)
		}
	}

	text := stdout.String()
	for _, s := range []string{"queues drained", "rapid-review-kent-child-m.pdf", kent.ID, truncated.ID, "unreadable_document", "Emails moto's SES accepted: 9"} {
		if !strings.Contains(text, s) {
			t.Errorf("the summary does not mention %q:\n%s", s, text)
		}
	}

	for _, r := range rep.records {
		data, err := os.ReadFile(filepath.Join(out, "receipts", r.ID+".pdf"))
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Errorf("downloaded receipt of %s: %.8q, %v; want a PDF", r.ID, data, err)
		}
	}
	emls, _ := filepath.Glob(filepath.Join(out, "emails", "*.eml"))
	if len(emls) != len(rep.emails) {
		t.Errorf("%d .eml files downloaded, want %d", len(emls), len(rep.emails))
	}
}

// TestMappingFailures drives a fake function through the event source
// mapping: acknowledged messages are deleted, reported failures and the
// batch of a crashed process are handed back until the queue's redrive
// policy moves them to the dead-letter queue, and a crashed process is
// started again.
func TestMappingFailures(t *testing.T) {
	srv := moto.Start(t)
	ctx := context.Background()
	cfg := srv.Config()
	names := stack.Names{Bucket: "mapping-test", Queue: "mapping-test", Table: "mapping-test", Sender: "intake@example.org"}.WithDefaults()
	spec := stack.Default()
	spec.Queue.MaxReceiveCount = 2 // quick to the dead-letter queue
	w, err := newWorld(ctx, cfg, names, spec)
	if err != nil {
		t.Fatal(err)
	}
	// The S3 test event from setting up the notifications is not for the
	// fake.
	if _, err := w.sqs.PurgeQueue(ctx, &sqs.PurgeQueueInput{QueueUrl: aws.String(w.urls[names.Queue])}); err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{"ok", "fail", "ok", "crash", "ok"} {
		if _, err := w.sqs.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(w.urls[names.Queue]), MessageBody: aws.String(body)}); err != nil {
			t.Fatal(err)
		}
	}

	logs := newTail(50)
	fn := &function{
		name: "fake", bin: os.Args[0], env: []string{"AWSDEMO_FAKE_FUNCTION=1"},
		memory: 128, timeout: 30 * time.Second, logs: logs,
	}
	m := &mapping{fn: fn, sqs: w.sqs, queueURL: w.urls[names.Queue], queueARN: w.arns[names.Queue], batch: 1}
	sb, err := newSandbox(fn, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer sb.close()
	pctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		m.run(pctx, sb)
		close(done)
	}()
	for tries := 0; ; tries++ {
		n, err := w.depth(ctx, names.Queue)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
		if tries == 600 {
			t.Fatalf("%d messages still on the queue; function log:\n%s", n, logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	<-done

	dead, err := w.depth(ctx, names.DeadLetterQueue)
	if err != nil {
		t.Fatal(err)
	}
	if dead != 2 {
		t.Errorf("%d messages in the dead-letter queue, want 2 (the failing and the crashing one)", dead)
	}
	st, problems := m.snapshot()
	if st.Deleted != 3 {
		t.Errorf("%d messages deleted, want the 3 acknowledged", st.Deleted)
	}
	if st.Retried != 4 || st.Errors != 2 || st.ColdStarts < 2 {
		t.Errorf("stats %+v, want 4 retried (2 receipts each of 2 messages), 2 failed invocations (the crashes), at least 2 cold starts", st)
	}
	crashed := 0
	for _, p := range problems {
		if strings.Contains(p, errCrashed.Error()) {
			crashed++
		}
	}
	if crashed != 2 || len(problems) != 2 {
		t.Errorf("problems %q, want the 2 crashes", problems)
	}

	rep := &report{names: names, drained: true, mappings: []mappingReport{{name: "fake", stats: st, problems: problems}},
		queues: map[string]int{names.DeadLetterQueue: dead}}
	f := strings.Join(rep.failures(), "\n")
	for _, want := range []string{"crashed", "dead-letter queue " + names.DeadLetterQueue, "no email"} {
		if !strings.Contains(f, want) {
			t.Errorf("failures do not mention %q:\n%s", want, f)
		}
	}
}

// TestTemplateEnvironment checks the functions' environments, memory,
// timeout and batch size against template.yaml.
func TestTemplateEnvironment(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", filepath.Join(root, "infra", "localaws", "stack", "testdata", "template2json.py"), filepath.Join(root, "template.yaml"))
	raw, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("converting template.yaml: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("converting template.yaml: %v", err)
	}
	var tmpl struct {
		Globals struct {
			Function struct {
				Timeout    int
				MemorySize int
			}
		}
		Resources map[string]struct {
			Properties struct {
				MemorySize  int
				Environment struct{ Variables map[string]any }
				Events      map[string]struct {
					Properties struct{ BatchSize int }
				}
			}
		}
	}
	if err := json.Unmarshal(raw, &tmpl); err != nil {
		t.Fatal(err)
	}
	if got := time.Duration(tmpl.Globals.Function.Timeout) * time.Second; got != functionTimeout {
		t.Errorf("template Timeout = %v, demo uses %v", got, functionTimeout)
	}
	opts, err := parseFlags(nil, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	e := environment(func(string) string { return "" })
	for name, resource := range map[string]string{"intake": "IntakeFunction", "mailin": "MailinFunction"} {
		r, ok := tmpl.Resources[resource]
		if !ok {
			t.Fatalf("template.yaml has no %s", resource)
		}
		p := r.Properties
		// Literal values must match; references (!Ref) are the stack's
		// parameters, which the demo fills from its environment.
		want := map[string]string{}
		for k, v := range p.Environment.Variables {
			s, literal := v.(string)
			if !literal {
				s = "(parameter)"
			}
			want[k] = s
		}
		got := map[string]string{}
		for _, kv := range e.functionEnv(name) {
			k, v, _ := strings.Cut(kv, "=")
			if _, isParam := want[k]; isParam && want[k] == "(parameter)" {
				v = "(parameter)"
			}
			got[k] = v
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s environment (-template +demo):\n%s", name, diff)
		}
		size := p.MemorySize
		if size == 0 {
			size = tmpl.Globals.Function.MemorySize
		}
		if memory[name] != size {
			t.Errorf("%s memory = %d, template says %d", name, memory[name], size)
		}
		for ev, def := range p.Events {
			if def.Properties.BatchSize != opts.batch {
				t.Errorf("%s event %s BatchSize = %d, demo's default -batch is %d", resource, ev, def.Properties.BatchSize, opts.batch)
			}
		}
	}
}

func TestCheckLoopback(t *testing.T) {
	for _, c := range []struct {
		endpoint string
		ok       bool
	}{
		{"http://127.0.0.1:5000", true},
		{"http://localhost:4566", true},
		{"http://[::1]:5000", true},
		{"http://127.1.2.3:5000/", true},
		{"http://10.0.0.5:5000", false},
		{"http://192.168.1.2:5000", false},
		{"https://s3.eu-west-2.amazonaws.com", false},
		{"http://localhost.example.com:5000", false},
		{"127.0.0.1:5000", false},
		{"ftp://127.0.0.1", false},
		{"", false},
	} {
		err := checkLoopback(c.endpoint)
		if (err == nil) != c.ok {
			t.Errorf("checkLoopback(%q) = %v, want ok=%v", c.endpoint, err, c.ok)
		}
	}
}

func TestParseFlags(t *testing.T) {
	o, err := parseFlags([]string{"-only", " a*.pdf ,, *.eml", "-batch", "10"}, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a*.pdf", "*.eml"}; !slices.Equal(o.only, want) || o.batch != 10 {
		t.Errorf("parseFlags: only %q batch %d, want %q 10", o.only, o.batch, want)
	}
	var sink bytes.Buffer
	for _, args := range [][]string{{"-batch", "11"}, {"-batch", "0"}, {"-concurrency", "0"}, {"-only", "[x"}, {"stray"}} {
		if _, err := parseFlags(args, &sink); err == nil {
			t.Errorf("parseFlags(%q) = nil error, want one", args)
		}
	}
}

func TestReadEmail(t *testing.T) {
	raw := strings.Join([]string{
		"From: intake@example.org",
		"To: Panel <panel@example.org>",
		"Subject: =?utf-8?q?Rapid_review_=E2=80=94_RR-2026-ABC123?=",
		"MIME-Version: 1.0",
		`Content-Type: multipart/mixed; boundary="outer"`,
		"",
		"--outer",
		`Content-Type: multipart/alternative; boundary="inner"`,
		"",
		"--inner",
		"Content-Type: text/plain",
		"",
		"body",
		"--inner--",
		"--outer",
		"Content-Type: application/pdf",
		"Content-Transfer-Encoding: base64",
		`Content-Disposition: attachment; filename="receipt.pdf"`,
		"",
		"JVBERi0x",
		"LjQK",
		"--outer",
		"Content-Type: text/plain",
		`Content-Disposition: attachment; filename*=utf-8''Child%20Q%20%E2%80%93%20notes.txt`,
		"",
		"hello",
		"--outer--",
		"",
	}, "\r\n")
	e := readEmail(moto.RawEmail{Data: raw, Destinations: []string{"envelope@example.org"}})
	if e.err != nil {
		t.Fatal(e.err)
	}
	if want := []string{"panel@example.org"}; !slices.Equal(e.to, want) {
		t.Errorf("to = %v, want %v", e.to, want)
	}
	if want := "Rapid review — RR-2026-ABC123"; e.subject != want {
		t.Errorf("subject = %q, want %q", e.subject, want)
	}
	want := []attachment{{"receipt.pdf", 9}, {"Child Q – notes.txt", 5}}
	if diff := cmp.Diff(want, e.attachments, cmp.AllowUnexported(attachment{})); diff != "" {
		t.Errorf("attachments (-want +got):\n%s", diff)
	}

	bad := readEmail(moto.RawEmail{Data: "not a message", Destinations: []string{"envelope@example.org"}})
	if bad.err == nil || !slices.Equal(bad.to, []string{"envelope@example.org"}) {
		t.Errorf("unreadable message: to %v err %v, want the envelope and an error", bad.to, bad.err)
	}
}

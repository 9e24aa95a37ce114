package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/inbound"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
)

const fixtureBucket = "safeguarding-intake-123456789012-eu-west-2"

// fakeProcessor records the sources it is given and answers with ProcessFn.
type fakeProcessor struct {
	mu        sync.Mutex
	sources   []pipeline.Source
	ProcessFn func(pipeline.Source) (intake.Outcome, error)
}

func (p *fakeProcessor) Process(ctx context.Context, src pipeline.Source) (intake.Outcome, error) {
	p.mu.Lock()
	p.sources = append(p.sources, src)
	p.mu.Unlock()
	if p.ProcessFn != nil {
		return p.ProcessFn(src)
	}
	return intake.Outcome{ID: "RR-2025-TEST00", Status: intake.Accepted}, nil
}

// fakeObjects serves objects from a map; a key it lacks gets errGone.
type fakeObjects struct {
	objects map[string]fakeObject
	err     error
}

type fakeObject struct {
	data    []byte
	meta    map[string]string
	version string
}

var errGone = errors.New("NoSuchKey")

func (f *fakeObjects) Get(ctx context.Context, key string) ([]byte, map[string]string, string, error) {
	if f.err != nil {
		return nil, nil, "", f.err
	}
	o, ok := f.objects[key]
	if !ok {
		return nil, nil, "", errGone
	}
	return o.data, o.meta, o.version, nil
}

// anyObjects answers every key with the same bytes and no metadata, and
// the version S3 announced.
type anyObjects struct{}

func (anyObjects) Get(ctx context.Context, key string) ([]byte, map[string]string, string, error) {
	return []byte("%PDF-1.7 " + key), nil, "", nil
}

func newTestHandler(objs objects, p processor, log logrus.FieldLogger) *handler {
	if log == nil {
		l := logrus.New()
		l.Out = &bytes.Buffer{}
		log = l
	}
	return &handler{
		bucket:    fixtureBucket,
		objects:   objs,
		pipeline:  p,
		isMissing: func(err error) bool { return errors.Is(err, errGone) },
		reserve:   time.Second,
		log:       log,
		now:       func() time.Time { return time.Date(2025, 3, 21, 12, 0, 0, 0, time.UTC) },
	}
}

func loadEvent(tb testing.TB, name string) events.SQSEvent {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(testenv.Root(tb), "testdata", "events", name))
	if err != nil {
		tb.Fatal(err)
	}
	var ev events.SQSEvent
	if err := json.Unmarshal(b, &ev); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return ev
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestHandleFixtures runs the handler on each real-shaped event and
// checks the sources handed to the pipeline and the messages failed.
func TestHandleFixtures(t *testing.T) {
	key := func(k, v string) string { return "s3:" + fixtureBucket + "/" + k + "@" + v }
	rr := "submissions/E08000026/rapid_review/Rapid review Child Q.pdf"
	uni := "submissions/E06000023/auto/Yearly report 2023–24 (Bristol) + appendix – révisé.pdf"
	multi := "submissions/E09000007/arrangements/Camden safeguarding arrangements 2019.pdf"
	link := "submissions/E08000025/arrangements/arrangements-link.url"
	putSource := pipeline.Source{
		Name: "Rapid review Child Q.pdf", Key: key(rr, "Wq3yTbJpMZ1c9mN0xUeQ8rVhG4sKdA7L"),
		Channel: intake.Portal, Received: at("2025-03-21T10:15:00.482Z"),
		Kind: "rapid_review", Partnership: "E08000026", Stored: rr,
	}
	tests := []struct {
		file   string
		want   []pipeline.Source
		failed []string
	}{
		{file: "sqs-s3-put.json", want: []pipeline.Source{putSource}},
		{file: "sqs-s3-testevent.json"},
		{file: "sqs-s3-unicode-key.json", want: []pipeline.Source{{
			Name: "Yearly report 2023–24 (Bristol) + appendix – révisé.pdf", Key: key(uni, "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"),
			Channel: intake.Portal, Received: at("2025-07-01T08:02:11.007Z"), Partnership: "E06000023", Stored: uni,
		}}},
		{file: "sqs-batch.json", want: []pipeline.Source{
			putSource,
			{
				Name: "Camden safeguarding arrangements 2019.pdf", Key: key(multi, "yN2bX7cV5mQ1wE8rT4uI6oP0aS3dF9gH"),
				Channel: intake.Portal, Received: at("2025-03-24T15:01:44.902Z"), Kind: "arrangements", Partnership: "E09000007", Stored: multi,
			},
			{
				Name: "arrangements-link.url", Key: key(link, "Hj8kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE"),
				Channel: intake.Portal, Received: at("2025-03-24T15:02:10Z"), Kind: "arrangements", Partnership: "E08000025", Stored: link,
			},
		}},
		{file: "sqs-malformed.json", failed: []string{"ba5eba11-0000-4000-8000-00000000bad1"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := &fakeProcessor{}
			h := newTestHandler(anyObjects{}, p, nil)
			resp, err := h.Handle(context.Background(), loadEvent(t, tt.file))
			if err != nil {
				t.Fatalf("Handle(%s) error = %v, want nil (failures are per message)", tt.file, err)
			}
			if diff := cmp.Diff(tt.failed, failedIDs(resp), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Handle(%s) failed messages (-want +got):\n%s", tt.file, diff)
			}
			for i := range p.sources {
				if want := "%PDF-1.7 " + p.sources[i].Stored; string(p.sources[i].Data) != want {
					t.Errorf("source %d Data = %q, want %q", i, p.sources[i].Data, want)
				}
				p.sources[i].Data = nil
			}
			if diff := cmp.Diff(tt.want, p.sources, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Handle(%s) sources (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

func failedIDs(resp events.SQSEventResponse) []string {
	var ids []string
	for _, f := range resp.BatchItemFailures {
		ids = append(ids, f.ItemIdentifier)
	}
	sort.Strings(ids)
	return ids
}

// TestHandleMetadata checks that object metadata overrides the key's
// hints, is cleaned, and that the version read is the one recorded.
func TestHandleMetadata(t *testing.T) {
	rr := "submissions/E08000026/rapid_review/Rapid review Child Q.pdf"
	objs := &fakeObjects{objects: map[string]fakeObject{rr: {
		data: []byte("%PDF-1.7"),
		meta: map[string]string{
			"partnership": " E08000025\x00 ",
			"kind":        "auto",
			"submitter":   "manager@coventry.gov.uk\r\nBcc: x@example.org",
			"published":   strings.Repeat("9", 500),
		},
		version: "v-read",
	}}}
	p := &fakeProcessor{}
	h := newTestHandler(objs, p, nil)
	if _, err := h.Handle(context.Background(), loadEvent(t, "sqs-s3-put.json")); err != nil {
		t.Fatal(err)
	}
	if len(p.sources) != 1 {
		t.Fatalf("Process called %d times, want 1", len(p.sources))
	}
	got := p.sources[0]
	want := pipeline.Source{
		Name: "Rapid review Child Q.pdf", Data: []byte("%PDF-1.7"),
		Key:     "s3:" + fixtureBucket + "/" + rr + "@v-read",
		Channel: intake.Portal, Received: at("2025-03-21T10:15:00.482Z"),
		// "auto" in metadata says nothing, so the key's kind stands.
		Kind: "rapid_review", Partnership: "E08000025",
		Submitter: "manager@coventry.gov.ukBcc: x@example.org",
		Published: strings.Repeat("9", 200),
		Stored:    rr,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("source (-want +got):\n%s", diff)
	}
}

// TestHandleEmailSubmission checks that a document the mailin function
// wrote from an email is processed as the email's, not as an upload.
func TestHandleEmailSubmission(t *testing.T) {
	rr := "submissions/E08000026/rapid_review/Rapid review Child Q.pdf"
	received := time.Date(2025, 3, 21, 9, 30, 0, 0, time.UTC)
	meta := inbound.Metadata(pipeline.Source{
		Name: "Rapid review - Child Q.pdf", Key: "email:m1@coventry.gov.uk#0", Channel: intake.Email,
		MessageID: "<m1@coventry.gov.uk>", Received: received, Submitter: "jo.bloggs@coventry.gov.uk",
	})
	objs := &fakeObjects{objects: map[string]fakeObject{rr: {data: []byte("%PDF-1.7"), meta: meta, version: "v1"}}}
	p := &fakeProcessor{}
	if _, err := newTestHandler(objs, p, nil).Handle(context.Background(), loadEvent(t, "sqs-s3-put.json")); err != nil {
		t.Fatal(err)
	}
	if len(p.sources) != 1 {
		t.Fatalf("Process called %d times, want 1", len(p.sources))
	}
	want := pipeline.Source{
		Name: "Rapid review - Child Q.pdf", Data: []byte("%PDF-1.7"), Key: "email:m1@coventry.gov.uk#0",
		Channel: intake.Email, Received: received, Submitter: "jo.bloggs@coventry.gov.uk",
		MessageID: "<m1@coventry.gov.uk>", Stored: rr,
	}
	if diff := cmp.Diff(want, p.sources[0], cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("source (-want +got):\n%s", diff)
	}
}

// TestHandleFailures checks that each kind of trouble fails only its own
// message, and that a rejected document is not trouble.
func TestHandleFailures(t *testing.T) {
	ev := loadEvent(t, "sqs-batch.json")
	// The batch's first message announces the Coventry rapid review.
	coventryMsg := "059f36b4-87a3-44ab-83d2-661975830a7d"
	coventry := func(src pipeline.Source) bool { return src.Partnership == "E08000026" }
	tests := []struct {
		name    string
		objects objects
		process func(pipeline.Source) (intake.Outcome, error)
		failed  []string
		calls   int
	}{
		{
			name:    "rejected documents are outcomes",
			objects: anyObjects{},
			process: func(pipeline.Source) (intake.Outcome, error) {
				return intake.Outcome{ID: "UN-2025-AAAAAA", Status: intake.Rejected,
					Findings: []intake.Finding{intake.NewFinding(intake.UnreadableDocument, "bad")}}, nil
			},
			calls: 3,
		},
		{
			name:    "a transient failure fails its message alone",
			objects: anyObjects{},
			process: func(src pipeline.Source) (intake.Outcome, error) {
				if coventry(src) {
					return intake.Outcome{}, errors.New("ThrottlingException")
				}
				return intake.Outcome{Status: intake.Accepted}, nil
			},
			failed: []string{coventryMsg},
			calls:  3,
		},
		{
			name:    "an unsent notification is retried",
			objects: anyObjects{},
			process: func(src pipeline.Source) (intake.Outcome, error) {
				if coventry(src) {
					return intake.Outcome{Status: intake.Accepted}, pipeline.ErrIncomplete
				}
				return intake.Outcome{Status: intake.Accepted}, nil
			},
			failed: []string{coventryMsg},
			calls:  3,
		},
		{
			name:    "a panic fails its message alone",
			objects: anyObjects{},
			process: func(src pipeline.Source) (intake.Outcome, error) {
				if coventry(src) {
					panic("boom")
				}
				return intake.Outcome{Status: intake.Accepted}, nil
			},
			failed: []string{coventryMsg},
			calls:  3,
		},
		{
			name:    "deleted objects are skipped",
			objects: &fakeObjects{},
		},
		{
			name:    "unreadable objects are retried",
			objects: &fakeObjects{err: errors.New("AccessDenied")},
			failed:  []string{coventryMsg, "7d5c8f1a-3e2b-4a69-b0c8-d1e2f3a4b5c6"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &fakeProcessor{ProcessFn: tt.process}
			h := newTestHandler(tt.objects, p, nil)
			resp, err := h.Handle(context.Background(), ev)
			if err != nil {
				t.Fatalf("Handle error = %v, want nil", err)
			}
			if diff := cmp.Diff(tt.failed, failedIDs(resp), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("failed messages (-want +got):\n%s", diff)
			}
			if len(p.sources) != tt.calls {
				t.Errorf("Process called %d times, want %d", len(p.sources), tt.calls)
			}
		})
	}
}

// TestHandleOutOfTime checks that records are not started when the
// invocation is about to time out, and are retried instead.
func TestHandleOutOfTime(t *testing.T) {
	p := &fakeProcessor{}
	h := newTestHandler(anyObjects{}, p, nil)
	h.reserve = time.Minute
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ev := loadEvent(t, "sqs-batch.json")
	resp, err := h.Handle(ctx, ev)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(resp.BatchItemFailures), len(ev.Records); got != want {
		t.Errorf("%d messages failed, want all %d", got, want)
	}
	if len(p.sources) != 0 {
		t.Errorf("Process called %d times, want 0", len(p.sources))
	}
}

// TestHandleLogs checks one entry per record with the request and
// submission ids, and nothing of the document's name or content.
func TestHandleLogs(t *testing.T) {
	var buf bytes.Buffer
	l := logrus.New()
	l.Out = &buf
	l.SetFormatter(&logrus.JSONFormatter{})
	p := &fakeProcessor{ProcessFn: func(src pipeline.Source) (intake.Outcome, error) {
		return intake.Outcome{ID: "RR-2025-7F3K9Q", Status: intake.Accepted, Kind: intake.RapidReview,
			Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
			Deliveries:  []intake.Delivery{{Recipient: "panel", Address: "panel@example.org", Status: intake.DeliverySent}},
		}, nil
	}}
	h := newTestHandler(anyObjects{}, p, l)
	ctx := lambdacontext.NewContext(context.Background(), &lambdacontext.LambdaContext{AwsRequestID: "req-1"})
	if _, err := h.Handle(ctx, loadEvent(t, "sqs-s3-put.json")); err != nil {
		t.Fatal(err)
	}
	var entries []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("log line %q is not JSON: %v", line, err)
		}
		entries = append(entries, e)
	}
	if len(entries) != 1 {
		t.Fatalf("%d log entries, want 1:\n%s", len(entries), buf.String())
	}
	e := entries[0]
	for k, want := range map[string]any{
		"request_id": "req-1", "submission_id": "RR-2025-7F3K9Q", "message_id": "2e1424d4-f796-459a-8184-9c92662be6da",
		"status": "accepted", "partnership": "E08000026", "msg": "processed",
	} {
		if e[k] != want {
			t.Errorf("log entry %s = %v, want %v", k, e[k], want)
		}
	}
	for _, secret := range []string{"Child Q", "Rapid review", "%PDF", "panel@example.org"} {
		if strings.Contains(buf.String(), secret) {
			t.Errorf("log contains %q:\n%s", secret, buf.String())
		}
	}
}

func TestHint(t *testing.T) {
	tests := []struct{ in, want string }{
		{"E08000026", "E08000026"},
		{"  Coventry \t", "Coventry"},
		{"auto", ""},
		{"Unknown", ""},
		{"a\x00b\x1bc", "abc"},
		{strings.Repeat("é", 300), strings.Repeat("é", 200)},
	}
	for _, tt := range tests {
		if got := hint(tt.in); got != tt.want {
			t.Errorf("hint(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

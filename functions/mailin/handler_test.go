package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/google/go-cmp/cmp"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/inbound"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/registry"
)

const bucket = "intake-test"

// fakeObjects serves raw messages from a map.
type fakeObjects struct {
	data map[string][]byte
	err  error
}

var errMissing = errors.New("no such object")

func (f *fakeObjects) Get(_ context.Context, key string) ([]byte, map[string]string, string, error) {
	if f.err != nil {
		return nil, nil, "", f.err
	}
	b, ok := f.data[key]
	if !ok {
		return nil, nil, "", errMissing
	}
	return b, nil, "", nil
}

// fakeStore keeps written objects, writing each key once, as the S3 store
// does.
type fakeStore struct {
	mu      sync.Mutex
	objects map[string]stored
	puts    int
	err     error
}

type stored struct {
	data        []byte
	contentType string
	meta        map[string]string
}

func (f *fakeStore) PutNew(_ context.Context, key string, data []byte, contentType string, meta map[string]string) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return false, f.err
	}
	if _, ok := f.objects[key]; ok {
		return false, nil
	}
	if f.objects == nil {
		f.objects = map[string]stored{}
	}
	f.puts++
	f.objects[key] = stored{data: data, contentType: contentType, meta: meta}
	return true, nil
}

func (f *fakeStore) keys() []string {
	var ks []string
	for k := range f.objects {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func quietLog() logrus.FieldLogger {
	l := logrus.New()
	l.SetOutput(io.Discard)
	return l
}

func newTestHandler(objs *fakeObjects, st *fakeStore) *handler {
	return &handler{
		bucket:    bucket,
		objects:   objs,
		store:     st,
		registry:  registry.Default(),
		isMissing: func(err error) bool { return errors.Is(err, errMissing) },
		log:       quietLog(),
	}
}

func fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(testenv.Root(tb), "testdata", "email", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// s3Event builds the SQS message S3 sends for an object created in b.
func s3Event(tb testing.TB, id, b string, keys ...string) events.SQSMessage {
	tb.Helper()
	type rec struct {
		EventSource string `json:"eventSource"`
		EventName   string `json:"eventName"`
		EventTime   string `json:"eventTime"`
		S3          struct {
			Bucket struct {
				Name string `json:"name"`
			} `json:"bucket"`
			Object struct {
				Key  string `json:"key"`
				Size int64  `json:"size"`
			} `json:"object"`
		} `json:"s3"`
	}
	var body struct {
		Records []rec `json:"Records"`
	}
	for _, k := range keys {
		var r rec
		r.EventSource, r.EventName, r.EventTime = "aws:s3", "ObjectCreated:Put", "2025-03-21T10:15:08.123Z"
		r.S3.Bucket.Name = b
		// S3 sends keys URL-encoded, spaces as "+".
		r.S3.Object.Key = strings.ReplaceAll(url.PathEscape(k), "%2F", "/")
		body.Records = append(body.Records, r)
	}
	j, err := json.Marshal(body)
	if err != nil {
		tb.Fatal(err)
	}
	return events.SQSMessage{MessageId: id, Body: string(j)}
}

func TestHandleWritesOneObjectPerDocument(t *testing.T) {
	objs := &fakeObjects{data: map[string][]byte{
		"inbound-email/two":     fixture(t, "two-attachments.eml"),
		"inbound-email/outlook": fixture(t, "outlook-rapid-review.eml"),
		"inbound-email/virus":   fixture(t, "virus-verdict.eml"),
	}}
	st := &fakeStore{}
	h := newTestHandler(objs, st)
	ev := events.SQSEvent{Records: []events.SQSMessage{
		s3Event(t, "m1", bucket, "inbound-email/two", "inbound-email/outlook"),
		s3Event(t, "m2", bucket, "inbound-email/virus"),
	}}
	resp, err := h.Handle(context.Background(), ev)
	if err != nil || len(resp.BatchItemFailures) != 0 {
		t.Fatalf("Handle = %+v, %v; want no failures", resp, err)
	}
	two := keyDigest("email:two.attachments.1742569200@coventry.gov.uk")
	outlook := keyDigest("email:LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4@LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM")
	virus := keyDigest("email:virus.1742569700@coventry.gov.uk")
	want := []string{
		"submissions/E08000026/auto/" + two + "-0-Rapid_review_Child_Q.docx",
		"submissions/E08000026/auto/" + two + "-1-Yearly_report_2023-24.docx",
		"submissions/E08000026/auto/" + virus + "-0-message.eml",
		"submissions/E08000026/rapid_review/" + outlook + "-0-Rapid_review_-_Child_Q.pdf",
	}
	sort.Strings(want)
	if diff := cmp.Diff(want, st.keys()); diff != "" {
		t.Fatalf("written keys (-want +got):\n%s", diff)
	}

	// Each object describes its submission: the intake function rebuilds
	// the source from the metadata alone.
	first := st.objects[want[0]]
	var src pipeline.Source
	if !inbound.FromMetadata(first.meta, &src) {
		t.Fatalf("FromMetadata(%v) = false", first.meta)
	}
	wantSrc := pipeline.Source{
		Name: "Rapid review Child Q.docx", Key: "email:two.attachments.1742569200@coventry.gov.uk#0",
		Channel: intake.Email, Partnership: "E08000026", Submitter: "jo.bloggs@coventry.gov.uk", Parts: 2,
		MessageID: "<two.attachments.1742569200@coventry.gov.uk>",
		Subject:   "Documents for the Panel and Foundations",
	}
	if diff := cmp.Diff(wantSrc, src, cmp.FilterPath(func(p cmp.Path) bool {
		return p.String() == "Received" || p.String() == "Data"
	}, cmp.Ignore())); diff != "" {
		t.Errorf("source from metadata (-want +got):\n%s", diff)
	}
	if got := src.Received.UTC().Format("2006-01-02T15:04:05Z"); got != "2025-03-21T15:00:00Z" {
		t.Errorf("received = %s, want the message's Date 2025-03-21T15:00:00Z", got)
	}
	if got := first.meta[metaInbound]; got != "inbound-email/two" {
		t.Errorf("inbound-key = %q, want inbound-email/two", got)
	}
	if first.contentType != "application/vnd.openxmlformats-officedocument.wordprocessingml.document" {
		t.Errorf("content type = %q", first.contentType)
	}
	second := st.objects[want[1]]
	if second.meta[inbound.MetaNoReply] != "true" || second.meta[inbound.MetaSubmitter] != "" {
		t.Errorf("second document of a message: no-reply %q, submitter %q; want only the first to answer",
			second.meta[inbound.MetaNoReply], second.meta[inbound.MetaSubmitter])
	}
	v := st.objects[want[2]]
	if len(v.data) != 0 || v.meta[inbound.MetaFindings] != "virus" || v.meta[inbound.MetaNoReply] != "true" {
		t.Errorf("virus message: %d bytes, findings %q, no-reply %q; want nothing opened, virus, no reply",
			len(v.data), v.meta[inbound.MetaFindings], v.meta[inbound.MetaNoReply])
	}

	// A redelivered notification writes nothing again.
	puts := st.puts
	if resp, err := h.Handle(context.Background(), ev); err != nil || len(resp.BatchItemFailures) != 0 {
		t.Fatalf("second Handle = %+v, %v", resp, err)
	}
	if st.puts != puts {
		t.Errorf("redelivery wrote %d more objects, want none", st.puts-puts)
	}
}

func TestHandleSkips(t *testing.T) {
	objs := &fakeObjects{data: map[string][]byte{
		"inbound-email/AMAZON_SES_SETUP_NOTIFICATION": []byte("Amazon SES set-up notification"),
		"submissions/E08000026/auto/x.pdf":            []byte("%PDF-1.4"),
		"inbound-email/elsewhere":                     fixture(t, "outlook-rapid-review.eml"),
	}}
	st := &fakeStore{}
	h := newTestHandler(objs, st)
	ev := events.SQSEvent{Records: []events.SQSMessage{
		s3Event(t, "setup", bucket, "inbound-email/AMAZON_SES_SETUP_NOTIFICATION"),
		s3Event(t, "upload", bucket, "submissions/E08000026/auto/x.pdf"),
		s3Event(t, "other-bucket", "someone-elses", "inbound-email/elsewhere"),
		s3Event(t, "deleted", bucket, "inbound-email/gone"),
		{MessageId: "test", Body: `{"Service":"Amazon S3","Event":"s3:TestEvent","Bucket":"intake-test"}`},
	}}
	resp, err := h.Handle(context.Background(), ev)
	if err != nil || len(resp.BatchItemFailures) != 0 {
		t.Fatalf("Handle = %+v, %v; want no failures", resp, err)
	}
	if len(st.objects) != 0 {
		t.Errorf("wrote %v, want nothing", st.keys())
	}
}

func TestHandleFailures(t *testing.T) {
	tests := []struct {
		name  string
		objs  *fakeObjects
		store *fakeStore
		msg   events.SQSMessage
	}{
		{"not a notification", &fakeObjects{}, &fakeStore{}, events.SQSMessage{MessageId: "bad", Body: "{not json"}},
		{"read fails", &fakeObjects{err: errors.New("throttled")}, &fakeStore{}, s3Event(t, "bad", bucket, "inbound-email/x")},
		{"write fails", &fakeObjects{data: map[string][]byte{"inbound-email/x": fixture(t, "outlook-rapid-review.eml")}},
			&fakeStore{err: errors.New("slow down")}, s3Event(t, "bad", bucket, "inbound-email/x")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newTestHandler(tt.objs, tt.store)
			ok := s3Event(t, "good", bucket, "inbound-email/AMAZON_SES_SETUP_NOTIFICATION")
			resp, err := h.Handle(context.Background(), events.SQSEvent{Records: []events.SQSMessage{ok, tt.msg}})
			if err != nil {
				t.Fatal(err)
			}
			want := []events.SQSBatchItemFailure{{ItemIdentifier: "bad"}}
			if diff := cmp.Diff(want, resp.BatchItemFailures); diff != "" {
				t.Errorf("failures (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHandleEveryFixture runs every fixture through the handler: each
// gives at least one object, and every object's metadata rebuilds an
// email source with the fixture's findings.
func TestHandleEveryFixture(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testenv.Root(t), "testdata", "email", "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("fixtures: %v, %v", files, err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			raw := fixture(t, name)
			st := &fakeStore{}
			h := newTestHandler(&fakeObjects{data: map[string][]byte{"inbound-email/" + name: raw}}, st)
			resp, err := h.Handle(context.Background(), events.SQSEvent{Records: []events.SQSMessage{s3Event(t, "m", bucket, "inbound-email/"+name)}})
			if err != nil || len(resp.BatchItemFailures) != 0 {
				t.Fatalf("Handle = %+v, %v", resp, err)
			}
			want := inbound.Read(raw, inbound.Options{Registry: registry.Default()})
			if len(st.objects) != len(want) {
				t.Fatalf("wrote %d objects, want %d", len(st.objects), len(want))
			}
			for i, w := range want {
				obj, ok := st.objects[objectKey(w, i)]
				if !ok {
					t.Fatalf("no object at %s", objectKey(w, i))
				}
				var got pipeline.Source
				if !inbound.FromMetadata(obj.meta, &got) {
					t.Fatalf("FromMetadata = false for %v", obj.meta)
				}
				if got.Key != w.Key || !cmp.Equal(got.Findings, w.Findings) || got.NoReply != w.NoReply || string(obj.data) != string(w.Data) {
					t.Errorf("object %d: key %q findings %v noreply %v; want %q %v %v", i, got.Key, got.Findings, got.NoReply, w.Key, w.Findings, w.NoReply)
				}
			}
		})
	}
}

// keyedError fails as the S3 store does, quoting the object's key.
type keyedError struct{ fakeStore }

func (k *keyedError) PutNew(_ context.Context, key string, _ []byte, _ string, _ map[string]string) (bool, error) {
	return false, fmt.Errorf("writing %s: connection reset", key)
}

// TestFailureLogsNoAttachmentName fails the write of a submission whose
// key holds the attachment's name ("Rapid review Child Q"): the log says
// what failed without it.
func TestFailureLogsNoAttachmentName(t *testing.T) {
	var buf bytes.Buffer
	l := logrus.New()
	l.SetOutput(&buf)
	l.SetFormatter(&logrus.JSONFormatter{})
	h := newTestHandler(&fakeObjects{data: map[string][]byte{"inbound-email/x": fixture(t, "two-attachments.eml")}}, nil)
	h.store = &keyedError{}
	h.log = l
	resp, err := h.Handle(context.Background(), events.SQSEvent{Records: []events.SQSMessage{s3Event(t, "m", bucket, "inbound-email/x")}})
	if err != nil || len(resp.BatchItemFailures) != 1 {
		t.Fatalf("Handle = %+v, %v; want the message failed", resp, err)
	}
	out := buf.String()
	if !strings.Contains(out, "connection reset") {
		t.Fatalf("log does not say what failed:\n%s", out)
	}
	for _, leak := range []string{"Child", "Rapid_review", "Rapid review"} {
		if strings.Contains(out, leak) {
			t.Errorf("log carries %q:\n%s", leak, out)
		}
	}
}

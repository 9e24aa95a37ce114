package main

import (
	"bytes"
	"context"
	"fmt"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/infra/localaws/stack"
	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/testkit/awsproxy"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) {
	code := moto.Main(m)
	if bootstrapDir != "" {
		os.RemoveAll(bootstrapDir)
	}
	os.Exit(code)
}

// Addresses of the end-to-end world.
const (
	sender = "intake@example.org"
	panel  = "panel@example.org"
	wwc    = "wwc@example.org"
	dfe    = "dfe@example.org"
	// The Secretary of State's and Ofsted's addresses for practice reviews.
	dfeReviews = "reviews@example.org"
	ofsted     = "ofsted@example.org"
)

// world is one deployment on moto_server: the resources localaws creates,
// the handler wired as main wires it, talking to moto through a proxy that
// can inject faults and records what SES accepted.
type world struct {
	names    stack.Names
	moto     *moto.Server
	proxy    *awsproxy.Proxy
	direct   aws.Config // straight to moto, for the test's own calls
	fn       aws.Config // the function's own, through the proxy
	env      map[string]string
	h        *handler
	queueURL string
	logs     *syncBuffer
}

var worlds atomic.Int32

// newWorld builds a world; env, when given, changes the function's
// environment before it is read.
func newWorld(tb testing.TB, env ...map[string]string) *world {
	tb.Helper()
	ctx := context.Background()
	mt := moto.Shared(tb)
	n := worlds.Add(1)
	w := &world{
		names: stack.Names{
			Bucket: fmt.Sprintf("e2e-intake-%d", n),
			Queue:  fmt.Sprintf("e2e-intake-%d", n),
			Table:  fmt.Sprintf("e2e-ledger-%d", n),
			Sender: sender,
		},
		moto:   mt,
		proxy:  awsproxy.NewProxy(tb, mt.URL),
		direct: mt.Config(),
		logs:   &syncBuffer{},
	}
	if err := stack.Apply(ctx, w.direct, w.names, stack.Default()); err != nil {
		tb.Fatalf("localaws: %v", err)
	}
	u, err := sqs.NewFromConfig(w.direct).GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String(w.names.Queue)})
	if err != nil {
		tb.Fatal(err)
	}
	w.queueURL = aws.ToString(u.QueueUrl)

	w.env = map[string]string{
		"INTAKE_BUCKET": w.names.Bucket, "LEDGER_TABLE": w.names.Table, "SENDER_ADDRESS": sender,
		"RECIPIENT_PANEL": panel, "RECIPIENT_WWC": wwc, "RECIPIENT_DFE": dfe,
		"RECIPIENT_DFE_REVIEWS": dfeReviews, "RECIPIENT_OFSTED": ofsted,
		"ATTACH_LIMIT_BYTES": "7340032", "LOG_LEVEL": "info",
	}
	for _, e := range env {
		maps.Copy(w.env, e)
	}
	cfg, err := loadConfig(func(k string) string { return w.env[k] })
	if err != nil {
		tb.Fatal(err)
	}
	log := logrus.New()
	log.SetFormatter(&logrus.JSONFormatter{})
	log.SetOutput(w.logs)

	// The function's own configuration, but through the proxy, and with
	// quick retries so that an injected fault costs milliseconds.
	awsCfg := mt.Config()
	awsCfg.BaseEndpoint = aws.String(w.proxy.URL)
	awsCfg.Retryer = func() aws.Retryer {
		return retry.NewStandard(func(o *retry.StandardOptions) {
			o.MaxBackoff = 5 * time.Millisecond
			o.RateLimiter = ratelimit.None
		})
	}
	w.fn = awsCfg
	w.h, err = newHandler(cfg, awsCfg, log)
	if err != nil {
		tb.Fatal(err)
	}

	// S3 announced the notification configuration with a test event; it
	// goes through the handler like any message.
	ev := w.receive(tb, 1)
	if resp := w.deliver(tb, ev); len(resp.BatchItemFailures) != 0 {
		tb.Fatalf("the S3 test event failed: %+v", resp)
	}
	return w
}

// upload puts a sample submission under key, with user metadata.
func (w *world) upload(tb testing.TB, key, sample string, meta map[string]string) {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(testenv.Root(tb), "testdata", "submissions", sample))
	if err != nil {
		tb.Fatal(err)
	}
	_, err = s3.NewFromConfig(w.direct, moto.PathStyle).PutObject(context.Background(), &s3.PutObjectInput{
		Bucket: aws.String(w.names.Bucket), Key: aws.String(key), Body: bytes.NewReader(data), Metadata: meta,
	})
	if err != nil {
		tb.Fatalf("uploading %s: %v", key, err)
	}
}

// receive takes n messages from the queue as Lambda's poller does and
// builds the event it would pass to the function.
func (w *world) receive(tb testing.TB, n int) events.SQSEvent {
	tb.Helper()
	c := sqs.NewFromConfig(w.direct)
	var ev events.SQSEvent
	for tries := 0; len(ev.Records) < n; tries++ {
		if tries == 50 {
			tb.Fatalf("received %d messages, want %d", len(ev.Records), n)
		}
		out, err := c.ReceiveMessage(context.Background(), &sqs.ReceiveMessageInput{
			QueueUrl: aws.String(w.queueURL), MaxNumberOfMessages: int32(min(10, n-len(ev.Records))),
			MessageSystemAttributeNames: []sqstypes.MessageSystemAttributeName{sqstypes.MessageSystemAttributeNameAll},
			VisibilityTimeout:           60,
		})
		if err != nil {
			tb.Fatal(err)
		}
		for _, m := range out.Messages {
			ev.Records = append(ev.Records, events.SQSMessage{
				MessageId:      aws.ToString(m.MessageId),
				ReceiptHandle:  aws.ToString(m.ReceiptHandle),
				Body:           aws.ToString(m.Body),
				Md5OfBody:      aws.ToString(m.MD5OfBody),
				Attributes:     m.Attributes,
				EventSource:    "aws:sqs",
				EventSourceARN: "arn:aws:sqs:" + moto.Region + ":123456789012:" + w.names.Queue,
				AWSRegion:      moto.Region,
			})
		}
		if len(out.Messages) == 0 {
			time.Sleep(20 * time.Millisecond)
		}
	}
	return ev
}

// deliver runs the handler on ev and settles the messages as Lambda does:
// the successful ones are deleted, the failed ones become visible again
// (at once, rather than after the visibility timeout).
func (w *world) deliver(tb testing.TB, ev events.SQSEvent) events.SQSEventResponse {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	ctx = lambdacontext.NewContext(ctx, &lambdacontext.LambdaContext{AwsRequestID: fmt.Sprintf("req-%d", time.Now().UnixNano())})
	resp, err := w.h.Handle(ctx, ev)
	if err != nil {
		tb.Fatalf("Handle error = %v, want nil", err)
	}
	w.settle(tb, ev, resp)
	return resp
}

func (w *world) settle(tb testing.TB, ev events.SQSEvent, resp events.SQSEventResponse) {
	tb.Helper()
	c := sqs.NewFromConfig(w.direct)
	failed := map[string]bool{}
	for _, f := range resp.BatchItemFailures {
		failed[f.ItemIdentifier] = true
	}
	for _, m := range ev.Records {
		var err error
		if failed[m.MessageId] {
			_, err = c.ChangeMessageVisibility(context.Background(), &sqs.ChangeMessageVisibilityInput{
				QueueUrl: aws.String(w.queueURL), ReceiptHandle: aws.String(m.ReceiptHandle), VisibilityTimeout: 0,
			})
		} else {
			_, err = c.DeleteMessage(context.Background(), &sqs.DeleteMessageInput{
				QueueUrl: aws.String(w.queueURL), ReceiptHandle: aws.String(m.ReceiptHandle),
			})
		}
		if err != nil {
			tb.Fatal(err)
		}
	}
}

// ledger reads the world's ledger directly.
func (w *world) ledger() pipeline.Ledger {
	return dynamoledger.New(dynamodb.NewFromConfig(w.direct), w.names.Table)
}

// records returns every submission in the ledger.
func (w *world) records(tb testing.TB) []intake.Record {
	tb.Helper()
	recs, err := w.ledger().List(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return recs
}

// receipts lists the keys under receipts/ and checks each is a PDF.
func (w *world) receipts(tb testing.TB) []string {
	tb.Helper()
	c := s3.NewFromConfig(w.direct, moto.PathStyle)
	out, err := c.ListObjectsV2(context.Background(), &s3.ListObjectsV2Input{Bucket: aws.String(w.names.Bucket), Prefix: aws.String("receipts/")})
	if err != nil {
		tb.Fatal(err)
	}
	var keys []string
	for _, o := range out.Contents {
		keys = append(keys, aws.ToString(o.Key))
		obj, err := c.GetObject(context.Background(), &s3.GetObjectInput{Bucket: aws.String(w.names.Bucket), Key: o.Key})
		if err != nil {
			tb.Fatal(err)
		}
		head := make([]byte, 5)
		obj.Body.Read(head)
		obj.Body.Close()
		if string(head) != "%PDF-" {
			tb.Errorf("receipt %s starts %q, want a PDF", aws.ToString(o.Key), head)
		}
	}
	slices.Sort(keys)
	return keys
}

// queueDepth returns the messages left on a queue, visible or not.
func (w *world) queueDepth(tb testing.TB, name string) int {
	tb.Helper()
	c := sqs.NewFromConfig(w.direct)
	u, err := c.GetQueueUrl(context.Background(), &sqs.GetQueueUrlInput{QueueName: aws.String(name)})
	if err != nil {
		tb.Fatal(err)
	}
	a, err := c.GetQueueAttributes(context.Background(), &sqs.GetQueueAttributesInput{QueueUrl: u.QueueUrl,
		AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameApproximateNumberOfMessages,
			sqstypes.QueueAttributeNameApproximateNumberOfMessagesNotVisible}})
	if err != nil {
		tb.Fatal(err)
	}
	var n, m int
	fmt.Sscan(a.Attributes["ApproximateNumberOfMessages"], &n)
	fmt.Sscan(a.Attributes["ApproximateNumberOfMessagesNotVisible"], &m)
	return n + m
}

// sentCounts returns how many accepted messages each address got.
func (w *world) sentCounts(addrs ...string) map[string]int {
	got := map[string]int{}
	for _, a := range addrs {
		got[a] = w.proxy.SentTo(a)
	}
	return got
}

func wantCounts(tb testing.TB, what string, got, want map[string]int) {
	tb.Helper()
	for a, n := range want {
		if got[a] != n {
			tb.Errorf("%s: %d messages to %s, want %d (all: %v)", what, got[a], a, n, got)
		}
	}
}

// TestEndToEndKinds uploads a good document of each kind and checks that
// each reached exactly its recipients, with a receipt and a ledger record:
// a practice review goes to the Panel, the Secretary of State and Ofsted.
func TestEndToEndKinds(t *testing.T) {
	w := newWorld(t)
	w.upload(t, "submissions/E08000026/auto/Rapid review Child Q.pdf", "rapid-review-coventry-child-q.pdf",
		map[string]string{"submitter": "manager@coventry.gov.uk"})
	w.upload(t, "submissions/E08000035/yearly_report/Leeds yearly report 2023–24.pdf", "yearly-report-leeds-2023-24.pdf",
		map[string]string{"submitter": "manager@leeds.gov.uk"})
	w.upload(t, "submissions/E09000007/auto/arrangements-camden-2024.docx", "arrangements-camden-2024.docx",
		map[string]string{"submitter": "manager@camden.gov.uk"})
	w.upload(t, "submissions/E08000031/auto/LCSPR Child L final report.pdf", "practice-review-wolverhampton-final-report.pdf",
		map[string]string{"submitter": "manager@wolverhampton.gov.uk"})

	resp := w.deliver(t, w.receive(t, 4))
	if len(resp.BatchItemFailures) != 0 {
		t.Fatalf("failed messages: %+v\nlogs:\n%s", resp.BatchItemFailures, w.logs)
	}
	wantCounts(t, "after one delivery", w.sentCounts(panel, wwc, dfe, dfeReviews, ofsted),
		map[string]int{panel: 3, wwc: 1, dfe: 1, dfeReviews: 1, ofsted: 1})
	wantCounts(t, "acknowledgements", w.sentCounts("manager@coventry.gov.uk", "manager@leeds.gov.uk", "manager@camden.gov.uk", "manager@wolverhampton.gov.uk"),
		map[string]int{"manager@coventry.gov.uk": 1, "manager@leeds.gov.uk": 1, "manager@camden.gov.uk": 1, "manager@wolverhampton.gov.uk": 1})
	if n := len(w.proxy.Sent()); n != 11 {
		t.Errorf("%d messages sent, want 11", n)
	}

	recs := w.records(t)
	kinds := map[intake.Kind]intake.Record{}
	for _, r := range recs {
		kinds[r.Kind] = r
	}
	for kind, to := range map[intake.Kind][]string{
		intake.RapidReview: {panel}, intake.YearlyReport: {panel, wwc}, intake.Arrangements: {dfe},
		intake.PracticeReview: {ofsted, panel, dfeReviews},
	} {
		r, ok := kinds[kind]
		if !ok {
			t.Errorf("no %s in the ledger (%d records)", kind, len(recs))
			continue
		}
		if r.Status != intake.Accepted || r.Channel != intake.Portal {
			t.Errorf("%s %s: status %s channel %s, want accepted portal", kind, r.ID, r.Status, r.Channel)
		}
		var sent []string
		for _, d := range r.Deliveries {
			if d.Recipient != intake.RecipientSubmitter && d.Status == intake.DeliverySent {
				sent = append(sent, d.Address)
			}
			if d.Status != intake.DeliverySent {
				t.Errorf("%s %s: delivery to %s is %s, want sent", kind, r.ID, d.Recipient, d.Status)
			}
		}
		slices.Sort(sent)
		if !slices.Equal(sent, to) {
			t.Errorf("%s %s: sent to %v, want %v", kind, r.ID, sent, to)
		}
	}
	var want []string
	for _, r := range recs {
		want = append(want, "receipts/"+r.ID+".pdf")
	}
	slices.Sort(want)
	if got := w.receipts(t); !slices.Equal(got, want) {
		t.Errorf("receipts %v, want %v", got, want)
	}
}

// TestEndToEndRedelivery delivers one event twice in turn, and another
// to two invocations at once: nobody is told twice.
func TestEndToEndRedelivery(t *testing.T) {
	w := newWorld(t)
	w.upload(t, "submissions/E10000016/auto/kent.pdf", "rapid-review-kent-child-m.pdf", map[string]string{"submitter": "a@kent.gov.uk"})
	ev := w.receive(t, 1)
	for i := range 2 {
		resp, err := w.h.Handle(context.Background(), ev)
		if err != nil || len(resp.BatchItemFailures) != 0 {
			t.Fatalf("delivery %d: %+v, %v", i+1, resp, err)
		}
	}
	w.settle(t, ev, events.SQSEventResponse{})
	wantCounts(t, "same event twice", w.sentCounts(panel, "a@kent.gov.uk"), map[string]int{panel: 1, "a@kent.gov.uk": 1})

	w.upload(t, "submissions/E08000026/auto/coventry.docx", "rapid-review-coventry-child-q.docx", map[string]string{"submitter": "b@coventry.gov.uk"})
	ev = w.receive(t, 1)
	var wg sync.WaitGroup
	var failures atomic.Int32
	for range 2 {
		wg.Go(func() {
			resp, err := w.h.Handle(context.Background(), ev)
			if err != nil {
				t.Error(err)
			}
			failures.Add(int32(len(resp.BatchItemFailures)))
		})
	}
	wg.Wait()
	if failures.Load() != 0 {
		// One racer may find the other holding a delivery and ask for a
		// retry; the retry must then send nothing new.
		w.deliver(t, ev)
	}
	w.settle(t, ev, events.SQSEventResponse{})
	wantCounts(t, "two racing invocations", w.sentCounts(panel, "b@coventry.gov.uk"), map[string]int{panel: 2, "b@coventry.gov.uk": 1})
	if n := len(w.records(t)); n != 2 {
		t.Errorf("%d ledger records, want 2", n)
	}
}

// TestEndToEndDocumentLimit sets DOCUMENT_LIMIT_BYTES to 1 MiB and uploads
// a good rapid review padded past it: the function rejects it as too
// large, tells the submitter, and forwards nothing.
func TestEndToEndDocumentLimit(t *testing.T) {
	w := newWorld(t, map[string]string{"DOCUMENT_LIMIT_BYTES": "1048576"})
	data, err := os.ReadFile(filepath.Join(testenv.Root(t), "testdata", "submissions", "rapid-review-coventry-child-q.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	// Bytes after the end of a PDF change nothing a reader sees.
	data = append(data, bytes.Repeat([]byte("\n%padding"), 120<<10)...)
	_, err = s3.NewFromConfig(w.direct, moto.PathStyle).PutObject(context.Background(), &s3.PutObjectInput{
		Bucket: aws.String(w.names.Bucket), Key: aws.String("submissions/E08000026/auto/big.pdf"),
		Body: bytes.NewReader(data), Metadata: map[string]string{"submitter": "d@coventry.gov.uk"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if resp := w.deliver(t, w.receive(t, 1)); len(resp.BatchItemFailures) != 0 {
		t.Fatalf("failed messages: %+v\nlogs:\n%s", resp.BatchItemFailures, w.logs)
	}
	recs := w.records(t)
	if len(recs) != 1 || recs[0].Status != intake.Rejected || !slices.ContainsFunc(recs[0].Findings, func(f intake.Finding) bool { return f.Code == intake.TooLarge }) {
		t.Fatalf("records %+v, want one rejected as too_large", recs)
	}
	wantCounts(t, "too large", w.sentCounts(panel, "d@coventry.gov.uk"), map[string]int{panel: 0, "d@coventry.gov.uk": 1})
}

// TestEndToEndSESRecovery fails SES for one recipient: only its message is
// retried, and only that recipient is sent to on the retry.
func TestEndToEndSESRecovery(t *testing.T) {
	w := newWorld(t)
	w.proxy.Fail(awsproxy.Fault{Service: "ses", Recipient: wwc, Status: 500, Code: "InternalFailure"})
	w.upload(t, "submissions/E08000035/yearly_report/leeds.pdf", "yearly-report-leeds-2023-24.pdf", map[string]string{"submitter": "c@leeds.gov.uk"})
	w.upload(t, "submissions/E09000007/auto/camden.docx", "arrangements-camden-2024.docx", nil)
	ev := w.receive(t, 2)
	resp := w.deliver(t, ev)
	if len(resp.BatchItemFailures) != 1 {
		t.Fatalf("%d failed messages, want 1 (the yearly report's)\nlogs:\n%s", len(resp.BatchItemFailures), w.logs)
	}
	wantCounts(t, "while SES fails for WWC", w.sentCounts(panel, wwc, dfe, "c@leeds.gov.uk"),
		map[string]int{panel: 1, wwc: 0, dfe: 1, "c@leeds.gov.uk": 1})

	w.proxy.Clear()
	before := len(w.proxy.Sent())
	resp = w.deliver(t, w.receive(t, 1))
	if len(resp.BatchItemFailures) != 0 {
		t.Fatalf("retry failed: %+v\nlogs:\n%s", resp.BatchItemFailures, w.logs)
	}
	if got := w.proxy.Sent()[before:]; len(got) != 1 || !slices.Equal(got[0].To, []string{wwc}) {
		t.Errorf("the retry sent %v, want one message to %s", recipients(got), wwc)
	}
	wantCounts(t, "after recovery", w.sentCounts(panel, wwc, dfe, "c@leeds.gov.uk"),
		map[string]int{panel: 1, wwc: 1, dfe: 1, "c@leeds.gov.uk": 1})
	if n := w.queueDepth(t, w.names.Queue); n != 0 {
		t.Errorf("%d messages left on the queue, want 0", n)
	}
}

// TestEndToEndThrottling throttles DynamoDB: the message is kept for a
// retry, which completes it.
func TestEndToEndThrottling(t *testing.T) {
	w := newWorld(t)
	w.proxy.Fail(awsproxy.Fault{Service: "dynamodb", Status: 400, Code: "ThrottlingException"})
	w.upload(t, "submissions/E06000052/auto/cornwall.pdf", "rapid-review-cornwall-late.pdf", nil)
	ev := w.receive(t, 1)
	resp := w.deliver(t, ev)
	if len(resp.BatchItemFailures) != 1 || resp.BatchItemFailures[0].ItemIdentifier != ev.Records[0].MessageId {
		t.Fatalf("failures %+v, want the throttled message", resp.BatchItemFailures)
	}
	if n := w.queueDepth(t, w.names.Queue); n != 1 {
		t.Fatalf("%d messages on the queue while throttled, want 1", n)
	}
	if n := len(w.proxy.Sent()); n != 0 {
		t.Errorf("%d messages sent while the ledger was throttled, want 0", n)
	}

	w.proxy.Clear()
	resp = w.deliver(t, w.receive(t, 1))
	if len(resp.BatchItemFailures) != 0 {
		t.Fatalf("retry failed: %+v\nlogs:\n%s", resp.BatchItemFailures, w.logs)
	}
	wantCounts(t, "after the throttling", w.sentCounts(panel), map[string]int{panel: 1})
	if n := w.queueDepth(t, w.names.Queue) + w.queueDepth(t, w.names.Queue+"-dlq"); n != 0 {
		t.Errorf("%d messages left on the queues, want 0", n)
	}
}

// TestEndToEndCorrupt sends a truncated PDF: recorded as rejected, the
// submitter told, nothing forwarded, and the message not failed.
func TestEndToEndCorrupt(t *testing.T) {
	w := newWorld(t)
	w.upload(t, "submissions/E08000026/rapid_review/truncated.pdf", "rapid-review-coventry-truncated.pdf",
		map[string]string{"submitter": "d@coventry.gov.uk"})
	resp := w.deliver(t, w.receive(t, 1))
	if len(resp.BatchItemFailures) != 0 {
		t.Fatalf("failures %+v, want none for a bad document", resp.BatchItemFailures)
	}
	if got := recipients(w.proxy.Sent()); !slices.Equal(got, []string{"d@coventry.gov.uk"}) {
		t.Errorf("sent to %v, want only the submitter", got)
	}
	recs := w.records(t)
	if len(recs) != 1 {
		t.Fatalf("%d ledger records, want 1", len(recs))
	}
	r := recs[0]
	if r.Status != intake.Rejected || !slices.Contains(codes(r.Findings), intake.UnreadableDocument) {
		t.Errorf("record %s: status %s findings %v, want rejected with %s", r.ID, r.Status, codes(r.Findings), intake.UnreadableDocument)
	}
	if got := w.receipts(t); !slices.Equal(got, []string{"receipts/" + r.ID + ".pdf"}) {
		t.Errorf("receipts %v, want the rejection's", got)
	}
	for _, line := range strings.Split(w.logs.String(), "\n") {
		if strings.Contains(line, "truncated") {
			t.Errorf("a log line names the document: %s", line)
		}
	}
}

func recipients(ss []awsproxy.Sent) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.To...)
	}
	slices.Sort(out)
	return out
}

// BenchmarkSubmission measures one submission through the local moto path:
// upload, notification, handler, ledger, receipt and mail. Each upload
// differs by a trailing PDF comment, so none is a duplicate and each is
// forwarded to the Panel.
func BenchmarkSubmission(b *testing.B) {
	w := newWorld(b)
	pdf, err := os.ReadFile(filepath.Join(testenv.Root(b), "testdata", "submissions", "rapid-review-coventry-child-q.pdf"))
	if err != nil {
		b.Fatal(err)
	}
	s3c := s3.NewFromConfig(w.direct, moto.PathStyle)
	for i := 0; b.Loop(); i++ {
		data := fmt.Appendf(bytes.Clone(pdf), "\n%% %d\n", i)
		if _, err := s3c.PutObject(context.Background(), &s3.PutObjectInput{
			Bucket: aws.String(w.names.Bucket), Key: aws.String(fmt.Sprintf("submissions/E08000026/auto/review-%d.pdf", i)),
			Body: bytes.NewReader(data),
		}); err != nil {
			b.Fatal(err)
		}
		if resp := w.deliver(b, w.receive(b, 1)); len(resp.BatchItemFailures) != 0 {
			b.Fatalf("failed: %+v", resp)
		}
	}
	if got := w.proxy.SentTo(panel); got != b.N {
		b.Errorf("%d messages to the Panel, want %d", got, b.N)
	}
}

// syncBuffer collects log output written from several goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/mail"
	"net/url"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/aws/s3blob"
	"github.com/safeguarding-intake/intake/internal/aws/sesmail"
	"github.com/safeguarding-intake/intake/internal/inbound"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/routing"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// TestMotoRawMessageToRecipients follows emails from the bucket, where SES
// stores them, to the recipients' mail on moto_server: S3 notifies the
// mail queue, the handler writes submission objects, S3 notifies the
// intake queue, and each object's metadata gives the pipeline its source
// (as the intake function does) to validate, record and send.
func TestMotoRawMessageToRecipients(t *testing.T) {
	srv := moto.Shared(t)
	ctx := context.Background()
	cfg := srv.Config()
	s3c := s3.NewFromConfig(cfg, moto.PathStyle)
	sq := sqs.NewFromConfig(cfg)
	name := moto.Name("mailin-e2e")
	// moto keeps every message sent since it started: count this run's.
	earlier, err := srv.SentRawEmails(ctx)
	if err != nil {
		t.Fatal(err)
	}

	queue := func(q string) (url, arn string) {
		t.Helper()
		out, err := sq.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String(q)})
		if err != nil {
			t.Fatal(err)
		}
		a, err := sq.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: out.QueueUrl, AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameQueueArn}})
		if err != nil {
			t.Fatal(err)
		}
		return aws.ToString(out.QueueUrl), a.Attributes["QueueArn"]
	}
	mailURL, mailARN := queue(name + "-mail")
	intakeURL, intakeARN := queue(name + "-intake")
	if _, err := s3c.CreateBucket(ctx, &s3.CreateBucketInput{
		Bucket:                    aws.String(name),
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: types.BucketLocationConstraint(moto.Region)},
	}); err != nil {
		t.Fatal(err)
	}
	notify := func(prefix, arn string) types.QueueConfiguration {
		return types.QueueConfiguration{
			Events:   []types.Event{"s3:ObjectCreated:*"},
			QueueArn: aws.String(arn),
			Filter: &types.NotificationConfigurationFilter{Key: &types.S3KeyFilter{
				FilterRules: []types.FilterRule{{Name: types.FilterRuleNamePrefix, Value: aws.String(prefix)}},
			}},
		}
	}
	if _, err := s3c.PutBucketNotificationConfiguration(ctx, &s3.PutBucketNotificationConfigurationInput{
		Bucket: aws.String(name),
		NotificationConfiguration: &types.NotificationConfiguration{QueueConfigurations: []types.QueueConfiguration{
			notify("inbound-email/", mailARN), notify("submissions/", intakeARN),
		}},
	}); err != nil {
		t.Fatal(err)
	}
	db := dynamodb.NewFromConfig(cfg)
	if _, err := db.CreateTable(ctx, dynamoledger.TableInput(name)); err != nil {
		t.Fatal(err)
	}
	ses := sesv2.NewFromConfig(cfg)
	if _, err := ses.CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String("intake.example.gov.uk")}); err != nil {
		t.Fatal(err)
	}
	routes := routing.Default()
	env := map[string]string{"RECIPIENT_PANEL": "panel@example.gov.uk", "RECIPIENT_WWC": "wwc@example.org.uk", "RECIPIENT_DFE": "dfe@example.gov.uk"}
	if err := routes.ApplyEnv(func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	blobs := s3blob.New(s3c, s3.NewPresignClient(s3c), name)
	p := &pipeline.Pipeline{
		Blobs: blobs, Ledger: dynamoledger.New(db, name), Mailer: sesmail.New(ses),
		Registry: registry.Default(), Routes: routes, Sender: "submissions@intake.example.gov.uk",
	}

	// SES stores the messages.
	for key, file := range map[string]string{
		"inbound-email/AMAZON_SES_SETUP_NOTIFICATION": "",
		"inbound-email/o1r2t3":                        "outlook-rapid-review.eml",
		"inbound-email/s4p5m6":                        "spam-verdict.eml",
	} {
		data := []byte("Amazon SES set-up notification")
		if file != "" {
			data = fixture(t, file)
		}
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(name), Key: aws.String(key), Body: bytes.NewReader(data)}); err != nil {
			t.Fatal(err)
		}
	}

	h := newHandler(config{Bucket: name}, s3c, quietLog())
	if resp, err := h.Handle(ctx, receive(t, sq, mailURL, 3)); err != nil || len(resp.BatchItemFailures) != 0 {
		t.Fatalf("mailin Handle = %+v, %v", resp, err)
	}

	// The intake function's part: each announced submission object, read
	// with its metadata, is a source for the pipeline.
	var outcomes []intake.Outcome
	for _, msg := range receive(t, sq, intakeURL, 2).Records {
		for _, key := range keysOf(t, msg) {
			data, meta, _, err := blobs.Get(ctx, key)
			if err != nil {
				t.Fatal(err)
			}
			src := pipeline.Source{Data: data, Stored: key}
			if !inbound.FromMetadata(meta, &src) {
				t.Fatalf("%s: metadata %v is not an email's", key, meta)
			}
			out, err := p.Process(ctx, src)
			if err != nil {
				t.Fatalf("Process(%s): %v", key, err)
			}
			outcomes = append(outcomes, out)
		}
	}
	statuses := map[string]intake.Status{}
	for _, o := range outcomes {
		statuses[o.File] = o.Status
	}
	if len(outcomes) != 2 || statuses["Rapid review - Child Q.pdf"] != intake.Accepted || statuses["message.eml"] != intake.Rejected {
		t.Fatalf("outcomes %v, want the rapid review accepted and the spam rejected", statuses)
	}

	sent, err := srv.SentRawEmails(ctx)
	if err != nil {
		t.Fatal(err)
	}
	to := map[string]int{}
	for _, m := range sent[len(earlier):] {
		// moto lists a recipient once from the envelope and once from
		// the To field: count each address once per message.
		seen := map[string]bool{}
		for _, d := range m.Destinations {
			if a, err := mail.ParseAddress(d); err == nil && !seen[a.Address] {
				seen[a.Address] = true
				to[a.Address]++
			}
		}
		msg, err := mail.ReadMessage(strings.NewReader(m.Data))
		if err != nil {
			t.Fatalf("sent message: %v", err)
		}
		if got := msg.Header.Get("From"); !strings.Contains(got, "submissions@intake.example.gov.uk") {
			t.Errorf("sent From %q, want the sender address", got)
		}
		if seen["jo.bloggs@coventry.gov.uk"] {
			const id = "<LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4@LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM>"
			if got := msg.Header.Get("In-Reply-To"); got != id {
				t.Errorf("acknowledgement's In-Reply-To = %q, want %q", got, id)
			}
		}
	}
	want := map[string]int{"panel@example.gov.uk": 1, "jo.bloggs@coventry.gov.uk": 1}
	if len(to) != len(want) || to["panel@example.gov.uk"] != 1 || to["jo.bloggs@coventry.gov.uk"] != 1 {
		t.Errorf("sent to %v, want %v (nothing to the spam's sender)", to, want)
	}
}

// receive reads at least n messages from a queue, deleting them, as the
// Lambda event source mapping would.
func receive(tb testing.TB, sq *sqs.Client, url string, n int) events.SQSEvent {
	tb.Helper()
	var ev events.SQSEvent
	for try := 0; try < 20 && len(ev.Records) < n; try++ {
		out, err := sq.ReceiveMessage(context.Background(), &sqs.ReceiveMessageInput{
			QueueUrl: aws.String(url), MaxNumberOfMessages: 10, WaitTimeSeconds: 1,
		})
		if err != nil {
			tb.Fatal(err)
		}
		for _, m := range out.Messages {
			ev.Records = append(ev.Records, events.SQSMessage{MessageId: aws.ToString(m.MessageId), Body: aws.ToString(m.Body)})
			if _, err := sq.DeleteMessage(context.Background(), &sqs.DeleteMessageInput{QueueUrl: aws.String(url), ReceiptHandle: m.ReceiptHandle}); err != nil {
				tb.Fatal(err)
			}
		}
	}
	if len(ev.Records) < n {
		tb.Fatalf("received %d messages from %s, want %d", len(ev.Records), url, n)
	}
	return ev
}

// keysOf returns the object keys an S3 notification announces.
func keysOf(tb testing.TB, msg events.SQSMessage) []string {
	tb.Helper()
	// Only the keys: moto writes event times without a zone, which
	// events.S3Event will not parse.
	var n struct {
		Records []struct {
			S3 struct {
				Object struct {
					Key string `json:"key"`
				} `json:"object"`
			} `json:"s3"`
		}
	}
	if err := json.Unmarshal([]byte(msg.Body), &n); err != nil {
		tb.Fatal(err)
	}
	var keys []string
	for _, r := range n.Records {
		k, err := url.QueryUnescape(r.S3.Object.Key)
		if err != nil {
			tb.Fatal(err)
		}
		keys = append(keys, k)
	}
	return keys
}

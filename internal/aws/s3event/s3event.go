// Package s3event reads the S3 object notifications that arrive through an
// SQS queue and answers Lambda with a partial batch response, so that each
// function only says what to do with one object.
package s3event

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/sirupsen/logrus"
)

// Object is one object that S3 announced as created.
type Object struct {
	Bucket string
	// Key is URL-decoded, as it is stored.
	Key     string
	Size    int64
	Version string
	ETag    string
	// Time is when S3 saw the object created; zero when the event does
	// not say.
	Time time.Time
}

// Batch runs handle on every object announced in an SQS batch. A message
// whose objects all succeed is acknowledged; one that fails is reported
// in the response, so that SQS delivers it again and, after a few tries,
// to the dead-letter queue. When less than reserve is left before the
// invocation's deadline, the remaining messages are handed back unread.
func Batch(ctx context.Context, log logrus.FieldLogger, ev events.SQSEvent, reserve time.Duration,
	handle func(ctx context.Context, log logrus.FieldLogger, o Object) error) events.SQSEventResponse {
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		log = log.WithField("request_id", lc.AwsRequestID)
	}
	var resp events.SQSEventResponse
	for _, msg := range ev.Records {
		mlog := log.WithField("message_id", msg.MessageId)
		if dl, ok := ctx.Deadline(); ok && reserve > 0 && time.Until(dl) < reserve {
			mlog.Warn("not started: too little time left in this invocation; it will be retried")
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
			continue
		}
		if err := message(ctx, mlog, msg, handle); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
		}
	}
	return resp
}

// notification is the body of an SQS message from S3: either records or,
// once when the notification is configured, a test event. Times are read
// by hand because emulators write them without a zone.
type notification struct {
	Event   string `json:"Event"`
	Records []struct {
		EventSource string `json:"eventSource"`
		EventName   string `json:"eventName"`
		EventTime   string `json:"eventTime"`
		S3          struct {
			Bucket struct {
				Name string `json:"name"`
			} `json:"bucket"`
			Object struct {
				Key       string `json:"key"`
				Size      int64  `json:"size"`
				VersionID string `json:"versionId"`
				ETag      string `json:"eTag"`
			} `json:"object"`
		} `json:"s3"`
	} `json:"Records"`
}

var errNotS3 = errors.New("not an S3 notification")

// message handles one SQS message and returns an error when it should be
// delivered again. It logs its own failures.
func message(ctx context.Context, log logrus.FieldLogger, msg events.SQSMessage,
	handle func(context.Context, logrus.FieldLogger, Object) error) error {
	var n notification
	if err := json.Unmarshal([]byte(msg.Body), &n); err != nil || (n.Event == "" && n.Records == nil) {
		// Retrying will not help, but failing sends the message to the
		// dead-letter queue, where someone will look at it.
		log.WithField("body_bytes", len(msg.Body)).Error("not an S3 notification")
		return errNotS3
	}
	if n.Event == "s3:TestEvent" {
		log.Info("S3 test event")
		return nil
	}
	var failed error
	for i, r := range n.Records {
		rlog := log.WithField("record", i)
		if r.EventSource != "aws:s3" || !strings.HasPrefix(r.EventName, "ObjectCreated:") {
			rlog.WithFields(logrus.Fields{"source": r.EventSource, "event": r.EventName}).Info("ignored: not an object creation")
			continue
		}
		key, err := url.QueryUnescape(r.S3.Object.Key)
		if err != nil {
			rlog.Error("the object key is not URL-encoded as S3 sends it; the message will go to the dead-letter queue")
			failed = err
			continue
		}
		o := Object{
			Bucket:  r.S3.Bucket.Name,
			Key:     key,
			Size:    r.S3.Object.Size,
			Version: r.S3.Object.VersionID,
			ETag:    r.S3.Object.ETag,
			Time:    eventTime(r.EventTime),
		}
		if err := handle(ctx, rlog, o); err != nil {
			failed = err
		}
	}
	return failed
}

func eventTime(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// Redact returns err's message without the object's key or its last
// part, which adapters quote in their errors and which may name a child
// (an upload's file name, an email attachment's). Logs carry the result.
func Redact(err error, key string) string {
	msg := err.Error()
	if key == "" {
		return msg
	}
	msg = strings.ReplaceAll(msg, key, "<key>")
	if name := path.Base(key); len(name) > 3 {
		msg = strings.ReplaceAll(msg, name, "<name>")
	}
	return msg
}

package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path"
	"runtime/debug"
	"strings"
	"time"
	"unicode"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/inbound"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
)

// processor runs one submission through the pipeline. Its error means the
// service could not finish (storage, ledger or mail failed), never that the
// document was bad.
type processor interface {
	Process(ctx context.Context, src pipeline.Source) (intake.Outcome, error)
}

// objects reads an uploaded object with its user metadata and version.
type objects interface {
	Get(ctx context.Context, key string) (data []byte, meta map[string]string, versionID string, err error)
}

// Key prefixes of the intake bucket (DESIGN 4.7). Raw messages under
// inbound-email/ are the mailin function's: it writes each document they
// carry under submissions/, with metadata saying it came by email.
const (
	uploadPrefix = "submissions/"
	// copiesPrefix holds the copies the pipeline keeps of sources handed
	// to it as bytes; they were processed when they were made.
	copiesPrefix = "submissions/originals/"
)

// handler translates SQS batches of S3 notifications into pipeline runs.
type handler struct {
	bucket   string
	objects  objects
	pipeline processor
	// isMissing reports whether an error from objects means the object no
	// longer exists (deleted after it was announced).
	isMissing func(error) bool
	// reserve is the time a record is given: one is not started with less
	// left before the invocation's deadline, and waits for a retry instead.
	reserve time.Duration
	log     logrus.FieldLogger
	now     func() time.Time
}

// Handle processes every message of the batch and reports the ones to
// retry. A message fails only for its own infrastructure trouble; a bad
// document is an outcome like any other, recorded and acknowledged.
func (h *handler) Handle(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	log := h.log
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		log = log.WithField("request_id", lc.AwsRequestID)
	}
	var resp events.SQSEventResponse
	for _, msg := range ev.Records {
		mlog := log.WithField("message_id", msg.MessageId)
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < h.reserve {
			mlog.Warn("not started: too little time left in this invocation; it will be retried")
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
			continue
		}
		if err := h.message(ctx, mlog, msg); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
		}
	}
	return resp, nil
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

// message handles one SQS message. It logs its own failures, and returns
// an error when the message should be delivered again.
func (h *handler) message(ctx context.Context, log logrus.FieldLogger, msg events.SQSMessage) error {
	var n notification
	if err := json.Unmarshal([]byte(msg.Body), &n); err != nil || (n.Event == "" && n.Records == nil) {
		// Retrying will not help, but failing sends the message to the
		// dead-letter queue, where someone will look at it.
		log.WithField("body_bytes", len(msg.Body)).Error("not an S3 notification")
		return errors.New("not an S3 notification")
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
		o := object{
			bucket:   r.S3.Bucket.Name,
			key:      key,
			size:     r.S3.Object.Size,
			version:  r.S3.Object.VersionID,
			etag:     r.S3.Object.ETag,
			received: parseEventTime(r.EventTime),
		}
		if err := h.record(ctx, rlog, o); err != nil {
			failed = err
		}
	}
	return failed
}

// object is one announced S3 object.
type object struct {
	bucket, key, version, etag string
	size                       int64
	received                   time.Time
}

// record processes one object, turning a panic into a failure of its
// message so that the rest of the batch goes on.
func (h *handler) record(ctx context.Context, log logrus.FieldLogger, o object) (err error) {
	start := h.now()
	// The key holds the document's name, which may name a child: log a
	// digest by which it can be matched, never the key itself.
	sum := sha256.Sum256([]byte(o.key))
	log = log.WithFields(logrus.Fields{"key_sha256": hex.EncodeToString(sum[:8]), "bytes": o.size})
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
			log.WithFields(logrus.Fields{"error": redact(err, o.key), "stack": string(debug.Stack())}).Error("panic; the message will be retried")
		}
	}()

	switch {
	case o.bucket != h.bucket:
		log.Warn("ignored: object in another bucket")
		return nil
	case strings.HasPrefix(o.key, copiesPrefix):
		log.Info("ignored: a copy kept by the pipeline")
		return nil
	case !strings.HasPrefix(o.key, uploadPrefix):
		log.Info("ignored: not a submission")
		return nil
	}

	src, err := h.source(ctx, o)
	if err != nil {
		if h.isMissing != nil && h.isMissing(err) {
			log.Warn("ignored: the object was deleted before it could be read")
			return nil
		}
		log.WithField("error", redact(err, o.key)).Error("reading the object failed; the message will be retried")
		return err
	}
	out, err := h.pipeline.Process(ctx, src)
	fields := logrus.Fields{
		"channel":       src.Channel,
		"submission_id": out.ID,
		"status":        out.Status,
		"kind":          out.Kind,
		"sha256":        out.SHA256,
		"findings":      codes(out.Findings),
		"deliveries":    deliveries(out.Deliveries),
		"duration_ms":   h.now().Sub(start).Milliseconds(),
	}
	if out.Partnership != nil {
		fields["partnership"] = out.Partnership.ID
	}
	log = log.WithFields(fields)
	if err != nil {
		log.WithField("error", redact(err, o.key)).Error("not finished; the message will be retried")
		return err
	}
	log.Info("processed")
	return nil
}

// source reads the object and describes it for the pipeline. A document
// the mailin function took from an email says so in its metadata, which
// then describes it whole. An upload's hints come from its key
// (submissions/<partnership>/<kind|auto>/<name>) and are overridden by its
// metadata.
func (h *handler) source(ctx context.Context, o object) (pipeline.Source, error) {
	data, meta, version, err := h.objects.Get(ctx, o.key)
	if err != nil {
		return pipeline.Source{}, err
	}
	src := pipeline.Source{
		Name:     path.Base(o.key),
		Data:     data,
		Channel:  intake.Portal,
		Received: o.received,
		Stored:   o.key,
	}
	if src.Received.IsZero() {
		src.Received = h.now()
	}
	if inbound.FromMetadata(meta, &src) {
		return src, nil
	}
	parts := strings.Split(strings.TrimPrefix(o.key, uploadPrefix), "/")
	if len(parts) >= 3 {
		src.Partnership = hint(parts[0])
		src.Kind = hint(parts[1])
	}
	for k, dst := range map[string]*string{
		"partnership": &src.Partnership, "kind": &src.Kind,
		"submitter": &src.Submitter, "published": &src.Published,
	} {
		if v := hint(meta[k]); v != "" {
			*dst = v
		}
	}
	if version == "" {
		version = o.version
	}
	src.Key = "s3:" + o.bucket + "/" + o.key
	switch {
	case version != "":
		src.Key += "@" + version
	case o.etag != "":
		// An unversioned bucket (a local emulator): the content's tag
		// tells one upload under a name from the next.
		src.Key += "#" + o.etag
	}
	return src, nil
}

// redact returns err's message without the object's key or name, which
// adapters quote and which may name a child.
func redact(err error, key string) string {
	msg := strings.ReplaceAll(err.Error(), key, "<key>")
	if name := path.Base(key); len(name) > 3 {
		msg = strings.ReplaceAll(msg, name, "<name>")
	}
	return msg
}

// hint cleans an uploader's hint: no control characters, trimmed, at most
// 200 characters. "auto" and "unknown" say nothing.
func hint(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > 200 {
		s = string(r[:200])
	}
	switch strings.ToLower(s) {
	case "auto", "unknown":
		return ""
	}
	return s
}

// parseEventTime reads S3's eventTime: RFC 3339, or without a zone (UTC)
// as emulators write it. The zero time means unreadable.
func parseEventTime(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

func codes(fs []intake.Finding) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// deliveries summarises deliveries as recipient=status, without addresses.
func deliveries(ds []intake.Delivery) []string {
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, d.Recipient+"="+d.Status)
	}
	return out
}

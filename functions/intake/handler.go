package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"github.com/safeguarding-intake/intake/internal/aws/s3event"
	"path"
	"runtime/debug"
	"strings"
	"time"
	"unicode"

	"github.com/aws/aws-lambda-go/events"
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
	// imports takes the CSV exports under sins/.
	imports importer
}

// Handle processes every message of the batch and reports the ones to
// retry. A message fails only for its own infrastructure trouble; a bad
// document is an outcome like any other, recorded and acknowledged.
func (h *handler) Handle(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	return s3event.Batch(ctx, h.log, ev, h.reserve, h.record), nil
}

// record processes one object, turning a panic into a failure of its
// message so that the rest of the batch goes on.
func (h *handler) record(ctx context.Context, log logrus.FieldLogger, o s3event.Object) (err error) {
	start := h.now()
	// The key holds the document's name, which may name a child: log a
	// digest by which it can be matched, never the key itself.
	sum := sha256.Sum256([]byte(o.Key))
	log = log.WithFields(logrus.Fields{"key_sha256": hex.EncodeToString(sum[:8]), "bytes": o.Size})
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
			log.WithFields(logrus.Fields{"error": s3event.Redact(err, o.Key), "stack": string(debug.Stack())}).Error("panic; the message will be retried")
		}
	}()

	switch {
	case o.Bucket != h.bucket:
		log.Warn("ignored: object in another bucket")
		return nil
	case strings.HasPrefix(o.Key, copiesPrefix):
		log.Info("ignored: a copy kept by the pipeline")
		return nil
	case strings.HasPrefix(o.Key, sinsPrefix) && h.imports.store != nil:
		return h.importObject(ctx, log, o)
	case !strings.HasPrefix(o.Key, uploadPrefix):
		log.Info("ignored: not a submission")
		return nil
	}

	src, err := h.source(ctx, o)
	if err != nil {
		if h.isMissing != nil && h.isMissing(err) {
			log.Warn("ignored: the object was deleted before it could be read")
			return nil
		}
		log.WithField("error", s3event.Redact(err, o.Key)).Error("reading the object failed; the message will be retried")
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
		log.WithField("error", s3event.Redact(err, o.Key)).Error("not finished; the message will be retried")
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
func (h *handler) source(ctx context.Context, o s3event.Object) (pipeline.Source, error) {
	data, meta, version, err := h.objects.Get(ctx, o.Key)
	if err != nil {
		return pipeline.Source{}, err
	}
	src := pipeline.Source{
		Name:     path.Base(o.Key),
		Data:     data,
		Channel:  intake.Portal,
		Received: o.Time,
		Stored:   o.Key,
	}
	if src.Received.IsZero() {
		src.Received = h.now()
	}
	if inbound.FromMetadata(meta, &src) {
		return src, nil
	}
	parts := strings.Split(strings.TrimPrefix(o.Key, uploadPrefix), "/")
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
		version = o.Version
	}
	src.Key = "s3:" + o.Bucket + "/" + o.Key
	switch {
	case version != "":
		src.Key += "@" + version
	case o.ETag != "":
		// An unversioned bucket (a local emulator): the content's tag
		// tells one upload under a name from the next.
		src.Key += "#" + o.ETag
	}
	return src, nil
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

package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"github.com/safeguarding-intake/intake/internal/aws/s3event"
	"path"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/inbound"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/registry"
)

// objects reads a stored raw message.
type objects interface {
	Get(ctx context.Context, key string) (data []byte, meta map[string]string, versionID string, err error)
}

// store writes a submission object unless it exists.
type store interface {
	PutNew(ctx context.Context, key string, data []byte, contentType string, meta map[string]string) (wrote bool, err error)
}

const (
	// inboundPrefix is where the SES receipt rule stores raw messages.
	inboundPrefix = "inbound-email/"
	// submissionsPrefix is where submissions are written for the intake
	// function, as uploads are.
	submissionsPrefix = "submissions/"
	// setupNotification is the object SES writes when the receipt rule's
	// S3 action is created, to check it can.
	setupNotification = "AMAZON_SES_SETUP_NOTIFICATION"
	// metaInbound names the raw message a submission came from.
	metaInbound = "inbound-key"
)

// handler turns SQS batches of S3 notifications for raw messages into
// submission objects, one per document a message carries.
type handler struct {
	bucket    string
	objects   objects
	store     store
	registry  *registry.Registry
	limits    inbound.Limits
	isMissing func(error) bool
	log       logrus.FieldLogger
}

// Handle processes every message of the batch and reports the ones to
// retry. A message fails only for its own infrastructure trouble; a bad
// email is a rejected submission like any other.
func (h *handler) Handle(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	return s3event.Batch(ctx, h.log, ev, 0, h.record), nil
}

// record turns one raw message into its submission objects. A panic fails
// the record's SQS message alone.
func (h *handler) record(ctx context.Context, log logrus.FieldLogger, o s3event.Object) (err error) {
	bucket, key, arrived := o.Bucket, o.Key, o.Time
	sum := sha256.Sum256([]byte(key))
	log = log.WithField("key_sha256", hex.EncodeToString(sum[:8]))
	defer func() {
		if p := recover(); p != nil {
			log.WithField("stack", string(debug.Stack())).Errorf("panic: %v", p)
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	switch {
	case bucket != h.bucket:
		log.Warn("ignored: object in another bucket")
		return nil
	case !strings.HasPrefix(key, inboundPrefix):
		log.Info("ignored: not an inbound message")
		return nil
	case path.Base(key) == setupNotification:
		log.Info("ignored: SES set-up notification")
		return nil
	}

	raw, _, _, err := h.objects.Get(ctx, key)
	if err != nil {
		if h.isMissing != nil && h.isMissing(err) {
			log.Warn("ignored: the message was deleted before it could be read")
			return nil
		}
		log.WithField("error", s3event.Redact(err, key)).Error("reading the message failed; it will be retried")
		return err
	}
	srcs := inbound.Read(raw, inbound.Options{Registry: h.registry, Received: arrived, Limits: h.limits})
	written := 0
	for i, src := range srcs {
		meta := inbound.Metadata(src)
		meta[metaInbound] = key
		okey := objectKey(src, i)
		wrote, err := h.store.PutNew(ctx, okey, src.Data, contentType(src.Data), meta)
		if err != nil {
			// The object's key holds the attachment's name.
			log.WithField("error", s3event.Redact(err, okey)).Error("writing a submission failed; the message will be retried")
			return err
		}
		if wrote {
			written++
		}
	}
	log.WithFields(logrus.Fields{
		"bytes":       len(raw),
		"source":      keyDigest(srcs[0].Key),
		"submissions": len(srcs),
		"written":     written,
		"findings":    codes(srcs),
	}).Info("processed")
	return nil
}

// objectKey places a submission where the intake function finds uploads:
// submissions/<partnership|unknown>/<kind|auto>/<message>-<n>-<name>.
// The same message always gives the same keys, so a redelivered
// notification finds its objects written.
func objectKey(src intake.Source, n int) string {
	partnership := safe(src.Partnership, 20)
	if partnership == "" {
		partnership = "unknown"
	}
	kind := safe(src.Kind, 20)
	if kind == "" {
		kind = "auto"
	}
	name := safe(path.Base(src.Name), 80)
	if name == "" {
		name = "document"
	}
	return submissionsPrefix + partnership + "/" + kind + "/" + keyDigest(src.Key) + "-" + strconv.Itoa(n) + "-" + name
}

// keyDigest names a message without its Message-ID, which can carry the
// sender's name.
func keyDigest(sourceKey string) string {
	id, _, _ := strings.Cut(sourceKey, "#")
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:8])
}

// safe keeps the characters safe in an S3 key and a file name.
func safe(s string, max int) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
		if b.Len() >= max {
			break
		}
	}
	return strings.Trim(b.String(), "._")
}

func contentType(data []byte) string {
	if len(data) == 0 {
		return "application/octet-stream"
	}
	return extract.Sniff(data)
}

func codes(srcs []intake.Source) []string {
	var out []string
	for _, s := range srcs {
		for _, f := range s.Findings {
			out = append(out, f.Code)
		}
	}
	return out
}

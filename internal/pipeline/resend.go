package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/notify"
	"github.com/safeguarding-intake/intake/internal/receipt"
)

// Errors from Resend that describe the request rather than the service.
var (
	ErrNoSubmission  = errors.New("no such submission")
	ErrNoDelivery    = errors.New("the submission has no delivery to that recipient")
	ErrNotResendable = errors.New("only a failed or skipped delivery can be sent again")
)

// Resend sends a submission's notification to one recipient again, at the
// request of a member of staff named by: a delivery that failed, or one
// skipped because the document was rejected (staff may forward it all
// the same, and the message says it did not pass the checks).
//
// The request is recorded before anything is sent: the delivery is marked
// failed with "resend requested by <by>", then claimed and sent through the
// same ledger steps as any delivery, so a resend racing the pipeline still
// sends one message. Once sent, a note naming who asked joins the
// submission's findings and the receipt is issued again.
//
// The document travels as a download link to the stored original. A
// record made before the ledger kept that place, for a submission that
// came by email, does not say where its original is: then the
// notification carries the receipt alone.
func (p *Pipeline) Resend(ctx context.Context, id, recipient, by string) (intake.Outcome, error) {
	by = strings.TrimSpace(by)
	if by == "" {
		return intake.Outcome{}, errors.New("pipeline: resend without saying who asked for it")
	}
	rec, found, err := p.Ledger.Get(ctx, id)
	if err != nil {
		return intake.Outcome{}, fmt.Errorf("reading submission %s: %w", id, err)
	}
	if !found {
		return intake.Outcome{}, fmt.Errorf("%s: %w", id, ErrNoSubmission)
	}
	var d intake.Delivery
	for _, x := range rec.Deliveries {
		if x.Recipient == recipient {
			d = x
		}
	}
	switch {
	case d.Recipient == "":
		return rec.Outcome, fmt.Errorf("%s to %q: %w", id, recipient, ErrNoDelivery)
	case d.Status != intake.DeliveryFailed && d.Status != intake.DeliverySkipped:
		return rec.Outcome, fmt.Errorf("%s to %s is %s: %w", id, recipient, d.Status, ErrNotResendable)
	}

	requested := intake.Delivery{
		Recipient: d.Recipient,
		Address:   d.Address,
		Status:    intake.DeliveryFailed,
		At:        p.now().UTC(),
		Error:     "resend requested by " + clip(by, 200),
	}
	if err := p.Ledger.FinishDelivery(ctx, id, requested); err != nil {
		return rec.Outcome, fmt.Errorf("recording the resend request: %w", err)
	}

	provisional, err := p.render(rec.Outcome)
	if err != nil {
		return rec.Outcome, err
	}
	sent := false
	err = p.deliver(ctx, rec, d, func(via *string) (intake.Mail, error) {
		sent = true
		if d.Recipient == intake.RecipientSubmitter {
			return notify.Acknowledge(rec.Outcome, d.Address, p.Sender, provisional)
		}
		key, _ := storedKey(rec)
		return p.forwardMail(ctx, rec, d, provisional, rec.File, nil, key, storedVersion(rec.SourceKey, key), via)
	})
	if err != nil {
		return rec.Outcome, err
	}
	if !sent {
		out, _ := p.reload(ctx, id)
		return out.Outcome, fmt.Errorf("%s to %s: %w", id, recipient, ErrInFlight)
	}

	if rec, err = p.reload(ctx, id); err != nil {
		return rec.Outcome, err
	}
	var result intake.Delivery
	for _, x := range rec.Deliveries {
		if x.Recipient == recipient {
			result = x
		}
	}
	if result.Status != intake.DeliverySent {
		return rec.Outcome, fmt.Errorf("%s to %s: %s: %w", id, recipient, result.Error, ErrIncomplete)
	}
	rec.Findings = append(rec.Findings, intake.NewFinding(intake.DeliveryResent, "Sent again to %s on %s at the request of %s.",
		receipt.RecipientLabel(recipient), receipt.Time(result.At), clip(by, 200)))
	final, err := p.render(rec.Outcome)
	if err != nil {
		return rec.Outcome, err
	}
	loc, err := p.Blobs.Put(ctx, "receipts/"+rec.ID+".pdf", final, "application/pdf")
	if err != nil {
		return rec.Outcome, fmt.Errorf("storing the receipt: %w", err)
	}
	rec.Receipt = loc
	if err := p.Ledger.Update(ctx, rec); err != nil {
		return rec.Outcome, fmt.Errorf("recording the resend: %w", err)
	}
	return rec.Outcome, nil
}

// link returns a download link to key, to the given version of it when
// there is one and the blob store keeps versions.
func (p *Pipeline) link(ctx context.Context, key, version string) (string, error) {
	if vb, ok := p.Blobs.(VersionedBlobs); ok && version != "" {
		return vb.LinkVersion(ctx, key, version, p.linkTTL())
	}
	return p.Blobs.Link(ctx, key, p.linkTTL())
}

// storedVersion returns the version of key that a source key names: for
// an S3 source, "s3:bucket/<key>@<version>". Anything else names none.
func storedVersion(sourceKey, key string) string {
	if k, v, ok := s3Source(sourceKey); ok && k == key {
		return v
	}
	return ""
}

// s3Source reads an S3 source key, "s3:bucket/key" then "@version" or
// "#etag": the object's key, and its version when it names one.
func s3Source(sourceKey string) (key, version string, ok bool) {
	rest, ok := strings.CutPrefix(sourceKey, "s3:")
	if !ok {
		return "", "", false
	}
	_, key, ok = strings.Cut(rest, "/")
	if !ok {
		return "", "", false
	}
	// The suffix, when present, follows the last '@' or '#' and holds no
	// slash; names before it may contain either character.
	if i := strings.LastIndexAny(key, "@#"); i > 0 && !strings.Contains(key[i:], "/") {
		if key[i] == '@' {
			version = key[i+1:]
		}
		key = key[:i]
	}
	return key, version, key != ""
}

// storedKey returns where the original of a recorded submission is kept:
// as recorded; or, for records made before that was kept, the uploaded
// object for a source in S3 ("s3:bucket/key", then "@version" or "#etag")
// and the pipeline's own copy for one handed over as bytes. An emailed
// document's place cannot be told from its source key.
func storedKey(rec intake.Record) (string, bool) {
	if rec.Stored != "" {
		return rec.Stored, true
	}
	src := rec.SourceKey
	switch {
	case strings.HasPrefix(src, "email:"):
		return "", false
	case strings.HasPrefix(src, "s3:"):
		key, _, ok := s3Source(src)
		return key, ok
	}
	return originalKey(rec.ID, rec.File), true
}

package pipeline

import (
	"context"
	"fmt"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/notify"
	"github.com/safeguarding-intake/intake/internal/receipt"
	"time"
)

// resume handles a source the ledger already knows: it finishes whatever
// is left (a failed recipient, work cut short by a crash, or the reply to
// a message whose parts are now all done) and otherwise reports the
// submission as a duplicate of itself, sending nothing.
func (p *Pipeline) resume(ctx context.Context, rec intake.Record, src Source) (intake.Outcome, error) {
	keys := partKeys(src)
	for _, d := range rec.Deliveries {
		if keys != nil && d.Recipient == intake.RecipientSubmitter {
			// The message's reply waits for every part; see below.
			continue
		}
		if open(d) {
			return p.complete(ctx, rec, src)
		}
	}
	if rec.Receipt == "" {
		return p.complete(ctx, rec, src)
	}
	if keys != nil {
		owed, err := p.replyOwed(ctx, keys)
		if err != nil {
			return rec.Outcome, err
		}
		if owed {
			return p.complete(ctx, rec, src)
		}
	}
	out := rec.Outcome
	out.Status = intake.Duplicate
	out.DuplicateOf = rec.ID
	out.Findings = append(append([]intake.Finding(nil), out.Findings...), intake.NewFinding(intake.DuplicateSubmission,
		"This file was already received as %s on %s. Nothing new has been sent.", rec.ID, out.Received.In(intake.London).Format("2 January 2006")))
	return out, nil
}

// complete finishes a recorded submission: it keeps the original, issues
// the receipt, sends each notification not yet sent, and records every
// result. Each delivery is claimed in the ledger first, so however many
// times this runs, and however many workers race, a recipient is sent
// one notification. A part of a message with several documents is not
// answered on its own: the last part done sends the message's reply.
func (p *Pipeline) complete(ctx context.Context, rec intake.Record, src Source) (intake.Outcome, error) {
	keys := partKeys(src)
	stored := keptAt(rec.ID, src)
	if src.Stored == "" {
		if _, err := p.Blobs.Put(ctx, stored, src.Data, contentType(rec.MediaType)); err != nil {
			return rec.Outcome, fmt.Errorf("keeping the original: %w", err)
		}
	}

	if err := p.settleDuplicate(ctx, &rec, src); err != nil {
		return rec.Outcome, err
	}
	provisional, err := p.render(rec.Outcome)
	if err != nil {
		return rec.Outcome, err
	}
	for _, d := range rec.Deliveries {
		if d.Recipient == intake.RecipientSubmitter || !open(d) {
			continue
		}
		if err := p.deliver(ctx, rec, d, func(via *string) (intake.Mail, error) {
			return p.forwardMail(ctx, rec, d, provisional, src.Name, src.Data, stored, storedVersion(src.Key, stored), via)
		}); err != nil {
			return rec.Outcome, err
		}
	}

	if rec, err = p.reload(ctx, rec.ID); err != nil {
		return rec.Outcome, err
	}
	// A delivery another invocation holds is not settled: that invocation
	// stores the receipt once it is, so a receipt rendered now could only
	// overwrite the final one with "being sent".
	for _, d := range rec.Deliveries {
		if d.Recipient != intake.RecipientSubmitter && (d.Status == intake.DeliveryPending || d.Status == intake.DeliverySending) {
			return rec.Outcome, fmt.Errorf("%s: %w", rec.ID, ErrInFlight)
		}
	}
	final, err := p.render(rec.Outcome)
	if err != nil {
		return rec.Outcome, err
	}
	loc, err := p.Blobs.Put(ctx, "receipts/"+rec.ID+".pdf", final, "application/pdf")
	if err != nil {
		return rec.Outcome, fmt.Errorf("storing the receipt: %w", err)
	}
	if rec.Receipt != loc {
		rec.Receipt = loc
		if err := p.Ledger.Update(ctx, rec); err != nil {
			return rec.Outcome, fmt.Errorf("recording the receipt: %w", err)
		}
	}

	var replyErr error
	if keys != nil {
		// The receipt is stored: now this part counts as done for its
		// siblings, and it may be the one to find them all done.
		replyErr = p.answer(ctx, src, keys)
	} else {
		for _, d := range rec.Deliveries {
			if d.Recipient != intake.RecipientSubmitter || !open(d) {
				continue
			}
			if err := p.deliver(ctx, rec, d, func(*string) (intake.Mail, error) {
				return notify.AcknowledgeReply(rec.Outcome, d.Address, p.Sender, final, thread(src))
			}); err != nil {
				return rec.Outcome, err
			}
		}
	}

	if rec, err = p.reload(ctx, rec.ID); err != nil {
		return rec.Outcome, err
	}
	for _, d := range rec.Deliveries {
		if keys != nil && d.Recipient == intake.RecipientSubmitter {
			// The message's reply: pending until every part is done,
			// and answer has said how it went once they are.
			continue
		}
		switch d.Status {
		case intake.DeliveryFailed:
			return rec.Outcome, fmt.Errorf("%s: %w", rec.ID, ErrIncomplete)
		case intake.DeliveryPending, intake.DeliverySending:
			return rec.Outcome, fmt.Errorf("%s: %w", rec.ID, ErrInFlight)
		}
	}
	return rec.Outcome, replyErr
}

// settleDuplicate makes sure an accepted submission is the first of its
// content before anything is forwarded. The check before the claim is not
// enough alone: two copies of one document processed at once (a batch run
// in parallel, two uploads a moment apart) can both find no earlier copy.
// The ledger names one first copy of each content when it is claimed, so
// the copy it does not name becomes the duplicate here, and its national
// deliveries are skipped.
func (p *Pipeline) settleDuplicate(ctx context.Context, rec *intake.Record, src Source) error {
	if rec.Status != intake.Accepted || rec.Partnership == nil {
		return nil
	}
	for _, d := range rec.Deliveries {
		if d.Recipient != intake.RecipientSubmitter && d.Status == intake.DeliverySent {
			// Already forwarded (a submission recorded before the ledger
			// named first copies): what was sent stands.
			return nil
		}
	}
	first, found, err := p.duplicateOf(ctx, rec.Outcome, src, rec.ID)
	if err != nil || !found {
		return err
	}
	markDuplicate(&rec.Outcome, first)
	for i, d := range rec.Deliveries {
		if d.Recipient == intake.RecipientSubmitter {
			continue
		}
		d.Status = intake.DeliverySkipped
		if err := p.Ledger.FinishDelivery(ctx, rec.ID, d); err != nil {
			return fmt.Errorf("recording duplicate %s: %w", rec.ID, err)
		}
		rec.Deliveries[i] = d
	}
	if err := p.Ledger.Update(ctx, *rec); err != nil {
		return fmt.Errorf("recording duplicate %s: %w", rec.ID, err)
	}
	return nil
}

// deliver claims one delivery, composes and sends its message, and records
// the result. A failure to send is recorded, not returned: only the ledger
// failing stops the run.
func (p *Pipeline) deliver(ctx context.Context, rec intake.Record, d intake.Delivery, compose func(via *string) (intake.Mail, error)) error {
	ok, err := p.Ledger.ClaimDelivery(ctx, rec.ID, d.Recipient, p.now(), p.lease())
	if err != nil {
		return fmt.Errorf("claiming delivery to %s: %w", d.Recipient, err)
	}
	if !ok {
		return nil
	}
	result := intake.Delivery{Recipient: d.Recipient, Address: d.Address, Status: intake.DeliverySent}
	m, err := compose(&result.Via)
	if err == nil {
		_, err = p.Mailer.Send(ctx, m)
	}
	result.At = p.now().UTC()
	if err != nil {
		result.Status = intake.DeliveryFailed
		result.Error = err.Error()
	}
	if err := p.Ledger.FinishDelivery(ctx, rec.ID, result); err != nil {
		return fmt.Errorf("recording delivery to %s: %w", d.Recipient, err)
	}
	return nil
}

func (p *Pipeline) reload(ctx context.Context, id string) (intake.Record, error) {
	rec, found, err := p.Ledger.Get(ctx, id)
	if err != nil {
		return rec, fmt.Errorf("reading submission %s: %w", id, err)
	}
	if !found {
		return rec, fmt.Errorf("submission %s vanished from the ledger", id)
	}
	return rec, nil
}

// render issues the receipt for an outcome. The submitter's own
// acknowledgement is left off: the receipt travels with it.
func (p *Pipeline) render(o intake.Outcome) ([]byte, error) {
	shown := o
	shown.Deliveries = nil
	for _, d := range o.Deliveries {
		if d.Recipient != intake.RecipientSubmitter {
			shown.Deliveries = append(shown.Deliveries, d)
		}
	}
	b, err := receipt.Render(shown, receipt.Options{Issued: o.Received})
	if err != nil {
		return nil, fmt.Errorf("rendering receipt for %s: %w", o.ID, err)
	}
	return b, nil
}

// open reports whether a delivery still has to be attempted.
func open(d intake.Delivery) bool {
	return d.Status != intake.DeliverySent && d.Status != intake.DeliverySkipped
}

func contentType(mediaType string) string {
	if mediaType == "" {
		return "application/octet-stream"
	}
	return mediaType
}

func (p *Pipeline) attachLimit() int64 {
	if p.AttachLimit > 0 {
		return p.AttachLimit
	}
	return DefaultAttachLimit
}

func (p *Pipeline) linkTTL() time.Duration {
	if p.LinkTTL > 0 {
		return p.LinkTTL
	}
	return DefaultLinkTTL
}

func (p *Pipeline) lease() time.Duration {
	if p.Lease > 0 {
		return p.Lease
	}
	return DefaultLease
}

// thread makes the acknowledgement of an emailed submission a reply to
// the email that brought it.
func thread(src Source) notify.Thread {
	if src.MessageID == "" {
		return notify.Thread{}
	}
	return notify.Thread{
		InReplyTo:  src.MessageID,
		References: append(append([]string(nil), src.References...), src.MessageID),
		Subject:    src.Subject,
	}
}

// forwardMail composes the notification of rec to recipient d, with its
// receipt: the document attached when its bytes are at hand and small
// enough, else a link to the stored original (version pinned when known),
// else neither. via records which it was.
func (p *Pipeline) forwardMail(ctx context.Context, rec intake.Record, d intake.Delivery, receipt []byte,
	name string, data []byte, stored, version string, via *string) (intake.Mail, error) {
	doc := notify.Document{Name: name, ContentType: contentType(rec.MediaType)}
	switch {
	case data != nil && int64(len(data)) <= p.attachLimit():
		doc.Data = data
		*via = "attachment"
	case stored != "":
		link, err := p.link(ctx, stored, version)
		if err != nil {
			return intake.Mail{}, fmt.Errorf("making a download link: %w", err)
		}
		doc.Link = link
		*via = "link"
	}
	rc := p.Routes.Recipients[d.Recipient]
	return notify.Forward(rec.Outcome, notify.Recipient{Name: d.Recipient, Label: rc.Label, Address: d.Address}, p.Sender, receipt, doc)
}

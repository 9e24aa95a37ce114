package pipeline

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/notify"
)

// An email that carried several documents is answered once, listing what
// became of each. Its first part's submitter delivery stands for that
// reply. Every part, once it has stored its receipt, looks for its
// siblings' receipts; the one that finds them all claims the reply and
// sends it. Because each part stores its receipt before it looks, of two
// parts finishing together at least one sees the other done, and the
// claim in the ledger lets only one of them send.

// MaxParts bounds Source.Parts: a larger count is not believed, and the
// source is treated as a document on its own.
const MaxParts = intake.MaxParts

// partKeys returns the source keys of every part of src's message, in
// order ("email:<id>#0" to "#<Parts-1>"), or nil when src is answered on
// its own.
func partKeys(src Source) []string {
	if src.Parts < 2 || src.Parts > MaxParts {
		return nil
	}
	i := strings.LastIndexByte(src.Key, '#')
	if i < 0 {
		return nil
	}
	n, err := strconv.Atoi(src.Key[i+1:])
	if err != nil || n < 0 || n >= src.Parts {
		return nil
	}
	keys := make([]string, src.Parts)
	for j := range keys {
		keys[j] = src.Key[:i+1] + strconv.Itoa(j)
	}
	return keys
}

// siblings returns the records of every part, in order, when each is
// recorded with its receipt; done is false while any is not.
func (p *Pipeline) siblings(ctx context.Context, keys []string) (recs []intake.Record, done bool, err error) {
	for _, k := range keys {
		rec, found, err := p.Ledger.Lookup(ctx, k)
		if err != nil {
			return nil, false, fmt.Errorf("looking up part %s: %w", k, err)
		}
		if !found || rec.Receipt == "" {
			return nil, false, nil
		}
		recs = append(recs, rec)
	}
	return recs, true, nil
}

// replyOwed reports whether every part is done and the message's reply
// has yet to go out: the work left for a part processed again.
func (p *Pipeline) replyOwed(ctx context.Context, keys []string) (bool, error) {
	recs, done, err := p.siblings(ctx, keys)
	if err != nil || !done {
		return false, err
	}
	d, ok := submitterDelivery(recs[0])
	return ok && open(d), nil
}

// answer sends the message's one reply when every part is done, with
// each part's receipt attached. While some part is not, it does nothing:
// that part sends the reply when it finishes. An error says the reply
// was tried and failed or is held by another worker.
func (p *Pipeline) answer(ctx context.Context, src Source, keys []string) error {
	recs, done, err := p.siblings(ctx, keys)
	if err != nil || !done {
		return err
	}
	first := recs[0]
	d, ok := submitterDelivery(first)
	if !ok {
		return nil // the message is not answered
	}
	if open(d) {
		err := p.deliver(ctx, first, d, func(*string) (intake.Mail, error) {
			outs := make([]intake.Outcome, len(recs))
			receipts := make([][]byte, len(recs))
			for i, r := range recs {
				// Receipts are rendered from the record alone, so this is
				// the very receipt each part stored.
				b, err := p.render(r.Outcome)
				if err != nil {
					return intake.Mail{}, err
				}
				outs[i], receipts[i] = r.Outcome, b
			}
			return notify.AcknowledgeMessage(outs, d.Address, p.Sender, receipts, thread(src))
		})
		if err != nil {
			return err
		}
	}
	if first, err = p.reload(ctx, first.ID); err != nil {
		return err
	}
	d, _ = submitterDelivery(first)
	switch d.Status {
	case intake.DeliveryFailed:
		return fmt.Errorf("%s: the reply to the message: %w", first.ID, ErrIncomplete)
	case intake.DeliveryPending, intake.DeliverySending:
		return fmt.Errorf("%s: the reply to the message: %w", first.ID, ErrInFlight)
	}
	return nil
}

func submitterDelivery(rec intake.Record) (intake.Delivery, bool) {
	for _, d := range rec.Deliveries {
		if d.Recipient == intake.RecipientSubmitter {
			return d, true
		}
	}
	return intake.Delivery{}, false
}

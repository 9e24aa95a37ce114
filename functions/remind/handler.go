package main

import (
	"context"
	"encoding/json"
	"time"

	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/remind"
	"github.com/safeguarding-intake/intake/internal/workdays"
)

// runner sends the reminders of a date.
type runner interface {
	Run(ctx context.Context, at time.Time) (remind.Report, error)
}

// handler runs the day's reminders when the schedule fires: each working
// day at 07:00 Europe/London. The schedule fires Monday to Friday; a bank
// holiday is skipped here.
type handler struct {
	runner runner
	log    logrus.FieldLogger
	now    func() time.Time
}

// Handle takes the scheduler's event, whose content does not matter. An
// error makes the scheduler retry; the ledger's claims make the retry send
// only what was not sent.
func (h *handler) Handle(ctx context.Context, _ json.RawMessage) error {
	at := intake.Day(h.now())
	log := h.log.WithField("date", intake.ISODate(at))
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		log = log.WithField("request_id", lc.AwsRequestID)
	}
	if !workdays.IsWorkingDay(at) {
		log.Info("not a working day: no reminders")
		return nil
	}
	rep, err := h.runner.Run(ctx, at)
	items := 0
	for _, s := range rep.Sent {
		items += len(s.Items)
	}
	log = log.WithFields(logrus.Fields{
		"obligations": rep.Obligation, "emails": len(rep.Sent), "items": items,
		"digest": rep.Digest, "no_contact": rep.NoContact, "failed": rep.Failed,
	})
	if err != nil {
		// The error names partnerships and addresses' failures, never
		// what the emails say.
		log.WithField("error", err.Error()).Error("reminders not all sent; the run will be retried")
		return err
	}
	log.Info("reminders sent")
	return nil
}

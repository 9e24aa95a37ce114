// Package remind sends, on a working day, each partnership one email about
// what it owes that is due within five working days or overdue, and the
// staff one digest of every partnership's obligations (DESIGN 4.8). Each
// (obligation, stage) is claimed in the ledger before it is sent, so two
// overlapping runs, or a run retried, send nothing twice.
package remind

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/notify"
	"github.com/safeguarding-intake/intake/internal/obligations"
)

// Stages of a reminder.
const (
	StageDueSoon = "due_soon" // once
	StageOverdue = "overdue"  // at most once a week
	overdueEvery = 7          // days
)

// Mailer sends one rendered message.
type Mailer interface {
	Send(ctx context.Context, m intake.Mail) (messageID string, err error)
}

// Runner sends the reminders.
type Runner struct {
	Store  obligations.Store
	Mailer Mailer
	Sender string
	Digest string // the staff digest's address; none when empty
	// Round is the arrangements round reminded of; zero: obligations.Round2023.
	Round        obligations.Round
	Partnerships []intake.Partnership
	// Contacts returns the partnerships' sign-in email addresses by ONS
	// code; a partnership without one is written to at its latest
	// submitter. Nil when there are none.
	Contacts func(ctx context.Context) (map[string]string, error)
}

// Sent is one reminder email sent.
type Sent struct {
	Partnership intake.Partnership
	To          string
	Items       []obligations.Obligation
}

// Report says what a run did.
type Report struct {
	Sent       []Sent
	Digest     bool // the digest was sent by this run
	NoContact  int  // partnerships with something to remind of and nobody to tell
	Failed     int  // emails that could not be sent, to be tried again next run
	Obligation int  // obligations computed
}

// Run sends the reminders due at date at. A failed email is released for
// the next run and counted; the error then says how many failed.
func (r *Runner) Run(ctx context.Context, at time.Time) (Report, error) {
	at = intake.Day(at)
	var rep Report
	obs, recs, err := obligations.Load(ctx, r.Store, r.Partnerships, at, r.Round)
	if err != nil {
		return rep, fmt.Errorf("remind: %w", err)
	}
	rep.Obligation = len(obs)
	contacts := obligations.LatestSubmitters(recs, at)
	if r.Contacts != nil {
		signIn, err := r.Contacts(ctx)
		if err != nil {
			return rep, fmt.Errorf("remind: contacts: %w", err)
		}
		for p, addr := range signIn {
			contacts[p] = addr
		}
	}

	byPartnership := map[string][]obligations.Obligation{}
	for _, o := range obs {
		if o.Status == obligations.Overdue || o.DueSoon(at) {
			byPartnership[o.Partnership.ID] = append(byPartnership[o.Partnership.ID], o)
		}
	}
	var failures []error
	for _, pid := range slices.Sorted(maps.Keys(byPartnership)) {
		items := byPartnership[pid]
		to := contacts[pid]
		if to == "" {
			rep.NoContact++
			continue
		}
		sent, err := r.remind(ctx, items, to, at)
		if err != nil {
			rep.Failed++
			failures = append(failures, fmt.Errorf("partnership %s: %w", pid, err))
			continue
		}
		if len(sent) > 0 {
			rep.Sent = append(rep.Sent, Sent{Partnership: items[0].Partnership, To: to, Items: sent})
		}
	}
	if r.Digest != "" {
		ok, err := r.digest(ctx, obs, at)
		if err != nil {
			rep.Failed++
			failures = append(failures, fmt.Errorf("digest: %w", err))
		}
		rep.Digest = ok
	}
	if len(failures) > 0 {
		return rep, fmt.Errorf("remind: %d of the emails not sent, to be tried again: %w", len(failures), errors.Join(failures...))
	}
	return rep, nil
}

func reminderOf(o obligations.Obligation, at time.Time) obligations.Reminder {
	if o.Status == obligations.Overdue {
		return obligations.Reminder{Key: o.Key(), Stage: StageOverdue, On: at, AgainAfterDays: overdueEvery}
	}
	return obligations.Reminder{Key: o.Key(), Stage: StageDueSoon, On: at}
}

// remind claims each item's reminder and emails the partnership about
// those it won; if the email fails, the claims are released.
func (r *Runner) remind(ctx context.Context, items []obligations.Obligation, to string, at time.Time) ([]obligations.Obligation, error) {
	// The day's email to a partnership is claimed first, as a whole: two
	// racing runs would otherwise each win some of its items and send two
	// emails. The run that wins it claims the items one by one.
	day := obligations.Reminder{Key: "message|" + items[0].Partnership.ID, Stage: intake.ISODate(at), On: at}
	ok, err := r.Store.ClaimReminder(ctx, day)
	if err != nil || !ok {
		return nil, err
	}
	won, err := r.remindItems(ctx, items, to, at)
	if err != nil || len(won) == 0 {
		// Nothing sent: a later run today may send what is new by then.
		return nil, errors.Join(err, r.release(ctx, []obligations.Reminder{day}))
	}
	return won, nil
}

// remindItems claims each item's reminder and sends one email about those
// it won, releasing the claims if the email fails.
func (r *Runner) remindItems(ctx context.Context, items []obligations.Obligation, to string, at time.Time) ([]obligations.Obligation, error) {
	var won []obligations.Obligation
	var claims []obligations.Reminder
	for _, o := range items {
		rm := reminderOf(o, at)
		ok, err := r.Store.ClaimReminder(ctx, rm)
		if err != nil {
			return nil, errors.Join(err, r.release(ctx, claims))
		}
		if ok {
			won = append(won, o)
			claims = append(claims, rm)
		}
	}
	if len(won) == 0 {
		return nil, nil
	}
	m, err := notify.Reminder(won[0].Partnership, to, r.Sender, at, won)
	if err == nil {
		_, err = r.Mailer.Send(ctx, m)
	}
	if err != nil {
		return nil, errors.Join(err, r.release(ctx, claims))
	}
	return won, nil
}

func (r *Runner) release(ctx context.Context, claims []obligations.Reminder) error {
	var errs []error
	for _, c := range claims {
		// A claim is released even when the run's context has ended, or
		// the reminder would wait a week.
		if err := r.Store.ReleaseReminder(context.WithoutCancel(ctx), c); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// digest sends the day's staff digest once.
func (r *Runner) digest(ctx context.Context, obs []obligations.Obligation, at time.Time) (bool, error) {
	claim := obligations.Reminder{Key: "digest|" + r.Digest, Stage: intake.ISODate(at), On: at}
	ok, err := r.Store.ClaimReminder(ctx, claim)
	if err != nil || !ok {
		return false, err
	}
	m, err := notify.Digest(r.Digest, r.Sender, at, obs)
	if err == nil {
		_, err = r.Mailer.Send(ctx, m)
	}
	if err != nil {
		return false, errors.Join(err, r.release(ctx, []obligations.Reminder{claim}))
	}
	return true, nil
}

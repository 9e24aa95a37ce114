package notify

import (
	"fmt"
	"net/mail"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
)

// maxDigestLines bounds each list of the staff digest; the rest are
// counted.
const maxDigestLines = 200

// reminderView is what the reminder and digest templates see.
type reminderView struct {
	Subject     string
	Reference   string
	Date        string // "21 March 2025"
	Partnership string
	Overdue     []string
	DueSoon     []string
	// Digest only: the counts and what the lists left out.
	Summary                  string
	MoreOverdue, MoreDueSoon int
	Facts                    []fact
}

type fact struct{ Label, Value string }

func longDate(t time.Time) string { return t.Format("2 January 2006") }

// line describes an obligation for a reminder: what, and when it was or
// is due.
func line(o obligations.Obligation, at time.Time, withPartnership bool) string {
	s := o.What()
	if withPartnership {
		s = headerText(o.Partnership.Name, 120) + ": " + s
	}
	switch {
	case o.Status == obligations.Overdue:
		n := o.DaysLate(at)
		s += fmt.Sprintf(" – was due %s (%d working %s ago)", longDate(o.Due), n, plural(n, "day", "days"))
	case !o.Due.IsZero():
		s += " – due " + longDate(o.Due)
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Reminder renders the email to a partnership listing the obligations it
// is reminded of at date at: those overdue, then those due soon.
func Reminder(p intake.Partnership, to, from string, at time.Time, items []obligations.Obligation) (intake.Mail, error) {
	toAddr, err := address(to)
	if err != nil {
		return intake.Mail{}, fmt.Errorf("notify: reminder to %s: %w", headerText(p.ID, 40), err)
	}
	at = intake.Day(at)
	v := &reminderView{Date: longDate(at), Partnership: headerText(p.Name, 120)}
	for _, o := range items {
		if o.Status == obligations.Overdue {
			v.Overdue = append(v.Overdue, line(o, at, false))
		} else {
			v.DueSoon = append(v.DueSoon, line(o, at, false))
		}
	}
	v.Reference = "reminder-" + p.ID + "-" + intake.ISODate(at)
	v.Subject = reminderSubject(len(v.Overdue), len(v.DueSoon)) + " – " + v.Partnership
	m := message{
		from: from, to: mail.Address{Address: toAddr}, subject: v.Subject,
		reference: v.Reference, recipient: "partnership",
		text: "reminder.txt.tmpl", html: "reminder.html.tmpl", view: v,
	}
	return m.render()
}

func reminderSubject(overdue, soon int) string {
	switch {
	case overdue > 0 && soon > 0:
		return fmt.Sprintf("%d overdue and %d due soon", overdue, soon)
	case overdue > 0:
		return fmt.Sprintf("%d overdue", overdue)
	}
	return fmt.Sprintf("%d due soon", soon)
}

// Digest renders the staff's daily summary of every obligation at date at:
// the counts, what is overdue and what is due soon, by partnership.
func Digest(to, from string, at time.Time, all []obligations.Obligation) (intake.Mail, error) {
	toAddr, err := address(to)
	if err != nil {
		return intake.Mail{}, fmt.Errorf("notify: digest: %w", err)
	}
	at = intake.Day(at)
	sum := obligations.Summarise(all, at)
	v := &reminderView{Date: longDate(at), Summary: sum.String()}
	for _, o := range all {
		switch {
		case o.Status == obligations.Overdue:
			if len(v.Overdue) < maxDigestLines {
				v.Overdue = append(v.Overdue, line(o, at, true))
			} else {
				v.MoreOverdue++
			}
		case o.DueSoon(at):
			if len(v.DueSoon) < maxDigestLines {
				v.DueSoon = append(v.DueSoon, line(o, at, true))
			} else {
				v.MoreDueSoon++
			}
		}
	}
	v.Facts = []fact{
		{"Overdue", fmt.Sprint(sum.Overdue)},
		{fmt.Sprintf("Due within %d working days", obligations.SoonWorkingDays), fmt.Sprint(sum.DueSoon)},
		{"Due later", fmt.Sprint(sum.DueLater)},
		{"Met", fmt.Sprint(sum.Met)},
		{"No known due date", fmt.Sprint(sum.Unknown)},
	}
	v.Reference = "digest-" + intake.ISODate(at)
	v.Subject = "Obligations on " + v.Date + ": " + reminderSubject(sum.Overdue, sum.DueSoon)
	m := message{
		from: from, to: mail.Address{Address: toAddr}, subject: v.Subject,
		reference: v.Reference, recipient: "staff",
		text: "digest.txt.tmpl", html: "digest.html.tmpl", view: v,
	}
	return m.render()
}

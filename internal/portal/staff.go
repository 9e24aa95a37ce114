package portal

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/receipt"
)

type labelled struct{ Label, Value string }

// fact is a row of a submission's summary; Evidence says where the
// document shows a value read from it.
type fact struct{ Label, Value, Evidence string }

type deliveryRow struct {
	Recipient, Label, Status, Class string
	Address, At, Error              string
	Attempts                        int
	Resend                          bool
}

type outcomeData struct {
	ID, Headline, PanelClass, NextStep string
	Base                               string // where the receipt link hangs
	Receipt                            bool
	Errors, Warnings, Notes            []string
	Summary                            []fact
	Deliveries                         []deliveryRow
	Staff                              bool
	Banner, BannerText, BannerClass    string
	// Trail is who on the staff has opened the submission, and when.
	Trail []accessRow
}

// outcomeView describes a submission in words, for its partnership or
// for staff, who also see addresses, attempts and problems, and can send
// a failed or skipped delivery again.
func (s *Server) outcomeView(rec intake.Record, staff bool) outcomeData {
	o := rec.Outcome
	d := outcomeData{ID: o.ID, NextStep: receipt.NextStep(o), Receipt: o.Receipt != "", Staff: staff, Base: "/submissions"}
	if staff {
		d.Base = "/staff/submissions"
	}
	switch o.Status {
	case intake.Accepted:
		d.Headline, d.PanelClass = "Document accepted", "panel-green"
	case intake.Rejected:
		d.Headline, d.PanelClass = "Document not sent: it needs fixing", "panel-red"
	default:
		d.Headline, d.PanelClass = "Document already received", "panel-grey"
	}
	for _, f := range o.Findings {
		msg := receipt.Clean(f.Message, 600)
		switch f.Severity {
		case intake.SeverityError:
			d.Errors = append(d.Errors, msg)
		case intake.SeverityWarning:
			d.Warnings = append(d.Warnings, msg)
		default:
			d.Notes = append(d.Notes, msg)
		}
	}
	d.Summary = []fact{
		{Label: "Document", Value: receipt.Clean(o.File, 120)},
		{Label: "Kind", Value: o.Kind.Label()},
		{Label: "Partnership", Value: receipt.PartnershipName(o)},
		{Label: "Received", Value: receipt.Time(o.Received)},
	}
	if t := receipt.DeadlineText(o.Deadline); t != "" {
		d.Summary = append(d.Summary, fact{Label: "Time limit", Value: t})
	}
	for _, f := range receipt.Fields(o) {
		d.Summary = append(d.Summary, fact{f.Label, f.Value, f.Evidence})
	}
	for _, f := range receipt.Elements(o) {
		d.Summary = append(d.Summary, fact{Label: f.Label, Value: f.Value})
	}
	if staff {
		d.Summary = append(d.Summary,
			fact{Label: "Sent by", Value: orNone(receipt.Clean(o.Submitter, 200))},
			fact{Label: "Channel", Value: string(o.Channel)},
			fact{Label: "Size", Value: receipt.Size(o.Bytes)},
			fact{Label: "SHA-256", Value: o.SHA256})
	}
	for _, dl := range o.Deliveries {
		if dl.Recipient == intake.RecipientSubmitter && !staff {
			continue
		}
		row := deliveryRow{
			Recipient: dl.Recipient,
			Label:     receipt.RecipientLabel(dl.Recipient),
			Status:    deliveryWord(dl.Status),
			Class:     deliveryClass(dl.Status),
			Address:   receipt.Clean(dl.Address, 200),
			Error:     receipt.Clean(dl.Error, 300),
			Attempts:  dl.Attempts,
			Resend:    staff && s.cfg.Resender != nil && (dl.Status == intake.DeliveryFailed || dl.Status == intake.DeliverySkipped),
		}
		if dl.Recipient == intake.RecipientSubmitter {
			row.Label = "The sender (acknowledgement)"
		}
		if !dl.At.IsZero() {
			row.At = receipt.Time(dl.At)
		}
		d.Deliveries = append(d.Deliveries, row)
	}
	return d
}

func orNone(s string) string {
	if s == "" {
		return "Not known"
	}
	return s
}

func deliveryWord(status string) string {
	switch status {
	case intake.DeliverySent:
		return "Sent"
	case intake.DeliveryFailed:
		return "Not sent yet"
	case intake.DeliverySkipped:
		return "Not sent"
	}
	return "Being sent"
}

func deliveryClass(status string) string {
	switch status {
	case intake.DeliverySent:
		return "tag-green"
	case intake.DeliveryFailed:
		return "tag-red"
	}
	return "tag-grey"
}

type option struct {
	Label, Value string
	Selected     bool
}

func options(chosen string, all ...labelled) []option {
	out := make([]option, len(all))
	for i, l := range all {
		out[i] = option{Label: l.Label, Value: l.Value, Selected: l.Value == chosen}
	}
	return out
}

func (s *Server) staffList(w http.ResponseWriter, r *http.Request, ss session) {
	q := r.URL.Query()
	lq := intake.ListQuery{Partnership: q.Get("partnership"), Kind: intake.Kind(q.Get("kind")), Status: intake.Status(q.Get("status")), Late: q.Get("late")}
	lq, ok := s.listQuery(w, r, ss, lq)
	if !ok {
		return
	}
	page, ok := s.page(w, r, ss, lq)
	if !ok {
		return
	}
	seen, err := s.cfg.Ledger.Partnerships(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	type row struct {
		ID, Received, Kind, Partnership, Status, StatusClass, Deliveries string
		Late                                                             bool
	}
	var rows []row
	partnerships := []labelled{{"Any partnership", ""}, {"Not identified", intake.NoPartnership}}
	for _, p := range seen {
		partnerships = append(partnerships, labelled{receipt.Clean(p.Name, 100), p.ID})
	}
	for _, rec := range page.Records {
		rows = append(rows, row{
			ID: rec.ID, Received: receipt.Time(rec.Received), Kind: rec.Kind.Label(),
			Partnership: receipt.PartnershipName(rec.Outcome),
			Status:      statusWord(rec.Status), StatusClass: statusClass(rec.Status),
			Late: rec.Late(), Deliveries: deliverySummary(rec.Deliveries),
		})
	}
	slices.SortFunc(partnerships[2:], func(a, b labelled) int {
		if a.Label < b.Label {
			return -1
		}
		if a.Label > b.Label {
			return 1
		}
		return 0
	})
	count := fmt.Sprintf("%d submissions", len(rows))
	switch {
	case page.Next != "" || page.Prev != "":
		count += " on this page"
	case len(rows) == 1:
		count = "1 submission"
	}
	f := filterValues(lq)
	s.render(w, r, ss, http.StatusOK, "staff", "Submissions", nil, struct {
		Kinds, Partnerships, Statuses, Late []option
		Rows                                []row
		Count                               string
		Pager                               pager
	}{
		Pager: newPager("/staff", f, page),
		Kinds: options(f.Get("kind"), labelled{"Any kind", ""},
			labelled{intake.RapidReview.Label(), string(intake.RapidReview)},
			labelled{intake.YearlyReport.Label(), string(intake.YearlyReport)},
			labelled{intake.Arrangements.Label(), string(intake.Arrangements)},
			labelled{intake.PracticeReview.Label(), string(intake.PracticeReview)},
			labelled{intake.Unknown.Label(), string(intake.Unknown)}),
		Partnerships: options(f.Get("partnership"), partnerships...),
		Statuses: options(f.Get("status"), labelled{"Any status", ""},
			labelled{"Accepted", string(intake.Accepted)},
			labelled{"Needs fixing", string(intake.Rejected)},
			labelled{"Already received", string(intake.Duplicate)}),
		Late:  options(f.Get("late"), labelled{"Any", ""}, labelled{"Late", "yes"}, labelled{"On time", "no"}),
		Rows:  rows,
		Count: count,
	})
}

// deliverySummary counts deliveries by state: "2 sent, 1 not sent yet".
func deliverySummary(ds []intake.Delivery) string {
	counts := map[string]int{}
	var order []string
	for _, d := range ds {
		w := deliveryWord(d.Status)
		if counts[w] == 0 {
			order = append(order, w)
		}
		counts[w]++
	}
	out := ""
	for i, w := range order {
		if i > 0 {
			out += ", "
		}
		out += strconv.Itoa(counts[w]) + " " + lower(w)
	}
	if out == "" {
		return "None"
	}
	return out
}

func lower(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]|0x20) + s[1:]
}

func (s *Server) staffRecord(w http.ResponseWriter, r *http.Request, ss session) (intake.Record, bool) {
	rec, found, err := s.cfg.Ledger.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return rec, false
	}
	if !found {
		s.problem(w, r, ss, http.StatusNotFound)
		return rec, false
	}
	return rec, true
}

// audit records that the signed-in member of staff opened rec (what is
// intake.AccessViewed or intake.AccessDownloaded). Nothing is shown until
// it is recorded: a view the trail would miss is refused.
func (s *Server) audit(w http.ResponseWriter, r *http.Request, ss session, rec intake.Record, what string) bool {
	err := s.cfg.Audit.RecordAccess(r.Context(), intake.Access{Submission: rec.ID, By: ss.Who.Name, At: s.cfg.Now(), What: what})
	if err != nil {
		s.fail(w, r, err)
		return false
	}
	return true
}

type accessRow struct{ By, At, What string }

func (s *Server) staffSubmission(w http.ResponseWriter, r *http.Request, ss session) {
	rec, ok := s.staffRecord(w, r, ss)
	if !ok || !s.audit(w, r, ss, rec, intake.AccessViewed) {
		return
	}
	trail, err := s.cfg.Audit.Accesses(r.Context(), rec.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := s.outcomeView(rec, true)
	for _, a := range trail {
		what := "Viewed the submission"
		if a.What == intake.AccessDownloaded {
			what = "Downloaded the receipt"
		}
		d.Trail = append(d.Trail, accessRow{By: receipt.Clean(a.By, 200), At: receipt.Time(a.At), What: what})
	}
	// What a resend did is told from a flash the resend left, never from
	// the address, which anyone can write.
	if f, ok := s.sessions.takeFlash(w, r, ss, rec.ID); ok && f.Sent {
		d.Banner, d.BannerClass = "Sent again to "+receipt.RecipientLabel(f.Recipient), "banner-success"
		d.BannerText = "The resend is recorded in the ledger under your name."
	} else if ok {
		d.Banner, d.BannerClass = "Could not send to "+receipt.RecipientLabel(f.Recipient), "banner-error"
		d.BannerText = "The attempt is recorded. The problem is shown in the table below; try again later."
	}
	s.render(w, r, ss, http.StatusOK, "outcome", "Submission "+rec.ID, nil, d)
}

func (s *Server) staffReceipt(w http.ResponseWriter, r *http.Request, ss session) {
	rec, ok := s.staffRecord(w, r, ss)
	if !ok || rec.Receipt != "" && !s.audit(w, r, ss, rec, intake.AccessDownloaded) {
		return
	}
	s.serveReceipt(w, r, ss, rec)
}

func (s *Server) resend(w http.ResponseWriter, r *http.Request, ss session) {
	if s.cfg.Resender == nil {
		s.problem(w, r, ss, http.StatusNotFound)
		return
	}
	id := r.PathValue("id")
	recipient := r.PostForm.Get("recipient")
	_, err := s.cfg.Resender.Resend(r.Context(), id, recipient, ss.Who.Name)
	back := "/staff/submissions/" + url.PathEscape(id)
	switch {
	case err == nil:
		s.log.WithFields(map[string]any{"submission_id": id, "recipient": recipient, "by": s.pseudonym(ss.Who.Name)}).Info("resent")
		s.sessions.setFlash(w, ss, flash{Submission: id, Recipient: recipient, Sent: true})
		http.Redirect(w, r, back, http.StatusSeeOther)
	case errors.Is(err, pipeline.ErrIncomplete), errors.Is(err, pipeline.ErrInFlight):
		s.sessions.setFlash(w, ss, flash{Submission: id, Recipient: recipient})
		http.Redirect(w, r, back, http.StatusSeeOther)
	case errors.Is(err, pipeline.ErrNoSubmission), errors.Is(err, pipeline.ErrNoDelivery), errors.Is(err, pipeline.ErrNotResendable):
		// A stale page (sent meanwhile) or a forged form: show the
		// submission as it stands.
		http.Redirect(w, r, back, http.StatusSeeOther)
	default:
		s.fail(w, r, err)
	}
}

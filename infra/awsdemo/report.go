package main

import (
	"encoding/base64"
	"fmt"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/safeguarding-intake/intake/infra/localaws/stack"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// report is what a run did and left behind.
type report struct {
	names    stack.Names
	endpoint string
	uploaded int // samples put under submissions/
	emailed  int // raw messages put under inbound-email/
	mappings []mappingReport
	drained  bool
	took     time.Duration

	records  []intake.Record
	emails   []sentEmail
	receipts []string       // keys under receipts/
	queues   map[string]int // messages left on each queue
	burst    *burstStats    // with -burst: the figures, and the details are not listed
	requests meterStats     // the functions' requests to the endpoint
}

// sentEmail is one message moto's SES accepted, as far as the summary
// shows it.
type sentEmail struct {
	to          []string
	subject     string
	attachments []attachment
	raw         string
	err         error // the message could not be read
}

type attachment struct {
	name string
	size int
}

// failures lists what went wrong; none means the run succeeded.
func (r *report) failures() []string {
	var out []string
	for _, m := range r.mappings {
		for i, p := range m.problems {
			if i == 5 {
				out = append(out, fmt.Sprintf("%s: and %d more problems", m.name, len(m.problems)-i))
				break
			}
			out = append(out, p)
		}
	}
	if !r.drained {
		out = append(out, "the queues did not drain within the time limit")
	}
	for _, q := range []string{r.names.Queue, r.names.MailQueue, r.names.DeadLetterQueue, r.names.MailDeadLetterQueue} {
		n := r.queues[q]
		switch {
		case n == 0:
		case q == r.names.DeadLetterQueue || q == r.names.MailDeadLetterQueue:
			out = append(out, fmt.Sprintf("%d messages reached the dead-letter queue %s", n, q))
		default:
			out = append(out, fmt.Sprintf("%d messages left on the queue %s", n, q))
		}
	}
	if want := r.uploaded + r.emailed; len(r.records) < want {
		out = append(out, fmt.Sprintf("the ledger holds %d submissions, want at least %d (one per sample and email)", len(r.records), want))
	}
	if len(r.emails) == 0 {
		out = append(out, "moto recorded no email")
	}
	if r.burst != nil {
		out = append(out, r.burst.problems...)
	}
	for _, e := range r.emails {
		if e.err != nil {
			out = append(out, fmt.Sprintf("a sent message to %v is unreadable: %v", e.to, e.err))
		}
	}
	return out
}

// print writes the summary.
func (r *report) print(w io.Writer) {
	fmt.Fprintln(w)
	for _, m := range r.mappings {
		s := m.stats
		fmt.Fprintf(w, "%s (%d sandbox(es)): %d invocations, %d cold starts; %d messages: %d done, %d handed back for a retry; %d failed invocations\n",
			m.name, m.sandboxes, s.Invocations, s.ColdStarts, s.Messages, s.Deleted, s.Retried, s.Errors)
	}
	state := "drained"
	if !r.drained {
		state = "NOT drained"
	}
	fmt.Fprintf(w, "queues %s after %v\n", state, r.took.Round(100*time.Millisecond))
	if r.burst != nil {
		fmt.Fprintf(w, "submissions in the ledger: %d; emails moto's SES accepted: %d\n", len(r.records), len(r.emails))
		r.burst.print(w)
		r.requests.print(w, len(r.records))
		return
	}

	fmt.Fprintf(w, "\nSubmissions in the ledger (table %s): %d\n", r.names.Table, len(r.records))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  FILE\tSTATUS\tKIND\tPARTNERSHIP\tCHANNEL\tID\tSENT TO\tFINDINGS")
	for _, rec := range r.records {
		partnership := "—"
		if rec.Partnership != nil {
			partnership = clip(rec.Partnership.ID+" "+rec.Partnership.Name, 28)
		}
		status := string(rec.Status)
		if rec.DuplicateOf != "" {
			status = "duplicate of " + rec.DuplicateOf
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", clip(rec.File, 48), status, rec.Kind, partnership,
			rec.Channel, rec.ID, deliveries(rec.Deliveries), findings(rec.Findings))
	}
	tw.Flush()

	fmt.Fprintf(w, "\nEmails moto's SES accepted: %d\n", len(r.emails))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  TO\tSUBJECT\tATTACHMENTS")
	for _, e := range r.emails {
		var atts []string
		for _, a := range e.attachments {
			atts = append(atts, fmt.Sprintf("%s (%s)", clip(a.name, 60), size(a.size)))
		}
		subject := clipMiddle(e.subject, 84)
		if e.err != nil {
			subject = "unreadable: " + e.err.Error()
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", strings.Join(e.to, ", "), subject, orDash(strings.Join(atts, ", ")))
	}
	tw.Flush()

	fmt.Fprintf(w, "\nReceipts: %d PDFs under s3://%s/%s", len(r.receipts), r.names.Bucket, receiptPrefix)
	if len(r.receipts) > 0 {
		fmt.Fprintf(w, " (such as s3://%s/%s)", r.names.Bucket, r.receipts[0])
	}
	fmt.Fprintln(w)
	for q, n := range r.queues {
		if n > 0 {
			fmt.Fprintf(w, "left on %s: %d messages\n", q, n)
		}
	}
}

// deliveries summarises where a submission went: "panel, submitter".
func deliveries(ds []intake.Delivery) string {
	var out []string
	for _, d := range ds {
		s := d.Recipient
		if d.Status != intake.DeliverySent {
			s += "=" + d.Status
		}
		out = append(out, s)
	}
	return orDash(strings.Join(out, ", "))
}

func findings(fs []intake.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return orDash(strings.Join(out, ", "))
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// clipMiddle shortens s to at most n runes by cutting its middle, which
// keeps a subject's reference at its end.
func clipMiddle(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	head := (n - 1) * 2 / 3
	return strings.TrimSpace(string(r[:head])) + " … " + strings.TrimSpace(string(r[len(r)-(n-1-head):]))
}

func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// readEmail reads the addressees, subject and attachments of a sent
// message; the envelope's destinations stand in when To is unreadable.
func readEmail(r moto.RawEmail) sentEmail {
	e := sentEmail{raw: r.Data}
	msg, err := mail.ReadMessage(strings.NewReader(r.Data))
	if err != nil {
		e.to = r.Destinations
		e.err = err
		return e
	}
	if addrs, err := msg.Header.AddressList("To"); err == nil {
		for _, a := range addrs {
			e.to = append(e.to, a.Address)
		}
	} else {
		e.to = r.Destinations
	}
	dec := &mime.WordDecoder{}
	e.subject, err = dec.DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		e.subject = msg.Header.Get("Subject")
	}
	e.attachments, e.err = attachments(msg.Header.Get("Content-Type"), msg.Body, 0)
	return e
}

// attachments walks a MIME body and returns its attached files with their
// decoded sizes.
func attachments(contentType string, body io.Reader, depth int) ([]attachment, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || !strings.HasPrefix(mt, "multipart/") {
		return nil, nil
	}
	if depth > 10 {
		return nil, fmt.Errorf("MIME nested more than 10 deep")
	}
	var out []attachment
	mr := multipart.NewReader(body, params["boundary"])
	for {
		part, err := mr.NextRawPart()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		ct := part.Header.Get("Content-Type")
		if strings.HasPrefix(strings.ToLower(ct), "multipart/") {
			inner, err := attachments(ct, part, depth+1)
			out = append(out, inner...)
			if err != nil {
				return out, err
			}
			continue
		}
		name := part.FileName()
		if name == "" {
			continue
		}
		if d, err := (&mime.WordDecoder{}).DecodeHeader(name); err == nil {
			name = d
		}
		var r io.Reader = part
		if strings.EqualFold(strings.TrimSpace(part.Header.Get("Content-Transfer-Encoding")), "base64") {
			r = base64.NewDecoder(base64.StdEncoding, part)
		}
		n, err := io.Copy(io.Discard, r)
		if err != nil {
			return out, fmt.Errorf("attachment %q: %w", name, err)
		}
		out = append(out, attachment{name: name, size: int(n)})
	}
}

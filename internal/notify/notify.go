// Package notify renders the service's emails as RFC 5322 MIME messages:
// notifications forwarding a submission to a national body, and
// acknowledgements to the submitter. Bodies come from the templates in
// the top-level templates folder and carry names, fields and findings,
// never the document's text.
package notify

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/mail"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/receipt"
	"github.com/safeguarding-intake/intake/internal/tmpl"
	"github.com/safeguarding-intake/intake/templates"
)

// Now is the clock for the Date header. Tests replace it to make messages
// byte-for-byte reproducible.
var Now = time.Now

// Document is the submitted document as it travels with a notification:
// attached when Data is non-nil, otherwise offered through Link.
type Document struct {
	Name        string
	ContentType string
	Data        []byte
	Link        string // a download link, valid for 7 days
}

// Recipient is a national body a submission is forwarded to.
type Recipient struct {
	Name    string // the delivery recipient, e.g. "panel"
	Label   string // e.g. "Child Safeguarding Practice Review Panel"
	Address string // e.g. "panel@example.gov.uk"
}

// The message templates, parsed when the first message is rendered.
var (
	textTemplates = sync.OnceValue(func() *tmpl.Set {
		return mustParse(tmpl.NewText(nil), "*.txt.tmpl")
	})
	htmlTemplates = sync.OnceValue(func() *tmpl.Set {
		return mustParse(tmpl.NewHTML(map[string]any{"list": list}), "*.html.tmpl")
	})
)

func mustParse(s *tmpl.Set, pattern string) *tmpl.Set {
	if err := s.ParseFS(templates.FS, pattern); err != nil {
		panic("notify: " + err.Error())
	}
	return s
}

// list pairs a heading with its items for the "list" HTML template.
func list(title string, items []string) map[string]any {
	return map[string]any{"Title": title, "Items": items}
}

// Forward renders the notification of a submission to a national body:
// what arrived, from which partnership, its fields and findings, with the
// receipt attached and the document attached or linked.
func Forward(o intake.Outcome, to Recipient, from string, receiptPDF []byte, doc Document) (intake.Mail, error) {
	toAddr, err := address(to.Address)
	if err != nil {
		return intake.Mail{}, fmt.Errorf("notify %s: recipient %s: %w", headerText(o.ID, 40), headerText(to.Name, 40), err)
	}
	label := headerText(to.Label, 120)
	if label == "" {
		label = receipt.RecipientLabel(to.Name)
	}
	v := newView(o)
	v.To = label
	v.Forced = o.HasErrors()
	v.Subject = subject("", o)
	if doc.Data != nil {
		v.DocAttached = true
		v.DocName = fileName(doc.Name, "document")
	} else if doc.Link != "" {
		v.Link = receipt.Clean(doc.Link, 4000)
	}
	m := message{
		from:      from,
		to:        mail.Address{Name: label, Address: toAddr},
		subject:   v.Subject,
		reference: o.ID,
		recipient: to.Name,
		text:      "forward.txt.tmpl",
		html:      "forward.html.tmpl",
		view:      v,
		date:      o.Received,
	}
	if len(receiptPDF) > 0 {
		v.ReceiptName = receiptName(o)
		m.attach = append(m.attach, attachment{name: v.ReceiptName, contentType: "application/pdf", data: receiptPDF})
	}
	if v.DocAttached {
		m.attach = append(m.attach, attachment{name: v.DocName, contentType: mediaType(doc.ContentType), data: doc.Data})
	}
	return m.render()
}

// Acknowledge renders the reply to the submitter: where an accepted
// submission goes, exactly what to fix in a rejected one, or which
// reference a duplicate was first received under. The receipt is attached.
func Acknowledge(o intake.Outcome, to string, from string, receiptPDF []byte) (intake.Mail, error) {
	return AcknowledgeReply(o, to, from, receiptPDF, Thread{})
}

// Thread places an acknowledgement in the conversation of the email that
// brought the submission, so that it shows as a reply in the sender's
// mail client. Its values come from that email and are untrusted: ids
// that are not well formed are left out.
type Thread struct {
	// InReplyTo is the Message-ID of the email answered ("<id@host>").
	InReplyTo string
	// References are that email's own References followed by its
	// Message-ID, oldest first.
	References []string
	// Subject is that email's subject. When set, the acknowledgement's
	// subject is "Re: " and it, with the status and reference after it,
	// which the clients that thread by subject as well need.
	Subject string
}

// AcknowledgeReply is Acknowledge sent as a reply within t. The zero
// Thread gives exactly what Acknowledge gives.
func AcknowledgeReply(o intake.Outcome, to string, from string, receiptPDF []byte, t Thread) (intake.Mail, error) {
	toAddr, err := address(to)
	if err != nil {
		return intake.Mail{}, fmt.Errorf("notify %s: submitter: %w", headerText(o.ID, 40), err)
	}
	v := newView(o)
	prefix := statusWords[o.Status]
	if prefix != "" {
		prefix += ": "
	}
	v.Subject = subject(prefix, o)
	if t.Subject != "" {
		v.Subject = replySubject(t.Subject, prefix, o)
	}
	m := message{
		from:       from,
		to:         mail.Address{Address: toAddr},
		subject:    v.Subject,
		reference:  o.ID,
		recipient:  intake.RecipientSubmitter,
		text:       "ack.txt.tmpl",
		html:       "ack.html.tmpl",
		view:       v,
		inReplyTo:  threadID(t.InReplyTo),
		references: threadIDs(t.References),
		date:       o.Received,
	}
	if len(receiptPDF) > 0 {
		v.ReceiptName = receiptName(o)
		m.attach = append(m.attach, attachment{name: v.ReceiptName, contentType: "application/pdf", data: receiptPDF})
	}
	return m.render()
}

// view is what the templates see: every value cleaned and formatted.
type view struct {
	Subject     string
	Reference   string
	Status      string
	Kind        string // "Rapid review"
	KindLower   string // "rapid review"
	KindArticle string // "a rapid review"
	Partnership string
	File        string
	Size        string
	Received    string
	Deadline    string
	// Publication is when an accepted practice review may be published.
	Publication string
	DuplicateOf string
	Summary     []receipt.Field
	Fields      []receipt.Field
	Errors      []string
	Warnings    []string
	Notes       []string
	ForwardedTo string

	// Forward only.
	To          string
	Forced      bool // sent despite errors
	DocAttached bool
	DocName     string
	Link        string
	ReceiptName string
}

// maxFindings caps each list of findings in a message.
const maxFindings = 50

func newView(o intake.Outcome) *view {
	v := &view{
		Reference:   reference(o),
		Status:      string(o.Status),
		Kind:        o.Kind.Label(),
		Partnership: receipt.PartnershipName(o),
		File:        fileName(o.File, "not named"),
		Received:    receipt.Time(o.Received),
		Deadline:    receipt.DeadlineText(o.Deadline),
		Publication: receipt.PublicationRule(o),
		DuplicateOf: receipt.Clean(o.DuplicateOf, 40),
		Fields:      receipt.Fields(o),
	}
	if o.Bytes > 0 {
		v.Size = receipt.Size(o.Bytes)
	}
	v.KindLower = strings.ToLower(v.Kind)
	v.KindArticle = article(o.Kind) + v.KindLower
	if o.Kind == intake.Unknown || o.Kind == "" {
		v.KindLower, v.KindArticle = "document", "a document"
	}
	v.Summary = []receipt.Field{
		{Label: "Reference", Value: v.Reference},
		{Label: "Partnership", Value: v.Partnership},
		{Label: "Kind", Value: v.Kind},
		{Label: "File", Value: v.File},
	}
	if v.Size != "" {
		v.Summary = append(v.Summary, receipt.Field{Label: "Size", Value: v.Size})
	}
	v.Summary = append(v.Summary, receipt.Field{Label: "Received", Value: v.Received})
	if v.Deadline != "" {
		v.Summary = append(v.Summary, receipt.Field{Label: "Deadline", Value: v.Deadline})
	}
	if v.Publication != "" {
		v.Summary = append(v.Summary, receipt.Field{Label: "May be published", Value: v.Publication})
	}
	for _, f := range o.Findings {
		msg := receipt.Clean(f.Message, 600)
		if msg == "" {
			msg = receipt.Clean(f.Code, 60)
		}
		switch f.Severity {
		case intake.SeverityError:
			v.Errors = appendCapped(v.Errors, msg)
		case intake.SeverityWarning:
			v.Warnings = appendCapped(v.Warnings, msg)
		default:
			v.Notes = appendCapped(v.Notes, msg)
		}
	}
	var to []string
	for _, d := range o.Deliveries {
		if d.Recipient != intake.RecipientSubmitter {
			to = append(to, receipt.RecipientLabel(d.Recipient))
		}
	}
	v.ForwardedTo = joinAnd(to)
	return v
}

func appendCapped(xs []string, s string) []string {
	switch {
	case len(xs) < maxFindings:
		return append(xs, s)
	case len(xs) == maxFindings:
		return append(xs, "…and more, listed on the receipt.")
	}
	return xs
}

func article(k intake.Kind) string {
	if k == intake.Arrangements {
		return "" // "safeguarding arrangements" takes no article
	}
	return "a "
}

func joinAnd(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func reference(o intake.Outcome) string {
	if r := headerText(o.ID, 40); r != "" {
		return r
	}
	return "without reference"
}

// subject names the kind, partnership and reference:
// "Rapid review — Coventry Safeguarding Children Partnership — RR-2025-7F3K9Q".
func subject(prefix string, o intake.Outcome) string {
	return headerText(prefix+o.Kind.Label()+" — "+receipt.PartnershipName(o)+" — "+reference(o), 250)
}

// replySubject answers the sender's own subject, with the status and
// reference: "Re: Rapid review - Child Q [Received: RR-2025-7F3K9Q]".
func replySubject(orig, prefix string, o intake.Outcome) string {
	orig = stripRe(headerText(orig, 150))
	status := strings.TrimSpace(strings.TrimSuffix(prefix, ": "))
	if status == "" {
		status = "Reference"
	}
	return headerText("Re: "+orig+" ["+status+": "+reference(o)+"]", 250)
}

func receiptName(o intake.Outcome) string {
	return fileName("receipt-"+reference(o)+".pdf", "receipt.pdf")
}

// fileName makes a name from untrusted input safe as an attachment name:
// no directories, no control characters, not too long.
func fileName(name, fallback string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Trim(headerText(name, 150), ". ")
	if name == "" {
		return fallback
	}
	return name
}

// headerText is receipt.Clean for anything bound for a header: no CR, LF
// or other control character survives, so nothing from a document can
// start a header of its own.
func headerText(s string, max int) string {
	s = receipt.Clean(s, max)
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// address checks a single bare email address.
func address(s string) (string, error) {
	if strings.ContainsFunc(s, unicode.IsControl) {
		return "", fmt.Errorf("address %q holds control characters", s)
	}
	a, err := mail.ParseAddress(s)
	if err != nil {
		return "", fmt.Errorf("address %q: %w", s, err)
	}
	return a.Address, nil
}

// renderCheck, when set, sees the bodies of every message rendered: the
// tests compare them with what text/template and html/template make of
// the same templates and view.
var renderCheck func(textName, htmlName string, view any, text, html []byte)

// render executes the message's templates into a view and builds the
// MIME message.
func (m *message) render() (intake.Mail, error) {
	var text, html bytes.Buffer
	if err := textTemplates().Execute(&text, m.text, m.view); err != nil {
		return intake.Mail{}, fmt.Errorf("notify %s: %w", headerText(m.reference, 40), err)
	}
	if err := htmlTemplates().Execute(&html, m.html, m.view); err != nil {
		return intake.Mail{}, fmt.Errorf("notify %s: %w", headerText(m.reference, 40), err)
	}
	if renderCheck != nil {
		renderCheck(m.text, m.html, m.view, text.Bytes(), html.Bytes())
	}
	m.textBody, m.htmlBody = text.Bytes(), html.Bytes()
	return m.build()
}

// boundarySeed hashes everything a message carries, so its MIME
// boundaries are fixed for the same content and differ between messages.
func (m *message) boundarySeed() string {
	h := sha256.New()
	for _, s := range [][]byte{[]byte(m.reference), []byte(m.to.Address), m.textBody, m.htmlBody} {
		fmt.Fprintf(h, "%d:", len(s))
		h.Write(s)
	}
	for _, a := range m.attach {
		sum := sha256.Sum256(a.data)
		fmt.Fprintf(h, "%s:%x", a.name, sum)
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}

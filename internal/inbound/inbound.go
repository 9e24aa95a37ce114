// Package inbound reads emailed submissions: it parses an untrusted raw
// message as SES stores it, checks what SES and the sender's domain say
// about it, and turns it into the submissions it carries (one per
// attachment of an accepted type, or one link) for the pipeline.
package inbound

import (
	"errors"
	"fmt"
	"time"

	"golang.org/x/net/publicsuffix"
)

// Limits bound the work one message may cost. Zero fields take the
// defaults.
type Limits struct {
	MaxBytes   int64 // the raw message; default 40 MB, the most SES accepts
	MaxDecoded int64 // every part decoded, in total; default 64 MB
	MaxParts   int   // MIME parts, at every depth; default 200
	MaxDepth   int   // nesting of multiparts and attached messages; default 8
	// MaxAttachments bounds the documents taken from one message; default
	// 20. Further ones are counted in Message.Dropped.
	MaxAttachments int
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = 40 << 20
	}
	if l.MaxDecoded <= 0 {
		l.MaxDecoded = 64 << 20
	}
	if l.MaxParts <= 0 {
		l.MaxParts = 200
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = 8
	}
	if l.MaxAttachments <= 0 {
		l.MaxAttachments = 20
	}
	return l
}

// Verdict is SES's finding on a message: PASS, FAIL, GRAY or
// PROCESSING_FAILED, upper case; empty when SES gave none.
type Verdict string

// VerdictFail is the only verdict that rejects a message.
const VerdictFail Verdict = "FAIL"

// Auth holds the results of the sender checks SES recorded in its
// Authentication-Results header, each with the domain it was for.
type Auth struct {
	Found bool     // SES's header was present
	DKIM  []Result // one per signature
	SPF   Result   // for the envelope sender's domain
	DMARC Result   // for the From domain
}

// Result is one check's result ("pass", "fail", "none", "softfail" and so
// on, lower case; empty when the method has no result) and the domain it
// was for (lower case; empty when SES named none).
type Result struct {
	Result, Domain string
}

// Verified reports whether the checks vouch for a message from the domain
// from: a pass aligned with it, as DMARC defines alignment (RFC 7489 3.1,
// relaxed: the same organisational domain), by DKIM's signing domain,
// SPF's envelope sender or DMARC itself, and no DMARC failure for it. A
// pass for an unrelated domain says nothing about from.
func (a Auth) Verified(from string) bool {
	from = addrDomain(from)
	if from == "" {
		return false
	}
	if a.DMARC.Result == "fail" && (a.DMARC.Domain == "" || aligned(a.DMARC.Domain, from)) {
		return false
	}
	pass := func(r Result) bool { return r.Result == "pass" && aligned(r.Domain, from) }
	if pass(a.DMARC) || pass(a.SPF) {
		return true
	}
	for _, d := range a.DKIM {
		if pass(d) {
			return true
		}
	}
	return false
}

// aligned reports relaxed alignment: both domains have the same
// organisational domain (the registered domain under its public suffix,
// as in mail.coventry.gov.uk and coventry.gov.uk).
func aligned(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	oa, err1 := publicsuffix.EffectiveTLDPlusOne(a)
	ob, err2 := publicsuffix.EffectiveTLDPlusOne(b)
	if err1 != nil || err2 != nil {
		return a == b
	}
	return oa == ob
}

// Automatic says why a message is machine-written and must not be
// answered; the empty value is a person's message.
type Automatic string

const (
	Person    Automatic = ""
	AutoReply Automatic = "auto-reply" // out of office and the like
	Bounce    Automatic = "bounce"     // a delivery status notification
	Bulk      Automatic = "bulk"       // mailing lists and bulk mail
)

// Message is what was read from a raw email. Header values are decoded
// and cleaned of control characters. Text is the body as plain text and
// must never be logged.
type Message struct {
	From       string // the sender's bare address, domain lower case
	Subject    string
	Date       time.Time // the Date header; zero when absent or unreadable
	Arrived    time.Time // when the receiving server (SES) took it; zero when unknown
	MessageID  string    // "<id@host>"; empty when absent
	References []string  // "<id@host>" each, oldest first
	Automatic  Automatic
	Spam       Verdict
	Virus      Verdict
	Auth       Auth

	// Attachments are the files the message carries, including those of
	// attached messages, in order. Pictures shown in the body (inline
	// images of a multipart/related) are not among them.
	Attachments []Attachment
	// Dropped counts files beyond Limits.MaxAttachments.
	Dropped int
	// Damaged is set when the body could not be read (no part found where
	// the header promised parts, or over a budget of Limits): the header
	// fields are still good.
	Damaged bool

	Text  string   // the body as plain text, preferring the text/plain part
	Links []string // http(s) links in the body, hyperlinks first

	digest string // of the raw message, to identify one without a Message-ID
}

// Attachment is one file of a message.
type Attachment struct {
	Name        string // as the sender named it, decoded; may be empty
	ContentType string // as declared, without parameters, lower case
	Data        []byte
	// Damaged is set when the transfer encoding could not be decoded
	// (truncated base64): Data holds only what could be.
	Damaged bool
}

// ErrTooLarge is returned by Parse for a message over Limits.MaxBytes.
var ErrTooLarge = errors.New("message over the size limit")

// Parse reads a raw RFC 5322 message. It never panics. A message whose
// header cannot be read, or that is over the size limit, is an error; a
// body that cannot be read sets Damaged; damage confined to one part (a
// bad boundary inside, truncated base64) shows on the part.
func Parse(raw []byte, lim Limits) (m *Message, err error) {
	lim = lim.withDefaults()
	if int64(len(raw)) > lim.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes", ErrTooLarge, len(raw))
	}
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("message could not be parsed: %v", r)
		}
	}()
	p := &parser{lim: lim}
	if m, err = p.message(raw); err != nil {
		return nil, err
	}
	m.digest = digest(raw)
	return m, nil
}

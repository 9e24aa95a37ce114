// Package intake holds the service's vocabulary: submissions, their kinds,
// findings, deliveries and outcomes. It imports nothing from the rest of the
// module, so every other package can speak it without cycles.
package intake

import (
	"time"
)

// Kind is the statutory document kind of a submission.
type Kind string

const (
	RapidReview  Kind = "rapid_review"
	YearlyReport Kind = "yearly_report"
	Arrangements Kind = "arrangements"
	// PracticeReview is the final report of a local child safeguarding
	// practice review, or the information about the improvements to be
	// made where the partners publish only that.
	PracticeReview Kind = "practice_review"
	Unknown        Kind = "unknown"
)

// Kinds are the statutory kinds, in the order they are listed to people.
func Kinds() []Kind { return []Kind{RapidReview, YearlyReport, Arrangements, PracticeReview} }

// ParseKind accepts a kind id, or "" / "auto" for Unknown (decide from the text).
func ParseKind(s string) (Kind, bool) {
	switch Kind(s) {
	case RapidReview, YearlyReport, Arrangements, PracticeReview:
		return Kind(s), true
	case "", "auto", Unknown:
		return Unknown, true
	}
	return Unknown, false
}

// Prefix is the two-letter prefix of a reference id for the kind.
func (k Kind) Prefix() string {
	switch k {
	case RapidReview:
		return "RR"
	case YearlyReport:
		return "YR"
	case Arrangements:
		return "SA"
	case PracticeReview:
		return "PR"
	}
	return "UN"
}

// Label is the kind as people say it.
func (k Kind) Label() string {
	switch k {
	case RapidReview:
		return "Rapid review"
	case YearlyReport:
		return "Yearly report"
	case Arrangements:
		return "Safeguarding arrangements"
	case PracticeReview:
		return "Local child safeguarding practice review"
	}
	return "Unrecognised document"
}

// Channel is how a submission arrived.
type Channel string

const (
	CLI    Channel = "cli"
	Portal Channel = "portal"
	Email  Channel = "email"
)

// Status is the decision on a submission.
type Status string

const (
	Accepted  Status = "accepted"
	Rejected  Status = "rejected"
	Duplicate Status = "duplicate"
)

// Partnership identifies a safeguarding partnership. ID is the ONS code of
// its (lead) local authority.
type Partnership struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Delivery states. Pending and Sending live only in the ledger; outcomes
// shown to people carry Sent, Failed or Skipped.
const (
	DeliveryPending = "pending"
	DeliverySending = "sending"
	DeliverySent    = "sent"
	DeliveryFailed  = "failed"
	DeliverySkipped = "skipped"
)

// Recipient names used in deliveries.
const (
	RecipientPanel = "panel"
	RecipientWWC   = "wwc"
	RecipientDfE   = "dfe"
	// RecipientDfEReviews is the Secretary of State's address for practice
	// reviews, and RecipientOfsted the inspectorate's.
	RecipientDfEReviews = "dfe_reviews"
	RecipientOfsted     = "ofsted"
	RecipientSubmitter  = "submitter"
)

// Delivery is one notification to one recipient.
type Delivery struct {
	Recipient string    `json:"recipient"`
	Address   string    `json:"address"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts,omitempty"`
	At        time.Time `json:"at,omitzero"`
	Error     string    `json:"error,omitempty"`
	// Via says how the document travelled: "attachment" or "link".
	Via string `json:"via,omitempty"`
}

// Deadline is the statutory time rule applied to a submission.
type Deadline struct {
	Rule string `json:"rule"`           // e.g. "15 working days from the SIN date"
	From string `json:"from,omitempty"` // the trigger date, YYYY-MM-DD
	Due  string `json:"due"`            // YYYY-MM-DD, inclusive
	Met  bool   `json:"met"`
}

// Evidence is where a document shows a field or an element: its page,
// when the format has pages, and at most MaxEvidence bytes of its own
// words.
type Evidence struct {
	Page int    `json:"page,omitempty"`
	Text string `json:"text"`
}

// MaxEvidence bounds the words of the document that evidence quotes.
const MaxEvidence = 120

// Outcome is the record of one submission, as printed by the CLI (one JSON
// object per line), stored in the ledger and rendered on the receipt. Field
// names are a public contract (DESIGN 4.2): extend, never rename.
type Outcome struct {
	ID          string            `json:"id"`
	File        string            `json:"file"`
	Channel     Channel           `json:"channel"`
	SHA256      string            `json:"sha256"`
	Bytes       int64             `json:"bytes"`
	MediaType   string            `json:"media_type"`
	Received    time.Time         `json:"received"`
	Kind        Kind              `json:"kind"`
	Partnership *Partnership      `json:"partnership"`
	Fields      map[string]string `json:"fields"`
	Findings    []Finding         `json:"findings"`
	Status      Status            `json:"status"`
	Deliveries  []Delivery        `json:"deliveries"`
	Receipt     string            `json:"receipt"`
	Deadline    *Deadline         `json:"deadline,omitempty"`
	// Evidence says, for each field read and each element found, where
	// the document shows it (DESIGN 4.2, extend-only).
	Evidence    map[string]Evidence `json:"evidence,omitempty"`
	Submitter   string              `json:"submitter,omitempty"`
	DuplicateOf string              `json:"duplicate_of,omitempty"`
}

// ForJSON returns o as DESIGN 4.2 prints it: fields, findings and
// deliveries are an empty object or list when there are none, never null.
// (Only partnership is null, when unknown.)
func (o Outcome) ForJSON() Outcome {
	if o.Fields == nil {
		o.Fields = map[string]string{}
	}
	if o.Findings == nil {
		o.Findings = []Finding{}
	}
	if o.Deliveries == nil {
		o.Deliveries = []Delivery{}
	}
	return o
}

// HasErrors reports whether any finding blocks forwarding.
func (o *Outcome) HasErrors() bool { return HasErrors(o.Findings) }

// HasErrors reports whether any finding in fs is an error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == SeverityError {
			return true
		}
	}
	return false
}

// London is the calendar all day arithmetic uses.
var London = mustLoad("Europe/London")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		// The binaries embed time/tzdata; reaching here means a build without it.
		panic("intake: time zone " + name + " unavailable: " + err.Error())
	}
	return loc
}

// Day returns the Europe/London calendar date of t as midnight UTC, the
// form every date in the service takes.
func Day(t time.Time) time.Time {
	y, m, d := t.In(London).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ISODate formats a calendar date as YYYY-MM-DD.
func ISODate(t time.Time) string { return t.Format(time.DateOnly) }

// ParseISODate parses YYYY-MM-DD into midnight UTC.
func ParseISODate(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }

// Record is a submission as the ledger keeps it: the outcome and the
// identity of its source (an S3 object version, an email part, or a CLI
// file's name and hash), which makes reprocessing idempotent.
type Record struct {
	Outcome
	SourceKey string `json:"source_key"`
	// Stored is where the original document is kept (a key in the blob
	// store), so a notification sent again later can link to it. Empty in
	// records made before it was kept.
	Stored string `json:"stored,omitempty"`
}

// Mail is one rendered message, ready for a mail sender: the envelope
// recipients and the whole RFC 5322 message.
type Mail struct {
	From    string
	To      []string
	Subject string
	Raw     []byte
}

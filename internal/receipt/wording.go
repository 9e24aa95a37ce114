package receipt

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// Field is one value read from a document, labelled and formatted for
// people.
type Field struct {
	Key   string // the field name of DESIGN 4.3, e.g. "sin_date"
	Label string // e.g. "SIN date"
	Value string // e.g. "3 March 2025"
}

// fieldLabels lists the known fields in the order people read them.
var fieldLabels = []struct{ key, label string }{
	{"title", "Title"},
	{"partnership_name", "Partnership (as written)"},
	{"document_date", "Document date"},
	{"child", "Child"},
	{"sin_reference", "SIN reference"},
	{"sin_date", "SIN date"},
	{"incident_date", "Incident date"},
	{"review_date", "Rapid review date"},
	{"lcspr_decision", "Decision on a local review"},
	{"national_review", "View on a national review"},
	{"period_start", "Reporting period from"},
	{"period_end", "Reporting period to"},
	{"publication_date", "Publication date"},
	{"implementation_date", "Implementation date"},
	{"url", "Published at"},
	{"partner_local_authority", "Local authority partner"},
	{"partner_police", "Police partner"},
	{"partner_health", "Health partner"},
}

// valueWords turns coded field values into words.
var valueWords = map[string]map[string]string{
	"lcspr_decision":  {"yes": "Yes", "no": "No", "undecided": "Not yet decided"},
	"national_review": {"recommended": "Recommended", "not_recommended": "Not recommended"},
}

// Limits on what one value may take up, so a hostile document cannot fill
// the receipt or an email with one field.
const (
	maxValue   = 300
	maxMessage = 600
	maxName    = 200
	// Fields beyond those of DESIGN 4.3 are shown too, up to this many.
	maxExtraFields = 20
)

// Fields returns the outcome's fields in reading order with their labels,
// dates as "3 March 2025" and coded values as words. Values are cleaned of
// control characters and shortened; fields with no value are left out.
func Fields(o intake.Outcome) []Field {
	var out []Field
	known := make(map[string]bool, len(fieldLabels))
	for _, fl := range fieldLabels {
		known[fl.key] = true
		if v := Clean(o.Fields[fl.key], maxValue); v != "" {
			out = append(out, Field{Key: fl.key, Label: fl.label, Value: fieldValue(fl.key, v)})
		}
	}
	var extra []string
	for k := range o.Fields {
		if !known[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	if len(extra) > maxExtraFields {
		extra = extra[:maxExtraFields]
	}
	for _, k := range extra {
		label := Clean(strings.ReplaceAll(k, "_", " "), 60)
		v := Clean(o.Fields[k], maxValue)
		if label == "" || v == "" {
			continue
		}
		r, n := utf8.DecodeRuneInString(label)
		label = string(unicode.ToUpper(r)) + label[n:]
		out = append(out, Field{Key: k, Label: label, Value: fieldValue(k, v)})
	}
	return out
}

func fieldValue(key, v string) string {
	if w, ok := valueWords[key][strings.ToLower(v)]; ok {
		return w
	}
	if strings.HasSuffix(key, "_date") || strings.HasPrefix(key, "period_") {
		return Date(v)
	}
	return v
}

// Date formats a YYYY-MM-DD date as "3 March 2025"; anything else comes
// back unchanged.
func Date(iso string) string {
	t, err := intake.ParseISODate(iso)
	if err != nil {
		return iso
	}
	return t.Format("2 January 2006")
}

// LongDate formats a YYYY-MM-DD date as "Thursday 8 January 2026"; anything
// else comes back unchanged.
func LongDate(iso string) string {
	t, err := intake.ParseISODate(iso)
	if err != nil {
		return iso
	}
	return t.Format("Monday 2 January 2006")
}

// Time formats an instant on the Europe/London clock, as
// "Friday 21 March 2025, 10:15 GMT".
func Time(t time.Time) string {
	if t.IsZero() {
		return "Not recorded"
	}
	return t.In(intake.London).Format("Monday 2 January 2006, 15:04 MST")
}

// Size formats a byte count as "1.2 MB (1,234,567 bytes)".
func Size(n int64) string {
	if n < 0 {
		n = 0
	}
	exact := groupThousands(n) + " bytes"
	if n == 1 {
		exact = "1 byte"
	}
	if n < 1024 {
		return exact
	}
	v, unit := float64(n)/1024, "KB"
	for _, u := range []string{"MB", "GB", "TB"} {
		if v < 1024 {
			break
		}
		v, unit = v/1024, u
	}
	format := "%.0f %s (%s)"
	if v < 10 {
		format = "%.1f %s (%s)"
	}
	return fmt.Sprintf(format, v, unit, exact)
}

func groupThousands(n int64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// recipientLabels names the national bodies as people know them.
var recipientLabels = map[string]string{
	intake.RecipientPanel:     "Child Safeguarding Practice Review Panel",
	intake.RecipientWWC:       "Foundations (What Works Centre for Children’s Social Care)",
	intake.RecipientDfE:       "Department for Education (Secretary of State)",
	intake.RecipientSubmitter: "Acknowledgement to the sender",
}

// RecipientLabel names a delivery recipient ("panel") for people.
func RecipientLabel(name string) string {
	if l, ok := recipientLabels[name]; ok {
		return l
	}
	return Clean(name, 80)
}

// DeliveryStatus says in words where a delivery stands.
func DeliveryStatus(status string) string {
	switch status {
	case intake.DeliverySent:
		return "sent"
	case intake.DeliveryFailed:
		return "not sent yet, will be retried"
	case intake.DeliverySkipped:
		return "not sent"
	case intake.DeliveryPending, intake.DeliverySending, "":
		return "being sent"
	}
	return Clean(status, 40)
}

// StatusLabel is the decision in a few words.
func StatusLabel(s intake.Status) string {
	switch s {
	case intake.Accepted:
		return "Accepted"
	case intake.Rejected:
		return "Rejected — not forwarded"
	case intake.Duplicate:
		return "Duplicate"
	}
	return "Not yet decided"
}

// Title is the heading of the receipt: "Receipt for a rapid review".
func Title(k intake.Kind) string {
	switch k {
	case intake.RapidReview:
		return "Receipt for a rapid review"
	case intake.YearlyReport:
		return "Receipt for a yearly report"
	case intake.Arrangements:
		return "Receipt for safeguarding arrangements"
	}
	return "Receipt for a submission"
}

// PartnershipName names the outcome's partnership, or says it was not
// identified.
func PartnershipName(o intake.Outcome) string {
	if o.Partnership == nil {
		return "Not identified"
	}
	if n := Clean(o.Partnership.Name, maxName); n != "" {
		return n
	}
	if id := Clean(o.Partnership.ID, 20); id != "" {
		return id
	}
	return "Not identified"
}

// forwardedTo lists the national bodies the outcome goes to, by label.
func forwardedTo(o intake.Outcome) []string {
	var names []string
	for _, d := range o.Deliveries {
		if d.Recipient == intake.RecipientSubmitter {
			continue
		}
		names = append(names, RecipientLabel(d.Recipient))
	}
	return names
}

// NextStep says in a plain sentence or two what happens now.
func NextStep(o intake.Outcome) string {
	id := Clean(o.ID, 40)
	switch o.Status {
	case intake.Accepted:
		to := "the national bodies it is addressed to"
		if names := forwardedTo(o); len(names) > 0 {
			to = "the " + joinAnd(names)
		}
		s := "We have checked this submission and are forwarding it to " + to + ". You do not need to do anything else."
		if countSeverity(o.Findings, intake.SeverityWarning) > 0 {
			s += " Please read the points to note."
		}
		return s
	case intake.Rejected:
		return "This submission has not been forwarded. Please fix what is listed under “What you need to fix” and send the document again. Quote reference " + id + " if you contact us."
	case intake.Duplicate:
		prev := Clean(o.DuplicateOf, 40)
		if prev == "" {
			return "We have already received this document. It has not been forwarded again and you do not need to do anything."
		}
		return "We have already received this document as " + prev + ". It has not been forwarded again and you do not need to do anything."
	}
	return "This submission has not been decided yet."
}

// DeadlineText describes the time rule and whether it was met:
// "Due by Thursday 8 January 2026 (15 working days from the SIN date,
// 15 December 2025): met". It returns "" when there is no deadline.
func DeadlineText(d *intake.Deadline) string {
	if d == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString("Due by " + LongDate(Clean(d.Due, 20)))
	rule, from := Clean(d.Rule, 120), Clean(d.From, 20)
	switch {
	case rule != "" && from != "":
		fmt.Fprintf(&b, " (%s, %s)", rule, Date(from))
	case rule != "":
		fmt.Fprintf(&b, " (%s)", rule)
	}
	if d.Met {
		b.WriteString(": met")
	} else {
		b.WriteString(": not met")
	}
	return b.String()
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func countSeverity(fs []intake.Finding, s intake.Severity) int {
	n := 0
	for _, f := range fs {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// Clean makes untrusted text safe to show: invalid UTF-8 becomes U+FFFD,
// line breaks, tabs and other control or format characters become single
// spaces, runs of space collapse, and the result is cut to max runes with
// an ellipsis.
func Clean(s string, max int) string {
	var b strings.Builder
	b.Grow(min(len(s), 4*max))
	n := 0
	space := false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r) ||
			r == '\u2028' || r == '\u2029' {
			space = b.Len() > 0
			continue
		}
		if n >= max {
			return strings.TrimSpace(b.String()) + "…"
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

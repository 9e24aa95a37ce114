package receipt

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/rules"
)

// Field is one value read from a document, labelled and formatted for
// people.
type Field struct {
	Key   string // the field name of DESIGN 4.3, e.g. "sin_date"
	Label string // e.g. "SIN date"
	Value string // e.g. "3 March 2025"
	// Evidence is where the document shows it, e.g. `page 2: "Date of
	// SIN: 3 March 2025"`; empty when none was recorded.
	Evidence string
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
	for _, k := range words().fieldOrder {
		if v := Clean(o.Fields[k], maxValue); v != "" {
			out = append(out, Field{Key: k, Label: words().field[k], Value: fieldValue(k, v), Evidence: EvidenceText(o.Evidence[k])})
		}
	}
	var extra []string
	for k := range o.Fields {
		if _, known := words().field[k]; !known {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	if len(extra) > maxExtraFields {
		extra = extra[:maxExtraFields]
	}
	for _, k := range extra {
		label := nameLabel(k, unicode.ToUpper)
		v := Clean(o.Fields[k], maxValue)
		if label == "" || v == "" {
			continue
		}
		out = append(out, Field{Key: k, Label: label, Value: fieldValue(k, v), Evidence: EvidenceText(o.Evidence[k])})
	}
	return out
}

// Elements returns what the document was found to cover (the elements of
// DESIGN 4.4 with evidence that are not fields), labelled, in name order.
func Elements(o intake.Outcome) []Field {
	var keys []string
	for k := range o.Evidence {
		if _, isField := o.Fields[k]; !isField {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	if len(keys) > maxExtraFields {
		keys = keys[:maxExtraFields]
	}
	var out []Field
	for _, k := range keys {
		e := EvidenceText(o.Evidence[k])
		label := nameLabel(k, unicode.ToLower)
		if e == "" || label == "" {
			continue
		}
		out = append(out, Field{Key: k, Label: "Covers " + label, Value: e})
	}
	return out
}

// nameLabel writes a field's or element's name as words, its first letter
// as first says ("voice_of_child" as "Voice of child").
func nameLabel(k string, first func(rune) rune) string {
	label := Clean(strings.ReplaceAll(k, "_", " "), 60)
	if label == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(label)
	return string(first(r)) + label[n:]
}

// EvidenceText writes evidence for people: the page, when known, and the
// document's words in quotation marks.
func EvidenceText(e intake.Evidence) string {
	t := Clean(e.Text, intake.MaxEvidence+10)
	if t == "" {
		return ""
	}
	if e.Page > 0 {
		return fmt.Sprintf("page %d: \u201c%s\u201d", e.Page, t)
	}
	return "\u201c" + t + "\u201d"
}

func fieldValue(key, v string) string {
	if w, ok := words().value[key+"."+strings.ToLower(v)]; ok {
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
		return words().noTime
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

// RecipientLabel names a delivery recipient ("panel") for people.
func RecipientLabel(name string) string {
	if l, ok := words().recipient[name]; ok {
		return l
	}
	return Clean(name, 80)
}

// DeliveryStatus says in words where a delivery stands.
func DeliveryStatus(status string) string {
	switch status {
	case intake.DeliverySent, intake.DeliveryFailed, intake.DeliverySkipped:
		return words().delivery[status]
	case intake.DeliveryPending, intake.DeliverySending, "":
		return words().delivery[intake.DeliveryPending]
	}
	return Clean(status, 40)
}

// StatusLabel is the decision in a few words.
func StatusLabel(s intake.Status) string {
	switch s {
	case intake.Accepted, intake.Rejected, intake.Duplicate:
		return words().status[string(s)]
	}
	return words().status[undecided]
}

// Title is the heading of the receipt: "Receipt for a rapid review".
func Title(k intake.Kind) string { return words().title[kindCode(k)] }

// kindLabel is the kind as the receipt names it.
func kindLabel(k intake.Kind) string { return words().kind[kindCode(k)] }

// kindCode is the kind's name in the labels file.
func kindCode(k intake.Kind) string {
	switch k {
	case intake.RapidReview, intake.YearlyReport, intake.Arrangements, intake.PracticeReview:
		return string(k)
	}
	return unknownKind
}

// PartnershipName names the outcome's partnership, or says it was not
// identified.
func PartnershipName(o intake.Outcome) string {
	if o.Partnership == nil {
		return words().noPartnership
	}
	if n := Clean(o.Partnership.Name, maxName); n != "" {
		return n
	}
	if id := Clean(o.Partnership.ID, 20); id != "" {
		return id
	}
	return words().noPartnership
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
	switch o.Status {
	case intake.Accepted:
		return words().say("next-step-accepted", slots{
			Recipients: forwardedTo(o),
			Warnings:   countSeverity(o.Findings, intake.SeverityWarning) > 0,
		})
	case intake.Rejected:
		return words().say("next-step-rejected", slots{ID: Clean(o.ID, 40)})
	case intake.Duplicate:
		return words().say("next-step-duplicate", slots{DuplicateOf: Clean(o.DuplicateOf, 40)})
	}
	return words().say("next-step-undecided", slots{})
}

// DeadlineText describes the time rule and whether it was met:
// "Due by Thursday 8 January 2026 (15 working days from the SIN date,
// 15 December 2025): met". It returns "" when there is no deadline.
func DeadlineText(d *intake.Deadline) string {
	if d == nil {
		return ""
	}
	return words().say("deadline", slots{
		Due:  LongDate(Clean(d.Due, 20)),
		Rule: Clean(d.Rule, 120),
		From: Date(Clean(d.From, 20)),
		Met:  d.Met,
	})
}

// PublicationRule says when an accepted practice review may be published:
// "At least 7 working days after we received it: on or after Monday 10
// March 2025". It returns "" for other kinds and outcomes, whose
// publication the service does not time.
func PublicationRule(o intake.Outcome) string {
	if o.Kind != intake.PracticeReview || o.Status != intake.Accepted || o.Received.IsZero() {
		return ""
	}
	return words().say("publication-rule", slots{From: LongDate(intake.ISODate(rules.PublishableFrom(o.Received)))})
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

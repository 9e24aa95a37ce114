// Package rules checks a classified document against what the statutory
// guidance asks of its kind (DESIGN 4.4): the fields it must state, the
// elements it must or should cover, its links, and its time limits.
package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/fields"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/workdays"
)

// Input is what the rules look at. Fields are those fields.Read returned,
// with any the submitter supplied (a yearly report's publication date)
// already merged in.
type Input struct {
	Kind     intake.Kind
	Fields   map[string]string
	Text     string    // the document's text, for element checks
	Received time.Time // the moment the submission was received
	// LinkOnly says the submission is only a link: there is no document
	// content to check, only the link itself.
	LinkOnly bool
	// Blocks is the document's structure, whose headings show the
	// elements it covers; nil blocks are inferred from Text.
	Blocks []document.Block
	// Evidence, when not nil, is given the evidence of every element
	// found, keyed by its name.
	Evidence map[string]intake.Evidence
	// Round2023Due is the deadline of the 2023 arrangements round; zero
	// means intake.DefaultRound2023Due.
	Round2023Due time.Time
}

// Time rules of the guidance.
const (
	rapidReviewDays  = 15 // working days from the SIN to the rapid review reaching the Panel
	forwardDays      = 7  // calendar days from publishing a yearly report to sending it
	implementMonths  = 3  // months from publishing the 2019 arrangements to implementing them
	maxPeriodMonths  = 12
	ruleRapidReview  = "15 working days from the serious incident notification"
	ruleForward      = "7 days from publication"
	rulePublish2019  = "2019 arrangements published by 29 June 2019"
	dateLayoutPeople = "2 January 2006"
)

var (
	publishBy2019   = time.Date(2019, time.June, 29, 0, 0, 0, 0, time.UTC)
	implementBy2019 = time.Date(2019, time.September, 29, 0, 0, 0, 0, time.UTC)
	// round2019End: arrangements published before it belong to the 2019
	// round, the only one with statutory dates.
	round2019End = time.Date(2020, time.January, 1, 0, 0, 0, 0, time.UTC)
	// icbStart is when integrated care boards replaced clinical
	// commissioning groups as the health partner.
	icbStart = time.Date(2022, time.July, 1, 0, 0, 0, 0, time.UTC)
)

// Check returns the findings for a submission, in the order found, and the
// time rule applied to it (nil when none applies or its trigger date is
// unknown).
func Check(in Input) (findings []intake.Finding, deadline *intake.Deadline) {
	c := &checker{in: in, received: intake.Day(in.Received)}
	c.common()
	switch in.Kind {
	case intake.RapidReview:
		c.rapidReview()
	case intake.YearlyReport:
		c.yearlyReport()
	case intake.Arrangements:
		c.arrangements()
	case intake.PracticeReview:
		c.practiceReview()
	}
	if !in.LinkOnly {
		if c.in.Blocks == nil {
			c.in.Blocks = document.FromText(clipText(in.Text))
		}
		c.elements()
	}
	c.healthPartner()
	return c.findings, c.deadline
}

type checker struct {
	in       Input
	received time.Time
	findings []intake.Finding
	deadline *intake.Deadline
	text     *text     // prepared on first use
	headings []opening // likewise
	// cued says, per element of the kind, whether any of its cues is in
	// the text's words; lowBlocks are the blocks' texts lower-cased. Both
	// are worked out on first use.
	cued      uint64
	cuedDone  bool
	lowBlocks []string
}

func (c *checker) add(code, format string, args ...any) {
	c.findings = append(c.findings, intake.NewFinding(code, format, args...))
}

// date returns a field as a date; an unreadable value counts as absent.
func (c *checker) date(key string) (time.Time, bool) {
	v, ok := c.in.Fields[key]
	if !ok {
		return time.Time{}, false
	}
	t, err := intake.ParseISODate(v)
	if err != nil {
		return fields.ParseDate(v)
	}
	return t, true
}

func (c *checker) has(key string) bool { return strings.TrimSpace(c.in.Fields[key]) != "" }

func (c *checker) common() {
	// Dates the document states as past events. An implementation date may
	// rightly lie ahead, so it is not among them, nor is the date a
	// practice review is to be published.
	for _, stated := range []struct{ key, what string }{
		{fields.DocumentDate, "The document is dated"},
		{fields.PublicationDate, "The document says it was published on"},
		{fields.SINDate, "The document gives the serious incident notification date as"},
		{fields.IncidentDate, "The document gives the incident date as"},
		{fields.ReviewDate, "The document gives the rapid review meeting date as"},
		{fields.DecisionDate, "The document says the partners decided to carry out the review on"},
		{fields.ReportDate, "The document gives the date of the report as"},
	} {
		if stated.key == fields.PublicationDate && c.in.Kind == intake.PracticeReview {
			continue
		}
		if d, ok := c.date(stated.key); ok && d.After(c.received) {
			c.add(intake.DateInFuture, "%s %s, after the day we received it (%s). Check the date in the document and upload it again if it is wrong.",
				stated.what, human(d), human(c.received))
			break
		}
	}
	if u, ok := c.in.Fields[fields.URL]; ok {
		if reason := InvalidURL(u); reason != "" {
			c.add(intake.URLInvalid, "The link %q cannot be used: %s. Send the full public web address of the published page, starting with https://.", clip(u, 200), reason)
		} else if reason := SuspiciousURL(u); reason != "" {
			c.add(intake.URLSuspicious, "The link %q looks suspicious: %s. Check that it is the public address of your published page, and send the right one if it is not.", clip(u, 200), reason)
		}
	} else if c.in.LinkOnly {
		c.add(intake.URLMissing, "We could not find a web link in your submission. Send the full web address (starting with https://) of the page where the document is published.")
	}
}

func (c *checker) rapidReview() {
	if !c.has(fields.SINReference) && !c.has(fields.SINDate) {
		c.add(intake.SINMissing, "We could not find the date the serious incident notification was sent or its reference. Add the SIN date or SIN reference to the review and upload it again.")
	}
	switch {
	case !c.has(fields.LCSPRDecision):
		c.add(intake.LCSPRDecisionMissing, "We could not find the partnership's decision on whether a local child safeguarding practice review will be carried out. State the decision and upload the review again.")
	case c.in.Fields[fields.LCSPRDecision] == fields.Undecided:
		// A decision still to be made is no decision: the Panel needs
		// the partners' decision with the rapid review.
		c.add(intake.LCSPRDecisionMissing, "The review says the decision on whether to carry out a local child safeguarding practice review is still to be made. Send the rapid review again once the safeguarding partners have decided.")
	}
	if !c.has(fields.NationalReview) {
		c.add(intake.NationalReviewMissing, "The review does not say whether the partnership thinks a national review is appropriate. Please include this view in future rapid reviews.")
	}
	sin, ok := c.date(fields.SINDate)
	if !ok {
		return
	}
	due := workdays.Add(sin, rapidReviewDays)
	c.deadline = &intake.Deadline{Rule: ruleRapidReview, From: intake.ISODate(sin), Due: intake.ISODate(due), Met: !c.received.After(due)}
	if !c.deadline.Met {
		c.add(intake.RapidReviewLate, "The rapid review was due with the Panel by %s, 15 working days after the serious incident notification of %s, and was received on %s. Please record the reason for the delay.",
			human(due), human(sin), human(c.received))
	}
}

func (c *checker) yearlyReport() {
	start, okS := c.date(fields.PeriodStart)
	end, okE := c.date(fields.PeriodEnd)
	switch {
	case !c.in.LinkOnly && (!okS || !okE || end.Before(start)):
		c.add(intake.PeriodMissing, "We could not find the 12 months the report covers. State the reporting period (for example \"1 April 2024 to 31 March 2025\" or \"2024/25\") near the start of the report and upload it again.")
	case okS && okE && end.After(start.AddDate(0, maxPeriodMonths, -1)):
		c.add(intake.PeriodTooLong, "The report covers %s to %s, more than 12 months. Yearly reports should cover one year; if this is deliberate, say why in the report.",
			human(start), human(end))
	}
	pub, ok := c.date(fields.PublicationDate)
	if !ok {
		c.add(intake.PublicationDateMissing, "We could not find the date the report was published. Add the publication date to the report, or enter it when you upload, and send it again.")
		return
	}
	due := pub.AddDate(0, 0, forwardDays)
	c.deadline = &intake.Deadline{Rule: ruleForward, From: intake.ISODate(pub), Due: intake.ISODate(due), Met: !c.received.After(due)}
	if !c.deadline.Met {
		c.add(intake.ForwardedLate, "The report was published on %s and should have been sent within 7 days, by %s; we received it on %s. Please send future reports within 7 days of publication.",
			human(pub), human(due), human(c.received))
	}
}

func (c *checker) arrangements() {
	if !c.in.LinkOnly {
		// The field partner_x is missing as missing_partner_x.
		for _, p := range []struct{ field, who string }{
			{fields.PartnerLocalAuthority, "the local authority (for example \"Coventry City Council\")"},
			{fields.PartnerPolice, "the chief officer of police (for example \"West Midlands Police\")"},
			{fields.PartnerHealth, "the integrated care board (for example \"NHS Coventry and Warwickshire Integrated Care Board\")"},
		} {
			if !c.has(p.field) {
				c.findings = append(c.findings, intake.Missing(p.field, true,
					fmt.Sprintf("The arrangements do not name %s as a safeguarding partner. Name all three partners and upload the arrangements again.", p.who)))
			}
		}
		c.leadPartners()
	}

	pub, okPub := c.date(fields.PublicationDate)
	impl, okImpl := c.date(fields.ImplementationDate)
	in2019 := (okPub && pub.Before(round2019End)) || (!okPub && okImpl && impl.Before(round2019End))
	if !in2019 {
		if okPub {
			c.round2023(pub)
		}
		return
	}
	if okPub {
		c.deadline = &intake.Deadline{Rule: rulePublish2019, Due: intake.ISODate(publishBy2019), Met: !pub.After(publishBy2019)}
		if pub.After(publishBy2019) {
			c.add(intake.PublicationLate, "These are 2019 arrangements, which had to be published by 29 June 2019; they were published on %s.", human(pub))
		}
	}
	if okImpl {
		due := implementBy2019
		if okPub {
			if d := pub.AddDate(0, implementMonths, 0); d.Before(due) {
				due = d
			}
		}
		if impl.After(due) {
			c.add(intake.ImplementationLate, "These are 2019 arrangements, which had to be implemented within 3 months of publication and by 29 September 2019 (here by %s); they were implemented on %s.",
				human(due), human(impl))
		}
	}
}

// documentDate is the date a document speaks from: its own date, or when
// it has none, its publication date.
func (c *checker) documentDate() (time.Time, bool) {
	if d, ok := c.date(fields.DocumentDate); ok {
		return d, true
	}
	if d, ok := c.date(fields.PublicationDate); ok {
		return d, true
	}
	return c.date(fields.ImplementationDate)
}

// healthPartner warns when a document dated since integrated care boards
// replaced clinical commissioning groups names a CCG as the health
// partner. Arrangements have the partner as a field. A report or review
// is read for it the same way, unless it names an integrated care board
// too: then a CCG it names is most likely history.
func (c *checker) healthPartner() {
	h, ok := c.in.Fields[fields.PartnerHealth]
	if !ok && !c.in.LinkOnly && c.in.Kind != intake.Arrangements && c.in.Kind != intake.Unknown {
		low := lowerForNames(c.in.Text)
		if strings.Contains(low, "integrated care board") || hasICB(low) {
			return
		}
		h = fields.HealthPartner(c.in.Text)
	}
	if !isCCG(h) {
		return
	}
	d, ok := c.documentDate()
	if !ok && c.in.Kind == intake.YearlyReport {
		d, ok = c.date(fields.PeriodEnd)
	}
	if !ok || d.Before(icbStart) {
		return
	}
	doc := map[intake.Kind]string{intake.Arrangements: "The arrangements name", intake.YearlyReport: "The report names", intake.RapidReview: "The rapid review names", intake.PracticeReview: "The review names"}[c.in.Kind]
	c.add(intake.CCGAfterICB, "%s %s as the health partner, but clinical commissioning groups were replaced by integrated care boards on 1 July 2022. Name the integrated care board instead.", doc, clip(h, 120))
}

var icbWord = lazyre.New(`\bicbs?\b`)

// hasICB is icbWord.MatchString(low), found by searching for its letters
// rather than trying the expression at every byte.
func hasICB(low string) bool {
	for from := 0; ; {
		i := strings.Index(low[from:], "icb")
		if i < 0 {
			return false
		}
		i += from
		from = i + 3
		end := i + 3
		if end < len(low) && low[end] == 's' && (end+1 == len(low) || !reWordByte(low[end+1])) {
			end++
		}
		if (i == 0 || !reWordByte(low[i-1])) && (end == len(low) || !reWordByte(low[end])) {
			return true
		}
	}
}

// reWordByte is a word character of a regular expression's \b.
func reWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// lowerForNames lower-cases s for finding ASCII names in it as
// strings.ToLower would: only two other letters lower to ASCII ones
// (U+0130 to "i", the Kelvin sign to "k"); without them, lowering the
// ASCII letters alone is enough, and takes no pass through utf8.
func lowerForNames(s string) string {
	if strings.Contains(s, "\u0130") || strings.Contains(s, "\u212a") {
		return strings.ToLower(s)
	}
	return lowerASCII(s)
}

// lowerASCII lower-cases the ASCII letters of s.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isCCG(name string) bool {
	low := " " + strings.ToLower(name) + " "
	return strings.Contains(low, " ccg ") || strings.Contains(low, "clinical commissioning group")
}

func human(t time.Time) string { return t.Format(dateLayoutPeople) }

// clip keeps messages short when a field holds something long.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// clipText bounds the text whose structure is inferred.
func clipText(s string) string {
	if len(s) > maxText {
		n := maxText
		for n > 0 && s[n]&0xC0 == 0x80 {
			n--
		}
		s = s[:n]
	}
	return s
}

package rules

import (
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/fields"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/workdays"
)

// Time rules of a local child safeguarding practice review.
const (
	// NoticeDays is how many working days before its publication the
	// final report must reach the Panel, the Secretary of State and Ofsted.
	NoticeDays   = 7
	reviewMonths = 6 // calendar months from the decision to the final report
	ruleNotice   = "at least 7 working days before the publication date"
)

// PublishableFrom is the first day on which a practice review received at
// received may be published: NoticeDays working days later.
func PublishableFrom(received time.Time) time.Time {
	return workdays.Add(intake.Day(received), NoticeDays)
}

func (c *checker) practiceReview() {
	decided, okDecided := c.date(fields.DecisionDate)
	if okDecided {
		if due := workdays.AddMonths(decided, reviewMonths); c.received.After(due) {
			c.add(intake.PracticeReviewLate, "The partners decided to carry out this review on %s, so it was due within 6 months, by %s; we received it on %s. Please record the reason for the delay.",
				human(decided), human(due), human(c.received))
		}
	}

	pub, okPub := c.date(fields.PublicationDate)
	switch {
	case okPub:
		// The latest day it could arrive with 7 working days' notice.
		due := workdays.Add(pub, -NoticeDays)
		c.deadline = &intake.Deadline{Rule: ruleNotice, From: intake.ISODate(pub), Due: intake.ISODate(due), Met: !c.received.After(due)}
		if !c.deadline.Met {
			c.add(intake.PracticeReviewNoticeShort, "The report is to be published on %s, but it must reach the Panel, the Secretary of State and Ofsted at least 7 working days before publication: we received it on %s, so it should not be published before %s.",
				human(pub), human(c.received), human(PublishableFrom(c.in.Received)))
		}
	case c.in.Fields[fields.Publication] != fields.NotPublished:
		c.add(intake.PublicationPlanMissing, "The report does not say when it will be published, or that it will not be. It may be published from %s, 7 working days after we received it; please tell us the publication date, or say in the report that it will not be published.",
			human(PublishableFrom(c.in.Received)))
	}
}

// practiceElements are what a practice review's report must and should
// contain: what is to improve (the one thing a report published only in
// part still carries), why practice was as it was, and the child.
var practiceElements = []element{
	{"recommendations", true, "the recommendations or the improvements to be made", []string{
		"recommendations", "recommendation 1", "recommendation one", "we recommend", "recommends that",
		"recommended that", "improvements to be made", "improvements that will be made", "improvements needed",
		"areas for improvement", "improvement actions"}},
	{"systemic_analysis", false, "an analysis of the systemic or underlying reasons why practice was as it was", []string{
		"systemic", "underlying reason", "underlying cause", "underlying factor", "root cause", "systems approach",
		"systems methodology", "systems model", "systems learning", "contributory factor", "contributing factor",
		"why this happened", "why it happened", "why practice", "why professionals", "why practitioners",
		"organisational context", "organisational factors", "barriers to"}},
	{"child_perspective", false, "the child's perspective and the family's context", []string{
		"child's perspective", "perspective of the child", "child's voice", "voice of the child", "child's view",
		"child's lived experience", "lived experience", "daily life", "what life was like", "child's experience",
		"experience of the child", "in their own words", "family context", "family history", "family background",
		"the family's perspective", "family's views", "spoke to the family", "met the family", "family members",
		"point of view", "wishes and feelings", "told the reviewer", "told the review", "and her family", "and his family",
		"and their family", "her own words", "his own words", "their own words", "'s life", "'s family",
		"views of the family", "grandparents"}},
}

// heard is what follows the child when the report gives the child's own
// account: the child's views, voice, wishes or words ("Child V's views",
// "Amira's own words"), or the child saying, telling or describing
// something ("Child H, who is 14, said", "Jay later told the reviewer").
var heard = lazyre.New(`^(?:(?:'s?|s') (?:own )?(?:views?|voice|wishes|words|feelings|perspective|experiences?|account|story|hopes|worries)\b|(?:, [^.;:|,]{1,50},)? (?:(?:has|have|had|later|also|then|once|often|repeatedly|clearly|herself|himself|themselves) ){0,2}(?:said|says|told|tells|described|describes|explained|explains|shared|spoke|speaks|talked|talks|wrote|writes|expressed|expresses|recalled|remembered|chose|wanted|asked for)\b)`)

// maxHeardHits bounds the mentions of the child looked at.
const maxHeardHits = 200

// childHeard finds, outside the spans skip, where the report gives the
// child's own account: the child, by the name the report gives them (its
// child field) or as "the child" or "the young person", followed by what
// heard matches. A report that names its subject "Child V" writes "Child
// V's views", not "the child's views".
func (c *checker) childHeard(skip [][2]int) (int, int, bool) {
	w := c.text.words
	names := []string{"the child", "the young person"}
	if n := strings.ToLower(strings.Join(strings.Fields(c.in.Fields[fields.Child]), " ")); n != "" {
		names = append([]string{strings.ReplaceAll(n, "\u2019", "'")}, names...)
	}
	for _, name := range names {
		for from, n := 0, 0; n < maxHeardHits; n++ {
			i := strings.Index(w[from:], name)
			if i < 0 {
				break
			}
			i += from
			end := i + len(name)
			from = end
			if i > 0 && isWordByte(w[i-1]) || within(skip, i) {
				continue
			}
			if m := heard.FindStringIndex(w[end:min(len(w), end+window)]); m != nil {
				return i, end + m[1], true
			}
		}
	}
	return 0, 0, false
}

package rules

import (
	"fmt"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// Working Together 2023 (published 15 December 2023) asked every
// partnership to publish revised arrangements by 31 December 2024, naming
// their lead safeguarding partners and any delegated safeguarding
// partners. Arrangements published from that day belong to its round.
var (
	// Round2023Start is the day arrangements of the 2023 round may be
	// published from.
	Round2023Start = time.Date(2023, time.December, 15, 0, 0, 0, 0, time.UTC)
	// DefaultRound2023Due is the 2023 round's deadline unless configured.
	DefaultRound2023Due = time.Date(2024, time.December, 31, 0, 0, 0, 0, time.UTC)
)

// round2023 checks the publication of arrangements published in the 2023
// round against its deadline. The round has no implementation date.
func (c *checker) round2023(pub time.Time) {
	if pub.Before(Round2023Start) {
		return
	}
	due := DefaultRound2023Due
	if !c.in.Round2023Due.IsZero() {
		due = intake.Day(c.in.Round2023Due)
	}
	c.deadline = &intake.Deadline{Rule: "revised arrangements published by " + human(due), Due: intake.ISODate(due), Met: !pub.After(due)}
	if pub.After(due) {
		c.add(intake.PublicationLate, "These are revised arrangements under Working Together 2023, which had to be published by %s; they were published on %s.",
			human(due), human(pub))
	}
}

// leadPartnerWords are the ways arrangements name their lead or delegated
// safeguarding partners: by those words, by the lead partners' posts, or
// by the post of the officer a partner is represented by or delegates to
// ("Manchester City Council, represented by the Strategic Director of
// Children and Education Services").
var leadPartnerWords = lazyre.New(`(?i)\b(?:lead|delegated) (?:safeguarding )?partners?\b|\bchief constable\b|\bchief executive(?: officer)? (?:of|for)\b|\bcommissioner of (?:police of )?the metropolis\b|\b(?:represented by|delegated to|delegates to|delegate is) (?:the|its|their|our) (?:[a-z-]+ ){0,3}(?:director|chief|officer|executive|superintendent|commander|nurse|commissioner)\b`)

// leadPartners warns when arrangements dated in the 2023 round name
// neither their lead nor their delegated safeguarding partners.
func (c *checker) leadPartners() {
	d, ok := c.documentDate()
	if !ok || d.Before(Round2023Start) || leadPartnerWords.MatchString(c.in.Text) {
		return
	}
	c.add(intake.MissingLeadPartners, "The arrangements, dated %s, do not name the lead safeguarding partners (the local authority's chief executive, the chief constable and the integrated care board's chief executive) or the delegated safeguarding partners they have chosen, as Working Together 2023 asks. Please name them when the arrangements are next revised.",
		human(d))
}

// Round2023DueVar names the environment variable that moves the 2023
// round's deadline (YYYY-MM-DD), should the Department extend it.
const Round2023DueVar = "ARRANGEMENTS_DUE_2023"

// ParseRound2023Due reads the 2023 round's deadline as Round2023DueVar
// gives it: a date on or after the round's start.
func ParseRound2023Due(v string) (time.Time, error) {
	t, err := intake.ParseISODate(strings.TrimSpace(v))
	if err != nil || t.Before(Round2023Start) {
		return time.Time{}, fmt.Errorf("%s=%q must be a date (YYYY-MM-DD) on or after %s", Round2023DueVar, v, intake.ISODate(Round2023Start))
	}
	return t, nil
}

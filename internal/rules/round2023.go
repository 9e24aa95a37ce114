package rules

import (
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// round2023 checks the publication of arrangements published in the 2023
// round against its deadline. The round has no implementation date.
func (c *checker) round2023(pub time.Time) {
	if pub.Before(intake.Round2023Start) {
		return
	}
	due := intake.DefaultRound2023Due
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
	if !ok || d.Before(intake.Round2023Start) || leadPartnerWords.MatchString(c.in.Text) {
		return
	}
	c.add(intake.MissingLeadPartners, "The arrangements, dated %s, do not name the lead safeguarding partners (the local authority's chief executive, the chief constable and the integrated care board's chief executive) or the delegated safeguarding partners they have chosen, as Working Together 2023 asks. Please name them when the arrangements are next revised.",
		human(d))
}

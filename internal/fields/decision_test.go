package fields

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func TestDecisions(t *testing.T) {
	tests := []struct {
		name, text      string
		lcspr, national string
	}{
		{"criteria not met", "The partners agreed that the criteria for an LCSPR are not met.", No, ""},
		{"does not meet", "The case does not meet the criteria for a local child safeguarding practice review.", No, ""},
		{"threshold not met", "It was agreed that the threshold for a local child safeguarding practice review was not met.", No, ""},
		{"decided to commission", "The partnership has decided to commission an LCSPR.", Yes, ""},
		{"criteria are met", "The criteria for a local child safeguarding practice review are met.", Yes, ""},
		{"decided not to", "Partners decided not to commission a local child safeguarding practice review.", No, ""},
		{"contraction", "The group felt the case doesn't meet the criteria for an LCSPR.", No, ""},
		{"no LCSPR", "There will be no LCSPR; instead a multi-agency learning event will be held.", No, ""},
		{"next meeting", "A decision on whether to undertake an LCSPR will be made at the next meeting.", Undecided, ""},
		{"deferred", "The decision regarding an LCSPR is deferred until the criminal trial concludes.", Undecided, ""},
		{"criteria implied by earlier clause", "The group considered whether the criteria for an LCSPR were met and concluded that they were not.", No, ""},
		{"criteria alone", "Partners concluded that the criteria were met.", Yes, ""},
		{"learning review instead", "Although the criteria for an LCSPR are not met, the partnership has decided to commission a local learning review.", No, ""},
		{
			"guidance sentence ignored",
			"Working Together says an LCSPR should be commissioned where the criteria are met. The partners agreed the criteria for an LCSPR are not met.",
			No, "",
		},
		{
			"last stated wins",
			"At the first meeting the decision on an LCSPR was deferred. Decision: at the reconvened meeting partners agreed to commission an LCSPR.",
			Yes, "",
		},
		{"may wish to consider", "The Panel may wish to consider a national review.", "", Recommended},
		{"we recommend", "We recommend a national review of this case.", "", Recommended},
		{"not considered appropriate", "A national review is not considered appropriate.", "", NotRecommended},
		{"do not consider required", "We do not consider that a national review is required.", "", NotRecommended},
		{
			"both in one sentence",
			"The criteria for an LCSPR are met, however the partnership does not consider a national review is required.",
			Yes, NotRecommended,
		},
		{
			"both negative",
			"The criteria for an LCSPR are not met and a national review would not be appropriate.",
			No, NotRecommended,
		},
		{
			"wrapped lines and hyphenation",
			"The partners agreed that the\ncriteria for a local child safe-\nguarding practice review are\nnot met.",
			No, "",
		},
		{
			"lost spaces",
			strings.Repeat("Thechildwasknowntoservicesandagencieshadworkedwiththefamily. ", 5) +
				"ThepartnersagreedthatthecriteriaforanLCSPRarenotmet. Thepanelmaywishtoconsideranationalreview.",
			No, Recommended,
		},
		{
			"notification is not a negation when spaces are lost",
			strings.Repeat("Thechildwasknowntoservicesandagencieshadworkedwiththefamily. ", 5) +
				"FollowingthisnotificationthecriteriaforanLCSPRaremet.",
			Yes, "",
		},
		{"table answer", "Does the case meet the criteria for an LCSPR?\tNo\nIs a national review recommended?\tYes", No, Recommended},
		{"answer on next line", "LCSPR criteria met?\nYes\nNational review recommended?\nNo", Yes, NotRecommended},
		{"colon answer", "LCSPR decision: undecided", Undecided, ""},
		{"not able to agree", "As you will see, partners were not able to agree the LCSPR decision at the meeting.", Undecided, ""},
		{"could not reach", "The safeguarding partners could not reach agreement on whether the criteria for a local child safeguarding practice review are met.", Undecided, ""},
		{"decided not to", "The partners decided not to commission a local child safeguarding practice review.", No, ""},
		{"nothing stated", "The rapid review meeting was held on 3 March 2025 and attended by all agencies.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Read(intake.RapidReview, tt.text)
			if got[LCSPRDecision] != tt.lcspr || got[NationalReview] != tt.national {
				t.Errorf("Read(%q): lcspr_decision %q, national_review %q; want %q, %q",
					tt.text, got[LCSPRDecision], got[NationalReview], tt.lcspr, tt.national)
			}
		})
	}
}

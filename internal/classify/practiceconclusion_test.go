package classify

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// A final report that has findings but no recommendations is still a
// final report (its checks then say what it lacks): its reviewer, its
// conclusions and what it says of its own publication show it, without
// the recommendations. Papers that only speak of the report are not one.
func TestPracticeReportWithoutRecommendations(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       intake.Kind
	}{
		{"conclusions heading", `Harwick Safeguarding Children Partnership
Child Safeguarding Practice Review concerning Baby D
Independent reviewer: Priya Nandra

Key findings
Finding one: the midwife's concerns did not reach the health visitor.

Conclusions
Baby D's needs were seen by each agency in part and by none in whole.
`, intake.PracticeReview},
		{"says when it will be published", `Harwick Safeguarding Children Partnership
LCSPR: Child M
Author: J. Okoro

This report will be published on the partnership's website on 4 May 2026.

What we found
Schools were not told about the move between areas.
`, intake.PracticeReview},
		{"publication of the report in part", `Local child safeguarding practice review - Sibling group J
Lead author: Ruth Amadi
The partners decided against publishing this full report; an anonymised summary will follow.
Findings
The children's absences were counted but never explained.
Concluding remarks
Agencies worked hard, but separately.
`, intake.PracticeReview},
		{"terms of reference speaking of publication", `Harwick Safeguarding Children Partnership
LCSPR Child M
Terms of reference
Lead reviewer: J. Okoro
This report will be published once the partners have approved it.
Conclusion
The review will report within six months.
`, intake.Unknown},
		{"briefing with findings and conclusions", `Harwick Safeguarding Children Partnership
Learning briefing: Child M
Lead reviewer: J. Okoro
Findings
Schools were not told about the move.
Conclusions
Share information when families move.
`, intake.Unknown},
	} {
		if got := Kind(tt.text); got != tt.want {
			t.Errorf("%s: Kind = %v, want %v (practice %+v)", tt.name, got, tt.want, readPractice(tt.text, nil))
		}
	}
}

package classify

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// Documents of the practice-review family, each of a shape the kind must
// be told from by its title and structure, not by one phrase.
var (
	// A Word export: each page starts with the running header, the
	// headings are numbered, and the title is on a cover page.
	wordExport = `Westmere Safeguarding Children Partnership
LCSPR Child R – Final Report – OFFICIAL SENSITIVE

Child R
A Local Child Safeguarding Practice Review

Independent author: Sam Okafor
February 2025

LCSPR Child R – Final Report – OFFICIAL SENSITIVE
Section 1 Scope of the review
The review looked at the two years before Child R was admitted to hospital.
Section 2 Approach
We met practitioners in three groups and spoke with Child R's father.
LCSPR Child R – Final Report – OFFICIAL SENSITIVE
Section 3 Analysis
Practitioners did not ask why the family moved so often.
Section 4 Recommendations for the partnership
The partners should agree a protocol for families moving between areas.
`

	// Published in place of the report: the information about the
	// improvements to be made.
	improvementsOnly = `Eastford Safeguarding Children Partnership
Child safeguarding practice review concerning Baby S
Information about the improvements to be made

The safeguarding partners have decided not to publish the full report, to protect Baby S's siblings.
What the review found
Health and social care did not share information about the mother's mental health.
Improvements to be made
1. Midwifery will share all safeguarding referrals with the health visiting service.
2. Children's social care will hold a pre-birth conference in every case of this kind.
`

	// A rapid review of a new incident, which mentions the LCSPR carried
	// out for a sibling and its recommendations.
	rapidMentionsLCSPR = `Westmere Safeguarding Children Partnership
Rapid Review – Child T
SIN reference: 2025-0877
Date of notification: 3 March 2025
Rapid review meeting held on 14 March 2025

Background
Child T's older brother was the subject of an LCSPR published in 2023 (the final report is on our website). Its recommendations on neglect were reviewed at the meeting, and its findings remain relevant.
Agencies involved
Children's social care, the school, the GP.
Immediate actions
A strategy discussion was held the same day.
Decision
The partners decided that the criteria for a local child safeguarding practice review are not met; learning will be taken forward through the existing LCSPR action plan.
National review
A national review is not recommended.
`

	sevenMinute = `Westmere Safeguarding Children Partnership
7 Minute Briefing
LCSPR Child R: learning for practitioners

1. Background
Child R was admitted to hospital. The partners carried out a local child safeguarding practice review; the final report was published in March 2025.
2. Findings
Practitioners did not ask why the family moved so often.
3. Methodology
The lead reviewer met practitioners in three groups.
4. Recommendations
The partners agreed a protocol for families moving between areas.
5. Questions for your team
What do you ask when a family moves into the area?
`

	learningBriefing = `Learning briefing
Northbridge Safeguarding Children Partnership
Child safeguarding practice review: Child P

Terms of reference
The review looked at neglect.
Findings
No agency held the whole picture.
Recommendations
Chronologies are to be shared at referral.
`

	// Terms of reference agreed before a review begins: no findings, no
	// recommendations, so not its report.
	termsOnly = `Northbridge Safeguarding Children Partnership
LCSPR Child P
Terms of reference

Lead reviewer: Dr Helen Marsh
Methodology
A systems approach with practitioner events.
Timescale
The final report will be presented to the partners within six months.
`

	// A yearly report whose chapter on reviews has findings and
	// recommendations headings.
	yearlyWithReviews = `Westmere Safeguarding Children Partnership
Annual Report 2023/24
Foreword
What we did during the year
Our priorities for next year
Child safeguarding practice reviews
We completed one LCSPR. The final report was published in March 2024; the lead reviewer presented it to the partnership.
Findings
Neglect was not recognised early.
Recommendations
Training on neglect for all agencies.
Terms of reference
Methodology
How effective the arrangements were. Multi-agency training.
`
)

func TestKindPracticeReviews(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		hints []string
		want  intake.Kind
	}{
		{"final report with a contents page", sample(t, "practice_review.txt"), nil, intake.PracticeReview},
		{"word export with running headers", wordExport, nil, intake.PracticeReview},
		{"improvements only", improvementsOnly, nil, intake.PracticeReview},
		{"report without its title lines", dropLines(sample(t, "practice_review.txt"), 5), nil, intake.PracticeReview},
		{"rapid review mentioning an earlier LCSPR", rapidMentionsLCSPR, nil, intake.RapidReview},
		{"seven-minute briefing", sevenMinute, nil, intake.Unknown},
		{"learning briefing", learningBriefing, nil, intake.Unknown},
		{"briefing named by its file", strings.Replace(sevenMinute, "7 Minute Briefing\n", "", 1), []string{"7-minute-briefing-child-r.pdf"}, intake.Unknown},
		{"terms of reference only", termsOnly, nil, intake.Unknown},
		{"yearly report with review headings", yearlyWithReviews, nil, intake.YearlyReport},
		{"rapid review sample", sample(t, "rapid_review.txt"), nil, intake.RapidReview},
		{"report named by its subject", dropLines(sample(t, "practice_review.txt"), 3), []string{"LCSPR Child P final report"}, intake.PracticeReview},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Kind(tt.text, tt.hints...); got != tt.want {
				ev := readPractice(tt.text, tt.hints)
				t.Errorf("Kind(%.60q, %q) = %v, want %v (scores %v, practice %+v)", tt.text, tt.hints, got, tt.want, Scores(tt.text, tt.hints...), ev)
			}
		})
	}
}

// dropLines removes the first n non-blank lines of s: the title a
// document may lose to a cover image.
func dropLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if n == 0 {
			return strings.Join(lines[i:], "\n")
		}
		if strings.TrimSpace(l) != "" {
			n--
		}
	}
	return ""
}

// Every signal counts once, and no one signal decides: removing the
// recommendations and findings from a report leaves it undecided as a
// practice review.
func TestPracticeNeedsConclusions(t *testing.T) {
	s := sample(t, "practice_review.txt")
	for _, cut := range []string{"5. Findings", "6. Recommendations", "Finding 1", "Finding 2", "Recommendation 1", "Recommendation 2"} {
		s = strings.ReplaceAll(s, cut, "Part")
	}
	s = strings.ReplaceAll(s, "Findings", "Part")
	s = strings.ReplaceAll(s, "Recommendations", "Part")
	if ev := readPractice(s, nil); ev.verdict() == titlePractice {
		t.Errorf("readPractice(report without findings or recommendations) = %+v, want no practice verdict", ev)
	}
}

func TestHeadings(t *testing.T) {
	got := headings("Contents\n2. Terms of reference ........ 3\nThe review considered practice from 2022.\nSection 4 Findings\n" + strings.Repeat("x", 100) + "\n")
	want := []string{"contents", "termsofreference", "findings"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("headings = %q, want %q", got, want)
	}
}

// A final report says in its opening paragraphs what led to it: the rapid
// review it followed is something it mentions, not what it is. The title
// ends where the prose begins, however the report's first paragraph is
// laid out.
func TestPracticeReportMentioningItsRapidReview(t *testing.T) {
	reports := map[string]string{
		"one long line": `Northmere Safeguarding Children Partnership
Child Safeguarding Practice Review: Baby Q
Background to this review
Following a rapid review held in May 2025, the partners agreed that the criteria for a local review were met and commissioned an independent reviewer to look at the care of Baby Q in the months before her injury.
Findings
Health visitors were not told of the father's previous convictions.
Recommendations
The partnership should agree how such information reaches universal services.
`,
		"wrapped lines of a PDF": `Northmere Safeguarding Children Partnership
Practice review concerning Baby Q
Lead reviewer: Dana Holt
The partners commissioned this review in June 2025 when the
rapid review they held after the notification found the criteria met.
Analysis
Health visitors were not told of the father's previous convictions.
Recommendations
The partnership should agree how such information reaches universal services.
`,
		"a short opening sentence": `Practice Review - Baby Q
Westmere Safeguarding Partnership
It follows a rapid review.
Scope of the review
The review covers the year before the incident.
Findings
Health visitors were not told of the father's previous convictions.
Recommendations
Share convictions with universal services.
`,
	}
	for name, text := range reports {
		if got := Kind(text); got != intake.PracticeReview {
			t.Errorf("%s: kind = %q, want practice_review", name, got)
		}
	}
	// A rapid review's title may still begin with the statutory process.
	rapid := "Child safeguarding practice review: rapid review of the circumstances of Child M\nSIN reference: 2025/1122\nDate of notification: 4 June 2025\nFindings\nThe GP did not know of the referral.\nRecommendations\nThe partners decided an LCSPR is not needed.\n"
	if got := Kind(rapid); got != intake.RapidReview {
		t.Errorf("rapid review under the process's name: kind = %q", got)
	}
}

package fields

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/safeguarding-intake/intake/internal/intake"
)

func TestReadPracticeReview(t *testing.T) {
	got := Read(intake.PracticeReview, readSample(t, "practice_review.txt"))
	want := map[string]string{
		Title:           "Local Child Safeguarding Practice Review: Child P",
		PartnershipName: "Northbridge Safeguarding Children Partnership",
		DocumentDate:    "2025-02-14",
		Child:           "Child P",
		SINReference:    "2024-0456",
		DecisionDate:    "2024-09-16",
		ReportDate:      "2025-02-14",
		PublicationDate: "2025-03-10",
		Publication:     PublishedFull,
		Reviewer:        "Dr Helen Marsh",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read(practice_review, practice_review.txt) mismatch (-want +got):\n%s", diff)
	}
}

// TestReadPracticeLayouts reads each practice-review field from the ways
// reports state it, and leaves it out when they do not.
func TestReadPracticeLayouts(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		field string
		want  string // "" for absent
	}{
		{"decision in a table", "Decision to carry out an LCSPR | 3 September 2024", DecisionDate, "2024-09-03"},
		{"decision labelled", "Date of decision: 03/09/2024", DecisionDate, "2024-09-03"},
		{"decision in a sentence", "The safeguarding partners decided on 3 September 2024 to undertake a local child safeguarding practice review.", DecisionDate, "2024-09-03"},
		{"decision made on", "The decision to commission this review was made on 3rd September 2024.", DecisionDate, "2024-09-03"},
		{"decided, with a later date in the sentence", "The partners decided that a review was needed; the Panel wrote on 9 October 2024.", DecisionDate, ""},
		{"no decision date", "The review was carried out in 2024.", DecisionDate, ""},
		{"decided to carry out, labelled", "* Date safeguarding partners decided to carry out the review: 19 June 2024", DecisionDate, "2024-06-19"},
		{"decision to undertake LCSPR in a table", "| Date of decision to undertake LCSPR | 14/11/2024 |", DecisionDate, "2024-11-14"},
		{"date before the verb", "A rapid review was held on 3 June. On 19 June 2024 the safeguarding partners decided to carry out a local child safeguarding practice review, because it raised questions.", DecisionDate, "2024-06-19"},
		{"date before the criteria", "On 23 October 2024 the three safeguarding partners (the council, the police and the ICB) agreed that the case met the criteria for a local child\nsafeguarding practice review.", DecisionDate, "2024-10-23"},
		{"criteria met, date before the verb", "On 15 January 2025\nthe Bolton safeguarding partners - Bolton Council, Greater Manchester Police and NHS\nGreater Manchester Integrated Care Board - decided that the criteria for an LCSPR were\nmet and commissioned this review.", DecisionDate, "2025-01-15"},
		{"it will be published", "Report finalised June 2025. It will be published on 16 June 2025.", PublicationDate, "2025-06-16"},
		{"planned, with words before the date", "The partners intend to publish the report in full on their website on Tuesday 10 June 2025.", PublicationDate, "2025-06-10"},
		{"planned in a later sentence", "The partners decided not to publish the full report. A summary of the improvements will be published on the partnership's website on 3 March 2025.", PublicationDate, "2025-03-03"},
		{"not to be published", "The report will not be published; the family were told on 3 March 2025.", PublicationDate, ""},
		{"date before the verb, over two lines", "The partners held a rapid review and, on 27th November 2024, decided to\ncommission a local child safeguarding practice review.", DecisionDate, "2024-11-27"},
		{"date of another sentence", "The rapid review was held on 17 October 2024. The partners decided to carry out a local child safeguarding practice review.", DecisionDate, ""},
		{"signed off", "Signed off by the Bradford safeguarding partners: 19th March 2025", ReportDate, "2025-03-19"},
		{"report completed", "Final report completed: 28 February 2025", ReportDate, "2025-02-28"},
		{"report date from the document date", "Date of this report: 28/02/2025", ReportDate, "2025-02-28"},
		{"planned publication", "Planned publication date: 10 March 2025", PublicationDate, "2025-03-10"},
		{"publish on", "The partners will publish the report on their website on 10 March 2025.", PublicationDate, "2025-03-10"},
		{"to be published", "This report is to be published on 10 March 2025.", PublicationDate, "2025-03-10"},
		{"no publication date", "The report will be published.", PublicationDate, ""},
		{"published in full", "The report will be published on the partnership's website.", Publication, PublishedFull},
		{"improvements only", "Information about the improvements to be made following the review of Baby S.", Publication, ImprovementsOnly},
		{"not the full report", "The partners decided not to publish the full report.", Publication, ImprovementsOnly},
		{"not published", "The partners have decided that this report will not be published, to protect the siblings.", Publication, NotPublished},
		{"not yet published", "The report will not be published until the criminal trial has concluded.", Publication, PublishedFull},
		{"silent on publication", "The review looked at neglect.", Publication, ""},
		{"lead reviewer", "Lead reviewer: Dr Helen Marsh, independent reviewer", Reviewer, "Dr Helen Marsh"},
		{"independent reviewer in a table", "Independent reviewer | Sam Okafor", Reviewer, "Sam Okafor"},
		{"written by", "This report was written by Jane Ellis-Brown, an independent social work consultant.", Reviewer, "Jane Ellis-Brown"},
		{"author on the next line", "Author\nPriya Natarajan\n", Reviewer, "Priya Natarajan"},
		{"reviewer not a name", "The lead reviewer met the family twice.", Reviewer, ""},
		{"child", "Child P was seven. Child P loved drawing.", Child, "Child P"},
		{"child named in the title", "Child H: Local Child Safeguarding Practice Review\nChild H lives with Child J.", Child, "Child H"},
		{"pseudonym in the title", "'Jacob': Local Child Safeguarding Practice Review\nJacob is the name he chose.", Child, "Jacob"},
		{"siblings in the title", "Local Child Safeguarding Practice Review: Siblings C and D", Child, "Siblings C and D"},
		{"title wrapped before the review's name", "Local Child Safeguarding Practice\nReview: Child L\nChild L was nine.", Child, "Child L"},
		{"intends to publish", "The partners intend to publish this report in full once the proceedings have concluded.", Publication, PublishedFull},
		{"report presented, label wrapped", "Final report presented to the safeguarding\npartners\n13th March 2025\nStatus Final", ReportDate, "2025-03-13"},
		{"title without a child", "Local Child Safeguarding Practice Review\nFinal report\nChild M was two.", Child, "Child M"},
		{"panel notification reference", "Panel notification reference: 2024/1874", SINReference, "2024/1874"},
		{"serious incident notification", "Serious incident notification: 2024/2051, submitted to the Panel on 23 October 2024", SINReference, "2024/2051"},
		{"prefixed reference", "* Serious incident notification: SIN-2024-0876", SINReference, "SIN-2024-0876"},
		{"notification date, no reference", "Serious incident notification: 24 October 2024", SINReference, ""},
		{"publication planned", "Publication: 8 May 2025 (planned)", PublicationDate, "2025-05-08"},
		{"reference in the sentence of the notification", "The Panel was notified of the incident (ref 2025/0233) on 3 February 2025.", SINReference, "2025/0233"},
		{"reference after the notification's date", "We notified the Panel on 3 February 2025, reference CSPRP/25/0233, and met two weeks later.", SINReference, "CSPRP/25/0233"},
		{"reference of something else", "The school's safeguarding policy (ref SP/2024/11) was last reviewed in May.", SINReference, ""},
		{"report presented", "Final report presented to the safeguarding partners: 13th March 2025", ReportDate, "2025-03-13"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Read(intake.PracticeReview, tt.text)[tt.field]; got != tt.want {
				t.Errorf("Read(practice_review, %q)[%s] = %q, want %q", tt.text, tt.field, got, tt.want)
			}
		})
	}
}

// TestPracticeEvidence checks that each practice field read says where
// the document states it, in the document's own words.
func TestPracticeEvidence(t *testing.T) {
	text := readSample(t, "practice_review.txt")
	f, ev := ReadDocument(intake.PracticeReview, text, nil)
	for k, want := range map[string]string{
		DecisionDate:    "decided on 16 September 2024",
		ReportDate:      "Report completed: 14 February 2025",
		PublicationDate: "Planned publication date: 10 March 2025",
		Reviewer:        "Lead reviewer: Dr Helen Marsh",
		Child:           "Child P",
		SINReference:    "2024-0456",
		Publication:     "will publish",
	} {
		if f[k] == "" {
			t.Errorf("%s not read", k)
			continue
		}
		if e := ev[k]; !strings.Contains(e.Text, want) || !strings.Contains(text, e.Text) {
			t.Errorf("evidence[%s] = %q, want the document's words holding %q", k, e.Text, want)
		}
	}
}

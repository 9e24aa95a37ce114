package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// practiceReview is the final report of a local child safeguarding
// practice review, to be published 31 March 2025 and received (source's
// date) on 21 March 2025: 6 working days' notice, one short.
const practiceReview = `Coventry Safeguarding Children Partnership
Local Child Safeguarding Practice Review: Child P
Final report

Independent reviewer: Dr Helen Marsh
Report completed: 7 March 2025
Planned publication date: 31 March 2025

1. Introduction
Child P, aged seven, died at home. A serious incident notification (SIN reference 2024/0456) was sent on 24 October 2024 and a rapid review followed. The partners decided on 4 November 2024 to carry out this review, and a rapid review of the incident recommended it.
2. Terms of reference
The review considered practice from 2022.
3. Methodology
A systems approach, with practitioner events.
4. Child P and the family
Child P's mother met the reviewer; Child P's lived experience of neglect is at the heart of this report.
5. Findings
The underlying reasons for drift were workload and thresholds.
6. Recommendations
Recommendation 1: share chronologies at referral.
`

func TestPracticeReviewGoesToPanelSecretaryOfStateAndOfsted(t *testing.T) {
	f := newFixture(t)
	out, err := f.p.Process(context.Background(), source("lcspr-child-p.txt", practiceReview))
	if err != nil {
		t.Fatal(err)
	}
	if out.Kind != intake.PracticeReview || !strings.HasPrefix(out.ID, "PR-2025-") {
		t.Fatalf("kind, id = %s, %s, want practice_review, PR-2025-…; findings %v", out.Kind, out.ID, out.Findings)
	}
	if out.Status != intake.Accepted || strings.Join(codes(out.Findings), ",") != "practice_review_notice_short" {
		t.Errorf("status, findings = %s, %v; want accepted with practice_review_notice_short", out.Status, out.Findings)
	}
	if got, want := deliveryStates(out), "panel=sent dfe_reviews=sent ofsted=sent submitter=sent"; got != want {
		t.Errorf("deliveries = %s, want %s", got, want)
	}
	want := []string{"Mailbox.CSPReviewPanel@education.gov.uk", "practice-reviews@secretary-of-state.invalid", "practice-reviews@ofsted.invalid", "manager@example.org"}
	if got := f.mail.Recipients(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("mail sent to %v, want %v", got, want)
	}
	for k, v := range map[string]string{"decision_date": "2024-11-04", "publication_date": "2025-03-31", "reviewer": "Dr Helen Marsh", "child": "Child P", "publication": "full", "report_date": "2025-03-07"} {
		if out.Fields[k] != v {
			t.Errorf("fields[%s] = %q, want %q", k, out.Fields[k], v)
		}
	}
	if out.Deadline == nil || out.Deadline.Due != "2025-03-20" || out.Deadline.Met {
		t.Errorf("deadline = %+v, want due 2025-03-20, not met", out.Deadline)
	}
}

func TestPracticeReviewWithoutRecommendationsIsRejected(t *testing.T) {
	f := newFixture(t)
	text := strings.NewReplacer("6. Recommendations\nRecommendation 1: share chronologies at referral.\n", "").Replace(practiceReview)
	src := source("lcspr-no-recs.txt", text)
	src.Received = time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	out, err := f.p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if out.Kind != intake.PracticeReview || out.Status != intake.Rejected || strings.Join(codes(out.Findings), ",") != "missing_recommendations" {
		t.Fatalf("kind, status, findings = %s, %s, %v; want a practice review rejected for missing_recommendations", out.Kind, out.Status, out.Findings)
	}
	if got, want := deliveryStates(out), "panel=skipped dfe_reviews=skipped ofsted=skipped submitter=sent"; got != want {
		t.Errorf("deliveries = %s, want %s", got, want)
	}
}

func TestLearningBriefingIsNotASubmission(t *testing.T) {
	f := newFixture(t)
	text := "Coventry Safeguarding Children Partnership\n7 Minute Briefing: LCSPR Child P\n\n1. Background\nThe partners carried out a local child safeguarding practice review.\n2. Findings\nDrift.\n3. Recommendations\nShare chronologies.\n"
	out, err := f.p.Process(context.Background(), source("briefing.txt", text))
	if err != nil {
		t.Fatal(err)
	}
	if out.Kind != intake.Unknown || strings.Join(codes(out.Findings), ",") != "kind_unknown" {
		t.Errorf("kind, findings = %s, %v; want unknown with kind_unknown", out.Kind, out.Findings)
	}
}

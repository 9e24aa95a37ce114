package fields

import (
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// Dates stated only in the sentences of a letter or narrative, written
// the ways different people write them.
func TestEventDatesInSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // "" for absent
	}{
		{
			"date before the event",
			"On 3 March 2025 Child A was taken to hospital by her grandmother. We sent the notification to the Panel on 5 March 2025. The partners met on 19 March 2025.",
			map[string]string{IncidentDate: "2025-03-03", SINDate: "2025-03-05", ReviewDate: "2025-03-19"},
		},
		{
			"two events in one sentence, each date to its own verb",
			"The partners held the rapid review on 21 March 2025 following the serious incident notification we submitted on 6 March 2025.",
			map[string]string{ReviewDate: "2025-03-21", SINDate: "2025-03-06", IncidentDate: ""},
		},
		{
			"incident after the notification clause",
			"A notification was sent on 12 June 2025 after an incident on 10 June 2025.",
			map[string]string{SINDate: "2025-06-12", IncidentDate: "2025-06-10"},
		},
		{
			"a strategy meeting's date is not the review's",
			"A strategy meeting was held on 4 April 2025. Child B died on 2 April 2025. The review group convened on 17 April 2025.",
			map[string]string{ReviewDate: "2025-04-17", IncidentDate: "2025-04-02"},
		},
		{
			"a birthday and a referral are other things",
			"Child C was referred to children's services on 9 January 2025. She was born on 1 December 2024.",
			map[string]string{IncidentDate: "", ReviewDate: ""},
		},
		{
			"a previous review is another thing",
			"An earlier review of the family met on 3 February 2023.",
			map[string]string{ReviewDate: ""},
		},
		{
			"partners listed between dashes",
			"The review was held by the partners - the council, the police and the board - on 13 May 2025.",
			map[string]string{ReviewDate: "2025-05-13"},
		},
		{
			"the incident in brackets",
			"The injury happened the previous evening (2 March 2025) and the rapid review took place on 18 March 2025.",
			map[string]string{IncidentDate: "2025-03-02", ReviewDate: "2025-03-18"},
		},
		{
			"criteria met is not a meeting",
			"On 20 May 2025 we agreed that the criteria were met.",
			map[string]string{ReviewDate: ""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ev := ReadDocument(intake.RapidReview, tc.text, nil)
			for k, want := range tc.want {
				if f[k] != want {
					t.Errorf("%s = %q, want %q", k, f[k], want)
				}
				if want != "" && ev[k].Text == "" {
					t.Errorf("%s has no evidence", k)
				}
			}
		})
	}
}

// A date without its year takes the year the order of the document's
// events gives it, or is left unread.
func TestEventDatesWithoutYear(t *testing.T) {
	tests := []struct {
		name, text string
		field      string
		want       string
	}{
		{"meeting after the notification", "We notified the Panel on 3 February 2025.\n\nThe rapid review meeting was on Tuesday 18 February.", ReviewDate, "2025-02-18"},
		{"meeting across the new year", "We submitted the notification on 19 December 2024.\n\nThe partners met on 8th January to consider the case.", ReviewDate, "2025-01-08"},
		{"incident before the notification", "Date of notification: 6 January 2025\n\nOn 30 December he was found unconscious at home.", IncidentDate, "2024-12-30"},
		{"incident in figures", "Date of notification: 6 March 2025\n\nThe incident happened on 4/3 at the family home.", IncidentDate, "2025-03-04"},
		{"placed before the letter's date", "14 May 2025\n\nDear colleagues,\n\nThe review panel met on Monday 12 May.", ReviewDate, "2025-05-12"},
		{"the weekday disagrees: unread", "We notified the Panel on 3 February 2025.\n\nThe rapid review meeting was on Monday 18 February.", ReviewDate, ""},
		{"no other date: unread", "The rapid review meeting was on 18 February.", ReviewDate, ""},
		{"too far from the events: unread", "We notified the Panel on 3 February 2025.\n\nThe rapid review meeting was on 18 January.", ReviewDate, ""},
		{"figures not after on: unread", "Date of notification: 6 March 2025\n\nThe incident was reported 24/7 by the service.", IncidentDate, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ev := ReadDocument(intake.RapidReview, tc.text, nil)
			if f[tc.field] != tc.want {
				t.Errorf("%s = %q, want %q", tc.field, f[tc.field], tc.want)
			}
			if tc.want != "" && ev[tc.field].Text == "" {
				t.Errorf("%s has no evidence", tc.field)
			}
		})
	}
}

func TestPlaceYear(t *testing.T) {
	d := func(s string) time.Time {
		t, _ := time.Parse(time.DateOnly, s)
		return t
	}
	tests := []struct {
		m             time.Month
		day, weekday  int
		after, before string
		want          string
	}{
		{time.March, 4, 0, "", "2025-03-10", "2025-03-04"},
		{time.December, 30, 0, "", "2025-01-06", "2024-12-30"},
		{time.January, 8, 0, "2024-12-19", "", "2025-01-08"},
		{time.January, 8, int(time.Wednesday) + 1, "2024-12-19", "", "2025-01-08"},
		{time.January, 8, int(time.Monday) + 1, "2024-12-19", "", ""},
		{time.February, 29, 0, "2025-02-01", "", ""},
		{time.March, 4, 0, "", "", ""},
	}
	for _, tc := range tests {
		var after, before time.Time
		if tc.after != "" {
			after = d(tc.after)
		}
		if tc.before != "" {
			before = d(tc.before)
		}
		got, ok := placeYear(tc.m, tc.day, tc.weekday, after, before)
		if s := iso(got, ok); s != tc.want {
			t.Errorf("placeYear(%v %d, wd %d, %s, %s) = %q, want %q", tc.m, tc.day, tc.weekday, tc.after, tc.before, s, tc.want)
		}
	}
}

// A letter giving the link to the arrangements states their dates beside
// it, in the sentence before or after the link, in any form.
func TestLinkLetterDates(t *testing.T) {
	tests := []struct {
		name, text      string
		published, impl string
	}{
		{
			"published on the website at the link",
			"Dear Secretary of State,\n\nOur arrangements, revised in line with Working Together to Safeguard Children 2023, were put on our website on 1 December 2024 at https://www.example.org.uk/arrangements and took effect from 2 January 2025.\n\nYours sincerely,",
			"2024-12-01", "2025-01-02",
		},
		{
			"live since, in brackets after the link",
			"Dear colleagues,\n\nPlease find our new arrangements here: https://www.example.org.uk/arrangements (live since 2 Dec 2024).\n\nThey became operational on 6 January 2025.",
			"2024-12-02", "2025-01-06",
		},
		{
			"published with a weekday, in force after",
			"Hello,\n\nThe partnership's revised safeguarding arrangements were made public on Friday 29 November 2024; they came into force on Monday 16 December 2024.\n\nhttps://www.example.org.uk/about/arrangements\n",
			"2024-11-29", "2024-12-16",
		},
		{
			"a planned publication is the date stated, to be checked against the day received",
			"Dear colleagues,\n\nWe will put our new arrangements on the website on 1 March 2025 at https://www.example.org.uk/arrangements.",
			"2025-03-01", "",
		},
		{
			"the guidance's date in a clause about it",
			"Our arrangements meet Working Together to Safeguard Children, which was published on 15 December 2023, and are at https://www.example.org.uk/arrangements.",
			"", "",
		},
		{
			"the guidance's year is not the arrangements' date",
			"Our arrangements follow Working Together to Safeguard Children, updated on 19 December 2023. They are at https://www.example.org.uk/arrangements.",
			"", "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ev := ReadDocument(intake.Arrangements, tc.text, nil)
			if f[PublicationDate] != tc.published {
				t.Errorf("publication_date = %q, want %q", f[PublicationDate], tc.published)
			}
			if f[ImplementationDate] != tc.impl {
				t.Errorf("implementation_date = %q, want %q", f[ImplementationDate], tc.impl)
			}
			if tc.published != "" && ev[PublicationDate].Text == "" {
				t.Error("publication_date has no evidence")
			}
		})
	}
}

// A mention of an earlier version's publication never outweighs the
// document's own publication statement.
func TestPublicationDateNotAnEarlierVersions(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"replaces, then the document's own", "These arrangements replace the arrangements first published in June 2019.\n\nThese arrangements were published on 13 December 2024.", "2024-12-13"},
		{"supersedes with a full date", "This document supersedes the arrangements published on 30 June 2019. The arrangements were published on 2 December 2024.", "2024-12-02"},
		{"the previous version only", "The previous arrangements were published in September 2019.", ""},
		{"first published as a label", "First published: 3 March 2024", "2024-03-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Read(intake.Arrangements, tc.text)
			if f[PublicationDate] != tc.want {
				t.Errorf("publication_date = %q, want %q", f[PublicationDate], tc.want)
			}
		})
	}
}

// A document's own date stated plainly: a version line, "Final report"
// and its date.
func TestDocumentDateForms(t *testing.T) {
	tests := []struct {
		name string
		kind intake.Kind
		text string
		want string
	}{
		{"version and date with a dash", intake.RapidReview, "Rapid review report\n\nVersion 3 - 2 April 2025 (tracked)\n\nChild's initials: AB", "2025-04-02"},
		{"v and a comma", intake.RapidReview, "Rapid review report\n\nv1.2, 14/04/2025\n\nChild: Child D", "2025-04-14"},
		{"draft number and colon", intake.YearlyReport, "Annual report 2024-25\n\nDraft 4: Monday 7 July 2025\n", "2025-07-07"},
		{"a version with only a month is no date", intake.Arrangements, "Our arrangements\n\nVersion 1.0 - December 2024\n", ""},
		{"a version line further down the page is not the date", intake.RapidReview, "Rapid review\n\nWe considered version 2 of the chronology, 3 April 2025 onward.", ""},
		{"final report as a label", intake.PracticeReview, "Local child safeguarding practice review: Child P\n\nFinal report 9 June 2025\n", "2025-06-09"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ev := ReadDocument(tc.kind, tc.text, nil)
			if f[DocumentDate] != tc.want {
				t.Errorf("document_date = %q, want %q", f[DocumentDate], tc.want)
			}
			if tc.want != "" && ev[DocumentDate].Text == "" {
				t.Error("document_date has no evidence")
			}
		})
	}
}

// A practice review's report date under other labels or as the
// document's own date, and its decision date stated in a sentence.
func TestPracticeReviewDates(t *testing.T) {
	tests := []struct {
		name, text, field, want string
	}{
		{"report date is the document's own date line", "Somewhere Safeguarding Children Partnership\n\nInformation about the improvements to be made\n\n3 February 2025\n\nAbout this review", ReportDate, "2025-02-03"},
		{"final report dated line", "Local child safeguarding practice review: Child P\n\nLead reviewer Ann Other\nFinal report 9 June 2025\n", ReportDate, "2025-06-09"},
		{"decided at a meeting", "At their meeting on 20 November 2024 the three partners - the council, the police and the board - decided that a local child safeguarding practice review should be undertaken.", DecisionDate, "2024-11-20"},
		{"agreed, date after", "The partners agreed to commission a local review of the case on 2 October 2024.", DecisionDate, "2024-10-02"},
		{"a decision not about the review", "On 5 May 2025 the partners decided to meet monthly.", DecisionDate, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ev := ReadDocument(intake.PracticeReview, tc.text, nil)
			if f[tc.field] != tc.want {
				t.Errorf("%s = %q, want %q", tc.field, f[tc.field], tc.want)
			}
			if tc.want != "" && ev[tc.field].Text == "" {
				t.Errorf("%s has no evidence", tc.field)
			}
		})
	}
}

func TestEventClauses(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The incident came to light on 3 May, and the review met on 20 May", []string{"The incident came to light on 3 May,", "the review met on 20 May"}},
		{"We met on 4 June and the Panel was told on 5 June", []string{"We met on 4 June", "the Panel was told on 5 June"}},
		{"Held on 4 June and attended by all partners", []string{"Held on 4 June and attended by all partners"}},
		{"Live since 2 Dec; updated on 9 Dec", []string{"Live since 2 Dec", "updated on 9 Dec"}},
		{"The review met late because the records came on 9 Jan", []string{"The review met late", "the records came on 9 Jan"}},
		{"Brandy and Thebes", []string{"Brandy and Thebes"}},
	}
	for _, tc := range tests {
		got := eventClauses(tc.in)
		if strings.Join(got, "¦") != strings.Join(tc.want, "¦") {
			t.Errorf("eventClauses(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A labelled date without its year is placed by the order of events, not
// by the year most of the document's dates are in.
func TestPairDatesWithoutYear(t *testing.T) {
	tests := []struct {
		name, text, field, want string
	}{
		{"meeting after a December notification", "Date of notification: 19 December 2024\nDate SIN sent to Ofsted: 19 December 2024\nDate of rapid review meeting: Wednesday 8 January\n", ReviewDate, "2025-01-08"},
		{"incident before a January notification", "Date of incident | 30 December\nDate of notification | 3 January 2025\nDate of rapid review | 17 January 2025\n", IncidentDate, "2024-12-30"},
		{"weekday that fits no year: unread", "Date of notification: 19 December 2024\nDate of rapid review meeting: Monday 8 January\n", ReviewDate, ""},
		{"nothing to place it by: unread", "Date of rapid review meeting: 8 January\n", ReviewDate, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ev := ReadDocument(intake.RapidReview, tc.text, nil)
			if f[tc.field] != tc.want {
				t.Errorf("%s = %q, want %q", tc.field, f[tc.field], tc.want)
			}
			if tc.want != "" && ev[tc.field].Text == "" {
				t.Errorf("%s has no evidence", tc.field)
			}
		})
	}
}

// A version table dates the document by its latest version.
func TestVersionTableDate(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"numbered versions", "Version | Date | Author | Changes\n0.1 | 3 March 2025 | AB | First draft\n0.2 | 10 March 2025 | AB | Comments\n1.0 | 26/03/2025 | CD | Agreed by partners\n\nRapid review", "2025-03-26"},
		{"latest first", "Version | Date issued\n2.0 | 1 April 2025\n1.0 | 3 March 2025\n\nRapid review", "2025-04-01"},
		{"date column first", "Date | Version | Status\n3 March 2025 | v1 | draft\n9 March 2025 | v2 | final\n", "2025-03-09"},
		{"no version column: the pair's date", "Date | Author\n3 March 2025 | AB\n", "2025-03-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ev := ReadDocument(intake.RapidReview, tc.text, nil)
			if f[DocumentDate] != tc.want {
				t.Errorf("document_date = %q, want %q", f[DocumentDate], tc.want)
			}
			if tc.want != "" && ev[DocumentDate].Text == "" {
				t.Error("document_date has no evidence")
			}
		})
	}
}

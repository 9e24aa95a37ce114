package classify

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// Documents that speak of the kinds without being one, each written as a
// different partnership might, and documents of the kinds that share a
// genre's words or shape and must keep their kind.
func TestKindOfGenre(t *testing.T) {
	row := func(cells ...string) document.Block {
		return document.Block{Kind: document.Row, Cells: cells, Text: join(cells)}
	}
	para := func(s string) document.Block { return document.Block{Kind: document.Paragraph, Text: s} }
	head := func(s string) document.Block { return document.Block{Kind: document.Heading, Level: 2, Text: s} }
	tests := []struct {
		name   string
		blocks []document.Block
		hints  []string
		want   intake.Kind
	}{
		{"notes of a board meeting, items as paragraphs", []document.Block{
			para("Northbridge Safeguarding Children Partnership Board"),
			para("Notes of the meeting held on 4 February 2025 at County Hall"),
			para("Attendees: Director of Children's Services; Chief Superintendent, Northbridge Police; Designated Nurse, ICB"),
			para("Apologies: Head of Education Safeguarding"),
			head("Annual report 2023-24"),
			para("The annual report was agreed for publication. It sets out what the partnership did during the year, how effective the arrangements have been and the learning from reviews."),
			head("Rapid reviews"),
			para("Two rapid reviews were held after serious incident notifications. The national panel agreed that no LCSPR was needed in one; an LCSPR will be commissioned in the other."),
			para("Next meeting: 6 May 2025"),
		}, nil, intake.Unknown},
		{"agenda of a rapid review meeting", []document.Block{
			para("Westshire Safeguarding Children Partnership"),
			para("Rapid Review Meeting - Agenda"),
			row("Date of meeting", "Tuesday 8 April 2025"),
			row("Child", "Child V"),
			row("No.", "Item", "Lead"),
			row("1", "Summary of the incident and of the agencies' returns", "Business Manager"),
			row("2", "Does the case meet the criteria for a local child safeguarding practice review?", "Lead partners"),
			para("The rapid review report is due to the Panel within 15 working days of the notification."),
		}, nil, intake.Unknown},
		{"the Panel's reply to a rapid review", []document.Block{
			para("Child Safeguarding Practice Review Panel"),
			para("14 July 2025"),
			para("Dear Independent Chair and lead safeguarding partners,"),
			para("Rapid review: Child K"),
			para("Thank you for sending the Panel your rapid review about Child K, following the serious incident notification of 5 June 2025. The Panel agrees with your decision to undertake a local child safeguarding practice review and with your view that a national review is not needed. Immediate safeguarding action was taken and agencies' involvement is clear."),
			para("Yours sincerely,\nA Member\nOn behalf of the Child Safeguarding Practice Review Panel"),
		}, nil, intake.Unknown},
		{"a rapid review letter copied to the Panel", []document.Block{
			para("Westshire Safeguarding Children Partnership"),
			para("Rapid review: Child K"),
			para("Dear Panel,"),
			para("The serious incident notification was made on 5 June 2025. The partners met on 12 June and decided to undertake a local child safeguarding practice review; we do not consider a national review is needed. Immediate safeguarding action was taken for the siblings and the agencies involved were police, health and the school. The learning is about information sharing."),
			para("Yours sincerely,\nJ Smith, Independent Chair\ncc: Child Safeguarding Practice Review Panel"),
		}, nil, intake.RapidReview},
		{"executive action notes in a table", []document.Block{
			para("Eastshire Safeguarding Partnership"),
			para("Executive group: action notes"),
			row("In attendance", "Lead safeguarding partners for the council, police and ICB; independent scrutineer"),
			row("No.", "Item", "Action", "By whom"),
			row("1", "Safeguarding arrangements refresh", "Publish the revised multi-agency safeguarding arrangements and relevant agencies list", "Business manager"),
			row("2", "Rapid review: Child F", "Send the rapid review to the Panel within 15 working days of the serious incident notification", "Chair"),
			row("3", "Any other business", "None", ""),
		}, nil, intake.Unknown},
		{"an e-bulletin by its file name and shape", []document.Block{
			para("Westmere Safeguarding Children Partnership"),
			para("Issue 3 \u00b7 Winter"),
			head("In this issue"),
			para("Our annual report is out, with the learning from this year's rapid reviews and the local child safeguarding practice review into Child K."),
			head("Training"),
			para("Multi-agency training dates for the spring."),
			para("To stop receiving these emails, unsubscribe here."),
		}, []string{"safeguarding-ebulletin-winter.html", "Westmere e-Bulletin"}, intake.Unknown},
		{"a record of a meeting by its shape alone", []document.Block{
			para("Westmere Safeguarding Children Partnership"),
			para("Quality assurance subgroup"),
			para("The meeting was held on Tuesday 4 March 2025 by video call, chaired by the designated nurse."),
			para("Those present: the designated nurse, the head of service for children's social care and a detective inspector."),
			head("Annual report"),
			para("The group agreed the effectiveness section of the annual report and the learning from two rapid reviews."),
			para("Date of next meeting: 3 June 2025"),
		}, nil, intake.Unknown},
		{"a newsletter titled as such", []document.Block{
			para("The Safeguarding Newsletter \u2013 summer edition"),
			para("Westmere Safeguarding Children Partnership"),
			para("Welcome to this edition. The partners have published their yearly report and a rapid review briefing. The safeguarding arrangements were refreshed in December with our relevant agencies."),
			para("Forward this to a colleague who works with children."),
		}, nil, intake.Unknown},
		{"a rapid review record that lists who attended keeps its kind", []document.Block{
			para("Rapid review: Child B"),
			para("Eastshire Safeguarding Partnership"),
			row("Date of serious incident notification", "3 March 2025"),
			row("Present", "Social care, police, health, education"),
			row("Apologies", "None"),
			para("Decision: the partners decided that the criteria for a local child safeguarding practice review are met."),
			para("Next meeting: not needed."),
		}, nil, intake.RapidReview},
		{"minutes that carry a rapid review's own form keep its kind", []document.Block{
			para("Eastshire Safeguarding Partnership"),
			para("Minutes"),
			row("Present", "Social care, police, health, education"),
			row("Date of notification", "3 March 2025"),
			para("Child B was admitted to hospital with serious injuries. The serious incident notification was made the same day. Agencies involved: health visiting, GP, children's social care."),
			para("Decision on an LCSPR: the partners decided that the criteria for a local child safeguarding practice review are met."),
			para("The rapid review will be sent to the Panel. A national review is not recommended."),
			para("Date of next meeting: 2 April 2025"),
		}, nil, intake.RapidReview},
		{"a yearly report that mentions its newsletter and board minutes keeps its kind", []document.Block{
			para("Eastshire Safeguarding Children Partnership"),
			para("Annual Report 2023 to 2024"),
			head("Foreword"),
			para("This annual report covers 1 April 2023 to 31 March 2024. Our newsletter reached 4,000 practitioners in each issue, and board minutes are published on our website."),
			head("What we did"),
			para("We delivered our priorities during the year and our multi-agency training reached 900 staff."),
			head("How effective we have been"),
			para("Audits show the impact of the arrangements on outcomes for children."),
			para("Sign up to our newsletter for news of next year's report."),
		}, nil, intake.YearlyReport},
		{"a training programme as a table of courses", []document.Block{
			para("Northbridge Safeguarding Children Partnership"),
			para("Multi-agency training programme 2025-26"),
			row("Session", "When", "Where"),
			row("Learning from serious case reviews and rapid reviews", "14 October 2025, 10am to 12.30pm", "Civic Centre"),
			row("Working with fathers", "2 December 2025, 1:30 - 4:00", "MS Teams"),
			para("To book a place, email the partnership team. Places are limited."),
		}, nil, intake.Unknown},
		{"a conference flyer in paragraphs", []document.Block{
			para("Eastshire Safeguarding Partnership"),
			para("Annual safeguarding conference: the voice of the child"),
			para("Thursday 6 November 2025, 9.15 until 3.30, Eastshire Racecourse"),
			para("Open to all practitioners and managers who work with children, young people and families in Eastshire. Speakers will share the learning from our local child safeguarding practice reviews and the rapid review of Child M."),
			para("Registration via the partnership's learning portal; a certificate of attendance will be emailed after the day."),
		}, nil, intake.Unknown},
		{"a yearly report whose training section lists courses", []document.Block{
			para("Westmere Safeguarding Children Partnership"),
			para("Annual report 2024-25"),
			head("What we did"),
			para("We opened a family hub, refreshed the neglect strategy and held two rapid reviews; neither led to an LCSPR. The partnership's effectiveness was judged through multi-agency audits."),
			head("Training"),
			row("Course", "Date", "Attendance"),
			row("Neglect", "May 2024, 9:30-12:30", "40"),
			para("Places are limited, so booking is through the learning portal."),
		}, nil, intake.YearlyReport},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := ""
			for _, b := range tt.blocks {
				text += b.Text + "\n\n"
			}
			if got := KindOf(text, tt.blocks, tt.hints...); got != tt.want {
				t.Errorf("KindOf(%q) = %v, want %v (genre %+v)", tt.name, got, tt.want, readGenre(text, tt.blocks, tt.hints))
			}
			// Without the structure its format gave, the text is read as
			// plain text is.
			if got := Kind(text, tt.hints...); got != tt.want {
				t.Errorf("Kind(%q) = %v, want %v", tt.name, got, tt.want)
			}
		})
	}
}

func join(cells []string) string {
	s := ""
	for i, c := range cells {
		if i > 0 {
			s += " | "
		}
		s += c
	}
	return s
}

// BenchmarkKindOfLongReport classifies a 60-page yearly report whose
// structure its format gave, genres weighed.
func BenchmarkKindOfLongReport(b *testing.B) {
	page := "What the partnership did\n\nThis annual report covers the year. We ran 40 multi-agency courses and audited neglect practice across the area. " +
		strings.Repeat("Practitioners from health, police and the council worked together on cases of neglect and exploitation in this area. ", 25)
	pages := make([]string, 60)
	for i := range pages {
		pages[i] = page
	}
	text := "Westmere Safeguarding Children Partnership\n\nAnnual Report 2024-25\n\n" + strings.Join(pages, "\f")
	blocks := document.FromText(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if KindOf(text, blocks) != intake.YearlyReport {
			b.Fatal("not a yearly report")
		}
	}
}

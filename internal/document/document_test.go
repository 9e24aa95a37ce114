package document

import (
	"fmt"
	"strings"
	"testing"
)

func kinds(bs []Block) string {
	var out []string
	for _, b := range bs {
		s := b.Kind.String()
		if b.Kind == Heading {
			s += fmt.Sprint(b.Level)
		}
		if b.Furniture != Content {
			s = "furniture"
		}
		if b.Page > 0 {
			s += fmt.Sprintf("@%d", b.Page)
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func TestFromText(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"headings and paragraphs", "ANNUAL REPORT\n\nWhat the partnership did\n\nWe trained 400 staff.\nWe met monthly.\n\n2.1 Training offer\nCourses ran all year.",
			"heading1 heading2 paragraph heading2 paragraph"},
		{"rows and items", "Date of SIN\t3 March 2025\nChild | Child Q\n\n• first thing\n• second thing",
			"row row item item"},
		{"running header", "Kent SCP Annual Report\nIntro text here.\nPage 1\fKent SCP Annual Report\nMore text here.\nPage 2\fKent SCP Annual Report\nLast text here.\nPage 3",
			"furniture@1 paragraph@1 furniture@1 furniture@2 paragraph@2 furniture@2 furniture@3 paragraph@3 furniture@3"},
		{"a label line is no heading", "Date of review:\n\n4 March 2025", "paragraph paragraph"},
		{"heading run into its paragraph", "notes for the panel\n\nWHAT WE DID STRAIGHT AWAY: the children were placed with their aunt the same night.\n\nCHILD: Child J\n\nLEARNING: records took seven weeks to arrive from the last area.",
			"paragraph heading3 paragraph paragraph heading3 paragraph"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := kinds(FromText(tc.text)); got != tc.want {
				t.Errorf("FromText(%q) = %s, want %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestFromLines(t *testing.T) {
	text := "Rapid Review\nWhat happened\nThe child was seen by the\nhealth visitor on 3 March.\nThe family moved.\n"
	styles := []Style{{Page: 1, Size: 20}, {Page: 1, Size: 11, Bold: true, Gap: 2}, {Page: 1, Size: 11, Gap: 1.5}, {Page: 1, Size: 11, Gap: 1.2}, {Page: 1, Size: 11, Gap: 2.4}}
	if got, want := kinds(FromLines(text, styles)), "heading1 heading2 paragraph paragraph"; got != want {
		t.Errorf("FromLines() = %s, want %s", got, want)
	}
}

func TestPairs(t *testing.T) {
	text := "Date of SIN\t3 March 2025\n\nDate of rapid review meeting: Monday 17\nMarch 2025\n\nChild\nChild Q\n\nSIN reference | Panel notified | Meeting\nSIN-2025-01 | 3/3/25 | 17/3/25\n\nOur ref: 2025/1903      Panel notified: Tues 14th Oct '25\nIncident:    11/10/25     Child:   Child Q\nPublished 20th December 2024 | Implemented 6th January 2025\n\nThe partners met on 4 March, and agreed."
	var got []string
	for _, p := range Pairs(FromText(text)) {
		got = append(got, p.Label+"="+p.Value+"+"+p.More)
	}
	want := []string{
		"Date of SIN=3 March 2025+",
		"Date of rapid review meeting=Monday 17+March 2025",
		"Child=Child Q+",
		"SIN reference=SIN-2025-01+", "Panel notified=3/3/25+", "Meeting=17/3/25+",
		"Our ref=2025/1903+", "Panel notified=Tues 14th Oct '25+",
		"Incident=11/10/25+", "Child=Child Q+",
		"Published=20th December 2024+", "Implemented=6th January 2025+",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Pairs() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

package rules

import (
	"regexp"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/fields"
	"github.com/safeguarding-intake/intake/internal/intake"
)

var representedBy = regexp.MustCompile(`, represented by [^\n]*`)

// TestRound2023 checks arrangements against the round their publication
// date puts them in, and the naming of lead or delegated partners in
// those dated since Working Together 2023.
func TestRound2023(t *testing.T) {
	const named = "\nThe lead safeguarding partners are the chief executives of the council and the ICB and the chief constable.\n"
	arrangements := func(pub, doc, text string) func(*Input) {
		return func(in *Input) {
			in.Fields[fields.PublicationDate] = pub
			in.Fields[fields.PartnerHealth] = "NHS Eastford Integrated Care Board"
			delete(in.Fields, fields.ImplementationDate)
			if doc != "" {
				in.Fields[fields.DocumentDate] = doc
			}
			// The sample names its partners' representatives by post.
			in.Text = representedBy.ReplaceAllString(in.Text, "") + text
			in.Received = day(t, "2025-03-21")
		}
	}
	tests := []struct {
		name     string
		change   func(*Input)
		want     []string
		deadline *intake.Deadline
	}{
		{"2023 round on time", arrangements("2024-12-31", "", named), nil,
			&intake.Deadline{Rule: "revised arrangements published by 31 December 2024", Due: "2024-12-31", Met: true}},
		{"2023 round late", arrangements("2025-01-06", "", named), []string{"publication_late"},
			&intake.Deadline{Rule: "revised arrangements published by 31 December 2024", Due: "2024-12-31", Met: false}},
		{"the round's first day", arrangements("2023-12-15", "", named), nil, nil},
		{"between the rounds: not timed", arrangements("2022-05-01", "", ""), nil, nil},
		{"2019 round as before", arrangements("2019-07-01", "", ""), []string{"publication_late"}, nil},
		{"configured deadline", func(in *Input) {
			arrangements("2025-01-06", "", named)(in)
			in.Round2023Due = time.Date(2025, time.March, 31, 0, 0, 0, 0, time.UTC)
		}, nil, &intake.Deadline{Rule: "revised arrangements published by 31 March 2025", Due: "2025-03-31", Met: true}},
		{"no lead partners in 2024", arrangements("2024-11-01", "", ""), []string{"missing_lead_partners"}, nil},
		{"dated before the round", arrangements("2024-11-01", "2023-12-14", ""), nil, nil},
		{"delegated partners named", arrangements("2024-11-01", "", "\nEach partner has named a delegated safeguarding partner.\n"), nil, nil},
		{"represented by a post", arrangements("2024-11-01", "", "\nEastford Borough Council, represented by the Strategic Director of Children's Services.\n"), nil, nil},
		{"represented by a name is not a post", arrangements("2024-11-01", "", "\nThe council is represented by Jo Bloggs.\n"), []string{"missing_lead_partners"}, nil},
		{"named by post", arrangements("2024-11-01", "", "\nThe Chief Constable of Eastford chairs the executive.\n"), nil, nil},
		{"a link is not read for partners", func(in *Input) {
			arrangements("2024-11-01", "", "")(in)
			in.LinkOnly = true
			in.Fields = map[string]string{fields.URL: "https://www.eastfordscp.org.uk/arrangements", fields.PublicationDate: "2024-11-01"}
			in.Text = in.Fields[fields.URL]
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCase(t, intake.Arrangements, tt.change, tt.want, tt.deadline) })
	}
}

package fields

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestPartnersByPost reads arrangements that name the partners by their
// lead safeguarding partners' posts (Working Together 2023) rather than by
// agency, alone or beside agencies.
func TestPartnersByPost(t *testing.T) {
	tests := []struct {
		name, text         string
		la, police, health string
	}{
		{"agencies within posts, the police by post",
			"The lead safeguarding partners are the Chief Executive of Camden Council, the Commissioner of Police of the Metropolis and the Chief Executive of NHS North Central London ICB.",
			"Camden Council", "Commissioner of Police of the Metropolis", "NHS North Central London ICB"},
		{"chief constable of a county",
			"Lead safeguarding partners: the Chief Executive of Kent County Council, the Chief Constable of Kent and the Chief Executive of NHS Kent and Medway Integrated Care Board.",
			"Kent County Council", "Chief Constable of Kent", "NHS Kent and Medway Integrated Care Board"},
		{"agency named beside the post",
			"The Chief Constable of Kent Police and the Chief Executive of Kent County Council have delegated their functions.",
			"Kent County Council", "Kent Police", ""},
		{"an NHS body's name over a line break",
			"The lead safeguarding partners for the city are the Chief Executive of Coventry City\nCouncil, the Chief Constable of West Midlands Police and the Chief Executive of NHS\nCoventry and Warwickshire Integrated Care Board.",
			"Coventry City Council", "West Midlands Police", "NHS Coventry and Warwickshire Integrated Care Board"},
		{"no posts", "The partners work together closely.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Read(intake.Arrangements, tt.text)
			if f[PartnerLocalAuthority] != tt.la || f[PartnerPolice] != tt.police || f[PartnerHealth] != tt.health {
				t.Errorf("Read(arrangements, %q) partners = %q, %q, %q; want %q, %q, %q", tt.text,
					f[PartnerLocalAuthority], f[PartnerPolice], f[PartnerHealth], tt.la, tt.police, tt.health)
			}
		})
	}
}

// TestBoroughNameStopsAtLineEnd reads a borough partner listed one to a line
// above another partner: the borough's name ends with its line, though a
// connector at a line's end still carries it over.
func TestBoroughNameStopsAtLineEnd(t *testing.T) {
	tests := []struct{ name, text, la string }{
		{"list, police next", "Our three partners are:\nLondon Borough of Kingston upon Thames\nMetropolitan Police Service\nNHS South West London Integrated Care Board", "London Borough of Kingston upon Thames"},
		{"list, health next", "The statutory partners:\nRoyal Borough of Greenwich\nSouth East London ICB\nMetropolitan Police", "Royal Borough of Greenwich"},
		{"bullets", "Partners\n- London Borough of Barking and Dagenham\n- Metropolitan Police Service (East Area)\n- NHS North East London ICB", "London Borough of Barking and Dagenham"},
		{"wrapped in a sentence at a connector", "The arrangements are led by the London Borough of Richmond upon\nThames, the police and the ICB.", "London Borough of Richmond upon Thames"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Read(intake.Arrangements, tt.text)[PartnerLocalAuthority]; got != tt.la {
				t.Errorf("partner_local_authority = %q, want %q", got, tt.la)
			}
		})
	}
}

package fields

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/safeguarding-intake/intake/internal/intake"
)

func readSample(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func TestReadSamples(t *testing.T) {
	tests := []struct {
		file string
		kind intake.Kind
		want map[string]string
	}{
		{"rapid_review.txt", intake.RapidReview, map[string]string{
			Title:           "Rapid Review: Child Q",
			PartnershipName: "Northbridge Safeguarding Children Partnership",
			DocumentDate:    "2026-01-06",
			SINReference:    "2025-0123",
			SINDate:         "2025-12-15",
			IncidentDate:    "2025-12-12",
			ReviewDate:      "2026-01-05",
			LCSPRDecision:   Yes,
			NationalReview:  NotRecommended,
			Child:           "Child Q",
		}},
		{"yearly_report.txt", intake.YearlyReport, map[string]string{
			Title:           "Yearly Report 2023/24",
			PartnershipName: "Westmere Safeguarding Children Partnership",
			PeriodStart:     "2023-04-01",
			PeriodEnd:       "2024-03-31",
			PublicationDate: "2024-09-30",
			URL:             "https://www.westmerescp.org.uk/about/yearly-report",
		}},
		{"arrangements.txt", intake.Arrangements, map[string]string{
			Title:                 "Multi-agency safeguarding arrangements",
			PartnershipName:       "Eastford Safeguarding Children Partnership",
			URL:                   "https://www.eastfordscp.org.uk/arrangements",
			PublicationDate:       "2019-06-28",
			ImplementationDate:    "2019-09-27",
			PartnerLocalAuthority: "Eastford Borough Council",
			PartnerPolice:         "Eastford Constabulary",
			PartnerHealth:         "NHS Eastford Clinical Commissioning Group",
		}},
		{"rapid_review.txt", intake.Unknown, map[string]string{
			Title:           "Rapid Review: Child Q",
			PartnershipName: "Northbridge Safeguarding Children Partnership",
			DocumentDate:    "2026-01-06",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+string(tt.kind), func(t *testing.T) {
			got := Read(tt.kind, readSample(t, tt.file))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Read(%s, %s) mismatch (-want +got):\n%s", tt.kind, tt.file, diff)
			}
		})
	}
}

// TestReadLayouts checks that one field is read from each of the ways a
// document lays it out, and that nothing is guessed when it is absent.
func TestReadLayouts(t *testing.T) {
	tests := []struct {
		name  string
		kind  intake.Kind
		text  string
		field string
		want  string // "" for absent
	}{
		{"sin date colon", intake.RapidReview, "Date of notification: 3 March 2025", SINDate, "2025-03-03"},
		{"sin date tab", intake.RapidReview, "Date of notification\t03/03/2025\nDate of incident\t01/03/2025", SINDate, "2025-03-03"},
		{"sin date pipe", intake.RapidReview, "| SIN date | 2025-03-03 |", SINDate, "2025-03-03"},
		{"sin date next line", intake.RapidReview, "Date SIN submitted\n\nMonday 3 March 2025\n", SINDate, "2025-03-03"},
		{"sin date sentence", intake.RapidReview, "The SIN was submitted on 3rd March 2025 by the local authority.", SINDate, "2025-03-03"},
		{"sin date panel sentence", intake.RapidReview, "The local authority notified the Panel of the serious incident on 3.3.25.", SINDate, "2025-03-03"},
		{"sin date wrapped", intake.RapidReview, "The serious incident notification was submitted\non 3 March\n2025.", SINDate, "2025-03-03"},
		{"sin date pdf layout", intake.RapidReview, "Date of notification      3 March 2025        Child     Child Q", SINDate, "2025-03-03"},
		{
			"column table", intake.RapidReview,
			"Date of incident\tDate of notification\tDate of rapid review\n1 March 2025\t3 March 2025\t14 March 2025",
			SINDate, "2025-03-03",
		},
		{
			"column table review", intake.RapidReview,
			"Date of incident\tDate of notification\tDate of rapid review\n1 March 2025\t3 March 2025\t14 March 2025",
			ReviewDate, "2025-03-14",
		},
		{
			"table written column by column", intake.RapidReview,
			"Item\n\nDetail\n\nSIN reference\nDate of notification\nDate of incident\nRapid review meeting held on\n\n2025-0123\nMonday 15 December 2025\n12/12/2025\n5th January 2026\n\n6. Decision",
			IncidentDate, "2025-12-12",
		},
		{
			"column by column needs as many values", intake.RapidReview,
			"SIN reference\nDate of notification\nDate of incident\n\n2025-0123\n15 December 2025\n\n6. Decision",
			IncidentDate, "",
		},
		{"value not stated", intake.RapidReview, "Date of incident: not known. The SIN was submitted on 3 March 2025.", IncidentDate, ""},
		{"incident date is not the notification date", intake.RapidReview, "Date of serious incident notification: 3 March 2025\nDate of incident: 1 March 2025", IncidentDate, "2025-03-01"},
		{"notification date beside incident date", intake.RapidReview, "Date of serious incident notification: 3 March 2025\nDate of incident: 1 March 2025", SINDate, "2025-03-03"},
		{"incident sentence", intake.RapidReview, "The incident occurred on 28 February 2025 at the family home.", IncidentDate, "2025-02-28"},
		{"review held", intake.RapidReview, "The rapid review meeting was held on Tuesday 18 March 2025.", ReviewDate, "2025-03-18"},
		{"review date label", intake.RapidReview, "Date of rapid review meeting: March 18, 2025", ReviewDate, "2025-03-18"},
		{"no dates", intake.RapidReview, "Rapid review of Child Q. The meeting considered agency returns.", SINDate, ""},
		{"sin reference tab", intake.RapidReview, "SIN reference\t2025-0123", SINReference, "2025-0123"},
		{"sin reference pipe", intake.RapidReview, "SIN ref | SIN-2025-00456", SINReference, "SIN-2025-00456"},
		{"sin number colon", intake.RapidReview, "Notification number: CSPRP/2025/789", SINReference, "CSPRP/2025/789"},
		{"sin inline", intake.RapidReview, "Rapid review (SIN 2025/0456) for Child L", SINReference, "2025/0456"},
		{"sin reference not a date", intake.RapidReview, "SIN reference: 03/03/2025", SINReference, ""},
		{"child most named", intake.RapidReview, "Child Q lived with Child R. Child Q was 2. Child Q was seen.", Child, "Child Q"},
		{"child in need is not a child", intake.RapidReview, "CHILD IN NEED plan ended.", Child, ""},
		{"baby", intake.RapidReview, "Rapid review: Baby H", Child, "Baby H"},
		{"document date", intake.RapidReview, "Date: 6 January 2026", DocumentDate, "2026-01-06"},
		{"document date submitted", intake.RapidReview, "Date submitted to the Panel | 06/01/2026", DocumentDate, "2026-01-06"},
		{"document date report completed", intake.RapidReview, "Rapid review meeting held\n19/03/2025\nReport completed\n20/03/2025\nAgencies attending", DocumentDate, "2025-03-20"},
		{"document date this report completed", intake.YearlyReport, "This report was completed on 20 March 2025.", DocumentDate, "2025-03-20"},
		{"document date finalised", intake.RapidReview, "Report finalised: 20/03/2025", DocumentDate, "2025-03-20"},
		{"another report completed", intake.RapidReview, "The agency report was completed on 1 March 2025.", DocumentDate, ""},
		{"review completed is not the document date", intake.RapidReview, "Rapid review completed 19/03/2025", DocumentDate, ""},
		{"published colon", intake.YearlyReport, "Published: 30 September 2024", PublicationDate, "2024-09-30"},
		{"published sentence", intake.YearlyReport, "This report was published on 30th September 2024.", PublicationDate, "2024-09-30"},
		{"date of publication", intake.YearlyReport, "Date of publication\n30/09/2024", PublicationDate, "2024-09-30"},
		{"published month only", intake.YearlyReport, "Published September 2024", PublicationDate, "2024-09-30"},
		{
			"guidance publication ignored", intake.YearlyReport,
			"Working Together to Safeguard Children, which the government published on 15 December 2023, sets out our duties.",
			PublicationDate, "",
		},
		{"implementation", intake.Arrangements, "These arrangements will be implemented from 29 September 2019.", ImplementationDate, "2019-09-29"},
		{"came into effect", intake.Arrangements, "The arrangements came into effect on 1 August 2019.", ImplementationDate, "2019-08-01"},
		{"url labelled wins", intake.Arrangements, "See https://www.gov.uk/guidance. Our arrangements are published at https://www.leedsscp.org.uk/arrangements.", URL, "https://www.leedsscp.org.uk/arrangements"},
		{"url first for arrangements", intake.Arrangements, "https://www.kentscp.org.uk/arrangements", URL, "https://www.kentscp.org.uk/arrangements"},
		{"url bracketed", intake.Arrangements, "(see https://www.kentscp.org.uk/about-us/arrangements).", URL, "https://www.kentscp.org.uk/about-us/arrangements"},
		{"url keeps balanced brackets", intake.Arrangements, "https://en.example.org.uk/wiki/Review_(2019)", URL, "https://en.example.org.uk/wiki/Review_(2019)"},
		{"url safelink", intake.Arrangements, "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.kentscp.org.uk%2Farrangements&data=05", URL, "https://www.kentscp.org.uk/arrangements"},
		{"url www", intake.Arrangements, "www.kentscp.org.uk/arrangements", URL, "www.kentscp.org.uk/arrangements"},
		{"url national skipped for report", intake.YearlyReport, "Guidance: https://www.gov.uk/government/publications/working-together", URL, ""},
		{"url wrapped at its hyphen", intake.YearlyReport, "This report is published at https://www.example.org.uk/about/annual-\nreport-2023-24\n1. Foreword", URL, "https://www.example.org.uk/about/annual-report-2023-24"},
		{"url wrapped before digits", intake.YearlyReport, "Published at www.example.org.uk/yearly-report-\n2023-24 for all.", URL, "www.example.org.uk/yearly-report-2023-24"},
		{"url wrapped twice", intake.Arrangements, "Web address: https://www.example.org.uk/about-us/multi-\nagency-safeguarding-\narrangements", URL, "https://www.example.org.uk/about-us/multi-agency-safeguarding-arrangements"},
		{"url page address line", intake.Arrangements, "See the guidance at https://www.gov.uk/guidance.\n\nWeb address: https://www.example.org.uk/arrangements", URL, "https://www.example.org.uk/arrangements"},
		{"la city council", intake.Arrangements, "The partners are Coventry City Council, West Midlands Police and NHS Coventry and Warwickshire Integrated Care Board.", PartnerLocalAuthority, "Coventry City Council"},
		{"police after council", intake.Arrangements, "The partners are Coventry City Council, West Midlands Police and NHS Coventry and Warwickshire Integrated Care Board.", PartnerPolice, "West Midlands Police"},
		{"icb", intake.Arrangements, "The partners are Coventry City Council, West Midlands Police and NHS Coventry and Warwickshire Integrated Care Board.", PartnerHealth, "NHS Coventry and Warwickshire Integrated Care Board"},
		{"london borough", intake.Arrangements, "Partners: London Borough of Camden Children's Services; the Metropolitan Police Service; NHS North Central London ICB.", PartnerLocalAuthority, "London Borough of Camden"},
		{"met police", intake.Arrangements, "Partners: London Borough of Camden; the Metropolitan Police Service; NHS North Central London ICB.", PartnerPolice, "Metropolitan Police Service"},
		{"short icb", intake.Arrangements, "Partners: London Borough of Camden; the Metropolitan Police Service; NHS North Central London ICB.", PartnerHealth, "NHS North Central London ICB"},
		{"county council joined", intake.Arrangements, "Kent County Council and Kent Police and Kent and Medway ICB", PartnerPolice, "Kent Police"},
		{"icb without nhs", intake.Arrangements, "Kent County Council and Kent Police and Kent and Medway ICB", PartnerHealth, "Kent and Medway ICB"},
		{"constabulary", intake.Arrangements, "the Chief Constable of Avon and Somerset Constabulary", PartnerPolice, "Avon and Somerset Constabulary"},
		{"ccg", intake.Arrangements, "NHS Leeds CCG is a safeguarding partner.", PartnerHealth, "NHS Leeds CCG"},
		{"icb preferred to ccg", intake.Arrangements, "On 1 July 2022 NHS Leeds CCG was replaced by NHS West Yorkshire Integrated Care Board.", PartnerHealth, "NHS West Yorkshire Integrated Care Board"},
		{"icb places listed with commas", intake.Arrangements, "Avon and Somerset Police, NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board and Bristol City Council.", PartnerHealth, "NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board"},
		{"icb with nine place words", intake.Arrangements, "Partners: NHS Bath and North East Somerset, Swindon and Wiltshire ICB.", PartnerHealth, "NHS Bath and North East Somerset, Swindon and Wiltshire ICB"},
		{"icb after a place and comma", intake.Arrangements, "In Bristol, NHS Bristol, North Somerset and South Gloucestershire ICB leads.", PartnerHealth, "NHS Bristol, North Somerset and South Gloucestershire ICB"},
		{"comma ends a name without nhs", intake.Arrangements, "Partners: Wakefield, Kent and Medway ICB.", PartnerHealth, "Kent and Medway ICB"},
		{"comma ends a police name", intake.Arrangements, "Officers from Leeds, West Yorkshire Police attend.", PartnerPolice, "West Yorkshire Police"},
		{"comma straight before the kind", intake.Arrangements, "Leeds, Integrated Care Board", PartnerHealth, ""},
		{"commissioner is not police", intake.Arrangements, "The West Mercia Police and Crime Commissioner funds services.", PartnerPolice, ""},
		{"transport police only if alone", intake.Arrangements, "British Transport Police and Surrey Police attend.", PartnerPolice, "Surrey Police"},
		{"youth council is not a council", intake.Arrangements, "The Youth Council met twice.", PartnerLocalAuthority, ""},
		{"police chiefs council", intake.Arrangements, "The National Police Chiefs' Council guidance applies.", PartnerLocalAuthority, ""},
		{"partnership after heading words", intake.YearlyReport, "Annual Report of the Brighton & Hove Safeguarding Children Partnership", PartnershipName, "Brighton & Hove Safeguarding Children Partnership"},
		{"partnership city of", intake.YearlyReport, "Welcome to the City of York Safeguarding Children Partnership yearly report", PartnershipName, "City of York Safeguarding Children Partnership"},
		{"partnership children's", intake.YearlyReport, "Cheshire East Safeguarding Children's Partnership", PartnershipName, "Cheshire East Safeguarding Children's Partnership"},
		{"partnership capitals", intake.YearlyReport, "LEEDS SAFEGUARDING CHILDREN PARTNERSHIP", PartnershipName, "LEEDS SAFEGUARDING CHILDREN PARTNERSHIP"},
		{"partnership multi-agency", intake.RapidReview, "OFFICIAL\nKent Safeguarding Children Multi-Agency Partnership\nRapid Review Report", PartnershipName, "Kent Safeguarding Children Multi-Agency Partnership"},
		{"partnership keeping safe", intake.YearlyReport, "Keeping Bristol Safe Partnership - Yearly Report 2024-25", PartnershipName, "Keeping Bristol Safe Partnership"},
		{"partnership keeping safe capitals", intake.Arrangements, "KEEPING BRISTOL SAFE PARTNERSHIP", PartnershipName, "KEEPING BRISTOL SAFE PARTNERSHIP"},
		{"partnership keeping safe second", intake.YearlyReport, "Leeds Safeguarding Children Partnership\nWe work with the Keeping Leeds Safe Partnership.", PartnershipName, "Leeds Safeguarding Children Partnership"},
		{"partnership keeping safe first", intake.YearlyReport, "Keeping Bristol Safe Partnership\nFormerly the Bristol Safeguarding Children Partnership.", PartnershipName, "Keeping Bristol Safe Partnership"},
		{"partnership keeping children safe", intake.YearlyReport, "The Keeping Children Safe Partnership met.", PartnershipName, ""},
		{"partnership keeping without safe", intake.YearlyReport, "Keeping Bristol Partnership", PartnershipName, ""},
		{"partnership generic", intake.YearlyReport, "The Safeguarding Children Partnership met four times.", PartnershipName, ""},
		{"title skips markings", intake.YearlyReport, "OFFICIAL\nPage 1 of 20\nLeeds Safeguarding Children Partnership\nAnnual Report 2023-24\n", Title, "Annual Report 2023-24"},
		{"title first line", intake.YearlyReport, "# Our year in safeguarding\n\nSome text.", Title, "Our year in safeguarding"},
		{"no title", intake.YearlyReport, "   \n\n  ", Title, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Read(tt.kind, tt.text)[tt.field]
			if tt.want == "" && ok {
				t.Errorf("Read(%s, %q)[%s] = %q, want absent", tt.kind, tt.text, tt.field, got)
			} else if got != tt.want {
				t.Errorf("Read(%s, %q)[%s] = %q, want %q", tt.kind, tt.text, tt.field, got, tt.want)
			}
		})
	}
}

func TestJoinHyphens(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"word", "the safe-\nguarding partners", "the safeguarding partners"},
		{"word with spaces", "safe- \n  guarding", "safeguarding"},
		{"capital after", "self-\nAssessment", "self-\nAssessment"},
		{"digits outside a link", "in 2023-\n24 we", "in 2023-\n24 we"},
		{"link keeps hyphen", "at https://a.org.uk/annual-\nreport.", "at https://a.org.uk/annual-report."},
		{"www link", "at www.a.org.uk/annual-\nreport", "at www.a.org.uk/annual-report"},
		{"link digits", "https://a.org.uk/report-\n2023-24", "https://a.org.uk/report-2023-24"},
		{"link over three lines", "https://a.org.uk/multi-\nagency-\narrangements x", "https://a.org.uk/multi-agency-arrangements x"},
		{"word after a link", "https://a.org.uk/x then re-\nview", "https://a.org.uk/x then review"},
		{"link ended before", "https://a.org.uk/multi-\nagency page, re-\nview", "https://a.org.uk/multi-agency page, review"},
		{"no hyphen", "https://a.org.uk/\nreport", "https://a.org.uk/\nreport"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinHyphens(tt.in); got != tt.want {
				t.Errorf("joinHyphens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestURLs(t *testing.T) {
	got := URLs("Visit https://a.example.org.uk/x, or ftp://files.example.org.uk/y; www.b.org.uk.")
	want := []string{"https://a.example.org.uk/x", "ftp://files.example.org.uk/y", "www.b.org.uk"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("URLs mismatch (-want +got):\n%s", diff)
	}
}

func TestReadLongInputIsClipped(t *testing.T) {
	// A field written after MaxText bytes is not read: the cap holds.
	text := strings.Repeat("x ", MaxText/2+10) + "\nDate of notification: 3 March 2025"
	if got, ok := Read(intake.RapidReview, text)[SINDate]; ok {
		t.Errorf("Read(long text)[sin_date] = %q, want absent beyond MaxText", got)
	}
}

// TestHealthPartner checks that HealthPartner reads what Read gives as an
// arrangements document's partner_health, and nothing when none is named.
func TestHealthPartner(t *testing.T) {
	for _, text := range []string{
		readSample(t, "arrangements.txt"),
		"The three safeguarding partners are Eastford City Council, Eastford Police and NHS Eastford Clinical Commissioning Group.",
		"Nothing about partners here.",
	} {
		want := Read(intake.Arrangements, text)[PartnerHealth]
		if got := HealthPartner(text); got != want {
			t.Errorf("HealthPartner(%.40q) = %q, want %q as Read gives", text, got, want)
		}
	}
	if got := HealthPartner("Nothing about partners here."); got != "" {
		t.Errorf("HealthPartner with no partner = %q, want none", got)
	}
}

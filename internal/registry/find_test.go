package registry

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func ids(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Partnership.ID)
	}
	return out
}

const (
	coventry     = "E08000026"
	warwickshire = "E10000031"
	leeds        = "E08000035"
	bristol      = "E06000023"
	kent         = "E10000016" // with Medway
	camden       = "E09000007"
	banes        = "E06000022"
	somerset     = "E06000066"
	york         = "E06000014"
	northYorks   = "E06000065"
	eastRiding   = "E06000011"
	durham       = "E06000047"
	derby        = "E06000015"
	derbyshire   = "E10000007"
	hull         = "E06000010"
	kingston     = "E09000021"
	richmond     = "E09000027"
	westminster  = "E09000033"
	southampton  = "E06000045"
	northants    = "E06000061"
	lincolnshire = "E10000019"
	neLincs      = "E06000012"
	nLincs       = "E06000013"
	cumbria      = "E06000063"
	hampshire    = "E10000014"
	bcp          = "E06000058"
	reading      = "E06000038"
	stoke        = "E06000021"
	staffs       = "E10000028"
	lancashire   = "E10000017"
	devon        = "E10000008"
	cornwall     = "E06000052"
	sheffield    = "E08000039"
	essex        = "E10000012"
	newcastle    = "E08000021"
)

// TestFindTop checks which partnership Find puts first, and which it must
// not report at all.
func TestFindTop(t *testing.T) {
	r := Default()
	tests := []struct {
		name   string
		text   string
		top    string   // "" for no match at all
		absent []string // partnerships that must not be matched
	}{
		{
			name: "partnership name",
			text: "Leeds Safeguarding Children Partnership\nRapid review\nThe partnership met on 3 March.",
			top:  leeds,
		},
		{
			name: "partnership name typed in lower case",
			text: "leeds safeguarding children partnership - rapid review notes\nThe family moved from Bradford in January; Bradford had closed its case, and Bradford police had one call.",
			top:  leeds,
		},
		{
			name:   "a place in lower case without a partnership's name",
			text:   "Leeds Safeguarding Children Partnership\nnotes: the leeds road surgery and the bradford road clinic saw the family.",
			top:    leeds,
			absent: []string{"E08000032"},
		},
		{
			name:   "neighbour mentioned in an ICB name",
			text:   "Coventry Safeguarding Children Partnership. Partners: Coventry City Council, West Midlands Police and NHS Coventry and Warwickshire ICB.",
			top:    coventry,
			absent: []string{warwickshire},
		},
		{
			name:   "ICB in full, police force and partnership trust",
			text:   "Warwickshire Safeguarding Children Partnership. NHS Coventry and Warwickshire Integrated Care Board; Coventry and Warwickshire Partnership NHS Trust; Warwickshire Police.",
			top:    warwickshire,
			absent: []string{coventry},
		},
		{
			name:   "ICB without NHS prefix",
			text:   "Coventry and Warwickshire Integrated Care Board and Coventry and Warwickshire ICS. Leeds City Council.",
			top:    leeds,
			absent: []string{coventry, warwickshire},
		},
		{
			name: "multi-authority partnership with acronym",
			text: "Kent Safeguarding Children Multi-Agency Partnership (KSCMP)\nThe KSCMP has published. Kent Police and NHS Kent and Medway ICB are partners.",
			top:  kent,
		},
		{
			name: "configured acronym alone",
			text: "Report to the KSCMP executive.",
			top:  kent,
		},
		{
			name: "Bristol as councils write it",
			text: "Bristol Safeguarding Children Partnership: arrangements. Bristol City Council, Avon and Somerset Police and NHS Bristol, North Somerset and South Gloucestershire ICB.",
			top:  bristol,
			absent: []string{
				"E06000024", // North Somerset
				"E06000025", // South Gloucestershire
				somerset,
			},
		},
		{
			name:   "London borough",
			text:   "This review was commissioned by the London Borough of Camden. The Metropolitan Police Service and NHS North Central London ICB took part.",
			top:    camden,
			absent: []string{"E09000001"},
		},
		{
			name:   "Bath and North East Somerset is not Somerset",
			text:   "Bath and North East Somerset Council and Bath and North East Somerset Community Safety and Safeguarding Partnership. The city of Bath.",
			top:    banes,
			absent: []string{somerset, "E06000024"},
		},
		{
			name:   "bare Bath is nothing",
			text:   "A family holiday in Bath.",
			top:    "",
			absent: []string{banes},
		},
		{
			name:   "York is not Yorkshire",
			text:   "City of York Council and York Safeguarding Children Partnership. North Yorkshire Police. Humber and North Yorkshire ICB. The family moved from Leeds in West Yorkshire.",
			top:    york,
			absent: []string{northYorks, eastRiding},
		},
		{
			name:   "East Riding of Yorkshire",
			text:   "East Riding of Yorkshire Safeguarding Children Partnership; East Riding of Yorkshire Council; Humberside Police.",
			top:    eastRiding,
			absent: []string{york, northYorks},
		},
		{
			name:   "North Yorkshire council, not its police",
			text:   "North Yorkshire Council children's services. North Yorkshire Police. New York.",
			top:    northYorks,
			absent: []string{york},
		},
		{
			name:   "New York is not York",
			text:   "Training was delivered by a consultant from New York.",
			top:    "",
			absent: []string{york},
		},
		{
			name: "Durham",
			text: "Durham Safeguarding Children Partnership covers County Durham. Durham Constabulary and Durham County Council.",
			top:  durham,
		},
		{
			name:   "Durham Constabulary alone",
			text:   "Officers from Durham Constabulary attended.",
			top:    "",
			absent: []string{durham},
		},
		{
			name:   "Derbyshire is not Derby",
			text:   "Derbyshire Safeguarding Children Partnership. Derbyshire County Council. NHS Derby and Derbyshire ICB. Derbyshire Constabulary.",
			top:    derbyshire,
			absent: []string{derby},
		},
		{
			name:   "Derby city",
			text:   "Derby City Council and the Derby Safeguarding Children Partnership. Derby and Derbyshire Integrated Care Board.",
			top:    derby,
			absent: []string{derbyshire},
		},
		{
			name:   "Northampton is not Southampton",
			text:   "Northamptonshire Safeguarding Children Partnership, covering North Northamptonshire and West Northamptonshire. Northamptonshire Police. The hospital in Northampton.",
			top:    northants,
			absent: []string{southampton},
		},
		{
			name:   "Southampton",
			text:   "Southampton Safeguarding Children Partnership; Southampton City Council; Hampshire and Isle of Wight Constabulary; NHS Hampshire and Isle of Wight ICB.",
			top:    southampton,
			absent: []string{hampshire, "E06000046", northants},
		},
		{
			name:   "Hull",
			text:   "Hull Safeguarding Children Partnership. Hull City Council. The ship's hull was repaired.",
			top:    hull,
			absent: []string{kingston},
		},
		{
			name:   "Kingston upon Hull is not Kingston upon Thames",
			text:   "Kingston upon Hull City Council. Kingston upon Hull Safeguarding Children Partnership.",
			top:    hull,
			absent: []string{kingston, richmond},
		},
		{
			name:   "Kingston upon Thames",
			text:   "The Royal Borough of Kingston upon Thames; Kingston upon Thames Safeguarding Children Partnership.",
			top:    kingston,
			absent: []string{hull, richmond},
		},
		{
			name: "Richmond and Kingston together",
			text: "Kingston and Richmond Safeguarding Children Partnership. London Borough of Richmond upon Thames.",
			top:  richmond,
		},
		{
			name:   "bare common words are no evidence",
			text:   "Reading the report, the panel did not bury the findings. Hull of a ship. Richmond, a surname. A harrow in a field. Stoke the fire.",
			top:    "",
			absent: []string{reading, hull, richmond, stoke},
		},
		{
			name:   "Reading council counts",
			text:   "Reading Borough Council and Brighter Futures for Children. Reading the minutes.",
			top:    reading,
			absent: []string{},
		},
		{
			name:   "Westminster as Parliament",
			text:   "Westminster passed the Children and Social Work Act 2017. A debate in Westminster Hall. The Palace of Westminster.",
			top:    "",
			absent: []string{westminster},
		},
		{
			name: "Westminster City Council",
			text: "Westminster City Council. Westminster passed a law.",
			top:  westminster,
		},
		{
			name:   "police force names are not places",
			text:   "West Midlands Police, Devon and Cornwall Police, Avon and Somerset Constabulary, Lancashire Constabulary and Kent Police attended. Leeds City Council chaired.",
			top:    leeds,
			absent: []string{devon, cornwall, somerset, lancashire, kent},
		},
		{
			name:   "police commissioner",
			text:   "The Police and Crime Commissioner for Essex and the Chief Constable of Lancashire. Camden Council.",
			top:    camden,
			absent: []string{essex, lancashire},
		},
		{
			name:   "longest name wins",
			text:   "North East Lincolnshire Safeguarding Children Partnership. North East Lincolnshire Council.",
			top:    neLincs,
			absent: []string{lincolnshire, nLincs},
		},
		{
			name:   "Stoke-on-Trent and Staffordshire ICB",
			text:   "Stoke-on-Trent Safeguarding Children Partnership. NHS Staffordshire and Stoke-on-Trent ICB. Staffordshire Police.",
			top:    stoke,
			absent: []string{staffs},
		},
		{
			name:   "Lancashire and South Cumbria ICB",
			text:   "Blackpool Safeguarding Children Partnership. NHS Lancashire and South Cumbria ICB. Lancashire Constabulary.",
			top:    "E06000009",
			absent: []string{lancashire, cumbria},
		},
		{
			name: "Cumbria after 2023",
			text: "Cumbria Safeguarding Children Partnership: Cumberland Council and Westmorland and Furness Council, Cumbria Constabulary, NHS North East and North Cumbria ICB.",
			top:  cumbria,
		},
		{
			name:   "other bodies named after places",
			text:   "Leeds Teaching Hospitals NHS Trust, Coventry University, Kent Fire and Rescue Service, 12 Bristol Road. Camden Safeguarding Children Partnership.",
			top:    camden,
			absent: []string{leeds, coventry, kent, bristol},
		},
		{
			name:   "possessive",
			text:   "Sheffield's safeguarding partners agreed. Sheffield City Council.",
			top:    sheffield,
			absent: []string{},
		},
		{
			name: "partnership named after its area",
			text: "the safeguarding children partnership for the Isle of Wight",
			top:  "E06000046",
		},
		{
			name: "terminated authority by name",
			text: "Poole Safeguarding Children Partnership (before 2019). BCP Council.",
			top:  bcp,
		},
		{
			name:   "capital letters required",
			text:   "derby day at the races; kent is a surname; coventry",
			top:    "",
			absent: []string{derby, kent, coventry},
		},
		{
			name: "capitals throughout",
			text: "NEWCASTLE UPON TYNE SAFEGUARDING CHILDREN PARTNERSHIP\nANNUAL REPORT",
			top:  newcastle,
		},
		{
			name:   "Newcastle-under-Lyme is in Staffordshire",
			text:   "Newcastle-under-Lyme Borough Council and Staffordshire County Council.",
			top:    staffs,
			absent: []string{newcastle},
		},
		{
			name:   "acronym defined for another partnership wins over configuration",
			text:   "Coventry Safeguarding Children Partnership (KSCMP). The KSCMP met. The KSCMP agreed.",
			top:    coventry,
			absent: []string{kent},
		},
		{
			name:   "configured domain in an address",
			text:   "Send questions to lscp@Leeds.gov.uk or see www.leeds.gov.uk/lscp. Not www.evilleeds.gov.uk.",
			top:    leeds,
			absent: []string{},
		},
		{
			name:   "unconfigured or look-alike domain",
			text:   "Contact jo@evilcoventry.gov.uk or coventry.gov.uk.example.com.",
			top:    "",
			absent: []string{coventry},
		},
		{
			name: "nothing",
			text: "",
			top:  "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := r.Find(tt.text)
			got := ""
			if len(ms) > 0 {
				got = ms[0].Partnership.ID
			}
			if got != tt.top {
				t.Errorf("Find(%q) = %v, want %q first", tt.text, describe(ms), tt.top)
			}
			for _, id := range tt.absent {
				for _, m := range ms {
					if m.Partnership.ID == id {
						t.Errorf("Find(%q) = %v, want no %s", tt.text, describe(ms), id)
					}
				}
			}
		})
	}
}

func describe(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Partnership.ID+" "+m.Partnership.Name+" ("+m.AsWritten+")")
	}
	return out
}

// TestFindDetail checks the counts, scores and names as written.
func TestFindDetail(t *testing.T) {
	r := Default()
	text := `Kent Safeguarding Children Multi-Agency Partnership (KSCMP)
Annual report 2024 to 2025

The KSCMP brings together Kent County Council, Kent Police and
NHS Kent and Medway ICB. Children placed in Warwickshire were visited.`
	got := r.Find(text)
	want := []Match{
		{Mentions: 3, Score: weightStrong + weightAcronym + weightCouncil, AsWritten: "Kent Safeguarding Children Multi-Agency Partnership"},
		{Mentions: 1, Score: weightBare, AsWritten: "Warwickshire"},
	}
	if len(got) != len(want) {
		t.Fatalf("Find(...) = %v, want %d matches", describe(got), len(want))
	}
	for i := range got {
		got[i].Partnership = Partnership{}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find(...) mismatch (-want +got):\n%s", diff)
	}
}

func TestFindAsWritten(t *testing.T) {
	r := Default()
	tests := []struct {
		text, want string
	}{
		{"Report of the London Borough of Camden.", "London Borough of Camden"},
		{"City of York Council.", "City of York Council"},
		{"Leeds Safeguarding\nChildren Partnership", "Leeds Safeguarding Children Partnership"},
		{"the Safeguarding Children Partnership for Leeds", "Safeguarding Children Partnership for Leeds"},
		{"Coventry's Local Safeguarding Children Board", "Coventry's Local Safeguarding Children Board"},
		{"St. Helens Borough Council", "St. Helens Borough Council"},
		{"Brighton & Hove City Council", "Brighton & Hove City Council"},
	}
	for _, tt := range tests {
		ms := r.Find(tt.text)
		if len(ms) == 0 || ms[0].AsWritten != tt.want {
			t.Errorf("Find(%q) = %v, want AsWritten %q", tt.text, describe(ms), tt.want)
		}
	}
}

// TestFindEveryPartnership finds each partnership by its own name, in a
// sentence that also names its police force and ICBs.
func TestFindEveryPartnership(t *testing.T) {
	r := Default()
	for _, p := range r.All() {
		var b strings.Builder
		b.WriteString("Annual report of the " + p.Name + ". Partners: ")
		for _, f := range p.Police {
			b.WriteString(f + " Police, ")
		}
		for _, i := range p.ICBs {
			b.WriteString(i + ", ")
		}
		b.WriteString("and the council.")
		ms := r.Find(b.String())
		if len(ms) == 0 || ms[0].Partnership.ID != p.ID {
			t.Errorf("Find(%q) = %v, want %s first", b.String(), describe(ms), p.ID)
			continue
		}
		if len(ms) > 1 && ms[1].Score >= ms[0].Score {
			t.Errorf("Find(%q) = %v, want %s clearly first", b.String(), describe(ms), p.ID)
		}
		if ms[0].AsWritten != p.Name {
			t.Errorf("Find(%q).AsWritten = %q, want %q", b.String(), ms[0].AsWritten, p.Name)
		}
	}
}

// TestFindPoliceAndICBNamesAlone checks that no police force or ICB name,
// in the forms documents use, counts as a place.
func TestFindPoliceAndICBNamesAlone(t *testing.T) {
	r := Default()
	var texts []string
	for _, f := range r.PoliceForces() {
		texts = append(texts, f+" Police", f+" Constabulary", "the Chief Constable of "+f)
	}
	for _, n := range r.ICBNames() {
		core := icbCore(n)
		texts = append(texts, n, core+" ICB", "NHS "+core, core+" Integrated Care System", "NHS "+core+" ICB")
	}
	for _, text := range texts {
		if ms := r.Find(text); len(ms) > 0 {
			t.Errorf("Find(%q) = %v, want no match", text, describe(ms))
		}
	}
}

func TestTokenize(t *testing.T) {
	got := tokenize("St. Helens & Coventry's children’s, Stoke-on-Trent.\n\nKSCMP")
	var norms []string
	var gaps []gap
	for _, tk := range got {
		norms = append(norms, tk.norm)
		gaps = append(gaps, tk.gap)
	}
	wantNorms := []string{"st", "helens", "and", "coventry", "children", "stoke", "on", "trent", "kscmp"}
	wantGaps := []gap{gapSpace, gapSpace, gapSpace, gapSpace, gapSpace, gapComma, gapSpace, gapSpace, gapHard}
	if diff := cmp.Diff(wantNorms, norms); diff != "" {
		t.Errorf("tokenize norms (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantGaps, gaps); diff != "" {
		t.Errorf("tokenize gaps (-want +got):\n%s", diff)
	}
	if !got[8].upper || got[3].upper || !got[3].title || got[2].title {
		t.Errorf("tokenize case flags wrong: %+v", got)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Kent and Medway Safeguarding Children Multi-Agency Partnership (KSCMP)",
		"the Safeguarding Children Partnership for the",
		"NHS", "(", "St.", "’s", "Coventry's", "& and &", "London Borough of",
		"Leeds Safeguarding Children Partnership (L",
		"\xff\xfe Bristol \xc3",
	} {
		f.Add(s)
	}
	r := Default()
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range r.Find(s) {
			if m.Mentions <= 0 || m.Score <= 0 || m.Partnership.ID == "" {
				t.Errorf("Find(%q) gave an empty match %+v", s, m)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	r := Default()
	para := "The Coventry Safeguarding Children Partnership (CSCP) worked with West Midlands Police and NHS Coventry and Warwickshire ICB. " +
		"Children placed in Warwickshire and Solihull were reviewed; the CSCP agreed actions with Coventry City Council.\n\n"
	text := strings.Repeat(para, 2000) // about 500 KB
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r.Find(text)
	}
}

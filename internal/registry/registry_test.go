package registry

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
)

func TestDefault(t *testing.T) {
	r := Default()
	ref, err := loadedReference()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ref.las); n != 153 {
		t.Errorf("reference data has %d local authorities, want 153", n)
	}
	if n := len(r.PoliceForces()); n != 39 {
		t.Errorf("PoliceForces() has %d names, want 39", n)
	}

	// Every authority belongs to exactly one partnership, and each
	// partnership's id is one of its authorities' codes.
	owner := map[string]string{}
	for _, p := range r.All() {
		if p.Name == "" || p.Slug == "" || len(p.LocalAuthorities) == 0 || len(p.Police) == 0 || len(p.ICBs) == 0 {
			t.Errorf("partnership %s is incomplete: %+v", p.ID, p)
		}
		if p.LocalAuthorities[0].Code != p.ID {
			t.Errorf("partnership %s leads with %s", p.ID, p.LocalAuthorities[0].Code)
		}
		for _, la := range p.LocalAuthorities {
			if o, ok := owner[la.Code]; ok {
				t.Errorf("local authority %s in both %s and %s", la.Code, o, p.ID)
			}
			owner[la.Code] = p.ID
		}
		for _, b := range p.ICBs {
			if !slices.Contains(r.ICBNames(), b) {
				t.Errorf("partnership %s: ICB %q not in ICBNames()", p.ID, b)
			}
		}
	}
	for _, la := range ref.las {
		if _, ok := owner[la.Code]; !ok {
			t.Errorf("local authority %s (%s) in no partnership", la.Code, la.Name)
		}
	}
	all := r.All()
	if !slices.IsSortedFunc(all, func(a, b Partnership) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("All() is not ordered by ID")
	}
}

// TestDefaultsWithoutConfig checks the rule of one partnership per
// authority, before partnerships.json merges any.
func TestDefaultsWithoutConfig(t *testing.T) {
	ref, err := loadedReference()
	if err != nil {
		t.Fatal(err)
	}
	r, err := finish(ref, newDrafts(ref))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.All()); n != 153 {
		t.Errorf("without configuration: %d partnerships, want 153", n)
	}
	tests := map[string]string{
		"E08000026": "Coventry Safeguarding Children Partnership",
		"E06000023": "Bristol Safeguarding Children Partnership",
		"E06000019": "Herefordshire Safeguarding Children Partnership",
		"E06000010": "Kingston upon Hull Safeguarding Children Partnership",
		"E08000013": "St Helens Safeguarding Children Partnership",
		"E09000001": "City of London Safeguarding Children Partnership",
		"E10000016": "Kent Safeguarding Children Partnership",
	}
	for id, want := range tests {
		p, ok := r.ByID(id)
		if !ok || p.Name != want {
			t.Errorf("ByID(%q).Name = %q, want %q", id, p.Name, want)
		}
	}
}

func TestPartnership(t *testing.T) {
	r := Default()
	got, ok := r.ByID("E08000026")
	if !ok {
		t.Fatal("ByID(E08000026) not found")
	}
	want := Partnership{
		ID:   "E08000026",
		Name: "Coventry Safeguarding Children Partnership",
		Slug: "coventry",
		LocalAuthorities: []LocalAuthority{{
			Code: "E08000026", DfECode: "331", Name: "Coventry", OfficialName: "Coventry",
			Type: "metropolitan district", Region: "West Midlands",
		}},
		Police:  []string{"West Midlands"},
		ICBs:    []string{"NHS Coventry and Warwickshire Integrated Care Board"},
		Domains: []string{"coventry.gov.uk"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ByID(E08000026) mismatch (-want +got):\n%s", diff)
	}
	if ref := got.Ref(); ref != (intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"}) {
		t.Errorf("Ref() = %+v", ref)
	}

	// Kent and Medway are two partnerships, each with its own domain.
	kent, _ := r.ByID("E10000016")
	medway, _ := r.ByID("E06000035")
	if kent.Name != "Kent Safeguarding Children Multi-Agency Partnership" || kent.Slug != "kent" || len(kent.LocalAuthorities) != 1 {
		t.Errorf("ByID(E10000016) = %q, slug %q, %d authorities; want Kent's own partnership", kent.Name, kent.Slug, len(kent.LocalAuthorities))
	}
	if medway.Name != "Medway Safeguarding Children Partnership" || len(medway.LocalAuthorities) != 1 || !slices.Contains(medway.Domains, "medway.gov.uk") {
		t.Errorf("ByID(E06000035) = %+v; want Medway Safeguarding Children Partnership with medway.gov.uk", medway)
	}

	// A caller changing a returned partnership must not change the registry.
	got.LocalAuthorities[0].Name = "changed"
	got.Domains[0] = "changed"
	again, _ := r.ByID("E08000026")
	if again.LocalAuthorities[0].Name != "Coventry" || again.Domains[0] != "coventry.gov.uk" {
		t.Error("ByID returned slices shared with the registry")
	}
}

func TestPoliceAndICBs(t *testing.T) {
	r := Default()
	tests := []struct {
		id     string
		police []string
		icbs   []string
	}{
		{"E06000023", []string{"Avon and Somerset"}, []string{"NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board"}},
		{"E09000001", []string{"City of London"}, []string{"NHS North East London Integrated Care Board"}},
		{"E10000012", []string{"Essex"}, []string{
			"NHS Mid and South Essex Integrated Care Board",
			"NHS Suffolk and North East Essex Integrated Care Board",
			"NHS Hertfordshire and West Essex Integrated Care Board",
		}},
		{"E06000063", []string{"Cumbria"}, []string{
			"NHS North East and North Cumbria Integrated Care Board",
			"NHS Lancashire and South Cumbria Integrated Care Board",
		}},
	}
	for _, tt := range tests {
		p, ok := r.ByID(tt.id)
		if !ok {
			t.Errorf("ByID(%q) not found", tt.id)
			continue
		}
		if diff := cmp.Diff(tt.police, p.Police); diff != "" {
			t.Errorf("ByID(%q).Police (-want +got):\n%s", tt.id, diff)
		}
		if diff := cmp.Diff(tt.icbs, p.ICBs); diff != "" {
			t.Errorf("ByID(%q).ICBs (-want +got):\n%s", tt.id, diff)
		}
	}
	names := r.ICBNames()
	for _, want := range []string{"NHS Coventry and Warwickshire Integrated Care Board", "NHS Central East Integrated Care Board", "NHS Essex Integrated Care Board"} {
		if !slices.Contains(names, want) {
			t.Errorf("ICBNames() lacks %q", want)
		}
	}
}

func TestICBSuccessions(t *testing.T) {
	r := Default()
	tests := []struct {
		id   string
		want []string // successor names, in ICB order
	}{
		{"E10000015", []string{"NHS Central East Integrated Care Board", "NHS Central East Integrated Care Board"}}, // Hertfordshire: not NHS Essex
		{"E10000012", []string{"NHS Essex Integrated Care Board", "NHS Essex Integrated Care Board", "NHS Essex Integrated Care Board"}},
		{"E10000029", []string{"NHS Norfolk and Suffolk Integrated Care Board", "NHS Norfolk and Suffolk Integrated Care Board"}},
		{"E06000036", []string{"NHS Thames Valley Integrated Care Board"}}, // Bracknell Forest, from Frimley
		{"E10000030", []string{"NHS Surrey and Sussex Integrated Care Board", "NHS Surrey and Sussex Integrated Care Board"}},
		{"E10000014", []string{"NHS Hampshire and Isle of Wight Integrated Care Board"}},
		{"E08000026", nil},
	}
	for _, tt := range tests {
		p, _ := r.ByID(tt.id)
		var got []string
		for _, s := range p.ICBSuccessions {
			got = append(got, s.To)
			if s.Date.Format("2006-01-02") != "2026-04-01" {
				t.Errorf("ByID(%q) succession date %v, want 2026-04-01", tt.id, s.Date)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ByID(%q).ICBSuccessions (-want +got):\n%s", tt.id, diff)
		}
	}
}

func TestResolve(t *testing.T) {
	r := Default()
	tests := []struct {
		in, want string
	}{
		{"E08000026", "E08000026"},
		{" e08000026 ", "E08000026"},
		{"331", "E08000026"},
		{"Coventry", "E08000026"},
		{"COVENTRY", "E08000026"},
		{"Coventry Safeguarding Children Partnership", "E08000026"},
		{"coventry-safeguarding-children-partnership", "E08000026"},
		{"Coventry City Council", "E08000026"},
		{"Coventry SCP", "E08000026"},
		{"Bristol", "E06000023"},
		{"Bristol, City of", "E06000023"},
		{"bristol-city-of", "E06000023"},
		{"City of Bristol", "E06000023"},
		{"Bristol City Council", "E06000023"},
		{"Herefordshire, County of", "E06000019"},
		{"Kingston upon Hull", "E06000010"},
		{"kingston-upon-hull", "E06000010"},
		{"Hull City Council", "E06000010"},
		{"Kingston upon Thames", "E09000021"},
		{"the London Borough of Camden", "E09000007"},
		{"Royal Borough of Greenwich", "E09000011"},
		{"City of York Council", "E06000014"},
		{"St. Helens", "E08000013"},
		{"St Helens", "E08000013"},
		{"Brighton & Hove", "E06000043"},
		{"Stoke-on-Trent", "E06000021"},
		// multi-authority partnerships from partnerships.json
		{"Medway", "E06000035"},
		{"887", "E06000035"},
		{"E06000035", "E06000035"},
		{"Medway Safeguarding Children Partnership", "E06000035"},
		{"KSCMP", "E10000016"},
		{"kent-and-medway", ""},
		{"Kent Safeguarding Children Multi-Agency Partnership", "E10000016"},
		{"Kent Safeguarding Children Partnership", "E10000016"},
		{"Rutland", "E10000018"},
		// previous and terminated codes
		{"E08000016", "E08000038"}, // Barnsley before 2025
		{"E08000019", "E08000039"}, // Sheffield before 2025
		{"E10000002", "E06000060"}, // Buckinghamshire county
		{"E10000023", "E06000065"}, // North Yorkshire county
		{"E10000027", "E06000066"}, // Somerset county
		{"E06000048", "E06000057"}, // Northumberland before 2013
		{"E08000020", "E08000037"}, // Gateshead before 2013
		{"E10000006", "E06000063"}, // Cumbria, by configuration
		{"Cumbria", "E06000063"},
		{"909", "E06000063"},
		{"Northamptonshire", "E06000061"},
		{"E10000021", "E06000061"},
		{"Poole", "E06000058"},
		{"E06000028", "E06000058"},
		{"BCP Council", "E06000058"},
		{"E10000009", "E06000059"},
		// unknown
		{"", ""},
		{"   ", ""},
		{"Narnia", ""},
		{"E99999999", ""},
		{"999", ""},
		{"London", ""},
		{"Safeguarding Children Partnership", ""},
		{"Council", ""},
	}
	for _, tt := range tests {
		p, ok := r.Resolve(tt.in)
		if p.ID != tt.want || ok != (tt.want != "") {
			t.Errorf("Resolve(%q) = %q, %v, want %q", tt.in, p.ID, ok, tt.want)
		}
	}
}

// TestResolveEveryAuthority resolves every authority by each of its
// codes and names.
func TestResolveEveryAuthority(t *testing.T) {
	r := Default()
	for _, p := range r.All() {
		for _, s := range []string{p.ID, p.Name, p.Slug} {
			if got, ok := r.Resolve(s); !ok || got.ID != p.ID {
				t.Errorf("Resolve(%q) = %q, want %q", s, got.ID, p.ID)
			}
		}
		for _, la := range p.LocalAuthorities {
			for _, s := range append([]string{la.Code, la.DfECode}, laNames(la)...) {
				if got, ok := r.Resolve(s); !ok || got.ID != p.ID {
					t.Errorf("Resolve(%q) = %q, want %q", s, got.ID, p.ID)
				}
			}
		}
	}
	for k, e := range r.keys {
		if e.part < 0 {
			t.Errorf("resolve key %q is claimed by two partnerships", k)
		}
	}
}

func TestForDomain(t *testing.T) {
	r := Default()
	tests := []struct {
		in, want string
	}{
		{"jo@coventry.gov.uk", "E08000026"},
		{"Jo Bloggs <Jo.Bloggs@Coventry.GOV.UK>", "E08000026"},
		{"coventry.gov.uk", "E08000026"},
		{"coventry.gov.uk.", "E08000026"},
		{"social.care.coventry.gov.uk", "E08000026"},
		{"a@kent.gov.uk", "E10000016"},
		{"a@medway.gov.uk", "E06000035"},
		{"a@westmorlandandfurness.gov.uk", "E06000063"},
		{"evilcoventry.gov.uk", ""},
		{"coventry.gov.uk.example.com", ""},
		{"gov.uk", ""},
		{"jo@", ""},
		{"", ""},
		{"@", ""},
		{"not a domain", ""},
		{"jo@cov entry.gov.uk", ""},
	}
	for _, tt := range tests {
		p, ok := r.ForDomain(tt.in)
		if p.ID != tt.want || ok != (tt.want != "") {
			t.Errorf("ForDomain(%q) = %q, %v, want %q", tt.in, p.ID, ok, tt.want)
		}
	}
}

func TestNewConfig(t *testing.T) {
	cfg := `{"partnerships": [
		{"name": "Derby and Derbyshire Safeguarding Children Partnership",
		 "local_authorities": ["Derby", "830"], "domains": ["derby.gov.uk", "Derbyshire.gov.uk"], "aliases": ["DDSCP"]},
		{"id": "E08000026", "aliases": ["Coventry LSCP"], "domains": ["coventry.example.org"]},
		{"id": "E10000016", "local_authorities": ["E10000016"]}
	]}`
	r, err := New(strings.NewReader(cfg))
	if err != nil {
		t.Fatal(err)
	}
	dd, ok := r.Resolve("Derbyshire")
	if !ok || dd.ID != "E06000015" || dd.Name != "Derby and Derbyshire Safeguarding Children Partnership" || dd.Slug != "derby-and-derbyshire" {
		t.Errorf("Resolve(Derbyshire) = %+v, want the joint partnership E06000015", dd)
	}
	if _, ok := r.ByID("E10000007"); ok {
		t.Error("ByID(E10000007) still found after Derbyshire joined Derby")
	}
	if p, _ := r.ForDomain("x@derbyshire.gov.uk"); p.ID != "E06000015" {
		t.Errorf("ForDomain(derbyshire.gov.uk) = %q, want E06000015", p.ID)
	}
	if p, _ := r.Resolve("DDSCP"); p.ID != "E06000015" {
		t.Errorf("Resolve(DDSCP) = %q, want E06000015", p.ID)
	}
	if p, _ := r.ForDomain("coventry.gov.uk"); p.ID != "E08000026" {
		t.Errorf("ForDomain(coventry.gov.uk) = %q after adding a domain, want E08000026", p.ID)
	}
	// Kent's area shrank: Medway gets its own default partnership back.
	medway, ok := r.ByID("E06000035")
	if !ok || medway.Name != "Medway Safeguarding Children Partnership" {
		t.Errorf("ByID(E06000035) = %+v, %v, want Medway's own partnership", medway, ok)
	}
	if kent, _ := r.ByID("E10000016"); kent.Name != "Kent Safeguarding Children Partnership" {
		t.Errorf("Kent's name = %q, want the default for Kent alone", kent.Name)
	}
	if got, want := len(r.All()), len(Default().All())-1; got != want {
		t.Errorf("len(All()) = %d, want %d (one merge)", got, want)
	}
	if m := r.Find("The DDSCP met. Derby and Derbyshire Safeguarding Children Partnership (DDSCP) annual report."); len(m) == 0 || m[0].Partnership.ID != "E06000015" {
		t.Errorf("Find with a configured partnership = %v, want E06000015 first", ids(m))
	}
	// The default registry is untouched.
	if p, _ := Default().Resolve("Derbyshire"); p.ID != "E10000007" {
		t.Errorf("Default().Resolve(Derbyshire) = %q after New, want E10000007", p.ID)
	}
}

func TestNewConfigErrors(t *testing.T) {
	tests := map[string]string{
		"malformed":          `{"partnerships": [`,
		"unknown field":      `{"partnerships": [{"id": "E08000026", "domain": "x.gov.uk"}]}`,
		"unknown authority":  `{"partnerships": [{"local_authorities": ["Narnia"]}]}`,
		"unknown id":         `{"partnerships": [{"id": "E99999999", "aliases": ["X"]}]}`,
		"empty entry":        `{"partnerships": [{"name": "Somewhere Safeguarding Children Partnership"}]}`,
		"id not an area":     `{"partnerships": [{"id": "E08000026", "local_authorities": ["E08000025"]}]}`,
		"authority twice":    `{"partnerships": [{"local_authorities": ["E08000025", "Birmingham"]}]}`,
		"domain twice":       `{"partnerships": [{"id": "E08000025", "domains": ["coventry.gov.uk"]}]}`,
		"acronym twice":      `{"partnerships": [{"id": "E08000025", "aliases": ["KSCMP"]}]}`,
		"bad domain":         `{"partnerships": [{"id": "E08000025", "domains": ["birmingham"]}]}`,
		"bad slug":           `{"partnerships": [{"id": "E08000025", "slug": "Birmingham City"}]}`,
		"bad previous code":  `{"partnerships": [{"id": "E08000025", "previous_codes": ["W06000001"]}]}`,
		"empty alias":        `{"partnerships": [{"id": "E08000025", "aliases": [" - "]}]}`,
		"takes a lead":       `{"partnerships": [{"id": "E08000026", "local_authorities": ["E08000026", "E06000061"]}]}`,
		"too large":          `{"partnerships": [], "x": "` + strings.Repeat("a", maxConfig) + `"}`,
		"not an object list": `{"partnerships": {}}`,
	}
	for name, cfg := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := New(strings.NewReader(cfg)); err == nil {
				t.Errorf("New(%s) succeeded, want an error", name)
			}
		})
	}
}

// TestEmbeddedDataMatchesShared catches drift between the embedded copies
// and ../shared/data/reference.
func TestEmbeddedDataMatchesShared(t *testing.T) {
	shared := testenv.Shared(t)
	dir := filepath.Join(shared, "data", "reference")
	src, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil || len(src) == 0 {
		t.Fatalf("no CSV files in %s (%v)", dir, err)
	}
	embedded, err := fs.Glob(data, "data/*.csv")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, f := range src {
		want = append(want, "data/"+filepath.Base(f))
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		e, err := data.ReadFile("data/" + filepath.Base(f))
		if err != nil {
			t.Errorf("%s is not embedded: copy it into internal/registry/data", filepath.Base(f))
			continue
		}
		if !bytes.Equal(b, e) {
			t.Errorf("embedded %s differs from %s: copy it again", filepath.Base(f), f)
		}
	}
	if diff := cmp.Diff(want, embedded); diff != "" {
		t.Errorf("embedded files differ from the shared folder (-shared +embedded):\n%s", diff)
	}
}

// TestCorruptReference feeds loadReference damaged copies of the data: each
// must be an error, which is what makes Default panic.
func TestCorruptReference(t *testing.T) {
	good := fstest.MapFS{}
	files, err := fs.Glob(data, "data/*.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, _ := data.ReadFile(f)
		good[strings.TrimPrefix(f, "data/")] = &fstest.MapFile{Data: b}
	}
	if _, err := loadReference(good); err != nil {
		t.Fatalf("loadReference(copy of embedded data) = %v", err)
	}
	edit := func(name, old, new string) fstest.MapFS {
		fsys := fstest.MapFS{}
		for k, v := range good {
			fsys[k] = v
		}
		b := string(good[name].Data)
		if !strings.Contains(b, old) {
			t.Fatalf("%s does not contain %q", name, old)
		}
		fsys[name] = &fstest.MapFile{Data: []byte(strings.Replace(b, old, new, 1))}
		return fsys
	}
	tests := map[string]fstest.MapFS{
		"missing column":      edit("england_local_authorities.csv", "dfe_la_code", "dfe"),
		"bad code":            edit("england_local_authorities.csv", "E08000026,Coventry", "X8000026,Coventry"),
		"duplicate authority": edit("england_local_authorities.csv", "E08000026,Coventry", "E08000025,Coventry"),
		"unknown police":      edit("england_la_to_police_force_area.csv", "E23000014,West Midlands", "E23000099,West Middlands"),
		"no police":           edit("england_la_to_police_force_area.csv", "E08000026,", "E08999999,"),
		"unknown ICB":         edit("england_la_to_icb.csv", "QWU,", "QQQ,"),
		"bad share":           edit("england_la_to_icb.csv", "1.0000", "one"),
		"bad date":            edit("england_icb_successions_2026.csv", "2026-04-01", "1 April 2026"),
		"unknown successor":   edit("england_local_authorities_terminated_since_2019.csv", "E06000060", "E06000099"),
		"ragged row":          edit("england_police_force_areas.csv", "E23000001,Metropolitan Police", "E23000001"),
	}
	missing := fstest.MapFS{}
	for k, v := range good {
		if k != "england_icbs.csv" {
			missing[k] = v
		}
	}
	tests["missing file"] = missing
	for name, fsys := range tests {
		if _, err := loadReference(fsys); err == nil {
			t.Errorf("loadReference(%s) succeeded, want an error", name)
		}
	}
}

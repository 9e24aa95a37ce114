package registry

import (
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// data holds copies of ../shared/data/reference (see data/ATTRIBUTION.md);
// the functions run where that folder is not.
//
//go:embed data/*.csv
var data embed.FS

// reference is the parsed reference data.
type reference struct {
	las        []LocalAuthority // current upper-tier authorities, file order
	terminated []terminatedLA
	police     []string            // police force area names, file order
	policeOf   map[string][]string // LA code -> police force area names
	icbs       []icb
	icbsOf     map[string][]laICB // LA code -> ICBs, main first
	succ       []succession
}

type terminatedLA struct {
	code, dfe, name string
	successor       string // ONS code, when the file names one
}

type icb struct{ code, ods, name string }

type laICB struct {
	ods   string
	share float64
	main  bool
}

type succession struct {
	fromODS, fromName string
	toODS, toName     string
	date              time.Time
	kind              string
}

// readCSV reads an embedded CSV file as rows of named fields, checking the
// header holds the columns the caller uses.
func readCSV(fsys fs.FS, name string, cols ...string) ([]map[string]string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	index := map[string]int{}
	for i, h := range header {
		index[strings.TrimSpace(h)] = i
	}
	for _, c := range cols {
		if _, ok := index[c]; !ok {
			return nil, fmt.Errorf("%s: no column %q", name, c)
		}
	}
	var rows []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		row := make(map[string]string, len(cols))
		for _, c := range cols {
			row[c] = strings.TrimSpace(rec[index[c]])
		}
		rows = append(rows, row)
	}
}

func loadReference(fsys fs.FS) (*reference, error) {
	ref := &reference{policeOf: map[string][]string{}, icbsOf: map[string][]laICB{}}

	rows, err := readCSV(fsys, "england_local_authorities.csv", "code", "name", "dfe_la_code", "la_type", "region_name", "previous_codes")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		la := LocalAuthority{
			Code:         r["code"],
			DfECode:      r["dfe_la_code"],
			Name:         displayName(r["name"]),
			OfficialName: r["name"],
			Type:         r["la_type"],
			Region:       r["region_name"],
		}
		for _, c := range strings.FieldsFunc(r["previous_codes"], func(r rune) bool { return r == ';' || r == ' ' || r == '|' }) {
			la.PreviousCodes = append(la.PreviousCodes, c)
		}
		if !isONSCode(la.Code) || la.DfECode == "" || la.Name == "" {
			return nil, fmt.Errorf("england_local_authorities.csv: bad row %v", r)
		}
		ref.las = append(ref.las, la)
	}

	rows, err = readCSV(fsys, "england_local_authorities_terminated_since_2019.csv", "code", "name", "dfe_la_code", "successor_code_same_name")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		ref.terminated = append(ref.terminated, terminatedLA{code: r["code"], dfe: r["dfe_la_code"], name: r["name"], successor: r["successor_code_same_name"]})
	}

	rows, err = readCSV(fsys, "england_police_force_areas.csv", "code", "name")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		ref.police = append(ref.police, displayName(r["name"]))
	}

	rows, err = readCSV(fsys, "england_la_to_police_force_area.csv", "la_code", "pfa_name")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		ref.policeOf[r["la_code"]] = append(ref.policeOf[r["la_code"]], displayName(r["pfa_name"]))
	}

	rows, err = readCSV(fsys, "england_icbs.csv", "code", "ods_code", "name")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		ref.icbs = append(ref.icbs, icb{code: r["code"], ods: r["ods_code"], name: r["name"]})
	}

	rows, err = readCSV(fsys, "england_la_to_icb.csv", "la_code", "icb_ods_code", "lsoa_share", "is_main_icb")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		share, err := strconv.ParseFloat(r["lsoa_share"], 64)
		if err != nil {
			return nil, fmt.Errorf("england_la_to_icb.csv: %w", err)
		}
		ref.icbsOf[r["la_code"]] = append(ref.icbsOf[r["la_code"]], laICB{ods: r["icb_ods_code"], share: share, main: r["is_main_icb"] == "true"})
	}
	for _, l := range ref.icbsOf {
		sort.SliceStable(l, func(i, j int) bool {
			if l[i].main != l[j].main {
				return l[i].main
			}
			return l[i].share > l[j].share
		})
	}

	rows, err = readCSV(fsys, "england_icb_successions_2026.csv", "predecessor_ods_code", "predecessor_name", "successor_ods_code", "successor_name", "succession_date", "succession_type")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		d, err := time.Parse(time.DateOnly, r["succession_date"])
		if err != nil {
			return nil, fmt.Errorf("england_icb_successions_2026.csv: %w", err)
		}
		ref.succ = append(ref.succ, succession{
			fromODS: r["predecessor_ods_code"], fromName: icbFullName(r["predecessor_name"]),
			toODS: r["successor_ods_code"], toName: icbFullName(r["successor_name"]),
			date: d, kind: r["succession_type"],
		})
	}
	return ref, ref.check()
}

// check cross-checks the files: every authority needs a police force area
// and a main ICB, and the lookups may name only known areas and boards.
func (ref *reference) check() error {
	if len(ref.las) == 0 || len(ref.police) == 0 || len(ref.icbs) == 0 {
		return errors.New("reference data: a file is empty")
	}
	known := map[string]bool{}
	for _, la := range ref.las {
		if known[la.Code] {
			return fmt.Errorf("reference data: local authority %s listed twice", la.Code)
		}
		known[la.Code] = true
		if len(ref.policeOf[la.Code]) == 0 {
			return fmt.Errorf("reference data: no police force area for %s", la.Code)
		}
		if l := ref.icbsOf[la.Code]; len(l) == 0 || !l[0].main {
			return fmt.Errorf("reference data: no main ICB for %s", la.Code)
		}
	}
	for code, fs := range ref.policeOf {
		if !known[code] {
			return fmt.Errorf("reference data: police lookup names unknown authority %s", code)
		}
		for _, f := range fs {
			if !slices.Contains(ref.police, f) {
				return fmt.Errorf("reference data: unknown police force area %q", f)
			}
		}
	}
	boards := map[string]bool{}
	for _, b := range ref.icbs {
		boards[b.ods] = true
	}
	for code, l := range ref.icbsOf {
		if !known[code] {
			return fmt.Errorf("reference data: ICB lookup names unknown authority %s", code)
		}
		for _, b := range l {
			if !boards[b.ods] {
				return fmt.Errorf("reference data: unknown ICB %s", b.ods)
			}
		}
	}
	for _, t := range ref.terminated {
		if t.successor != "" && !known[t.successor] {
			return fmt.Errorf("reference data: %s succeeded by unknown %s", t.code, t.successor)
		}
	}
	return nil
}

// displayName turns the ONS form of a name into the one its owners write:
// "Bristol, City of" is Bristol, "Herefordshire, County of" Herefordshire,
// "London, City of" the City of London, and "St. Helens" St Helens.
func displayName(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case s == "London, City of":
		return "City of London"
	case strings.HasSuffix(s, ", City of"):
		s = strings.TrimSuffix(s, ", City of")
	case strings.HasSuffix(s, ", County of"):
		s = strings.TrimSuffix(s, ", County of")
	}
	return strings.ReplaceAll(s, "St. ", "St ")
}

// icbFullName gives a board its full title: the successions file writes
// "NHS Frimley" where the ICB list writes "NHS Frimley Integrated Care
// Board".
func icbFullName(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "Integrated Care Board") {
		return s
	}
	return s + " Integrated Care Board"
}

// icbCore strips "NHS " and " Integrated Care Board" from a board's name,
// leaving the area ("Coventry and Warwickshire").
func icbCore(name string) string {
	name = strings.TrimPrefix(name, "NHS ")
	return strings.TrimSuffix(name, " Integrated Care Board")
}

func isONSCode(s string) bool {
	if len(s) != 9 || s[0] != 'E' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

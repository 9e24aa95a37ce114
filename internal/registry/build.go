package registry

import (
	"bytes"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/safeguarding-intake/intake/internal/lazyre"
)

var (
	refOnce sync.Once
	refData *reference
	refErr  error
)

// loadedReference parses the embedded CSV files once; the result is never
// modified.
func loadedReference() (*reference, error) {
	refOnce.Do(func() {
		sub, err := fs.Sub(data, "data")
		if err != nil {
			refErr = err
			return
		}
		refData, refErr = loadReference(sub)
	})
	return refData, refErr
}

// build makes a registry from the reference data, the embedded
// configuration and, if not nil, extra on top.
func build(extra *Config) (*Registry, error) {
	ref, err := loadedReference()
	if err != nil {
		return nil, err
	}
	embedded, err := ParseConfig(bytes.NewReader(embeddedConfig))
	if err != nil {
		return nil, fmt.Errorf("partnerships.json: %w", err)
	}
	ds := newDrafts(ref)
	if err := ds.apply(&embedded); err != nil {
		return nil, fmt.Errorf("partnerships.json: %w", err)
	}
	if extra != nil {
		if err := ds.apply(extra); err != nil {
			return nil, err
		}
	}
	return finish(ref, ds)
}

// finish turns the drafts into partnerships and indexes them.
func finish(ref *reference, ds *drafts) (*Registry, error) {
	icbName := map[string]string{}
	for _, b := range ref.icbs {
		icbName[b.ods] = b.name
	}
	terminated := map[string]terminatedLA{}
	for _, t := range ref.terminated {
		terminated[t.code] = t
	}

	r := &Registry{
		byID:     map[string]int{},
		keys:     map[string]keyEntry{},
		domains:  map[string]int{},
		acronyms: map[string]int{},
		police:   slices.Clone(ref.police),
	}
	ids := make([]string, 0, len(ds.byID))
	for id := range ds.byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		d := ds.byID[id]
		p := Partnership{ID: d.id, Name: d.name, Slug: d.slug}
		for _, code := range d.las {
			la := ds.la(code)
			p.LocalAuthorities = append(p.LocalAuthorities, la)
			for _, f := range ref.policeOf[code] {
				if !slices.Contains(p.Police, f) {
					p.Police = append(p.Police, f)
				}
			}
			p.PreviousCodes = append(p.PreviousCodes, la.PreviousCodes...)
			for _, t := range ref.terminated {
				if t.successor == code {
					p.PreviousCodes = append(p.PreviousCodes, t.code)
				}
			}
		}
		p.PreviousCodes = sortedUnique(append(p.PreviousCodes, d.prev...))
		p.ICBs = icbsOf(ref, d.las, icbName)
		p.ICBSuccessions = successionsOf(ref, p)
		if p.Slug == "" {
			p.Slug = slugify(areaOf(p))
		}
		p.Domains = sortedUnique(slices.Clone(d.domains))
		p.Aliases = uniqueKeys(d.aliases)
		r.byID[p.ID] = len(r.parts)
		r.parts = append(r.parts, p)
	}

	for i, p := range r.parts {
		for _, dom := range p.Domains {
			if j, ok := r.domains[dom]; ok && j != i {
				return nil, fmt.Errorf("registry config: domain %s given to both %s and %s", dom, r.parts[j].ID, p.ID)
			}
			r.domains[dom] = i
		}
		for _, a := range p.Aliases {
			if !isAcronym(a) {
				continue
			}
			if j, ok := r.acronyms[a]; ok && j != i {
				return nil, fmt.Errorf("registry config: alias %s given to both %s and %s", a, r.parts[j].ID, p.ID)
			}
			r.acronyms[a] = i
		}
		r.addKeys(i, p, terminated)
	}

	var icbs []string
	for _, b := range ref.icbs {
		icbs = append(icbs, b.name)
	}
	for _, s := range ref.succ {
		icbs = append(icbs, s.toName)
	}
	r.icbNames = sortedUnique(icbs)
	r.match = newMatcher(r, ref)
	return r, nil
}

// icbsOf lists the boards serving a set of authorities: each authority's
// main board in order, then the others by the share of the area they
// serve.
func icbsOf(ref *reference, las []string, name map[string]string) []string {
	type entry struct {
		ods   string
		main  bool
		share float64
		order int
	}
	var es []entry
	for i, code := range las {
		for _, l := range ref.icbsOf[code] {
			es = append(es, entry{l.ods, l.main, l.share, i})
		}
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].main != es[j].main {
			return es[i].main
		}
		if es[i].main {
			return es[i].order < es[j].order
		}
		return es[i].share > es[j].share
	})
	var out []string
	for _, e := range es {
		if n := name[e.ods]; n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// successionsOf lists the board changes that reach a partnership. When a
// board splits, the file does not say which successor takes which
// authority; the successor named after one of the partnership's
// authorities is taken ("NHS Essex" for Essex), or failing that the ones
// named after no authority at all ("NHS Central East" for Hertfordshire,
// "NHS Thames Valley" for Slough), which is right for every split of 2026.
func successionsOf(ref *reference, p Partnership) []ICBSuccession {
	odsOf := map[string]string{}
	for _, b := range ref.icbs {
		odsOf[b.name] = b.ods
	}
	var out []ICBSuccession
	for _, name := range p.ICBs {
		var rows []succession
		for _, s := range ref.succ {
			if s.fromODS == odsOf[name] {
				rows = append(rows, s)
			}
		}
		if len(rows) > 1 {
			rows = pickSuccessors(ref, p, rows)
		}
		for _, s := range rows {
			out = append(out, ICBSuccession{From: name, To: s.toName, Date: s.date, Type: s.kind})
		}
	}
	return out
}

func pickSuccessors(ref *reference, p Partnership, rows []succession) []succession {
	names := func(s succession, las []LocalAuthority) bool {
		core := " " + normalise(icbCore(s.toName)) + " "
		for _, la := range las {
			if strings.Contains(core, " "+normalise(la.Name)+" ") {
				return true
			}
		}
		return false
	}
	var own, unnamed []succession
	for _, s := range rows {
		switch {
		case names(s, p.LocalAuthorities):
			own = append(own, s)
		case !names(s, ref.las):
			unnamed = append(unnamed, s)
		}
	}
	if len(own) > 0 {
		return own
	}
	if len(unnamed) > 0 {
		return unnamed
	}
	return rows
}

// areaOf is the partnership's name without the "Safeguarding Children
// Partnership" part: "Kent and Medway", "Bath and North East Somerset".
func areaOf(p Partnership) string {
	if a := nameArea(p.Name); a != "" {
		return a
	}
	var names []string
	for _, la := range p.LocalAuthorities {
		names = append(names, la.Name)
	}
	return strings.Join(names, " and ")
}

var areaEnd = lazyre.New(`(?i)\s+(local\s+)?(safeguarding|children'?s?\s+safeguarding|community\s+safety)\b`)

func nameArea(name string) string {
	if loc := areaEnd.FindStringIndex(name); loc != nil {
		return strings.TrimSpace(name[:loc[0]])
	}
	return ""
}

// slugify writes s in lower-case words joined by hyphens.
func slugify(s string) string {
	return strings.ReplaceAll(normalise(s), " ", "-")
}

// uniqueKeys drops entries equal, as resolve keys, to an earlier one.
func uniqueKeys(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if k := key(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// isAcronym reports whether an alias is written as an acronym ("KSCMP",
// "BCP"): such aliases are matched in text only in capitals, as words.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 12 {
		return false
	}
	letter := false
	for _, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return letter
}

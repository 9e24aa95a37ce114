package registry

import "strings"

// shortNames are names authorities go by besides their official ones,
// keyed by ONS code.
var shortNames = map[string][]string{
	"E06000003": {"Redcar"},
	"E06000008": {"Blackburn"},
	"E06000010": {"Hull"},
	"E06000011": {"East Riding"},
	"E06000020": {"Telford"},
	"E06000021": {"Stoke"},
	"E06000022": {"BaNES", "B&NES"},
	"E06000033": {"Southend"},
	"E06000043": {"Brighton"},
	"E06000047": {"Durham"},
	"E06000053": {"Scilly"},
	"E08000021": {"Newcastle"},
	"E09000021": {"Kingston"},
	"E09000027": {"Richmond"},
}

// commonWords are names that are also ordinary words, surnames or other
// places ("reading", "Bury", "Kingston", "Westminster" for Parliament). A
// bare mention of one is no evidence; only "Reading Borough Council" or
// "Reading Safeguarding Children Partnership" is.
var commonWords = map[string]bool{
	"reading": true, "bury": true, "slough": true, "stoke": true, "hull": true,
	"sutton": true, "kingston": true, "richmond": true, "harrow": true, "brent": true,
	"dudley": true, "westminster": true, "newcastle": true, "poole": true,
}

// laNames are the names a local authority goes by: the ONS form, the
// council's own, "City of Bristol" for "Bristol, City of", and short names.
func laNames(la LocalAuthority) []string {
	names := []string{la.OfficialName, la.Name}
	if base, ok := strings.CutSuffix(la.OfficialName, ", City of"); ok && base != "London" {
		names = append(names, "City of "+base)
	}
	if base, ok := strings.CutSuffix(la.OfficialName, ", County of"); ok {
		names = append(names, "County of "+base)
	}
	return append(names, shortNames[la.Code]...)
}

// normalise writes s as lower-case words separated by single spaces, the
// form names are compared in: "&" is "and", a possessive "'s" is dropped
// and other apostrophes are ("children's" is "children", "childrens" stays).
func normalise(s string) string {
	var b strings.Builder
	for i, t := range tokenize(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.norm)
	}
	return b.String()
}

// key is the form Resolve compares in: normalise without the spaces.
func key(s string) string { return strings.ReplaceAll(normalise(s), " ", "") }

// Words Resolve strips to find the area in a council's or partnership's
// name, longest first.
var (
	resolvePrefixes = []string{"londonboroughof", "royalboroughof", "metropolitanboroughof", "boroughof", "cityof", "countyof"}
	resolveSuffixes = []string{
		"safeguardingchildrenmultiagencypartnership", "safeguardingchildrenpartnership",
		"localsafeguardingchildrenboard", "safeguardingchildrenboard", "safeguardingpartnership",
		"metropolitanboroughcouncil", "metropolitandistrictcouncil", "boroughcouncil", "citycouncil",
		"countycouncil", "districtcouncil", "council", "lscp", "scp",
	}
)

// resolveKeys lists the keys to try for s, the most literal first.
func resolveKeys(s string) []string {
	k := key(s)
	if k == "" {
		return nil
	}
	keys := []string{k}
	if t, ok := strings.CutPrefix(k, "the"); ok && t != "" {
		k = t
		keys = append(keys, k)
	}
	bases := []string{k}
	for _, suf := range resolveSuffixes {
		if b, ok := strings.CutSuffix(k, suf); ok && b != "" {
			bases = append(bases, b)
			keys = append(keys, b)
			break
		}
	}
	for _, b := range bases {
		for _, pre := range resolvePrefixes {
			if t, ok := strings.CutPrefix(b, pre); ok && t != "" {
				keys = append(keys, t)
				break
			}
		}
	}
	return keys
}

// Resolve keys come in tiers: a code beats a number, a number beats a name,
// so that no name can shadow a code.
const (
	tierCode = iota
	tierNumber
	tierName
)

// addKeys indexes partnership i under everything Resolve accepts for it.
func (r *Registry) addKeys(i int, p Partnership, terminated map[string]terminatedLA) {
	r.addKey(p.ID, i, tierCode)
	r.addKey(p.Name, i, tierName)
	r.addKey(p.Slug, i, tierName)
	r.addKey(areaOf(p), i, tierName)
	for _, la := range p.LocalAuthorities {
		r.addKey(la.Code, i, tierCode)
		r.addKey(la.DfECode, i, tierNumber)
		for _, c := range la.PreviousCodes {
			r.addKey(c, i, tierNumber)
		}
		for _, n := range laNames(la) {
			r.addKey(n, i, tierName)
		}
		r.addKey(la.Name+" Safeguarding Children Partnership", i, tierName)
	}
	for _, c := range p.PreviousCodes {
		r.addKey(c, i, tierNumber)
		if t, ok := terminated[c]; ok {
			r.addKey(t.dfe, i, tierNumber)
			r.addKey(t.name, i, tierName)
		}
	}
	for _, a := range p.Aliases {
		r.addKey(a, i, tierName)
	}
}

// addKey records that s means partnership i. A key in a lower tier wins;
// two partnerships claiming a key in the same tier make it ambiguous (-1),
// and Resolve then answers neither rather than guess.
func (r *Registry) addKey(s string, i, tier int) {
	k := key(s)
	if k == "" {
		return
	}
	e, ok := r.keys[k]
	switch {
	case !ok || tier < e.tier:
		r.keys[k] = keyEntry{i, tier}
	case tier == e.tier && e.part != i:
		r.keys[k] = keyEntry{-1, tier}
	}
}

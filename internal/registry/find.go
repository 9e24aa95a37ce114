package registry

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// Match is a partnership a document names.
type Match struct {
	Partnership Partnership
	// Mentions is how many times the document names it, not counting
	// mentions inside other bodies' names ("NHS Coventry and Warwickshire
	// ICB", "Kent Police").
	Mentions int
	// AsWritten is its strongest mention as the document writes it, e.g.
	// "Kent Safeguarding Children Multi-Agency Partnership".
	AsWritten string
	// Score weighs the mentions: 10 for a partnership's name ("Leeds
	// Safeguarding Children Partnership"), 8 for an acronym the document
	// defines or the configuration gives, 5 for a council ("Leeds City
	// Council", "London Borough of Camden"), 4 for a configured email or
	// web domain ("lscp@leeds.gov.uk"), 1 for a bare place name.
	Score int
}

// Weights of a mention by its context.
const (
	weightBare    = 1
	weightDomain  = 4
	weightCouncil = 5
	weightAcronym = 8
	weightStrong  = 10
)

// maxFindText bounds the text Find reads: a document names its partnership
// near the start, and the matcher's cost grows with the text.
const maxFindText = 4 << 20

// Find returns the partnerships a document's text names, the best
// evidenced first (by Score, then by first mention). It prefers the
// longest name ("North East Lincolnshire" over "Lincolnshire"), weighs a
// partnership's or council's name far above a bare place name, and ignores
// places inside the names of police forces, NHS bodies and the like.
func (r *Registry) Find(text string) []Match {
	if len(text) > maxFindText {
		text = text[:maxFindText]
	}
	return r.match.find(r, text)
}

// matcher holds the phrases Find looks for, as token tries.
type matcher struct {
	places *node // place names -> partnership
	masks  *node // names of other bodies whose words are not place mentions
}

type node struct {
	next map[string]*node
	val  *phrase
}

// phrase is what a place name stands for.
type phrase struct {
	part      int  // index into Registry.parts, -1 if ambiguous
	common    bool // also an ordinary word: a bare mention does not count
	minWeight int  // alias phrases such as "BCP Council" count as councils
}

func (n *node) add(words string, v phrase) {
	for _, w := range strings.Fields(words) {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[w]
		if c == nil {
			c = &node{}
			n.next[w] = c
		}
		n = c
	}
	switch {
	case n.val == nil:
		n.val = &v
	case n.val.part != v.part:
		n.val.part = -1
	}
}

// Words that join a name's parts and need no capital ("Kingston upon
// Hull", "Bath and North East Somerset").
var connectors = set("and of upon on with the in under")

// Suffixes of other bodies' names: a place named by one of these is not
// the partnership's area.
var (
	icbSuffixes    = []string{"icb", "integrated care board", "integrated care system", "ics", "integrated care partnership", "icp", "health and care partnership", "health and care", "ccg", "clinical commissioning group"}
	policeSuffixes = []string{"police", "constabulary", "police service", "police force", "police area", "police and crime commissioner", "pcc", "police force area"}
	policePrefixes = []string{"police and crime commissioner for", "chief constable of", "chief constable for", "police force for", "chief officer of police for"}
	stopPhrases    = []string{
		"avon and somerset", "devon and cornwall", "thames valley", "west mercia",
		"greater manchester", "greater london", "new york", "palace of westminster",
		"westminster abbey", "westminster hall", "westminster bridge", "newcastle under lyme",
		"greenwich mean time", "bristol myers",
	}
	// maskAfter are words that, within three words after a place, show the
	// place names some other body: "Leeds Teaching Hospitals", "Coventry
	// University", "Kent Fire and Rescue", "Bristol Road".
	maskAfter = set("police constabulary ccg ccgs icb ics nhs hospital hospitals healthcare infirmary university college fire ambulance airport prison fc teaching clinical health heartlands road street lane avenue magistrates diocese cathedral station")
)

// Partnership words: "<place> Safeguarding Children Partnership" and its
// variants, "<place> LSCP".
var (
	partnerWords  = set("partnership partnerships board partners arrangements lscp scp lscb scb")
	partnerAcros  = set("lscp scp lscb scb")
	partnerFiller = set("local children childrens child multi agency and adults adult community safety young people")
	partnerLinks  = set("for in of across covering")
)

// Council words, after or before a place.
var (
	councilAfter = [][]string{
		words("metropolitan borough council"), words("metropolitan district council"),
		words("city and county council"), words("borough council"), words("city council"),
		words("county council"), words("district council"), words("council"), words("councils"),
		words("city corporation"), words("corporation"), words("children services"),
		words("childrens services"), words("children social care"), words("childrens social care"),
		words("local authority"),
	}
	councilBefore = [][]string{
		words("london borough of"), words("royal borough of"), words("metropolitan borough of"),
		words("borough of"), words("city and county of"), words("city of"), words("county of"),
	}
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func words(s string) []string { return strings.Fields(s) }

// newMatcher builds the tries for a registry.
func newMatcher(r *Registry, ref *reference) *matcher {
	m := &matcher{places: &node{}, masks: &node{}}
	terminated := map[string]terminatedLA{}
	for _, t := range ref.terminated {
		terminated[t.code] = t
	}
	addPlace := func(name string, i, minWeight int) {
		n := normalise(name)
		if n == "" {
			return
		}
		m.places.add(n, phrase{part: i, common: commonWords[n], minWeight: minWeight})
	}
	for i, p := range r.parts {
		addPlace(areaOf(p), i, 0)
		for _, la := range p.LocalAuthorities {
			for _, n := range laNames(la) {
				addPlace(n, i, 0)
			}
		}
		for _, c := range p.PreviousCodes {
			if t, ok := terminated[c]; ok {
				addPlace(t.name, i, 0)
			}
		}
		for _, a := range p.Aliases {
			if !isAcronym(a) {
				addPlace(a, i, weightCouncil)
			}
		}
	}

	mask := func(s string) { m.masks.add(s, phrase{part: -1}) }
	var icbNames []string
	for _, b := range ref.icbs {
		icbNames = append(icbNames, b.name)
	}
	for _, s := range ref.succ {
		icbNames = append(icbNames, s.fromName, s.toName)
	}
	for _, name := range icbNames {
		core := normalise(icbCore(name))
		mask("nhs " + core)
		for _, suf := range icbSuffixes {
			mask(core + " " + suf)
		}
	}
	for _, f := range ref.police {
		n := normalise(f)
		for _, suf := range policeSuffixes {
			mask(n + " " + suf)
		}
		for _, pre := range policePrefixes {
			mask(pre + " " + n)
		}
	}
	for _, s := range stopPhrases {
		mask(s)
	}
	return m
}

// mention is a place name found in the text.
type mention struct {
	part      int
	from, to  int // token range
	common    bool
	minWeight int
}

// evidence is one counted mention of a partnership.
type evidence struct {
	part       int
	weight     int
	start, end int // byte range of the mention as written
}

func (m *matcher) find(r *Registry, text string) []Match {
	toks := tokenize(text)
	masked := m.maskOthers(toks)
	ev, defined, skip := placeEvidence(text, toks, m.placeMentions(toks, masked))
	ev = append(ev, acronymEvidence(r, text, toks, masked, defined, skip)...)
	ev = append(ev, domainEvidence(r, text)...)
	return tally(r, text, ev)
}

// maskOthers marks the tokens that belong to other bodies' names.
func (m *matcher) maskOthers(toks []token) []bool {
	masked := make([]bool, len(toks))
	for i := 0; i < len(toks); {
		if n := m.masks.longest(toks, i, masked, false); n > 0 {
			for j := i; j < i+n; j++ {
				masked[j] = true
			}
			i += n
			continue
		}
		i++
	}
	return masked
}

// placeMentions finds the place names, longest first, outside masked
// tokens.
func (m *matcher) placeMentions(toks []token, masked []bool) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		if masked[i] {
			i++
			continue
		}
		n, v := m.places.longestPhrase(toks, i, masked)
		if n == 0 {
			// A place written in lower case counts where a partnership's
			// own name follows it ("rotherham safeguarding children
			// partnership", typed quickly).
			n, v = m.places.lowerBeforePartnership(toks, i, masked)
		}
		if n == 0 || v.part < 0 {
			i++
			continue
		}
		out = append(out, mention{part: v.part, from: i, to: i + n, common: v.common, minWeight: v.minWeight})
		i += n
	}
	return out
}

// placeEvidence weighs the place mentions, list by list, and collects the
// acronyms the text defines after a council's or partnership's name
// ("(KSCMP)"), with the token index of each definition.
func placeEvidence(text string, toks []token, mentions []mention) (ev []evidence, defined map[string]int, skip map[int]bool) {
	defined, skip = map[string]int{}, map[int]bool{}
	for k := 0; k < len(mentions); {
		chain := []mention{mentions[k]}
		for k+len(chain) < len(mentions) && joined(toks, chain[len(chain)-1], mentions[k+len(chain)]) {
			chain = append(chain, mentions[k+len(chain)])
		}
		k += len(chain)

		weight, start, end := classify(toks, chain[0].from, chain[len(chain)-1].to)
		if weight < 0 {
			continue
		}
		parts := map[int]bool{}
		for _, c := range chain {
			w := max(weight, c.minWeight)
			if w == weightBare && c.common {
				continue
			}
			s, e := start, end
			if w > weight { // an alias phrase counted on its own
				s, e = toks[c.from].start, toks[c.to-1].end
			}
			ev = append(ev, evidence{part: c.part, weight: w, start: s, end: e})
			parts[c.part] = true
		}
		if weight >= weightCouncil && len(parts) == 1 {
			if acr, at, ok := acronymAfter(text, toks, end); ok {
				defined[acr] = chain[0].part
				skip[at] = true
			}
		}
	}
	return ev, defined, skip
}

// acronymEvidence counts the acronyms in capitals: those the text defines
// first, then those the configuration gives.
func acronymEvidence(r *Registry, text string, toks []token, masked []bool, defined map[string]int, skip map[int]bool) []evidence {
	var ev []evidence
	for i, t := range toks {
		if !t.upper || masked[i] || skip[i] {
			continue
		}
		w := text[t.start:t.end]
		part, ok := defined[w]
		if !ok {
			part, ok = r.acronyms[w]
		}
		if ok {
			ev = append(ev, evidence{part: part, weight: weightAcronym, start: t.start, end: t.end})
		}
	}
	return ev
}

// domainEvidence counts configured domains in addresses and links.
func domainEvidence(r *Registry, text string) []evidence {
	var ev []evidence
	for _, loc := range domainInText.FindAllStringIndex(text, -1) {
		if rest := text[loc[1]:]; strings.HasPrefix(rest, "-") || len(rest) > 1 && rest[0] == '.' && isAlnum(rest[1]) {
			continue // "coventry.gov.uk.example.com" is not coventry.gov.uk
		}
		if i, ok := r.domainIndex(text[loc[0]:loc[1]]); ok {
			ev = append(ev, evidence{part: i, weight: weightDomain, start: loc[0], end: loc[1]})
		}
	}
	return ev
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// domainInText matches the public-sector domains documents give in email
// addresses and links.
var domainInText = lazyre.New(`(?i)[a-z0-9-]+(\.[a-z0-9-]+)*\.(gov|org|nhs|police|co)\.uk\b`)

// longest returns the length of the longest phrase of the trie starting at
// token i, not crossing a hard gap or a masked token. With titles set, each
// word other than a connector must start with a capital.
func (n *node) longest(toks []token, i int, masked []bool, titles bool) int {
	best := 0
	for j := i; j < len(toks) && n != nil; j++ {
		t := toks[j]
		if j > i && t.gap == gapHard || masked[j] {
			break
		}
		if titles && !t.title && !connectors[t.norm] {
			break
		}
		n = n.next[t.norm]
		if n != nil && n.val != nil {
			best = j - i + 1
		}
	}
	return best
}

// longestPhrase is longest for place names, with the phrase found.
func (n *node) longestPhrase(toks []token, i int, masked []bool) (int, phrase) {
	if connectors[toks[i].norm] && !toks[i].title {
		return 0, phrase{}
	}
	l := n.longest(toks, i, masked, true)
	if l == 0 {
		return 0, phrase{}
	}
	for j := i; j < i+l; j++ {
		n = n.next[toks[j].norm]
	}
	return l, *n.val
}

// lowerBeforePartnership is longestPhrase for a place not written with
// capitals, taken only when a partnership's name follows it.
func (n *node) lowerBeforePartnership(toks []token, i int, masked []bool) (int, phrase) {
	if connectors[toks[i].norm] {
		return 0, phrase{}
	}
	l := n.longest(toks, i, masked, false)
	if l == 0 {
		return 0, phrase{}
	}
	if _, ok := partnershipAfter(toks, i+l); !ok {
		return 0, phrase{}
	}
	for j := i; j < i+l; j++ {
		n = n.next[toks[j].norm]
	}
	return l, *n.val
}

// joined reports whether b continues a list of places ending with a:
// "Bristol, North Somerset and South Gloucestershire".
func joined(toks []token, a, b mention) bool {
	switch {
	case b.from == a.to:
		return toks[b.from].gap != gapHard
	case b.from == a.to+1:
		and := toks[a.to]
		return and.norm == "and" && and.gap != gapHard && toks[b.from].gap == gapSpace
	}
	return false
}

// classify weighs a list of places spanning tokens [from, to) by the words
// around it, and returns the byte range of the mention as written: the
// partnership's or council's full name where there is one. A negative
// weight means the places name another body.
func classify(toks []token, from, to int) (weight, start, end int) {
	start, end = toks[from].start, toks[to-1].end
	if from > 0 && toks[from].gap == gapSpace && toks[from-1].norm == "nhs" {
		return -1, 0, 0
	}
	if e, ok := partnershipAfter(toks, to); ok {
		return weightStrong, start, toks[e-1].end
	}
	if s, ok := partnershipBefore(toks, from); ok {
		return weightStrong, toks[s].start, end
	}
	council := false
	for _, ws := range councilBefore {
		if s := from - len(ws); toks[from].gap == gapSpace && seqAt(toks, s, ws) {
			council, start = true, toks[s].start
			break
		}
	}
	for _, ws := range councilAfter {
		if to < len(toks) && toks[to].gap == gapSpace && seqAt(toks, to, ws) {
			council, end = true, toks[to+len(ws)-1].end
			break
		}
	}
	if council {
		return weightCouncil, start, end
	}
	for j := to; j < len(toks) && j < to+3; j++ {
		if toks[j].gap != gapSpace {
			break
		}
		if maskAfter[toks[j].norm] {
			return -1, 0, 0
		}
	}
	return weightBare, start, end
}

// seqAt reports whether the tokens from i spell ws, separated by spaces
// only.
func seqAt(toks []token, i int, ws []string) bool {
	if i < 0 || i+len(ws) > len(toks) {
		return false
	}
	for k, w := range ws {
		if toks[i+k].norm != w || k > 0 && toks[i+k].gap != gapSpace {
			return false
		}
	}
	return true
}

// partnershipAfter recognises "Safeguarding Children Partnership" and its
// variants at token i, returning the index after it.
func partnershipAfter(toks []token, i int) (int, bool) {
	seen := false
	for j := i; j < len(toks) && j < i+9; j++ {
		t := toks[j]
		if t.gap != gapSpace {
			return 0, false
		}
		switch {
		case t.norm == "safeguarding":
			seen = true
		case partnerWords[t.norm]:
			return j + 1, seen || partnerAcros[t.norm]
		case !partnerFiller[t.norm]:
			return 0, false
		}
	}
	return 0, false
}

// partnershipBefore recognises "the Safeguarding Children Partnership for"
// before token i, returning the index where it starts.
func partnershipBefore(toks []token, i int) (int, bool) {
	if toks[i].gap != gapSpace {
		return 0, false
	}
	j := i - 1 // the link word: "for", "in", ...
	if j >= 0 && toks[j].norm == "the" && toks[j+1].gap == gapSpace {
		j--
	}
	if j < 1 || !partnerLinks[toks[j].norm] || toks[j+1].gap != gapSpace || toks[j].gap != gapSpace {
		return 0, false
	}
	pw := j - 1 // the partnership word
	if !partnerWords[toks[pw].norm] || partnerAcros[toks[pw].norm] {
		return 0, false
	}
	start, seen := pw, false
	for k := pw - 1; k >= 0 && k >= pw-8 && toks[k+1].gap == gapSpace; k-- {
		switch {
		case toks[k].norm == "safeguarding":
			seen = true
		case !partnerFiller[toks[k].norm]:
			return start, seen
		}
		start = k
	}
	return start, seen
}

// acronymDef matches "(KSCMP)" after a name.
var acronymDef = lazyre.New(`^\s*\(\s*([A-Z][A-Za-z0-9]{1,11})\s*\)`)

// acronymAfter finds an acronym defined in brackets right after byte
// offset end, returning it and its token index.
func acronymAfter(text string, toks []token, end int) (string, int, bool) {
	loc := acronymDef.FindStringSubmatchIndex(text[end:])
	if loc == nil {
		return "", 0, false
	}
	acr := text[end+loc[2] : end+loc[3]]
	at := sort.Search(len(toks), func(i int) bool { return toks[i].start >= end+loc[2] })
	if at == len(toks) || !toks[at].upper || toks[at].end != end+loc[3] {
		return "", 0, false
	}
	return acr, at, true
}

// tally sums the evidence per partnership and orders the matches.
func tally(r *Registry, text string, ev []evidence) []Match {
	type acc struct {
		score, mentions, best, first int
		as                           string
	}
	accs := map[int]*acc{}
	for _, e := range ev {
		a := accs[e.part]
		if a == nil {
			a = &acc{first: e.start}
			accs[e.part] = a
		}
		a.score += e.weight
		a.mentions++
		if e.weight > a.best {
			a.best = e.weight
			a.as = asWritten(text[e.start:e.end])
		}
		a.first = min(a.first, e.start)
	}
	// In the registry's order, so that matches alike in score and first
	// mention come out the same way every run.
	idx := make([]int, 0, len(accs))
	for i := range accs {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	out := make([]Match, 0, len(accs))
	first := map[string]int{}
	for _, i := range idx {
		a, p := accs[i], r.parts[i]
		out = append(out, Match{Partnership: p.clone(), Mentions: a.mentions, AsWritten: a.as, Score: a.score})
		first[p.ID] = a.first
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return first[out[i].Partnership.ID] < first[out[j].Partnership.ID]
	})
	return out
}

// asWritten tidies a mention for display: one line, at most 200 bytes.
func asWritten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		s = s[:200]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

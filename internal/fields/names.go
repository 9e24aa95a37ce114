package fields

import (
	"regexp"
	"sort"
	"strings"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// How far into a document names are looked for: they are stated on the
// first pages, and a long document would otherwise cost more than it tells.
const nameScope = 200_000

// titleWords mark the line that names the document among its first lines.
var titleWords = []string{"rapid review", "annual report", "yearly report", "safeguarding arrangements",
	"multi-agency arrangements", "arrangements for safeguarding", "serious incident", "practice review",
	"safeguarding practice", "lcspr"}

// notTitle matches first lines that are not titles: protective markings,
// page furniture, bare dates, numbers and links.
var notTitle = lazyre.New(`(?i)^(?:official(?:[ -]sensitive)?|sensitive|confidential|restricted|protect|draft|not protectively marked|contents|page \d+(?: of \d+)?|\d+|version \S+|https?://\S+|www\.\S+)$`)

func (d *doc) title() string {
	var first string
	for i, l := range d.lines {
		if i >= 25 {
			break
		}
		t := strings.Join(l.cells, " ")
		if notTitle.MatchString(t) || letters(t) < 4 {
			continue
		}
		if _, isDate := ParseDate(t); isDate && letters(t) < 12 {
			continue
		}
		if first == "" {
			first = t
		}
		low := strings.ToLower(t)
		for _, w := range titleWords {
			if strings.Contains(low, w) {
				return shorten(t, 200)
			}
		}
	}
	return shorten(first, 200)
}

func letters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) {
			n++
		}
	}
	return n
}

// shorten cuts s to at most n bytes at a word boundary.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = window(s, 0, n)
	if i := strings.LastIndexByte(s, ' '); i > n/2 {
		s = s[:i]
	}
	return s
}

// Names are found from their last words, the kind of organisation
// ("Council", "Safeguarding Children Partnership"), read by an anchored
// pattern; the place before them is read word by word backwards: a run of
// capitalised words and the small words that join place names ("Brighton
// and Hove", "Isle of Wight"). Both steps cost the length of the name.
var (
	partnershipCore = lazyre.New(`^(?i:safeguarding\s+children'?s?\s+(?:multi[- ]?agency\s+)?partnership(?:\s+board)?|children'?s?\s+safeguarding\s+(?:assurance\s+)?partnership|safeguarding\s+children'?s?\s+board|safeguarding\s+partnership)\b`)
	// keepingRe reads a name of the form "Keeping Bristol Safe
	// Partnership" from its first word; the place is checked by place.
	keepingRe   = lazyre.New(`^(?i:keeping)[ ]+((?:[A-Z][A-Za-z'.&-]*|and|of|upon|on|the|&)(?:[ ]+(?:[A-Z][A-Za-z'.&-]*|and|of|upon|on|the|&)){0,7})[ ]+(?i:safe[ ]+partnership)\b`)
	councilCore = lazyre.New(`^Council\b`)
	policeCore  = lazyre.New(`^(?:Police(?:[ \t\n]+Service)?|Constabulary)\b`)
	healthCore  = lazyre.New(`^(?:Integrated\s+Care\s+Board|ICB|Clinical\s+Commissioning\s+Group|CCG)\b`)
	// boroughRe is a borough's name: a connector ("upon", "and") carries
	// it over a line break, a bare capitalised word only within its line
	// (the line after a list item's borough names the next partner).
	boroughRe = lazyre.New(`\b((?:London|Royal)\s+Borough\s+of\s+[A-Z][A-Za-z'-]*(?:\s+(?:and|upon|&)\s+[A-Z][A-Za-z'-]*| [A-Z][A-Za-z'-]*){0,3}|City\s+of\s+London\s+Corporation|Council\s+of\s+the\s+Isles\s+of\s+Scilly)`)
	childRe   = lazyre.New(`\b(Child|Baby|Infant|Sibling)\s+([A-Z]{1,2}[0-9]?)\b`)
)

// maxPrefixWords bounds the words read back from a name's kind; maxNames
// bounds the anchors looked at.
const (
	maxPrefixWords = 10
	maxNames       = 400
)

// name is a name found in text: the words before its kind, and the kind.
type name struct {
	prefix, core string
	end          int // offset just after core
}

// findNames returns the names in the first pages whose kind, matched by
// core, starts with one of anchors (compared without case), in order.
func (d *doc) findNames(core *regexp.Regexp, anchors ...string) []name {
	s, low := d.scope(), d.lowerScope()
	var out []name
	for _, a := range anchors {
		la := strings.ToLower(a)
		for from, n := 0, 0; n < maxNames; n++ {
			i := strings.Index(low[from:], la)
			if i < 0 {
				break
			}
			i += from
			from = i + len(la)
			if i > 0 && isLetter(s[i-1]) {
				continue
			}
			loc := core.FindStringIndex(window(s, i, 80))
			if loc == nil {
				continue
			}
			out = append(out, name{prefix: prefixBefore(s, i), core: s[i : i+loc[1]], end: i + loc[1]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].end < out[j].end })
	return out
}

// prefixBefore reads back from s[i:] the words that can be a name's place:
// capitalised words and joining words, within one line, after at least
// one space. A word other than the last may end with a comma, as the
// places an NHS body covers are listed ("NHS Bristol, North Somerset and
// South Gloucestershire"); place decides whether to keep it.
func prefixBefore(s string, i int) string {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n') {
		j--
	}
	if j == i {
		return ""
	}
	end, start := j, j
	for n := 0; n < maxPrefixWords && j > 0; n++ {
		k := j
		for k > 0 && s[k-1] != ' ' && s[k-1] != '\t' && s[k-1] != '\n' {
			k--
		}
		w := s[k:j]
		if n > 0 && len(w) > 1 && w[len(w)-1] == ',' {
			w = w[:len(w)-1]
		}
		if !nameWord(w) && !connectors[w] {
			break
		}
		start = k
		if k == 0 || s[k-1] != ' ' && s[k-1] != '\t' {
			// The start of the text or of a line; an NHS body's name
			// begins with "NHS", which may end the line before.
			if k >= 5 && s[k-1] == '\n' && strings.HasSuffix(s[:k-1], "NHS") && (k == 5 || !isLetter(s[k-5])) {
				start = k - 4
			}
			break
		}
		j = k
		for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
			j--
		}
	}
	return s[start:end]
}

// nameWord reports whether w is a capitalised word that can be part of a
// place name.
func nameWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; !isLetter(c) && strings.IndexByte("'.&-", c) < 0 {
			return false
		}
	}
	return true
}

// nameStop are words that cannot be part of the place in a name: the
// words of sentences and headings that run into it ("Annual Report of the
// Leeds ...") and of other organisations ("... Police and Leeds City ...").
var nameStop = wordSet(`a an the this that these our their its is are was were be by for from with
	to in at as into between including include includes or
	annual yearly report reports rapid review reviews foreword welcome introduction published
	contents section chapter page chair independent scrutineer executive summary statement
	update plan strategic business manager team website www email contact copyright
	partners partner partnership partnerships safeguarding statutory lead delegated three
	council councils police constabulary service services board icb icbs ccg ccgs group
	groups integrated care clinical commissioning chief constable officer director
	children children's child young people families arrangements multi-agency
	new former previously replaced which members member agencies agency relevant health
	all each both area areas draft final official sensitive official-sensitive version youth parish town
	chiefs chiefs' crime commissioner national medical midwifery professions nursing
	research advisory student students school schools disabled social trust foundation`)

// connectors may join a name's words but neither start nor end it.
var connectors = wordSet(`and & of on upon the`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// place returns the words of prefix that name a place: those after the
// last word that cannot, less any joining words at either end. A name of
// an NHS body starts at "NHS" and may list places with commas; in any
// other, a comma ends the words before it, which belong to a list or a
// sentence ("Leeds, Kirklees Council").
func place(prefix string) string {
	ws := strings.Fields(prefix)
	cut := 0
	for i, w := range ws {
		if nameStop[strings.ToLower(strings.Trim(w, ".,"))] || isYearOrLetter(strings.TrimSuffix(w, ",")) {
			cut = i + 1
		}
	}
	ws = ws[cut:]
	nhs := -1
	for i, w := range ws {
		if w == "NHS" {
			nhs = i
		}
	}
	if nhs >= 0 {
		ws = ws[nhs:]
	} else {
		for i := len(ws) - 1; i >= 0; i-- {
			if strings.HasSuffix(ws[i], ",") {
				ws = ws[i+1:]
				break
			}
		}
	}
	for len(ws) > 0 && connectors[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	for len(ws) > 0 && connectors[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

func isYearOrLetter(w string) bool {
	return (len(w) == 1 && isLetter(w[0])) || (len(w) == 4 && countDigits(w) == 4)
}

func (d *doc) scope() string { return window(d.flat, 0, nameScope) }

// lowerScope returns scope lower-cased, computed once: every kind of name
// is looked for in it.
func (d *doc) lowerScope() string {
	if d.lowScope == "" && d.flat != "" {
		d.lowScope = d.lowOf(d.scope())
	}
	return d.lowScope
}

// partnershipName returns the first partnership named: a place and a
// kind of partnership ("Leeds Safeguarding Children Partnership"), or a
// name of the form "Keeping <place> Safe Partnership".
func (d *doc) partnershipName() string {
	var name string
	at := -1
	for _, m := range d.findNames(partnershipCore.Get(), "safeguarding", "children") {
		if p := place(m.prefix); p != "" {
			name, at = p+" "+strings.Join(strings.Fields(m.core), " "), m.end
			break
		}
	}
	if k, end := d.keepingName(); k != "" && (at < 0 || end < at) {
		return k
	}
	return name
}

// keepingName returns the first name of the form "Keeping <place> Safe
// Partnership" whose place words are all a place's, and where it ends.
func (d *doc) keepingName() (string, int) {
	s, low := d.scope(), d.lowerScope()
	for from, n := 0, 0; n < maxNames; n++ {
		i := strings.Index(low[from:], "keeping")
		if i < 0 {
			break
		}
		i += from
		from = i + len("keeping")
		if i > 0 && isLetter(s[i-1]) {
			continue
		}
		m := keepingRe.FindStringSubmatchIndex(window(s, i, 200))
		if m == nil {
			continue
		}
		if p := s[i+m[2] : i+m[3]]; place(p) != p {
			continue // words of a sentence, not a place
		}
		return strings.Join(strings.Fields(s[i:i+m[1]]), " "), i + m[1]
	}
	return "", 0
}

// named returns the first organisation found whose place survives
// trimming; rank orders the kinds of organisation, lower first.
func (d *doc) named(core *regexp.Regexp, anchors []string, rank func(core string) int) string {
	best, bestRank := "", 0
	for _, m := range d.findNames(core, anchors...) {
		p := place(m.prefix)
		if p == "" {
			continue
		}
		r := 0
		if rank != nil {
			r = rank(m.core)
		}
		if best == "" || r < bestRank {
			best, bestRank = p+" "+strings.Join(strings.Fields(m.core), " "), r
		}
	}
	return best
}

func (d *doc) localAuthority() string {
	s := d.scope()
	var b []int
	if strings.Contains(s, "Borough") || strings.Contains(s, "City of London") || strings.Contains(s, "Isles of Scilly") {
		b = boroughRe.FindStringIndex(s)
	}
	c := d.named(councilCore.Get(), []string{"Council"}, nil)
	if b != nil {
		// The borough form wins when it comes first or is the only one.
		if ci := strings.Index(s, c); c == "" || b[0] < ci {
			return strings.Join(strings.Fields(trimTrailing(s[b[0]:b[1]])), " ")
		}
	}
	return c
}

// trimTrailing drops words after a borough's name that belong to a
// department or the next organisation ("London Borough of Camden Children's
// Services").
func trimTrailing(s string) string {
	ws := strings.Fields(s)
	for i := 3; i < len(ws); i++ {
		if nameStop[strings.ToLower(ws[i])] && !connectors[strings.ToLower(ws[i])] {
			ws = ws[:i]
			break
		}
	}
	for len(ws) > 0 && connectors[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

func (d *doc) police() string {
	s := d.scope()
	var out string
	for _, m := range d.findNames(policeCore.Get(), "Police", "Constabulary") {
		// A police and crime commissioner is not the chief officer of police.
		if strings.HasPrefix(strings.ToLower(window(s, m.end, 12)), " and crime") {
			continue
		}
		p := place(m.prefix)
		if p == "" {
			continue
		}
		name := p + " " + strings.Join(strings.Fields(m.core), " ")
		// British Transport Police is a relevant agency, not a partner.
		if strings.HasPrefix(name, "British Transport") {
			if out == "" {
				out = name // kept only if there is no other
			}
			continue
		}
		return name
	}
	return out
}

// health names the health partner. An integrated care board is preferred
// to a clinical commissioning group: a document naming both is describing
// the change of 1 July 2022, and the board is the partner since.
func (d *doc) health() string {
	rank := func(kind string) int {
		if strings.Contains(kind, "Clinical") || kind == "CCG" {
			return 1
		}
		return 0
	}
	return d.named(healthCore.Get(), []string{"Integrated", "ICB", "Clinical", "CCG"}, rank)
}

func (d *doc) child() string {
	count := map[string]int{}
	var order []string
	for m := range childCodes(d.scope(), 500) {
		if childNotCode[m[1]] {
			continue
		}
		c := m[0] + " " + m[1]
		if count[c] == 0 {
			order = append(order, c)
		}
		count[c]++
	}
	best := ""
	for _, c := range order {
		if count[c] > count[best] {
			best = c
		}
	}
	return best
}

// childKinds are the words childRe names a child's code after.
var childKinds = [...]string{"Child", "Baby", "Infant", "Sibling"}

// childCodes yields the first n matches of childRe in s, in order, each as
// its kind and code ("Child", "Q"): the matches
// childRe.FindAllStringSubmatch(s, n) gives, found by searching for the
// kinds' words rather than trying the expression at every byte.
func childCodes(s string, n int) func(yield func([2]string) bool) {
	return func(yield func([2]string) bool) {
		f := newFinder(s, childKinds[:])
		for i, found := 0, 0; i < len(s) && found < n; {
			p, kind := f.from(i)
			if p < 0 {
				return
			}
			i = p + 1
			if p > 0 && isWordByte(s[p-1]) {
				continue
			}
			code := skipBlank(s, p+len(childKinds[kind]))
			if code == p+len(childKinds[kind]) {
				continue
			}
			end := code
			for end < len(s) && end < code+2 && isUpperASCII(s[end]) {
				end++
			}
			if end == code {
				continue
			}
			if end < len(s) && isDigit(s[end]) {
				end++
			}
			if end < len(s) && isWordByte(s[end]) {
				continue
			}
			found++
			if !yield([2]string{childKinds[kind], s[code:end]}) {
				return
			}
			i = end
		}
	}
}

// finder finds where the next of several words occurs in a text, each
// searched for once past every occurrence, so that a walk through the
// text costs one search of it per word.
type finder struct {
	s     string
	words []string
	next  []int // where each word is next found, -1 when it is not again; -2 before it is looked for
}

func newFinder(s string, words []string) *finder {
	f := &finder{s: s, words: words, next: make([]int, len(words))}
	for k := range f.next {
		f.next[k] = -2
	}
	return f
}

// from returns the first place at or after i where one of the words
// starts, and which (the first of them listed, if several), or -1, -1.
func (f *finder) from(i int) (at, word int) {
	at, word = -1, -1
	for k, w := range f.words {
		if f.next[k] == -2 || f.next[k] >= 0 && f.next[k] < i {
			f.next[k] = -1
			if i <= len(f.s) {
				if j := strings.Index(f.s[i:], w); j >= 0 {
					f.next[k] = i + j
				}
			}
		}
		if f.next[k] >= 0 && (at < 0 || f.next[k] < at) {
			at, word = f.next[k], k
		}
	}
	return at, word
}

// isWordByte is a word character of a regular expression's \b.
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

// childNotCode are capitals after "Child" that are words or abbreviations
// ("CHILD IN NEED", "Child CP plan") rather than the letter naming a child.
var childNotCode = wordSet(`IN OF TO AT BY ON IS AS OR NO ME MY WE US UP SO DO GO BE IT AN IF HE CP LA SC CS CIN I`)

var (
	// siblingRe names a sibling group: "Children A and B", "Siblings A, B
	// and C", "Child A and Child B".
	siblingRe = lazyre.New(`\b` + siblingExpr)
	// familyRe is a sibling group named by a family pseudonym: "The Green
	// siblings", written as a sentence writes it.
	// The family's name may be in quotes, as a pseudonym is: "the
	// 'Carter' siblings".
	familyRe = lazyre.New(`^[Tt]he ['‘"“]?\p{Lu}\p{Ll}+['’"”]? (?:siblings|children|brothers|sisters|twins)\b`)
	// familyTextRe is such a group named in running text, where "the X
	// children" may be anything's children.
	familyTextRe = lazyre.New(`\b[Tt]he ['‘"“]?\p{Lu}\p{Ll}+['’"”]? (?:siblings|brothers|sisters|twins)\b`)
	// quotedChildRe is a child named by a pseudonym in quotes, as written:
	// "Child 'Poppy'".
	quotedChildRe = lazyre.New(`\b(?:Child|Baby)\s+['"]\p{Lu}\p{Ll}+['"]`)
	// pseudonymRe is a name given in quotes: `known as "Leo"`.
	pseudonymRe = lazyre.New(`(?i:known as|referred to as|called|pseudonym(?:ised as)?|anonymised as|named)\s+["'](\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)["']`)
	// initialsRe is a child named by initials: "J.S.", "JS", "J S".
	initialsRe = lazyre.New(`^(?:\p{Lu}\.\s?){1,4}$|^\p{Lu}{2,3}$|^\p{Lu} \p{Lu}$`)
	// childValue reads a child's name given as a value: a letter code, a
	// sibling group, initials or a name in quotes or plain.
	childValueRe = lazyre.New(`^(?:(?:Child|Baby|Infant|Sibling|Children|Siblings)\s+)?["']?((?:\p{Lu}[\p{L}'-]*\.?)(?:[ ,&]+(?:and\s+)?(?:Child\s+|Baby\s+)?\p{Lu}[\p{L}'-]*\.?){0,4})["']?`)
)

const siblingExpr = `(?:(?:Children|Siblings|Sibling group|Sibling Group)\s+[A-Z]{1,2}[0-9]?(?:\s*,\s*[A-Z]{1,2}[0-9]?)*\s+(?:and|&)\s+[A-Z]{1,2}[0-9]?|(?:Child|Baby)\s+[A-Z]{1,2}[0-9]?(?:\s*,\s*(?:Child|Baby)\s+[A-Z]{1,2}[0-9]?)*\s+(?:and|&)\s+(?:Child|Baby)\s+[A-Z]{1,2}[0-9]?)\b`

var siblingStarts = []string{"Child", "Sibling", "Baby"}

// findSibling is siblingRe.FindString(s): the expression runs only from
// the first place a match can start, where a word it starts with
// ("Child", "Sibling", "Baby") starts a word and opens a list of codes,
// rather than over the whole text.
func findSibling(s string) string {
	f := newFinder(s, siblingStarts)
	for i := 0; i < len(s); {
		p, _ := f.from(i)
		if p < 0 {
			return ""
		}
		if (p == 0 || !isWordByte(s[p-1])) && siblingOpens(s, p) {
			// No match starts before p; from here, one search as
			// siblingRe makes it, whose cost no text of near misses
			// ("Child A, Child A, ...") can multiply.
			return siblingRe.FindString(s[p:])
		}
		i = p + 1
	}
	return ""
}

// siblingOpens reports whether s[p:] opens as every match of siblingRe
// that starts there does: the group's word and a code of one or two
// capitals and perhaps a figure, then a comma, or "and" or "&" between
// spaces, and the next member ("B", or "Child B" in a list of children).
func siblingOpens(s string, p int) bool {
	k, children := -1, false
	for _, w := range [...]string{"Children", "Siblings", "Sibling group", "Sibling Group", "Child", "Baby"} {
		if strings.HasPrefix(s[p:], w) {
			if e := skipBlank(s, p+len(w)); e > p+len(w) {
				k, children = e, w == "Child" || w == "Baby"
			}
			break
		}
	}
	end := codeEnd(s, k)
	if end < 0 {
		return false
	}
	j := skipBlank(s, end)
	switch {
	case j < len(s) && s[j] == ',':
		j = skipBlank(s, j+1)
	case j > end && strings.HasPrefix(s[j:], "and"):
		j = skipBlank(s, j+3)
		if s[j-1] == 'd' {
			return false
		}
	case j > end && strings.HasPrefix(s[j:], "&"):
		j = skipBlank(s, j+1)
		if s[j-1] == '&' {
			return false
		}
	default:
		return false
	}
	if children {
		// The next member is named as a child too.
		w := ""
		if strings.HasPrefix(s[j:], "Child") {
			w = "Child"
		} else if strings.HasPrefix(s[j:], "Baby") {
			w = "Baby"
		}
		if w == "" {
			return false
		}
		if e := skipBlank(s, j+len(w)); e > j+len(w) {
			return codeEnd(s, e) >= 0
		}
		return false
	}
	return codeEnd(s, j) >= 0
}

// codeEnd returns the end of a child's code that starts s[k:]: one or two
// capitals and perhaps a figure; -1 when no capital is there.
func codeEnd(s string, k int) int {
	if k < 0 || k >= len(s) || !isUpperASCII(s[k]) {
		return -1
	}
	end := k + 1
	if end < len(s) && isUpperASCII(s[end]) {
		end++
	}
	if end < len(s) && isDigit(s[end]) {
		end++
	}
	return end
}

// childField reads the child from a labelled pair, else from the text: a
// sibling group, the code most often used ("Child Q"), or a name given in
// quotes.
func (d *doc) childField() (string, intake.Evidence) {
	if v, e, ok := d.labelIsChild(); ok {
		return v, e
	}
	for _, pl := range d.pairLabels() {
		if score := pl.score[Child]; score == 0 || score < pl.top {
			continue
		}
		if childRe.MatchString(pl.pair.Label) {
			// A label that names the child itself ("Agencies who knew
			// Child M") labels something else about them.
			continue
		}
		if c := childValue(pl.pair.Value); c != "" {
			return c, intake.Evidence{Page: pl.pair.Page, Text: document.Snippet(pl.pair.Label+": "+pl.pair.Value, intake.MaxEvidence)}
		}
	}
	scope := window(d.scope(), 0, 64<<10)
	// The patterns have no literal to search for, so they run only where
	// their words are.
	if containsAny(scope, []string{"Children ", "Siblings ", "Sibling group ", "Sibling Group ", " and Child ", " and Baby ", " & Child "}) {
		if m := findSibling(scope); m != "" {
			m = strings.Join(strings.Fields(m), " ")
			return m, d.evidenceOf(m)
		}
	}
	if c := d.child(); c != "" {
		return c, d.evidenceOf(c)
	}
	if c := titleChild(d.title()); c != "" {
		return c, d.evidenceOf(c)
	}
	if containsAny(scope, []string{" siblings", " brothers", " sisters", " twins"}) {
		if m := familyTextRe.FindString(scope); m != "" {
			return family(m), d.evidenceOf(m)
		}
	}
	if strings.Contains(scope, "Child '") || strings.Contains(scope, "Child \"") || strings.Contains(scope, "Baby '") {
		if m := quotedChildRe.FindString(scope); m != "" {
			return strings.ReplaceAll(m, `"`, "'"), d.evidenceOf(m)
		}
	}
	if strings.ContainsAny(scope, `"'`) && containsAny(asciiLower(scope), []string{"known as", "referred to as", "called", "pseudonym", "anonymised as", "named"}) {
		if m := pseudonymRe.FindStringSubmatchIndex(scope); m != nil {
			return scope[m[2]:m[3]], d.evidenceOf(scope[m[0]:m[1]])
		}
	}
	return "", intake.Evidence{}
}

// labelIsChild reads a line that is itself the child's name ("Child B",
// "Children S and T", "Child Amira") and which the pairs took for a label
// because it begins with the word "Child": the name is the label, not the
// line after it ("Author: ..."). A label of the field's own words ("Child
// name", "Child's identifier") is not a name.
func (d *doc) labelIsChild() (string, intake.Evidence, bool) {
	vocabWords := labelNames()[Child].any
	for _, pl := range d.pairLabels() {
		if score := pl.score[Child]; score == 0 || score < pl.top {
			continue
		}
		l := strings.TrimSpace(pl.pair.Label)
		kind, rest, ok := strings.Cut(l, " ")
		if !ok || !childLabelKinds[kind] {
			continue
		}
		named := false
		for _, st := range textform.Stems(rest) {
			if !vocabWords[st] {
				named = true
			}
		}
		if !named {
			continue
		}
		if c := childValue(l); c != "" && strings.EqualFold(strings.Join(strings.Fields(c), " "), strings.Join(strings.Fields(l), " ")) {
			return c, intake.Evidence{Page: pl.pair.Page, Text: document.Snippet(l, intake.MaxEvidence)}, true
		}
	}
	return "", intake.Evidence{}, false
}

// titleChild reads the child a title names by a name rather than a code:
// "Rapid Review - Child Kai", "Baby Ella: rapid review".
func titleChild(t string) string {
	for _, k := range []string{"Child ", "Baby "} {
		i := strings.Index(t, k)
		if i < 0 || i > 0 && isWordByte(t[i-1]) {
			continue
		}
		end := len(t)
		if j := strings.IndexAny(t[i:], ":|(–—,"); j >= 0 {
			end = i + j
		}
		if j := strings.Index(t[i:], " - "); j >= 0 && i+j < end {
			end = i + j
		}
		v := strings.TrimSpace(t[i:end])
		if c := childValue(v); c != "" && len(strings.Fields(c)) <= 3 && c == strings.Join(strings.Fields(v), " ") {
			return c
		}
	}
	return ""
}

// childLabelKinds are the words a child's name begins with.
var childLabelKinds = map[string]bool{"Child": true, "Baby": true, "Infant": true, "Children": true, "Siblings": true, "Sibling": true}

// family writes a sibling group named by its family as "the <name>
// siblings", its quotes, if any, as straight single quotes.
func family(m string) string {
	return "the" + quoteFix.Replace(m[3:])
}

var quoteFix = strings.NewReplacer("‘", "'", "’", "'", "\"", "'", "“", "'", "”", "'")

// childValue reads a child as a value names them, "" when the value is
// not a name (a sentence, "not applicable", a date).
func childValue(v string) string {
	v = strings.TrimSpace(v)
	// What follows the name describes the child: "(aged 4)", "; known
	// to ...", "The 'Carter' siblings: three children aged 9, 6 and 4".
	if i := strings.IndexAny(v, "(|;:"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	if i := strings.Index(v, " – "); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	if len(v) > 60 || v == "" || countDigits(v) > 2 {
		return ""
	}
	if m := siblingRe.FindString(v); m != "" {
		return strings.Join(strings.Fields(m), " ")
	}
	if m := quotedChildRe.FindString(v); m != "" && strings.HasPrefix(v, m) {
		return strings.ReplaceAll(m, `"`, "'")
	}
	if m := childRe.FindStringSubmatch(v); m != nil && !childNotCode[m[2]] {
		return m[1] + " " + m[2]
	}
	if m := familyRe.FindString(v); m != "" {
		return family(m)
	}
	if initialsRe.MatchString(v) {
		return v
	}
	low := strings.ToLower(v)
	for _, no := range []string{"n/a", "not ", "none", "unknown", "tbc", "see ", "yes", "no"} {
		if strings.HasPrefix(low, no) {
			return ""
		}
	}
	m := childValueRe.FindStringSubmatch(v)
	if m == nil || len(strings.Fields(m[1])) > 4 {
		return ""
	}
	name := strings.TrimRight(strings.TrimSpace(m[1]), ",&")
	if nameStop[strings.ToLower(name)] || len(name) > 40 {
		return ""
	}
	name = strings.Trim(name, `"'`)
	for _, w := range strings.Fields(name) {
		if nameStop[strings.ToLower(strings.Trim(w, ".,'"))] {
			return "" // the words of an organisation or a heading, not a name
		}
	}
	for _, p := range []string{"Baby ", "Infant ", "Child "} {
		if strings.HasPrefix(v, p) && !strings.HasPrefix(name, p) {
			return p + name
		}
	}
	return name
}

package fields

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// A label is matched on its meaning: its words, stemmed, against the
// names people give each field. A name matches when all its stems are in
// the label and none of the field's excluded stems is; the field a label
// means is the one whose matching name is longest, so "Date of the rapid
// review meeting" is the review date and not the document's date. A label
// that means two fields equally ("SIN") offers its value to both, and each
// field's reader takes only a value of its own type (a date, a reference).

// vocabulary is what one field is called.
type vocabulary struct {
	names [][]string // each a set of stems, all of which the label holds
	not   map[string]bool
	any   map[string]bool // every stem of every name, to pass over most labels at once
}

func vocab(names []string, not string) vocabulary {
	v := vocabulary{not: map[string]bool{}, any: map[string]bool{}}
	for _, n := range names {
		st := textform.Stems(n)
		v.names = append(v.names, st)
		for _, s := range st {
			v.any[s] = true
		}
	}
	for _, w := range strings.Fields(not) {
		v.not[textform.Stem(w)] = true
	}
	return v
}

// labelNames lists, per field, what documents call it, stemmed on first
// use.
var labelNames = sync.OnceValue(func() map[string]vocabulary {
	return map[string]vocabulary{
		SINDate: vocab([]string{"sin", "notification", "sin date", "date of sin", "date sin sent", "sin sent", "sin submitted", "sin made",
			"serious incident notification", "incident notification", "notification date", "date of notification",
			"notification sent", "notification submitted", "notification made", "date notified", "panel notified",
			"notified to panel", "notified panel", "ofsted notified", "notified ofsted", "notification to panel", "notification to ofsted",
			"date panel informed", "panel informed", "date reported to panel", "reported to panel", "sin notified"},
			"reference ref number no id meeting review occurred happened"),
		SINReference: vocab([]string{"sin", "sin reference", "sin ref", "sin number", "sin no", "sin id",
			"notification reference", "notification ref", "notification number", "notification id",
			"panel reference", "panel ref", "panel number", "reference", "ref", "reference number", "case reference",
			"our reference", "your reference", "unique reference", "urn"},
			"date sent submitted made notified"),
		IncidentDate: vocab([]string{"incident date", "date of incident", "date of serious incident", "incident", "incident occurred",
			"incident happened", "incident took place", "date of death", "date of injury", "date of harm", "date of event",
			"event date", "date event occurred", "date injury", "date child died", "date of admission", "date of the incident"},
			"notification notified sin reference ref number meeting review report submitted sent"),
		ReviewDate: vocab([]string{"rapid review meeting", "rr meeting", "review meeting", "meeting date", "date of meeting",
			"meeting held", "panel met", "partners met", "partnership met", "rapid review held", "date of review",
			"review date", "rapid review date", "date of rapid review", "rapid review", "date held", "meeting",
			"date rapid review took place", "rapid review convened", "date partners met", "met"},
			"notification notified sin incident report submitted sent completed next due published publication period"),
		DocumentDate: vocab([]string{"date", "document date", "report date", "date of report", "date completed",
			"date submitted", "date of submission", "submission date", "report completed", "version date", "dated",
			"date approved", "date agreed", "date of document", "date signed off", "signed off", "date finalised",
			"date sent to panel", "date submitted to panel", "final report", "final version"},
			"notification notified sin incident meeting met review held publication published implementation implemented birth dob period next due start end effective"),
		PublicationDate: vocab([]string{"publication date", "date of publication", "published", "date published",
			"first published", "published on", "publication", "date first published", "publish date", "date made public"},
			"next due plan planned review expected"),
		ImplementationDate: vocab([]string{"implementation date", "date of implementation", "implemented", "implementation",
			"effective from", "effective date", "came into effect", "in effect from", "in force from", "go live", "went live",
			"live date", "commencement", "commencement date", "commenced", "operational from", "start date", "date of effect"},
			"review next due"),
		Child: vocab([]string{"child", "child name", "name of child", "children", "child's name", "subject", "subject child",
			"young person", "name", "pseudonym", "sibling group", "siblings", "infant", "baby", "child known as", "child identifier"},
			"protection plan age aged date birth dob school address gender sex ethnicity number nhs looked need social worker plan review incident death "+
				"safeguarding partnership partnerships assurance board panel practice rapid report summary services service integrated local trust council police "+
				"care centre center hospital category legal status nature contact voice views"),
	}
})

// labelled pairs are read once per document.
type pairLabel struct {
	pair document.Pair
	// score is how well the label names each of the rivals; top the
	// highest of them.
	score map[string]int
	top   int
}

func (d *doc) pairLabels() []pairLabel {
	if d.pairs == nil {
		d.pairs = []pairLabel{}
		bs := pairScope(d.blocks)
		// A label's scores depend on its words alone, and forms and
		// running lines repeat their labels: each is scored once. The
		// scores are only read.
		scored := map[string]pairLabel{}
		for _, p := range append(document.Pairs(bs), datedLines(bs)...) {
			pl, ok := scored[p.Label]
			if !ok {
				st := textform.Stems(p.Label)
				pl = pairLabel{score: map[string]int{}}
				for _, r := range rivals {
					if n := means(r, st); n > 0 {
						pl.score[r] = n
						pl.top = max(pl.top, n)
					}
				}
				scored[p.Label] = pl
			}
			if pl.top == 0 {
				continue // a label of nothing the fields are
			}
			if pl.score[DocumentDate] > 0 && (listsDates(p.Label) || columnOfList(bs, p)) {
				// A column of a list of courses or events, or a label of
				// several dates ("Dates for your diary"), dates what it
				// lists, not the document.
				sc := make(map[string]int, len(pl.score))
				top := 0
				for k, n := range pl.score {
					if k != DocumentDate {
						sc[k], top = n, max(top, n)
					}
				}
				if top == 0 {
					continue
				}
				pl.score, pl.top = sc, top
			}
			p.Label = charFix.Replace(p.Label)
			p.Value = charFix.Replace(p.Value)
			p.More = charFix.Replace(p.More)
			pl.pair = p
			d.pairs = append(d.pairs, pl)
		}
	}
	return d.pairs
}

// listsDates reports whether a label speaks of dates in the plural.
func listsDates(label string) bool {
	for _, w := range strings.Fields(label) {
		if strings.EqualFold(strings.Trim(w, ":?()"), "dates") {
			return true
		}
	}
	return false
}

// columnOfList reports whether p is a column of a table that lists
// several items: its label a cell of the row of labels above, and a row
// as wide below its value's.
func columnOfList(bs []document.Block, p document.Pair) bool {
	i := p.Block
	if i < 1 || i+1 >= len(bs) || bs[i].Kind != document.Row || bs[i-1].Kind != document.Row || bs[i+1].Kind != document.Row {
		return false
	}
	if len(bs[i+1].Cells) != len(bs[i].Cells) || len(bs[i-1].Cells) != len(bs[i].Cells) {
		return false
	}
	for _, c := range bs[i-1].Cells {
		if strings.TrimSpace(c) == p.Label {
			return true
		}
	}
	return false
}

// means scores how well a label's stems name field: the length of the
// longest matching name, 0 for none.
func means(field string, stems []string) int {
	v, ok := labelNames()[field]
	if !ok {
		return 0
	}
	shared := false
	for _, s := range stems {
		if v.not[s] {
			return 0
		}
		shared = shared || v.any[s]
	}
	if !shared {
		return 0
	}
	best := 0
	for _, n := range v.names {
		if len(n) > best && textform.HasAll(stems, n) {
			best = len(n)
		}
	}
	return best
}

// rivals are the fields whose labels are weighed against each other.
var rivals = []string{SINDate, SINReference, IncidentDate, ReviewDate, DocumentDate, PublicationDate, ImplementationDate, Child}

// fromPairs offers read the values of the pairs whose label means field,
// in document order, until read takes one; it returns what read returned
// and the evidence.
func (d *doc) fromPairs(field string, read func(value, more string) (string, bool)) (string, intake.Evidence, bool) {
	for _, pl := range d.pairLabels() {
		if score := pl.score[field]; score == 0 || score < pl.top {
			continue // not this field, or another field's more
		}
		if v, ok := read(pl.pair.Value, pl.pair.More); ok {
			return v, intake.Evidence{Page: pl.pair.Page, Text: document.Snippet(pl.pair.Label+": "+pl.pair.Value, intake.MaxEvidence)}, true
		}
	}
	return "", intake.Evidence{}, false
}

// pairDate reads a date at the start of a value, or of the value run on
// into the line after it. A date with no year takes the document's year.
func (d *doc) pairDate(value, more string) (string, bool) {
	for _, v := range []string{value, value + " " + more} {
		v = cutValue(v)
		if hs := findDates(v); len(hs) > 0 && hs[0].start < 30 {
			return intake.ISODate(hs[0].t), true
		}
		if t, ok := d.yearless(v); ok {
			return intake.ISODate(t), true
		}
		if more == "" {
			break
		}
	}
	return "", false
}

// pairFullDate reads a full date at the start of a value, or of the
// value run on into the line after it; a date without its year is left
// for the order of events to place.
func (d *doc) pairFullDate(value, more string) (string, bool) {
	for _, v := range []string{value, value + " " + more} {
		v = cutValue(v)
		if hs := findDates(v); len(hs) > 0 && hs[0].start < 30 {
			return intake.ISODate(hs[0].t), true
		}
		if more == "" {
			break
		}
	}
	return "", false
}

// evidenceAt is the evidence of a line of the text the field readers use.
func (d *doc) evidenceAt(line int) intake.Evidence {
	if line < 0 || line >= len(d.lines) {
		return intake.Evidence{}
	}
	t := d.lines[line].text
	return intake.Evidence{Page: d.pageOf(t), Text: document.Snippet(t, intake.MaxEvidence)}
}

// evidenceOf is the evidence of words found anywhere in the text.
func (d *doc) evidenceOf(s string) intake.Evidence {
	return intake.Evidence{Page: d.pageOf(s), Text: document.Snippet(s, intake.MaxEvidence)}
}

// pageOf returns the page of the first block that holds s, 0 when the
// format has no pages or s is not found. Blocks hold the text as the
// format gave it and s is normalised, so the search is for the longest run
// of plain letters, digits and spaces of s, which normalising leaves alone.
func (d *doc) pageOf(s string) int {
	key := plainRun(s, 40)
	if len(key) < 4 {
		return 0
	}
	for _, b := range d.blocks {
		if b.Page > 0 && strings.Contains(b.Text, key) {
			return b.Page
		}
	}
	return 0
}

// plainRun returns the longest run of s, up to n bytes, of ASCII letters,
// digits and single spaces.
func plainRun(s string, n int) string {
	best, start := "", 0
	for i := 0; i <= len(s); i++ {
		plain := i < len(s) && (isLetter(s[i]) || isDigit(s[i]) || s[i] == ' ' && i > start && s[i-1] != ' ')
		if plain && i-start < n {
			continue
		}
		if r := strings.TrimSpace(s[start:i]); len(r) > len(best) {
			best = r
		}
		if plain {
			start = i - (n / 2) // a long run: keep looking from its middle
			continue
		}
		start = i + 1
	}
	return best
}

// statement is how a sentence states a field: one of its phrases, then,
// within reach, the date. A sentence that also holds a word of unless is
// about something else.
type statement struct {
	phrases []string // padded lower-case words, as words writes them
	unless  []string
}

// maxReach is how far after its phrase a stated date may be written.
const maxReach = 110

var statements = map[string]statement{
	SINDate: {phrases: []string{" notification was made ", " notification was sent ", " notification was submitted ",
		" notification we made ", " notification we sent ", " notification we submitted ", " notification made ", " notification sent ",
		" notification submitted ", " notified the panel ", " notified ofsted ", " sin was made ", " sin was sent ", " sin was submitted ",
		" notification to the panel ", " notification to the national panel ", " notification to ofsted "}},
	IncidentDate: {phrases: []string{" an incident on ", " the incident on ", " incident occurred ", " incident happened ", " incident took place ",
		" was admitted ", " was found ", " was seriously injured ", " were seriously injured ", " was injured ", " died ", " was taken to hospital "},
		unless: []string{" notification was ", " notified "}},
	ReviewDate: {phrases: []string{" rapid review meeting ", " rapid review was held ", " rapid review took place ", " rapid review met ",
		" review meeting ", " rapid review panel met ", " partners met ", " the panel met ", " rapid review of the partners ", " meeting of the partners ",
		" rapid review held "}},
	PublicationDate: {phrases: []string{" we published ", " partners published ", " partnership published ", " report was published ",
		" report is published ", " arrangements were published ", " arrangements are published ", " arrangements have been published ",
		" arrangements was published ", " report has been published ", " they were published ", " it was published ", " were published on ",
		" was published on ", " date of publication "},
		unless: []string{" will be published ", " to be published ", " next ", " government ", " working together ", " guidance "}},
	ImplementationDate: {phrases: []string{" implemented ", " implementation ", " came into effect ", " come into effect ", " comes into effect ", " took effect ", " in effect from ", " effective from ", " went live ", " commenced ", " in force "}},
}

// stated reads a date field from the sentences that state it ("the
// serious incident notification was made to the Panel on 28 April 2025"):
// the first date after one of the field's phrases, within reach.
func (d *doc) stated(field string) (string, intake.Evidence) {
	st, ok := statements[field]
	if !ok {
		return "", intake.Evidence{}
	}
	flat := window(d.flat, 0, 64<<10)
	for start, end := range splitSentences(flat) {
		sentence := flat[start:min(end, start+1000)]
		w := words(sentence)
		if containsAny(w, st.unless) {
			continue
		}
		for _, p := range st.phrases {
			i := strings.Index(w, p)
			if i < 0 {
				continue
			}
			// Map the phrase's end back into the sentence by its words.
			at := wordOffset(sentence, strings.Count(w[:i+len(p)], " ")-1)
			for _, h := range findDates(sentence[at:]) {
				if h.start <= maxReach {
					return intake.ISODate(h.t), intake.Evidence{Page: d.pageOf(sentence), Text: document.Snippet(sentence, intake.MaxEvidence)}
				}
				break
			}
		}
	}
	return "", intake.Evidence{}
}

// wordOffset returns the byte offset in s after its first n words, as
// words counts them.
func wordOffset(s string, n int) int {
	in := false
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
		if word && !in {
			if n == 0 {
				return i
			}
			n--
		}
		in = word
	}
	return len(s)
}

// Labelled values sit on a document's first pages, and a publication note
// on its last: pairs are read from the first headBlocks and the last
// tailBlocks blocks.
const headBlocks, tailBlocks = 400, 100

func pairScope(bs []document.Block) []document.Block {
	if len(bs) <= headBlocks+tailBlocks {
		return bs
	}
	out := append([]document.Block(nil), bs[:headBlocks]...)
	return append(out, bs[len(bs)-tailBlocks:]...)
}

// datedLines are the pairs of lines that end in a date after a few words
// of label and, at most, a figure such as a reference between: "Date of incident 5 September 2025", as
// a form exported to PDF lays a label and its value on one line.
func datedLines(blocks []document.Block) []document.Pair {
	var out []document.Pair
	for bi, b := range blocks {
		if !b.IsContent() || b.Kind == document.Row || len(out) > 200 {
			continue
		}
		for _, l := range strings.Split(b.Text, "\n") {
			l = strings.TrimRight(l, " .")
			if len(l) < 8 || len(l) > 90 || !isDigit(l[len(l)-1]) || !isUpperASCII(l[0]) || strings.ContainsAny(l, ":|\t") {
				continue
			}
			hs := findDates(l)
			if len(hs) != 1 || hs[0].start < 4 || hs[0].end < len(l) {
				continue
			}
			// The label is the words before the first figure: a cell may
			// hold a reference before its date ("Notification
			// 2025/0311, sent 4 May 2025"), which is then the value's.
			cut := hs[0].start
			if k := indexDigit(l, 0); k >= 0 && k < cut && cut-k <= 40 {
				for k > 0 && l[k-1] != ' ' {
					k-- // the figure's word, a prefix of letters included
				}
				cut = k
			}
			head := strings.TrimSpace(l[:cut])
			// A head that opens on the bare noun "Date" is a label even
			// with a verb in it ("Date this form was completed"): no
			// sentence begins so.
			if n := len(strings.Fields(head)); n == 0 || n > 8 || strings.ContainsAny(head, ".,;") || countDigits(head) > 0 ||
				!strings.HasPrefix(head, "Date ") && containsAny(words(l[:hs[0].start]), []string{" was ", " were ", " is ", " are ", " has ", " had ", " have ", " on ", " we ", " they "}) {
				continue // a sentence, not a label
			}
			out = append(out, document.Pair{Label: head, Value: l[cut:], Page: b.Page, Block: bi})
		}
	}
	return out
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// letterDate is the date a letter gives itself: a paragraph of its own
// near the top that is only a date ("13 December 2024"), not the value of
// a label above it.
func (d *doc) letterDate() (string, intake.Evidence) {
	n := 0
	for i, b := range d.blocks {
		if !b.IsContent() {
			continue
		}
		if n++; n > 10 {
			break
		}
		if b.Kind != document.Paragraph || strings.Contains(b.Text, "\n") || len(b.Text) > 40 {
			continue
		}
		hs := findDates(b.Text)
		if len(hs) != 1 || letters(b.Text[:hs[0].start]) > 9 || hs[0].end < len(strings.TrimRight(b.Text, " .")) {
			continue
		}
		if lead := b.Text[:hs[0].start]; letters(lead) > 0 && namesOtherField(lead, DocumentDate) {
			continue // "Published 30 September 2024", "SIN date 8 July 2025": another field's date
		}
		if i > 0 {
			prev := d.blocks[i-1]
			if strings.HasSuffix(prev.Text, ":") || (prev.Kind == document.Heading || len(prev.Text) < 60 && !strings.Contains(prev.Text, "\n") && !hasPostcode(prev.Text) && prev.Kind != document.Paragraph) && namesField(prev.Text) {
				continue // a label's value
			}
			// A label of a few words that ends the lines above, naming
			// another field ("Published" over the date on a cover).
			{
				if last := strings.TrimSpace(prev.Text[strings.LastIndexByte(prev.Text, '\n')+1:]); len(strings.Fields(last)) <= 4 && !hasDigitByte(last) && !strings.ContainsAny(last, ".,;") && namesOtherField(last, DocumentDate) {
					continue
				}
			}
		}
		return intake.ISODate(hs[0].t), intake.Evidence{Page: b.Page, Text: document.Snippet(b.Text, intake.MaxEvidence)}
	}
	return "", intake.Evidence{}
}

// meetingDate is the date of the meeting a record records: a "Date of
// meeting" pair, or "Meeting held on ..." with its date straight after,
// not the date of the next meeting or of a review the meeting discussed.
func (d *doc) meetingDate() (string, intake.Evidence) {
	for _, pl := range d.pairLabels() {
		st := textform.Stems(pl.pair.Label)
		if !slices.Contains(st, meetStem) || slices.ContainsFunc(st, func(s string) bool { return otherMeeting[s] }) {
			continue
		}
		if v, ok := d.pairDate(pl.pair.Value, pl.pair.More); ok {
			return v, intake.Evidence{Page: pl.pair.Page, Text: document.Snippet(pl.pair.Label+": "+pl.pair.Value, intake.MaxEvidence)}
		}
	}
	if v, e := d.titledMeeting(); v != "" {
		return v, e
	}
	var day string
	if d.labelled(meetingHeldLabels, func(v string) bool {
		// The date straight after the words, perhaps after its weekday.
		if hs := findDates(v); len(hs) > 0 && hs[0].start <= len("Wednesday, ") {
			day = intake.ISODate(hs[0].t)
		}
		return day != ""
	}) {
		return day, d.evidenceAt(d.hit)
	}
	return "", intake.Evidence{}
}

var meetStem = textform.Stem("meeting")

// otherMeeting are the stems of a label for another meeting than the one
// recorded.
var otherMeeting = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range textform.Stems("next previous last future rapid review strategy") {
		m[w] = true
	}
	return m
}()

// recordOfMeeting is how the title of a record names the meeting it
// records and when it was: "Executive Board - Minutes of the meeting held
// on Thursday 21 May 2026", "Notes of the Safeguarding Partnership Board
// held on 4 Feb", "Record of the executive meeting that took place on".
var recordOfMeeting = lazyre.New(`\b(?:minutes|notes|record|summary) (?:of|from) (?:the |a |an )?(?:[a-z&'-]+ ){0,6}?(?:that |which )?(?:was )?(?:held|took place|convened|met)(?: on)?\b`)

// titleLines are the first lines of a document, where its title is.
const titleLines = 6

// titledMeeting reads the date of the meeting a record names in its title
// lines. A record of an earlier meeting ("minutes of the last meeting held
// on") is not the document's own.
func (d *doc) titledMeeting() (string, intake.Evidence) {
	for i, l := range d.lines[:min(titleLines, len(d.lines))] {
		if !strings.Contains(l.lower, "minutes") && !strings.Contains(l.lower, "notes") &&
			!strings.Contains(l.lower, "record") && !strings.Contains(l.lower, "summary") {
			continue
		}
		loc := recordOfMeeting.FindStringIndex(l.lower)
		if loc == nil {
			continue
		}
		named := l.lower[loc[0]:loc[1]]
		if strings.Contains(named, " last ") || strings.Contains(named, " previous ") || strings.Contains(named, " next ") {
			continue
		}
		rest := strings.TrimLeft(l.text[loc[1]:], " ,:")
		if hs := findDates(rest); len(hs) > 0 && hs[0].start <= len("Wednesday, ") {
			return intake.ISODate(hs[0].t), d.evidenceAt(i)
		}
	}
	return "", intake.Evidence{}
}

// meetingHeldLabels introduce the date of a meeting in a sentence.
var meetingHeldLabels = []label{
	lab("meeting", `(?:^|\| )(?:the )?meeting (?:was )?(?:held|took place|convened)(?: on)?`),
	lab("held", `(?:^|\| )held on`),
}

// versionLine is a document's version and its date as a cover or first
// line gives them: "Version 2 - 26 March 2025 (revisions shown)", "v1.3,
// 4 April 2025", "Draft 3: 12/05/2025".
var versionLine = lazyre.New(`(?i)^\W{0,3}(?:version|v|draft|issue|revision|rev)\.?\s*[0-9][0-9.]*\s*(?:\(final\)\s*)?[-:,|/(]?\s*(?:dated\s+|of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`)

// versionDate is the date of the version the document is: a line near
// its top that gives its version and then a full date.
func (d *doc) versionDate() (string, intake.Evidence) {
	n := 0
	for _, b := range d.blocks {
		if !b.IsContent() {
			continue
		}
		if n++; n > 12 {
			break
		}
		for _, l := range strings.SplitN(b.Text, "\n", 4) {
			l = charFix.Replace(strings.TrimSpace(l))
			m := versionLine.FindStringIndex(l)
			if m == nil {
				continue
			}
			if hs := findDates(window(l, 0, 120)); len(hs) > 0 && hs[0].start == m[1] {
				return intake.ISODate(hs[0].t), intake.Evidence{Page: b.Page, Text: document.Snippet(l, intake.MaxEvidence)}
			}
		}
	}
	return "", intake.Evidence{}
}

// namesField reports whether a heading or short line names a field, as a
// label of its value below would: "Date of meeting" does, a title such as
// "Information about the improvements to be made" does not.
// namesOtherField reports whether s names a field other than own.
func namesOtherField(s, own string) bool {
	st := textform.Stems(s)
	for _, r := range rivals {
		if r != own && means(r, st) > 0 && means(r, st) >= means(own, st) {
			return true
		}
	}
	return false
}

func namesField(s string) bool {
	st := textform.Stems(s)
	for _, r := range rivals {
		if means(r, st) > 0 {
			return true
		}
	}
	for _, v := range practiceLabels {
		if v.score(st) > 0 {
			return true
		}
	}
	return false
}

var (
	dateStem     = textform.Stem("date")
	versionStems = map[string]bool{textform.Stem("version"): true, "v": true, textform.Stem("issue"): true,
		textform.Stem("revision"): true, textform.Stem("draft"): true}
)

// versionTableDate is the date of the latest version a version table
// gives: a row of headings naming the version and the date, then rows of
// versions, the highest numbered (else the last) dated one the
// document's own.
func (d *doc) versionTableDate() (string, intake.Evidence) {
	for i := 0; i < len(d.blocks) && i < headBlocks; i++ {
		b := d.blocks[i]
		if b.Kind != document.Row || !b.IsContent() {
			continue
		}
		vc, dc := -1, -1
		for c, cell := range b.Cells {
			st := textform.Stems(cell)
			switch {
			case len(st) == 1 && versionStems[st[0]]:
				vc = c
			case len(st) >= 1 && len(st) <= 2 && (st[0] == dateStem || st[len(st)-1] == dateStem):
				dc = c
			}
		}
		if vc < 0 || dc < 0 {
			continue
		}
		best, bestV := -1, -1.0
		var bestT time.Time
		for j := i + 1; j < len(d.blocks) && j <= i+maxBlock; j++ {
			r := d.blocks[j]
			if r.Kind != document.Row {
				break
			}
			if len(r.Cells) <= max(vc, dc) {
				continue
			}
			hs := findDates(r.Cells[dc])
			if len(hs) == 0 {
				continue
			}
			v, err := strconv.ParseFloat(strings.TrimLeft(strings.TrimSpace(r.Cells[vc]), "vV. "), 64)
			if err != nil {
				v = bestV // unnumbered: the later row
			}
			if v >= bestV {
				best, bestV, bestT = j, v, hs[0].t
			}
		}
		if best >= 0 {
			r := d.blocks[best]
			return intake.ISODate(bestT), intake.Evidence{Page: r.Page, Text: document.Snippet(charFix.Replace(r.Text), intake.MaxEvidence)}
		}
	}
	return "", intake.Evidence{}
}

// hasPostcode reports an address line, which a letter's date follows.
func hasPostcode(s string) bool { return postcodeRe.MatchString(s) }

var postcodeRe = lazyre.New(`\b[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}\b`)

// footerPublished reads "Published 14 October 2024" where a running
// header or footer, or any line, writes the word straight before the date.
func (d *doc) footerPublished() (string, intake.Evidence) {
	for _, b := range d.blocks {
		low := asciiLower(b.Text)
		for from := 0; ; {
			i := strings.Index(low[from:], "published")
			if i < 0 {
				break
			}
			i += from
			from = i + len("published")
			// A label-like "Published": capitalised, opening the line or a
			// part of a footer ("Yearly Report 2023-24 - Published ...").
			before := strings.TrimRight(b.Text[:i], " ")
			if b.Text[i] != 'P' || before != "" && !strings.HasSuffix(before, "-") && !strings.HasSuffix(before, "|") &&
				!strings.HasSuffix(before, "\u00b7") && !strings.HasSuffix(before, "\u2013") && !strings.HasSuffix(before, "\n") {
				continue
			}
			i = from
			rest := strings.TrimLeft(b.Text[i:], " :")
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "on "), "On ")
			if hs := findDates(window(rest, 0, 40)); len(hs) > 0 && hs[0].start == 0 {
				return intake.ISODate(hs[0].t), intake.Evidence{Page: b.Page, Text: document.Snippet(b.Text, intake.MaxEvidence)}
			}
		}
	}
	return "", intake.Evidence{}
}

package fields

import (
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// Dates stated in sentences are read clause by clause. In each clause the
// words that name an event (the incident, the review meeting, the
// notification, a publication) are found by their stems, and every date
// in the clause is bound to the event named nearest to it: "On 3 March
// Child A was taken to hospital" binds the date to the admission, "the
// partners held the review on 10 December following the notification we
// made on 26 November" binds each date to its own verb. Things that are
// not the document's events (a strategy meeting, a birthday, a referral,
// an earlier review) are named too, so that their dates bind to them and
// are left unread. A date written without its year ("Tuesday 18
// February", "on 4/3") takes the year that places it where the order of
// the document's events puts it, or is left unread.

// eventName is one way of naming an event: stems, in order, each within
// maxGap meaningful words of the one before.
type eventName struct {
	field string // the field it names, or otherEvent
	stems []string
}

// kindEvents are the events whose names compete for a kind's dates: a
// rapid review's meeting, not a practice review's, where the meeting is
// where the partners decided.
var kindEvents = map[intake.Kind]map[string]bool{
	intake.RapidReview:    {SINDate: true, IncidentDate: true, ReviewDate: true},
	intake.PracticeReview: {DecisionDate: true, PublicationDate: true},
	intake.YearlyReport:   {PublicationDate: true},
	intake.Arrangements:   {PublicationDate: true, ImplementationDate: true},
}

// otherEvent names what is not one of the fields.
const otherEvent = "other"

// maxGap is how many meaningful words may stand between the stems of one
// name ("the rapid review that the partners held").
const maxGap = 5

// eventVocabulary lists, per field, how sentences name its event. The
// names are stemmed on first use.
var eventVocabulary = map[string][]string{
	SINDate: {"notification", "notified", "notify", "sin", "sin submitted", "serious incident notification", "incident notification", "reported to panel", "informed panel",
		"informed ofsted", "told panel"},
	IncidentDate: {"incident", "injured", "injury", "injuries", "died", "death", "found", "admitted", "admission",
		"taken hospital", "brought hospital", "conveyed hospital", "attended hospital", "rushed hospital",
		"assaulted", "attacked", "stabbed", "shot", "collapsed", "drowned", "swallowed", "ingested", "overdose",
		"harmed", "harm", "came light"},
	ReviewDate: {"rapid review", "review meeting", "review held", "review took place", "review convened",
		"review met", "met", "meeting", "convened", "rr meeting", "rr held"},
	DecisionDate: {"decided review", "decided lcspr", "decided criteria", "agreed review", "agreed lcspr",
		"agreed criteria", "decision review", "decision lcspr", "commissioned review", "commission review",
		"decided undertake", "decided carry out", "decided commission", "decided conduct", "agreed undertake",
		"agreed carry out", "agreed commission", "agreed conduct"},
	PublicationDate: {"published", "publication", "publish", "made public", "put website", "placed website",
		"uploaded website", "live website", "available website", "live", "live since"},
	ImplementationDate: {"came effect", "come effect", "comes effect", "take effect", "takes effect", "took effect",
		"effective", "implemented", "implementation", "came force", "in force", "went live", "go live", "commenced",
		"commencement", "operational"},
	// Events that are none of the fields. Each is a longer name than the
	// field's word it holds ("strategy meeting" holds "meeting"), so it
	// wins the words it shares.
	otherEvent: {"strategy meeting", "strategy discussion", "strategy", "core group", "core group meeting",
		"professionals meeting", "planning meeting", "network meeting", "next meeting", "subgroup meeting",
		"board meeting", "executive meeting", "child protection conference", "conference", "birthday", "born",
		"birth", "referral", "referred", "previous review", "previous rapid review", "earlier review",
		"last review", "prior review", "thematic review", "learning review", "previous incident", "earlier incident",
		"previous notification", "earlier notification", "criteria met", "threshold met", "criteria meet",
		"last seen", "appointment", "due", "deadline", "working together", "replaces", "replaced", "superseded",
		"supersedes", "previous arrangements", "earlier arrangements", "previous version", "earlier version",
		"first published", "review due", "next review", "reviewed annually", "will reviewed"},
}

type eventIndex struct {
	first map[string][]eventName // by first stem
}

var eventIx = sync.OnceValue(func() eventIndex {
	ix := eventIndex{first: map[string][]eventName{}}
	for field, names := range eventVocabulary {
		for _, n := range names {
			st := eventStems(n)
			ix.first[st[0]] = append(ix.first[st[0]], eventName{field, st})
		}
	}
	return ix
})

// eventStems stems a name's words, keeping those textform.Stems drops as
// small words ("in force", "put on website") only when nothing else is
// left.
func eventStems(n string) []string {
	st := textform.Stems(n)
	if len(st) == 0 {
		for _, w := range strings.Fields(n) {
			st = append(st, textform.Stem(w))
		}
	}
	return st
}

// token is a word of a clause.
type token struct {
	start, end int
	stem       string
	small      bool // a word that carries no meaning of its own
	date       int  // 1 + the index of the date the word is part of, 0 for none
}

// clauseDate is a date found in a clause, perhaps without its year.
type clauseDate struct {
	t              time.Time // the date; its year is 0 when not written
	weekday        int       // 1 + the weekday written with it, 0 for none
	start, end     int       // bytes in the clause
	tokLo, tokHi   int       // its tokens
	afterPrepOn    bool      // "on <date>", "dated <date>": the object of the words before
	yearless       bool
	month          time.Month
	day            int
	fieldFor       string
	distanceToName int
}

// eventDate is a date bound to an event in a sentence, with the sentence
// as evidence.
type eventDate struct {
	clauseDate
	evidence intake.Evidence
	order    int
}

var (
	// yearlessDate is a day and month with no year after them; a year,
	// if written, is checked for in code.
	yearlessDate = lazyre.New(`(?i)(\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s*)?` + monthPattern + `\b\.?`)
	// shortDate is "on 4/3", a day and month in figures, read only after
	// "on" so that "24/7" and "3/4 of" are not.
	shortDate = lazyre.New(`(?i)\bon\s+(\d{1,2})/(\d{1,2})\b`)
	weekdays  = map[string]time.Weekday{"mon": time.Monday, "monday": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
		"tuesday": time.Tuesday, "wed": time.Wednesday, "wednesday": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday,
		"thurs": time.Thursday, "thursday": time.Thursday, "fri": time.Friday, "friday": time.Friday, "sat": time.Saturday,
		"saturday": time.Saturday, "sun": time.Sunday, "sunday": time.Sunday}
	// guidanceWords name the national guidance and law a document follows,
	// whose own dates are not the document's.
	guidanceWords = []string{" working together ", " guidance ", " government ", " department for education ", " dfe ", " act ", " legislation ", " regulations "}
	// boundaryWords start a phrase about another event: a date across one
	// from a name is further from it.
	boundaryWords = map[string]bool{"following": true, "after": true, "before": true, "when": true, "until": true,
		"since": true, "prior": true, "while": true, "whilst": true}
)

// eventScope bounds the text the clause reader reads, as stated does.
const eventScope = 32 << 10

// Bounds on the clauses read, the bytes of one read and the names of
// events found in it.
const (
	maxEventClauses = 4000
	maxSentence     = 4000
	maxClause       = 1500
	maxEventNames   = 64
)

// eventDates returns, per field, the dates the document's sentences bind
// to its event, in document order. Read once per document.
func (d *doc) eventDates() map[string][]eventDate {
	if d.events != nil {
		return d.events
	}
	d.events = map[string][]eventDate{}
	inPlay, firsts := kindEvents[d.kind], kindFirstStems()[d.kind]
	n, size, order := 0, 0, 0
	for _, b := range d.blocks {
		if !b.IsContent() || b.Kind == document.Heading || b.Kind == document.Row {
			continue
		}
		if size += len(b.Text); size > eventScope {
			break
		}
		if !hasDigitByte(b.Text) || !mayName(asciiLower(b.Text), firsts) {
			continue // no date, or no event named
		}
		for _, sentence := range blockSentences(b.Text) {
			if !hasDigitByte(sentence) {
				continue // no date to read
			}
			for _, clause := range eventClauses(dropAside(window(sentence, 0, maxSentence))) {
				if n++; n > maxEventClauses {
					return d.events
				}
				for _, cd := range bindDates(clause, inPlay, firsts) {
					order++
					d.events[cd.fieldFor] = append(d.events[cd.fieldFor], eventDate{cd, intake.Evidence{Page: b.Page, Text: document.Snippet(sentence, intake.MaxEvidence)}, order})
				}
			}
		}
	}
	return d.events
}

// blockSentences returns a block's sentences: its lines joined, except
// after a short line that ends without punctuation (a heading the format
// did not mark) before one that starts a new sentence.
func blockSentences(text string) []string {
	text = charFix.Replace(text)
	var b strings.Builder
	lines := strings.Split(text, "\n")
	var out []string
	flush := func() {
		s := strings.Join(strings.Fields(b.String()), " ")
		for start, end := range clauseSentences(s) {
			if t := strings.TrimSpace(s[start:end]); t != "" {
				out = append(out, t)
			}
		}
		b.Reset()
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			flush()
			continue
		}
		pair := labelLine(l)
		if pair {
			flush()
		}
		b.WriteString(l)
		b.WriteByte(' ')
		if i+1 < len(lines) {
			next := strings.TrimSpace(lines[i+1])
			if pair || len(l) < 45 && !strings.ContainsAny(l[len(l)-1:], ".,;:-") && next != "" && unicode.IsUpper(firstRuneOf(next)) {
				flush()
			}
		}
	}
	flush()
	return out
}

// labelLine reports a line that is a label and its value ("date:
// 2025-05-16", "Chair: Head of Safeguarding"): a few words then a colon.
func labelLine(l string) bool {
	i := strings.Index(l, ": ")
	if i <= 0 || i > 40 {
		return false
	}
	return len(strings.Fields(l[:i])) <= 4 && !strings.ContainsAny(l[:i], ".,;")
}

// clauseSentences yields the sentences of s as splitSentences does, but
// keeps a spaced dash inside its sentence: "the partners - the council,
// the police and the board - met on 13 May".
func clauseSentences(s string) func(yield func(start, end int) bool) {
	return func(yield func(start, end int) bool) {
		start := 0
		for i := 0; i < len(s); i++ {
			cut := -1
			switch c := s[i]; {
			case (c == '.' || c == '!' || c == '?') && i+1 < len(s) && isSpace(s[i+1]):
				cut = i
			case c == '|' && i > 0 && i+1 < len(s) && isSpace(s[i-1]) && isSpace(s[i+1]):
				cut = i - 1
			}
			if cut < 0 {
				continue
			}
			if cut > start && !yield(start, cut) {
				return
			}
			start = i + 1
		}
		if start < len(s) {
			yield(start, len(s))
		}
	}
}

func firstRuneOf(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// clauseWords start another statement: a clause is cut before them.
var clauseWords = map[string]bool{"but": true, "however": true, "although": true, "whereas": true, "because": true}

// subjectWords, after "and", start another statement ("... and the
// review met on ..."); "and" after a comma always does.
var subjectWords = map[string]bool{"the": true, "a": true, "an": true, "that": true, "it": true, "there": true, "they": true, "we": true}

// eventClauses cuts a sentence into the clauses whose dates are bound to
// their own events: at a semicolon and the conjunctions that start
// another statement, not at "since", "as" or "which", which go on about
// the same one.
func eventClauses(s string) []string {
	var out []string
	start := 0
	cut := func(at, next int) {
		if c := strings.TrimSpace(s[start:at]); c != "" {
			out = append(out, c)
		}
		start = next
	}
	prevComma := false
	for i := 0; i < len(s); {
		c := s[i]
		if c == ';' {
			cut(i, i+1)
			i++
			prevComma = false
			continue
		}
		if !isLetter(c) || i > 0 && isLetter(s[i-1]) {
			if c == ',' {
				prevComma = true
			} else if c != ' ' {
				prevComma = false
			}
			i++
			continue
		}
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		w := asciiLower(s[i:j])
		switch {
		case clauseWords[w]:
			cut(i, j)
		case w == "and" && prevComma:
			cut(i, j)
		case w == "and":
			k := j
			for k < len(s) && s[k] == ' ' {
				k++
			}
			l := k
			for l < len(s) && isLetter(s[l]) {
				l++
			}
			if k > j && subjectWords[asciiLower(s[k:l])] {
				cut(i, j)
			}
		}
		prevComma = false
		i = j
		if len(out) >= 20 {
			break
		}
	}
	cut(len(s), len(s))
	return out
}

// dropAside takes out of a sentence what it says aside between two
// spaced dashes ("the partners - the council, the police and the board -
// met on 13 May"), so that the clauses are the sentence's own.
func dropAside(s string) string {
	i := strings.Index(s, " - ")
	if i < 0 {
		return s
	}
	j := strings.Index(s[i+3:], " - ")
	if j < 0 || j > 200 || indexDigit(s[i+3:i+3+j], 0) >= 0 {
		return s
	}
	return s[:i] + " " + s[i+3+j+3:]
}

// tokens splits a clause into words, stemmed.
func tokens(s string) []token {
	var out []token
	start := -1
	for i := 0; i <= len(s); i++ {
		word := i < len(s) && (isLetter(s[i]) || isDigit(s[i]) || s[i] == '\'' && start >= 0 || s[i] >= 0x80)
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := strings.ToLower(strings.TrimRight(s[start:i], "'"))
			st := textform.Stems(w)
			t := token{start: start, end: i}
			if len(st) == 0 {
				t.small, t.stem = true, textform.Stem(w)
			} else {
				t.stem = st[0]
			}
			if _, ok := weekdays[w]; ok {
				t.small = true
			}
			out = append(out, t)
			start = -1
		}
	}
	return out
}

// clauseDates finds the dates of a clause: full dates, and a day and
// month without a year.
func clauseDates(s string) []clauseDate {
	var out []clauseDate
	for _, h := range findDates(s) {
		out = append(out, clauseDate{t: h.t, start: h.start, end: h.end, month: h.t.Month(), day: h.t.Day()})
	}
	taken := func(a, b int) bool {
		for _, c := range out {
			if a < c.end && b > c.start {
				return true
			}
		}
		return false
	}
	var yl [][]int
	for _, w := range digitWindows(s) {
		for _, m := range yearlessDate.FindAllStringSubmatchIndex(s[w[0]:w[1]], 8) {
			for k := range m {
				m[k] += w[0]
			}
			yl = append(yl, m)
		}
	}
	for _, m := range yl {
		if !digitBoundary(s, m[0], m[1]) || taken(m[0], m[1]) {
			continue
		}
		rest := strings.TrimLeft(s[m[1]:], " ,.")
		if rest != "" && isDigit(rest[0]) {
			continue // a year in a form not read, or a figure
		}
		day := atoi(s[m[2]:m[3]])
		month := months[strings.ToLower(s[m[4]:m[5]])]
		if _, ok := makeDate(2000, month, day); !ok && !(month == 2 && day == 29) {
			continue
		}
		out = append(out, clauseDate{start: m[0], end: m[1], yearless: true, month: month, day: day})
	}
	for _, m := range shortDate.FindAllStringSubmatchIndex(s, 4) {
		if taken(m[2], m[5]) || m[5] < len(s) && (s[m[5]] == '/' || s[m[5]] == '.' && m[5]+1 < len(s) && isDigit(s[m[5]+1])) {
			continue
		}
		day, month := atoi(s[m[2]:m[3]]), time.Month(atoi(s[m[4]:m[5]]))
		if month < 1 || month > 12 || day < 1 || day > 31 {
			continue
		}
		out = append(out, clauseDate{start: m[2], end: m[5], yearless: true, month: month, day: day})
	}
	// A weekday written before the date: "Tuesday 18 February",
	// "Monday, 3rd March 2025".
	for i := range out {
		before := strings.TrimRight(s[:out[i].start], " ,")
		j := len(before)
		for j > 0 && isLetter(before[j-1]) {
			j--
		}
		if wd, ok := weekdays[strings.ToLower(before[j:])]; ok {
			out[i].weekday = int(wd) + 1
		}
	}
	return out
}

// bindDates binds each date of a clause to the event named nearest it,
// and returns those bound to a field.
func bindDates(clause string, inPlay map[string]bool, firsts []string) []clauseDate {
	if !hasDigitByte(clause) {
		return nil
	}
	clause = window(clause, 0, maxClause)
	if !mayName(asciiLower(clause), firsts) {
		return nil
	}
	toks := tokens(clause)
	names := findEventNames(toks, inPlay)
	named := false
	for _, nm := range names {
		named = named || nm.field != otherEvent
	}
	if !named {
		return nil
	}
	dates := clauseDates(clause)
	if len(dates) == 0 {
		return nil
	}
	for di := range dates {
		lo, hi := -1, -1
		for ti, t := range toks {
			if t.start < dates[di].end && t.end > dates[di].start {
				if lo < 0 {
					lo = ti
				}
				hi = ti + 1
				toks[ti].date = di + 1
			}
		}
		if lo < 0 {
			continue
		}
		dates[di].tokLo, dates[di].tokHi = lo, hi
		// The small words before it: "on", "dated", a weekday, "the".
		for k := lo - 1; k >= 0 && k >= lo-3; k-- {
			w := strings.ToLower(clause[toks[k].start:toks[k].end])
			if w == "on" || w == "dated" || w == "of" {
				dates[di].afterPrepOn = true
				break
			}
			if _, ok := weekdays[w]; !ok && w != "the" && w != "evening" && w != "morning" && w != "night" && w != "afternoon" {
				break
			}
		}
	}
	var out []clauseDate
	for _, cd := range dates {
		if cd.tokHi == 0 {
			continue
		}
		best, bestField := 1<<30, ""
		for _, nm := range names {
			var dist int
			if nm.hi <= cd.tokLo {
				dist = gap(toks, nm.hi, cd.tokLo)
			} else if nm.lo >= cd.tokHi {
				dist = gap(toks, cd.tokHi, nm.lo) + 1
				if cd.afterPrepOn {
					dist += 3
				}
			} else {
				continue
			}
			if dist < best {
				best, bestField = dist, nm.field
			}
		}
		if bestField == "" || bestField == otherEvent {
			continue
		}
		if (bestField == PublicationDate || bestField == ImplementationDate) && ofGuidance(clause, cd.start) {
			continue
		}
		cd.fieldFor, cd.distanceToName = bestField, best
		out = append(out, cd)
	}
	return out
}

// ofGuidance reports whether the date at s[at] is the guidance's: the
// part of the clause between commas that holds it names the guidance, or
// goes on about it ("Working Together, which was published on ...").
func ofGuidance(s string, at int) bool {
	lo := strings.LastIndexByte(s[:at], ',') + 1
	hi := strings.IndexByte(s[at:], ',')
	if hi < 0 {
		hi = len(s)
	} else {
		hi += at
	}
	seg := words(s[lo:hi])
	if containsAny(seg, guidanceWords) {
		return true
	}
	if lo > 0 && (strings.HasPrefix(seg, " which ") || strings.HasPrefix(seg, " that ") || strings.HasPrefix(seg, " as ")) {
		prev := s[strings.LastIndexByte(s[:lo-1], ',')+1 : lo-1]
		return containsAny(words(prev), guidanceWords)
	}
	return false
}

// mayName reports whether a lower-cased clause holds the first stem of
// a name of a field in play at the start of a word, a quick test before
// its words are read.
func mayName(low string, firsts []string) bool {
	for _, stem := range firsts {
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], stem)
			if i < 0 {
				break
			}
			i += from
			if i == 0 || !isLetter(low[i-1]) {
				return true // at the start of a word
			}
			from = i + 1
		}
	}
	return false
}

// kindFirstStems lists, per kind, the first stems of the names of its
// events.
var kindFirstStems = sync.OnceValue(func() map[intake.Kind][]string {
	out := map[intake.Kind][]string{}
	for kind, inPlay := range kindEvents {
		for stem, names := range eventIx().first {
			for _, n := range names {
				if inPlay[n.field] {
					out[kind] = append(out[kind], stem)
					break
				}
			}
		}
	}
	return out
})

// gap counts the meaningful words from toks[a] up to toks[b], a boundary
// word counting as four and another date's words as many.
func gap(toks []token, a, b int) int {
	n := 0
	for _, t := range toks[a:b] {
		switch {
		case boundaryWords[t.stem]:
			n += 4
		case t.date > 0:
			n += 2
		case !t.small:
			n++
		}
	}
	return n
}

// nameHit is an event named in a clause: its field and tokens.
type nameHit struct {
	field  string
	lo, hi int
	size   int
}

// findEventNames finds the names of events in a clause; a name inside a
// longer one of another field is dropped.
func findEventNames(toks []token, inPlay map[string]bool) []nameHit {
	ix := eventIx()
	var hits []nameHit
	for i, t := range toks {
		if t.date > 0 {
			continue
		}
		for _, n := range ix.first[t.stem] {
			if n.field != otherEvent && !inPlay[n.field] {
				continue
			}
			j, ok := i, true
			for _, s := range n.stems[1:] {
				k, skipped := j+1, 0
				for k < len(toks) && toks[k].stem != s && skipped <= maxGap {
					if !toks[k].small {
						skipped++
					}
					k++
				}
				if k >= len(toks) || toks[k].stem != s || skipped > maxGap {
					ok = false
					break
				}
				j = k
			}
			if ok && len(hits) < maxEventNames {
				hits = append(hits, nameHit{n.field, i, j + 1, len(n.stems)})
			}
		}
	}
	// A field's name that shares a word with the name of another thing
	// ("an earlier review", "criteria met") is that thing, and so is any
	// name of the field within it; a name inside a longer one of another
	// field is that field's.
	drop := make([]bool, len(hits))
	for i, h := range hits {
		for _, o := range hits {
			if h.field != otherEvent && o.field == otherEvent && o.lo < h.hi && h.lo < o.hi ||
				o.field != h.field && o.size > h.size && o.lo <= h.lo && o.hi >= h.hi {
				drop[i] = true
				break
			}
		}
	}
	for i, h := range hits {
		for j, o := range hits {
			if drop[j] && !drop[i] && o.field == h.field && o.lo <= h.lo && o.hi >= h.hi {
				drop[i] = true
			}
		}
	}
	out := hits[:0:0]
	for i, h := range hits {
		if !drop[i] {
			out = append(out, h)
		}
	}
	return out
}

func hasDigitByte(s string) bool { return indexDigit(s, 0) >= 0 }

// eventField returns the first date the sentences bind to field that
// falls within [after, before], the bounds the document's other events
// set (either may be zero), with its evidence. A date without its year
// is placed before the earlier of before and the document's own date
// own, else after after, or left unread.
func (d *doc) eventField(field string, after, before, own time.Time) (string, intake.Evidence) {
	place := before
	if place.IsZero() || !own.IsZero() && own.Before(place) {
		place = own
	}
	for _, e := range d.eventDates()[field] {
		t := e.t
		if e.yearless {
			var ok bool
			if t, ok = placeYear(e.month, e.day, e.weekday, after, place); !ok {
				continue
			}
		} else if e.weekday > 0 && int(t.Weekday())+1 != e.weekday {
			continue // the weekday and the date disagree
		}
		if !after.IsZero() && t.Before(after) || !before.IsZero() && t.After(before) {
			continue
		}
		return intake.ISODate(t), e.evidence
	}
	return "", intake.Evidence{}
}

// placedPair reads field from a labelled pair whose value is a day and
// month without a year ("Date of meeting | Tuesday 18 February"), placed
// by the bounds and the document's own date as eventField places one.
func (d *doc) placedPair(field string, after, before, own time.Time) (string, intake.Evidence) {
	place := before
	if place.IsZero() || !own.IsZero() && own.Before(place) {
		place = own
	}
	v, e, _ := d.fromPairs(field, func(value, more string) (string, bool) {
		for _, c := range clauseDates(cutValue(value)) {
			if !c.yearless || c.start > 30 {
				break
			}
			if t, ok := placeYear(c.month, c.day, c.weekday, after, place); ok && (before.IsZero() || !t.After(before)) {
				return intake.ISODate(t), true
			}
			break
		}
		return "", false
	})
	return v, e
}

// maxPlaced is how far from the date the document's order of events
// places it a date without a year may be put.
const maxPlaced = 183 * 24 * time.Hour

// placeYear gives a day and month the year that puts it nearest before
// before, else nearest after after, within half a year, and on the
// weekday written with it. With neither bound, or no year that fits, it
// is left unread.
func placeYear(m time.Month, day, weekday int, after, before time.Time) (time.Time, bool) {
	anchor, back := before, true
	if anchor.IsZero() {
		anchor, back = after, false
	}
	if anchor.IsZero() {
		return time.Time{}, false
	}
	for _, y := range []int{anchor.Year(), anchor.Year() - 1, anchor.Year() + 1} {
		t, ok := makeDate(y, m, day)
		if !ok {
			continue
		}
		if back && (t.After(anchor) || anchor.Sub(t) > maxPlaced) || !back && (t.Before(anchor) || t.Sub(anchor) > maxPlaced) {
			continue
		}
		if !after.IsZero() && t.Before(after) {
			continue
		}
		if weekday > 0 && int(t.Weekday())+1 != weekday {
			return time.Time{}, false // the year that fits is not the weekday's: never guess
		}
		return t, true
	}
	return time.Time{}, false
}

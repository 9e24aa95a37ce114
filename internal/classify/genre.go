package classify

import (
	"strings"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// Documents that are none of the kinds often speak of them: the minutes of
// a partnership's meeting discuss a rapid review's decision and the draft
// annual report; a newsletter announces the yearly report and the learning
// from rapid reviews. What such a document is shows in what it calls itself
// and in its shape, not in the words it uses: the record of a meeting says
// when and where the meeting was held, who was present and who sent
// apologies, sets out its items in a table of items and actions and ends
// with the date of the next meeting; a newsletter is an issue or an
// edition, says what is in it and is sent to a mailing list. The genre is
// weighed against a kind's own name in the title lines and against a
// rapid review's own form (the date of the notification and the decision
// on a local review), which keep the kind: the minutes of a rapid review
// meeting that record both are that rapid review. A programme of training
// or events lists its sessions with their dates, times and venues, says how
// to book a place and who may come.

// genre is what a document is when it is not a statutory submission.
type genre int

const (
	genreNone genre = iota
	genreMeeting
	genreNewsletter
	genreEvents // a programme of training courses, events or a conference
	genres      // the number of genres
)

// genreNames are the words by which documents of each genre name
// themselves, and kindNames those of the kinds, written as words.
var (
	genreNames = [genres][]string{
		genreMeeting:    {"minutes", "agenda", "meeting notes", "notes of meeting", "notes of the meeting", "action notes", "record of meeting", "record of the meeting"},
		genreNewsletter: {"newsletter", "news letter", "bulletin", "e news", "news round up", "news roundup"},
		genreEvents: {"training", "training offer", "training programme", "courses", "course programme", "workshop", "workshops",
			"conference", "seminar", "webinar", "webinars", "events", "learning events"},
	}
	kindNames = []string{"rapid review", "annual report", "yearly report", "safeguarding arrangements", "multi agency arrangements",
		"multi agency safeguarding arrangements", "arrangements for safeguarding", "practice review", "lcspr", "final report", "overview report"}
)

// Genre scoring: the title naming the genre counts titleGenre, each sign
// of its shape one; genreMin decides it.
const (
	titleGenre  = 2
	genreMin    = 3
	genreBlocks = 400 // blocks looked at
	titleBlocks = 4   // the first blocks, whose first lines are the title
	titleBytes  = 300
	titleLine   = 120 // a title line is at most this long
)

var (
	// meetingHeld is a meeting's date and place: "Meeting held on ...",
	// "Date of meeting", "Time / venue".
	meetingHeld = lazyre.New(`^(?:(?:the )?meeting (?:was )?held\b|held on\b|(?:date|time|venue|location|place)(?: (?:and|of|the|/))*(?: (?:date|time|venue|location|place|meeting))*$)`)
	// previousMinutes is the agreement of the last meeting's record.
	previousMinutes = lazyre.New(`\bminutes of (?:the )?(?:previous|last) meeting\b|\bminutes\b[^.|\n]{0,40}\b(?:agreed|approved|accepted|signed off)\b|\baction log\b|\bmatters arising\b`)
	// issueOf is an issue or edition of a periodical.
	issueOf = lazyre.New(`\b(?:issue|edition|volume|vol)\.? ?(?:no\.? ?)?[0-9]+\b|\b(?:spring|summer|autumn|winter|christmas|festive|new year|january|february|march|april|may|june|july|august|september|october|november|december|monthly|quarterly) (?:edition|issue)\b|\b(?:edition|issue) of (?:our|the|this)\b`)
	// subscription is how a periodical reaches its readers.
	// booking is how a place on a course or at an event is had.
	booking = lazyre.New(`\bbook(?:ing)? (?:your |a |their )?(?:place|places|space|spaces|seat|ticket|tickets|through|via|on|online|now|here|at)\b|\bbookings?\b|\bregist(?:er|ration) (?:for|via|through|online|now|here|at|is)\b|\b(?:places|spaces|numbers) (?:are |is )?limited\b|\blimited (?:places|spaces|numbers)\b|\bsign up (?:for|to|via|through|at)\b`)
	// sessionTime is a session's times of day: "9:30-12:30", "10am to 1pm".
	sessionTime = lazyre.New(`\b[0-9]{1,2}[:.][0-9]{2} ?(?:am|pm)? ?(?:-|\x{2013}|to|until) ?[0-9]{1,2}(?:[:.][0-9]{2})? ?(?:am|pm)?\b|\b[0-9]{1,2} ?(?:am|pm) ?(?:-|\x{2013}|to|until) ?[0-9]{1,2}(?:[:.][0-9]{2})? ?(?:am|pm)\b`)
	// audience says who a course or event is for.
	audience     = lazyre.New(`\b(?:who should attend|target audience|suitable for|aimed at|open to|free (?:to|for)|available to)\b`)
	subscription = lazyre.New(`\b(?:un)?subscribe\b|\bmailing list\b|\bsign(?:ed)? up (?:to|for) (?:(?:the|our|this) )?(?:newsletter|bulletin|mailing list|updates|e-?news)\b|\bview (?:it |this (?:email |newsletter |message )?)?in (?:your|a|the) (?:web )?browser\b|\bforward (?:this|it) to a colleague\b`)
)

// genreEvidence is what a document shows of a genre that is no kind.
type genreEvidence struct {
	genre     genre
	score     int
	titleKind bool // the title names a kind before any genre
}

// readGenre weighs what text, read into blocks (inferred from text when
// nil), shows of each genre.
func readGenre(text string, blocks []document.Block, hints []string) genreEvidence {
	if blocks == nil {
		blocks = document.FromText(text)
	}
	var score [genres]int
	var ev genreEvidence
	// The title: what the first blocks call the document, else its name.
	switch g, kind := namesFirst(titleOf(blocks)); {
	case kind:
		ev.titleKind = true
	case g != genreNone:
		score[g] += titleGenre
	default:
		for _, h := range hints {
			if g, kind := namesFirst(words(h)); kind {
				ev.titleKind = true
			} else if g != genreNone {
				score[g] += titleGenre
				break
			}
		}
	}
	var signs [genres]map[string]bool
	for g := range signs {
		signs[g] = map[string]bool{}
	}
	n := 0
	for _, b := range blocks {
		if !b.IsContent() {
			continue
		}
		if n++; n > genreBlocks {
			break
		}
		low := strings.ToLower(b.Text)
		label := labelOf(b)
		switch {
		case startsWithAny(label, "present", "attendees", "attendance", "in attendance", "attending", "members present", "those present", "apologies"):
			signs[genreMeeting]["attendance"] = true
		case label == "aob" || startsWithAny(label, "any other business", "aob"):
			signs[genreMeeting]["other business"] = true
		case startsWithAny(label, "date of next meeting", "date of the next meeting", "next meeting", "future meeting", "dates of future meetings"):
			signs[genreMeeting]["next meeting"] = true
		case meetingHeld.MatchString(label) && (strings.Contains(label, "meeting") || strings.Contains(label, "venue") || strings.HasPrefix(label, "held")),
			startsWithAny(opening(b.Text), "meeting held", "the meeting was held", "the meeting held", "meeting was held", "held on"):
			signs[genreMeeting]["held"] = true
		}
		if b.Kind == document.Row && itemsTable(b.Cells) {
			signs[genreMeeting]["items"] = true
		}
		// Each pattern runs only around one of its words, so a long
		// paragraph costs a few substring searches.
		if near(low, []string{"minutes", "action log", "matters arising"}, previousMinutes) {
			signs[genreMeeting]["previous"] = true
		}
		if near(low, []string{"issue", "edition", "volume", "vol."}, issueOf) {
			signs[genreNewsletter]["issue"] = true
		}
		if containsAny(low, []string{"in this issue", "in this edition", "in this newsletter", "in this bulletin", "in this month's"}) {
			signs[genreNewsletter]["contents"] = true
		}
		if near(low, []string{"subscri", "mailing list", "sign", "browser", "colleague"}, subscription) {
			signs[genreNewsletter]["subscription"] = true
		}
		if b.Kind == document.Row && sessionsTable(b.Cells) {
			signs[genreEvents]["sessions"] = true
		}
		if near(low, []string{"book", "regist", "limited", "sign up"}, booking) {
			signs[genreEvents]["booking"] = true
		}
		if near(low, []string{":", "am", "pm"}, sessionTime) {
			signs[genreEvents]["times"] = true
		}
		if near(low, []string{"attend", "audience", "suitable", "aimed", "open to", "free ", "available to"}, audience) {
			signs[genreEvents]["audience"] = true
		}
		if strings.Contains(low, "certificate") {
			signs[genreEvents]["certificate"] = true
		}
	}
	for g := genre(1); g < genres; g++ {
		score[g] += len(signs[g])
		if score[g] > ev.score {
			ev.genre, ev.score = g, score[g]
		}
	}
	return ev
}

// notSubmission reports whether the document is one of the genres rather
// than the kind its words would make it: its genre is decided, its title
// names no kind first, and it does not carry a rapid review's own form.
func (ev genreEvidence) notSubmission(practice practiceEvidence) bool {
	return ev.genre != genreNone && ev.score >= genreMin && !ev.titleKind && !practice.rapidForm
}

// titleOf returns, as words, the first lines of the first blocks that
// are not web page chrome, where a document names itself, up to the first
// long line, where its body begins.
func titleOf(blocks []document.Block) string {
	var b strings.Builder
	n := 0
	for _, bl := range blocks {
		if bl.Furniture == document.Chrome {
			continue
		}
		first, _, _ := strings.Cut(bl.Text, "\n")
		if len(first) > titleLine {
			break // the body begins
		}
		b.WriteString(first)
		b.WriteByte(' ')
		if n++; n == titleBlocks || b.Len() >= titleBytes {
			break
		}
	}
	s := b.String()
	if len(s) > titleBytes {
		s = s[:titleBytes]
	}
	return words(s)
}

// namesFirst returns the genre s (words) names before any kind, or
// whether it names a kind first.
func namesFirst(s string) (genre, bool) {
	g, at := genreNone, len(s)+1
	for gi, names := range genreNames {
		for _, n := range names {
			if i := strings.Index(s, " "+n+" "); i >= 0 && i < at {
				g, at = genre(gi), i
			}
		}
	}
	for _, n := range kindNames {
		for from := 0; ; {
			i := strings.Index(s[from:], " "+n+" ")
			if i < 0 {
				break
			}
			i += from
			from = i + len(n) + 1
			if i >= at {
				break
			}
			// A kind's name before the name of a body or a gathering
			// names that ("Rapid Review Meeting - Agenda", "the Child
			// Safeguarding Practice Review Panel"), not the document.
			if hasAnyPrefix(s[from:], " meeting ", " meetings ", " panel ", " group ", " sub group ", " subgroup ", " launch ") {
				continue
			}
			return genreNone, true
		}
	}
	return g, false
}

// words returns s in lower case as its words (letters and digits) between
// single spaces, with a space at each end, so that a name matches whole
// words: " minutes " is not in "7-minute briefing".
func words(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else if !space && r != '\'' && r != '\u2019' {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// labelOf returns what a block is labelled, as words without the item's
// number: a row's first cell, the text before a colon, or a short block.
func labelOf(b document.Block) string {
	t := b.Text
	if b.Kind == document.Row && len(b.Cells) > 0 {
		t = b.Cells[0]
	} else if t, _, _ = strings.Cut(t, "\n"); len(t) > 0 {
		if k := strings.IndexByte(t, ':'); k > 0 && k <= 40 {
			t = t[:k]
		}
	}
	if len(t) > 60 {
		return ""
	}
	w := strings.TrimSpace(words(t))
	for w != "" && w[0] >= '0' && w[0] <= '9' {
		// "2. Apologies", "Item 3" keep their words.
		_, w, _ = strings.Cut(w, " ")
	}
	w = strings.TrimPrefix(w, "item ")
	return strings.TrimSpace(w)
}

// opening returns the first words of s's first line.
func opening(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	if len(first) > 40 {
		first = first[:40]
	}
	return strings.TrimSpace(words(first))
}

// itemsTable reports whether cells head a meeting's table of items: an
// item column beside a column of what was discussed or is to be done.
func itemsTable(cells []string) bool {
	item, other := false, false
	for _, c := range cells {
		w := strings.TrimSpace(words(c))
		switch {
		case w == "item" || w == "items" || w == "agenda item" || w == "no item":
			item = true
		case startsWithAny(w, "action", "discussion", "owner", "lead", "paper", "decision", "outcome", "minute", "notes", "summary of discussion", "by whom"):
			other = true
		}
	}
	return item && other
}

// sessionsTable reports whether cells head a table of courses or events:
// a column naming the session beside its date, time or venue.
func sessionsTable(cells []string) bool {
	session, when := false, false
	for _, c := range cells {
		w := strings.TrimSpace(words(c))
		switch {
		case startsWithAny(w, "course", "courses", "session", "sessions", "event", "events", "workshop", "training", "title", "topic", "module"):
			session = true
		case startsWithAny(w, "date", "dates", "when", "time", "times", "venue", "location", "where", "delivery", "format"):
			when = true
		}
	}
	return session && when
}

// near reports whether re matches around one of the first occurrences of
// keys in s.
func near(s string, keys []string, re *lazyre.Regexp) bool {
	for _, k := range keys {
		for from, n := 0, 0; n < nearHits; n++ {
			i := strings.Index(s[from:], k)
			if i < 0 {
				break
			}
			i += from
			from = i + len(k)
			if re.MatchString(s[max(0, i-nearBytes):min(len(s), i+len(k)+nearBytes)]) {
				return true
			}
		}
	}
	return false
}

// A key's pattern is looked for within nearBytes of it, at its first
// nearHits occurrences in a block.
const (
	nearBytes = 60
	nearHits  = 20
)

func startsWithAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if s == p || strings.HasPrefix(s, p+" ") {
			return true
		}
	}
	return false
}

// A letter the Panel, the Department, Ofsted or Foundations sends a
// partnership (the Panel's reply to a rapid review, say) speaks of a
// submission in its own words but is not one: who wrote it shows in its
// sign-off, the lines after "Yours sincerely" that name who signs.
var (
	valedictions  = []string{"yours sincerely", "yours faithfully", "kind regards", "best wishes", "with best wishes", "best regards", "many thanks", "yours,"}
	nationalNames = []string{"practice review panel", "department for education", "ofsted", "foundations"}
)

// signOffLines is how many lines after the valediction are its signature.
const signOffLines = 4

// fromNationalBody reports whether a letter is signed by or for one of
// the national bodies that receive submissions.
func fromNationalBody(text string) bool {
	low := strings.ToLower(text)
	at := -1
	for _, v := range valedictions {
		if i := strings.Index(low, v); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	lines := strings.Split(low[at:], "\n")
	for i, l := range lines[1:] {
		if i >= signOffLines {
			break
		}
		l = strings.TrimSpace(l)
		if hasAnyPrefix(l, "cc", "copy", "copied", "to:", "enc") {
			break // who else receives it, not who signs
		}
		if containsAny(l, nationalNames) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

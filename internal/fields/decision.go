package fields

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// The LCSPR decision and the view on a national review are read from the
// sentences that state them. Each sentence is cut into clauses; a clause
// that speaks of a review takes a polarity from its own words, or from the
// clause before it ("...considered whether the criteria were met and
// concluded that they were not"). A question answered in a table ("LCSPR
// criteria met? | No") outweighs any sentence; a clause with a word of
// decision ("agreed", "concluded") outweighs one without; among equals the
// last one stated wins, as conclusions come last.

type concept int

const (
	lcspr concept = iota
	national
	nConcepts
)

type polarity int

const (
	none polarity = iota
	positive
	negative
	undecided
)

// Phrases, as padded lower-case words (see words) and, for text whose
// spaces were lost, as squashed letters (see squash).
var (
	lcsprWords    = []string{" lcspr", " local child safeguarding practice review", " local safeguarding practice review", " local practice review", " local review", " local csp", " lcsr ", " serious case review"}
	lcsprSquashed = []string{"lcspr", "localchildsafeguardingpracticereview", "localsafeguardingpracticereview"}
	// criteriaWords speak of the LCSPR criteria when no review is named.
	criteriaWords    = []string{" criteria ", " criterion ", " threshold "}
	criteriaSquashed = []string{"criteria", "threshold"}
	nationalWords    = []string{" national review", " national child safeguarding practice review", " national practice review", " national csp", " national learning review", " panel to undertake", " panel undertake", " panel to review", " review by the panel", " panel to consider", " panel consider", " panel may wish", " panel to conduct"}
	nationalSquashed = []string{"nationalreview", "nationalchildsafeguardingpracticereview", "nationalpracticereview", "panelmaywish", "paneltoundertake", "paneltoconsider"}

	// undecidedFuture are future and waiting forms that say a decision is
	// still to come only in a clause that speaks of the decision: "the
	// decision will be made", not "the learning will be taken forward".
	undecidedFuture = []string{" will be made", " will be taken", " to be made", " to be taken", " yet to be", " not yet", " pending", " awaiting", " await ", " not been made", " not been reached", " not been agreed"}
	undecidedWords  = []string{" deferred", " defer ", " postponed", " to be confirmed", " tbc ", " undecided", " no decision", " not been decided", " further information is required", " further information is needed", " will decide", " will consider whether", " will be considered at", " next meeting", " will reconvene", " to reconvene", " not able to reach", " unable to reach", " unable to decide", " unable to agree",
		// Not able to come to it, however the inability is put.
		" not able to agree", " not able to decide", " not able to make", " could not agree", " could not reach", " could not decide",
		" failed to agree", " failed to reach", " no agreement", " no consensus", " not reach agreement", " not reach a decision", " ongoing consideration", " under consideration"}
	negativeWords = []string{" not ", "n't ", " no ", " neither ", " nor ", " never ", " cannot ", " decided against", " declined ", " unnecessary ", " unwarranted ", " falls short", " fall short", " below the threshold", " insufficient ", " none "}
	positiveWords = []string{" met ", " meet ", " meets ", " meeting the ", " commission", " undertake", " undertaken", " carry out", " carried out", " conduct", " will be ", " proceed", " required", " recommend", " agreed ", " decided ", " appropriate", " warranted", " justified", " merit", " yes ", " progress to", " initiate", " consider ", " may wish", " should consider", " would benefit", " would welcome", " request", " ask the panel", " asks the panel", " is needed", " are needed"}

	undecidedSquashed = []string{"willbemade", "tobemade", "willbetaken", "yettobe", "notyet", "deferred", "postponed", "pending", "awaiting", "nextmeeting", "nodecision", "undecided", "tobeconfirmed", "reconvene"}
	negativeSquashed  = []string{"notmet", "notbemet", "notmeet", "nottocommission", "notbecommission", "notundertake", "notbeundertaken", "notrequired", "notnecessary", "notappropriate", "notconsider", "notrecommend", "nolcspr", "nolocal", "nonational", "notwarranted", "notjustified", "decidedagainst", "declined", "notreach", "isnot", "arenot", "wasnot", "werenot", "willnot", "doesnot", "donot", "didnot", "wouldnot", "shouldnot", "cannot", "n't", "neither", "fallshort"}
	positiveSquashed  = []string{"aremet", "ismet", "weremet", "wasmet", "bemet", "beenmet", "meetsthe", "meetthe", "commission", "undertak", "recommend", "maywishtoconsider", "shouldconsider", "agreedto", "decidedto", "appropriate", "required", "warranted", "proceed", "carryout", "carriedout"}
	// notWords hide the words that start with "not" or end in "no" from
	// squashed matching: "notification" is not a negation.
	notWords = strings.NewReplacer("notif", "#", "noted", "#", "note", "#", "nothing", "#", "notabl", "#", "notwithstanding", "#", "another", "#", "cannotbe", "cannotbe")

	// decisionWords mark a clause that states a decision rather than
	// describing the guidance.
	decisionWords = []string{" decid", " decision", " agree", " conclu", " recommend", " view ", " determin", " resolv", " consider", " felt ", " believe", " outcome", " commission", " judge", " satisfied"}
	// conditionalWords mark a clause about when a review would be done.
	conditionalWords = []string{" if ", " when ", " where ", " whether ", " unless ", " should a ", " in the event "}

	// answerRe reads the answer to a question in a table or after a colon.
	answerRe = lazyre.New(`(?i)^\W*(yes|no|y|n|met|not met|criteria met|criteria not met|recommended|not recommended|undecided|deferred|pending|tbc|to be confirmed|to be decided|not yet decided)\b`)
)

type verdict struct {
	pol    polarity
	weight int
	pos    int
	text   string // the words that state it
}

// reading is a decision read and the words that state it.
type reading struct{ value, text string }

func (d *doc) decisions() (lcsprValue, nationalValue reading) {
	var best [nConcepts]verdict
	consider := func(c concept, v verdict) {
		b := best[c]
		if v.pol == none || v.weight < b.weight || (v.weight == b.weight && v.pos < b.pos) {
			return
		}
		best[c] = v
	}
	d.answers(consider)
	d.sentences(consider)

	switch best[lcspr].pol {
	case positive:
		lcsprValue.value = Yes
	case negative:
		lcsprValue.value = No
	case undecided:
		lcsprValue.value = Undecided
	}
	switch best[national].pol {
	case positive:
		nationalValue.value = Recommended
	case negative:
		nationalValue.value = NotRecommended
	}
	lcsprValue.text, nationalValue.text = best[lcspr].text, best[national].text
	return lcsprValue, nationalValue
}

// answerWeight outweighs anything read from running text.
const answerWeight = 100

// answers reads questions answered in tables: a cell about a review
// followed by a cell, or a next line, that answers it.
func (d *doc) answers(consider func(concept, verdict)) {
	for i, l := range d.lines {
		if i > 20000 {
			return
		}
		for j, cell := range l.cells {
			q, a := cell, ""
			switch {
			case j+1 < len(l.cells):
				a = l.cells[j+1]
			case strings.HasSuffix(cell, "?") || strings.HasSuffix(cell, ":"):
				if i+1 < len(d.lines) {
					a = d.lines[i+1].cells[0]
				}
			}
			if k := strings.LastIndexAny(cell, ":?"); a == "" && k > 0 && k < len(cell)-1 {
				q, a = cell[:k], cell[k+1:]
			}
			if a == "" || len(q) > 300 {
				continue
			}
			cs := concepts(q, false)
			if !cs[lcspr] && !cs[national] {
				continue
			}
			m := answerRe.FindStringSubmatch(a)
			if m != nil && !answerEnds(a[len(m[0]):]) {
				m = nil // "No decision has yet been made" is no answer "No"
			}
			if m == nil {
				// An answer in words: "Not considered appropriate.",
				// "LCSPR to be undertaken."
				first := a
				if k := strings.Index(a, ". "); k > 0 {
					first = a[:k]
				}
				if placeholder(first) {
					continue
				}
				if pol := clausePolarity(first, d.spaceLost); pol != none {
					for c := range nConcepts {
						if cs[c] && (c == lcspr || pol != undecided) {
							consider(c, verdict{pol, answerWeight - 1, i, q + ": " + a})
						}
					}
				}
				continue
			}
			pol := answerPolarity(strings.ToLower(m[1]))
			for c := range nConcepts {
				if cs[c] {
					consider(c, verdict{pol, answerWeight, i, q + ": " + a})
				}
			}
		}
	}
}

// answerEnds reports whether what follows a yes or no ends the answer:
// nothing, punctuation or a bracket.
func answerEnds(rest string) bool {
	rest = strings.TrimSpace(rest)
	return rest == "" || strings.ContainsRune(".,;:!)(-\u2013", rune(rest[0]))
}

// placeholder reports text a template leaves to be filled in: "[Insert
// the partners' decision]", "To be completed".
func placeholder(s string) bool {
	t := strings.TrimSpace(s)
	// Only the first few letters are compared: 64 bytes hold at least 16
	// runes, which lower to more letters than the longest prefix has.
	low := strings.ToLower(t[:min(len(t), 64)])
	return strings.HasPrefix(t, "[") || strings.HasPrefix(t, "<") || strings.HasPrefix(low, "insert ") ||
		strings.HasPrefix(low, "to be completed") || strings.HasPrefix(low, "to be added") || strings.HasPrefix(low, "xx")
}

func answerPolarity(a string) polarity {
	switch a {
	case "yes", "y", "met", "criteria met", "recommended":
		return positive
	case "no", "n", "not met", "criteria not met", "not recommended":
		return negative
	}
	return undecided
}

// concepts reports which reviews a piece of text speaks of. With weak set,
// a mention of criteria or a threshold counts as the LCSPR's.
func concepts(s string, weak bool) [nConcepts]bool {
	cs, _ := conceptsOf(wordPhrases(s), weak)
	return cs
}

// The lists of phrases a clause's words are tested against, found in one
// pass by decisionPhrases (and those of its squashed letters by
// squashedPhrases): a bit of what they return per list.
const (
	hasDecision uint64 = 1 << iota
	hasLCSPR
	hasNational
	hasCriteria
	hasUndecided
	hasUndecidedFuture
	hasNegative
	hasPositive
	hasConditional
)

const (
	hasLCSPRSquashed uint64 = 1 << iota
	hasNationalSquashed
	hasCriteriaSquashed
	hasUndecidedSquashed
	hasNegativeSquashed
	hasPositiveSquashed
)

var (
	decisionPhrases = sync.OnceValue(func() *textform.Phrases {
		return textform.NewPhrases(decisionWords, lcsprWords, nationalWords, criteriaWords, undecidedWords, undecidedFuture,
			negativeWords, positiveWords, conditionalWords)
	})
	squashedPhrases = sync.OnceValue(func() *textform.Phrases {
		return textform.NewPhrases(lcsprSquashed, nationalSquashed, criteriaSquashed, undecidedSquashed, negativeSquashed, positiveSquashed)
	})
)

// phrasesFound are the phrases of decisionPhrases a text's words hold,
// and those of squashedPhrases its squashed letters hold.
type phrasesFound struct{ has, qhas uint64 }

// wordPhrases returns the phrases words(s) holds and those
// textform.Squash(s) holds: decisionPhrases().In(words(s)) and
// squashedPhrases().In(textform.Squash(s)), found in one pass over s
// without writing either text. words keeps what Squash keeps, lower-cased
// alike, with apostrophes and single spaces between words; so the letters
// words writes, less those, are what Squash writes.
func wordPhrases(s string) phrasesFound {
	w, q := decisionPhrases().Scan(), squashedPhrases().Scan()
	w.Byte(' ')
	space := true
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'':
				w.Byte(c)
				space = false
				continue
			default:
				if !space {
					w.Byte(' ')
					space = true
				}
				continue
			}
			w.Byte(c)
			q.Byte(c)
			space = false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for _, b := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
				w.Byte(b)
				q.Byte(b)
			}
			space = false
			continue
		}
		if !space {
			w.Byte(' ')
			space = true
		}
	}
	if !space {
		w.Byte(' ')
	}
	return phrasesFound{w.Found(), q.Found()}
}

// conceptsOf is concepts of a text holding the phrases f (wordPhrases);
// byCriteria says the LCSPR was read only from a mention of criteria or a
// threshold.
func conceptsOf(f phrasesFound, weak bool) (cs [nConcepts]bool, byCriteria bool) {
	has, qhas := f.has, f.qhas
	cs[lcspr] = has&hasLCSPR != 0
	cs[national] = has&hasNational != 0
	if !cs[lcspr] && !cs[national] {
		cs[lcspr] = qhas&hasLCSPRSquashed != 0
		cs[national] = qhas&hasNationalSquashed != 0
		if weak && !cs[lcspr] && !cs[national] && (has&hasCriteria != 0 || qhas&hasCriteriaSquashed != 0) {
			cs[lcspr], byCriteria = true, true
		}
	}
	return cs, byCriteria
}

// sentences reads the decisions stated in running text, block by block.
// A clause that names no review speaks of the one its section is about
// (under "Decision on a local review", "The partners agreed to commission
// a review") only when it states a decision; the LCSPR's criteria or
// threshold count as the LCSPR's only in a sentence or section about a
// review, and never when they are another process's ("the threshold for a
// child protection conference").
func (d *doc) sentences(consider func(concept, verdict)) {
	pos := 0
	var section [nConcepts]bool
	for _, b := range d.blocks {
		if !b.IsContent() {
			continue
		}
		text := charFix.Replace(b.Text)
		if b.Kind == document.Heading {
			section = concepts(text, false)
			if !section[lcspr] && !section[national] && containsAny(words(text), []string{" decision", " outcome", " recommendation"}) {
				section[lcspr] = true
			}
		}
		if !section[lcspr] && !section[national] && !mayAboutReview(text) {
			// No sentence of the block names a review or its criteria:
			// none is read. The positions of the sentences read stay
			// in their order, which is all a position is compared for.
			continue
		}
		flat := collapseSpace(text)
		lowFlat := asciiLower(flat)
		for start, end := range splitSentences(flat) {
			pos++
			end = min(end, start+2000)
			sentence, low := flat[start:end], lowFlat[start:end]
			inSection := section[lcspr] || section[national]
			aboutReview := strings.Contains(low, "review") || strings.Contains(low, "lcspr")
			if !aboutReview && !inSection && !strings.Contains(low, "criteri") && !strings.Contains(low, "threshold") {
				continue
			}
			// A clause's words and squashed letters are a part of its
			// sentence's, so a sentence none of whose words names a
			// review or its criteria, nor (in a section about one) a
			// decision, has no clause that does.
			if hint := squashedHints(sentence); hint&hintReview == 0 && !(inSection && hint&hintDecision != 0) {
				continue // the test below fails too: see squashedHints
			}
			if placeholder(sentence) {
				continue
			}
			found := wordPhrases(sentence)
			if cs, _ := conceptsOf(found, true); !cs[lcspr] && !cs[national] && !(inSection && found.has&hasDecision != 0) {
				continue
			}
			var prev struct {
				cs  [nConcepts]bool
				pol polarity
			}
			for _, clause := range splitClauses(sentence) {
				found := wordPhrases(clause) // the phrases its words hold, shared by every test below
				has := found.has
				decides := has&hasDecision != 0
				cs, byCriteria := conceptsOf(found, aboutReview || inSection || decides)
				if (cs[lcspr] && !cs[national]) && byCriteria && otherThreshold.MatchString(strings.ToLower(clause)) {
					cs[lcspr] = false // the criteria of some other process
				}
				explicit := cs[lcspr] || cs[national]
				pol := polarityOf(clause, has, d.spaceLost)
				// A clause that names its review outweighs one that speaks
				// of it only through its section or the sentence before:
				// "Criteria for LCSPR not met. Partners agreed the learning
				// will be taken forward" is a "no".
				weight, bonus := 3, 2
				switch {
				case !explicit && (prev.cs[lcspr] || prev.cs[national]) && (decides || has&hasCriteria != 0):
					cs, weight, bonus = prev.cs, 1, 1
				case !explicit && inSection && decides:
					cs, weight, bonus = section, 1, 1
				case !explicit:
					cs = [nConcepts]bool{}
				case pol == none:
					pol, weight = prev.pol, 1
				}
				if pol != undecided && has&hasConditional != 0 && !decides {
					pol = none
				}
				if decides {
					weight += bonus
				}
				if cs[lcspr] || cs[national] {
					prev.cs = cs
				}
				if pol != none {
					prev.pol = pol
				}
				for c := range nConcepts {
					if cs[c] && (c == lcspr || pol != undecided) {
						consider(c, verdict{pol, weight, pos, sentence})
					}
				}
			}
		}
	}
}

// The letters, squashed, that every phrase naming a review or its
// criteria (lcsprWords, lcsprSquashed, nationalWords, nationalSquashed,
// criteriaWords, criteriaSquashed) holds, and those every decisionWords
// phrase holds. A phrase of words is found in words(s) only if its
// letters are in textform.Squash(s), so a text holding none of these
// holds none of those phrases.
var (
	reviewHints   = []string{"lcsp", "lcsr", "local", "seriouscase", "national", "panel", "criteri", "threshold"}
	decisionHints = []string{"decid", "decision", "agree", "conclu", "recommend", "view", "determin", "resolv", "consider", "felt", "believe", "outcome", "commission", "judge", "satisfied"}
	hintPhrases   = sync.OnceValue(func() *textform.Phrases { return textform.NewPhrases(reviewHints, decisionHints) })
)

const (
	hintReview uint64 = 1 << iota
	hintDecision
)

// squashedHints returns hintPhrases().In(textform.Squash(s)), the squashed
// letters made as wordPhrases makes them: a cheaper test a sentence must
// pass before wordPhrases is worth running on it.
func squashedHints(s string) uint64 {
	q := hintPhrases().Scan()
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				q.Byte(c)
			case 'A' <= c && c <= 'Z':
				q.Byte(c + 'a' - 'A')
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for _, b := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
				q.Byte(b)
			}
		}
	}
	return q.Found()
}

// reviewWords are what a sentence outside a section about a review must
// hold, lower-cased, to be read for a decision.
var reviewWords = sync.OnceValue(func() *textform.Phrases {
	return textform.NewPhrases([]string{"review", "lcspr", "criteri", "threshold"})
})

// mayAboutReview reports whether text, its ASCII letters lowered, holds
// one of reviewWords: whether any sentence of it may.
func mayAboutReview(text string) bool {
	sc := reviewWords().Scan()
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		sc.Byte(c)
		if sc.Found() != 0 {
			return true
		}
	}
	return false
}

// otherThreshold names criteria or a threshold of a process other than a
// local review: referrals, child protection, early help, care proceedings.
var otherThreshold = lazyre.New(`(?:criteria|criterion|threshold)s? (?:for|of) (?:a |an |the )?(?:referral|section 47|s47|child protection|strategy|early help|statutory|social care|care proceedings|intervention|a child in need|child in need|significant harm|camhs|admission|services|support)`)

// splitSentences yields the byte ranges of the sentences of s: text ended
// by ".", "!" or "?" and a space, or cut by a table cell boundary " | " or
// a spaced dash.
func splitSentences(s string) func(yield func(start, end int) bool) {
	return func(yield func(start, end int) bool) {
		start := 0
		for i := 0; i < len(s); i++ {
			cut := -1 // the sentence ends before s[cut]; the next starts at i+1
			switch c := s[i]; {
			case (c == '.' || c == '!' || c == '?') && i+1 < len(s) && isSpace(s[i+1]):
				cut = i
			case (c == '|' || c == '-') && i > 0 && i+1 < len(s) && isSpace(s[i-1]) && isSpace(s[i+1]):
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

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' }

func clausePolarity(clause string, spaceLost bool) polarity {
	return polarityOf(clause, wordPhrases(clause).has, spaceLost)
}

// polarityOf is clausePolarity of a clause whose words hold the phrases
// has (wordPhrases(clause).has).
func polarityOf(clause string, has uint64, spaceLost bool) polarity {
	switch {
	case has&hasUndecided != 0, has&hasUndecidedFuture != 0 && has&hasDecision != 0:
		return undecided
	case has&hasNegative != 0:
		return negative
	case has&hasPositive != 0:
		return positive
	}
	if !spaceLost && strings.Count(clause, " ")*8 > len(clause) {
		return none
	}
	qhas := squashedPhrases().In(notWords.Replace(textform.Squash(clause)))
	switch {
	case qhas&hasUndecidedSquashed != 0:
		return undecided
	case qhas&hasNegativeSquashed != 0:
		return negative
	case qhas&hasPositiveSquashed != 0:
		return positive
	}
	return none
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

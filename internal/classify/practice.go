package classify

import (
	"strings"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// A local child safeguarding practice review's final report is told from a
// rapid review that mentions one, and from the learning briefings that
// summarise it, by what the document calls itself in its title lines and by
// the structure of a report: a reviewer, terms of reference, a method,
// findings and recommendations. Phrases alone cannot do it: a rapid review
// talks of the LCSPR it recommends, a yearly report of the reviews of the
// year, and a final report retells the rapid review that led to it.

// titleName is what a document calls itself first in its title lines.
type titleName int

const (
	titleNone titleName = iota
	titleRapidReview
	titleYearlyReport
	titleArrangements
	titlePractice
	titleBriefing // a learning briefing or summary: not a statutory submission
)

// titleNames are the squashed names by which documents call themselves.
// Practice names do not count when "panel" follows them: the Child
// Safeguarding Practice Review Panel is an addressee, not a title.
var titleNames = []struct {
	name  titleName
	words []string
}{
	{titleRapidReview, selfNames[intake.RapidReview]},
	{titleYearlyReport, selfNames[intake.YearlyReport]},
	{titleArrangements, selfNames[intake.Arrangements]},
	{titlePractice, []string{"childsafeguardingpracticereview", "safeguardingpracticereview", "lcspr", "practicereview", "finalreport", "overviewreport"}},
	{titleBriefing, []string{"minutebriefing", "minutelearningbriefing", "learningbriefing", "practicebriefing", "briefingnote", "learningsummary", "learningbrief"}},
}

// titleLines is how many of a document's first non-blank lines are its
// title: the partnership's name, the document's name and a subtitle.
const titleLines = 5

// nameOf returns what the title lines of text call the document first.
// The title ends where the body's prose begins: what a paragraph of the
// report says it follows ("commissioned after a rapid review") is not what
// the document is. A document that opens with prose has that line for its
// title.
func nameOf(text string, hints []string) titleName {
	var b strings.Builder
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if n > 0 && isProse(line) {
			break
		}
		b.WriteString(textform.Squash(line))
		b.WriteByte(' ')
		if n++; n == titleLines || b.Len() > headBytes {
			break
		}
	}
	s := b.String()
	if len(s) > headBytes {
		s = s[:headBytes]
	}
	got := firstName(s)
	for _, h := range hints {
		// A title that does not name the kind may be named by its file
		// name or subject, and a briefing's file name says what it is.
		switch hn := firstName(textform.Squash(h)); {
		case hn == titleBriefing && (got == titleNone || got == titlePractice):
			got = hn
		case hn != titleNone && got == titleNone:
			got = hn
		}
	}
	return got
}

// isProse tells a line of a paragraph's sentences from a title line: many
// words, or a sentence's end after a few.
func isProse(line string) bool {
	l := strings.TrimSpace(line)
	n := 0
	for i := 0; i < len(l); i++ {
		if l[i] == ' ' && (i == 0 || l[i-1] != ' ') {
			n++
		}
	}
	n++ // words
	switch {
	case n >= 16:
		return true
	case n >= 3 && strings.HasSuffix(l, "."):
		return true
	}
	return n >= 6 && strings.Contains(l, ". ")
}

// firstName returns the name that comes first in s. A briefing is a
// briefing wherever its title says so, unless another kind's name comes
// before it (a yearly report's contents list its briefings); a rapid
// review is one wherever its title says so, since its title may begin
// with the name of the statutory process ("Child safeguarding practice
// review: rapid review of ...").
func firstName(s string) titleName {
	best, at := titleNone, len(s)+1
	briefing, rapid := -1, false
	for _, tn := range titleNames {
		for _, w := range tn.words {
			for from := 0; from < len(s); {
				i := strings.Index(s[from:], w)
				if i < 0 {
					break
				}
				i += from
				from = i + len(w)
				if tn.name == titlePractice && strings.HasPrefix(s[i+len(w):], "panel") {
					continue
				}
				if tn.name == titleRapidReview {
					rapid = true
				}
				if tn.name == titleBriefing {
					if briefing < 0 || i < briefing {
						briefing = i
					}
				} else if i < at {
					best, at = tn.name, i
				}
				break
			}
		}
	}
	if briefing >= 0 && (best == titleNone || best == titlePractice || briefing < at) {
		return titleBriefing
	}
	if best == titlePractice && rapid {
		return titleRapidReview
	}
	return best
}

// practiceSignal is one independent sign of a practice review's report.
type practiceSignal struct {
	name    string
	weight  int
	heading []string       // squashed words a heading may contain
	phrase  *lazyre.Regexp // or a phrase anywhere (lower case text)
	keys    []string       // one of which every match of phrase holds
}

var practiceSignals = []practiceSignal{
	{name: "reviewer", weight: 1, phrase: lazyre.New(`\b(?:lead|independent|external) (?:reviewers?|authors?)\b|(?m)^\s*(?:reviewers?|authors?|written by)\s*[:|]`),
		keys: []string{"reviewer", "author", "written by"}},
	{name: "terms_of_reference", weight: 1, heading: []string{"termsofreference", "scopeofthereview", "reviewscope"}},
	{name: "methodology", weight: 1, heading: []string{"methodology", "method", "approach", "reviewprocess", "howthereviewwas", "howwecarried", "howwedid"}},
	{name: "findings", weight: 1, heading: []string{"findings", "analysis", "keypracticeepisodes", "learningthemes", "whatwefound", "whatthereviewfound", "whatthereviewhasfound"}},
	{name: "recommendations", weight: 1, heading: []string{"recommendations", "improvementstobemade", "improvementsneeded"}},
	// A report closes with its conclusions, and says of itself when, or
	// whether, it will be published, which a briefing published in its
	// place does not.
	{name: "conclusion", weight: 1, heading: []string{"conclusion", "concludingremarks", "concludingcomments"}},
	{name: "publication", weight: 1, phrase: lazyre.New(`\bpublication of this (?:final |overview |full )?report\b|\bthis (?:final |overview |full )?report (?:will|is to|is due to|is expected to|is planned to|would) (?:not )?be published\b|\bpublish(?:ed|ing)? this (?:final |overview |full )?report\b`),
		keys: []string{"this report", "this final report", "this overview report", "this full report"}},
	{name: "final_report", weight: 1, phrase: lazyre.New(`\b(?:final|overview|published) report\b`),
		keys: []string{"final report", "overview report", "published report"}},
	// The statutory name of what the partners publish in place of the
	// report, where they publish only that.
	{name: "improvements", weight: 2, phrase: lazyre.New(`\bimprovements (?:to be|that (?:will|should|must) be|needed to be) made\b`),
		keys: []string{"improvements "}},
}

// practiceEvidence is what a document shows of a practice review's report.
type practiceEvidence struct {
	title   titleName
	score   int      // the weight of the signals present
	signals []string // their names, for Scores and debugging
	// concludes: the document has findings or says what is to improve,
	// as a report does and its terms of reference do not.
	concludes bool
	// rapidForm: the document carries a rapid review's own facts — the
	// notification's date and the decision on a local review.
	rapidForm bool
}

// Thresholds: a document that calls itself a practice review needs
// practiceMin of the report's signs; one that names no kind in its title
// needs practiceUntitled.
const (
	practiceMin      = 3
	practiceUntitled = 5
)

var (
	sinDateLine   = lazyre.New(`(?i)(?:date (?:of )?(?:the )?(?:serious incident )?notification|\bSIN\)? ?date|date (?:of )?(?:the )?SIN\b)`)
	decisionLine  = lazyre.New(`(?i)(?:decision|decided|criteria)[^\n]{0,80}(?:lcspr|local (?:child safeguarding )?practice review)|(?:lcspr|local (?:child safeguarding )?practice review)[^\n]{0,40}(?:decision|criteria)`)
	headingNumber = lazyre.New(`^(?:(?:section|part|chapter|appendix)\s+)?(?:[0-9]+(?:\.[0-9]+)*[.):]?|[ivx]+[.):]|[a-h][.)])?\s*`)
	contentsTail  = lazyre.New(`[\s.·…_-]*[0-9]+$`)
)

// readPractice gathers the evidence for a practice review in text.
func readPractice(text string, hints []string) practiceEvidence {
	ev := practiceEvidence{title: nameOf(text, hints)}
	low := strings.ToLower(text)
	heads := headings(text)
	for _, s := range practiceSignals {
		found := false
		if s.phrase != nil && (s.keys == nil || containsAny(low, s.keys)) {
			found = s.phrase.MatchString(low)
		}
		for _, h := range heads {
			if found {
				break
			}
			for _, w := range s.heading {
				if strings.Contains(h, w) {
					found = true
					break
				}
			}
		}
		if found {
			ev.score += s.weight
			ev.signals = append(ev.signals, s.name)
			switch s.name {
			case "findings", "recommendations", "improvements":
				ev.concludes = true
			}
		}
	}
	// Each pattern runs only where the words it needs are.
	ev.rapidForm = containsAny(low, []string{"notification", "sin date", "sin) date", "sindate", "date of sin", "date sin", "date of the sin"}) &&
		containsAny(low, []string{"lcspr", "practice review"}) &&
		sinDateLine.MatchString(text) && decisionLine.MatchString(text)
	return ev
}

// verdict decides from the evidence: a practice review, a document that
// is not a statutory submission (a briefing, or a review's other papers:
// its terms of reference, an action plan), or neither (the other kinds
// are scored as ever).
func (ev practiceEvidence) verdict() titleName {
	switch {
	case ev.title == titleBriefing:
		return titleBriefing
	case ev.title == titlePractice && ev.concludes && ev.score >= practiceMin:
		return titlePractice
	case ev.title == titlePractice && !ev.rapidForm:
		return titleBriefing
	case !ev.concludes:
		return titleNone
	case ev.title == titleNone && !ev.rapidForm && ev.score >= practiceUntitled:
		return titlePractice
	}
	return titleNone
}

// headings returns the squashed text of the lines of text that read as
// headings: short, not a sentence, perhaps numbered ("4. Findings"), or an
// entry of a contents page ("Terms of reference ...... 4"). A text with
// few lines (its layout lost) is taken line by line as if each were one.
func headings(text string) []string {
	var out []string
	lines := 0
	for line := range strings.SplitSeq(text, "\n") {
		if lines++; lines > 20000 {
			break
		}
		l := strings.TrimSpace(line)
		if l == "" || len(l) > 90 {
			continue
		}
		l = contentsTail.ReplaceAllString(l, "")
		l = headingNumber.ReplaceAllString(strings.ToLower(l), "")
		if l == "" || strings.HasSuffix(l, ".") || strings.HasSuffix(l, ",") || len(strings.Fields(l)) > 10 {
			continue
		}
		if r := []rune(l)[0]; !unicode.IsLetter(r) {
			continue
		}
		out = append(out, textform.Squash(l))
	}
	return out
}

// Package classify decides which statutory kind a submitted document is —
// rapid review, yearly report, safeguarding arrangements or practice
// review — from its text and from hints such as its file name or an email
// subject.
package classify

import (
	"strings"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// feature is a phrase that speaks for a kind. Phrases are matched squashed
// (lower case, letters and digits only), so text whose extractor lost the
// spaces between words scores as written.
type feature struct {
	phrase string
	weight float64
}

// features lists, per kind, the phrases its documents use and others
// rarely do. A document's own name for itself ("Rapid review", "Annual
// report", "Safeguarding arrangements") weighs most.
var features = map[intake.Kind][]feature{
	intake.RapidReview: {
		{"rapid review", 4},
		{"serious incident notification", 4},
		{"serious child safeguarding incident", 3},
		{"serious safeguarding incident", 2},
		{"notifiable incident", 2},
		{"15 working days", 2},
		{"lcspr", 2},
		{"local child safeguarding practice review", 1.5},
		{"national review", 1.5},
		{"child safeguarding practice review panel", 1},
		{"immediate actions", 1},
		{"agencies involved", 1},
		{"date of incident", 1.5},
		{"date of notification", 1.5},
	},
	intake.YearlyReport: {
		{"annual report", 4},
		{"yearly report", 4},
		{"year in review", 2},
		{"this report covers", 1.5},
		{"reporting period", 1.5},
		{"reporting year", 1.5},
		{"what we did", 1.5},
		{"what we have done", 1.5},
		{"financial contributions", 1.5},
		{"our priorities", 1},
		{"priorities for", 1},
		{"during the year", 1},
		{"over the past year", 1},
		{"this year", 0.5},
		{"achievements", 1},
		{"foreword", 1},
		{"budget", 0.5},
		{"multi-agency training", 1},
		{"how effective", 1},
		{"business plan", 1},
	},
	intake.Arrangements: {
		{"safeguarding arrangements", 4},
		{"multi-agency safeguarding arrangements", 2},
		{"local safeguarding arrangements", 2},
		{"published arrangements", 2},
		{"new arrangements", 1.5},
		{"these arrangements", 1.5},
		{"children and social work act 2017", 2},
		{"lead safeguarding partner", 2},
		{"delegated safeguarding partner", 2},
		{"geographical area", 1.5},
		{"relevant agencies", 1.5},
		{"independent scrutiny", 1},
		{"safeguarding partners", 1},
		{"threshold document", 1},
		{"will work together", 1},
	},
}

// Scoring constants: a phrase counts at most bodyCap times in the body and
// once more, headWeight times over, on the first page; a hint counts
// hintWeight times. A kind needs minScore and a lead of minLead over the
// next to be decided.
const (
	bodyCap    = 3
	headWeight = 4
	hintWeight = 6
	minScore   = 8
	minLead    = 3
	firstBonus = 16
	headLines  = 8
	headBytes  = 600
	maxText    = 1 << 20
)

// relevant are squashed words without one of which a text is not a
// safeguarding document, whatever its name says.
var relevant = []string{"safeguard", "childprotection", "childrenssocialcare", "lcspr", "seriousincidentnotification"}

var (
	sinWord = lazyre.New(`\bSIN\b`)
	linkRe  = lazyre.New(`(?i)\b(?:https?://|www\.)\S+`)
)

// Kind decides the kind of a document from its text and hints (a file
// name, an email subject, a folder). It returns intake.Unknown when the text
// is not a safeguarding document or no kind stands out. A text that is just
// a link is taken as arrangements, which are usually submitted that way,
// unless the hints name another kind.
//
// A practice review is decided first, from its title and the structure of
// its report (see practice.go); a learning briefing is no statutory kind.
func Kind(text string, hints ...string) intake.Kind { return KindOf(text, nil, hints...) }

// KindOf is Kind for a document whose structure its format gave
// (extract.Document.Blocks; nil blocks are inferred from text). A document
// whose title and shape make it the record of a meeting or a newsletter
// is none of the kinds, whatever it speaks of (see genre.go).
func KindOf(text string, blocks []document.Block, hints ...string) intake.Kind {
	if len(text) > maxText {
		text = text[:maxText]
	}
	var practice *practiceEvidence
	if fromNationalBody(text) {
		return intake.Unknown
	}
	if isRelevant(text) {
		ev := readPractice(text, hints)
		practice = &ev
		if readGenre(text, blocks, hints).notSubmission(ev) {
			return intake.Unknown
		}
		switch ev.verdict() {
		case titlePractice:
			return intake.PracticeReview
		case titleBriefing:
			return intake.Unknown
		}
	}
	return decide(scores(text, hints, practice))
}

func isRelevant(text string) bool { return containsAny(textform.Squash(text), relevant) }

func decide(scores map[intake.Kind]float64) intake.Kind {
	best, bestScore, second := intake.Unknown, 0.0, 0.0
	for _, k := range kinds {
		switch s := scores[k]; {
		case s > bestScore:
			best, bestScore, second = k, s, bestScore
		case s > second:
			second = s
		}
	}
	if bestScore < minScore || bestScore-second < minLead {
		return intake.Unknown
	}
	return best
}

// kinds fixes the order in which kinds are compared, so ties are stable.
var kinds = []intake.Kind{intake.RapidReview, intake.YearlyReport, intake.Arrangements}

// Scores returns the evidence for each kind, for debugging and for the
// receipt of an undecided submission. A kind with no evidence is absent.
func Scores(text string, hints ...string) map[intake.Kind]float64 { return scores(text, hints, nil) }

// scores is Scores with the practice review's evidence, when it was
// already read.
func scores(text string, hints []string, practice *practiceEvidence) map[intake.Kind]float64 {
	if len(text) > maxText {
		text = text[:maxText]
	}
	scores := make(map[intake.Kind]float64)
	var hinted []string
	for _, h := range hints {
		if h = textform.Squash(h); h != "" {
			hinted = append(hinted, h)
		}
	}
	for _, k := range kinds {
		for _, f := range features[k] {
			for _, h := range hinted {
				if strings.Contains(h, squashed(f.phrase)) {
					scores[k] += hintWeight * f.weight
				}
			}
		}
	}

	if linkOnly(text) {
		if decide(scores) == intake.Unknown {
			scores[intake.Arrangements] += minScore + minLead
		}
		return clean(scores)
	}

	body := textform.Squash(text)
	if !containsAny(body, relevant) {
		return map[intake.Kind]float64{}
	}
	first := textform.Squash(firstPage(text))
	for _, k := range kinds {
		for _, f := range features[k] {
			p := squashed(f.phrase)
			n := min(strings.Count(body, p), bodyCap)
			if n == 0 {
				continue
			}
			score := float64(n) * f.weight
			if strings.Contains(first, p) {
				score += headWeight * f.weight
			}
			scores[k] += score
		}
	}
	// A document names itself before it names anything else.
	if k, ok := namedFirst(first); ok {
		scores[k] += firstBonus
	}
	if n := len(sinWord.FindAllStringIndex(text, bodyCap)); n > 0 {
		scores[intake.RapidReview] += 2 * float64(n)
	}
	// A practice review is decided by its own rule; its evidence is shown
	// beside the others'.
	if practice == nil {
		ev := readPractice(text, hints)
		practice = &ev
	}
	scores[intake.PracticeReview] = float64(practice.score)
	return clean(scores)
}

// selfNames are the names by which documents of each kind call themselves.
var selfNames = map[intake.Kind][]string{
	intake.RapidReview:  {"rapidreview"},
	intake.YearlyReport: {"annualreport", "yearlyreport"},
	intake.Arrangements: {"safeguardingarrangements", "multiagencyarrangements", "arrangementsforsafeguarding"},
}

// namedFirst returns the kind whose name comes first in s.
func namedFirst(s string) (intake.Kind, bool) {
	best, at := intake.Unknown, len(s)
	for _, k := range kinds {
		for _, n := range selfNames[k] {
			if i := strings.Index(s, n); i >= 0 && i < at {
				best, at = k, i
			}
		}
	}
	return best, best != intake.Unknown
}

func clean(scores map[intake.Kind]float64) map[intake.Kind]float64 {
	for k, s := range scores {
		if s == 0 {
			delete(scores, k)
		}
	}
	return scores
}

// linkOnly reports whether text is one link and little else, as a link
// submission or a saved web shortcut is.
func linkOnly(text string) bool {
	if len(text) > 4096 {
		return false
	}
	links := linkRe.FindAllString(text, 3)
	if len(links) != 1 {
		return false
	}
	rest := strings.Fields(strings.Replace(text, links[0], " ", 1))
	// A bare "www." address is a link only when it stands nearly alone:
	// page footers ("Produced with ... www.example.com") are not submissions.
	if !strings.HasPrefix(strings.ToLower(links[0]), "http") {
		return len(rest) <= 3
	}
	return len(rest) <= 15
}

// firstPage returns the title lines of text, where a document names
// itself: its first few lines, or its first bytes when layout was lost.
func firstPage(text string) string {
	var b strings.Builder
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
		if n++; n == headLines || b.Len() >= headBytes {
			break
		}
	}
	s := b.String()
	if len(s) > headBytes {
		s = s[:headBytes]
	}
	return s
}

var squashedPhrases = map[string]string{}

func init() {
	for _, fs := range features {
		for _, f := range fs {
			squashedPhrases[f.phrase] = textform.Squash(f.phrase)
		}
	}
}

func squashed(phrase string) string { return squashedPhrases[phrase] }

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

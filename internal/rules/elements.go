package rules

import (
	"strings"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// element is something the guidance says a kind of document must or
// should cover, and the phrases by which real documents show they do.
type element struct {
	name string   // the finding is missing_<name>
	must bool     // an error when absent; otherwise a warning
	what string   // what the element is, for the message
	cues []string // lower-case phrases; any one is enough
}

// elements lists, per kind, what a document must (error) or should
// (warning) cover:
//
//	kind           must                               should
//	yearly_report  activity, effectiveness, reviews   training, voice_of_child, scrutiny, funding,
//	                                                  education, relevant_agencies, learning
//	rapid_review   -                                  agency_involvement, immediate_actions, learning
//	arrangements   area, scrutiny                     relevant_agencies
//
// The partners of arrangements are checked from their fields, and the
// fields of a rapid review (SIN, decisions) have their own codes.
var elements = map[intake.Kind][]element{
	intake.YearlyReport: {
		{"activity", true, "what the safeguarding partners did during the year", []string{
			"activity", "activities", "what we did", "what we have done", "achievement", "work undertaken",
			"our work", "progress", "we delivered", "we have delivered", "we launched", "we developed", "implemented"}},
		{"effectiveness", true, "how effective the arrangements have been", []string{
			"effectiveness", "how effective", "effective", "impact of", "impact on", "evaluat", "difference we have made",
			"difference made", "outcomes for children", "quality assurance", "multi-agency audit"}},
		{"reviews", true, "the child safeguarding practice reviews (local and national) and what was learned from them", []string{
			"child safeguarding practice review", "lcspr", "rapid review", "serious case review", "practice review",
			"learning review", "national review", "serious incident notification"}},
		{"training", false, "multi-agency training", []string{
			"training", "workforce development", "learning and development", "e-learning", "courses", "briefings"}},
		{"voice_of_child", false, "the voice of children and families", []string{
			"voice of the child", "voice of children", "child's voice", "children's voice", "voices of children",
			"lived experience", "youth council", "young people told us", "children told us", "participation",
			"views of children", "children's views", "young people's views", "feedback from children"}},
		{"scrutiny", false, "independent scrutiny of the arrangements", []string{
			"independent scrutin", "scrutineer", "independent chair", "independent person", "scrutiny"}},
		{"funding", false, "the partners' funding and budget", []string{
			"funding", "budget", "financial contribution", "contributions", "finance", "expenditure", "£"}},
		{"education", false, "the role of schools and education", []string{
			"school", "education", "college", "early years", "designated safeguarding lead"}},
		{"relevant_agencies", false, "the relevant agencies", []string{"relevant agenc"}},
		{"learning", false, "the learning from reviews and how it was shared", []string{
			"learning", "lessons learned", "lessons learnt", "key findings"}},
	},
	intake.RapidReview: {
		{"agency_involvement", false, "which agencies were involved with the child and family", []string{
			"agencies involved", "agency involvement", "involved agencies", "agencies who were involved",
			"agencies that were involved", "agencies known", "known to", "agency information", "information returns",
			"chronology", "contact with the family", "involvement with the family", "involved with the family"}},
		{"immediate_actions", false, "the immediate actions taken to keep children safe", []string{
			"immediate action", "actions taken", "action taken", "actions already taken", "urgent action",
			"immediate safeguarding", "steps taken", "safety plan", "immediate learning and action"}},
		{"learning", false, "the learning identified", []string{
			"learning", "lessons learned", "lessons learnt", "key findings", "practice issues"}},
	},
	intake.Arrangements: {
		{"area", true, "the geographical area the arrangements cover", []string{
			"geograph", "area covered", "areas covered", "area we cover", "covers the area", "cover the area",
			"footprint", "boundar", "coterminous", "co-terminous", "local authority area", "county area",
			"borough area", "city area", "administrative area"}},
		{"scrutiny", true, "the independent scrutiny of the arrangements", []string{
			"independent scrutin", "scrutineer", "independent chair", "independent person", "scrutiny"}},
		{"relevant_agencies", false, "the relevant agencies the partners work with", []string{"relevant agenc"}},
	},
}

func (c *checker) elements() {
	for _, e := range elements[c.in.Kind] {
		if c.covers(e) {
			continue
		}
		sev := "Please cover it in future documents."
		if e.must {
			sev = "Add it and upload the document again."
		}
		c.findings = append(c.findings, intake.Missing(e.name, e.must,
			"We could not find "+e.what+" in the document. "+sev))
	}
}

func (c *checker) covers(e element) bool {
	if c.text == nil {
		c.text = prepare(c.in.Text)
	}
	for _, cue := range e.cues {
		if strings.Contains(c.text.words, cue) {
			return true
		}
	}
	if !c.text.spaceLost {
		return false
	}
	for _, cue := range e.cues {
		if q := textform.Squash(cue); q != "" && strings.Contains(c.text.squashed, q) {
			return true
		}
	}
	return false
}

// maxText bounds the text searched for elements.
const maxText = 2 << 20

// text is a document's text in the forms elements are looked for in.
type text struct {
	words     string // lower case, runs of space collapsed, line-end hyphens joined
	squashed  string // lower case letters and digits only, for text that lost its spaces
	spaceLost bool
}

func prepare(s string) *text {
	if len(s) > maxText {
		s = s[:maxText]
	}
	var b strings.Builder
	b.Grow(len(s))
	letters, spaces := 0, 0
	space := false
	for _, r := range strings.ToLower(strings.ToValidUTF8(s, " ")) {
		switch {
		case r == '\u2019':
			r = '\''
		case unicode.IsSpace(r):
			spaces++
			space = true
			continue
		case unicode.IsLetter(r):
			letters++
		}
		if space {
			// "multi-\nagency" was one word before the line broke.
			if b.Len() == 0 || !strings.HasSuffix(b.String(), "-") {
				b.WriteByte(' ')
			}
			space = false
		}
		b.WriteRune(r)
	}
	t := &text{words: b.String()}
	t.spaceLost = letters > 200 && letters > 14*(spaces+1)
	if t.spaceLost {
		t.squashed = textform.Squash(t.words)
	}
	return t
}

package rules

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// element is something the guidance says a kind of document must or
// should cover, and the phrases by which real documents show they do.
type element struct {
	name string   // the finding is missing_<name>
	must bool     // an error when absent; otherwise a warning
	what string   // what the element is, for the message
	cues []string // lower-case phrases; any one in the body is enough
}

// shownByActions are the elements of which the partners' actions, told in
// the past tense, are evidence too.
var shownByActions = map[string]bool{"activity": true}

// headingNames are what sections covering each element are headed, in any
// of the ways people head them; a heading, or the opening of a section,
// whose stemmed words hold all of one name's covers the element. They
// carry the meaning; cues are the body's evidence when no section says so.
var headingNames = map[string][]string{
	"activity": {"activity", "what we did", "what we have done", "what partnership did", "what partners did", "work this year", "partnership work",
		"work of partnership", "achievement", "year in review", "progress", "delivery", "highlights", "what we delivered",
		"developments", "work undertaken", "priorities", "work programme", "business plan"},
	"effectiveness": {"effectiveness", "effective", "how well", "impact", "evaluation", "difference we made", "difference made", "outcomes",
		"assurance", "performance", "how do we know", "what difference", "difference", "how are we doing", "how we are doing"},
	"reviews": {"practice review", "case review", "rapid review", "lcspr", "serious incident", "learning review", "reviews",
		"learning from reviews", "serious case"},
	"training": {"training", "workforce development", "learning and development", "professional development", "learning offer", "courses"},
	"voice_of_child": {"voice", "lived experience", "children views", "young people views", "participation", "what children told us",
		"what young people told us", "hearing from children", "engagement with children", "listening to children"},
	"scrutiny":          {"scrutiny", "scrutineer", "independent chair", "independent oversight", "independent challenge"},
	"funding":           {"funding", "budget", "finance", "financial", "resources", "contributions", "money", "spend"},
	"education":         {"education", "schools", "school", "early years", "colleges"},
	"relevant_agencies": {"relevant agencies", "relevant agency"},
	"learning":          {"learning", "lessons", "key findings"},
	"agency_involvement": {"agency involvement", "agencies involved", "involvement", "agencies", "chronology", "background", "family history",
		"professional involvement", "what was known", "agency information", "agency contact", "who knew", "who was involved",
		"services involved", "professionals involved", "agency contact"},
	"immediate_actions": {"immediate action", "actions taken", "action taken", "safeguarding action", "steps taken",
		"immediate safeguarding", "action already taken", "immediate response", "actions so far", "actions",
		// What has been done since the incident, by the words of time.
		"happened since", "done since", "taken since", "since incident", "already done", "done so far", "done already",
		// What was done at once, by the words of haste.
		"done immediately", "did immediately", "taken immediately", "acted immediately", "done straight away", "did straight away",
		"taken straight away", "done at once", "did at once", "done urgently", "first steps"},
	"recommendations": {"recommendations", "recommendation", "improvements to be made", "improvements needed", "improvements required",
		"what needs to change", "what must change", "areas for improvement"},
	"child_perspective": {"child perspective", "children perspective", "child experience", "children experience", "lived experience",
		"voice of child", "voice of children", "child voice", "children voice", "child views", "children views", "in own words",
		"family context", "family background", "what life was like", "day to day life",
		"young person experience", "young people experience",
		// The child heard: "Amira's voice", "In Sam's words", "What the
		// children told the review".
		"voice", "own words", "in words", "told review", "told reviewer", "told us"},
	"systemic_analysis": {"systemic", "systems findings", "systems learning", "systems analysis", "analysis", "underlying", "root cause", "reasons behind", "reasons why", "why happened",
		"why things happened", "why practice", "contributory factors", "contributing factors", "what got in way", "what helped and hindered"},
	"area": {"area", "geography", "geographical", "footprint", "boundaries", "who we cover", "where we work", "our area",
		"where arrangements apply", "where arrangements cover"},
}

// headingStems are headingNames stemmed, per element, made when a
// document is first checked.
var headingStems = sync.OnceValue(func() map[string][][]string {
	out := map[string][][]string{}
	for el, names := range headingNames {
		for _, n := range names {
			out[el] = append(out[el], textform.Stems(n))
		}
	}
	return out
})

// elements lists, per kind, what a document must (error) or should
// (warning) cover:
//
//	kind           must                               should
//	yearly_report  activity, effectiveness, reviews   training, voice_of_child, scrutiny, funding,
//	                                                  education, relevant_agencies, learning
//	rapid_review   -                                  agency_involvement, immediate_actions, learning
//	arrangements   area, scrutiny                     relevant_agencies
//	practice_review recommendations                   systemic_analysis, child_perspective
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
		{"relevant_agencies", false, "the relevant agencies", []string{"relevant agenc", "all agencies", "partner agencies", "other agencies",
			"agencies working with", "agencies that work with", "wider partnership", "relevant partners", "agencies share", "multi-agency"}},
		{"learning", false, "the learning from reviews, audits and scrutiny and how it was shared and acted on", []string{
			"learning", "learnt", "learned", "key findings"}},
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
			"learning", "learnt", "learned", "key findings", "practice issues"}},
	},
	intake.Arrangements: {
		{"area", true, "the geographical area the arrangements cover", []string{
			"geograph", "area covered", "areas covered", "area we cover", "covers the area", "cover the area",
			"footprint", "boundar", "coterminous", "co-terminous", "local authority area", "county area",
			"borough area", "city area", "administrative area",
			// The arrangements' reach stated of the place: "apply across
			// the borough", "cover the whole of the county".
			"apply across", "applies across", "apply throughout", "applies throughout", "cover the whole"}},
		{"scrutiny", true, "the independent scrutiny of the arrangements", []string{
			"independent scrutin", "scrutineer", "independent chair", "independent person", "scrutiny"}},
		{"relevant_agencies", false, "the relevant agencies the partners work with", []string{"relevant agenc"}},
	},
	intake.PracticeReview: practiceElements,
}

// Elements returns the names of the elements a document of kind must or
// should cover, as its missing_<name> findings name them.
func Elements(kind intake.Kind) []string {
	var out []string
	for _, e := range elements[kind] {
		out = append(out, e.name)
	}
	return out
}

func (c *checker) elements() {
	for _, e := range elements[c.in.Kind] {
		if ev, ok := c.covers(e); ok {
			if c.in.Evidence != nil {
				c.in.Evidence[e.name] = ev
			}
			continue
		}
		sev := "Please cover it in future documents."
		if e.must {
			sev = "Add it and upload the document again."
		}
		looked := lookedFor(e)
		if st, ok := statements[c.in.Kind][e.name]; ok {
			looked += " We also looked for " + st.says + "."
		}
		c.findings = append(c.findings, intake.Missing(e.name, e.must,
			"We could not find "+e.what+" in the document. "+looked+" "+sev))
	}
}

// lookedFor says in a message what was looked for: a section headed as
// the element, or words about it.
func lookedFor(e element) string {
	hs := headingNames[e.name]
	var ex []string
	for _, h := range hs[:min(3, len(hs))] {
		ex = append(ex, "\u201c"+upperFirst(h)+"\u201d")
	}
	cues := e.cues[:min(3, len(e.cues))]
	var cs []string
	for _, c := range cues {
		cs = append(cs, "\u201c"+c+"\u201d")
	}
	switch {
	case len(ex) > 0 && len(cs) > 0:
		return "We looked for a section headed, for example, " + strings.Join(ex, ", ") + ", and for passages that speak of it, such as " + strings.Join(cs, ", ") + "."
	case len(cs) > 0:
		return "We looked for passages that speak of it, such as " + strings.Join(cs, ", ") + "."
	}
	return ""
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// passedOnBy ends where what follows is the means by which something was
// passed on ("learning was shared through briefings", "cascaded via our
// briefings"). A cue that also names such a means (channelCues) is no
// evidence written so: that is how findings travel, not training given to
// the workforce, which briefings held for practitioners may be.
var channelCues = map[string]bool{"briefings": true}

var passedOnBy = lazyre.New(`\b(?:shared|disseminated|circulated|cascaded|communicated|spread|passed on|fed back|publicised|promoted)(?: (?:with|to|across) [a-z'-]+(?: [a-z'-]+)?)? (?:through|via|in|at|by|using|by way of|as) (?:[^ .;:|]+ ){0,3}$`)

// covers reports whether the document covers e, and where: a heading or a
// section's opening line that names it, else a passage of the body with
// one of its cues.
func (c *checker) covers(e element) (intake.Evidence, bool) {
	ev, held, ok := c.sectionNames(e)
	if ok {
		return ev, true
	}
	if c.text == nil {
		c.text = prepare(withoutChrome(c.in.Text, c.in.Blocks))
	}
	// The words of a placeholder section are no evidence of its element.
	var skip [][2]int
	for _, h := range held {
		if w := prepare(h).words; w != "" {
			for from := 0; len(skip) < 20; {
				i := strings.Index(c.text.words[from:], w)
				if i < 0 {
					break
				}
				skip = append(skip, [2]int{from + i, from + i + len(w)})
				from += i + len(w)
			}
		}
	}
	for _, cue := range e.cues {
		if !c.hasCue(e) {
			break // none of its cues is anywhere in the text
		}
		for from, n := 0, 0; n < 50; n++ {
			i := strings.Index(c.text.words[from:], cue)
			if i < 0 {
				break
			}
			i += from
			if !within(skip, i) && !(channelCues[cue] && passedOnBy.MatchString(c.text.words[max(0, i-64):i])) {
				return c.passage(cue, c.text.words[max(0, i-40):min(len(c.text.words), i+len(cue)+60)]), true
			}
			from = i + len(cue)
		}
	}
	if i, j, ok := c.stated(e, skip); ok {
		return c.passage(c.text.words[i:j], c.text.words[max(0, i-30):min(len(c.text.words), j+60)]), true
	}
	if e.name == "child_perspective" {
		if i, j, ok := c.childHeard(skip); ok {
			return c.passage(c.text.words[i:j], c.text.words[max(0, i-30):min(len(c.text.words), j+60)]), true
		}
	}
	if shownByActions[e.name] {
		if i, ok := partnersActions(c.text.words); ok && !within(skip, i) {
			return c.passage(c.text.words[i:min(len(c.text.words), i+12)], c.text.words[i:min(len(c.text.words), i+100)]), true
		}
	}
	if !c.text.spaceLost {
		return intake.Evidence{}, false
	}
	for _, cue := range e.cues {
		if q := textform.Squash(cue); q != "" && strings.Contains(c.text.squashed, q) {
			return intake.Evidence{Text: document.Snippet(cue, intake.MaxEvidence)}, true
		}
	}
	return intake.Evidence{}, false
}

// sectionNames finds a heading, or the first line of a section, that names
// e and whose section is not a placeholder ("To follow", "TBC"). It also
// returns the placeholder sections that name e, whose words are no
// evidence of it either.
func (c *checker) sectionNames(e element) (intake.Evidence, []string, bool) {
	names := headingStems()[e.name]
	if len(names) == 0 {
		return intake.Evidence{}, nil, false
	}
	if c.headings == nil {
		c.headings = sectionOpenings(c.in.Blocks)
	}
	var held []string
	for _, h := range c.headings {
		for _, n := range names {
			if !textform.HasAll(h.stems, n) {
				continue
			}
			if body := sectionBody(c.in.Blocks, h.block, h.text); placeholderOnly(body, h.stems) {
				held = append(held, h.text+"\n"+body)
				break
			}
			return intake.Evidence{Page: h.page, Text: document.Snippet(h.text, intake.MaxEvidence)}, held, true
		}
	}
	return intake.Evidence{}, held, false
}

// opening is a heading, or the line that opens a section, with its stems
// and the index of its block.
type opening struct {
	text  string
	page  int
	block int
	stems []string
}

// maxOpenings bounds the headings looked at.
const maxOpenings = 5000

// sectionOpenings lists the content headings of blocks, and for a
// document without headings the short first lines of its paragraphs,
// which are how plain text heads its sections.
func sectionOpenings(bs []document.Block) []opening {
	out := []opening{}
	for i, b := range bs {
		if len(out) >= maxOpenings {
			break
		}
		text, ok := openingOf(bs, i)
		if !ok {
			continue
		}
		out = append(out, opening{text: text, page: b.Page, block: i, stems: textform.Stems(text)})
	}
	return out
}

// opensSection reports whether block i opens a section.
func opensSection(bs []document.Block, i int) bool {
	_, ok := openingOf(bs, i)
	return ok
}

// openingOf returns the words with which block i opens a section: a
// heading, or a paragraph's short first line or the words before its
// colon ("Training:").
func openingOf(bs []document.Block, i int) (string, bool) {
	b := bs[i]
	if !b.IsContent() {
		return "", false
	}
	text := b.Text
	switch {
	case b.Kind == document.Heading:
	case b.Kind == document.Paragraph && (i == 0 || bs[i-1].Kind == document.Heading || bs[i-1].Kind != document.Paragraph):
		// A section that opens by naming its subject: "Training:" or a
		// short first line.
		first, _, _ := strings.Cut(text, "\n")
		if k := strings.IndexAny(first, ":\u2013"); k > 0 && k < 60 {
			first = first[:k]
		} else if len(first) > 60 || strings.HasSuffix(first, ".") {
			return "", false
		}
		text = first
	case b.Kind == document.Row && (i == 0 || bs[i-1].Kind != document.Row) && headerRow(b.Cells):
		// A table opens with the names of its columns: "Agency |
		// Involvement".
		text = strings.Join(b.Cells, " ")
	default:
		return "", false
	}
	if len(text) > 200 {
		return "", false
	}
	return text, true
}

// headerRow reports whether cells name a table's columns: two or more
// short cells of words, none a figure or a sentence.
func headerRow(cells []string) bool {
	n := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if len(c) > 40 || strings.ContainsAny(c, "0123456789.;") {
			return false
		}
		n++
	}
	return n >= 2
}

// within reports whether i lies in one of spans.
func within(spans [][2]int, i int) bool {
	for _, s := range spans {
		if s[0] <= i && i < s[1] {
			return true
		}
	}
	return false
}

// passage is the evidence of a cue found in the body: the document's words
// around it, on the page of the block that holds them.
func (c *checker) passage(cue, around string) intake.Evidence {
	around = strings.TrimSpace(around)
	if i := strings.IndexByte(around, ' '); i >= 0 && i < 20 && !strings.HasPrefix(around, cue) {
		around = around[i+1:] // start at a word
	}
	ev := intake.Evidence{Text: document.Snippet(around, intake.MaxEvidence)}
	for i, b := range c.in.Blocks {
		if b.Page > 0 && b.IsContent() && strings.Contains(c.lowBlock(i), cue) {
			ev.Page = b.Page
			break
		}
	}
	return ev
}

// lowBlock returns block i's text lower-cased, each block lowered once.
func (c *checker) lowBlock(i int) string {
	for len(c.lowBlocks) <= i {
		c.lowBlocks = append(c.lowBlocks, strings.ToLower(c.in.Blocks[len(c.lowBlocks)].Text))
	}
	return c.lowBlocks[i]
}

// cuePhrases finds, per kind, which of its elements have a cue in a text:
// list i is the cues of element i of elements[kind].
var cuePhrases = sync.OnceValue(func() map[intake.Kind]*textform.Phrases {
	out := map[intake.Kind]*textform.Phrases{}
	for kind, es := range elements {
		var lists [][]string
		for _, e := range es {
			lists = append(lists, e.cues)
		}
		out[kind] = textform.NewPhrases(lists...)
	}
	return out
})

// hasCue reports whether one of e's cues is in the text's words: one pass
// over them tells it of every element of the kind.
func (c *checker) hasCue(e element) bool {
	if !c.cuedDone {
		c.cuedDone = true
		c.cued = ^uint64(0)
		if p := cuePhrases()[c.in.Kind]; p != nil {
			c.cued = p.In(c.text.words)
		}
	}
	for i, k := range elements[c.in.Kind] {
		if k.name == e.name {
			return c.cued&(1<<i) != 0
		}
	}
	return true
}

// withoutChrome returns the text elements are looked for in: the
// document's own words, without a web page's navigation, cookie bar and
// breadcrumb, whose links ("Training", "Practice reviews") name the site's
// pages, not what the document covers. A document without chrome is its
// text as it is.
func withoutChrome(text string, bs []document.Block) string {
	chrome := false
	for _, b := range bs {
		if b.Furniture == document.Chrome {
			chrome = true
			break
		}
	}
	if !chrome {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for _, bl := range bs {
		if bl.Furniture == document.Chrome {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
		if b.Len() > maxText {
			break
		}
	}
	return b.String()
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
	low := strings.ToLower(strings.ToValidUTF8(s, " "))
	for i := 0; i < len(low); {
		// ASCII byte by byte, what unicode's tests say of it; the rest
		// rune by rune.
		r := rune(low[i])
		if r < utf8.RuneSelf {
			i++
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(low[i:])
			i += n
		}
		switch {
		case r == '\u2019':
			r = '\''
		case r == ' ' || '\t' <= r && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r):
			spaces++
			space = true
			continue
		case 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLetter(r):
			letters++
		}
		if space {
			// "multi-\nagency" was one word before the line broke.
			if b.Len() == 0 || !strings.HasSuffix(b.String(), "-") {
				b.WriteByte(' ')
			}
			space = false
		}
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	t := &text{words: b.String()}
	t.spaceLost = letters > 200 && letters > 14*(spaces+1)
	if t.spaceLost {
		t.squashed = textform.Squash(t.words)
	}
	return t
}

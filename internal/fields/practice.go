package fields

import (
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// Fields of a practice review (DESIGN 4.3), beyond those it shares with a
// rapid review (child, sin_reference) and every kind.
const (
	DecisionDate = "decision_date"
	ReportDate   = "report_date"
	Publication  = "publication"
	Reviewer     = "reviewer"
)

// Values of Publication.
const (
	PublishedFull    = "full"
	ImprovementsOnly = "improvements_only"
	NotPublished     = "not_published"
)

// readPractice sets the fields of a practice review's final report, or of
// the information about the improvements to be made published instead,
// each with its evidence: from a labelled pair where the report has one
// whose label means the field, else from the labels and sentences of the
// text.
func (d *doc) readPractice(set func(k string) func(string, intake.Evidence), own string, ownEv intake.Evidence) {
	set(Child)(d.practiceChild())
	set(SINReference)(d.practiceSINReference())
	decided, decidedEv := d.practiceDate(DecisionDate, func() (time.Time, bool) { return d.dateAtStart(decisionDateLabels) })
	if decided == "" {
		decided, decidedEv = d.eventField(DecisionDate, time.Time{}, time.Time{}, time.Time{})
	}
	if decided == "" {
		decided, decidedEv = d.practiceDate(DecisionDate, d.decisionDate)
	}
	set(DecisionDate)(decided, decidedEv)
	report, reportEv := d.practiceDate(ReportDate, func() (time.Time, bool) {
		if t, ok := d.date(reportDateLabels); ok {
			return t, true
		}
		return d.date(documentDateLabels)
	})
	if report == "" {
		// The document is the report: its own date is the report's.
		report, reportEv = own, ownEv
	}
	set(ReportDate)(report, reportEv)
	if own == "" {
		// The report is the document: the report's date is its own.
		set(DocumentDate)(report, reportEv)
	}
	pub, ev := d.publicationField()
	if pub == "" {
		if t, ok := d.dateAtStart(plannedPublicationLabels); ok {
			pub, ev = intake.ISODate(t), d.evidenceAt(d.hit)
		}
	}
	if pub == "" {
		pub, ev = d.plannedPublication()
	}
	set(PublicationDate)(pub, ev)
	what, said := d.publication(pub != "")
	if said.Text == "" {
		said = ev // published in full on the date it gives
	}
	set(Publication)(what, said)
	set(Reviewer)(d.reviewer())
}

// practiceLabels lists what reports call the fields of a practice review
// that other kinds do not have, matched on meaning as labelNames are.
var practiceLabels = map[string]vocabulary{
	DecisionDate: vocab([]string{"decision", "decision date", "date of decision", "decision to carry out review",
		"decision to undertake review", "decision to undertake lcspr", "decision to commission review",
		"decided to carry out review", "partners decided", "date review commissioned", "review commissioned"},
		"publication published notification sin incident report rapid"),
	ReportDate: vocab([]string{"report date", "date of report", "final report", "date finalised", "report finalised",
		"signed off", "date signed off", "report presented", "presented to partners", "report approved", "report completed"},
		"publication published decision notification sin incident meeting"),
	Reviewer: vocab([]string{"reviewer", "lead reviewer", "independent reviewer", "author", "review author",
		"independent author", "written by", "led by"}, "date"),
}

// practicePair reads field from the first labelled pair whose label means
// it at least as much as any other field, practice or shared.
func (d *doc) practicePair(field string, read func(value, more string) (string, bool)) (string, intake.Evidence, bool) {
	for _, p := range append(document.Pairs(d.blocks), datedLines(d.blocks)...) {
		st := textform.Stems(p.Label)
		score := practiceLabels[field].score(st)
		if score == 0 {
			continue
		}
		other := 0
		for f, v := range practiceLabels {
			if f != field {
				other = max(other, v.score(st))
			}
		}
		for _, r := range rivals {
			other = max(other, means(r, st))
		}
		if other > score {
			continue
		}
		if v, ok := read(charFix.Replace(p.Value), charFix.Replace(p.More)); ok {
			return v, intake.Evidence{Page: p.Page, Text: document.Snippet(p.Label+": "+p.Value, intake.MaxEvidence)}, true
		}
	}
	return "", intake.Evidence{}, false
}

// score is how well a label's stems name the vocabulary's field, as means
// scores the shared fields.
func (v vocabulary) score(stems []string) int {
	best := 0
	for _, s := range stems {
		if v.not[s] {
			return 0
		}
	}
	for _, n := range v.names {
		if len(n) > best && textform.HasAll(stems, n) {
			best = len(n)
		}
	}
	return best
}

// practiceDate reads a date field from a labelled pair, else with read.
func (d *doc) practiceDate(field string, read func() (time.Time, bool)) (string, intake.Evidence) {
	if v, e, ok := d.practicePair(field, d.pairDate); ok {
		return v, e
	}
	d.hit = -1
	if t, ok := read(); ok {
		return intake.ISODate(t), d.evidenceAt(d.hit)
	}
	return "", intake.Evidence{}
}

// toCarryOut is how documents speak of the review being decided on: "to
// carry out the review", "to undertake LCSPR", "to commission a local
// child safeguarding practice review".
const toCarryOut = `to (?:carry out|undertake|commission|conduct|initiate)(?: (?:the|this|a|an))?(?: local)?(?: child safeguarding practice)? (?:review|lcspr)`

var (
	decisionDateLabels = []label{
		lab("decision", `date (?:of )?(?:the )?(?:partners' |partnership's )?decision(?: `+toCarryOut+`)?`),
		lab("decision", `decision (?:date|(?:`+toCarryOut+` )?(?:was )?(?:made|taken|agreed|reached)(?: on)?|`+toCarryOut+`)`),
		lab("decided", `\bdecided(?: on)?`),
		lab("decided", `\bdecided `+toCarryOut),
		lab("agreed", `\bagreed on\b`),
		lab("commissioned", `(?:review|lcspr) (?:was )?commissioned(?: on)?`),
	}
	reportDateLabels = []label{
		lab("report", `(?:final )?report (?:completed|finali[sz]ed|signed off|approved|agreed|dated|date)(?: by the (?:safeguarding )?partners)?(?: on)?`),
		lab("signed off", `signed off(?: by the [a-z' ]{0,40}partners)?(?: on)?`),
		// The label may wrap: "presented to the safeguarding\npartners".
		lab("presented", `report (?:was )?presented(?: to the [a-z' ]{0,40})?(?: on)?`),
		lab("final", `\bversion [0-9.]+ \(final\),?`),
		lab("report", `date (?:of )?(?:the )?(?:final )?report`),
		lab("completed", `review (?:was )?completed(?: on)?`),
	}
	plannedPublicationLabels = []label{
		lab("publish", `will publish\b[a-z' ]{0,60}\bon\b`),
		lab("publish", `(?:to be|due to be|planned to be|intend to) publish(?:ed)?(?: on)?`),
		lab("publication", `publication (?:is )?(?:planned|expected|scheduled|due)(?: for| on)?`),
		lab("published", `\b(?:it|this|the review) will be published(?: on)?`),
		lab("publication", `(?:^|\| )(?:planned )?publication\b`),
	}
	reviewerLabels = []label{
		lab("review", `(?:lead|independent|external) reviewers?`),
		lab("author", `(?:^|\| |independent |lead )authors?\b`),
		lab("reviewer", `(?:^|\| )reviewers?\b`),
		lab("by", `(?:written|led|conducted|carried out|authored|undertaken) by`),
	}
	// personName is a person's name as a report gives its reviewer:
	// perhaps a title, then two to four capitalised words.
	personName = lazyre.New(`^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame)\.? )?[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3}`)
)

// notificationLabels introduce the reference of the serious incident
// notification as a final report gives it, often under the Panel's name.
var notificationLabels = []label{
	lab("notification", `(?:panel|serious incident) notification(?: \(sin\))?(?: reference| ref\b\.?| number| no\b\.?)?`),
}

// practiceSINReference reads the notification's reference, as a report
// labels it or as a rapid review would.
func (d *doc) practiceSINReference() (string, intake.Evidence) {
	var ref string
	if d.labelled(notificationLabels, func(v string) bool {
		m := sinRefValue.FindStringSubmatch(v)
		if m == nil || countDigits(m[1]) < 3 {
			return false
		}
		if h := findDates(m[1]); len(h) > 0 && h[0].start == 0 {
			return false
		}
		ref = strings.TrimRight(m[1], "/-.")
		return true
	}) {
		return ref, d.evidenceAt(d.hit)
	}
	return d.sinReferenceField()
}

// reviewName is how a report's title names the review, around the name
// of the child: "Child H: Local Child Safeguarding Practice Review",
// "'Jacob': ...", "... Review: Siblings C and D", "... Review - Child E".
var reviewName = lazyre.New(`(?i)\b(?:a |the )?(?:local )?(?:child )?safeguarding practice review\b(?: \((?:lcspr|cspr)\))?(?: (?:into|about|concerning|of|for|regarding))?|\blcspr\b`)

// practiceChild names the child the review is about: what the title
// calls them beside the review's name, else the "Child X" the text uses
// most.
func (d *doc) practiceChild() (string, intake.Evidence) {
	title := d.title()
	if rest := strings.TrimSpace(reviewName.ReplaceAllString(title, " ")); rest != "" {
		rest = strings.Trim(rest, " :-–—|,")
		if m := familyRe.FindString(rest); m != "" && len(m) >= len(rest)-1 {
			return family(m), d.evidenceOf(title)
		}
		rest = strings.Trim(rest, "'‘’\"“”")
		low := strings.ToLower(rest)
		if w := strings.Fields(rest); len(w) > 0 && len(w) <= 4 && len(rest) <= 40 && childName.MatchString(rest) &&
			!strings.Contains(low, "safeguarding") && !strings.Contains(low, "review") && !strings.Contains(low, "report") {
			return rest, d.evidenceOf(title)
		}
	}
	return d.childField()
}

// childName is a name as reports give a child: capitalised words, single
// letters and "and" ("Child H", "Jacob", "Siblings C and D").
var childName = lazyre.New(`^[A-Z][A-Za-z'’-]*(?: (?:and|&|[A-Z][A-Za-z'’-]*))*$`)

// dateAtStart returns the first date that follows one of labels straight
// away ("decided on 15 July 2024"), not one further along a sentence the
// label only begins.
func (d *doc) dateAtStart(labels []label) (t time.Time, ok bool) {
	d.labelled(labels, func(v string) bool {
		h := findDates(v)
		if len(h) == 0 || h[0].start > 4 {
			return false
		}
		t, ok = h[0].t, true
		return true
	})
	return t, ok
}

// decisionSentence is a sentence that tells of the decision to carry out
// the review, with its date before the verb: "On 19 June 2024 the
// safeguarding partners decided to carry out a local child safeguarding
// practice review", "on 23 October 2024 the partners agreed that the case
// met the criteria for a local child safeguarding practice review".
var decisionSentence = lazyre.New(`\b(?:decided|agreed)(?: that [a-z' ]{0,40}?met the criteria for (?:an? )?(?:local child safeguarding practice review|lcspr)| that the criteria for (?:an? )?(?:local child safeguarding practice review|lcspr) (?:were|was|had been) met| ` + toCarryOut + `)`)

// decisionDate reads the date the partners decided to carry out the
// review: after a label, or stated before the verb in a sentence.
func (d *doc) decisionDate() (time.Time, bool) {
	if t, ok := d.dateAtStart(decisionDateLabels); ok {
		return t, true
	}
	// Sentences run on over the lines of a page.
	low := strings.ReplaceAll(d.lowerScope(), "\n", " ")
	for _, loc := range decisionSentence.FindAllStringIndex(low, 20) {
		start := max(0, loc[0]-200)
		if i := strings.LastIndexAny(low[start:loc[0]], ".;"); i >= 0 {
			start += i + 1
		}
		if h := findDates(low[start:loc[0]]); len(h) > 0 {
			return h[len(h)-1].t, true
		}
	}
	return time.Time{}, false
}

var (
	improvementsOnlyRe = lazyre.New(`information about the improvements|(?:not|only) (?:to )?publish(?:ing)? (?:the )?(?:full|whole) report|publish(?:ing)? only (?:the )?(?:information|a summary|the improvements)`)
	notPublishedRe     = lazyre.New(`(?:will|would|is|are) not (?:be )?publish(?:ed)?|(?:decided|agreed) not to publish|not (?:be )?made public`)
	notYetRe           = lazyre.New(`^ ?(?:until|before|yet)\b`)
	publishedRe        = lazyre.New(`will (?:be )?publish(?:ed)?|intends? to publish|(?:was|were|has been|have been) published|to be published|not (?:be )?published (?:until|before)`)
)

// publication says what the partners publish: the full report, only the
// information about the improvements, or nothing, with the words that say
// so. A report that says it will not be published "until" something
// happens is published in full.
func (d *doc) publication(dated bool) (string, intake.Evidence) {
	low := d.lowerScope()
	said := func(loc []int) intake.Evidence { return d.evidenceOf(d.scope()[loc[0]:loc[1]]) }
	if loc := improvementsOnlyRe.FindStringIndex(low); loc != nil {
		return ImprovementsOnly, said(loc)
	}
	for _, loc := range notPublishedRe.FindAllStringIndex(low, 20) {
		if !notYetRe.MatchString(low[loc[1]:min(len(low), loc[1]+8)]) {
			return NotPublished, said(loc)
		}
	}
	if loc := publishedRe.FindStringIndex(low); loc != nil {
		return PublishedFull, said(loc)
	}
	if dated {
		// The publication date is the evidence.
		return PublishedFull, intake.Evidence{}
	}
	return "", intake.Evidence{}
}

// reviewer returns the name of the lead or independent reviewer.
func (d *doc) reviewer() (string, intake.Evidence) {
	name := func(v string) (string, bool) {
		v = strings.TrimLeft(v, ":|-–— ")
		m := personName.FindString(v)
		return m, m != "" && !strings.Contains(strings.ToLower(m), "review")
	}
	if v, e, ok := d.practicePair(Reviewer, func(v, _ string) (string, bool) { return name(v) }); ok {
		return v, e
	}
	var who string
	if d.labelled(reviewerLabels, func(v string) bool {
		var ok bool
		who, ok = name(v)
		return ok
	}) {
		return who, d.evidenceAt(d.hit)
	}
	return "", intake.Evidence{}
}

// plannedWords make a clause about publishing a plan rather than a record
// of the past: "the partners intend to publish it on", "it will be
// published on the website on".
var plannedWords = []string{" will ", " shall ", " intend", " plan", " due ", " expect", " schedul", " aim", " propose", " going to "}

// plannedPublication reads the date a sentence plans to publish the report
// on: a clause with a word of publishing and one of intent, and the first
// date after that word within reach. A clause that says it will not be
// published gives no date.
func (d *doc) plannedPublication() (string, intake.Evidence) {
	flat := window(d.flat, 0, 256<<10)
	for start, end := range splitSentences(flat) {
		sentence := flat[start:min(end, start+1000)]
		for _, clause := range splitClauses(sentence) {
			w := words(clause)
			i := strings.Index(w, " publish")
			if i < 0 || !containsAny(w, plannedWords) || containsAny(w, negativeWords) {
				continue
			}
			at := wordOffset(clause, strings.Count(w[:i+1], " ")-1)
			for _, h := range findDates(clause[at:]) {
				if h.start <= maxReach {
					return intake.ISODate(h.t), intake.Evidence{Page: d.pageOf(sentence), Text: document.Snippet(sentence, intake.MaxEvidence)}
				}
				break
			}
		}
	}
	return "", intake.Evidence{}
}

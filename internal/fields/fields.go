// Package fields reads the structured fields of a safeguarding document
// (DESIGN 4.3) from its extracted text: dates, references, decisions, names
// and links, each taken from the place the document states it and left out
// when the document does not.
package fields

import (
	"strings"
	"sync"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// Field names (DESIGN 4.3).
const (
	Title                 = "title"
	PartnershipName       = "partnership_name"
	DocumentDate          = "document_date"
	SINReference          = "sin_reference"
	SINDate               = "sin_date"
	IncidentDate          = "incident_date"
	ReviewDate            = "review_date"
	LCSPRDecision         = "lcspr_decision"
	NationalReview        = "national_review"
	Child                 = "child"
	PeriodStart           = "period_start"
	PeriodEnd             = "period_end"
	PublicationDate       = "publication_date"
	URL                   = "url"
	ImplementationDate    = "implementation_date"
	PartnerLocalAuthority = "partner_local_authority"
	PartnerPolice         = "partner_police"
	PartnerHealth         = "partner_health"
)

// Values of LCSPRDecision and NationalReview.
const (
	Yes            = "yes"
	No             = "no"
	Undecided      = "undecided"
	Recommended    = "recommended"
	NotRecommended = "not_recommended"
)

// HealthPartner returns the health partner text names, as Read gives an
// arrangements document's partner_health, "" when it names none. The
// rules look for it in reports and reviews too.
func HealthPartner(text string) (h string) {
	defer func() { _ = recover() }() // as in Read
	s := clean(ends(clip(text)))
	// A health partner's name is found only where one of its kinds is
	// written as the name pattern has it; the lines the document is
	// made of never join letters the cleaned text parts.
	if !strings.Contains(s, "Integrated") && !strings.Contains(s, "ICB") && !strings.Contains(s, "Clinical") && !strings.Contains(s, "CCG") {
		return ""
	}
	return newCleanDoc(s).health()
}

// Read returns the fields of kind that text states, keyed by the names of
// DESIGN 4.3, dates as YYYY-MM-DD. A field the text does not state is
// absent. Only the first MaxText bytes of text are read. The text's
// structure is inferred from its lines, as document.FromText does.
func Read(kind intake.Kind, text string) map[string]string {
	f, _ := ReadDocument(kind, text, nil)
	return f
}

// ReadDocument is Read for a document whose structure its format gave
// (extract.Document.Blocks): label/value pairs are read first, matched on
// what their labels mean, then the sentences and labels of the text. It
// also returns, for every field read, the evidence: the page and the words
// of the document that state it. Nil blocks are inferred from text.
func ReadDocument(kind intake.Kind, text string, blocks []document.Block) (f map[string]string, ev map[string]intake.Evidence) {
	f = make(map[string]string)
	ev = make(map[string]intake.Evidence)
	defer func() {
		// A reader bug must cost the fields not yet read, never the
		// submission: the rules report what is missing.
		_ = recover()
	}()
	d := newDoc(text)
	d.kind = kind
	if blocks == nil {
		blocks = document.FromText(ends(clip(text)))
	}
	d.blocks = scopeBlocks(blocks)
	set := func(k string) func(string, intake.Evidence) {
		return func(v string, e intake.Evidence) {
			if v != "" {
				f[k] = v
				if e.Text == "" {
					e = d.evidenceOf(v)
				}
				ev[k] = e
			}
		}
	}
	title := d.title()
	set(Title)(title, d.evidenceOf(title))
	name := d.partnershipName()
	set(PartnershipName)(name, d.evidenceOf(name))
	if v, e := d.versionTableDate(); v != "" {
		set(DocumentDate)(v, e)
	} else if v, e := d.dateField(DocumentDate, documentDateLabels); v != "" {
		set(DocumentDate)(v, e)
	} else if v, e := d.letterDate(); v != "" {
		set(DocumentDate)(v, e)
	} else {
		set(DocumentDate)(d.versionDate())
	}

	if kind == intake.Unknown && f[DocumentDate] == "" {
		// A document of no kind is often the record of a meeting, dated
		// by the meeting it records.
		set(DocumentDate)(d.meetingDate())
	}

	switch kind {
	case intake.RapidReview:
		set(SINReference)(d.sinReferenceField())
		d.rapidReviewDates(f[DocumentDate], set)
		lcspr, national := d.decisions()
		set(LCSPRDecision)(lcspr.value, d.evidenceOf(lcspr.text))
		set(NationalReview)(national.value, d.evidenceOf(national.text))
		set(Child)(d.childField())
	case intake.YearlyReport:
		if s, e, ok := d.period(); ok {
			f[PeriodStart], f[PeriodEnd] = intake.ISODate(s), intake.ISODate(e)
			ev[PeriodStart] = d.evidenceAt(d.hit)
			ev[PeriodEnd] = ev[PeriodStart]
		}
		set(PublicationDate)(d.publicationField())
		set(URL)(d.urlField(false))
	case intake.Arrangements:
		set(URL)(d.urlField(true))
		set(PublicationDate)(d.publicationField())
		impl, implEv := d.dateField(ImplementationDate, implementationDateLabels)
		if impl == "" {
			impl, implEv = d.eventField(ImplementationDate, time.Time{}, time.Time{}, time.Time{})
		}
		set(ImplementationDate)(impl, implEv)
		la, police, health, pev := d.partners()
		set(PartnerLocalAuthority)(la, pev[0])
		set(PartnerPolice)(police, pev[1])
		set(PartnerHealth)(health, pev[2])
	case intake.PracticeReview:
		d.readPractice(set, f[DocumentDate], ev[DocumentDate])
	}
	return f, ev
}

// rapidReviewDates reads the notification, incident and meeting dates:
// from labels and the sentences that state them, then from the events the
// sentences bind dates to, each in the order of events the others set
// (the incident before the notification, the meeting after it), a date
// without its year placed by them and the document's own date.
func (d *doc) rapidReviewDates(own string, set func(k string) func(string, intake.Evidence)) {
	type read struct {
		v string
		e intake.Evidence
	}
	sin, incident, review := read{}, read{}, read{}
	// Pairs first, then the events sentences state, then the labels and
	// phrases of the text.
	// A pair's date without its year is placed by the order of events:
	// after the full dates are read, and again once every other is.
	sin.v, sin.e, _ = d.fromPairs(SINDate, d.pairFullDate)
	if sin.v == "" {
		sin.v, sin.e = d.sinDateBesideReference()
	}
	incident.v, incident.e, _ = d.fromPairs(IncidentDate, d.pairFullDate)
	review.v, review.e, _ = d.fromPairs(ReviewDate, d.pairFullDate)
	at := func(v string) time.Time {
		t, _ := time.Parse(time.DateOnly, v)
		return t
	}
	ownDate := at(own)
	// Each date still unread is looked for in the order of events: the
	// notification between the incident and the meeting, the meeting
	// after the notification (else the incident), the incident before
	// them; first among the pairs, then in the sentences.
	place := func(read func(field string, after, before, own time.Time) (string, intake.Evidence)) {
		if sin.v == "" {
			sin.v, sin.e = read(SINDate, at(incident.v), at(review.v), ownDate)
		}
		if review.v == "" {
			after := at(sin.v)
			if after.IsZero() {
				after = at(incident.v)
			}
			review.v, review.e = read(ReviewDate, after, time.Time{}, ownDate)
		}
		if incident.v == "" {
			before := at(sin.v)
			if before.IsZero() {
				before = at(review.v)
			}
			incident.v, incident.e = read(IncidentDate, time.Time{}, before, ownDate)
		}
	}
	place(d.placedPair)
	place(d.eventField)
	for _, r := range []struct {
		field  string
		labels []label
		read   *read
	}{{SINDate, sinDateLabels, &sin}, {IncidentDate, incidentDateLabels, &incident}, {ReviewDate, reviewDateLabels, &review}} {
		if r.read.v == "" {
			if t, ok := d.date(r.labels); ok {
				r.read.v, r.read.e = intake.ISODate(t), d.evidenceAt(d.hit)
			} else {
				r.read.v, r.read.e = d.stated(r.field)
			}
		}
	}
	place(d.placedPair)
	set(SINDate)(sin.v, sin.e)
	set(IncidentDate)(incident.v, incident.e)
	set(ReviewDate)(review.v, review.e)
}

// scopeBlocks keeps the blocks the fields are read from: those holding
// the first headBytes and the last tailBytes of the text, as for the text.
func scopeBlocks(bs []document.Block) []document.Block {
	n := 0
	for i, b := range bs {
		n += len(b.Text)
		if n > headBytes {
			tail, m := len(bs), 0
			for tail > i+1 && m+len(bs[tail-1].Text) <= tailBytes {
				tail--
				m += len(bs[tail].Text)
			}
			out := append([]document.Block(nil), bs[:i]...)
			return append(out, bs[tail:]...)
		}
	}
	return bs
}

// dateField reads a date field from a labelled pair, else from the labels
// and sentences of the text.
func (d *doc) dateField(field string, labels []label) (string, intake.Evidence) {
	if v, e, ok := d.fromPairs(field, d.pairDate); ok {
		return v, e
	}
	if t, ok := d.date(labels); ok {
		return intake.ISODate(t), d.evidenceAt(d.hit)
	}
	return d.stated(field)
}

func (d *doc) publicationField() (string, intake.Evidence) {
	if v, e, ok := d.fromPairs(PublicationDate, func(v, more string) (string, bool) {
		if r, ok := d.pairDate(v, more); ok {
			return r, true
		}
		if m := findMonths(v); len(m) > 0 && m[0].start < 20 {
			return intake.ISODate(lastDay(m[0].year, m[0].month)), true
		}
		return "", false
	}); ok {
		return v, e
	}
	if t, ok := d.publicationDate(); ok {
		return intake.ISODate(t), d.evidenceAt(d.hit)
	}
	if v, e := d.stated(PublicationDate); v != "" {
		return v, e
	}
	if v, e := d.eventField(PublicationDate, time.Time{}, time.Time{}, time.Time{}); v != "" {
		return v, e
	}
	return d.footerPublished()
}

func (d *doc) urlField(anyLink bool) (string, intake.Evidence) {
	u := d.url(anyLink)
	if u == "" {
		return "", intake.Evidence{}
	}
	return u, d.evidenceOf(u)
}

var (
	documentDateLabels = []label{
		lab("date", `(?:^|\| )date ?(?::|\|)`),
		lab("date", `date of (?:this )?(?:report|document|submission|completion)`),
		lab("date", `(?:report|document|version|submission) date`),
		lab("date", `date (?:completed|submitted|written|finalised|agreed|approved)(?: to (?:the )?(?:national )?panel)?`),
		lab("dated", `(?:^|\| )dated\b`),
		// "Report completed 20/03/2025": when the document itself was done,
		// not the meeting or review it reports.
		lab("completed", `(?:^|\| |\bthis )(?:report|document) (?:was )?completed(?: on)?`),
		lab("finali", `(?:^|\| |\bthis )(?:report|document) (?:was )?finali[sz]ed(?: on)?`),
	}
	sinDateLabels = []label{
		lab("notification", `date (?:of )?(?:the )?(?:serious )?(?:incident )?notification`),
		lab("notification", `(?:serious )?incident notification (?:\(sin\) )?(?:date|(?:was )?(?:submitted|made|sent|completed|received)(?: to the (?:national )?panel)?(?: on)?)`),
		lab("notification", `notification (?:date|(?:was )?(?:submitted|made|sent)(?: to (?:ofsted|the (?:national )?panel))?(?: on)?)`),
		lab("sin", `\bsin\)? (?:date|(?:was )?(?:submitted|sent|made|raised|completed|notified|received)(?: to (?:ofsted|the (?:national )?panel))?(?: on)?)`),
		lab("sin", `date (?:of )?(?:the )?sin\b`),
		lab("notified", `notified (?:ofsted|the (?:national )?panel|the child safeguarding practice review panel)(?: of the (?:serious )?incident)?(?: on)?`),
		// "we sent the notification to the Panel on ...": the act stated.
		// Each verb is its own label so that its pattern starts with a
		// literal, which keeps the search fast on long lines.
		lab("sent", `sent (?:the |a |our |its )?(?:serious )?(?:incident )?(?:notification|sin\b)(?: \(sin\))?(?: to (?:ofsted|the (?:national )?panel|the child safeguarding practice review panel))?(?: on)?`),
		lab("submitted", `submitted (?:the |a |our |its )?(?:serious )?(?:incident )?(?:notification|sin\b)(?: \(sin\))?(?: to (?:ofsted|the (?:national )?panel|the child safeguarding practice review panel))?(?: on)?`),
		lab("made", `made (?:the |a |our |its )?(?:serious )?(?:incident )?(?:notification|sin\b)(?: \(sin\))?(?: to (?:ofsted|the (?:national )?panel|the child safeguarding practice review panel))?(?: on)?`),
		lab("raised", `raised (?:the |a |our |its )?(?:serious )?(?:incident )?(?:notification|sin\b)(?: \(sin\))?(?: to (?:ofsted|the (?:national )?panel|the child safeguarding practice review panel))?(?: on)?`),
		lab("completed", `completed (?:the |a |our |its )?(?:serious )?(?:incident )?(?:notification|sin\b)(?: \(sin\))?(?: to (?:ofsted|the (?:national )?panel|the child safeguarding practice review panel))?(?: on)?`),
	}
	incidentDateLabels = []label{
		lab("incident", `date (?:of )?(?:the )?(?:serious )?incident`).except("notification", "review", "report"),
		lab("incident", `incident date`),
		lab("incident", `incident (?:occurred|took place|happened)(?: on)?`),
		lab("date", `date (?:of )?(?:the )?(?:death|injury|harm)`),
		lab("date", `date the (?:incident|injury|harm) (?:occurred|took place|happened)`),
	}
	reviewDateLabels = []label{
		lab("rapid review", `rapid review (?:meeting )?(?:was )?(?:held|took place|convened|met)(?: on)?`),
		lab("rapid review", `date (?:of )?(?:the )?rapid review(?: meeting)?`),
		lab("rapid review", `rapid review (?:meeting )?date`),
		lab("meeting", `date of (?:the )?meeting`),
		lab("meeting", `date (?:the )?(?:review )?(?:meeting )?(?:was )?held`),
		lab("meeting", `meeting date`),
		lab("meeting", `meeting (?:was )?(?:held|took place|convened)(?: on)?`),
	}
	publicationDateLabels = []label{
		lab("publication", `date of (?:first )?publication`),
		lab("publication", `publication date`),
		lab("published", `(?:^|\| )(?:first )?published(?: on| date)?\b`),
		lab("published", `(?:report|document|plan|publication|arrangements) (?:was |were |has been |have been |is |are |will be )?(?:first )?published(?: on)?`),
		lab("published", `date (?:first )?published`),
	}
	implementationDateLabels = []label{
		lab("implement", `implementation date`),
		lab("implement", `date of implementation`),
		lab("implement", `(?:implemented|implementation)(?: from| on| by)?`),
		lab("effect", `(?:came|come|comes|coming) into (?:effect|force|operation)(?: on| from)?`),
		lab("effect", `(?:take|took|takes) effect(?: on| from)?`),
		lab("effect", `(?:effective|in effect) from`),
		lab("live", `went live(?: on)?`),
		lab("commenc", `commenc(?:ed|ing|ement date|e)(?: on| from)?`),
		lab("operational", `operational (?:from|on)`),
	}
)

// iso formats a date read from the text, or returns "" when none was.
func iso(t time.Time, ok bool) string {
	if !ok {
		return ""
	}
	return intake.ISODate(t)
}

// date returns the first date that follows one of labels.
func (d *doc) date(labels []label) (t time.Time, ok bool) {
	d.labelled(labels, func(v string) bool {
		t, ok = ParseDate(v)
		return ok
	})
	return t, ok
}

// publicationDate reads a stated publication date. A month without a day
// ("Published: July 2024") is taken as the last day of that month, the
// reading that never makes a report late that was not. A date of an
// earlier version ("it replaces the arrangements first published in
// 2019") is not the document's.
func (d *doc) publicationDate() (t time.Time, ok bool) {
	d.labelled(publicationDateLabels, func(v string) bool {
		if d.aboutHistory() {
			return false // an earlier version's, never this one's
		}
		if t, ok = ParseDate(v); ok {
			return true
		}
		if m := findMonths(v); len(m) > 0 && m[0].start < 20 {
			t, ok = lastDay(m[0].year, m[0].month), true
		}
		return ok
	})
	return t, ok
}

var (
	sinRefLabels = []label{
		lab("sin", `\bsin\)?:? ?(?:reference|ref\b\.?|number|no\b\.?|id\b|#)`),
		lab("notification", `notification (?:reference|ref\b\.?|number|no\b\.?|id\b)`),
		// In a sentence, the reference in brackets or after a comma
		// straight after the notification it names: "the notification
		// (our reference 2025/0311) was made".
		lab("notification", `notification,? \((?:our |the |panel |its )?(?:reference|ref\b\.?)(?: number| no\b\.?)?|notification, (?:our |the |panel )?(?:reference|ref\b\.?)(?: number| no\b\.?)?`),
		lab("panel", `panel (?:reference|ref\b\.?)`),
		lab("reference", `(?:^|\| )(?:our |your )?reference(?: number)?\b`),
	}
	// sinRefValue is a reference at the start of a value, with every part
	// of it: groups of letters ("CSPRP-SIN-", "KSCMP/") before the first
	// figure.
	sinRefValue = lazyre.New(`^[#:\s]*((?:[A-Z][A-Za-z]{0,9}[-/ ]?|[A-Za-z]{1,10}[-/]){0,3}[0-9][A-Za-z0-9/-]{2,30})`)
	// sinInline is a reference written straight after the abbreviation:
	// "(SIN 2025/0456)".
	// sinInline is a reference written straight after the abbreviation:
	// "(SIN 2025/0456)"; sinJoined one whose own prefix holds it
	// ("SIN-2025-0456", "CSPRP-SIN-2025-0456"), kept whole.
	sinInline = lazyre.New(`^SIN[:#]?\s*([A-Za-z]{0,8}-?[0-9][A-Za-z0-9/-]{3,30})`)
	sinJoined = lazyre.New(`^SIN[-/][0-9][A-Za-z0-9/-]{2,30}`)
)

// sinReferenceField reads the reference from a labelled pair, else from
// the labels and text.
func (d *doc) sinReferenceField() (string, intake.Evidence) {
	if v, e, ok := d.fromPairs(SINReference, func(v, _ string) (string, bool) {
		r := refValue(v)
		return r, r != ""
	}); ok {
		return v, e
	}
	// A cell may hold several facts: the notification's reference before
	// the date it was sent ("Notification | 2025/0311, sent 4 May 2025").
	if v, e, ok := d.fromPairs(SINDate, func(v, _ string) (string, bool) {
		r := refInValue(v)
		return r, r != ""
	}); ok {
		return v, e
	}
	if ref := d.sinReference(); ref != "" {
		return ref, d.evidenceOf(ref)
	}
	return d.notifiedReference()
}

// notifiedReference reads the reference a sentence gives the notification
// it speaks of: a reference written after "reference" or "ref" in a
// sentence that names the notification ("The Panel was notified of the
// incident (ref 2025/0233) on 3 February").
func (d *doc) notifiedReference() (string, intake.Evidence) {
	size := 0
	for _, b := range d.blocks {
		if !b.IsContent() || b.Kind == document.Heading || b.Kind == document.Row {
			continue
		}
		if size += len(b.Text); size > eventScope {
			break
		}
		if !hasDigitByte(b.Text) || !strings.Contains(asciiLower(b.Text), "ref") {
			continue
		}
		for _, sentence := range blockSentences(b.Text) {
			low := asciiLower(sentence)
			at := -1
			for _, w := range []string{"reference", "ref"} {
				if i := wordIndex(low, w); i >= 0 && (at < 0 || i < at) {
					at = i
				}
			}
			if at < 0 || !namesNotification(sentence) {
				continue
			}
			if r := refInValue(sentence[at:]); r != "" {
				return r, intake.Evidence{Page: b.Page, Text: document.Snippet(sentence, intake.MaxEvidence)}
			}
		}
	}
	return "", intake.Evidence{}
}

// wordIndex returns where w stands as a whole word in the lower-cased s,
// or -1.
func wordIndex(low, w string) int {
	for from := 0; from < len(low); {
		i := strings.Index(low[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if (i == 0 || !isLetter(low[i-1])) && (i+len(w) == len(low) || !isLetter(low[i+len(w)])) {
			return i
		}
		from = i + 1
	}
	return -1
}

// sinDateBesideReference reads the date the notification was sent from
// a pair labelled as its reference, where the cell holds both ("SIN ref |
// 2025/0311 (submitted 4 May 2025)"). Only a label that names the
// notification counts: a letter's own "Reference" is not its.
func (d *doc) sinDateBesideReference() (string, intake.Evidence) {
	for _, pl := range d.pairLabels() {
		if score := pl.score[SINReference]; score == 0 || score < pl.top || !namesNotification(pl.pair.Label) {
			continue
		}
		r := refValue(pl.pair.Value)
		if r == "" {
			continue
		}
		rest := pl.pair.Value[strings.Index(pl.pair.Value, r)+len(r):]
		if v, ok := d.pairFullDate(strings.TrimLeft(rest, " ,;:()-"), ""); ok {
			return v, intake.Evidence{Page: pl.pair.Page, Text: document.Snippet(pl.pair.Label+": "+pl.pair.Value, intake.MaxEvidence)}
		}
	}
	return "", intake.Evidence{}
}

// namesNotification tells whether a label names the serious incident
// notification itself, by its abbreviation or its word.
func namesNotification(label string) bool {
	for _, st := range textform.Stems(label) {
		if notificationStems()[st] {
			return true
		}
	}
	return false
}

var notificationStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"sin", "notification", "notified", "notify"} {
		m[textform.Stem(w)] = true
	}
	return m
})

// refInValue reads a reference at the start of a value, or after a word
// that names it further on, as a cell that gives the date first does
// ("16/04/2026, reference 2026/0711").
func refInValue(v string) string {
	if r := refValue(v); r != "" {
		return r
	}
	low := strings.ToLower(window(v, 0, maxValue))
	for _, w := range []string{"reference", "ref", "number", "no"} {
		i := strings.Index(low, w)
		for i > 0 && isLetter(low[i-1]) {
			j := strings.Index(low[i+1:], w)
			if j < 0 {
				i = -1
				break
			}
			i += 1 + j
		}
		if i < 0 || i+len(w) < len(low) && isLetter(low[i+len(w)]) {
			continue
		}
		if r := refValue(strings.TrimLeft(v[i+len(w):], " .:#")); r != "" {
			return r
		}
	}
	return ""
}

// labelWords are the words that name a reference and may be written
// before it, apart from it ("SIN 2026/0504", "Ref. 25/117"); a prefix
// joined to its figures ("SIN-2026-0504") is the reference's own.
var labelWords = map[string]bool{"sin": true, "ref": true, "reference": true, "no": true, "number": true, "id": true}

// withoutLabelWords drops the label words a reference was written after.
func withoutLabelWords(r string) string {
	for range 3 {
		w, rest, ok := strings.Cut(r, " ")
		if !ok || !labelWords[strings.ToLower(strings.TrimRight(w, ".:#"))] || countDigits(rest) == 0 {
			break
		}
		r = strings.TrimLeft(rest, " .:#")
	}
	return r
}

// refValue reads a reference at the start of a value: every part of it,
// a prefix of letters included ("SIN-2025-0456", "KSCMP/SIN/25/012").
func refValue(v string) string {
	m := sinRefValue.FindStringSubmatch(withoutLabelWords(strings.TrimLeft(v, "#: ")))
	if m == nil {
		return ""
	}
	r := withoutLabelWords(strings.TrimRight(m[1], "/-. "))
	if len(r) < 4 || countDigits(r) < 3 {
		return ""
	}
	if h := findDates(r); len(h) > 0 && h[0].start == 0 {
		return "" // a date, not a reference
	}
	return r
}

func (d *doc) sinReference() string {
	var ref string
	ok := func(v string) bool {
		v = withoutLabelWords(strings.TrimRight(v, "/-."))
		if len(v) < 4 || countDigits(v) < 3 {
			return false
		}
		if h := findDates(v); len(h) > 0 && h[0].start == 0 {
			return false // a date, not a reference
		}
		ref = v
		return true
	}
	if d.labelled(sinRefLabels, func(v string) bool {
		m := sinRefValue.FindStringSubmatch(withoutLabelWords(strings.TrimLeft(v, "#: ")))
		return m != nil && ok(m[1])
	}) {
		return ref
	}
	flat := window(d.flat, 0, 200_000)
	for from, n := 0, 0; n < 200; n++ {
		i := strings.Index(flat[from:], "SIN")
		if i < 0 {
			break
		}
		i += from
		from = i + 3
		if i > 0 && isLetter(flat[i-1]) || i+3 < len(flat) && isLetter(flat[i+3]) {
			continue
		}
		if m := sinJoined.FindString(window(flat, i, 40)); m != "" {
			j := i
			for j > 0 && j > i-40 && (isLetter(flat[j-1]) || isDigit(flat[j-1]) || flat[j-1] == '-' || flat[j-1] == '/') {
				j--
			}
			if ok(flat[j:i] + m) {
				return ref
			}
			continue
		}
		if m := sinInline.FindStringSubmatch(window(flat, i, 48)); m != nil && ok(m[1]) {
			return ref
		}
	}
	return ""
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

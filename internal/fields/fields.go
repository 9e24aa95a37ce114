// Package fields reads the structured fields of a safeguarding document
// (DESIGN 4.3) from its extracted text: dates, references, decisions, names
// and links, each taken from the place the document states it and left out
// when the document does not.
package fields

import (
	"regexp"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
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
	return newDoc(text).health()
}

// Read returns the fields of kind that text states, keyed by the names of
// DESIGN 4.3, dates as YYYY-MM-DD. A field the text does not state is
// absent. Only the first MaxText bytes of text are read.
func Read(kind intake.Kind, text string) (f map[string]string) {
	f = make(map[string]string)
	defer func() {
		// A reader bug must cost the fields not yet read, never the
		// submission: the rules report what is missing.
		_ = recover()
	}()
	d := newDoc(text)
	set := func(k, v string) {
		if v != "" {
			f[k] = v
		}
	}
	set(Title, d.title())
	set(PartnershipName, d.partnershipName())
	set(DocumentDate, iso(d.date(documentDateLabels)))

	switch kind {
	case intake.RapidReview:
		set(SINReference, d.sinReference())
		set(SINDate, iso(d.date(sinDateLabels)))
		set(IncidentDate, iso(d.date(incidentDateLabels)))
		set(ReviewDate, iso(d.date(reviewDateLabels)))
		lcspr, national := d.decisions()
		set(LCSPRDecision, lcspr)
		set(NationalReview, national)
		set(Child, d.child())
	case intake.YearlyReport:
		if s, e, ok := d.period(); ok {
			f[PeriodStart], f[PeriodEnd] = intake.ISODate(s), intake.ISODate(e)
		}
		set(PublicationDate, iso(d.publicationDate()))
		set(URL, d.url(false))
	case intake.Arrangements:
		set(URL, d.url(true))
		set(PublicationDate, iso(d.publicationDate()))
		set(ImplementationDate, iso(d.date(implementationDateLabels)))
		set(PartnerLocalAuthority, d.localAuthority())
		set(PartnerPolice, d.police())
		set(PartnerHealth, d.health())
	}
	return f
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
		lab("updated", `last updated`),
	}
	sinDateLabels = []label{
		lab("notification", `date (?:of )?(?:the )?(?:serious )?(?:incident )?notification`),
		lab("notification", `(?:serious )?incident notification (?:\(sin\) )?(?:date|(?:was )?(?:submitted|made|sent|completed|received)(?: to the (?:national )?panel)?(?: on)?)`),
		lab("notification", `notification (?:date|(?:was )?(?:submitted|made|sent)(?: to (?:ofsted|the (?:national )?panel))?(?: on)?)`),
		lab("sin", `\bsin\)? (?:date|(?:was )?(?:submitted|sent|made|raised|completed|notified|received)(?: to (?:ofsted|the (?:national )?panel))?(?: on)?)`),
		lab("sin", `date (?:of )?(?:the )?sin\b`),
		lab("notified", `notified (?:ofsted|the (?:national )?panel|the child safeguarding practice review panel)(?: of the (?:serious )?incident)?(?: on)?`),
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
// reading that never makes a report late that was not.
func (d *doc) publicationDate() (t time.Time, ok bool) {
	d.labelled(publicationDateLabels, func(v string) bool {
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
		lab("panel", `panel (?:reference|ref\b\.?)`),
		lab("reference", `(?:^|\| )(?:our |your )?reference(?: number)?\b`),
	}
	sinRefValue = regexp.MustCompile(`^[#:\s]*([A-Za-z]{0,8}[-/ ]?[0-9][A-Za-z0-9/-]{2,30})`)
	// sinInline is a reference written straight after the abbreviation:
	// "(SIN 2025/0456)".
	sinInline = regexp.MustCompile(`\bSIN[:#]?\s*([A-Za-z]{0,8}-?[0-9][A-Za-z0-9/-]{3,30})`)
)

func (d *doc) sinReference() string {
	var ref string
	ok := func(v string) bool {
		v = strings.TrimRight(v, "/-.")
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
		m := sinRefValue.FindStringSubmatch(v)
		return m != nil && ok(m[1])
	}) {
		return ref
	}
	for _, m := range sinInline.FindAllStringSubmatch(window(d.flat, 0, 200_000), 20) {
		if ok(m[1]) {
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

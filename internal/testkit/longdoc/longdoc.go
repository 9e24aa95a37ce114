// Package longdoc writes long safeguarding documents for benchmarks: a
// rapid review and a yearly report of any number of pages, as the text of
// a PDF export reads. Each page has a running header and footer, and its
// body mixes numbered headings, paragraphs of prose in varied wording, tables
// laid out in columns and bulleted lists; the prose mentions meetings,
// notifications, publications and dates the way real reports do, so the
// readers' searches meet what they meet in real documents. The same
// arguments always give the same text.
package longdoc

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The facts the documents state, for benchmarks to check they were read.
const (
	SINReference  = "NB-SIN-2025-0417"
	SINDate       = "2025-02-03"
	IncidentDate  = "2025-01-29"
	ReviewDate    = "2025-02-21"
	PeriodStart   = "2023-04-01"
	PeriodEnd     = "2024-03-31"
	PublishedDate = "2024-09-27"
)

// RapidReview returns a rapid review of the given number of pages (at
// least one), pages separated by form feeds: a form of the case's details,
// the summary, the agencies' involvement, the immediate actions, the
// learning and the decisions, then appendices (a chronology as a table and
// each agency's information return) to fill the pages.
func RapidReview(pages int) string {
	w := newWriter(pages, 1, "OFFICIAL-SENSITIVE", "Northbridge Safeguarding Children Partnership - Rapid Review: Child T")
	w.heading("Northbridge Safeguarding Children Partnership")
	w.heading("Rapid Review: Child T")
	w.row("SIN reference", SINReference)
	w.row("Date of serious incident notification", "Monday 3 February 2025")
	w.row("Date of incident", "29/01/2025")
	w.row("Rapid review meeting held on", "21st February 2025")
	w.row("Local authority", "Northbridge City Council")
	w.row("Chair of the rapid review", "Head of Safeguarding, NHS Northbridge ICB")
	w.row("Date of this report", "24 February 2025")
	w.blank()
	w.section("Summary of the incident")
	w.para("Child T, aged seven months, was taken to the emergency department at Northbridge General Hospital by ambulance on 29 January 2025 with a fractured femur and bruising that clinicians judged to be non-accidental. " +
		"Child T lives with their mother and her partner; an older sibling, aged four, attends a nursery in the Eastfield locality.")
	w.prose(2)
	w.section("Agencies involved")
	w.para("The agencies involved with the family in the year before the incident were children's social care, the health visiting service, the GP practice, Northbridge Police, the nursery and the housing provider. " +
		"Each agency completed an information return and a chronology, which are summarised in the appendices.")
	w.prose(2)
	w.section("Immediate actions taken")
	w.para("The sibling was placed with the maternal grandmother under a safety plan agreed at a strategy meeting on 30 January 2025. " +
		"The police opened a criminal investigation, and health visiting reviewed every open case in the same team with a similar pattern of missed contacts.")
	w.list(4)
	w.section("Learning identified")
	w.para("Practitioners did not share concerns about the partner's return to the household. Missed health appointments were not escalated, and the nursery's concerns about the sibling's presentation were recorded but not passed on.")
	w.prose(2)
	w.section("Decision on a local child safeguarding practice review")
	w.para("Having considered the information returns and the discussion at the meeting, the partners agreed that the criteria for a local child safeguarding practice review are met and the partnership will commission an LCSPR, to be overseen by the Case Review Group.")
	w.section("National review")
	w.para("The partnership does not consider that a national review is required, as the learning is local in nature.")
	w.para("Signed on behalf of the safeguarding partners.")
	w.newPage()
	w.section("Appendix A: Chronology of agency contact")
	for !w.full() {
		w.chronology(8)
		w.prose(1)
		w.subsection(pick(w.r, agencyReturns))
		w.prose(2)
		w.list(3)
	}
	return w.String()
}

// YearlyReport returns a yearly report of the given number of pages (at
// least one), pages separated by form feeds: a cover with its period and
// publication date, contents, then sections on the partnership's activity,
// effectiveness, reviews, training, the voice of children, scrutiny and
// budget, each of prose, tables and lists, repeated in other words to fill
// the pages.
func YearlyReport(pages int) string {
	w := newWriter(pages, 2, "Northbridge Safeguarding Children Partnership", "Yearly Report 2023/24")
	w.heading("Northbridge Safeguarding Children Partnership")
	w.heading("Yearly Report 2023/24")
	w.para("This report covers the period 1 April 2023 to 31 March 2024.")
	w.para("Published: 27 September 2024")
	w.para("It is available on our website at https://www.northbridgescp.org.uk/about-us/yearly-report-2023-24")
	w.blank()
	w.heading("Contents")
	for i, s := range yearlySections {
		w.line(fmt.Sprintf("%d. %s", i+1, s[0]))
	}
	w.blank()
	w.heading("Foreword from the safeguarding partners")
	w.para("This report sets out what the three safeguarding partners - Northbridge City Council, Northbridge Constabulary and NHS Northbridge Integrated Care Board - did together this year, and how well it worked for children.")
	w.prose(2)
	for round := 0; !w.full(); round++ {
		for i, s := range yearlySections {
			if w.full() {
				break
			}
			if round == 0 {
				w.sectionNumbered(i+1, s[0])
			} else {
				w.subsection(s[1+round%(len(s)-1)])
			}
			w.prose(2)
			switch i % 4 {
			case 0:
				w.figures(6)
			case 1:
				w.list(4)
			case 2:
				w.prose(1)
			case 3:
				w.budget()
			}
		}
	}
	return w.String()
}

// yearlySections are the sections of a yearly report: the contents name,
// then other headings for the same subject, as different reports head it.
var yearlySections = [][]string{
	{"What the partnership did this year", "Our achievements", "Work this year", "Progress against our priorities", "Highlights of the year"},
	{"How effective our arrangements have been", "The difference we made", "How well are we doing?", "Impact and outcomes", "Quality assurance"},
	{"Child safeguarding practice reviews", "Rapid reviews and local reviews", "Learning from reviews", "Serious incidents"},
	{"Multi-agency training", "Workforce development", "Learning and development offer", "Courses and briefings"},
	{"Hearing from children and families", "The voice of the child", "What young people told us", "Participation"},
	{"Independent scrutiny", "Our independent scrutineer", "Scrutiny and challenge"},
	{"Schools and education", "Early years and colleges", "Education settings"},
	{"Relevant agencies", "Our relevant agencies", "The wider partnership"},
	{"Budget and resources", "Funding", "Financial contributions"},
}

var agencyReturns = []string{
	"Information return: children's social care", "Information return: health visiting", "Information return: the GP practice",
	"Information return: Northbridge Police", "Information return: the nursery", "Information return: the housing provider",
	"Information return: the ambulance service", "Information return: adult mental health services",
}

// The pieces sentences are made of.
var (
	agencies = []string{"children's social care", "the police", "the health visiting service", "the GP practice", "the school nursing team",
		"the ambulance service", "the youth justice service", "the probation service", "adult mental health services", "the early help team",
		"the housing provider", "the emergency department", "the midwifery service", "CAMHS", "the designated safeguarding lead",
		"the domestic abuse service", "the drug and alcohol service", "the voluntary sector forum"}
	themes = []string{"neglect", "child exploitation", "domestic abuse", "parental mental health", "substance misuse", "online harm",
		"the transition to adulthood", "safe sleep", "bruising in babies who are not mobile", "children missing education",
		"harmful sexual behaviour", "private fostering", "contextual safeguarding"}
	places  = []string{"Eastfield", "Northbridge", "Hallam Cross", "Westmoor", "the city centre", "Ashby", "Riverside", "Kingsholme"}
	months  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	groups  = []string{"the executive", "the quality assurance subgroup", "the case review group", "the learning and development subgroup", "the exploitation subgroup", "the education reference group"}
	actions = []string{"agreed", "launched", "reviewed", "refreshed", "published", "piloted", "evaluated", "extended", "commissioned", "signed off"}
	tools   = []string{"neglect toolkit", "escalation protocol", "threshold guidance", "safety planning template", "information sharing agreement", "supervision policy", "bruising protocol", "exploitation screening tool"}
)

// sentences are written with slots that each use fills in afresh:
// {agency} {Agency} {theme} {place} {month} {year} {date} {num} {pct}
// {few} {group} {action} {tool}.
var sentences = []string{
	"In {month} {year} {agency} and {agency} {action} a joint {tool}, which practitioners in {place} now use for {theme}.",
	"{Agency} told the rapid review that the family had been known to them since {month} {year}, mostly for concerns about {theme}.",
	"{num} practitioners attended the multi-agency workshops on {theme}, and {pct}% said afterwards that they felt more confident to act.",
	"The audit of {num} cases found that {agency} shared information promptly in most of them, though the child's own words were not always recorded.",
	"We asked young people at the {place} youth forum what makes them feel safe; they told us that a trusted adult matters more than any leaflet.",
	"{Group} met {few} times during the year and reported to the executive each quarter on {theme}.",
	"A strategy meeting was held on {date} and a plan agreed with {agency}, who visited the family the following week.",
	"The {tool} was {action} by {group} on {date} after consultation with {agency} and {agency}.",
	"Referrals about {theme} rose by {pct}% compared with the year before, most of them from {agency}.",
	"Following a notification to Ofsted in {month} {year}, {agency} reviewed its supervision arrangements for staff working on {theme}.",
	"The partnership's newsletter was published every two months and reached {num} readers, with features on {theme} and on the {tool}.",
	"Practitioners from {agency} described how hard it had been to see the children alone when the family moved between addresses in {place}.",
	"On {date} {agency} attended a home visit and noted that the baby's sleeping arrangements were not safe; advice was given but not followed up.",
	"Our learning from local and national reviews on {theme} was shared at {num} practitioner events across {place} and {place}.",
	"{Agency} has since {action} its approach to missed appointments, so that a second missed contact is always discussed with a manager.",
	"The independent scrutineer observed {group} in {month} {year} and challenged partners on how they know the {tool} makes a difference.",
	"We spent {pct}% of the budget on training and the rest on the business unit, independent scrutiny and the reviews we commissioned.",
	"{num} schools completed the annual safeguarding audit, and the designated safeguarding leads met termly with {agency}.",
	"The rapid review meeting heard from {agency}, who had last seen the child on {date}, some weeks before the incident.",
	"Case records show that {agency} made a referral on {date}, which was closed after an assessment found no further role for children's social care.",
	"Parents in {place} told us that they did not always know who to contact when they were worried about {theme}.",
	"The data shows that contacts from {agency} about {theme} were more often converted to referrals than those from any other agency.",
	"A review of {num} multi-agency risk assessment conference cases found that the children's experience was described in only {pct}% of them.",
	"We will report on the impact of the {tool} in next year's report, once it has been in use for twelve months in {place}.",
	"Managers from {agency} and {agency} meet monthly to review cases of {theme} where progress has stalled.",
	"The meeting held on {date} agreed that {agency} would lead the work, with a report to {group} by {month} {year}.",
}

// writer lays out the pages. Each page holds about pageBytes of body text
// between its running header and footer.
type writer struct {
	r              *rand.Rand
	pages, page    int
	header, footer string
	b              strings.Builder
	body           int // bytes of body on this page
	sectionNo      int
	done           bool
}

const pageBytes = 3000

func newWriter(pages int, seed uint64, header, footer string) *writer {
	w := &writer{r: rand.New(rand.NewPCG(seed, 17)), pages: max(pages, 1), page: 1, header: header, footer: footer}
	w.top()
	return w
}

func (w *writer) top() {
	w.b.WriteString(w.header + "\n\n")
}

func (w *writer) bottom() {
	fmt.Fprintf(&w.b, "\n%s\nPage %d of %d\n", w.footer, w.page, w.pages)
}

// full reports whether every page is written.
func (w *writer) full() bool { return w.done }

// add writes text, starting a new page when this one is full; the last
// page is ended and anything more is left out.
func (w *writer) add(s string) {
	if w.done {
		return
	}
	w.b.WriteString(s)
	w.body += len(s)
	if w.body >= pageBytes {
		w.newPage()
	}
}

func (w *writer) newPage() {
	if w.done {
		return
	}
	w.bottom()
	if w.page == w.pages {
		w.done = true
		return
	}
	w.b.WriteString("\f")
	w.page++
	w.body = 0
	w.top()
}

func (w *writer) String() string {
	for !w.done {
		w.prose(1)
	}
	return w.b.String()
}

func (w *writer) blank()           { w.add("\n") }
func (w *writer) line(s string)    { w.add(s + "\n") }
func (w *writer) heading(s string) { w.add(s + "\n\n") }
func (w *writer) para(s string)    { w.add(s + "\n\n") }

// row writes a label and its value as a PDF lays out a two-column table.
func (w *writer) row(label, value string) {
	w.line(columns([]int{40}, label, value))
}

func (w *writer) section(title string) {
	w.sectionNo++
	w.sectionNumbered(w.sectionNo, title)
}

func (w *writer) sectionNumbered(n int, title string) {
	w.sectionNo = n
	w.add(fmt.Sprintf("%d. %s\n", n, title))
}

func (w *writer) subsection(title string) {
	w.add(fmt.Sprintf("\n%d.%d %s\n", max(w.sectionNo, 1), 1+w.r.IntN(9), title))
}

// prose writes n paragraphs of three to six sentences, wrapped as a PDF
// wraps them at about 90 characters.
func (w *writer) prose(n int) {
	for range n {
		var p strings.Builder
		for k := range 3 + w.r.IntN(4) {
			if k > 0 {
				p.WriteByte(' ')
			}
			p.WriteString(w.fill(pick(w.r, sentences)))
		}
		w.para(wrap(p.String(), 90))
	}
}

// list writes n bulleted items.
func (w *writer) list(n int) {
	for range n {
		w.line("\u2022 " + w.fill(pick(w.r, sentences)))
	}
	w.blank()
}

// chronology writes a table of n dated contacts in three columns.
func (w *writer) chronology(n int) {
	w.line("Date          Agency                              Contact")
	for range n {
		a := pick(w.r, agencies)
		w.line(columns([]int{14, 36}, w.numericDate(), upperFirst(a), w.fill("{action} the {tool} with the family; concerns about {theme} noted")))
	}
	w.blank()
}

// figures writes a table of n measures for two years.
func (w *writer) figures(n int) {
	w.line("Measure                                            2022/23      2023/24")
	for range n {
		m := w.fill("Referrals about {theme}")
		w.line(columns([]int{51, 13}, m, fmt.Sprint(50+w.r.IntN(900)), fmt.Sprint(50+w.r.IntN(900))))
	}
	w.blank()
}

func (w *writer) budget() {
	w.line("Partner                                 Contribution")
	for _, p := range []string{"Northbridge City Council", "Northbridge Constabulary", "NHS Northbridge ICB", "Schools forum"} {
		w.line(columns([]int{40}, p, fmt.Sprintf("\u00a3%d,000", 20+w.r.IntN(200))))
	}
	w.blank()
}

// fill replaces the slots of t.
func (w *writer) fill(t string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}') + i
		b.WriteString(t[:i])
		b.WriteString(w.slot(t[i+1 : j]))
		t = t[j+1:]
	}
}

func (w *writer) slot(name string) string {
	switch name {
	case "agency":
		return pick(w.r, agencies)
	case "Agency":
		return upperFirst(pick(w.r, agencies))
	case "theme":
		return pick(w.r, themes)
	case "place":
		return pick(w.r, places)
	case "month":
		return pick(w.r, months)
	case "year":
		return fmt.Sprint(2022 + w.r.IntN(3))
	case "date":
		return w.date()
	case "num":
		return fmt.Sprint(3 + w.r.IntN(400))
	case "few":
		return fmt.Sprint(3 + w.r.IntN(10))
	case "pct":
		return fmt.Sprint(5 + w.r.IntN(90))
	case "group":
		return pick(w.r, groups)
	case "Group":
		return upperFirst(pick(w.r, groups))
	case "action":
		return pick(w.r, actions)
	case "tool":
		return pick(w.r, tools)
	}
	return name
}

// date writes a date in one of the forms reports use.
func (w *writer) date() string {
	d, m, y := 1+w.r.IntN(28), w.r.IntN(12), 2022+w.r.IntN(3)
	switch w.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%d %s %d", d, months[m], y)
	case 1:
		return fmt.Sprintf("%d/%02d/%d", d, m+1, y)
	case 2:
		return fmt.Sprintf("%s %d, %d", months[m], d, y)
	}
	return fmt.Sprintf("%d%s %s", d, ordinal(d), months[m][:3])
}

func ordinal(d int) string {
	switch {
	case d/10 == 1:
		return "th"
	case d%10 == 1:
		return "st"
	case d%10 == 2:
		return "nd"
	case d%10 == 3:
		return "rd"
	}
	return "th"
}

func (w *writer) numericDate() string {
	return fmt.Sprintf("%02d/%02d/%d", 1+w.r.IntN(28), 1+w.r.IntN(12), 2024)
}

// columns lays cells out in columns of the given widths, as a PDF's text
// does, with at least three spaces after each cell but the last.
func columns(widths []int, cells ...string) string {
	var b strings.Builder
	for i, c := range cells {
		b.WriteString(c)
		if i < len(widths) && i+1 < len(cells) {
			b.WriteString(strings.Repeat(" ", max(3, widths[i]-len(c))))
		}
	}
	return b.String()
}

func pick(r *rand.Rand, from []string) string { return from[r.IntN(len(from))] }

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// wrap breaks s into lines of at most width bytes at spaces.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Fields(s) {
		if i > 0 {
			if n+1+len(word) > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(word)
		n += len(word)
	}
	return b.String()
}

// Package obligations works out what each safeguarding partnership owes at
// a date (DESIGN 4.8): a rapid review for each serious incident
// notification, a practice review for each decision to hold one, a yearly
// report every 12 months and its revised arrangements, each with its due
// date and the submission that met it. Everything here is a pure function
// of the ledger's records, the SINs, the baseline and the registry.
package obligations

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/workdays"
)

// Kind is the kind of document an obligation asks for; its values are the
// submission kinds' ids.
type Kind string

const (
	RapidReview    = Kind(intake.RapidReview)
	PracticeReview = Kind(intake.PracticeReview)
	YearlyReport   = Kind(intake.YearlyReport)
	Arrangements   = Kind(intake.Arrangements)
)

// Kinds lists the obligations in the order people read them.
var Kinds = []Kind{RapidReview, PracticeReview, YearlyReport, Arrangements}

// Label is the obligation as people say it.
func (k Kind) Label() string {
	switch k {
	case RapidReview:
		return "Rapid review"
	case PracticeReview:
		return "Practice review"
	case YearlyReport:
		return "Yearly report"
	case Arrangements:
		return "Safeguarding arrangements"
	}
	return string(k)
}

// Status is where an obligation stands at a date.
type Status string

const (
	Met     Status = "met"     // an accepted submission meets it
	Due     Status = "due"     // not met, due on or after the date
	Overdue Status = "overdue" // not met, due before the date
	Unknown Status = "unknown" // a yearly report with no known due date
)

// Statuses lists every status, for validating a filter.
var Statuses = []Status{Overdue, Due, Met, Unknown}

// The statutory periods.
const (
	rapidReviewWorkingDays = 15 // from the SIN's date
	practiceReviewMonths   = 6  // from the decision
	yearlyReportMonths     = 12 // from the last publication
	// SoonWorkingDays is how far ahead "due soon" looks, inclusive.
	SoonWorkingDays = 5
)

// Round is a round of safeguarding arrangements: what is received from
// Start on meets it, and it is due by Due.
type Round struct {
	Ref   string
	Start time.Time
	Due   time.Time
}

// Round2023 is Working Together 2023's round: revised arrangements
// published from 15 December 2023, by 31 December 2024.
var Round2023 = Round{
	Ref:   "2023",
	Start: intake.Round2023Start,
	Due:   intake.DefaultRound2023Due,
}

// Round2023Until is Round2023 with its deadline moved to due, as
// ARRANGEMENTS_DUE_2023 moves it for the checks of each submission; a
// zero due keeps the default.
func Round2023Until(due time.Time) Round {
	r := Round2023
	if !due.IsZero() {
		r.Due = intake.Day(due)
	}
	return r
}

// SIN is a serious incident notification, as the notification system
// exports it. Partnership is the ONS code of the partnership whose area
// the notifying local authority is in.
type SIN struct {
	Reference   string    `json:"reference"`
	Partnership string    `json:"partnership"`
	Sent        time.Time `json:"sent"` // a calendar date, midnight UTC
	Child       string    `json:"child,omitempty"`
}

// Baseline is when a partnership last published a yearly report before
// the ledger began, for the yearly report's first due date.
type Baseline struct {
	Partnership   string    `json:"partnership"`
	LastPublished time.Time `json:"last_published"` // a calendar date
}

// Obligation is one thing a partnership owes. Due is zero when unknown
// (a yearly report with no report and no baseline on record).
type Obligation struct {
	Partnership intake.Partnership
	Kind        Kind
	Ref         string // empty with Due
	Due         time.Time
	Status      Status
	MetBy       string    // the id of the submission that met it
	MetOn       time.Time // when that submission was received
	Late        bool      // met after Due
}

// Key identifies the obligation across runs, for recording reminders.
// The due date is part of it: two yearly reports can fall due in one year.
func (o Obligation) Key() string {
	return o.Partnership.ID + "|" + string(o.Kind) + "|" + o.Ref + "|" + dateOrEmpty(o.Due)
}

// DaysLate is how many working days after Due the obligation was met or,
// unmet, how many have passed by at; 0 when on time or not yet due.
func (o Obligation) DaysLate(at time.Time) int {
	if o.Due.IsZero() {
		return 0
	}
	end := at
	if o.Status == Met {
		end = o.MetOn
	}
	return max(0, workdays.Between(o.Due, intake.Day(end)))
}

// SoonBy is the last due date that counts as due soon at date at.
func SoonBy(at time.Time) time.Time { return workdays.Add(intake.Day(at), SoonWorkingDays) }

// DueSoon reports whether o is unmet and due within SoonWorkingDays of at,
// inclusive.
func (o Obligation) DueSoon(at time.Time) bool {
	return o.Status == Due && !o.Due.After(SoonBy(at))
}

func dateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return intake.ISODate(t)
}

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// jsonObligation is DESIGN 4.8's JSON line; extend, never rename.
type jsonObligation struct {
	Partnership intake.Partnership `json:"partnership"`
	Obligation  Kind               `json:"obligation"`
	Ref         *string            `json:"ref"`
	Due         *string            `json:"due"`
	Status      Status             `json:"status"`
	MetBy       *string            `json:"met_by"`
	Late        bool               `json:"late"`
}

// MarshalJSON writes DESIGN 4.8's form: ref, due and met_by null when
// absent.
func (o Obligation) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonObligation{
		Partnership: o.Partnership,
		Obligation:  o.Kind,
		Ref:         orNull(o.Ref),
		Due:         orNull(dateOrEmpty(o.Due)),
		Status:      o.Status,
		MetBy:       orNull(o.MetBy),
		Late:        o.Late,
	})
}

// Input is what obligations are computed from.
type Input struct {
	// At is the date of the view; only submissions received on or before
	// it (Europe/London date) and SINs sent on or before it count.
	At time.Time
	// Partnerships are every partnership that owes yearly reports and
	// arrangements, and the names of the others.
	Partnerships []intake.Partnership
	Records      []intake.Record
	SINs         []SIN
	Baseline     []Baseline
	// Round is the arrangements round listed; zero means Round2023.
	Round Round
}

// Compute returns every obligation at in.At, sorted by due date (unknown
// last), then partnership, kind and reference.
func Compute(in Input) []Obligation {
	at := intake.Day(in.At)
	round := in.Round
	if round.Ref == "" {
		round = Round2023
	}
	names := map[string]intake.Partnership{}
	for _, p := range in.Partnerships {
		names[p.ID] = p
	}
	partnership := func(id string) intake.Partnership {
		if p, ok := names[id]; ok {
			return p
		}
		return intake.Partnership{ID: id, Name: id}
	}
	byKind := acceptedByKind(in.Records, at)

	var out []Obligation
	out = append(out, rapidReviews(in.SINs, byKind[RapidReview], at, partnership)...)
	out = append(out, practiceReviews(byKind[RapidReview], byKind[PracticeReview], partnership)...)
	baseline := map[string]time.Time{}
	for _, b := range in.Baseline {
		baseline[b.Partnership] = b.LastPublished
	}
	for _, p := range in.Partnerships {
		out = append(out, yearlyReports(p, byKind[YearlyReport][p.ID], baseline[p.ID])...)
		out = append(out, arrangements(p, byKind[Arrangements][p.ID], round))
	}
	for i := range out {
		out[i].Status = status(out[i], at)
	}
	Sort(out)
	return out
}

// Sort orders obligations by due date (unknown last), then partnership,
// kind and reference.
func Sort(obs []Obligation) {
	// A total order, so an unstable sort gives one result: a stable
	// sort's moves of these large values cost more than the comparisons.
	slices.SortFunc(obs, func(a, b Obligation) int {
		if az, bz := a.Due.IsZero(), b.Due.IsZero(); az != bz {
			if az {
				return 1
			}
			return -1
		}
		if c := a.Due.Compare(b.Due); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Partnership.ID, b.Partnership.ID); c != 0 {
			return c
		}
		if c := cmp.Compare(slices.Index(Kinds, a.Kind), slices.Index(Kinds, b.Kind)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Ref, b.Ref); c != 0 {
			return c
		}
		return cmp.Compare(a.MetBy, b.MetBy)
	})
}

func status(o Obligation, at time.Time) Status {
	switch {
	case o.MetBy != "":
		return Met
	case o.Due.IsZero():
		return Unknown
	case o.Due.Before(at):
		return Overdue
	}
	return Due
}

// meet marks o met by rec.
func meet(o *Obligation, rec intake.Record) {
	o.MetBy = rec.ID
	o.MetOn = rec.Received
	o.Late = intake.Day(rec.Received).After(o.Due)
}

// acceptedByKind groups the accepted submissions received on or before at
// by kind and partnership, earliest received first.
func acceptedByKind(recs []intake.Record, at time.Time) map[Kind]map[string][]intake.Record {
	out := map[Kind]map[string][]intake.Record{}
	for _, r := range recs {
		if r.Status != intake.Accepted || r.Partnership == nil || intake.Day(r.Received).After(at) {
			continue
		}
		k := Kind(r.Kind)
		if out[k] == nil {
			out[k] = map[string][]intake.Record{}
		}
		out[k][r.Partnership.ID] = append(out[k][r.Partnership.ID], r)
	}
	for _, byP := range out {
		for _, rs := range byP {
			slices.SortFunc(rs, func(a, b intake.Record) int {
				if c := a.Received.Compare(b.Received); c != 0 {
					return c
				}
				return cmp.Compare(a.ID, b.ID)
			})
		}
	}
	return out
}

// index is slices.IndexFunc over records by pointer: a record is large,
// and copying each one for the test was a large part of Compute's time.
func index(rs []intake.Record, f func(*intake.Record) bool) int {
	for i := range rs {
		if f(&rs[i]) {
			return i
		}
	}
	return -1
}

// same compares two references or children's names as people write them:
// case, spaces and punctuation aside ("Child Q" is "child q", "2025/0388"
// is "2025-0388"). Empty never matches.
func same(a, b string) bool {
	a, b = fold(a), fold(b)
	return a != "" && a == b
}

func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rapidReviews gives one obligation per SIN sent on or before at. A review
// meets the SIN its sin_reference names; a review stating no reference
// meets a SIN of the same date (and child, when both are known). Each
// review meets one SIN at most: those it names by reference first.
func rapidReviews(sins []SIN, reviews map[string][]intake.Record, at time.Time, partnership func(string) intake.Partnership) []Obligation {
	sins = slices.Clone(sins)
	slices.SortFunc(sins, func(a, b SIN) int {
		if c := a.Sent.Compare(b.Sent); c != 0 {
			return c
		}
		return cmp.Compare(a.Reference, b.Reference)
	})
	var out []Obligation
	used := map[string]bool{}
	var byDate []int                    // obligations left for matching by date
	reviewRefs := map[string][]string{} // partnership → its reviews' folded references
	for _, s := range sins {
		if s.Sent.After(at) {
			continue
		}
		o := Obligation{
			Partnership: partnership(s.Partnership),
			Kind:        RapidReview,
			Ref:         s.Reference,
			Due:         workdays.Add(s.Sent, rapidReviewWorkingDays),
		}
		ref := fold(s.Reference)
		refs, ok := reviewRefs[s.Partnership]
		if !ok {
			// Each review's reference is folded once, not once per SIN.
			for _, r := range reviews[s.Partnership] {
				refs = append(refs, fold(r.Fields["sin_reference"]))
			}
			reviewRefs[s.Partnership] = refs
		}
		i := -1
		for j, r := range refs {
			if ref != "" && r == ref && !used[reviews[s.Partnership][j].ID] {
				i = j
				break
			}
		}
		if i >= 0 {
			r := reviews[s.Partnership][i]
			used[r.ID] = true
			meet(&o, r)
		} else {
			byDate = append(byDate, len(out))
		}
		out = append(out, o)
	}
	sent := map[string]SIN{}
	for _, s := range sins {
		sent[s.Reference] = s
	}
	for _, i := range byDate {
		s := sent[out[i].Ref]
		j := index(reviews[s.Partnership], func(r *intake.Record) bool {
			if used[r.ID] || strings.TrimSpace(r.Fields["sin_reference"]) != "" {
				return false
			}
			if r.Fields["sin_date"] != intake.ISODate(s.Sent) {
				return false
			}
			child := r.Fields["child"]
			return fold(child) == "" || fold(s.Child) == "" || same(child, s.Child)
		})
		if j >= 0 {
			r := reviews[s.Partnership][j]
			used[r.ID] = true
			meet(&out[i], r)
		}
	}
	return out
}

// incident names the incident a review is about, so that two accepted
// reviews of one incident (a document sent as both Word and PDF) owe one
// practice review, not two.
func incident(r intake.Record) string {
	if ref := fold(r.Fields["sin_reference"]); ref != "" {
		return "ref:" + ref
	}
	if child := fold(r.Fields["child"]); child != "" {
		return "child:" + child + "@" + r.Fields["sin_date"]
	}
	return "id:" + r.ID
}

// practiceReviews gives one obligation per incident whose accepted rapid
// review decided on a local review, due six calendar months after the
// review's date (else its received date), met by an accepted practice
// review naming the same SIN reference or child.
func practiceReviews(reviews, finals map[string][]intake.Record, partnership func(string) intake.Partnership) []Obligation {
	var out []Obligation
	ids := slices.Sorted(maps.Keys(reviews))
	for _, pid := range ids {
		seen := map[string]bool{}
		used := map[string]bool{}
		for _, r := range reviews[pid] {
			if fold(r.Fields["lcspr_decision"]) != "yes" || seen[incident(r)] {
				continue
			}
			seen[incident(r)] = true
			from := intake.Day(r.Received)
			if d, err := intake.ParseISODate(r.Fields["review_date"]); err == nil {
				from = d
			}
			o := Obligation{
				Partnership: partnership(pid),
				Kind:        PracticeReview,
				Ref:         r.ID,
				Due:         workdays.AddMonths(from, practiceReviewMonths),
			}
			i := index(finals[pid], func(f *intake.Record) bool {
				return !used[f.ID] && (same(f.Fields["sin_reference"], r.Fields["sin_reference"]) || same(f.Fields["child"], r.Fields["child"]))
			})
			if i >= 0 {
				used[finals[pid][i].ID] = true
				meet(&o, finals[pid][i])
			}
			out = append(out, o)
		}
	}
	return out
}

// yearlyReports gives the chain of yearly report obligations: each
// publication (the baseline's, then each accepted report's) owes the next
// within 12 calendar months, met by the first accepted report published
// after it. The last one is always open. With no publication known, one
// obligation of unknown due date.
func yearlyReports(p intake.Partnership, reports []intake.Record, baseline time.Time) []Obligation {
	type published struct {
		on  time.Time
		rec intake.Record
	}
	var pubs []published
	for _, r := range reports {
		d, err := intake.ParseISODate(r.Fields["publication_date"])
		if err != nil || (!baseline.IsZero() && !d.After(baseline)) {
			continue
		}
		pubs = append(pubs, published{d, r})
	}
	// By publication date; of two with the same date, the first received.
	slices.SortStableFunc(pubs, func(a, b published) int { return a.on.Compare(b.on) })
	pubs = slices.CompactFunc(pubs, func(a, b published) bool { return a.on.Equal(b.on) })

	anchors := make([]time.Time, 0, len(pubs)+1)
	if !baseline.IsZero() {
		anchors = append(anchors, baseline)
	}
	for _, pb := range pubs {
		anchors = append(anchors, pb.on)
	}
	if len(anchors) == 0 {
		return []Obligation{{Partnership: p, Kind: YearlyReport}}
	}
	out := make([]Obligation, 0, len(anchors))
	next := 0 // the first publication after the anchor
	for _, a := range anchors {
		due := workdays.AddMonths(a, yearlyReportMonths)
		o := Obligation{Partnership: p, Kind: YearlyReport, Ref: due.Format("2006"), Due: due}
		for next < len(pubs) && !pubs[next].on.After(a) {
			next++
		}
		if next < len(pubs) {
			meet(&o, pubs[next].rec)
		}
		out = append(out, o)
	}
	return out
}

// arrangements gives the round's obligation, met by the first accepted
// arrangements (document or link) received on or after its start.
func arrangements(p intake.Partnership, subs []intake.Record, round Round) Obligation {
	o := Obligation{Partnership: p, Kind: Arrangements, Ref: round.Ref, Due: round.Due}
	if i := index(subs, func(r *intake.Record) bool { return !intake.Day(r.Received).Before(round.Start) }); i >= 0 {
		meet(&o, subs[i])
	}
	return o
}

// Store keeps what obligations are computed from beside the ledger's
// submissions, and the reminders sent about them. Both ledgers implement
// it; internal/testkit/obligationstest holds the behaviour they share.
type Store interface {
	// PutSINs records each SIN by its reference, replacing one recorded
	// under the same reference: importing a file again changes nothing.
	PutSINs(ctx context.Context, sins []SIN) error
	// SINs returns every SIN on record.
	SINs(ctx context.Context) ([]SIN, error)
	// PutBaseline records each partnership's baseline, replacing its last.
	PutBaseline(ctx context.Context, rows []Baseline) error
	// Baseline returns every partnership's baseline.
	Baseline(ctx context.Context) ([]Baseline, error)
	// Submissions returns every submission on record; their deliveries
	// may be left out.
	Submissions(ctx context.Context) ([]intake.Record, error)
	// ClaimReminder records that reminder r is being sent on r.On, unless
	// it was sent already: ever, or (with r.AgainAfterDays) within that
	// many days before r.On. Of two racing claims, one wins.
	ClaimReminder(ctx context.Context, r Reminder) (bool, error)
	// ReleaseReminder undoes a claim made on r.On whose email could not
	// be sent, so that the next run sends it.
	ReleaseReminder(ctx context.Context, r Reminder) error
}

// Reminder is one (obligation, stage) reminder, or the staff digest of a
// day.
type Reminder struct {
	Key   string    // Obligation.Key, or "digest"
	Stage string    // due_soon, overdue, or the digest's date
	On    time.Time // the date of the run
	// AgainAfterDays lets the reminder be sent again that many days after
	// it last was; 0 sends it once.
	AgainAfterDays int
}

// What says in plain words what the obligation asks for.
func (o Obligation) What() string {
	switch o.Kind {
	case RapidReview:
		return "Rapid review of serious incident notification " + o.Ref
	case PracticeReview:
		return "Practice review decided in rapid review " + o.Ref
	case YearlyReport:
		if o.Ref == "" {
			return "Yearly report (no last publication date on record)"
		}
		return "Yearly report due in " + o.Ref
	case Arrangements:
		return "Revised safeguarding arrangements (" + o.Ref + " round)"
	}
	return o.Kind.Label() + " " + o.Ref
}

// Summary counts obligations by status, and those due soon at a date.
type Summary struct {
	Overdue, DueSoon, DueLater, Met, Unknown int
}

// Summarise counts obs at date at.
func Summarise(obs []Obligation, at time.Time) Summary {
	var s Summary
	for _, o := range obs {
		switch {
		case o.Status == Overdue:
			s.Overdue++
		case o.DueSoon(at):
			s.DueSoon++
		case o.Status == Due:
			s.DueLater++
		case o.Status == Met:
			s.Met++
		default:
			s.Unknown++
		}
	}
	return s
}

// String is the summary line: "12 overdue, 30 due within 5 working days,
// 41 due later, 200 met, 3 with no known due date".
func (s Summary) String() string {
	parts := []string{
		fmt.Sprintf("%d overdue", s.Overdue),
		fmt.Sprintf("%d due within %d working days", s.DueSoon, SoonWorkingDays),
		fmt.Sprintf("%d due later", s.DueLater),
		fmt.Sprintf("%d met", s.Met),
	}
	if s.Unknown > 0 {
		parts = append(parts, fmt.Sprintf("%d with no known due date", s.Unknown))
	}
	return strings.Join(parts, ", ")
}

// Filter keeps the obligations matching every non-empty criterion.
type Filter struct {
	Partnership string // ONS code
	Kind        Kind
	Status      Status
}

// Apply returns the obligations f keeps.
func (f Filter) Apply(obs []Obligation) []Obligation {
	var out []Obligation
	for _, o := range obs {
		if (f.Partnership == "" || o.Partnership.ID == f.Partnership) &&
			(f.Kind == "" || o.Kind == f.Kind) &&
			(f.Status == "" || o.Status == f.Status) {
			out = append(out, o)
		}
	}
	return out
}

// Load reads what the store holds and computes the obligations at date at,
// listing the arrangements round given (zero: Round2023).
func Load(ctx context.Context, st Store, parts []intake.Partnership, at time.Time, round Round) ([]Obligation, []intake.Record, error) {
	recs, err := st.Submissions(ctx)
	if err != nil {
		return nil, nil, err
	}
	sins, err := st.SINs(ctx)
	if err != nil {
		return nil, nil, err
	}
	base, err := st.Baseline(ctx)
	if err != nil {
		return nil, nil, err
	}
	return Compute(Input{At: at, Partnerships: parts, Records: recs, SINs: sins, Baseline: base, Round: round}), recs, nil
}

// LatestSubmitters maps each partnership to the submitter of its most
// recently received submission (received on or before at), whatever its
// status; submissions naming no submitter are passed over.
func LatestSubmitters(recs []intake.Record, at time.Time) map[string]string {
	latest := map[string]intake.Record{}
	at = intake.Day(at)
	for _, r := range recs {
		if r.Partnership == nil || r.Submitter == "" || intake.Day(r.Received).After(at) {
			continue
		}
		if l, ok := latest[r.Partnership.ID]; !ok || r.Received.After(l.Received) || r.Received.Equal(l.Received) && r.ID > l.ID {
			latest[r.Partnership.ID] = r
		}
	}
	out := make(map[string]string, len(latest))
	for p, r := range latest {
		out[p] = r.Submitter
	}
	return out
}

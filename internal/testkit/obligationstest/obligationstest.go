// Package obligationstest holds the behaviour every obligations.Store must
// show, as a suite of tests each ledger runs against itself.
package obligationstest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
)

// Ledger is a store that also records submissions, as both ledgers do.
type Ledger interface {
	obligations.Store
	Claim(ctx context.Context, rec intake.Record) (intake.Record, bool, error)
}

// Run runs the suite. open returns a new, empty ledger for each subtest;
// it should close it on t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) Ledger) {
	tests := []struct {
		name string
		fn   func(t *testing.T, l Ledger)
	}{
		{"SINsByReference", testSINs},
		{"ManySINs", testManySINs},
		{"Baseline", testBaseline},
		{"Submissions", testSubmissions},
		{"ReminderOnce", testReminderOnce},
		{"ReminderWeekly", testReminderWeekly},
		{"ReminderRelease", testReminderRelease},
		{"ReminderRace", testReminderRace},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

func day(s string) time.Time {
	d, err := intake.ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}

var bySINRef = cmpopts.SortSlices(func(a, b obligations.SIN) bool { return a.Reference < b.Reference })

func testSINs(t *testing.T, l Ledger) {
	ctx := context.Background()
	got, err := l.SINs(ctx)
	if err != nil || len(got) != 0 {
		t.Fatalf("SINs of an empty ledger = %v, %v; want none", got, err)
	}
	first := []obligations.SIN{
		{Reference: "SIN-2025-0412", Partnership: "E08000026", Sent: day("2025-03-03"), Child: "Child Q"},
		{Reference: "2025/0388", Partnership: "E10000016", Sent: day("2025-03-10")},
	}
	if err := l.PutSINs(ctx, first); err != nil {
		t.Fatal(err)
	}
	// A second import corrects one SIN and adds another.
	second := []obligations.SIN{
		{Reference: "2025/0388", Partnership: "E10000016", Sent: day("2025-03-11"), Child: "Child M"},
		{Reference: "SIN-2025-0409", Partnership: "E08000035", Sent: day("2025-03-04")},
	}
	if err := l.PutSINs(ctx, second); err != nil {
		t.Fatal(err)
	}
	if err := l.PutSINs(ctx, second); err != nil {
		t.Fatal(err)
	}
	got, err = l.SINs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []obligations.SIN{first[0], second[0], second[1]}
	if d := cmp.Diff(want, got, bySINRef); d != "" {
		t.Errorf("SINs after two imports (-want +got):\n%s", d)
	}
}

func testManySINs(t *testing.T, l Ledger) {
	ctx := context.Background()
	var sins []obligations.SIN
	for i := range 130 { // more than one batch of writes
		sins = append(sins, obligations.SIN{Reference: "SIN-" + string(rune('A'+i/26)) + string(rune('a'+i%26)), Partnership: "E08000026", Sent: day("2025-01-01").AddDate(0, 0, i)})
	}
	if err := l.PutSINs(ctx, sins); err != nil {
		t.Fatal(err)
	}
	got, err := l.SINs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(sins, got, bySINRef); d != "" {
		t.Errorf("SINs after importing %d (-want +got):\n%s", len(sins), d)
	}
}

func testBaseline(t *testing.T, l Ledger) {
	ctx := context.Background()
	if err := l.PutBaseline(ctx, []obligations.Baseline{{Partnership: "E08000026", LastPublished: day("2024-09-30")}, {Partnership: "E08000035", LastPublished: day("2024-10-01")}}); err != nil {
		t.Fatal(err)
	}
	if err := l.PutBaseline(ctx, []obligations.Baseline{{Partnership: "E08000026", LastPublished: day("2024-10-15")}}); err != nil {
		t.Fatal(err)
	}
	got, err := l.Baseline(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []obligations.Baseline{{Partnership: "E08000026", LastPublished: day("2024-10-15")}, {Partnership: "E08000035", LastPublished: day("2024-10-01")}}
	if d := cmp.Diff(want, got, cmpopts.SortSlices(func(a, b obligations.Baseline) bool { return a.Partnership < b.Partnership })); d != "" {
		t.Errorf("Baseline (-want +got):\n%s", d)
	}
}

func testSubmissions(t *testing.T, l Ledger) {
	ctx := context.Background()
	coventry := &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"}
	var want []string
	for i, k := range []intake.Kind{intake.RapidReview, intake.YearlyReport, intake.Arrangements, intake.PracticeReview, intake.Unknown} {
		rec := intake.Record{SourceKey: "cli:" + string(k), Outcome: intake.Outcome{
			ID: "XX-2025-00000" + string(rune('0'+i)), Kind: k, Status: intake.Accepted, Partnership: coventry,
			Received: day("2025-03-21").Add(time.Duration(i) * time.Hour), Fields: map[string]string{"sin_reference": "SIN-1"},
			Submitter: "bm@coventry.gov.uk",
		}}
		if _, _, err := l.Claim(ctx, rec); err != nil {
			t.Fatal(err)
		}
		want = append(want, rec.ID)
	}
	got, err := l.Submissions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range got {
		ids = append(ids, r.ID)
		if r.Fields["sin_reference"] != "SIN-1" || r.Submitter == "" || r.Partnership == nil || r.Received.IsZero() {
			t.Errorf("Submissions: %s lacks its fields, submitter, partnership or received time: %+v", r.ID, r.Outcome)
		}
	}
	if d := cmp.Diff(want, ids, cmpopts.SortSlices(func(a, b string) bool { return a < b })); d != "" {
		t.Errorf("Submissions ids (-want +got):\n%s", d)
	}
}

func claim(t *testing.T, l Ledger, r obligations.Reminder) bool {
	t.Helper()
	ok, err := l.ClaimReminder(context.Background(), r)
	if err != nil {
		t.Fatalf("ClaimReminder(%+v): %v", r, err)
	}
	return ok
}

func testReminderOnce(t *testing.T, l Ledger) {
	r := obligations.Reminder{Key: "E08000026|rapid_review|SIN-1|2025-03-24", Stage: "due_soon", On: day("2025-03-17")}
	if !claim(t, l, r) {
		t.Fatal("first claim of a reminder = false, want true")
	}
	if claim(t, l, r) {
		t.Error("second claim on the same day = true, want false")
	}
	r.On = day("2025-04-30")
	if claim(t, l, r) {
		t.Error("claim of a once-only reminder weeks later = true, want false")
	}
	other := r
	other.Stage = "overdue"
	if !claim(t, l, other) {
		t.Error("claim of another stage = false, want true")
	}
}

func testReminderWeekly(t *testing.T, l Ledger) {
	r := obligations.Reminder{Key: "E08000026|arrangements|2023|2024-12-31", Stage: "overdue", On: day("2025-03-17"), AgainAfterDays: 7}
	if !claim(t, l, r) {
		t.Fatal("first claim = false, want true")
	}
	for _, on := range []string{"2025-03-18", "2025-03-23"} {
		r.On = day(on)
		if claim(t, l, r) {
			t.Errorf("claim on %s, under a week after the last = true, want false", on)
		}
	}
	r.On = day("2025-03-24")
	if !claim(t, l, r) {
		t.Error("claim a week after the last = false, want true")
	}
	r.On = day("2025-03-25")
	if claim(t, l, r) {
		t.Error("claim the day after the second = true, want false")
	}
}

func testReminderRelease(t *testing.T, l Ledger) {
	ctx := context.Background()
	r := obligations.Reminder{Key: "k", Stage: "due_soon", On: day("2025-03-17")}
	if !claim(t, l, r) {
		t.Fatal("first claim = false")
	}
	// A release for another day's claim leaves this one alone.
	stale := r
	stale.On = day("2025-03-10")
	if err := l.ReleaseReminder(ctx, stale); err != nil {
		t.Fatal(err)
	}
	if claim(t, l, r) {
		t.Error("claim after releasing another day's = true, want false")
	}
	if err := l.ReleaseReminder(ctx, r); err != nil {
		t.Fatal(err)
	}
	if !claim(t, l, r) {
		t.Error("claim after release = false, want true")
	}
}

func testReminderRace(t *testing.T, l Ledger) {
	ctx := context.Background()
	for _, every := range []int{0, 7} {
		r := obligations.Reminder{Key: fmt.Sprint("race-", every), Stage: "overdue", On: day("2025-03-17"), AgainAfterDays: every}
		if every > 0 {
			// The weekly case races on the update of an older claim.
			old := r
			old.On = day("2025-03-01")
			claim(t, l, old)
		}
		var won atomic.Int32
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				ok, err := l.ClaimReminder(ctx, r)
				if err != nil {
					t.Error(err)
				}
				if ok {
					won.Add(1)
				}
			})
		}
		wg.Wait()
		if n := won.Load(); n != 1 {
			t.Errorf("every %d days: %d of 8 racing claims won, want 1", every, n)
		}
	}
}

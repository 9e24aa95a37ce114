// Package ledgertest holds the behaviour every pipeline.Ledger must show,
// as a suite of tests each implementation runs against itself.
package ledgertest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
)

// Run runs the suite. open returns a new, empty ledger for each subtest;
// it should close it on t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) pipeline.Ledger) {
	tests := []struct {
		name string
		fn   func(t *testing.T, l pipeline.Ledger)
	}{
		{"ClaimGetLookup", testClaimGetLookup},
		{"ClaimSameSourceTwice", testClaimSameSourceTwice},
		{"IDTaken", testIDTaken},
		{"Update", testUpdate},
		{"FindContent", testFindContent},
		{"Deliveries", testDeliveries},
		{"DeliveryLease", testDeliveryLease},
		{"DeliveryErrors", testDeliveryErrors},
		{"ClaimRace", testClaimRace},
		{"IDRace", testIDRace},
		{"ClaimDeliveryRace", testClaimDeliveryRace},
		{"List", testList},
		{"Page", testPage},
		{"PageCursors", testPageCursors},
		{"Partnerships", testPartnerships},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.fn(t, open(t))
		})
	}
}

var base = time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC)

// record returns a fully populated submission from source n.
func record(n int) intake.Record {
	received := base.Add(time.Duration(n) * time.Minute)
	source := fmt.Sprintf("s3:intake/submissions/E08000026/auto/review-%d.pdf@v%d", n, n)
	return intake.Record{
		SourceKey: source,
		Stored:    fmt.Sprintf("submissions/E08000026/auto/review-%d.pdf", n),
		Outcome: intake.Outcome{
			ID:          intake.NewID(intake.RapidReview, received, source, 0),
			File:        fmt.Sprintf("review-%d.pdf", n),
			Channel:     intake.Portal,
			SHA256:      fmt.Sprintf("%064x", n),
			Bytes:       int64(1000 + n),
			MediaType:   "application/pdf",
			Received:    received,
			Kind:        intake.RapidReview,
			Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
			Fields:      map[string]string{"sin_date": "2025-03-03", "lcspr_decision": "yes"},
			Findings:    []intake.Finding{intake.NewFinding(intake.RapidReviewLate, "Received after the deadline.")},
			Status:      intake.Accepted,
			Deliveries: []intake.Delivery{
				{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliveryPending},
				{Recipient: intake.RecipientDfE, Address: "dfe@example.gov.uk", Status: intake.DeliveryPending},
				{Recipient: intake.RecipientSubmitter, Address: "bm@example.gov.uk", Status: intake.DeliverySkipped},
			},
			Deadline:  &intake.Deadline{Rule: "15 working days from the SIN date", From: "2025-03-03", Due: "2025-03-24", Met: true},
			Submitter: "bm@example.gov.uk",
		},
	}
}

func diff(want, got intake.Record) string {
	return cmp.Diff(want, got, cmpopts.EquateEmpty())
}

func claim(t *testing.T, l pipeline.Ledger, rec intake.Record) intake.Record {
	t.Helper()
	stored, created, err := l.Claim(context.Background(), rec)
	if err != nil {
		t.Fatalf("Claim(%s): %v", rec.ID, err)
	}
	if !created {
		t.Fatalf("Claim(%s) created = false, want true", rec.ID)
	}
	return stored
}

func get(t *testing.T, l pipeline.Ledger, id string) intake.Record {
	t.Helper()
	rec, ok, err := l.Get(context.Background(), id)
	if err != nil || !ok {
		t.Fatalf("Get(%q) = %v, %v; want the record", id, ok, err)
	}
	return rec
}

func delivery(t *testing.T, l pipeline.Ledger, id, recipient string) intake.Delivery {
	t.Helper()
	for _, d := range get(t, l, id).Deliveries {
		if d.Recipient == recipient {
			return d
		}
	}
	t.Fatalf("Get(%q) has no delivery to %s", id, recipient)
	return intake.Delivery{}
}

func testClaimGetLookup(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	rec := record(1)
	if _, ok, err := l.Lookup(ctx, rec.SourceKey); err != nil || ok {
		t.Fatalf("Lookup before Claim = %v, %v; want false, nil", ok, err)
	}
	if _, ok, err := l.Get(ctx, rec.ID); err != nil || ok {
		t.Fatalf("Get before Claim = %v, %v; want false, nil", ok, err)
	}
	stored := claim(t, l, rec)
	if d := diff(rec, stored); d != "" {
		t.Errorf("Claim returned (-want +got):\n%s", d)
	}
	if d := diff(rec, get(t, l, rec.ID)); d != "" {
		t.Errorf("Get (-want +got):\n%s", d)
	}
	got, ok, err := l.Lookup(ctx, rec.SourceKey)
	if err != nil || !ok {
		t.Fatalf("Lookup(%q) = %v, %v; want the record", rec.SourceKey, ok, err)
	}
	if d := diff(rec, got); d != "" {
		t.Errorf("Lookup (-want +got):\n%s", d)
	}

	// A record without deliveries or partnership.
	bare := record(2)
	bare.Deliveries, bare.Partnership, bare.Fields, bare.Findings, bare.Deadline = nil, nil, nil, nil, nil
	bare.Status = intake.Rejected
	claim(t, l, bare)
	if d := diff(bare, get(t, l, bare.ID)); d != "" {
		t.Errorf("Get bare record (-want +got):\n%s", d)
	}
}

func testClaimSameSourceTwice(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	first := record(1)
	claim(t, l, first)

	again := record(1)
	again.ID = intake.NewID(intake.RapidReview, again.Received, again.SourceKey, 1)
	again.Status = intake.Rejected
	again.Deliveries = nil
	stored, created, err := l.Claim(ctx, again)
	if err != nil {
		t.Fatalf("second Claim: %v", err)
	}
	if created {
		t.Errorf("second Claim created = true, want false")
	}
	if d := diff(first, stored); d != "" {
		t.Errorf("second Claim returned (-want the first record +got):\n%s", d)
	}
	if _, ok, err := l.Get(ctx, again.ID); err != nil || ok {
		t.Errorf("Get(%s) = %v, %v; want nothing stored under the second id", again.ID, ok, err)
	}
}

func testIDTaken(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	first := record(1)
	claim(t, l, first)

	other := record(2)
	other.ID = first.ID
	if _, _, err := l.Claim(ctx, other); !errors.Is(err, pipeline.ErrIDTaken) {
		t.Fatalf("Claim of a taken id = %v, want ErrIDTaken", err)
	}
	if _, ok, err := l.Lookup(ctx, other.SourceKey); err != nil || ok {
		t.Errorf("Lookup(%q) after a refused Claim = %v, %v; want false, nil", other.SourceKey, ok, err)
	}
	if d := diff(first, get(t, l, first.ID)); d != "" {
		t.Errorf("first record changed (-want +got):\n%s", d)
	}
	// The source can still be claimed under another id.
	other.ID = intake.NewID(other.Kind, other.Received, other.SourceKey, 1)
	claim(t, l, other)
}

func testUpdate(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	now := base.Add(time.Hour)
	rec := record(1)
	claim(t, l, rec)
	if ok, err := l.ClaimDelivery(ctx, rec.ID, intake.RecipientPanel, now, time.Minute); err != nil || !ok {
		t.Fatalf("ClaimDelivery = %v, %v; want true", ok, err)
	}

	upd := rec
	upd.Receipt = "s3://intake/receipts/" + rec.ID + ".pdf"
	upd.Status = intake.Duplicate
	upd.DuplicateOf = "RR-2025-AAAAAA"
	upd.Findings = append(upd.Findings, intake.NewFinding(intake.DuplicateSubmission, "Seen before."))
	// States in the update are ignored; a new recipient is added.
	upd.Deliveries = []intake.Delivery{
		{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySent},
		{Recipient: intake.RecipientDfE, Address: "dfe@example.gov.uk", Status: intake.DeliverySent},
		{Recipient: intake.RecipientSubmitter, Address: "bm@example.gov.uk", Status: intake.DeliverySent},
		{Recipient: intake.RecipientWWC, Address: "wwc@example.org", Status: intake.DeliveryPending},
	}
	if err := l.Update(ctx, upd); err != nil {
		t.Fatalf("Update: %v", err)
	}
	want := upd
	want.Deliveries = []intake.Delivery{
		{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySending, Attempts: 1, At: now},
		rec.Deliveries[1],
		rec.Deliveries[2],
		{Recipient: intake.RecipientWWC, Address: "wwc@example.org", Status: intake.DeliveryPending},
	}
	if d := diff(want, get(t, l, rec.ID)); d != "" {
		t.Errorf("Get after Update (-want +got):\n%s", d)
	}
	// An update that does not say where the original is keeps the place.
	again := want
	again.Stored = ""
	again.Status = intake.Accepted
	if err := l.Update(ctx, again); err != nil {
		t.Fatalf("Update without Stored: %v", err)
	}
	if got := get(t, l, rec.ID); got.Stored != rec.Stored || got.Status != intake.Accepted {
		t.Errorf("after an Update without Stored: stored %q, status %s; want %q, accepted", got.Stored, got.Status, rec.Stored)
	}

	missing := record(2)
	if err := l.Update(ctx, missing); err == nil {
		t.Errorf("Update of an unknown submission = nil, want an error")
	}
	stranger := upd
	stranger.SourceKey = "cli:other.pdf:abc"
	if err := l.Update(ctx, stranger); err == nil {
		t.Errorf("Update from another source = nil, want an error")
	}
}

func testFindContent(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	sha := fmt.Sprintf("%064x", 42)
	mk := func(n int, kind intake.Kind, p *intake.Partnership, sum string) intake.Record {
		r := record(n)
		r.Kind, r.Partnership, r.SHA256 = kind, p, sum
		r.ID = intake.NewID(kind, r.Received, r.SourceKey, 0)
		return r
	}
	cov := &intake.Partnership{ID: "E08000026", Name: "Coventry"}
	leeds := &intake.Partnership{ID: "E08000035", Name: "Leeds"}
	// Claimed in this order; b arrived later than a, but received earlier:
	// "earliest" is the first claimed.
	a := claim(t, l, mk(10, intake.RapidReview, cov, sha))
	b := claim(t, l, mk(5, intake.RapidReview, cov, sha))
	c := claim(t, l, mk(11, intake.RapidReview, cov, sha))
	yr := claim(t, l, mk(12, intake.YearlyReport, cov, sha))
	ld := claim(t, l, mk(13, intake.RapidReview, leeds, sha))
	none1 := claim(t, l, mk(14, intake.Unknown, nil, sha))
	none2 := claim(t, l, mk(15, intake.Unknown, nil, sha))
	// A rejected submission, then the same file accepted (sent again with
	// what was missing): only the accepted one counts.
	resent := fmt.Sprintf("%064x", 44)
	rejected := mk(16, intake.RapidReview, cov, resent)
	rejected.Status = intake.Rejected
	claim(t, l, rejected)
	if err := l.Update(ctx, rejected); err != nil {
		t.Fatal(err)
	}
	accepted := claim(t, l, mk(17, intake.RapidReview, cov, resent))

	tests := []struct {
		name    string
		kind    intake.Kind
		p       string
		sha     string
		except  string
		want    string
		wantHit bool
	}{
		{"later copy", intake.RapidReview, cov.ID, sha, b.ID, a.ID, true},
		{"third copy", intake.RapidReview, cov.ID, sha, c.ID, a.ID, true},
		{"first itself", intake.RapidReview, cov.ID, sha, a.ID, "", false},
		{"no exception", intake.RapidReview, cov.ID, sha, "", a.ID, true},
		{"other kind alone", intake.YearlyReport, cov.ID, sha, yr.ID, "", false},
		{"other kind", intake.YearlyReport, cov.ID, sha, "", yr.ID, true},
		{"other partnership alone", intake.RapidReview, leeds.ID, sha, ld.ID, "", false},
		{"no partnership", intake.Unknown, "", sha, none2.ID, none1.ID, true},
		{"other content", intake.RapidReview, cov.ID, fmt.Sprintf("%064x", 43), "", "", false},
		{"unknown partnership", intake.RapidReview, "E09000001", sha, "", "", false},
		{"rejected before", intake.RapidReview, cov.ID, resent, accepted.ID, "", false},
		{"accepted after a rejection", intake.RapidReview, cov.ID, resent, "", accepted.ID, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, ok, err := l.FindContent(ctx, tt.sha, tt.kind, tt.p, tt.except)
			if err != nil {
				t.Fatal(err)
			}
			if id != tt.want || ok != tt.wantHit {
				t.Errorf("FindContent(%.8s, %s, %q, %q) = %q, %v; want %q, %v", tt.sha, tt.kind, tt.p, tt.except, id, ok, tt.want, tt.wantHit)
			}
		})
	}
}

func testDeliveries(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	rec := claim(t, l, record(1))
	id := rec.ID
	lease := 5 * time.Minute
	t1 := base.Add(time.Hour)

	// pending → sending → sent, and never again.
	if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientPanel, t1, lease); err != nil || !ok {
		t.Fatalf("ClaimDelivery(panel) = %v, %v; want true", ok, err)
	}
	want := intake.Delivery{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySending, Attempts: 1, At: t1}
	if d := cmp.Diff(want, delivery(t, l, id, intake.RecipientPanel)); d != "" {
		t.Errorf("claimed delivery (-want +got):\n%s", d)
	}
	t2 := t1.Add(3 * time.Second)
	sent := intake.Delivery{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySent, At: t2, Via: "attachment"}
	if err := l.FinishDelivery(ctx, id, sent); err != nil {
		t.Fatalf("FinishDelivery(sent): %v", err)
	}
	sent.Attempts = 1
	if d := cmp.Diff(sent, delivery(t, l, id, intake.RecipientPanel)); d != "" {
		t.Errorf("sent delivery (-want +got):\n%s", d)
	}
	for _, at := range []time.Time{t2, t2.Add(lease), t2.Add(24 * time.Hour)} {
		if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientPanel, at, lease); err != nil || ok {
			t.Errorf("ClaimDelivery(sent) at %v = %v, %v; want false", at, ok, err)
		}
	}
	// A late failure report from a worker whose lease ran out leaves it sent.
	if err := l.FinishDelivery(ctx, id, intake.Delivery{Recipient: intake.RecipientPanel, Status: intake.DeliveryFailed, At: t2, Error: "late"}); err != nil {
		t.Fatalf("FinishDelivery(failed) after sent: %v", err)
	}
	if d := cmp.Diff(sent, delivery(t, l, id, intake.RecipientPanel)); d != "" {
		t.Errorf("sent delivery after a late failure (-want +got):\n%s", d)
	}

	// failed → claimed again, attempts counting up.
	if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientDfE, t1, lease); err != nil || !ok {
		t.Fatalf("ClaimDelivery(dfe) = %v, %v; want true", ok, err)
	}
	failed := intake.Delivery{Recipient: intake.RecipientDfE, Address: "dfe@example.gov.uk", Status: intake.DeliveryFailed, At: t2, Error: "MessageRejected"}
	if err := l.FinishDelivery(ctx, id, failed); err != nil {
		t.Fatalf("FinishDelivery(failed): %v", err)
	}
	failed.Attempts = 1
	if d := cmp.Diff(failed, delivery(t, l, id, intake.RecipientDfE)); d != "" {
		t.Errorf("failed delivery (-want +got):\n%s", d)
	}
	t3 := t2.Add(time.Second) // no need to wait for a lease after a failure
	if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientDfE, t3, lease); err != nil || !ok {
		t.Fatalf("ClaimDelivery(failed) = %v, %v; want true", ok, err)
	}
	if got := delivery(t, l, id, intake.RecipientDfE); got.Status != intake.DeliverySending || got.Attempts != 2 || !got.At.Equal(t3) {
		t.Errorf("re-claimed delivery = %+v, want sending, 2 attempts, at %v", got, t3)
	}
	if err := l.FinishDelivery(ctx, id, intake.Delivery{Recipient: intake.RecipientDfE, Address: "dfe@example.gov.uk", Status: intake.DeliverySent, At: t3}); err != nil {
		t.Fatal(err)
	}
	want = intake.Delivery{Recipient: intake.RecipientDfE, Address: "dfe@example.gov.uk", Status: intake.DeliverySent, Attempts: 2, At: t3}
	if d := cmp.Diff(want, delivery(t, l, id, intake.RecipientDfE)); d != "" {
		t.Errorf("delivery sent on the second attempt (-want +got), the old error must go:\n%s", d)
	}

	// skipped is never claimed.
	if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientSubmitter, t3, lease); err != nil || ok {
		t.Errorf("ClaimDelivery(skipped) = %v, %v; want false", ok, err)
	}

	// The outcome is untouched by all this.
	got := get(t, l, id)
	got.Deliveries, rec.Deliveries = nil, nil
	if d := diff(rec, got); d != "" {
		t.Errorf("outcome changed by deliveries (-want +got):\n%s", d)
	}
}

func testDeliveryLease(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	id := claim(t, l, record(1)).ID
	lease := 5 * time.Minute
	t1 := base.Add(time.Hour)
	if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientPanel, t1, lease); err != nil || !ok {
		t.Fatalf("ClaimDelivery = %v, %v; want true", ok, err)
	}
	for _, at := range []time.Time{t1, t1.Add(time.Second), t1.Add(lease - time.Nanosecond)} {
		if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientPanel, at, lease); err != nil || ok {
			t.Errorf("ClaimDelivery(held) at +%v = %v, %v; want false", at.Sub(t1), ok, err)
		}
	}
	t2 := t1.Add(lease)
	if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientPanel, t2, lease); err != nil || !ok {
		t.Fatalf("ClaimDelivery once the lease ran out = %v, %v; want true", ok, err)
	}
	if got := delivery(t, l, id, intake.RecipientPanel); got.Attempts != 2 || !got.At.Equal(t2) {
		t.Errorf("delivery after the lease ran out = %+v, want 2 attempts at %v", got, t2)
	}
	if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientPanel, t2.Add(time.Minute), lease); err != nil || ok {
		t.Errorf("ClaimDelivery under the new lease = %v, %v; want false", ok, err)
	}
}

func testDeliveryErrors(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	id := claim(t, l, record(1)).ID
	if ok, err := l.ClaimDelivery(ctx, id, intake.RecipientWWC, base, time.Minute); err == nil {
		t.Errorf("ClaimDelivery(unknown recipient) = %v, nil; want an error", ok)
	}
	if ok, err := l.ClaimDelivery(ctx, "RR-2025-NOSUCH", intake.RecipientPanel, base, time.Minute); err == nil {
		t.Errorf("ClaimDelivery(unknown submission) = %v, nil; want an error", ok)
	}
	if err := l.FinishDelivery(ctx, id, intake.Delivery{Recipient: intake.RecipientWWC, Status: intake.DeliverySent}); err == nil {
		t.Errorf("FinishDelivery(unknown recipient) = nil, want an error")
	}
	if err := l.FinishDelivery(ctx, id, intake.Delivery{Recipient: intake.RecipientPanel, Status: intake.DeliverySending}); err == nil {
		t.Errorf("FinishDelivery(status sending) = nil, want an error")
	}
}

// racers is how many goroutines race for the same thing.
const racers = 12

func testClaimRace(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		created int
		ids     = map[string]bool{}
	)
	for i := range racers {
		wg.Go(func() {
			rec := record(1)
			rec.ID = intake.NewID(rec.Kind, rec.Received, rec.SourceKey, i)
			stored, ok, err := l.Claim(ctx, rec)
			if err != nil {
				t.Errorf("Claim %d: %v", i, err)
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if ok {
				created++
			}
			ids[stored.ID] = true
		})
	}
	wg.Wait()
	if created != 1 || len(ids) != 1 {
		t.Errorf("%d racing Claims of one source: %d created, %d distinct ids returned; want 1, 1", racers, created, len(ids))
	}
	list, err := l.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 {
		t.Errorf("List after the race holds %d submissions, want 1", len(list))
	}
}

func testIDRace(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	var (
		wg            sync.WaitGroup
		mu            sync.Mutex
		created, lost int
	)
	for i := range racers {
		wg.Go(func() {
			rec := record(i)
			rec.ID = "RR-2025-SAMEID"
			_, ok, err := l.Claim(ctx, rec)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case errors.Is(err, pipeline.ErrIDTaken):
				lost++
			case err != nil:
				t.Errorf("Claim %d: %v", i, err)
			case ok:
				created++
			}
		})
	}
	wg.Wait()
	if created != 1 || lost != racers-1 {
		t.Errorf("%d sources racing for one id: %d created, %d ErrIDTaken; want 1, %d", racers, created, lost, racers-1)
	}
}

func testClaimDeliveryRace(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	id := claim(t, l, record(1)).ID
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		wins int
	)
	for i := range racers {
		wg.Go(func() {
			ok, err := l.ClaimDelivery(ctx, id, intake.RecipientPanel, base.Add(time.Duration(i)*time.Millisecond), time.Hour)
			if err != nil {
				t.Errorf("ClaimDelivery %d: %v", i, err)
				return
			}
			if ok {
				mu.Lock()
				wins++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if wins != 1 {
		t.Errorf("%d racing ClaimDelivery calls: %d won, want 1", racers, wins)
	}
	if got := delivery(t, l, id, intake.RecipientPanel); got.Attempts != 1 || got.Status != intake.DeliverySending {
		t.Errorf("delivery after the race = %+v, want sending with 1 attempt", got)
	}
}

func testList(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	if list, err := l.List(ctx); err != nil || len(list) != 0 {
		t.Fatalf("List of an empty ledger = %d records, %v; want none", len(list), err)
	}
	var want []intake.Record
	for _, n := range []int{3, 1, 4, 2} {
		want = append(want, claim(t, l, record(n)))
	}
	if ok, err := l.ClaimDelivery(ctx, want[0].ID, intake.RecipientPanel, base, time.Minute); err != nil || !ok {
		t.Fatalf("ClaimDelivery = %v, %v", ok, err)
	}
	want[0] = get(t, l, want[0].ID)
	// Newest (latest received) first: 4, 3, 2, 1.
	want = []intake.Record{want[2], want[0], want[3], want[1]}
	got, err := l.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("List (-want +got):\n%s", d)
	}
}

// varied returns submission n of a ledger with several partnerships,
// kinds, statuses and late ones; every third shares its received time with
// the next, to show the order among ties. They spread over a year, closer
// together at first and further apart later, so that some months hold
// several and some none (a ledger may keep them by month).
func varied(n int) intake.Record {
	rec := record(n)
	g := n / 3
	rec.Received = base.Add(time.Duration(g*g)*24*time.Hour + time.Duration(g)*time.Minute)
	switch n % 4 {
	case 0:
		rec.Partnership = &intake.Partnership{ID: "E09000033", Name: "Westminster Safeguarding Children Partnership"}
	case 1:
		rec.Partnership = nil
	}
	if n%5 == 0 {
		rec.Kind = intake.YearlyReport
	}
	rec.Status = []intake.Status{intake.Accepted, intake.Rejected, intake.Duplicate}[n%3]
	if n%2 == 0 {
		rec.Findings = nil
	}
	rec.ID = intake.NewID(rec.Kind, rec.Received, rec.SourceKey, 0)
	return rec
}

// pageQueries are the filters the views use, alone and together.
var pageQueries = []intake.ListQuery{
	{},
	{Partnership: "E08000026"},
	{Partnership: intake.NoPartnership},
	{Kind: intake.YearlyReport},
	{Status: intake.Rejected},
	{Late: "yes"},
	{Late: "no"},
	{Kind: intake.RapidReview, Status: intake.Accepted},
	{Partnership: "E09000033", Kind: intake.RapidReview, Late: "no"},
	{Partnership: "E08000026", Status: intake.Duplicate, Late: "yes"},
	{Kind: intake.YearlyReport, Late: "yes"},
}

// testPage walks every query's pages forwards to the end and back to the
// start, and checks each page against the whole list filtered.
func testPage(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	if p, err := l.Page(ctx, intake.ListQuery{}); err != nil || len(p.Records) != 0 || p.Next != "" || p.Prev != "" {
		t.Fatalf("Page of an empty ledger = %+v, %v; want an empty page", p, err)
	}
	const n = 60
	for i := range n {
		claim(t, l, varied(i))
	}
	all, err := l.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != n {
		t.Fatalf("List holds %d submissions, want %d", len(all), n)
	}
	ids := func(recs []intake.Record) []string {
		var out []string
		for _, r := range recs {
			out = append(out, r.ID)
		}
		return out
	}
	const size = 7
	for _, q := range pageQueries {
		var want []string
		for _, r := range all {
			if q.Match(r) {
				want = append(want, r.ID)
			}
		}
		var pages [][]string
		q.Limit = size
		for i := 0; ; i++ {
			p, err := l.Page(ctx, q)
			if err != nil {
				t.Fatalf("Page(%+v): %v", q, err)
			}
			pages = append(pages, ids(p.Records))
			if (i == 0) != (p.Prev == "") {
				t.Errorf("Page(%+v) page %d: Prev = %q", q, i, p.Prev)
			}
			if p.Next == "" {
				break
			}
			if len(p.Records) != size || i > n {
				t.Fatalf("Page(%+v) page %d: %d records with a next page, want %d", q, i, len(p.Records), size)
			}
			q.After, q.Before = p.Next, ""
			// Back one and forward again gives the same pages.
			back, err := l.Page(ctx, intake.ListQuery{Partnership: q.Partnership, Kind: q.Kind, Status: q.Status, Late: q.Late, Limit: size, Before: p.Next})
			if err != nil {
				t.Fatalf("Page(%+v) before: %v", q, err)
			}
			// Before the last record of page i: the rest of page i, and
			// the last of page i-1 when there is one.
			wantBack := pages[i][:size-1]
			if i > 0 {
				wantBack = append([]string{pages[i-1][size-1]}, wantBack...)
			}
			if d := cmp.Diff(wantBack, ids(back.Records)); d != "" {
				t.Errorf("Page(%+v) before page %d's last (-want +got):\n%s", q, i, d)
			}
		}
		var got []string
		for _, p := range pages {
			got = append(got, p...)
		}
		if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
			t.Errorf("Page(%+v), every page in turn (-want +got):\n%s", q, d)
		}
		// And back from the last page to the first.
		last := pages[len(pages)-1]
		if len(last) == 0 {
			continue
		}
		q.After = ""
		q.Before = intake.Cursor(intake.Rank(get(t, l, last[0]).Received, last[0]))
		for i := len(pages) - 2; i >= 0; i-- {
			p, err := l.Page(ctx, q)
			if err != nil {
				t.Fatalf("Page(%+v): %v", q, err)
			}
			if d := cmp.Diff(pages[i], ids(p.Records), cmpopts.EquateEmpty()); d != "" {
				t.Errorf("Page(%+v) going back to page %d (-want +got):\n%s", q, i, d)
			}
			if (i == 0) != (p.Prev == "") || p.Next == "" {
				t.Errorf("Page(%+v) going back to page %d: Prev %q, Next %q", q, i, p.Prev, p.Next)
			}
			q.Before = p.Prev
		}
	}
	// A page's records are whole: deliveries and all.
	p, err := l.Page(ctx, intake.ListQuery{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(all[:3], p.Records, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("Page first records (-want +got):\n%s", d)
	}
}

// testPageCursors shows that a cursor can be neither forged nor used to
// read outside the query it is given with.
func testPageCursors(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	for i := range 12 {
		claim(t, l, varied(i))
	}
	for _, bad := range []string{"x", "!!!", intake.Cursor("SUB#RR-2025-AAAAAA"), intake.Cursor("2025-03-21T10:15:00.000000000Z#zz"), "UEsDBA"} {
		if _, err := l.Page(ctx, intake.ListQuery{After: bad}); !errors.Is(err, intake.ErrBadCursor) {
			t.Errorf("Page(After: %q) error = %v, want ErrBadCursor", bad, err)
		}
		if _, err := l.Page(ctx, intake.ListQuery{Before: bad}); !errors.Is(err, intake.ErrBadCursor) {
			t.Errorf("Page(Before: %q) error = %v, want ErrBadCursor", bad, err)
		}
	}
	// A cursor from the whole list, given with one partnership's query,
	// reads that partnership only.
	p, err := l.Page(ctx, intake.ListQuery{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	top := intake.Cursor(intake.Rank(base.Add(time.Hour), ""))
	for _, cur := range []string{p.Next, top} {
		own, err := l.Page(ctx, intake.ListQuery{Partnership: "E09000033", After: cur})
		if err != nil {
			t.Fatal(err)
		}
		if len(own.Records) == 0 {
			t.Errorf("Page(E09000033 after %q) is empty", cur)
		}
		for _, r := range own.Records {
			if r.Partnership == nil || r.Partnership.ID != "E09000033" {
				t.Errorf("Page(E09000033 after %q) holds %s of %v", cur, r.ID, r.Partnership)
			}
		}
	}
}

func testPartnerships(t *testing.T, l pipeline.Ledger) {
	ctx := context.Background()
	if ps, err := l.Partnerships(ctx); err != nil || len(ps) != 0 {
		t.Fatalf("Partnerships of an empty ledger = %v, %v", ps, err)
	}
	for i := range 6 {
		claim(t, l, varied(i))
	}
	ps, err := l.Partnerships(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []intake.Partnership{
		{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
		{ID: "E09000033", Name: "Westminster Safeguarding Children Partnership"},
	}
	if d := cmp.Diff(want, ps); d != "" {
		t.Errorf("Partnerships (-want +got):\n%s", d)
	}
}

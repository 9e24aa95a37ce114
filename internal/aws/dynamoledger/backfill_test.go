package dynamoledger

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// TestBackfill writes a table as earlier versions left it: submissions
// without list keys, submissions whose keys have no month, partnerships
// as items of their own and no directory. Backfill brings it up to date,
// so that every list and the obligations read it whole, and a second run
// changes nothing.
func TestBackfill(t *testing.T) {
	client, table := newTable(t)
	l := New(client, table)
	ctx := context.Background()
	var recs []intake.Record
	for i := range 30 {
		recs = append(recs, monthly(i, time.February, time.July, time.November))
	}
	for i, rec := range recs {
		meta, err := metaItem(rec, recipientsOf(rec.Deliveries))
		if err != nil {
			t.Fatal(err)
		}
		switch i % 3 {
		case 0: // before the list indexes: no keys, no recipients
			for _, a := range slices.Concat(listAttributes, []string{recipientsAttribute}) {
				delete(meta, a)
			}
		case 1: // before the month buckets
			meta[byReceived.Hash] = str(allValue)
			meta[byKind.Hash] = str(string(rec.Kind))
			meta[byStatus.Hash] = str(string(rec.Status))
			if rec.Late() {
				meta[late.Hash] = str(lateValue)
			}
		}
		items := []map[string]types.AttributeValue{meta}
		for j, d := range rec.Deliveries {
			items = append(items, deliveryItem(rec.ID, j, d))
		}
		for _, item := range items {
			if _, err := client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table), Item: item}); err != nil {
				t.Fatal(err)
			}
		}
	}
	seen := key(pkSeen, "E08000026")
	seen["name"] = str("Coventry Safeguarding Children Partnership")
	if _, err := client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table), Item: seen}); err != nil {
		t.Fatal(err)
	}

	if got, err := l.List(ctx); err != nil || len(got) != 0 {
		t.Fatalf("List before the backfill = %d records, %v; want none (nothing the lists read yet)", len(got), err)
	}
	rep, err := l.Backfill(ctx, client, true)
	if err != nil {
		t.Fatal(err)
	}
	want := BackfillReport{Submissions: 30, Updated: 20, Months: 3, Partnerships: 1}
	if rep != want {
		t.Errorf("Backfill, dry run = %+v, want %+v", rep, want)
	}
	if got, err := l.List(ctx); err != nil || len(got) != 0 {
		t.Fatalf("List after a dry run = %d records, %v; want none", len(got), err)
	}
	if rep, err = l.Backfill(ctx, client, false); err != nil || rep != want {
		t.Errorf("Backfill = %+v, %v; want %+v", rep, err, want)
	}

	// Newest first, as the lists read them.
	sorted := slices.Clone(recs)
	slices.SortFunc(sorted, func(a, b intake.Record) int {
		return strings.Compare(intake.Rank(b.Received, b.ID), intake.Rank(a.Received, a.ID))
	})
	got, err := l.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(sorted, got, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("List after the backfill (-want +got):\n%s", d)
	}
	for _, q := range []intake.ListQuery{{Late: "yes"}, {Status: intake.Rejected}, {Kind: intake.RapidReview, Late: "no"}} {
		p, err := l.Page(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var wantIDs, gotIDs []string
		for _, r := range sorted {
			if q.Match(r) {
				wantIDs = append(wantIDs, r.ID)
			}
		}
		for _, r := range p.Records {
			gotIDs = append(gotIDs, r.ID)
		}
		if d := cmp.Diff(wantIDs, gotIDs); d != "" {
			t.Errorf("Page(%+v) after the backfill (-want +got):\n%s", q, d)
		}
	}
	if ps, err := l.Partnerships(ctx); err != nil || len(ps) != 1 || ps[0].Name != "Coventry Safeguarding Children Partnership" {
		t.Errorf("Partnerships after the backfill = %+v, %v", ps, err)
	}
	if subs, err := l.Submissions(ctx); err != nil || len(subs) != len(recs) {
		t.Errorf("Submissions after the backfill = %d, %v; want %d", len(subs), err, len(recs))
	}
	again := BackfillReport{Submissions: 30, Months: 3, Partnerships: 1}
	if rep, err := l.Backfill(ctx, client, false); err != nil || rep != again {
		t.Errorf("Backfill again = %+v, %v; want %+v", rep, err, again)
	}
}

package dynamoledger

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// countingClient counts the requests of each kind made through it.
type countingClient struct {
	Client
	queries, batchGets, getItems atomic.Int64
}

func (c *countingClient) Query(ctx context.Context, in *dynamodb.QueryInput, optFns ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	c.queries.Add(1)
	return c.Client.Query(ctx, in, optFns...)
}

func (c *countingClient) BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	c.batchGets.Add(1)
	return c.Client.BatchGetItem(ctx, in, optFns...)
}

func (c *countingClient) GetItem(ctx context.Context, in *dynamodb.GetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	c.getItems.Add(1)
	return c.Client.GetItem(ctx, in, optFns...)
}

func (c *countingClient) reset() { c.queries.Store(0); c.batchGets.Store(0); c.getItems.Store(0) }

func (c *countingClient) counts() string {
	return fmt.Sprintf("%d GetItem, %d Query, %d BatchGetItem", c.getItems.Load(), c.queries.Load(), c.batchGets.Load())
}

// monthly is submission i of n received in the months given, the same
// number in each, every other one rejected and every fourth late.
func monthly(i int, months ...time.Month) intake.Record {
	m := months[i%len(months)]
	received := time.Date(2025, m, 1+i/len(months)%27, 9, i%60, 0, 0, time.UTC)
	source := fmt.Sprintf("s3:intake/submissions/E08000026/auto/m%d.pdf@v1", i)
	rec := intake.Record{SourceKey: source, Outcome: intake.Outcome{
		ID: intake.NewID(intake.RapidReview, received, source, 0), Kind: intake.RapidReview, Received: received,
		Status:      []intake.Status{intake.Accepted, intake.Rejected}[i%2],
		Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
		Deliveries:  []intake.Delivery{{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySent}},
	}}
	if i%4 == 0 {
		rec.Findings = []intake.Finding{intake.NewFinding(intake.RapidReviewLate, "Received after the deadline.")}
	}
	return rec
}

// TestListsPartitionedByMonth shows that the bucketed indexes keep each
// month of submissions in a partition of its own, so that no partition
// takes every write, and that the directory names the months.
func TestListsPartitionedByMonth(t *testing.T) {
	client, table := newTable(t)
	l := New(client, table)
	ctx := context.Background()
	var recs []intake.Record
	for i := range 12 {
		recs = append(recs, monthly(i, time.January, time.March, time.April))
	}
	if err := l.Load(ctx, recs); err != nil {
		t.Fatal(err)
	}
	values := map[string]string{byReceived.Name: allValue, byKind.Name: string(intake.RapidReview), byStatus.Name: string(intake.Accepted), late.Name: lateValue}
	const m = "2025-03"
	for _, ix := range []Index{byReceived, byKind, byStatus, late} {
		h := values[ix.Name] + "#" + m
		out, err := client.Query(ctx, &dynamodb.QueryInput{
			TableName: aws.String(table), IndexName: aws.String(ix.Name),
			KeyConditionExpression:    aws.String(ix.Hash + " = :h"),
			ExpressionAttributeValues: map[string]types.AttributeValue{":h": str(h)},
		})
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, r := range recs {
			if month(r.Received) == m && (ix != byStatus || r.Status == intake.Accepted) && (ix != late || r.Late()) {
				want++
			}
		}
		if len(out.Items) != want || want == 0 {
			t.Errorf("%s partition %s holds %d submissions, want %d", ix.Name, h, len(out.Items), want)
		}
		for _, it := range out.Items {
			if got := getS(it, "received")[:7]; got != m {
				t.Errorf("%s partition %s holds a submission received in %s", ix.Name, h, got)
			}
		}
	}
	dir, err := l.directory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"2025-01", "2025-03", "2025-04"}, dir.months); d != "" {
		t.Errorf("directory months (-want +got):\n%s", d)
	}
}

// TestPageRequests counts the requests of a page: the directory, one
// query of one month's partition when that month fills the page, the
// next month's when it does not, and one batch of deliveries.
func TestPageRequests(t *testing.T) {
	client, table := newTable(t)
	c := &countingClient{Client: client}
	l := New(c, table)
	ctx := context.Background()
	var recs []intake.Record
	for i := range 60 {
		recs = append(recs, monthly(i, time.May))
	}
	for i := range 3 {
		recs = append(recs, monthly(100+i, time.June))
	}
	if err := l.Load(ctx, recs); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		q    intake.ListQuery
		want string
	}{
		// June's 3, then May's 48 (47 and one to show there is more).
		{"first page", intake.ListQuery{}, "1 GetItem, 2 Query, 1 BatchGetItem"},
		{"one partnership", intake.ListQuery{Partnership: "E08000026"}, "0 GetItem, 1 Query, 1 BatchGetItem"},
		{"partnerships", intake.ListQuery{Limit: -1}, "1 GetItem, 0 Query, 0 BatchGetItem"},
	} {
		c.reset()
		var err error
		if tc.q.Limit < 0 {
			_, err = l.Partnerships(ctx)
		} else {
			var p intake.ListPage
			p, err = l.Page(ctx, tc.q)
			if err == nil && (len(p.Records) != intake.PageSize || p.Next == "") {
				t.Errorf("%s: %d records, next %q; want a full page and more", tc.name, len(p.Records), p.Next)
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		if got := c.counts(); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

package dynamoledger

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/safeguarding-intake/intake/internal/obligations"
)

// TestPutSINsRetriesUnprocessed checks that items DynamoDB leaves
// unprocessed (throttled in a batch) are written on a later try, in
// batches of at most 25.
func TestPutSINsRetriesUnprocessed(t *testing.T) {
	written := map[string]int{}
	deferred := map[string]bool{}
	f := &fakeClient{t: t, batchWriteItem: func(in *dynamodb.BatchWriteItemInput) (*dynamodb.BatchWriteItemOutput, error) {
		reqs := in.RequestItems["ledger"]
		if len(reqs) > 25 {
			t.Errorf("a batch of %d items, want at most 25", len(reqs))
		}
		// The first item of each first try is left unprocessed.
		var left []types.WriteRequest
		for i, r := range reqs {
			sk := getS(r.PutRequest.Item, "SK")
			if i == 0 && !deferred[sk] {
				left = append(left, r)
				deferred[sk] = true
				continue
			}
			written[sk]++
		}
		out := &dynamodb.BatchWriteItemOutput{}
		if len(left) > 0 {
			out.UnprocessedItems = map[string][]types.WriteRequest{"ledger": left}
		}
		return out, nil
	}}
	var sins []obligations.SIN
	for i := range 60 {
		sins = append(sins, obligations.SIN{Reference: fmt.Sprintf("SIN-%d", i), Partnership: "E08000026", Sent: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)})
	}
	if err := New(f, "ledger").PutSINs(context.Background(), sins); err != nil {
		t.Fatal(err)
	}
	for _, s := range sins {
		if n := written[skSIN+s.Reference]; n != 1 {
			t.Errorf("%s written %d times, want once", s.Reference, n)
		}
	}
}

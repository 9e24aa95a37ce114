package stack

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/aws/dynamocred"
	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
)

// TestTTLAttribute checks that the table expires the items the portal's
// sign-in counters mark to expire.
func TestTTLAttribute(t *testing.T) {
	if got := Default().Table.TTLAttribute; got != dynamocred.ExpiresAttribute {
		t.Errorf("table time-to-live attribute %q, want the counters' %q", got, dynamocred.ExpiresAttribute)
	}
}

// TestIndexes checks that the table has the indexes the ledger queries,
// as the ledger's own tests create them.
func TestIndexes(t *testing.T) {
	var want []Index
	for _, g := range dynamoledger.TableInput("t").GlobalSecondaryIndexes {
		want = append(want, Index{Name: aws.ToString(g.IndexName), HashKey: aws.ToString(g.KeySchema[0].AttributeName), RangeKey: aws.ToString(g.KeySchema[1].AttributeName)})
	}
	if d := cmp.Diff(want, Default().Table.Indexes); d != "" {
		t.Errorf("table indexes (-ledger +stack):\n%s", d)
	}
}

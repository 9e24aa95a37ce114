package dynamoledger

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/testkit/ledgertest"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
	"github.com/safeguarding-intake/intake/internal/testkit/obligationstest"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

var tables atomic.Int64

// newTable creates a ledger table of its own on the shared moto server.
func newTable(t testing.TB) (*dynamodb.Client, string) {
	t.Helper()
	srv := moto.Shared(t)
	client := dynamodb.NewFromConfig(srv.Config())
	name := fmt.Sprintf("ledger-%d-%s", tables.Add(1), strings.NewReplacer("/", "-", " ", "-").Replace(t.Name()))
	if len(name) > 255 {
		name = name[:255]
	}
	if _, err := client.CreateTable(context.Background(), TableInput(name)); err != nil {
		t.Fatalf("CreateTable(%s): %v", name, err)
	}
	return client, name
}

func TestContractMoto(t *testing.T) {
	ledgertest.Run(t, func(t *testing.T) pipeline.Ledger {
		client, table := newTable(t)
		return New(&serialClient{Client: client}, table)
	})
}

func TestAccessContractMoto(t *testing.T) {
	ledgertest.RunAccess(t, func(t *testing.T) ledgertest.AccessLedger {
		client, table := newTable(t)
		return New(&serialClient{Client: client}, table)
	})
}

func TestObligationsContractMoto(t *testing.T) {
	obligationstest.Run(t, func(t *testing.T) obligationstest.Ledger {
		client, table := newTable(t)
		return New(&serialClient{Client: client}, table)
	})
}

// serialClient makes one request at a time. DynamoDB applies each request
// atomically; moto_server serves requests on several threads without
// locking its tables, so concurrent transactions there can interleave.
// Serialising requests restores what DynamoDB guarantees, while the
// ledger's callers still race between requests.
type serialClient struct {
	mu     sync.Mutex
	Client // the real client
}

func (c *serialClient) GetItem(ctx context.Context, in *dynamodb.GetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Client.GetItem(ctx, in, optFns...)
}

func (c *serialClient) PutItem(ctx context.Context, in *dynamodb.PutItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Client.PutItem(ctx, in, optFns...)
}

func (c *serialClient) UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Client.UpdateItem(ctx, in, optFns...)
}

func (c *serialClient) Query(ctx context.Context, in *dynamodb.QueryInput, optFns ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Client.Query(ctx, in, optFns...)
}

func (c *serialClient) BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Client.BatchGetItem(ctx, in, optFns...)
}

func (c *serialClient) BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Client.BatchWriteItem(ctx, in, optFns...)
}

func (c *serialClient) DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Client.DeleteItem(ctx, in, optFns...)
}

func (c *serialClient) TransactWriteItems(ctx context.Context, in *dynamodb.TransactWriteItemsInput, optFns ...func(*dynamodb.Options)) (*dynamodb.TransactWriteItemsOutput, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Client.TransactWriteItems(ctx, in, optFns...)
}

// TestLoad shows that loaded records read back whole, through Get and the
// list indexes alike.
func TestLoad(t *testing.T) {
	client, table := newTable(t)
	l := New(client, table)
	ctx := context.Background()
	var recs []intake.Record
	for i := range 30 {
		rec := intake.Record{SourceKey: fmt.Sprintf("cli:load-%d", i), Outcome: intake.Outcome{
			ID: fmt.Sprintf("RR-2025-LOAD%02d", i), Kind: intake.RapidReview, Status: intake.Accepted,
			Received:    time.Date(2025, 3, 21, 10, i, 0, 0, time.UTC),
			Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
			Deliveries:  []intake.Delivery{{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySent}},
		}}
		recs = append([]intake.Record{rec}, recs...)
	}
	if err := l.Load(ctx, recs); err != nil {
		t.Fatal(err)
	}
	got, err := l.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(recs, got, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("List after Load (-want +got):\n%s", d)
	}
	if rec, ok, err := l.Lookup(ctx, "cli:load-7"); err != nil || !ok || rec.ID != "RR-2025-LOAD07" {
		t.Errorf("Lookup after Load = %s, %v, %v", rec.ID, ok, err)
	}
	if ps, err := l.Partnerships(ctx); err != nil || len(ps) != 1 {
		t.Errorf("Partnerships after Load = %v, %v", ps, err)
	}
}

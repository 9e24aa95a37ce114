// Package dynamotest gives tests and benchmarks of what reads a ledger a
// DynamoDB ledger on moto_server, so that they need not reach for the AWS
// SDK themselves.
package dynamotest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// Ledger returns a DynamoDB ledger in a table of its own on srv.
func Ledger(tb testing.TB, srv *moto.Server) *dynamoledger.Store {
	tb.Helper()
	l, _ := Counted(tb, srv)
	return l
}

// Counted returns a DynamoDB ledger in a table of its own on srv, and the
// count and time of the read requests it makes.
func Counted(tb testing.TB, srv *moto.Server) (*dynamoledger.Store, *Requests) {
	tb.Helper()
	client := dynamodb.NewFromConfig(srv.Config())
	table := moto.Name("ledger")
	if _, err := client.CreateTable(context.Background(), dynamoledger.TableInput(table)); err != nil {
		tb.Fatal(err)
	}
	r := &Requests{client: client, table: table, n: map[string]int{}, took: map[string]time.Duration{}}
	return dynamoledger.New(counting{Client: client, r: r}, table), r
}

// Requests counts a ledger's read requests by operation (Query,
// BatchGetItem, GetItem) and the time each kind took.
type Requests struct {
	client *dynamodb.Client
	table  string
	mu     sync.Mutex
	n      map[string]int
	took   map[string]time.Duration
}

// Reset forgets what was counted.
func (r *Requests) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	clear(r.n)
	clear(r.took)
}

// Count returns how many op requests were made since the last Reset, and
// the time they took together.
func (r *Requests) Count(op string) (int, time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n[op], r.took[op]
}

// TableItems is the number of items in the ledger's table, as the server
// counts them.
func (r *Requests) TableItems(ctx context.Context) (int64, error) {
	out, err := r.client.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(r.table)})
	if err != nil {
		return 0, err
	}
	return aws.ToInt64(out.Table.ItemCount), nil
}

func (r *Requests) add(op string, since time.Time) {
	d := time.Since(since)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.n[op]++
	r.took[op] += d
}

type counting struct {
	dynamoledger.Client
	r *Requests
}

func (c counting) Query(ctx context.Context, in *dynamodb.QueryInput, optFns ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	defer c.r.add("Query", time.Now())
	return c.Client.Query(ctx, in, optFns...)
}

func (c counting) BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	defer c.r.add("BatchGetItem", time.Now())
	return c.Client.BatchGetItem(ctx, in, optFns...)
}

func (c counting) GetItem(ctx context.Context, in *dynamodb.GetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	defer c.r.add("GetItem", time.Now())
	return c.Client.GetItem(ctx, in, optFns...)
}

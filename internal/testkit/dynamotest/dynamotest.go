// Package dynamotest gives tests and benchmarks of what reads a ledger a
// DynamoDB ledger on moto_server, so that they need not reach for the AWS
// SDK themselves.
package dynamotest

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// Ledger returns a DynamoDB ledger in a table of its own on srv.
func Ledger(tb testing.TB, srv *moto.Server) *dynamoledger.Store {
	tb.Helper()
	client := dynamodb.NewFromConfig(srv.Config())
	table := moto.Name("ledger")
	if _, err := client.CreateTable(context.Background(), dynamoledger.TableInput(table)); err != nil {
		tb.Fatal(err)
	}
	return dynamoledger.New(client, table)
}

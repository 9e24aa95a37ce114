package dynamocred

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// ExpiresAttribute is the table's time-to-live attribute: DynamoDB deletes
// an item some time after the Unix time it holds. Only the limiter's
// counters carry it.
const ExpiresAttribute = "expires"

// Limiter is a portal.Limiter in the ledger's table, shared by every
// execution environment of the portal function: one counter item per key
// and fixed window,
//
//	PK                      SK               holds
//	RATE#<sha256 of key>    W#<window start>  n, expires
//
// Keys are hashed so that the table keeps no client address. A counter
// expires (through the table's time to live) an hour after its window.
type Limiter struct {
	client Client
	table  string
	now    func() time.Time
}

// NewLimiter returns a limiter keeping its counters in table; now is the
// clock (nil means time.Now).
func NewLimiter(client Client, table string, now func() time.Time) *Limiter {
	if now == nil {
		now = time.Now
	}
	return &Limiter{client: client, table: table, now: now}
}

// Allow implements portal.Limiter: one atomic increment of the key's
// counter for the current window, allowed while it is at most limit.
func (l *Limiter) Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, error) {
	if limit < 1 || window < time.Second {
		return false, nil
	}
	now := l.now()
	start := now.Truncate(window)
	sum := sha256.Sum256([]byte(key))
	out, err := l.client.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: aws.String(l.table),
		Key: map[string]types.AttributeValue{
			"PK": &types.AttributeValueMemberS{Value: "RATE#" + hex.EncodeToString(sum[:16])},
			"SK": &types.AttributeValueMemberS{Value: "W#" + strconv.FormatInt(start.Unix(), 10)},
		},
		UpdateExpression:         aws.String("ADD n :one SET #expires = :expires"),
		ExpressionAttributeNames: map[string]string{"#expires": ExpiresAttribute},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":one":     &types.AttributeValueMemberN{Value: "1"},
			":expires": &types.AttributeValueMemberN{Value: strconv.FormatInt(start.Add(window+time.Hour).Unix(), 10)},
		},
		ReturnValues: types.ReturnValueUpdatedNew,
	})
	if err != nil {
		return false, fmt.Errorf("dynamocred: counting a sign-in attempt: %w", err)
	}
	v, ok := out.Attributes["n"].(*types.AttributeValueMemberN)
	if !ok {
		return false, fmt.Errorf("dynamocred: counting a sign-in attempt: no count returned")
	}
	n, err := strconv.Atoi(v.Value)
	if err != nil {
		return false, fmt.Errorf("dynamocred: counting a sign-in attempt: count %q", v.Value)
	}
	return n <= limit, nil
}

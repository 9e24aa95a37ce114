package dynamocred

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// TestLimiter counts attempts on moto_server through two limiters, as two
// execution environments of the portal would: together they allow limit
// attempts per key and window, a new window starts afresh, and the table
// keeps neither the key nor a counter without an expiry.
func TestLimiter(t *testing.T) {
	ctx := context.Background()
	client := dynamodb.NewFromConfig(moto.Shared(t).Config())
	table := moto.Name("limiter")
	if _, err := client.CreateTable(ctx, dynamoledger.TableInput(table)); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 3, 21, 12, 0, 5, 0, time.UTC)
	clock := func() time.Time { return now }
	envs := []*Limiter{NewLimiter(client, table, clock), NewLimiter(client, table, clock)}
	allow := func(env int, key string) bool {
		t.Helper()
		ok, err := envs[env].Allow(ctx, key, 3, time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}

	var got []bool
	for i := range 5 {
		got = append(got, allow(i%2, "ip:192.0.2.7"))
	}
	if want := []bool{true, true, true, false, false}; !slices.Equal(got, want) {
		t.Errorf("five attempts in a window = %v, want %v", got, want)
	}
	if !allow(0, "ip:192.0.2.8") {
		t.Error("another key was limited too")
	}
	now = now.Add(time.Minute)
	if !allow(1, "ip:192.0.2.7") {
		t.Error("the next window did not start afresh")
	}

	items, err := client.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(table)})
	if err != nil {
		t.Fatal(err)
	}
	if len(items.Items) != 3 {
		t.Errorf("%d counter items, want 3 (two keys in the first window, one in the next)", len(items.Items))
	}
	for _, item := range items.Items {
		pk := item["PK"].(*types.AttributeValueMemberS).Value
		if strings.Contains(pk, "192.0.2") {
			t.Errorf("counter %s names the address it counts", pk)
		}
		exp, ok := item[ExpiresAttribute].(*types.AttributeValueMemberN)
		if !ok {
			t.Errorf("counter %s has no %s", pk, ExpiresAttribute)
			continue
		}
		if sec, _ := strconv.ParseInt(exp.Value, 10, 64); sec <= now.Unix() || sec > now.Add(3*time.Hour).Unix() {
			t.Errorf("counter %s expires at %s, want within hours of its window", pk, time.Unix(sec, 0).UTC())
		}
	}

	if ok, err := envs[0].Allow(ctx, "ip:192.0.2.9", 0, time.Minute); ok || err != nil {
		t.Errorf("Allow with limit 0 = %v, %v; want false, nil", ok, err)
	}
}

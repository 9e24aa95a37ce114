package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// TestBackfillAWS runs 'intake backfill' on a ledger table on moto_server
// holding a submission as a version before the list indexes left it:
// after it, the lists read the submission; run again, it changes nothing.
func TestBackfillAWS(t *testing.T) {
	srv := moto.Start(t)
	ctx := context.Background()
	const table = "intake-ledger-backfill"
	client := dynamodb.NewFromConfig(srv.Config())
	if _, err := client.CreateTable(ctx, dynamoledger.TableInput(table)); err != nil {
		t.Fatal(err)
	}
	led := dynamoledger.New(client, table)
	rec := intake.Record{SourceKey: "s3:intake/submissions/E08000026/auto/a.pdf@v1", Outcome: intake.Outcome{
		ID: "RR-2025-BACKFL", Kind: intake.RapidReview, Status: intake.Accepted,
		Received:    time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC),
		Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
		Deliveries:  []intake.Delivery{{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySent}},
	}}
	if err := led.Load(ctx, []intake.Record{rec}); err != nil {
		t.Fatal(err)
	}
	// As an earlier version wrote it: no list keys, no directory.
	if _, err := client.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                aws.String(table),
		Key:                      map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: "SUB#" + rec.ID}, "SK": &types.AttributeValueMemberS{Value: "META"}},
		UpdateExpression:         aws.String("REMOVE list_all, list_partnership, list_kind, list_status, #rank"),
		ExpressionAttributeNames: map[string]string{"#rank": "rank"},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName: aws.String(table),
		Key:       map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: "LISTS"}, "SK": &types.AttributeValueMemberS{Value: "DIRECTORY"}},
	}); err != nil {
		t.Fatal(err)
	}
	listed := func() int {
		t.Helper()
		recs, err := led.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return len(recs)
	}
	if n := listed(); n != 0 {
		t.Fatalf("before the backfill the lists read %d submissions, want none", n)
	}

	none := filepath.Join(t.TempDir(), "none")
	for k, v := range map[string]string{
		"AWS_ENDPOINT_URL": srv.URL, "AWS_ENDPOINT_URL_DYNAMODB": "", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "",
		"AWS_REGION": moto.Region, "AWS_DEFAULT_REGION": "",
		"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_SESSION_TOKEN": "",
		"AWS_PROFILE": "", "AWS_CONFIG_FILE": none, "AWS_SHARED_CREDENTIALS_FILE": none,
	} {
		t.Setenv(k, v)
	}
	env := map[string]string{"LEDGER_TABLE": table}
	for _, tc := range []struct {
		args   []string
		want   string
		listed int
	}{
		{[]string{"backfill", "--dry-run"}, "1 submissions read, would update 1; the directory names 1 months and 1 partnerships", 0},
		{[]string{"backfill"}, "1 submissions read, updated 1; the directory names 1 months and 1 partnerships", 1},
		{[]string{"backfill"}, "1 submissions read, updated 0; the directory names 1 months and 1 partnerships", 1},
	} {
		stdout, stderr, code := runEnv(t, env, tc.args...)
		if code != exitOK || strings.TrimSpace(stdout) != tc.want {
			t.Errorf("%s = exit %d, %q; want %q (stderr %s)", strings.Join(tc.args, " "), code, stdout, tc.want, stderr)
		}
		if n := listed(); n != tc.listed {
			t.Errorf("after %s the lists read %d submissions, want %d", strings.Join(tc.args, " "), n, tc.listed)
		}
	}
	if _, _, code := runEnv(t, map[string]string{}, "backfill"); code != exitUsage {
		t.Errorf("backfill without LEDGER_TABLE = exit %d, want %d", code, exitUsage)
	}
}

package dynamoledger

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go"
	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/aws/awserr"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
)

// fakeClient answers each call with its function field; a call without
// one fails the test.
type fakeClient struct {
	t                  testing.TB
	getItem            func(*dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error)
	putItem            func(*dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error)
	updateItem         func(*dynamodb.UpdateItemInput) (*dynamodb.UpdateItemOutput, error)
	query              func(*dynamodb.QueryInput) (*dynamodb.QueryOutput, error)
	batchGetItem       func(*dynamodb.BatchGetItemInput) (*dynamodb.BatchGetItemOutput, error)
	transactWriteItems func(*dynamodb.TransactWriteItemsInput) (*dynamodb.TransactWriteItemsOutput, error)
	batchWriteItem     func(*dynamodb.BatchWriteItemInput) (*dynamodb.BatchWriteItemOutput, error)
	deleteItem         func(*dynamodb.DeleteItemInput) (*dynamodb.DeleteItemOutput, error)
}

func unexpected[T any](t testing.TB, name string) (T, error) {
	t.Helper()
	t.Errorf("unexpected call to %s", name)
	var zero T
	return zero, errors.New("unexpected call")
}

func (f *fakeClient) GetItem(_ context.Context, in *dynamodb.GetItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	if f.getItem == nil {
		return unexpected[*dynamodb.GetItemOutput](f.t, "GetItem")
	}
	return f.getItem(in)
}

func (f *fakeClient) PutItem(_ context.Context, in *dynamodb.PutItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	if f.putItem == nil {
		return unexpected[*dynamodb.PutItemOutput](f.t, "PutItem")
	}
	return f.putItem(in)
}

func (f *fakeClient) UpdateItem(_ context.Context, in *dynamodb.UpdateItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	if f.updateItem == nil {
		return unexpected[*dynamodb.UpdateItemOutput](f.t, "UpdateItem")
	}
	return f.updateItem(in)
}

func (f *fakeClient) Query(_ context.Context, in *dynamodb.QueryInput, _ ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	if f.query == nil {
		return unexpected[*dynamodb.QueryOutput](f.t, "Query")
	}
	return f.query(in)
}

func (f *fakeClient) BatchGetItem(_ context.Context, in *dynamodb.BatchGetItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	if f.batchGetItem == nil {
		return unexpected[*dynamodb.BatchGetItemOutput](f.t, "BatchGetItem")
	}
	return f.batchGetItem(in)
}

func (f *fakeClient) BatchWriteItem(_ context.Context, in *dynamodb.BatchWriteItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	if f.batchWriteItem == nil {
		return unexpected[*dynamodb.BatchWriteItemOutput](f.t, "BatchWriteItem")
	}
	return f.batchWriteItem(in)
}

func (f *fakeClient) DeleteItem(_ context.Context, in *dynamodb.DeleteItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	if f.deleteItem == nil {
		return unexpected[*dynamodb.DeleteItemOutput](f.t, "DeleteItem")
	}
	return f.deleteItem(in)
}

func (f *fakeClient) TransactWriteItems(_ context.Context, in *dynamodb.TransactWriteItemsInput, _ ...func(*dynamodb.Options)) (*dynamodb.TransactWriteItemsOutput, error) {
	if f.transactWriteItems == nil {
		return unexpected[*dynamodb.TransactWriteItemsOutput](f.t, "TransactWriteItems")
	}
	return f.transactWriteItems(in)
}

// throttled is the error the SDK returns once its own retries give up on a
// throttled request.
func throttled(op string) error {
	return &smithy.OperationError{ServiceID: "DynamoDB", OperationName: op, Err: &types.ProvisionedThroughputExceededException{Message: aws.String("rate exceeded")}}
}

func sample() intake.Record {
	return intake.Record{
		SourceKey: "s3:intake/submissions/E08000026/auto/a.pdf@v1",
		Outcome: intake.Outcome{
			ID: "RR-2025-ABCDEF", SHA256: "00ff", Kind: intake.RapidReview, Status: intake.Accepted,
			Received:   time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC),
			Deliveries: []intake.Delivery{{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliveryPending}},
		},
	}
}

func TestThrottlingIsTransient(t *testing.T) {
	ctx := context.Background()
	f := &fakeClient{
		t:       t,
		getItem: func(*dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error) { return nil, throttled("GetItem") },
		putItem: func(*dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error) { return nil, throttled("PutItem") },
		updateItem: func(*dynamodb.UpdateItemInput) (*dynamodb.UpdateItemOutput, error) {
			return nil, throttled("UpdateItem")
		},
		query: func(*dynamodb.QueryInput) (*dynamodb.QueryOutput, error) { return nil, throttled("Query") },
		batchGetItem: func(*dynamodb.BatchGetItemInput) (*dynamodb.BatchGetItemOutput, error) {
			return nil, throttled("BatchGetItem")
		},
		transactWriteItems: func(*dynamodb.TransactWriteItemsInput) (*dynamodb.TransactWriteItemsOutput, error) {
			return nil, throttled("TransactWriteItems")
		},
	}
	l := New(f, "ledger")
	calls := map[string]func() error{
		"Lookup": func() error { _, _, err := l.Lookup(ctx, "k"); return err },
		"Claim":  func() error { _, _, err := l.Claim(ctx, sample()); return err },
		"Get":    func() error { _, _, err := l.Get(ctx, "RR-2025-ABCDEF"); return err },
		"FindContent": func() error {
			_, _, err := l.FindContent(ctx, "00ff", intake.RapidReview, "E08000026", "")
			return err
		},
		"Update": func() error { return l.Update(ctx, sample()) },
		"ClaimDelivery": func() error {
			_, err := l.ClaimDelivery(ctx, "RR-2025-ABCDEF", intake.RecipientPanel, time.Now(), time.Minute)
			return err
		},
		"FinishDelivery": func() error {
			return l.FinishDelivery(ctx, "RR-2025-ABCDEF", intake.Delivery{Recipient: intake.RecipientPanel, Status: intake.DeliverySent})
		},
		"List":         func() error { _, err := l.List(ctx); return err },
		"Page":         func() error { _, err := l.Page(ctx, intake.ListQuery{Kind: intake.RapidReview}); return err },
		"Partnerships": func() error { _, err := l.Partnerships(ctx); return err },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			err := call()
			if !awserr.IsTransient(err) {
				t.Errorf("%s when throttled = %v, want a transient error", name, err)
			}
		})
	}
}

// TestThrottlingFromTheWire has a real SDK client talk to a loopback
// server that throttles every request, so that the error IsTransient sees
// is the one the SDK builds from DynamoDB's response.
func TestThrottlingFromTheWire(t *testing.T) {
	requests := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests++
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(`{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"The level of configured provisioned throughput for the table was exceeded."}`))
	}))
	defer srv.Close()
	client := dynamodb.New(dynamodb.Options{
		Region:           "eu-west-2",
		Credentials:      credentials.NewStaticCredentialsProvider("test", "test", ""),
		BaseEndpoint:     aws.String(srv.URL),
		RetryMaxAttempts: 1,
	})
	l := New(client, "ledger")
	_, err := l.ClaimDelivery(context.Background(), "RR-2025-ABCDEF", intake.RecipientPanel, time.Now(), time.Minute)
	if !awserr.IsTransient(err) {
		t.Errorf("ClaimDelivery against a throttling server = %v, want a transient error", err)
	}
	if requests != 1 {
		t.Errorf("server saw %d requests, want 1", requests)
	}
}

func conditionFailed() error {
	return &smithy.OperationError{ServiceID: "DynamoDB", OperationName: "PutItem", Err: &types.ConditionalCheckFailedException{Message: aws.String("The conditional request failed")}}
}

// itemKey is "PK SK" of an item or key.
func itemKey(item map[string]types.AttributeValue) string {
	return getS(item, "PK") + " " + getS(item, "SK")
}

// directory answers f's reads and writes of the directory item, an empty
// one, passing other reads to get; it counts the directory's reads and
// writes.
func (f *fakeClient) directory(get func(*dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error)) (reads, writes *int) {
	reads, writes = new(int), new(int)
	f.getItem = func(in *dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error) {
		if getS(in.Key, "PK") == pkLists {
			*reads++
			return &dynamodb.GetItemOutput{}, nil
		}
		if get == nil {
			return unexpected[*dynamodb.GetItemOutput](f.t, "GetItem of "+itemKey(in.Key))
		}
		return get(in)
	}
	f.updateItem = func(in *dynamodb.UpdateItemInput) (*dynamodb.UpdateItemOutput, error) {
		if getS(in.Key, "PK") != pkLists {
			return unexpected[*dynamodb.UpdateItemOutput](f.t, "UpdateItem of "+itemKey(in.Key))
		}
		*writes++
		return &dynamodb.UpdateItemOutput{}, nil
	}
	return reads, writes
}

// TestClaimWritesSingleItems: a claim is conditional writes of one item
// each, the source item last, and no transaction, whose cost on moto_server
// grows with the table (it copies the whole table for each item in the
// transaction) and which fails there when another write lands meanwhile.
func TestClaimWritesSingleItems(t *testing.T) {
	rec := sample()
	rec.Partnership = &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"}
	rec.Deliveries = append(rec.Deliveries, intake.Delivery{Recipient: intake.RecipientSubmitter, Address: "bm@example.org", Status: intake.DeliveryPending})
	var puts []string
	f := &fakeClient{
		t: t,
		putItem: func(in *dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error) {
			k := itemKey(in.Item)
			puts = append(puts, k)
			if aws.ToString(in.ConditionExpression) != "attribute_not_exists(PK)" {
				t.Errorf("PutItem of %s on condition %q, want attribute_not_exists(PK)", k, aws.ToString(in.ConditionExpression))
			}
			return &dynamodb.PutItemOutput{}, nil
		},
	}
	reads, writes := f.directory(nil)
	l := New(f, "ledger")
	stored, created, err := l.Claim(context.Background(), rec)
	if err != nil || !created || stored.ID != rec.ID {
		t.Fatalf("Claim = %s, %v, %v; want %s created", stored.ID, created, err, rec.ID)
	}
	want := []string{
		"SUB#RR-2025-ABCDEF META",
		"SUB#RR-2025-ABCDEF DELIVERY#" + intake.RecipientPanel,
		"SUB#RR-2025-ABCDEF DELIVERY#" + intake.RecipientSubmitter,
		contentPK("00ff", intake.RapidReview, "E08000026") + " CONTENT",
		sourcePK(rec.SourceKey) + " SOURCE",
	}
	if d := cmp.Diff(want, puts); d != "" {
		t.Errorf("Claim wrote (-want +got):\n%s", d)
	}
	if *reads != 1 || *writes != 1 {
		t.Errorf("Claim read the directory %d times and wrote it %d, want once each", *reads, *writes)
	}

	// The month and the partnership, once noted, are neither read nor
	// written again by this Store; another month is.
	next := rec
	next.ID, next.SourceKey, next.SHA256 = "RR-2025-ABCDEG", rec.SourceKey+"-2", "01ff"
	if _, _, err := l.Claim(context.Background(), next); err != nil {
		t.Fatal(err)
	}
	if *reads != 1 || *writes != 1 {
		t.Errorf("a second Claim in the same month and partnership read the directory (%d reads) or wrote it (%d writes)", *reads-1, *writes-1)
	}
	next.ID, next.SourceKey, next.SHA256 = "RR-2025-ABCDEH", rec.SourceKey+"-3", "02ff"
	next.Received = next.Received.AddDate(0, 1, 0)
	if _, _, err := l.Claim(context.Background(), next); err != nil {
		t.Fatal(err)
	}
	if *reads != 2 || *writes != 2 {
		t.Errorf("a Claim in a new month: %d directory reads and %d writes in all, want 2 and 2", *reads, *writes)
	}
}

func TestClaimOutcomes(t *testing.T) {
	t.Run("id taken by another source", func(t *testing.T) {
		rec := sample()
		f := &fakeClient{
			t: t,
			putItem: func(in *dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error) {
				if k := itemKey(in.Item); k != "SUB#RR-2025-ABCDEF META" {
					t.Errorf("PutItem of %s after the reference was found taken", k)
				}
				return nil, conditionFailed()
			},
		}
		f.directory(func(in *dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error) {
			item := key(subPK(rec.ID), skMeta)
			item["source_key"] = str("s3:intake/submissions/other.pdf@v9")
			return &dynamodb.GetItemOutput{Item: item}, nil
		})
		_, _, err := New(f, "ledger").Claim(context.Background(), rec)
		if !errors.Is(err, pipeline.ErrIDTaken) || awserr.IsTransient(err) {
			t.Errorf("Claim = %v, want ErrIDTaken and not transient", err)
		}
	})

	t.Run("a run cut short", func(t *testing.T) {
		// The submission item and the panel's delivery item are there from
		// a run of the same source that stopped before the rest: this run
		// writes the rest and, its source item going in, has created it.
		rec := sample()
		rec.Deliveries = append(rec.Deliveries, intake.Delivery{Recipient: intake.RecipientSubmitter, Address: "bm@example.org", Status: intake.DeliveryPending})
		have := map[string]bool{"SUB#RR-2025-ABCDEF META": true, "SUB#RR-2025-ABCDEF DELIVERY#" + intake.RecipientPanel: true}
		var wrote []string
		f := &fakeClient{
			t: t,
			putItem: func(in *dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error) {
				k := itemKey(in.Item)
				if have[k] {
					return nil, conditionFailed()
				}
				wrote = append(wrote, k)
				return &dynamodb.PutItemOutput{}, nil
			},
		}
		f.directory(func(in *dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error) {
			item := key(subPK(rec.ID), skMeta)
			item["source_key"] = str(rec.SourceKey)
			return &dynamodb.GetItemOutput{Item: item}, nil
		})
		stored, created, err := New(f, "ledger").Claim(context.Background(), rec)
		if err != nil || !created || stored.ID != rec.ID {
			t.Fatalf("Claim = %s, %v, %v; want %s created", stored.ID, created, err, rec.ID)
		}
		want := []string{"SUB#RR-2025-ABCDEF DELIVERY#" + intake.RecipientSubmitter, contentPK("00ff", intake.RapidReview, "") + " CONTENT", sourcePK(rec.SourceKey) + " SOURCE"}
		if d := cmp.Diff(want, wrote); d != "" {
			t.Errorf("Claim wrote (-want +got):\n%s", d)
		}
	})

	t.Run("source recorded under another reference", func(t *testing.T) {
		// Another run of the source recorded it as RR-2025-FIRST1 first:
		// this run's items are removed and the first record returned.
		rec := sample()
		first, err := metaItem(intake.Record{SourceKey: rec.SourceKey, Outcome: intake.Outcome{ID: "RR-2025-FIRST1", Kind: intake.RapidReview}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var deleted []string
		f := &fakeClient{
			t: t,
			putItem: func(in *dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error) {
				if strings.HasPrefix(itemKey(in.Item), "SOURCE#") {
					return nil, conditionFailed()
				}
				return &dynamodb.PutItemOutput{}, nil
			},
			deleteItem: func(in *dynamodb.DeleteItemInput) (*dynamodb.DeleteItemOutput, error) {
				deleted = append(deleted, itemKey(in.Key))
				return &dynamodb.DeleteItemOutput{}, nil
			},
			query: func(in *dynamodb.QueryInput) (*dynamodb.QueryOutput, error) {
				if pk := getS(in.ExpressionAttributeValues, ":pk"); pk != subPK("RR-2025-FIRST1") {
					t.Errorf("read %s, want the first record", pk)
				}
				return &dynamodb.QueryOutput{Items: []map[string]types.AttributeValue{first}}, nil
			},
		}
		f.directory(func(in *dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error) {
			item := key(sourcePK(rec.SourceKey), skSource)
			item["id"] = str("RR-2025-FIRST1")
			return &dynamodb.GetItemOutput{Item: item}, nil
		})
		stored, created, err := New(f, "ledger").Claim(context.Background(), rec)
		if err != nil || created || stored.ID != "RR-2025-FIRST1" {
			t.Fatalf("Claim = %s, %v, %v; want RR-2025-FIRST1 not created", stored.ID, created, err)
		}
		want := []string{"SUB#RR-2025-ABCDEF META", "SUB#RR-2025-ABCDEF DELIVERY#" + intake.RecipientPanel, contentPK("00ff", intake.RapidReview, "") + " CONTENT"}
		if d := cmp.Diff(want, deleted); d != "" {
			t.Errorf("Claim removed (-want +got):\n%s", d)
		}
	})

	t.Run("validation", func(t *testing.T) {
		f := &fakeClient{
			t: t,
			putItem: func(*dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error) {
				return nil, &smithy.GenericAPIError{Code: "ValidationException"}
			},
		}
		f.directory(nil)
		_, _, err := New(f, "ledger").Claim(context.Background(), sample())
		if err == nil || errors.Is(err, pipeline.ErrIDTaken) || awserr.IsTransient(err) {
			t.Errorf("Claim = %v, want an error neither ErrIDTaken nor transient", err)
		}
	})
}

// TestUpdateWritesOnlyWhatChanged: the receipt's Update rewrites the
// submission item alone when its content was recorded with it already.
func TestUpdateWritesOnlyWhatChanged(t *testing.T) {
	rec := sample()
	rec.Partnership = &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"}
	old, err := metaItem(rec, recipientsOf(rec.Deliveries))
	if err != nil {
		t.Fatal(err)
	}
	deliv := deliveryItem(rec.ID, 0, rec.Deliveries[0])
	var puts []string
	f := &fakeClient{
		t: t,
		query: func(*dynamodb.QueryInput) (*dynamodb.QueryOutput, error) {
			return &dynamodb.QueryOutput{Items: []map[string]types.AttributeValue{old, deliv}}, nil
		},
		putItem: func(in *dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error) {
			puts = append(puts, itemKey(in.Item))
			return &dynamodb.PutItemOutput{}, nil
		},
	}
	f.directory(nil)
	l := New(f, "ledger")
	rec.Receipt = "s3://intake/receipts/RR-2025-ABCDEF.pdf"
	if err := l.Update(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"SUB#RR-2025-ABCDEF META"}, puts); d != "" {
		t.Errorf("Update wrote (-want +got):\n%s", d)
	}

	// Moved to another partnership, its content is indexed under it.
	puts = nil
	rec.Partnership = &intake.Partnership{ID: "E08000025", Name: "Birmingham Safeguarding Children Partnership"}
	if err := l.Update(context.Background(), rec); err != nil {
		t.Fatal(err)
	}
	want := []string{"SUB#RR-2025-ABCDEF META", contentPK("00ff", intake.RapidReview, "E08000025") + " CONTENT"}
	if d := cmp.Diff(want, puts); d != "" {
		t.Errorf("Update to another partnership wrote (-want +got):\n%s", d)
	}
}

func TestTableInput(t *testing.T) {
	in := TableInput("intake-ledger")
	got := map[string]types.KeyType{}
	for _, k := range in.KeySchema {
		got[*k.AttributeName] = k.KeyType
	}
	if got["PK"] != types.KeyTypeHash || got["SK"] != types.KeyTypeRange || len(got) != 2 {
		t.Errorf("TableInput key schema = %v, want PK hash and SK range", got)
	}
	for _, a := range in.AttributeDefinitions {
		if a.AttributeType != types.ScalarAttributeTypeS {
			t.Errorf("attribute %s has type %s, want S", *a.AttributeName, a.AttributeType)
		}
	}
}

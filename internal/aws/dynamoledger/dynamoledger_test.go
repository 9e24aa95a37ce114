package dynamoledger

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go"

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
	return unexpected[*dynamodb.DeleteItemOutput](f.t, "DeleteItem")
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

func canceled(codes ...string) error {
	var reasons []types.CancellationReason
	for _, c := range codes {
		reasons = append(reasons, types.CancellationReason{Code: aws.String(c)})
	}
	return &smithy.OperationError{ServiceID: "DynamoDB", OperationName: "TransactWriteItems", Err: &types.TransactionCanceledException{CancellationReasons: reasons}}
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

func TestClaimOutcomes(t *testing.T) {
	tests := []struct {
		name          string
		err           error
		wantTries     int
		wantIDTaken   bool
		wantTransient bool
	}{
		{"id taken", canceled("None", "ConditionalCheckFailed", "None", "None"), 1, true, false},
		{"conflicts", canceled("TransactionConflict", "None", "None", "None"), claimTries, false, true},
		{"validation", &smithy.GenericAPIError{Code: "ValidationException"}, 1, false, false},
		{"canceled without reasons", canceled(), 1, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tries := 0
			f := &fakeClient{
				t: t,
				getItem: func(*dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error) {
					return &dynamodb.GetItemOutput{}, nil // no directory, no content item yet
				},
				updateItem: func(in *dynamodb.UpdateItemInput) (*dynamodb.UpdateItemOutput, error) {
					if getS(in.Key, "PK") != pkLists {
						t.Errorf("UpdateItem of %v, want the directory only", in.Key)
					}
					return &dynamodb.UpdateItemOutput{}, nil
				},
				transactWriteItems: func(in *dynamodb.TransactWriteItemsInput) (*dynamodb.TransactWriteItemsOutput, error) {
					tries++
					if n := len(in.TransactItems); n != 4 {
						t.Errorf("transaction of %d items, want source, submission, delivery and content", n)
					}
					return nil, tt.err
				},
			}
			_, _, err := New(f, "ledger").Claim(context.Background(), sample())
			if err == nil {
				t.Fatal("Claim = nil error, want one")
			}
			if tries != tt.wantTries {
				t.Errorf("Claim tried %d times, want %d", tries, tt.wantTries)
			}
			if got := errors.Is(err, pipeline.ErrIDTaken); got != tt.wantIDTaken {
				t.Errorf("Claim = %v; ErrIDTaken %v, want %v", err, got, tt.wantIDTaken)
			}
			if got := awserr.IsTransient(err); got != tt.wantTransient {
				t.Errorf("Claim = %v; IsTransient %v, want %v", err, got, tt.wantTransient)
			}
		})
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

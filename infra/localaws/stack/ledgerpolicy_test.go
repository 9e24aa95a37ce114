package stack

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// recorder notes the DynamoDB operations the ledger makes through it.
type recorder struct {
	dynamoledger.Client
	mu  sync.Mutex
	ops map[string]bool
}

func (r *recorder) note(op string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ops[op] = true
}

func (r *recorder) GetItem(ctx context.Context, in *dynamodb.GetItemInput, o ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	r.note("GetItem")
	return r.Client.GetItem(ctx, in, o...)
}

func (r *recorder) PutItem(ctx context.Context, in *dynamodb.PutItemInput, o ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	r.note("PutItem")
	return r.Client.PutItem(ctx, in, o...)
}

func (r *recorder) UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, o ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	r.note("UpdateItem")
	return r.Client.UpdateItem(ctx, in, o...)
}

func (r *recorder) Query(ctx context.Context, in *dynamodb.QueryInput, o ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	r.note("Query")
	return r.Client.Query(ctx, in, o...)
}

func (r *recorder) BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, o ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	r.note("BatchGetItem")
	return r.Client.BatchGetItem(ctx, in, o...)
}

func (r *recorder) TransactWriteItems(ctx context.Context, in *dynamodb.TransactWriteItemsInput, o ...func(*dynamodb.Options)) (*dynamodb.TransactWriteItemsOutput, error) {
	r.note("TransactWriteItems")
	return r.Client.TransactWriteItems(ctx, in, o...)
}

func (r *recorder) BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	r.note("BatchWriteItem")
	return r.Client.BatchWriteItem(ctx, in, o...)
}

func (r *recorder) DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, o ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	r.note("DeleteItem")
	return r.Client.DeleteItem(ctx, in, o...)
}

// TestLedgerPolicies runs, on moto_server, the ledger calls each function
// makes, and checks that the function's policy allows every DynamoDB
// operation they used: moto does not enforce policies, AWS does.
func TestLedgerPolicies(t *testing.T) {
	tmpl := loadTemplate(t)
	ctx := context.Background()
	client := dynamodb.NewFromConfig(moto.Shared(t).Config())
	received := time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC)
	rec := func(n int) intake.Record {
		source := fmt.Sprintf("s3:intake/submissions/E08000026/auto/p%d.pdf@v1", n)
		return intake.Record{SourceKey: source, Outcome: intake.Outcome{
			ID: intake.NewID(intake.RapidReview, received, source, 0), Kind: intake.RapidReview, Status: intake.Accepted,
			SHA256: fmt.Sprintf("%064x", n), Received: received.Add(time.Duration(n) * time.Hour),
			Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
			Deliveries:  []intake.Delivery{{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliveryPending}},
		}}
	}
	sins := []obligations.SIN{{Reference: "SIN-1", Partnership: "E08000026", Sent: received}}
	base := []obligations.Baseline{{Partnership: "E08000026", LastPublished: received}}
	reminder := obligations.Reminder{Key: "k", Stage: "due_soon", On: received}
	for i, tc := range []struct {
		function string
		calls    func(l *dynamoledger.Store) error
	}{
		{"IntakeFunction", func(l *dynamoledger.Store) error {
			r := rec(1)
			if _, _, err := l.Claim(ctx, r); err != nil {
				return err
			}
			// The same source claimed under another reference, as by a
			// run that lost the race: what it wrote is removed.
			again := r
			again.ID = intake.NewID(r.Kind, r.Received, r.SourceKey, 1)
			if _, created, err := l.Claim(ctx, again); err != nil || created {
				return fmt.Errorf("the second Claim of one source = %v, %v; want not created", created, err)
			}
			if _, _, err := l.Lookup(ctx, r.SourceKey); err != nil {
				return err
			}
			if _, _, err := l.FindContent(ctx, r.SHA256, r.Kind, "E08000026", ""); err != nil {
				return err
			}
			if _, err := l.ClaimDelivery(ctx, r.ID, intake.RecipientPanel, received, time.Minute); err != nil {
				return err
			}
			if err := l.FinishDelivery(ctx, r.ID, intake.Delivery{Recipient: intake.RecipientPanel, Status: intake.DeliverySent, At: received}); err != nil {
				return err
			}
			r.Status = intake.Rejected
			if err := l.Update(ctx, r); err != nil {
				return err
			}
			if err := l.PutSINs(ctx, sins); err != nil {
				return err
			}
			return l.PutBaseline(ctx, base)
		}},
		{"PortalFunction", func(l *dynamoledger.Store) error {
			if err := l.Load(ctx, []intake.Record{rec(2), rec(3)}); err != nil {
				return err
			}
			for _, q := range []intake.ListQuery{{}, {Partnership: "E08000026"}, {Kind: intake.RapidReview, Late: "no"}} {
				if _, err := l.Page(ctx, q); err != nil {
					return err
				}
			}
			if _, err := l.Partnerships(ctx); err != nil {
				return err
			}
			if _, _, err := l.Get(ctx, rec(2).ID); err != nil {
				return err
			}
			if err := l.RecordAccess(ctx, intake.Access{Submission: rec(2).ID, By: "staff@example.gov.uk", At: received, What: intake.AccessViewed}); err != nil {
				return err
			}
			if _, err := l.Accesses(ctx, rec(2).ID); err != nil {
				return err
			}
			if _, err := l.Submissions(ctx); err != nil {
				return err
			}
			return l.PutSINs(ctx, sins)
		}},
		{"RemindFunction", func(l *dynamoledger.Store) error {
			if _, err := l.Submissions(ctx); err != nil {
				return err
			}
			if _, err := l.SINs(ctx); err != nil {
				return err
			}
			if _, err := l.Baseline(ctx); err != nil {
				return err
			}
			if _, err := l.ClaimReminder(ctx, reminder); err != nil {
				return err
			}
			return l.ReleaseReminder(ctx, reminder)
		}},
	} {
		t.Run(tc.function, func(t *testing.T) {
			table := fmt.Sprintf("policy-ledger-%d", i)
			if _, err := client.CreateTable(ctx, dynamoledger.TableInput(table)); err != nil {
				t.Fatal(err)
			}
			r := &recorder{Client: client, ops: map[string]bool{}}
			if err := tc.calls(dynamoledger.New(r, table)); err != nil {
				t.Fatal(err)
			}
			allowed := fmt.Sprint(dig(tmpl.resource(t, tc.function).Properties, "Policies"))
			ops := slices.Sorted(func(yield func(string) bool) {
				for op := range r.ops {
					if !yield(op) {
						return
					}
				}
			})
			for _, op := range ops {
				if !strings.Contains(allowed, "dynamodb:"+op+" ") && !strings.Contains(allowed, "dynamodb:"+op+"]") {
					t.Errorf("%s's ledger calls use %s, which its policies do not allow", tc.function, op)
				}
			}
		})
	}
}

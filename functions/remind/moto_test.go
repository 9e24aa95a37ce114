package main

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/infra/localaws/stack"
	"github.com/safeguarding-intake/intake/internal/aws/dynamocred"
	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
	"github.com/safeguarding-intake/intake/internal/portal"
	"github.com/safeguarding-intake/intake/internal/testkit/awsproxy"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// TestScheduledRunOnMoto wires the function as main does, against moto
// through a proxy that records what SES accepted, and fires the schedule
// three times on one working day, twice at once: one reminder, to the
// partnership's sign-in address, and one digest are sent.
func TestScheduledRunOnMoto(t *testing.T) {
	ctx := context.Background()
	mt := moto.Shared(t)
	names := stack.Names{Bucket: "remind-intake", Queue: "remind-intake", Table: "remind-ledger", Sender: "intake@example.org"}
	if err := stack.Apply(ctx, mt.Config(), names, stack.Default()); err != nil {
		t.Fatal(err)
	}
	led := dynamoledger.New(dynamodb.NewFromConfig(mt.Config()), names.Table)
	sent := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC) // due 2025-03-26
	if err := led.PutSINs(ctx, []obligations.SIN{{Reference: "2025/0405", Partnership: "E08000003", Sent: sent}}); err != nil {
		t.Fatal(err)
	}
	manchester := &intake.Partnership{ID: "E08000003", Name: "Manchester Safeguarding Partnership"}
	if _, _, err := led.Claim(ctx, intake.Record{SourceKey: "s3:x", Outcome: intake.Outcome{
		ID: "RR-2025-MANCHE", Kind: intake.RapidReview, Status: intake.Rejected, Partnership: manchester,
		Received: time.Date(2025, 3, 20, 10, 0, 0, 0, time.UTC), Submitter: "bm@manchester.example",
	}}); err != nil {
		t.Fatal(err)
	}

	// Manchester's sign-in address is its contact, not its submitter.
	if _, err := dynamocred.New(dynamodb.NewFromConfig(mt.Config()), names.Table).Issue(ctx,
		portal.Principal{Role: portal.RolePartnership, Partnership: "E08000003", Name: "safeguarding@manchester.example"}, time.Now()); err != nil {
		t.Fatal(err)
	}

	proxy := awsproxy.NewProxy(t, mt.URL)
	cfg := mt.Config()
	cfg.BaseEndpoint = aws.String(proxy.URL)
	env := map[string]string{"LEDGER_TABLE": names.Table, "SENDER_ADDRESS": names.Sender, "STAFF_DIGEST_ADDRESS": "staff@example.org"}
	c, err := loadConfig(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	log := logrus.New()
	log.SetOutput(new(syncDiscard))
	h := newHandler(c, cfg, log)
	h.now = func() time.Time { return time.Date(2025, 3, 21, 7, 0, 0, 0, time.UTC) }

	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			if err := h.Handle(ctx, []byte(`{}`)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if err := h.Handle(ctx, []byte(`{}`)); err != nil {
		t.Fatal(err)
	}
	for addr, want := range map[string]int{"safeguarding@manchester.example": 1, "bm@manchester.example": 0, "staff@example.org": 1} {
		if got := proxy.SentTo(addr); got != want {
			t.Errorf("%d messages to %s, want %d (all: %s)", got, addr, want, fmt.Sprint(proxy.Sent()))
		}
	}
}

type syncDiscard struct{}

func (syncDiscard) Write(p []byte) (int, error) { return len(p), nil }

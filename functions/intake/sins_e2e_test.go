package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/aws/sesmail"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/remind"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
	"github.com/safeguarding-intake/intake/internal/workdays"
)

func (w *world) put(tb testing.TB, key string, data []byte) {
	tb.Helper()
	_, err := s3.NewFromConfig(w.direct, moto.PathStyle).PutObject(context.Background(), &s3.PutObjectInput{
		Bucket: aws.String(w.names.Bucket), Key: aws.String(key), Body: bytes.NewReader(data),
	})
	if err != nil {
		tb.Fatalf("putting %s: %v", key, err)
	}
}

// TestEndToEndSINsToReminders drops a SIN export under sins/, lets the
// intake function import it, and runs the day's reminders as the
// scheduled function does, twice over and twice at once: Norfolk's
// submitter is told once of its overdue and due-soon rapid reviews, and
// the staff get one digest, in moto's SES.
func TestEndToEndSINsToReminders(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	today := intake.Day(time.Now())
	for !workdays.IsWorkingDay(today) {
		today = today.AddDate(0, 0, 1)
	}
	soon := workdays.Add(today, -12)    // due in 3 working days
	overdue := workdays.Add(today, -20) // due 5 working days ago

	// A bad file is refused whole and acknowledged, not retried.
	w.put(t, "sins/export-bad.csv", []byte("reference,local_authority,sent,child\nSIN-X-1,Norfolk,"+intake.ISODate(soon)+",\nSIN-X-2,Borsetshire,"+intake.ISODate(soon)+",\n"))
	good := fmt.Sprintf("reference,local_authority,sent,child\nSIN-E2E-1,Norfolk,%s,Child K\nSIN-E2E-2,E10000020,%s,\n", intake.ISODate(soon), intake.ISODate(overdue))
	w.put(t, "sins/export.csv", []byte(good))
	w.upload(t, "submissions/E10000020/auto/review.docx", "rapid-review-norfolk-no-sin.docx", map[string]string{"submitter": "bm@norfolk.example"})

	resp := w.deliver(t, w.receive(t, 3))
	if len(resp.BatchItemFailures) != 0 {
		t.Fatalf("failed messages: %+v\nlogs:\n%s", resp.BatchItemFailures, w.logs)
	}
	logs := w.logs.String()
	if !strings.Contains(logs, `"import":"sins"`) || !strings.Contains(logs, `"rows":2`) || !strings.Contains(logs, "refused: nothing of the file imported") {
		t.Errorf("logs do not show the import and the refusal:\n%s", logs)
	}
	if strings.Contains(logs, "Child K") {
		t.Error("the logs name a child")
	}
	store := dynamoledger.New(dynamodb.NewFromConfig(w.direct), w.names.Table)
	sins, err := store.SINs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(sins) != 2 {
		t.Fatalf("SINs in the ledger = %+v, want the good file's two", sins)
	}

	runner := &remind.Runner{
		Store:        dynamoledger.New(dynamodb.NewFromConfig(w.fn), w.names.Table),
		Mailer:       sesmail.New(sesv2.NewFromConfig(w.fn)),
		Sender:       sender,
		Digest:       "staff@example.org",
		Partnerships: obligations.Partnerships(registry.Default()),
	}
	before := w.sentCounts("bm@norfolk.example", "staff@example.org")
	var wg sync.WaitGroup
	reports := make([]remind.Report, 2)
	for i := range 2 {
		wg.Go(func() {
			var err error
			if reports[i], err = runner.Run(ctx, today); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if _, err := runner.Run(ctx, today); err != nil {
		t.Fatal(err)
	}
	got := w.sentCounts("bm@norfolk.example", "staff@example.org")
	for a := range got {
		got[a] -= before[a]
	}
	wantCounts(t, "reminders", got, map[string]int{"bm@norfolk.example": 1, "staff@example.org": 1})
	items := len(reports[0].Sent) + len(reports[1].Sent)
	if items != 1 {
		t.Errorf("racing runs reported %d partnership emails, want 1", items)
	}
	for _, r := range reports {
		for _, s := range r.Sent {
			var what []string
			for _, o := range s.Items {
				what = append(what, string(o.Kind)+" "+o.Ref+" "+string(o.Status))
			}
			// The 2023 arrangements are overdue too: nothing arrived.
			want := "arrangements 2023 overdue, rapid_review SIN-E2E-2 overdue, rapid_review SIN-E2E-1 due"
			if strings.Join(what, ", ") != want {
				t.Errorf("Norfolk's reminder lists %s, want %s", strings.Join(what, ", "), want)
			}
		}
	}
}

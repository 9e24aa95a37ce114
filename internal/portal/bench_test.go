package portal

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/testkit/dynamotest"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// BenchmarkStaffFirstPage measures the staff view's first page over a
// DynamoDB ledger on moto_server holding each of the sizes in
// BENCH_LEDGER_SIZES (default 200,2000; 'make bench' asks for
// 200,20000), and reports the page's requests: each kind's count and
// milliseconds a page, and the items in the table. On DynamoDB a page is
// a read of the directory by key, a query of one month's partition of one
// index and a batch of deliveries by key, whatever the size; moto_server
// answers every Query, of the table or of an index, by listing and
// sorting every item of the table in Python, so there a query's time
// grows with the table. Filling 20,000 takes minutes of moto's time.
func BenchmarkStaffFirstPage(b *testing.B) {
	sizes := []int{200, 2000}
	if v := os.Getenv("BENCH_LEDGER_SIZES"); v != "" {
		sizes = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 1 {
				b.Fatalf("BENCH_LEDGER_SIZES=%q: want sizes like 200,20000", v)
			}
			sizes = append(sizes, n)
		}
	}
	led, reqs := dynamotest.Counted(b, moto.Start(b))
	ctx := context.Background()
	st := newStack(b, func(c *Config) { c.Ledger = led })
	staff := st.signedIn(b, staffer)
	have := 0
	for _, n := range sizes {
		for have < n {
			batch := make([]intake.Record, 0, 500)
			for ; have < n && len(batch) < cap(batch); have++ {
				batch = append(batch, benchRecord(have))
			}
			if err := led.Load(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			reqs.Reset()
			pages := 0
			for b.Loop() {
				r := staff.get("/staff")
				if r.status != http.StatusOK || !strings.Contains(r.body, "50 submissions on this page") {
					b.Fatalf("GET /staff = %d", r.status)
				}
				pages++
			}
			for _, op := range []struct{ name, unit string }{{"Query", "queries"}, {"BatchGetItem", "batchgets"}, {"GetItem", "getitems"}} {
				count, took := reqs.Count(op.name)
				b.ReportMetric(float64(count)/float64(pages), op.unit+"/op")
				b.ReportMetric(float64(took.Milliseconds())/float64(pages), op.unit+"-ms/op")
			}
			if items, err := reqs.TableItems(ctx); err == nil {
				b.ReportMetric(float64(items), "table-items")
			}
		})
	}
}

// benchRecord is submission i of a busy ledger: 150 partnerships, the
// four kinds, a third rejected, one in eight late, two deliveries each.
func benchRecord(i int) intake.Record {
	received := time.Date(2019, 1, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(i) * 3 * time.Hour)
	kind := []intake.Kind{intake.RapidReview, intake.YearlyReport, intake.Arrangements, intake.RapidReview}[i%4]
	source := fmt.Sprintf("s3:intake/submissions/bench/%d.pdf@v1", i)
	rec := intake.Record{SourceKey: source, Outcome: intake.Outcome{
		ID: intake.NewID(kind, received, source, 0), File: fmt.Sprintf("document-%d.pdf", i), Channel: intake.Portal,
		SHA256: fmt.Sprintf("%064x", i), Bytes: 40000, MediaType: "application/pdf", Received: received, Kind: kind,
		Partnership: &intake.Partnership{ID: fmt.Sprintf("E%08d", i%150), Name: fmt.Sprintf("Partnership %d", i%150)},
		Fields:      map[string]string{"title": "A document", "document_date": "2025-03-01"},
		Status:      []intake.Status{intake.Accepted, intake.Accepted, intake.Rejected}[i%3],
		Deliveries: []intake.Delivery{
			{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySent, Attempts: 1, At: received},
			{Recipient: intake.RecipientSubmitter, Address: "bm@example.gov.uk", Status: intake.DeliverySent, Attempts: 1, At: received},
		},
	}}
	if i%8 == 0 {
		rec.Findings = []intake.Finding{intake.NewFinding(intake.RapidReviewLate, "Received after the deadline.")}
	}
	return rec
}

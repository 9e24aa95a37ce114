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
// 200,20000). On DynamoDB a page is a query of one index and costs the
// same at any size; moto_server answers a query by sorting every item of
// the table in Python, so there the cost grows with the table. Filling
// 20,000 takes minutes of moto's time.
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
	led := dynamotest.Ledger(b, moto.Start(b))
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
			for b.Loop() {
				r := staff.get("/staff")
				if r.status != http.StatusOK || !strings.Contains(r.body, "50 submissions on this page") {
					b.Fatalf("GET /staff = %d", r.status)
				}
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

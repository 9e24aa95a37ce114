package main

import (
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func TestMeasureBurst(t *testing.T) {
	t0 := time.Date(2025, 3, 21, 10, 0, 0, 0, time.UTC)
	rec := func(id string, received, sent time.Duration) intake.Record {
		return intake.Record{Outcome: intake.Outcome{ID: id, Received: t0.Add(received), Deliveries: []intake.Delivery{
			{Recipient: "dfe", Address: "dfe@example.org", Status: intake.DeliverySent, At: t0.Add(sent - time.Second)},
			{Recipient: "submitter", Address: "bm@example.org", Status: intake.DeliverySent, At: t0.Add(sent)},
		}}}
	}
	var recs []intake.Record
	var emails []sentEmail
	ids := []string{"AR-2025-AAAAA1", "AR-2025-AAAAA2", "AR-2025-AAAAA3", "AR-2025-AAAAA4"}
	for i, id := range ids {
		recs = append(recs, rec(id, time.Duration(i)*time.Second, time.Duration(i+2*(i+1))*time.Second))
		for _, to := range []string{"dfe@example.org", "bm@example.org"} {
			emails = append(emails, sentEmail{to: []string{to}, subject: "Safeguarding arrangements — Leeds — " + id})
		}
	}
	st := measureBurst(recs, emails)
	if len(st.problems) != 0 {
		t.Fatalf("problems in a clean burst: %v", st.problems)
	}
	// Latencies 2, 4, 6, 8 s; from the first upload (0 s) to the last email (11 s).
	if st.p50 != 6*time.Second || st.p95 != 8*time.Second || st.max != 8*time.Second || st.span != 11*time.Second {
		t.Errorf("p50 %v, p95 %v, max %v, span %v; want 6s, 8s, 8s, 11s", st.p50, st.p95, st.max, st.span)
	}

	// A recipient mailed twice, one never mailed and one left failed are
	// each reported.
	emails = append(emails[:len(emails)-1], emails[0])
	recs[2].Deliveries[0].Status = intake.DeliveryFailed
	st = measureBurst(recs, emails)
	got := strings.Join(st.problems, "\n")
	for _, want := range []string{ids[0] + ": dfe was sent 2 messages", ids[3] + ": submitter was sent 0 messages", ids[2] + ": delivery to dfe is failed"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems %q lack %q", got, want)
		}
	}
}

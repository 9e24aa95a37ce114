package obligations

import (
	"fmt"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/registry"
)

// BenchmarkCompute works out every obligation of the 153 partnerships
// with 2,000 SINs on record, a rapid review for most of them (a third
// deciding on a local review), and a yearly report and arrangements from
// each partnership.
func BenchmarkCompute(b *testing.B) {
	parts := Partnerships(registry.Default())
	start := time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
	var in Input
	in.At = time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC)
	in.Partnerships = parts
	for i := range 2000 {
		p := parts[i%len(parts)]
		sent := start.AddDate(0, 0, i%350)
		s := SIN{Reference: fmt.Sprintf("SIN-%04d", i), Partnership: p.ID, Sent: sent, Child: fmt.Sprintf("Child %d", i)}
		in.SINs = append(in.SINs, s)
		if i%10 == 9 {
			continue // one in ten not yet reviewed
		}
		fields := map[string]string{"sin_date": intake.ISODate(sent), "lcspr_decision": "no"}
		if i%2 == 0 {
			fields["sin_reference"] = s.Reference
		} else {
			fields["child"] = s.Child
		}
		if i%3 == 0 {
			fields["lcspr_decision"] = "yes"
			fields["review_date"] = intake.ISODate(sent.AddDate(0, 0, 14))
		}
		in.Records = append(in.Records, record(fmt.Sprintf("RR-%d", i), RapidReview, p, sent.AddDate(0, 0, 18), fields))
	}
	for i, p := range parts {
		in.Records = append(in.Records,
			record(fmt.Sprintf("YR-%d", i), YearlyReport, p, start.AddDate(0, 0, i), map[string]string{"publication_date": intake.ISODate(start.AddDate(0, 0, i-3))}),
			record(fmt.Sprintf("SA-%d", i), Arrangements, p, start.AddDate(0, 0, 2*i), nil))
		in.Baseline = append(in.Baseline, Baseline{Partnership: p.ID, LastPublished: start.AddDate(-1, 0, i)})
	}
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(Compute(in))
	}
	b.ReportMetric(float64(n), "obligations")
}

func record(id string, k Kind, p intake.Partnership, received time.Time, fields map[string]string) intake.Record {
	return intake.Record{Outcome: intake.Outcome{ID: id, Kind: intake.Kind(k), Status: intake.Accepted, Partnership: &p, Received: received.Add(10 * time.Hour), Fields: fields}}
}

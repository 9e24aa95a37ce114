package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// burstFlight is how many uploads of a burst are in flight at once.
const burstFlight = 32

// uploadBurst puts n distinct link submissions (Leeds' arrangements, each
// link its own, so none is a duplicate) under submissions/ as fast as S3
// takes them, as a deadline day might.
func (w *world) uploadBurst(ctx context.Context, n int, submitter string) error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
		next = make(chan int)
	)
	for range burstFlight {
		wg.Go(func() {
			for i := range next {
				body := fmt.Sprintf("[InternetShortcut]\r\nURL=https://www.leedsscp.org.uk/arrangements?copy=%d\r\n", i)
				_, err := w.s3.PutObject(ctx, &s3.PutObjectInput{
					Bucket: aws.String(w.names.Bucket), Key: aws.String(fmt.Sprintf("%sburst-%04d.url", uploadPrefix, i)),
					Body:     bytes.NewReader([]byte(body)),
					Metadata: map[string]string{"submitter": submitter, "partnership": "E08000035"},
				})
				if err != nil {
					mu.Lock()
					errs = append(errs, fmt.Errorf("uploading burst %d: %w", i, err))
					mu.Unlock()
				}
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	if len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// burstStats are a burst's figures: how fast the submissions went from
// upload to their last recipient's email, and whether each recipient was
// mailed exactly once.
type burstStats struct {
	n             int
	span          time.Duration // first upload to the last email
	p50, p95, max time.Duration
	problems      []string
}

var reference = regexp.MustCompile(`\b[A-Z]{2}-\d{4}-[0-9A-Z]{6}\b`)

// measureBurst reads the figures from the ledger (each submission's
// received time, the S3 event's, and each delivery's time) and checks the
// mail moto sent against it.
func measureBurst(recs []intake.Record, emails []sentEmail) burstStats {
	st := burstStats{n: len(recs)}
	sent := map[string]int{} // reference + "\x00" + address → messages
	for _, e := range emails {
		id := reference.FindString(e.subject)
		for _, to := range e.to {
			sent[id+"\x00"+to]++
		}
	}
	var lat []time.Duration
	var first, last time.Time
	for _, rec := range recs {
		var done time.Time
		for _, d := range rec.Deliveries {
			if d.Status != intake.DeliverySent {
				if d.Status != intake.DeliverySkipped {
					st.problems = append(st.problems, fmt.Sprintf("%s: delivery to %s is %s", rec.ID, d.Recipient, d.Status))
				}
				continue
			}
			if n := sent[rec.ID+"\x00"+d.Address]; n != 1 {
				st.problems = append(st.problems, fmt.Sprintf("%s: %s was sent %d messages, want 1", rec.ID, d.Recipient, n))
			}
			if d.At.After(done) {
				done = d.At
			}
		}
		if done.IsZero() {
			st.problems = append(st.problems, fmt.Sprintf("%s: nobody was mailed", rec.ID))
			continue
		}
		lat = append(lat, done.Sub(rec.Received))
		if first.IsZero() || rec.Received.Before(first) {
			first = rec.Received
		}
		if done.After(last) {
			last = done
		}
	}
	if len(lat) == 0 {
		return st
	}
	slices.Sort(lat)
	at := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))] }
	st.p50, st.p95, st.max, st.span = at(0.50), at(0.95), lat[len(lat)-1], last.Sub(first)
	return st
}

func (st burstStats) print(w io.Writer) {
	perSec := 0.0
	if st.span > 0 {
		perSec = float64(st.n) / st.span.Seconds()
	}
	fmt.Fprintf(w, "\nburst: %d submissions in %v, %.1f a second; upload to the last recipient's email: p50 %v, p95 %v, max %v\n",
		st.n, st.span.Round(10*time.Millisecond), perSec, st.p50.Round(time.Millisecond), st.p95.Round(time.Millisecond), st.max.Round(time.Millisecond))
}

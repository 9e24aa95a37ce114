package pipeline_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/testkit/pipelinetest"
)

const sender = "jo.bloggs@coventry.example"

// messageParts are the three documents one email carried, as inbound
// makes them: the first answers the sender for all.
func messageParts() []pipeline.Source {
	noSIN := strings.Replace(strings.Replace(rapidReview, "SIN reference: 2025/0412\n", "", 1),
		"Date the serious incident notification was submitted: 3 March 2025\n", "", 1)
	texts := []struct{ name, text string }{
		{"review.txt", rapidReview},
		{"report.txt", yearlyReport},
		{"second-review.txt", strings.Replace(noSIN, "Child Q", "Child R", -1)},
	}
	var srcs []pipeline.Source
	for i, d := range texts {
		src := pipeline.Source{
			Name:       "message.eml#" + d.name,
			Data:       []byte(d.text),
			Key:        "email:m1@coventry.example#" + strconv.Itoa(i),
			Channel:    intake.Email,
			Received:   time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC),
			MessageID:  "<m1@coventry.example>",
			References: []string{"<m0@coventry.example>"},
			Subject:    "Three documents",
			Parts:      len(texts),
		}
		if i == 0 {
			src.Submitter = sender
		} else {
			src.NoReply = true
		}
		srcs = append(srcs, src)
	}
	return srcs
}

// replies returns the messages sent to the email's sender.
func replies(m *pipelinetest.Mailer) []intake.Mail {
	var out []intake.Mail
	for _, msg := range m.Sent() {
		if len(msg.To) == 1 && msg.To[0] == sender {
			out = append(out, msg)
		}
	}
	return out
}

// checkReply checks that reply is a threaded answer naming every part
// with each part's stored receipt attached.
func checkReply(tb testing.TB, f *fixture, reply intake.Mail, ids []string) {
	tb.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(reply.Raw))
	if err != nil {
		tb.Fatal(err)
	}
	if got := msg.Header.Get("In-Reply-To"); got != "<m1@coventry.example>" {
		tb.Errorf("reply's In-Reply-To = %q, want <m1@coventry.example>", got)
	}
	if !strings.HasPrefix(reply.Subject, "Re: Three documents [") {
		tb.Errorf("reply's Subject = %q, want Re: Three documents [...]", reply.Subject)
	}
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		tb.Fatal(err)
	}
	attached := map[string][]byte{}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		if part.FileName() == "" {
			continue
		}
		if ct := part.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/pdf") {
			tb.Errorf("attachment %s is %s, want a PDF", part.FileName(), ct)
		}
		b, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, part))
		if err != nil {
			tb.Fatal(err)
		}
		attached[part.FileName()] = b
	}
	if len(attached) != len(ids) {
		tb.Errorf("reply carries %d attachments, want %d receipts", len(attached), len(ids))
	}
	for _, id := range ids {
		if !strings.Contains(reply.Subject, id) {
			tb.Errorf("reply's Subject = %q, want it to name %s", reply.Subject, id)
		}
		stored, err := os.ReadFile(filepath.Join(f.dir, "receipts", id+".pdf"))
		if err != nil {
			tb.Fatal(err)
		}
		if got, ok := attached["receipt-"+id+".pdf"]; !ok || !bytes.Equal(got, stored) {
			tb.Errorf("receipt-%s.pdf attached %v, equal to the stored receipt %v; want both", id, ok, bytes.Equal(got, stored))
		}
	}
}

func TestMessageIsAnsweredOnceAllPartsAreDone(t *testing.T) {
	tests := []struct {
		name  string
		order []int
	}{
		{"in order", []int{0, 1, 2}},
		{"in reverse", []int{2, 1, 0}},
		{"middle first", []int{1, 0, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			ctx := context.Background()
			srcs := messageParts()
			ids := make([]string, len(srcs))
			for n, i := range tt.order {
				out, err := f.p.Process(ctx, srcs[i])
				if err != nil {
					t.Fatalf("Process(part %d): %v", i, err)
				}
				ids[i] = out.ID
				want := 0
				if n == len(tt.order)-1 {
					want = 1
				}
				if got := len(replies(f.mail)); got != want {
					t.Fatalf("after %d of %d parts: %d replies, want %d", n+1, len(tt.order), got, want)
				}
			}
			checkReply(t, f, replies(f.mail)[0], ids)
			if !strings.Contains(replies(f.mail)[0].Subject, "Not accepted: "+ids[2]) {
				t.Errorf("reply's Subject = %q, want the third document not accepted", replies(f.mail)[0].Subject)
			}

			first, _, err := f.ledger.Get(ctx, ids[0])
			if err != nil {
				t.Fatal(err)
			}
			if got, want := deliveryStates(first.Outcome), "panel=sent submitter=sent"; got != want {
				t.Errorf("first part's deliveries = %s, want %s", got, want)
			}

			// The message delivered again: nothing more is sent.
			sent := len(f.mail.Recipients())
			for i, src := range srcs {
				out, err := f.p.Process(ctx, src)
				if err != nil || out.Status != intake.Duplicate {
					t.Errorf("Process(part %d) again = %s, %v; want duplicate, no error", i, out.Status, err)
				}
			}
			if n := len(f.mail.Recipients()) - sent; n != 0 {
				t.Errorf("processing the parts again sent %d messages, want none", n)
			}
		})
	}
}

func TestFirstPartAgainDoesNotAnswerEarly(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	srcs := messageParts()
	for _, i := range []int{0, 0, 1, 0} {
		if _, err := f.p.Process(ctx, srcs[i]); err != nil {
			t.Fatalf("Process(part %d): %v", i, err)
		}
	}
	if n := len(replies(f.mail)); n != 0 {
		t.Fatalf("%d replies before the last part, want none", n)
	}
	out, err := f.p.Process(ctx, srcs[2])
	if err != nil {
		t.Fatal(err)
	}
	if n := len(replies(f.mail)); n != 1 {
		t.Errorf("%d replies after the last part, want 1", n)
	}
	if got, want := deliveryStates(out), "panel=skipped"; got != want {
		t.Errorf("third part's deliveries = %s, want %s: the reply is the first part's", got, want)
	}
}

func TestRacingPartsAnswerOnce(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	srcs := messageParts()
	var wg sync.WaitGroup
	errs := make(chan error, 3*len(srcs))
	for range 3 {
		for _, src := range srcs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := f.p.Process(ctx, src)
				errs <- err
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil && !errors.Is(err, pipeline.ErrInFlight) {
			// A loser of the race may only be told to come back later.
			t.Errorf("Process: %v", err)
		}
	}
	ids := make([]string, len(srcs))
	for i, src := range srcs {
		// As a redelivery would: whatever was left in flight is finished.
		out, err := f.p.Process(ctx, src)
		if err != nil {
			t.Fatalf("Process(part %d) after the race: %v", i, err)
		}
		ids[i] = out.ID
	}
	replies := replies(f.mail)
	if len(replies) != 1 {
		t.Fatalf("%d replies, want exactly one", len(replies))
	}
	checkReply(t, f, replies[0], ids)
}

func TestFailedReplyIsRetried(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	down := true
	f.mail.FailWith(func(m intake.Mail) error {
		if down && m.To[0] == sender {
			return errors.New("throttled")
		}
		return nil
	})
	srcs := messageParts()
	for i, src := range srcs {
		_, err := f.p.Process(ctx, src)
		if last := i == len(srcs)-1; last != (err != nil) {
			t.Fatalf("Process(part %d) = %v; want an error from the last part alone", i, err)
		}
		if err != nil && !errors.Is(err, pipeline.ErrIncomplete) {
			t.Fatalf("Process(last part) = %v, want pipeline.ErrIncomplete", err)
		}
	}
	down = false
	// The retry of whichever part: here the middle one.
	out, err := f.p.Process(ctx, srcs[1])
	if err != nil {
		t.Fatalf("retry: %v", err)
	}
	if out.Status == intake.Duplicate {
		t.Errorf("retry that sent the reply reported a duplicate")
	}
	if n := len(replies(f.mail)); n != 1 {
		t.Errorf("%d replies, want 1", n)
	}
	if _, err := f.p.Process(ctx, srcs[0]); err != nil || len(replies(f.mail)) != 1 {
		t.Errorf("first part again: %v, %d replies; want no error and still one reply", err, len(replies(f.mail)))
	}
}

func TestOnePartIsAnsweredAlone(t *testing.T) {
	for _, parts := range []int{0, 1} {
		f := newFixture(t)
		src := messageParts()[0]
		src.Parts = parts
		out, err := f.p.Process(context.Background(), src)
		if err != nil {
			t.Fatal(err)
		}
		replies := replies(f.mail)
		if len(replies) != 1 || !strings.HasSuffix(replies[0].Subject, "[Received: "+out.ID+"]") {
			t.Errorf("Parts %d: replies %d, want one acknowledgement of %s alone", parts, len(replies), out.ID)
		}
	}
}

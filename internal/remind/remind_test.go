package remind

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/local/boltledger"
	"github.com/safeguarding-intake/intake/internal/obligations"
)

var (
	coventry = intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"}
	kent     = intake.Partnership{ID: "E10000016", Name: "Kent Safeguarding Children Multi-Agency Partnership"}
	leeds    = intake.Partnership{ID: "E08000035", Name: "Leeds Safeguarding Children Partnership"}
)

func day(tb testing.TB, s string) time.Time {
	tb.Helper()
	d, err := intake.ParseISODate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// outbox records what was sent; fail makes sends fail.
type outbox struct {
	mu   sync.Mutex
	sent []intake.Mail
	fail bool
}

func (o *outbox) Send(ctx context.Context, m intake.Mail) (string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.fail {
		return "", errors.New("mail server down")
	}
	o.sent = append(o.sent, m)
	return "id", nil
}

func (o *outbox) take() []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	var subjects []string
	for _, m := range o.sent {
		subjects = append(subjects, m.To[0]+": "+m.Subject)
	}
	o.sent = nil
	slices.Sort(subjects)
	return subjects
}

// world is a ledger with Coventry owing a rapid review soon (SIN
// 2025-03-03, due 2025-03-24), Kent one overdue (SIN 2025-02-10, due
// 2025-03-03), and everyone their 2023 arrangements (overdue since
// 2024-12-31) but Leeds, whose arrangements arrived in 2024.
func world(t *testing.T) (*Runner, *outbox) {
	t.Helper()
	ctx := context.Background()
	led, err := boltledger.Open(filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { led.Close() })
	if err := led.PutSINs(ctx, []obligations.SIN{
		{Reference: "SIN-2025-0412", Partnership: coventry.ID, Sent: day(t, "2025-03-03")},
		{Reference: "2025/0350", Partnership: kent.ID, Sent: day(t, "2025-02-10")},
	}); err != nil {
		t.Fatal(err)
	}
	for i, r := range []intake.Record{
		{SourceKey: "a", Outcome: intake.Outcome{ID: "SA-2024-AAAAAA", Kind: intake.Arrangements, Status: intake.Accepted, Partnership: &leeds, Received: day(t, "2024-11-01"), Submitter: "bm@leeds.gov.uk"}},
		{SourceKey: "b", Outcome: intake.Outcome{ID: "UN-2025-BBBBBB", Kind: intake.Unknown, Status: intake.Rejected, Partnership: &kent, Received: day(t, "2025-03-01"), Submitter: "old@kent.gov.uk"}},
		{SourceKey: "c", Outcome: intake.Outcome{ID: "UN-2025-CCCCCC", Kind: intake.Unknown, Status: intake.Rejected, Partnership: &kent, Received: day(t, "2025-03-05"), Submitter: "new@kent.gov.uk"}},
	} {
		if _, _, err := led.Claim(ctx, r); err != nil {
			t.Fatal(i, err)
		}
	}
	box := &outbox{}
	return &Runner{
		Store: led, Mailer: box, Sender: "intake@example.gov.uk", Digest: "staff@example.gov.uk",
		Partnerships: []intake.Partnership{coventry, kent, leeds},
		Contacts: func(context.Context) (map[string]string, error) {
			return map[string]string{coventry.ID: "safeguarding@coventry.gov.uk"}, nil
		},
	}, box
}

func TestRunTwiceSendsOnce(t *testing.T) {
	r, box := world(t)
	ctx := context.Background()
	at := day(t, "2025-03-18") // the Coventry review is due on the fourth working day
	rep, err := r.Run(ctx, at)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"new@kent.gov.uk: 2 overdue – Kent Safeguarding Children Multi-Agency Partnership",
		"safeguarding@coventry.gov.uk: 1 overdue and 1 due soon – Coventry Safeguarding Children Partnership",
		"staff@example.gov.uk: Obligations on 18 March 2025: 3 overdue and 1 due soon",
	}
	if got := box.take(); !slices.Equal(got, want) {
		t.Errorf("first run sent:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !rep.Digest || len(rep.Sent) != 2 || rep.NoContact != 0 {
		t.Errorf("first run report = %+v", rep)
	}
	rep, err = r.Run(ctx, at)
	if err != nil {
		t.Fatal(err)
	}
	if got := box.take(); len(got) != 0 || rep.Digest || len(rep.Sent) != 0 {
		t.Errorf("second run sent %v (report %+v), want nothing", got, rep)
	}

	// The next working day: nothing new for partnerships, a new digest.
	r.Run(ctx, day(t, "2025-03-19"))
	if got := box.take(); len(got) != 1 || !strings.HasPrefix(got[0], "staff@") {
		t.Errorf("next day sent %v, want the digest alone", got)
	}
	// A week later the overdue items are reminded of again; the due_soon
	// one, overdue by then, for the first time as overdue.
	r.Run(ctx, day(t, "2025-03-25"))
	want = []string{
		"new@kent.gov.uk: 2 overdue – Kent Safeguarding Children Multi-Agency Partnership",
		"safeguarding@coventry.gov.uk: 2 overdue – Coventry Safeguarding Children Partnership",
		"staff@example.gov.uk: Obligations on 25 March 2025: 4 overdue",
	}
	if got := box.take(); !slices.Equal(got, want) {
		t.Errorf("a week later sent:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRacingRunsSendOnce(t *testing.T) {
	r, box := world(t)
	at := day(t, "2025-03-18")
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if _, err := r.Run(context.Background(), at); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got := box.take(); len(got) != 3 {
		t.Errorf("4 racing runs sent %d emails, want 3 (two partnerships and the digest):\n%s", len(got), strings.Join(got, "\n"))
	}
}

func TestFailedSendIsRetried(t *testing.T) {
	r, box := world(t)
	ctx := context.Background()
	at := day(t, "2025-03-18")
	box.fail = true
	rep, err := r.Run(ctx, at)
	if err == nil || rep.Failed != 3 {
		t.Fatalf("run with mail down = %+v, %v; want 3 failures and an error", rep, err)
	}
	box.fail = false
	if _, err := r.Run(ctx, at); err != nil {
		t.Fatal(err)
	}
	if got := box.take(); len(got) != 3 {
		t.Errorf("run after mail recovered sent %v, want all 3", got)
	}
}

func TestNoContact(t *testing.T) {
	r, box := world(t)
	r.Contacts = nil
	r.Digest = ""
	rep, err := r.Run(context.Background(), day(t, "2025-03-18"))
	if err != nil {
		t.Fatal(err)
	}
	// Coventry has neither sign-in address nor submitter now.
	if rep.NoContact != 1 || len(rep.Sent) != 1 || rep.Sent[0].To != "new@kent.gov.uk" {
		t.Errorf("report = %+v, want Kent's latest submitter written to and Coventry counted as without contact", rep)
	}
	if got := box.take(); len(got) != 1 {
		t.Errorf("sent %v", got)
	}
}

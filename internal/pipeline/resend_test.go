package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
)

const panelAddress = "Mailbox.CSPReviewPanel@education.gov.uk"

func rejectedReview() string {
	return strings.Replace(strings.Replace(rapidReview, "SIN reference: 2025/0412\n", "", 1),
		"Date the serious incident notification was submitted: 3 March 2025\n", "", 1)
}

func TestResendSkippedDeliveryOfRejectedDocument(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	out, err := f.p.Process(ctx, source("review.txt", rejectedReview()))
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != intake.Rejected {
		t.Fatalf("status = %s, want rejected", out.Status)
	}
	before, err := os.ReadFile(filepath.Join(f.dir, "receipts", out.ID+".pdf"))
	if err != nil {
		t.Fatal(err)
	}

	got, err := f.p.Resend(ctx, out.ID, intake.RecipientPanel, "alice@education.gov.uk")
	if err != nil {
		t.Fatalf("Resend(%s, panel) = %v", out.ID, err)
	}
	if want := "panel=sent submitter=sent"; deliveryStates(got) != want {
		t.Errorf("deliveries after resend = %s, want %s", deliveryStates(got), want)
	}
	if to := f.mail.Recipients(); len(to) != 2 || to[1] != panelAddress {
		t.Fatalf("mail sent to %v, want the submitter, then the Panel", to)
	}
	raw := string(f.mail.Sent()[1].Raw)
	if !strings.Contains(raw, "file://") {
		t.Errorf("resent notification has no link to the stored original")
	}
	var note *intake.Finding
	for i, fd := range got.Findings {
		if fd.Code == intake.DeliveryResent {
			note = &got.Findings[i]
		}
	}
	if note == nil || note.Severity != intake.SeverityInfo || !strings.Contains(note.Message, "alice@education.gov.uk") {
		t.Errorf("findings = %+v, want an info note naming who asked for the resend", got.Findings)
	}
	if got.Status != intake.Rejected {
		t.Errorf("status after resend = %s, want it to stay rejected", got.Status)
	}

	// The ledger keeps it, and the receipt shows the new state.
	rec, _, err := f.ledger.Get(ctx, out.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !contains(codes(rec.Findings), intake.DeliveryResent) {
		t.Errorf("ledger findings = %v, want %s", codes(rec.Findings), intake.DeliveryResent)
	}
	after, err := os.ReadFile(filepath.Join(f.dir, "receipts", out.ID+".pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(before, after) {
		t.Error("receipt unchanged after the resend")
	}

	// A sent delivery is not sent twice.
	if _, err := f.p.Resend(ctx, out.ID, intake.RecipientPanel, "alice@education.gov.uk"); !errors.Is(err, pipeline.ErrNotResendable) {
		t.Errorf("second Resend = %v, want ErrNotResendable", err)
	}
	if n := len(f.mail.Recipients()); n != 2 {
		t.Errorf("%d messages after a refused resend, want 2", n)
	}
}

func TestResendFailedDelivery(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	down := true
	f.mail.FailWith(func(m intake.Mail) error {
		if down && m.To[0] == panelAddress {
			return errors.New("throttled")
		}
		return nil
	})
	out, err := f.p.Process(ctx, source("review.txt", rapidReview))
	if !errors.Is(err, pipeline.ErrIncomplete) {
		t.Fatalf("Process = %v, want ErrIncomplete", err)
	}

	// Still down: the attempt is recorded as failed, with the request.
	got, err := f.p.Resend(ctx, out.ID, intake.RecipientPanel, "bob@foundations.org.uk")
	if !errors.Is(err, pipeline.ErrIncomplete) {
		t.Fatalf("Resend while the mail is down = %v, want ErrIncomplete", err)
	}
	if want := "panel=failed submitter=sent"; deliveryStates(got) != want {
		t.Errorf("deliveries = %s, want %s", deliveryStates(got), want)
	}

	down = false
	got, err = f.p.Resend(ctx, out.ID, intake.RecipientPanel, "bob@foundations.org.uk")
	if err != nil {
		t.Fatalf("Resend = %v", err)
	}
	if want := "panel=sent submitter=sent"; deliveryStates(got) != want {
		t.Errorf("deliveries = %s, want %s", deliveryStates(got), want)
	}
	for _, d := range got.Deliveries {
		if d.Recipient == intake.RecipientPanel && d.Attempts != 3 {
			t.Errorf("panel attempts = %d, want 3 (pipeline, failed resend, resend)", d.Attempts)
		}
	}
}

func TestResendRefusals(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	out, err := f.p.Process(ctx, source("review.txt", rapidReview))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, id, recipient, by string
		want                    error
	}{
		{"unknown submission", "RR-2025-000000", intake.RecipientPanel, "alice", pipeline.ErrNoSubmission},
		{"unknown recipient", out.ID, intake.RecipientWWC, "alice", pipeline.ErrNoDelivery},
		{"already sent", out.ID, intake.RecipientPanel, "alice", pipeline.ErrNotResendable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := f.p.Resend(ctx, tt.id, tt.recipient, tt.by); !errors.Is(err, tt.want) {
				t.Errorf("Resend(%q, %q) = %v, want %v", tt.id, tt.recipient, err, tt.want)
			}
		})
	}
	if _, err := f.p.Resend(ctx, out.ID, intake.RecipientPanel, "  "); err == nil {
		t.Error("Resend without a name = nil error, want one")
	}
	if n := len(f.mail.Recipients()); n != 2 {
		t.Errorf("%d messages, want the 2 of the first run", n)
	}
}

// TestResendEmailedDocument resends a document that came by email and was
// kept where the mail function stored it, as on AWS: the notification
// links to that object, found from the ledger's record alone.
func TestResendEmailedDocument(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.mail.FailWith(func(m intake.Mail) error {
		if m.To[0] == panelAddress {
			return errors.New("throttled")
		}
		return nil
	})
	const kept = "submissions/E08000026/email/3f2a9c/review.txt"
	if _, err := f.p.Blobs.Put(ctx, kept, []byte(rapidReview), "text/plain"); err != nil {
		t.Fatal(err)
	}
	src := source("review.txt", rapidReview)
	src.Key = "email:<CAF1x9@mail.coventry.gov.uk>#0"
	src.Channel = intake.Email
	src.Stored = kept
	out, err := f.p.Process(ctx, src)
	if !errors.Is(err, pipeline.ErrIncomplete) {
		t.Fatalf("Process = %v, want ErrIncomplete", err)
	}
	if _, err := os.Stat(filepath.Join(f.dir, "submissions", "originals")); !os.IsNotExist(err) {
		t.Errorf("a second copy of the original was kept (%v); want only the mail function's", err)
	}

	f.mail.FailWith(nil)
	if _, err := f.p.Resend(ctx, out.ID, intake.RecipientPanel, "carol@education.gov.uk"); err != nil {
		t.Fatalf("Resend = %v", err)
	}
	last := f.mail.Sent()[len(f.mail.Sent())-1]
	if last.To[0] != panelAddress {
		t.Fatalf("last message to %v, want the Panel", last.To)
	}
	// The text part is quoted-printable: join its soft line breaks.
	body := strings.ReplaceAll(string(last.Raw), "=\r\n", "")
	if want := filepath.ToSlash(filepath.Join(f.dir, filepath.FromSlash(kept))); !strings.Contains(body, want) {
		t.Errorf("resent notification does not link to %s", want)
	}
}

// versioned is a blob store that keeps versions, as a versioned S3 bucket
// does, and notes which version each link names.
type versioned struct {
	pipeline.Blobs
	links []string // key@version
}

func (v *versioned) LinkVersion(_ context.Context, key, version string, _ time.Duration) (string, error) {
	v.links = append(v.links, key+"@"+version)
	return "https://blobs.example/" + key + "?versionId=" + version, nil
}

// TestLinksNameTheCheckedVersion forwards an upload too large to attach,
// then resends it: both links name the version of the object the pipeline
// read, so writing the key again later changes nothing recipients get.
func TestLinksNameTheCheckedVersion(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	vb := &versioned{Blobs: f.p.Blobs}
	f.p.Blobs = vb
	f.p.AttachLimit = 10
	down := true
	f.mail.FailWith(func(m intake.Mail) error {
		if down && m.To[0] == panelAddress {
			return errors.New("throttled")
		}
		return nil
	})
	const key = "submissions/E08000026/rapid_review/K1/review.txt"
	src := source("review.txt", rapidReview)
	src.Key = "s3:intake/" + key + "@v1"
	src.Stored = key
	out, err := f.p.Process(ctx, src)
	if !errors.Is(err, pipeline.ErrIncomplete) {
		t.Fatalf("Process = %v, want ErrIncomplete", err)
	}
	down = false
	if _, err := f.p.Resend(ctx, out.ID, intake.RecipientPanel, "dana@education.gov.uk"); err != nil {
		t.Fatalf("Resend = %v", err)
	}
	want := []string{key + "@v1", key + "@v1"}
	if !slices.Equal(vb.links, want) {
		t.Errorf("links made = %v, want %v (the failed send, then the resend)", vb.links, want)
	}
	if raw := string(f.mail.Sent()[len(f.mail.Sent())-1].Raw); !strings.Contains(strings.ReplaceAll(raw, "=\r\n", ""), "versionId=3Dv1") &&
		!strings.Contains(raw, "versionId=v1") {
		t.Errorf("resent notification does not carry the versioned link")
	}
}

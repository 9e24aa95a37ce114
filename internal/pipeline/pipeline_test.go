package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/local/boltledger"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/testkit/pipelinetest"
)

const rapidReview = `Coventry Safeguarding Children Partnership

Rapid Review: Child Q

SIN reference: 2025/0412
Date the serious incident notification was submitted: 3 March 2025
Date of incident: 28 February 2025
Date of rapid review meeting: 14 March 2025

1. Summary
Child Q, aged four, was admitted to hospital with injuries.

2. Agency involvement
Children's social care, West Midlands Police and the health visiting service were involved.

3. Immediate actions
A strategy meeting was held and a safety plan agreed.

4. Learning identified
Information sharing between agencies was delayed.

5. Decision on a local child safeguarding practice review
The partnership decided that the criteria for a local child safeguarding practice review are met and an LCSPR will be commissioned.

6. National review
The partnership does not consider that a national review is required.
`

const yearlyReport = `Leeds Safeguarding Children Partnership
Yearly Report 2023/24
Reporting period: 1 April 2023 to 31 March 2024
Published: 30 September 2024
https://www.leedsscp.org.uk/annual-report-2023-24

1. What we did this year
Our activity this year focused on neglect, exploitation and early help; our priorities were agreed by the partners.
2. How effective our arrangements have been
We evaluated the impact and effectiveness of the arrangements through multi-agency audits.
3. Child safeguarding practice reviews
We held four rapid reviews and commissioned one local child safeguarding practice review (LCSPR).
4. Training
2,300 practitioners attended multi-agency training.
5. Voice of the child
Children and young people told us what matters to them.
6. Independent scrutiny
The independent scrutineer reviewed our work.
7. Funding
Budget contributions: Leeds City Council £300,000; West Yorkshire Police £80,000; NHS West Yorkshire ICB £120,000.
8. Education
Schools and colleges are relevant agencies and took part in audits.
9. Relevant agencies
Our relevant agencies include schools, probation and the voluntary sector.
10. Learning
Learning from reviews was shared in briefings.
`

type fixture struct {
	p      *pipeline.Pipeline
	mail   *pipelinetest.Mailer
	ledger *boltledger.Store
	dir    string
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	x := pipelinetest.New(tb)
	x.Pipeline.Now = func() time.Time { return time.Date(2025, 3, 21, 12, 0, 0, 0, time.UTC) }
	return &fixture{p: x.Pipeline, mail: x.Mail, ledger: x.Ledger, dir: x.Dir}
}

func source(name, text string) pipeline.Source {
	return pipeline.Source{
		Name:      name,
		Data:      []byte(text),
		Key:       "test:" + name,
		Channel:   intake.CLI,
		Received:  time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC),
		Submitter: "manager@example.org",
	}
}

func codes(fs []intake.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

func deliveryStates(o intake.Outcome) string {
	var out []string
	for _, d := range o.Deliveries {
		out = append(out, d.Recipient+"="+d.Status)
	}
	return strings.Join(out, " ")
}

func TestAcceptedRapidReview(t *testing.T) {
	f := newFixture(t)
	out, err := f.p.Process(context.Background(), source("review.txt", rapidReview))
	if err != nil {
		t.Fatalf("Process: %v", err)
	}
	if out.Status != intake.Accepted {
		t.Fatalf("status = %s, want accepted; findings %v", out.Status, out.Findings)
	}
	if out.Kind != intake.RapidReview || !strings.HasPrefix(out.ID, "RR-2025-") || len(out.ID) != len("RR-2025-7F3K9Q") {
		t.Errorf("kind, id = %s, %s", out.Kind, out.ID)
	}
	if out.Partnership == nil || out.Partnership.ID != "E08000026" {
		t.Errorf("partnership = %+v, want Coventry (E08000026)", out.Partnership)
	}
	if got := out.Fields["sin_date"]; got != "2025-03-03" {
		t.Errorf("sin_date = %q, want 2025-03-03", got)
	}
	if out.Deadline == nil || out.Deadline.Due != "2025-03-24" || !out.Deadline.Met {
		t.Errorf("deadline = %+v, want due 2025-03-24 and met", out.Deadline)
	}
	if got, want := deliveryStates(out), "panel=sent submitter=sent"; got != want {
		t.Errorf("deliveries = %s, want %s", got, want)
	}
	if got := f.mail.Recipients(); len(got) != 2 || got[0] != "Mailbox.CSPReviewPanel@education.gov.uk" || got[1] != "manager@example.org" {
		t.Errorf("mail sent to %v, want the Panel then the submitter", got)
	}
	if _, err := os.Stat(filepath.Join(f.dir, "receipts", out.ID+".pdf")); err != nil {
		t.Errorf("receipt not stored: %v", err)
	}
	if !strings.HasSuffix(out.Receipt, "receipts/"+out.ID+".pdf") {
		t.Errorf("receipt = %q", out.Receipt)
	}
	originals, _ := filepath.Glob(filepath.Join(f.dir, "submissions", "originals", out.ID, "*"))
	if len(originals) != 1 {
		t.Errorf("originals kept = %v, want one copy", originals)
	}
	rec, ok, err := f.ledger.Get(context.Background(), out.ID)
	if err != nil || !ok || rec.Status != intake.Accepted || rec.Receipt != out.Receipt {
		t.Errorf("ledger record = %+v, %v, %v", rec.Outcome, ok, err)
	}
}

func TestYearlyReportGoesToPanelAndWWC(t *testing.T) {
	f := newFixture(t)
	src := source("report.txt", yearlyReport)
	src.Received = time.Date(2024, 10, 2, 9, 0, 0, 0, time.UTC)
	out, err := f.p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != intake.Accepted || out.Kind != intake.YearlyReport {
		t.Fatalf("status, kind = %s, %s; findings %v", out.Status, out.Kind, out.Findings)
	}
	if got, want := deliveryStates(out), "panel=sent wwc=sent submitter=sent"; got != want {
		t.Errorf("deliveries = %s, want %s", got, want)
	}
	if out.Partnership == nil || out.Partnership.ID != "E08000035" {
		t.Errorf("partnership = %+v, want Leeds", out.Partnership)
	}
}

func TestSameSourceTwiceSendsNothingNew(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	first, err := f.p.Process(ctx, source("review.txt", rapidReview))
	if err != nil {
		t.Fatal(err)
	}
	second, err := f.p.Process(ctx, source("review.txt", rapidReview))
	if err != nil {
		t.Fatal(err)
	}
	if second.ID != first.ID || second.Status != intake.Duplicate {
		t.Errorf("second = %s %s, want %s duplicate", second.ID, second.Status, first.ID)
	}
	if !contains(codes(second.Findings), intake.DuplicateSubmission) {
		t.Errorf("second findings = %v, want duplicate_submission", codes(second.Findings))
	}
	if n := len(f.mail.Recipients()); n != 2 {
		t.Errorf("%d messages sent, want 2 (nothing for the repeat)", n)
	}
	rec, _, _ := f.ledger.Get(ctx, first.ID)
	if rec.Status != intake.Accepted {
		t.Errorf("stored status changed to %s", rec.Status)
	}
}

func TestSameContentUnderAnotherNameIsDuplicate(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	first, err := f.p.Process(ctx, source("review.txt", rapidReview))
	if err != nil {
		t.Fatal(err)
	}
	second, err := f.p.Process(ctx, source("review-copy.txt", rapidReview))
	if err != nil {
		t.Fatal(err)
	}
	if second.ID == first.ID || second.Status != intake.Duplicate || second.DuplicateOf != first.ID {
		t.Fatalf("second = %s %s of %q, want a new id, duplicate of %s", second.ID, second.Status, second.DuplicateOf, first.ID)
	}
	if got, want := deliveryStates(second), "panel=skipped submitter=sent"; got != want {
		t.Errorf("deliveries = %s, want %s", got, want)
	}
	if got := f.mail.Recipients(); len(got) != 3 || got[2] != "manager@example.org" {
		t.Errorf("mail sent to %v, want only the submitter told of the duplicate", got)
	}
}

// TestCorrectedResubmissionIsForwarded sends a yearly report without its
// publication date, which is rejected, then the same file with the date
// given at upload, as the rejection asks: that one is accepted and
// forwarded, not held back as a duplicate of the rejected one.
func TestCorrectedResubmissionIsForwarded(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	undated := strings.Replace(yearlyReport, "Published: 30 September 2024\n", "", 1)
	first, err := f.p.Process(ctx, source("yearly.txt", undated))
	if err != nil {
		t.Fatal(err)
	}
	if first.Status != intake.Rejected || !contains(codes(first.Findings), intake.PublicationDateMissing) {
		t.Fatalf("first = %s %v, want rejected for the missing publication date", first.Status, codes(first.Findings))
	}
	again := source("yearly.txt", undated)
	again.Key = "test:yearly.txt#2"
	again.Published = "2024-09-30"
	second, err := f.p.Process(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	if second.Status != intake.Accepted || second.DuplicateOf != "" {
		t.Fatalf("second = %s (duplicate of %q) %v, want accepted", second.Status, second.DuplicateOf, codes(second.Findings))
	}
	if got, want := deliveryStates(second), "panel=sent wwc=sent submitter=sent"; got != want {
		t.Errorf("deliveries = %s, want %s", got, want)
	}
}

func TestFailedRecipientIsRetriedAlone(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	down := true
	f.mail.FailWith(func(m intake.Mail) error {
		if down && m.To[0] == "Mailbox.CSPReviewPanel@education.gov.uk" {
			return errors.New("throttled")
		}
		return nil
	})
	out, err := f.p.Process(ctx, source("review.txt", rapidReview))
	if !errors.Is(err, pipeline.ErrIncomplete) {
		t.Fatalf("Process error = %v, want pipeline.ErrIncomplete", err)
	}
	if got, want := deliveryStates(out), "panel=failed submitter=sent"; got != want {
		t.Errorf("deliveries = %s, want %s", got, want)
	}
	down = false
	out, err = f.p.Process(ctx, source("review.txt", rapidReview))
	if err != nil {
		t.Fatalf("retry: %v", err)
	}
	if got, want := deliveryStates(out), "panel=sent submitter=sent"; got != want {
		t.Errorf("deliveries after retry = %s, want %s", got, want)
	}
	if got := f.mail.Recipients(); len(got) != 2 || got[1] != "Mailbox.CSPReviewPanel@education.gov.uk" {
		t.Errorf("mail sent to %v, want the submitter once, then the Panel once", got)
	}
	for _, d := range out.Deliveries {
		if d.Recipient == intake.RecipientPanel && d.Attempts != 2 {
			t.Errorf("panel attempts = %d, want 2", d.Attempts)
		}
	}
}

func TestRejectedGoesOnlyToSubmitter(t *testing.T) {
	f := newFixture(t)
	src := source("review.txt", strings.Replace(strings.Replace(rapidReview, "SIN reference: 2025/0412\n", "", 1),
		"Date the serious incident notification was submitted: 3 March 2025\n", "", 1))
	out, err := f.p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != intake.Rejected || !contains(codes(out.Findings), intake.SINMissing) {
		t.Fatalf("status %s findings %v, want rejected with sin_missing", out.Status, codes(out.Findings))
	}
	if got, want := deliveryStates(out), "panel=skipped submitter=sent"; got != want {
		t.Errorf("deliveries = %s, want %s", got, want)
	}
	if got := f.mail.Recipients(); len(got) != 1 || got[0] != "manager@example.org" {
		t.Errorf("mail sent to %v, want only the submitter", got)
	}
	if out.Receipt == "" {
		t.Error("a rejected document must still get a receipt")
	}
}

func TestUnreadableFileIsRecorded(t *testing.T) {
	f := newFixture(t)
	out, err := f.p.Process(context.Background(), pipeline.Source{Name: "empty.pdf", Key: "test:empty", Channel: intake.CLI, Received: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != intake.Rejected || !contains(codes(out.Findings), intake.EmptyFile) {
		t.Errorf("status %s findings %v, want rejected with empty_file", out.Status, codes(out.Findings))
	}
	if !strings.HasPrefix(out.ID, "UN-") {
		t.Errorf("id = %s, want an UN- reference for an unknown kind", out.ID)
	}
	if len(out.Deliveries) != 0 || len(f.mail.Recipients()) != 0 {
		t.Errorf("deliveries %v mail %v, want none without a submitter", out.Deliveries, f.mail.Recipients())
	}
}

func TestPartnershipHints(t *testing.T) {
	f := newFixture(t)
	src := source("review.txt", rapidReview)
	src.Partnership = "Leeds"
	out, err := f.p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if out.Partnership == nil || out.Partnership.ID != "E08000035" {
		t.Errorf("partnership = %+v, want the uploader's (Leeds)", out.Partnership)
	}
	if !contains(codes(out.Findings), intake.PartnershipMismatch) || out.Status != intake.Accepted {
		t.Errorf("findings %v status %s, want an accepted document with partnership_mismatch", codes(out.Findings), out.Status)
	}

	src = source("review2.txt", rapidReview)
	src.Partnership = "Atlantis"
	out, err = f.p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if out.Partnership != nil || !contains(codes(out.Findings), intake.PartnershipUnknown) || out.Status != intake.Rejected {
		t.Errorf("partnership %+v findings %v status %s, want rejected, partnership_unknown", out.Partnership, codes(out.Findings), out.Status)
	}
}

// TestPublishedHintIsForYearlyReports gives a publication date at upload
// for arrangements: it is a yearly report's hint (DESIGN 4.1), so the
// arrangements keep the date they state.
func TestPublishedHintIsForYearlyReports(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "fields", "testdata", "arrangements.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t)
	src := source("arrangements.txt", string(text))
	src.Kind = string(intake.Arrangements)
	src.Published = "2019-08-01"
	out, err := f.p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if out.Kind != intake.Arrangements {
		t.Fatalf("kind = %s, want arrangements", out.Kind)
	}
	if got := out.Fields["publication_date"]; got == "2019-08-01" {
		t.Errorf("publication_date = %s: the yearly report hint was applied to arrangements", got)
	}
	if contains(codes(out.Findings), intake.PublicationLate) {
		t.Errorf("findings %v: publication_late from a hint that does not apply", codes(out.Findings))
	}
}

func TestRacingWorkersSendOnce(t *testing.T) {
	f := newFixture(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := f.p.Process(context.Background(), source("review.txt", rapidReview))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	ok := 0
	for err := range errs {
		switch {
		case err == nil:
			ok++
		case !errors.Is(err, pipeline.ErrInFlight):
			// A loser of the race may only be told to come back later.
			t.Errorf("Process: %v", err)
		}
	}
	if ok == 0 {
		t.Error("no worker finished the submission")
	}
	if got := f.mail.Recipients(); len(got) != 2 {
		t.Errorf("mail sent to %v, want exactly one to the Panel and one to the submitter", got)
	}
	// Whoever lost the race, processing again completes without sending.
	if out, err := f.p.Process(context.Background(), source("review.txt", rapidReview)); err != nil || out.Status != intake.Duplicate {
		t.Errorf("after the race: %s, %v; want duplicate, no error", out.Status, err)
	}
}

// ledgerDown fails every ledger call, as a throttled or unreachable
// database would.
type ledgerDown struct{ pipeline.Ledger }

func (ledgerDown) Lookup(context.Context, string) (intake.Record, bool, error) {
	return intake.Record{}, false, errors.New("throttled")
}

// crashAfterClaim leaves every delivery it claims held, as a worker that
// died mid-send would.
type crashAfterClaim struct{ pipeline.Ledger }

func (crashAfterClaim) FinishDelivery(context.Context, string, intake.Delivery) error {
	return errors.New("worker died")
}

func TestHeldDeliveryIsTakenOverAfterItsLease(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := time.Date(2025, 3, 21, 12, 0, 0, 0, time.UTC)
	f.p.Now = func() time.Time { return now }
	f.p.Lease = time.Minute
	f.p.Ledger = crashAfterClaim{f.ledger}
	if _, err := f.p.Process(ctx, source("review.txt", rapidReview)); err == nil {
		t.Fatal("a worker that could not record its delivery reported success")
	}
	f.p.Ledger = f.ledger
	if _, err := f.p.Process(ctx, source("review.txt", rapidReview)); !errors.Is(err, pipeline.ErrInFlight) {
		t.Fatalf("within the lease: %v, want ErrInFlight so the message is retried", err)
	}
	now = now.Add(2 * time.Minute)
	out, err := f.p.Process(ctx, source("review.txt", rapidReview))
	if err != nil {
		t.Fatalf("after the lease: %v", err)
	}
	if got, want := deliveryStates(out), "panel=sent submitter=sent"; got != want {
		t.Errorf("deliveries = %s, want %s", got, want)
	}
}

func TestLedgerFailureIsAnError(t *testing.T) {
	f := newFixture(t)
	f.p.Ledger = ledgerDown{f.ledger}
	if _, err := f.p.Process(context.Background(), source("review.txt", rapidReview)); err == nil {
		t.Fatal("Process succeeded with the ledger down; want an error so the message is retried")
	}
	if n := len(f.mail.Recipients()); n != 0 {
		t.Errorf("%d messages sent with the ledger down, want none", n)
	}
}

func TestLargeDocumentTravelsAsLink(t *testing.T) {
	f := newFixture(t)
	f.p.AttachLimit = 100
	out, err := f.p.Process(context.Background(), source("review.txt", rapidReview))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range out.Deliveries {
		if d.Recipient == intake.RecipientPanel && d.Via != "link" {
			t.Errorf("panel via = %q, want link", d.Via)
		}
	}
	if len(f.mail.Sent()) == 0 || !strings.Contains(string(f.mail.Sent()[0].Raw), "file://") {
		t.Error("the Panel's message does not carry a link to the document")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestEmailedSubmission(t *testing.T) {
	f := newFixture(t)
	src := source("message.eml#review.txt", rapidReview)
	src.Channel = intake.Email
	src.MessageID = "<abc123@mail.coventry.gov.uk>"
	src.References = []string{"<earlier@mail.coventry.gov.uk>"}
	src.Subject = "Rapid review - Child Q"
	out, err := f.p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if out.Channel != intake.Email || out.Status != intake.Accepted {
		t.Fatalf("channel %s status %s findings %v", out.Channel, out.Status, codes(out.Findings))
	}
	ack := f.mail.Sent()[len(f.mail.Sent())-1]
	msg, err := mail.ReadMessage(bytes.NewReader(ack.Raw))
	if err != nil {
		t.Fatal(err)
	}
	refs := strings.Join(strings.Fields(msg.Header.Get("References")), " ")
	if ack.To[0] != "manager@example.org" || msg.Header.Get("In-Reply-To") != "<abc123@mail.coventry.gov.uk>" ||
		refs != "<earlier@mail.coventry.gov.uk> <abc123@mail.coventry.gov.uk>" {
		t.Errorf("acknowledgement to %v is not a threaded reply: In-Reply-To %q, References %q",
			ack.To, msg.Header.Get("In-Reply-To"), refs)
	}
}

func TestMessageFindingsStopTheDocumentBeingOpened(t *testing.T) {
	f := newFixture(t)
	src := source("message.eml#review.txt", rapidReview)
	src.Channel = intake.Email
	src.NoReply = true
	src.Findings = []intake.Finding{intake.NewFinding(intake.EmailVirus, "The message was flagged as carrying a virus.")}
	out, err := f.p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != intake.Rejected || strings.Join(codes(out.Findings), ",") != intake.EmailVirus {
		t.Errorf("status %s findings %v, want rejected with email_virus alone", out.Status, codes(out.Findings))
	}
	if out.Kind != intake.Unknown || out.MediaType != "" || len(out.Fields) != 0 {
		t.Errorf("the document was opened: kind %s, media type %q, fields %v", out.Kind, out.MediaType, out.Fields)
	}
	if len(out.Deliveries) != 0 || len(f.mail.Recipients()) != 0 {
		t.Errorf("deliveries %v, mail %v; want nothing sent and nobody replied to", out.Deliveries, f.mail.Recipients())
	}
}

// BenchmarkProcess measures one accepted submission through the whole
// pipeline with the embedded adapters: extraction, checks, receipt, two
// emails and the ledger's writes.
func BenchmarkProcess(b *testing.B) {
	f := newFixture(b)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		src := source(fmt.Sprintf("review-%d.txt", i), fmt.Sprintf("%s\nCopy %d.\n", rapidReview, i))
		if out, err := f.p.Process(ctx, src); err != nil || out.Status != intake.Accepted {
			b.Fatalf("Process: %s, %v", out.Status, err)
		}
	}
}

// An invocation that finds a delivery held by another leaves the receipt
// alone: the holder stores it once the delivery is settled, and a receipt
// rendered meanwhile would overwrite the final one with "being sent".
func TestReceiptWaitsForDeliveryHeldElsewhere(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.mail.FailTo("Mailbox.CSPReviewPanel@education.gov.uk", errors.New("throttled"))
	out, err := f.p.Process(ctx, source("review.txt", rapidReview))
	if !errors.Is(err, pipeline.ErrIncomplete) {
		t.Fatalf("Process error = %v, want pipeline.ErrIncomplete", err)
	}
	path := filepath.Join(f.dir, "receipts", out.ID+".pdf")
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Another invocation claims the Panel's retry and is still sending.
	ok, err := f.ledger.ClaimDelivery(ctx, out.ID, intake.RecipientPanel, time.Date(2025, 3, 21, 12, 0, 0, 0, time.UTC), time.Hour)
	if err != nil || !ok {
		t.Fatalf("ClaimDelivery = %v, %v; want the claim", ok, err)
	}
	f.mail.FailTo("", nil)
	if _, err := f.p.Process(ctx, source("review.txt", rapidReview)); !errors.Is(err, pipeline.ErrInFlight) {
		t.Fatalf("Process with the Panel's delivery held elsewhere = %v, want pipeline.ErrInFlight", err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the receipt was rewritten while another invocation held the Panel's delivery")
	}
}

// blindLedger hides every earlier copy from the check made before a
// submission is claimed, as happens when two copies are read at once.
type blindLedger struct{ pipeline.Ledger }

func (l blindLedger) FindContent(ctx context.Context, sha256 string, kind intake.Kind, partnershipID, exceptID string) (string, bool, error) {
	if exceptID == "" {
		return "", false, nil
	}
	return l.Ledger.FindContent(ctx, sha256, kind, partnershipID, exceptID)
}

// TestCopiesReadAtOnceAreForwardedOnce: two copies of one document that
// both pass the first duplicate check (read in parallel) are forwarded
// once; the one the ledger did not record first becomes the duplicate.
func TestCopiesReadAtOnceAreForwardedOnce(t *testing.T) {
	f := newFixture(t)
	f.p.Ledger = blindLedger{f.ledger}
	ctx := context.Background()
	first, err := f.p.Process(ctx, source("review.txt", rapidReview))
	if err != nil {
		t.Fatal(err)
	}
	second, err := f.p.Process(ctx, source("review-attached.txt", rapidReview))
	if err != nil {
		t.Fatal(err)
	}
	if first.Status != intake.Accepted || second.Status != intake.Duplicate || second.DuplicateOf != first.ID {
		t.Fatalf("outcomes %s and %s (duplicate of %q), want accepted then a duplicate of %s", first.Status, second.Status, second.DuplicateOf, first.ID)
	}
	if got, want := deliveryStates(second), "panel=skipped submitter=sent"; got != want {
		t.Errorf("second's deliveries = %s, want %s", got, want)
	}
	rec, ok, err := f.ledger.Get(ctx, second.ID)
	if err != nil || !ok {
		t.Fatalf("get %s: %v %v", second.ID, ok, err)
	}
	if rec.Status != intake.Duplicate || deliveryStates(rec.Outcome) != "panel=skipped submitter=sent" {
		t.Errorf("ledger holds %s %s, want the duplicate recorded as such", rec.Status, deliveryStates(rec.Outcome))
	}
	panel := 0
	for _, to := range f.mail.Recipients() {
		if strings.Contains(strings.ToLower(to), "cspreviewpanel") {
			panel++
		}
	}
	if panel != 1 {
		t.Errorf("the Panel was sent %d copies (mail to %v), want 1", panel, f.mail.Recipients())
	}

	// Run again, the duplicate stays a duplicate and nothing more is sent.
	before := len(f.mail.Recipients())
	if again, err := f.p.Process(ctx, source("review-attached.txt", rapidReview)); err != nil || again.Status != intake.Duplicate {
		t.Fatalf("again: %s %v", again.Status, err)
	}
	if n := len(f.mail.Recipients()); n != before {
		t.Errorf("processing the duplicate again sent %d more messages", n-before)
	}
}

// TestParallelCopiesForwardedOnce runs eight copies of one document under
// different names at once: one is forwarded, seven are duplicates of it.
func TestParallelCopiesForwardedOnce(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	outs := make([]intake.Outcome, 8)
	errs := make([]error, 8)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], errs[i] = f.p.Process(ctx, source(fmt.Sprintf("copy-%d.txt", i), rapidReview))
		}()
	}
	wg.Wait()
	accepted := 0
	for i, o := range outs {
		if errs[i] != nil {
			t.Fatalf("copy %d: %v", i, errs[i])
		}
		if o.Status == intake.Accepted {
			accepted++
		}
	}
	panel := 0
	for _, to := range f.mail.Recipients() {
		if strings.Contains(strings.ToLower(to), "cspreviewpanel") {
			panel++
		}
	}
	if accepted != 1 || panel != 1 {
		t.Errorf("%d accepted, %d sent to the Panel, want 1 and 1", accepted, panel)
	}
}

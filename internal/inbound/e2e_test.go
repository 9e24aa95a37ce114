package inbound_test

import (
	"context"
	"net/mail"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/inbound"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/routing"
	"github.com/safeguarding-intake/intake/internal/testkit/pipelinetest"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
)

// newPipeline builds the embedded pipeline with every recipient's address
// configured, on the fixtures' received day.
func newPipeline(tb testing.TB) (*pipeline.Pipeline, *pipelinetest.Mailer) {
	tb.Helper()
	x := pipelinetest.New(tb)
	routes := routing.Default()
	env := map[string]string{
		"RECIPIENT_PANEL": "panel@example.gov.uk",
		"RECIPIENT_WWC":   "wwc@example.org.uk",
		"RECIPIENT_DFE":   "dfe@example.gov.uk",
	}
	if err := routes.ApplyEnv(func(k string) string { return env[k] }); err != nil {
		tb.Fatal(err)
	}
	x.Pipeline.Routes = routes
	x.Pipeline.Sender = "intake@example.gov.uk"
	x.Pipeline.Now = func() time.Time { return time.Date(2025, 3, 21, 16, 0, 0, 0, time.UTC) }
	return x.Pipeline, x.Mail
}

// result is what the end-to-end table states of one outcome.
type result struct {
	File        string
	Status      intake.Status
	Kind        intake.Kind
	Partnership string
	Codes       []string
}

// TestEndToEnd processes every fixture as the CLI does (inbound.Read, then
// the pipeline with embedded adapters), then again, as a redelivered
// message would be: one outcome per document, one reply per message at
// most, none to spam, viruses, auto-replies or bounces, and nothing sent
// the second time.
func TestEndToEnd(t *testing.T) {
	const rejected, accepted = intake.Rejected, intake.Accepted
	tests := []struct {
		file    string
		from    string
		want    []result
		replies int
	}{
		{"outlook-rapid-review.eml", "jo.bloggs@coventry.gov.uk", []result{
			{"Rapid review - Child Q.pdf", accepted, intake.RapidReview, "E08000026", nil}}, 1},
		{"gmail-yearly-report.eml", "sam.patel@leeds.gov.uk", []result{
			{"LSCP Yearly Report 2023-24.pdf", accepted, intake.YearlyReport, "E08000035", nil}}, 1},
		{"outlook-windows-1252.eml", "a.khan@camden.gov.uk", []result{
			{"Camden arrangements 2024.docx", accepted, intake.Arrangements, "E09000007", nil}}, 1},
		{"thunderbird-rfc2231.eml", "chris.taylor@kent.gov.uk", []result{
			{"Rapid review – Child M.pdf", accepted, intake.RapidReview, "E10000016", nil}}, 1},
		{"apple-mail-encoded-names.eml", "m.jones@northyorks.gov.uk", []result{
			{"NY arrangements — 2023.docx", accepted, intake.Arrangements, "E06000065", []string{intake.CCGAfterICB}}}, 1},
		{"link-arrangements.eml", "p.wright@leeds.gov.uk", []result{
			{"arrangements-link.url", accepted, intake.Arrangements, "E08000035", nil}}, 1},
		{"two-attachments.eml", "jo.bloggs@coventry.gov.uk", []result{
			{"Rapid review Child Q.docx", accepted, intake.RapidReview, "E08000026", nil},
			{"Yearly report 2023-24.docx", rejected, intake.YearlyReport, "E08000026", []string{"missing_effectiveness"}}}, 1},
		{"forwarded-attachment.eml", "chris.taylor@kent.gov.uk", []result{
			{"Rapid review Child M.pdf", accepted, intake.RapidReview, "E10000016", nil}}, 1},
		{"partnership-mismatch.eml", "r.ahmed@leeds.gov.uk", []result{
			{"rapid-review.docx", accepted, intake.RapidReview, "E08000035", []string{intake.PartnershipMismatch}}}, 1},
		{"nothing-usable.eml", "jo.bloggs@coventry.gov.uk", []result{
			{"", rejected, intake.Unknown, "E08000026", []string{intake.EmptyFile}}}, 1},
		{"unsupported-attachment.eml", "jo.bloggs@coventry.gov.uk", []result{
			{"", rejected, intake.Unknown, "E08000026", []string{intake.UnsupportedType}}}, 1},
		{"sender-unverified.eml", "jo.bloggs@coventry.gov.uk", []result{
			{"", rejected, intake.Unknown, "E08000026", []string{intake.SenderUnverified}}}, 1},
		{"malformed-boundary.eml", "jo.bloggs@coventry.gov.uk", []result{
			{"", rejected, intake.Unknown, "E08000026", []string{intake.UnreadableDocument}}}, 1},
		{"malformed-truncated-base64.eml", "jo.bloggs@coventry.gov.uk", []result{
			{"Rapid review - Child Q.pdf", rejected, intake.RapidReview, "E08000026", []string{intake.UnreadableDocument}}}, 1},
		{"spam-verdict.eml", "offers@prize-winner.example", []result{
			{"", rejected, intake.Unknown, "", []string{intake.EmailSpam}}}, 0},
		{"virus-verdict.eml", "jo.bloggs@coventry.gov.uk", []result{
			{"", rejected, intake.Unknown, "E08000026", []string{intake.EmailVirus}}}, 0},
		{"auto-reply.eml", "jo.bloggs@coventry.gov.uk", []result{
			{"", rejected, intake.Unknown, "E08000026", []string{intake.EmptyFile}}}, 0},
		{"bounce.eml", "MAILER-DAEMON@eu-west-2.amazonses.com", []result{
			{"", rejected, intake.Unknown, "", []string{intake.EmptyFile}}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(testenv.Root(t), "testdata", "email", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			p, box := newPipeline(t)
			ctx := context.Background()
			opt := inbound.Options{File: tt.file, Registry: p.Registry, Received: time.Date(2025, 3, 21, 16, 0, 0, 0, time.UTC)}

			var got []result
			var ids []string
			for _, src := range inbound.Read(raw, opt) {
				out, err := p.Process(ctx, src)
				if err != nil {
					t.Fatalf("Process(%s): %v", src.Name, err)
				}
				ids = append(ids, out.ID)
				if out.Channel != intake.Email {
					t.Errorf("%s: channel %q, want email", out.File, out.Channel)
				}
				r := result{Status: out.Status, Kind: out.Kind}
				if name, ok := strings.CutPrefix(out.File, tt.file+"#"); ok {
					r.File = name
				} else if out.File != tt.file {
					t.Errorf("file %q, want %s or %s#<attachment>", out.File, tt.file, tt.file)
				}
				if out.Partnership != nil {
					r.Partnership = out.Partnership.ID
				}
				for _, f := range out.Findings {
					r.Codes = append(r.Codes, f.Code)
				}
				sort.Strings(r.Codes)
				got = append(got, r)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("outcomes (-want +got):\n%s", diff)
			}
			replies := box.To(tt.from)
			if len(replies) != tt.replies {
				t.Errorf("%d replies to the sender, want %d", len(replies), tt.replies)
			}
			orig, err := mail.ReadMessage(strings.NewReader(string(raw)))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range replies {
				m, err := mail.ReadMessage(strings.NewReader(string(r.Raw)))
				if err != nil {
					t.Fatal(err)
				}
				if got := m.Header.Get("Auto-Submitted"); got != "auto-generated" {
					t.Errorf("reply's Auto-Submitted = %q, want auto-generated", got)
				}
				// A reply in the sender's thread: clients thread by these
				// fields, and some by the subject too.
				id := orig.Header.Get("Message-Id")
				if got := m.Header.Get("In-Reply-To"); got != id {
					t.Errorf("reply's In-Reply-To = %q, want %q", got, id)
				}
				refs := strings.Fields(m.Header.Get("References"))
				if len(refs) == 0 || refs[len(refs)-1] != id {
					t.Errorf("reply's References = %q, want them to end with %q", refs, id)
				}
				if !strings.HasPrefix(r.Subject, "Re: ") {
					t.Errorf("reply's Subject = %q, want Re: and the sender's subject", r.Subject)
				}
				// The one reply speaks for every document the message carried.
				for _, id := range ids {
					if !strings.Contains(r.Subject, id) {
						t.Errorf("reply's Subject = %q, want it to name %s", r.Subject, id)
					}
				}
			}

			// The same message again: recorded already, nothing sent.
			sent := len(box.Sent())
			for _, src := range inbound.Read(raw, opt) {
				out, err := p.Process(ctx, src)
				if err != nil {
					t.Fatalf("second Process(%s): %v", src.Name, err)
				}
				if out.Status != intake.Duplicate {
					t.Errorf("second time: %s is %s, want duplicate", out.File, out.Status)
				}
			}
			if n := len(box.Sent()) - sent; n != 0 {
				t.Errorf("the message processed again sent %d more emails, want none", n)
			}
		})
	}
}

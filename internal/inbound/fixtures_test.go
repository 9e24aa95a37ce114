package inbound

import (
	"bytes"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/registry"
)

func fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(testenv.Root(tb), "testdata", "email", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func sample(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(testenv.Root(tb), "testdata", "submissions", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// want is what a test expects of one submission.
type want struct {
	Name, Key, Kind, Partnership, Submitter string
	NoReply                                 bool
	Parts                                   int
	Codes                                   []string
	Sample                                  string // the file in testdata/submissions it carries
	Link                                    string // the link a link submission carries
	Received                                string // RFC 3339
}

func TestFixtures(t *testing.T) {
	reg := registry.Default()
	tests := []struct {
		file string
		want []want
	}{
		{"outlook-rapid-review.eml", []want{{
			Name: "outlook-rapid-review.eml#Rapid review - Child Q.pdf", Key: "email:LO2P265MB5183A1B2C3D4E5F6A7B8C9D0E1F2A3B4@LO2P265MB5183.GBRP265.PROD.OUTLOOK.COM#0",
			Kind: "rapid_review", Partnership: "E08000026", Submitter: "jo.bloggs@coventry.gov.uk",
			Sample: "rapid-review-coventry-child-q.pdf", Received: "2025-03-21T10:14:58Z",
		}}},
		{"gmail-yearly-report.eml", []want{{
			Name: "gmail-yearly-report.eml#LSCP Yearly Report 2023-24.pdf", Key: "email:CAF3kq9XbT0v+Lm2pQ8rN4s6u1w3y5A7c9E1g3I5k7M9o1Q3@mail.gmail.com#0",
			Kind: "yearly_report", Partnership: "E08000035", Submitter: "sam.patel@leeds.gov.uk",
			Sample: "yearly-report-leeds-2023-24.pdf", Received: "2024-10-03T15:02:07+01:00",
		}}},
		{"outlook-windows-1252.eml", []want{{
			Name: "outlook-windows-1252.eml#Camden arrangements 2024.docx", Key: "email:000f01db9a2b$6f1c2d30$4d548790$@camden.gov.uk#0",
			Kind: "arrangements", Partnership: "E09000007", Submitter: "a.khan@camden.gov.uk",
			Sample: "arrangements-camden-2024.docx", Received: "2025-03-21T09:31:40Z",
		}}},
		{"thunderbird-rfc2231.eml", []want{{
			Name: "thunderbird-rfc2231.eml#Rapid review – Child M.pdf", Key: "email:4f8e2a1c-7b3d-4e9f-a1c2-d3e4f5a6b7c8@kent.gov.uk#0",
			Kind: "rapid_review", Partnership: "E10000016", Submitter: "chris.taylor@kent.gov.uk",
			Sample: "rapid-review-kent-child-m.pdf", Received: "2025-03-21T11:02:27Z",
		}}},
		{"apple-mail-encoded-names.eml", []want{{
			Name: "apple-mail-encoded-names.eml#NY arrangements — 2023.docx", Key: "email:8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F@northyorks.gov.uk#0",
			Kind: "arrangements", Submitter: "m.jones@northyorks.gov.uk",
			Sample: "arrangements-north-yorkshire-2023-ccg.docx", Received: "2025-03-21T12:39:58Z",
		}}},
		{"link-arrangements.eml", []want{{
			Name: "link-arrangements.eml#arrangements-link.url", Key: "email:DB9P191MB1234ABCDEF0123456789@DB9P191MB1234.EURP191.PROD.OUTLOOK.COM#0",
			Kind: "arrangements", Partnership: "E08000035", Submitter: "p.wright@leeds.gov.uk",
			Link: "https://www.leedsscp.org.uk/about-us/leeds-safeguarding-children-partnership-arrangements", Received: "2025-03-21T14:20:03Z",
		}}},
		{"two-attachments.eml", []want{
			{
				Name: "two-attachments.eml#Rapid review Child Q.docx", Key: "email:two.attachments.1742569200@coventry.gov.uk#0",
				Partnership: "E08000026", Submitter: "jo.bloggs@coventry.gov.uk", Parts: 2,
				Sample: "rapid-review-coventry-child-q.docx", Received: "2025-03-21T15:00:00Z",
			},
			{
				Name: "two-attachments.eml#Yearly report 2023-24.docx", Key: "email:two.attachments.1742569200@coventry.gov.uk#1",
				Partnership: "E08000026", NoReply: true, Parts: 2,
				Sample: "yearly-report-coventry-no-effectiveness.docx", Received: "2025-03-21T15:00:00Z",
			},
		}},
		{"forwarded-attachment.eml", []want{{
			Name: "forwarded-attachment.eml#Rapid review Child M.pdf", Key: "email:AM0PR01MB9999FWDEXAMPLE@AM0PR01MB9999.eurprd01.prod.exchangelabs.com#0",
			Kind: "rapid_review", Partnership: "E10000016", Submitter: "chris.taylor@kent.gov.uk",
			Sample: "rapid-review-kent-child-m.pdf", Received: "2025-03-21T11:45:01Z",
		}}},
		{"partnership-mismatch.eml", []want{{
			Name: "partnership-mismatch.eml#rapid-review.docx", Key: "email:mismatch.1742569300@leeds.gov.uk#0",
			Kind: "rapid_review", Partnership: "E08000035", Submitter: "r.ahmed@leeds.gov.uk",
			Sample: "rapid-review-coventry-child-q.docx", Received: "2025-03-21T15:00:00Z",
		}}},
		{"nothing-usable.eml", []want{{
			Name: "nothing-usable.eml", Key: "email:nothing.1742569400@coventry.gov.uk#0",
			Partnership: "E08000026", Submitter: "jo.bloggs@coventry.gov.uk",
			Codes: []string{intake.EmptyFile}, Received: "2025-03-21T15:00:00Z",
		}}},
		{"unsupported-attachment.eml", []want{{
			Name: "unsupported-attachment.eml", Key: "email:unsupported.1742569500@coventry.gov.uk#0",
			Partnership: "E08000026", Submitter: "jo.bloggs@coventry.gov.uk",
			Codes: []string{intake.UnsupportedType}, Received: "2025-03-21T15:00:00Z",
		}}},
		{"spam-verdict.eml", []want{{
			Name: "spam-verdict.eml", Key: "email:spam.1742569600@prize-winner.example#0", NoReply: true,
			Codes: []string{intake.EmailSpam}, Received: "2025-03-21T15:00:00Z",
		}}},
		{"virus-verdict.eml", []want{{
			Name: "virus-verdict.eml", Key: "email:virus.1742569700@coventry.gov.uk#0", Partnership: "E08000026", NoReply: true,
			Codes: []string{intake.EmailVirus}, Received: "2025-03-21T15:00:00Z",
		}}},
		{"auto-reply.eml", []want{{
			Name: "auto-reply.eml", Key: "email:ooo.1742569800@coventry.gov.uk#0", Partnership: "E08000026", NoReply: true,
			Codes: []string{intake.EmptyFile}, Received: "2025-03-21T15:00:00Z",
		}}},
		{"bounce.eml", []want{{
			Name: "bounce.eml", Key: "email:bounce.1742569900@eu-west-2.amazonses.com#0", NoReply: true,
			Codes: []string{intake.EmptyFile}, Received: "2025-03-21T15:10:00Z",
		}}},
		{"sender-unverified.eml", []want{{
			Name: "sender-unverified.eml", Key: "email:spoofed.1742570000@coventry.gov.uk#0",
			Partnership: "E08000026", Submitter: "jo.bloggs@coventry.gov.uk",
			Codes: []string{intake.SenderUnverified}, Received: "2025-03-21T15:00:00Z",
		}}},
		{"sender-unaligned.eml", []want{{
			Name: "sender-unaligned.eml", Key: "email:unaligned.1742570050@coventry.gov.uk#0",
			Partnership: "E08000026", Submitter: "jo.bloggs@coventry.gov.uk",
			Codes: []string{intake.SenderUnverified}, Received: "2025-03-21T15:00:00Z",
		}}},
		{"malformed-boundary.eml", []want{{
			Name: "malformed-boundary.eml", Key: "email:badboundary.1742570100@coventry.gov.uk#0",
			Partnership: "E08000026", Submitter: "jo.bloggs@coventry.gov.uk",
			Codes: []string{intake.UnreadableDocument}, Received: "2025-03-21T15:00:00Z",
		}}},
		{"malformed-truncated-base64.eml", []want{{
			Name: "malformed-truncated-base64.eml#Rapid review - Child Q.pdf", Key: "email:truncated.1742570200@coventry.gov.uk#0",
			Kind: "rapid_review", Partnership: "E08000026", Submitter: "jo.bloggs@coventry.gov.uk",
			Codes: []string{intake.UnreadableDocument}, Sample: "rapid-review-coventry-child-q.pdf", Received: "2025-03-21T15:00:00Z",
		}}},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.file] = true
		t.Run(tt.file, func(t *testing.T) {
			srcs := Read(fixture(t, tt.file), Options{File: tt.file, Registry: reg})
			var got []want
			for i, s := range srcs {
				if s.Channel != intake.Email {
					t.Errorf("source %d: Channel = %q, want email", i, s.Channel)
				}
				var w want
				if i < len(tt.want) {
					w = tt.want[i]
				}
				got = append(got, describe(t, s, w))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Read(%s) (-want +got):\n%s", tt.file, diff)
			}
		})
	}
	// Every fixture the generator writes is covered here.
	all, err := filepath.Glob(filepath.Join(testenv.Root(t), "testdata", "email", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range all {
		if !seen[filepath.Base(f)] {
			t.Errorf("fixture %s has no expectation", filepath.Base(f))
		}
	}
}

// describe reduces a source to what the fixtures table states, checking
// its data against the sample or link w names.
func describe(tb testing.TB, s pipeline.Source, w want) want {
	tb.Helper()
	d := want{
		Name: s.Name, Key: s.Key, Kind: s.Kind, Partnership: s.Partnership,
		Submitter: s.Submitter, NoReply: s.NoReply, Parts: s.Parts, Received: s.Received.Format(time.RFC3339),
		Sample: w.Sample, Link: w.Link,
	}
	for _, f := range s.Findings {
		d.Codes = append(d.Codes, f.Code)
	}
	switch {
	case w.Sample != "" && len(w.Codes) == 0:
		if !bytes.Equal(s.Data, sample(tb, w.Sample)) {
			d.Sample = "(data differs from " + w.Sample + ")"
		}
	case w.Sample != "":
		// A damaged attachment: what arrived is a prefix of the file.
		if !bytes.HasPrefix(sample(tb, w.Sample), s.Data) {
			d.Sample = "(data is not a prefix of " + w.Sample + ")"
		}
	case w.Link != "":
		// The shortcut, or the sender's letter that gives the link.
		shortcut := "[InternetShortcut]\r\nURL=" + w.Link + "\r\n"
		letter := strings.Contains(string(s.Data), w.Link) && extract.IsLinkLetter(string(s.Data))
		if string(s.Data) != shortcut && !letter {
			d.Link = "(data " + string(s.Data) + ")"
		}
	case len(s.Data) != 0:
		d.Sample = "(unexpected data)"
	}
	return d
}

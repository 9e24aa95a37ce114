package receipt

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/safeguarding-intake/intake/internal/intake"
)

var update = flag.Bool("update", false, "rewrite the golden receipts in testdata/")

var issued = time.Date(2025, 3, 21, 10, 20, 0, 0, time.UTC)

// fixtures are the golden receipts, by file name.
var fixtures = map[string]intake.Outcome{
	"accepted_rapid_review": {
		ID:        "RR-2025-7F3K9Q",
		File:      "Rapid review – Child Q (Zoë’s case).pdf",
		Channel:   intake.Portal,
		SHA256:    "9f2c1a0b7e4d5c6b8a9f0e1d2c3b4a5968778695a4b3c2d1e0f9e8d7c6b5a493",
		Bytes:     1234567,
		MediaType: "application/pdf",
		Received:  time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC),
		Kind:      intake.RapidReview,
		Partnership: &intake.Partnership{
			ID: "E08000026", Name: "Coventry Safeguarding Children Partnership",
		},
		Fields: map[string]string{
			"title":           "Rapid review: Child Q",
			"sin_reference":   "SIN-2025-0113",
			"sin_date":        "2025-03-03",
			"review_date":     "2025-03-18",
			"lcspr_decision":  "yes",
			"national_review": "not_recommended",
			"child":           "Child Q",
		},
		Findings: []intake.Finding{
			{Code: "rapid_review_late", Severity: intake.SeverityWarning,
				Message: "The rapid review arrived after the deadline of 24 March 2025 – 15 working days from the SIN date."},
			{Code: "missing_learning", Severity: intake.SeverityWarning,
				Message: "The review does not say what learning the partners took from it; the Panel’s guidance asks for it (£0 cost to add)."},
		},
		Status: intake.Accepted,
		Deliveries: []intake.Delivery{
			{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySent, Via: "attachment"},
			{Recipient: intake.RecipientSubmitter, Address: "business.manager@coventry.example", Status: intake.DeliverySent},
		},
		Deadline:  &intake.Deadline{Rule: "15 working days from the SIN date", From: "2025-03-03", Due: "2025-03-24", Met: true},
		Submitter: "business.manager@coventry.example",
	},
	"rejected_yearly_report": {
		ID:          "YR-2025-K2M4P8",
		File:        "Annual report 2023–24 (Ealing’s).docx",
		Channel:     intake.Email,
		SHA256:      "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
		Bytes:       88213,
		MediaType:   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		Received:    time.Date(2025, 7, 4, 16, 5, 0, 0, time.UTC),
		Kind:        intake.YearlyReport,
		Partnership: &intake.Partnership{ID: "E09000009", Name: "Ealing Safeguarding Children Partnership"},
		Fields: map[string]string{
			"period_start": "2023-04-01",
			"period_end":   "2024-03-31",
		},
		Findings: []intake.Finding{
			{Code: "publication_date_missing", Severity: intake.SeverityError,
				Message: "We could not find the date the report was published. Add it to the front page – e.g. “Published 30 September 2024”."},
			{Code: "missing_effectiveness", Severity: intake.SeverityError,
				Message: "The report must say how effective the arrangements have been."},
			{Code: "missing_training", Severity: intake.SeverityWarning,
				Message: "The report does not describe multi-agency training."},
		},
		Status: intake.Rejected,
		Deliveries: []intake.Delivery{
			{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySkipped},
			{Recipient: intake.RecipientWWC, Address: "reports@foundations.example", Status: intake.DeliverySkipped},
		},
		Submitter: "scp@ealing.example",
	},
	"duplicate": {
		ID:          "RR-2025-8H2J4K",
		File:        "rapid-review.pdf",
		Channel:     intake.CLI,
		SHA256:      "9f2c1a0b7e4d5c6b8a9f0e1d2c3b4a5968778695a4b3c2d1e0f9e8d7c6b5a493",
		Bytes:       1234567,
		MediaType:   "application/pdf",
		Received:    time.Date(2025, 3, 22, 9, 0, 0, 0, time.UTC),
		Kind:        intake.RapidReview,
		Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
		Fields:      map[string]string{"sin_date": "2025-03-03", "lcspr_decision": "undecided"},
		Findings: []intake.Finding{
			{Code: "duplicate_submission", Severity: intake.SeverityInfo,
				Message: "This document was already received as RR-2025-7F3K9Q."},
		},
		Status:      intake.Duplicate,
		DuplicateOf: "RR-2025-7F3K9Q",
	},
	"arrangements_link": {
		ID:          "SA-2025-3QW9ZT",
		File:        "arrangements.url",
		Channel:     intake.Portal,
		SHA256:      "5d41402abc4b2a76b9719d911017c592ae4b1f0e5d41402abc4b2a76b9719d91",
		Bytes:       64,
		MediaType:   "text/uri-list",
		Received:    time.Date(2025, 10, 27, 12, 30, 0, 0, time.UTC),
		Kind:        intake.Arrangements,
		Partnership: &intake.Partnership{ID: "E10000030", Name: "Surrey Safeguarding Children Partnership"},
		Fields: map[string]string{
			"url":                     "https://www.surreyscp.example/about/our-safeguarding-arrangements-2025",
			"publication_date":        "2025-09-01",
			"implementation_date":     "2025-10-01",
			"partner_local_authority": "Surrey County Council",
			"partner_police":          "Surrey Police",
			"partner_health":          "NHS Surrey Heartlands Integrated Care Board",
		},
		Findings: []intake.Finding{
			{Code: "publication_late", Severity: intake.SeverityWarning,
				Message: "The arrangements were published after 29 June 2019."},
		},
		Status: intake.Accepted,
		Deliveries: []intake.Delivery{
			{Recipient: intake.RecipientDfE, Address: "safeguarding.reform@education.gov.uk", Status: intake.DeliverySent, Via: "link"},
		},
		Deadline:  &intake.Deadline{Rule: "published by 29 June 2019", Due: "2019-06-29", Met: false},
		Submitter: "partnership@surrey.example",
	},
	"accepted_practice_review": {
		ID:          "PR-2025-H7D2KM",
		File:        "LCSPR Child P final report.pdf",
		Channel:     intake.Email,
		SHA256:      "0b7e4d5c6b8a9f0e1d2c3b4a5968778695a4b3c2d1e0f9e8d7c6b5a4939f2c1a",
		Bytes:       2345678,
		MediaType:   "application/pdf",
		Received:    time.Date(2025, 2, 27, 9, 40, 0, 0, time.UTC),
		Kind:        intake.PracticeReview,
		Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
		Fields: map[string]string{
			"title":            "Local Child Safeguarding Practice Review: Child P",
			"child":            "Child P",
			"sin_reference":    "2024-0456",
			"decision_date":    "2024-09-16",
			"report_date":      "2025-02-14",
			"publication_date": "2025-03-10",
			"publication":      "full",
			"reviewer":         "Dr Helen Marsh",
		},
		Findings: []intake.Finding{
			{Code: "missing_child_perspective", Severity: intake.SeverityWarning,
				Message: "We could not find the child's perspective and the family's context in the document. Please cover it in future documents."},
		},
		Status: intake.Accepted,
		Deliveries: []intake.Delivery{
			{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk", Status: intake.DeliverySent, Via: "attachment"},
			{Recipient: intake.RecipientDfEReviews, Address: "reviews@example.gov.uk", Status: intake.DeliverySent, Via: "attachment"},
			{Recipient: intake.RecipientOfsted, Address: "ofsted@example.gov.uk", Status: intake.DeliverySent, Via: "attachment"},
		},
		Deadline:  &intake.Deadline{Rule: "at least 7 working days before the publication date", From: "2025-03-10", Due: "2025-02-27", Met: true},
		Submitter: "business.manager@coventry.example",
	},
}

func render(tb testing.TB, o intake.Outcome) []byte {
	tb.Helper()
	pdf, err := Render(o, Options{Issued: issued})
	if err != nil {
		tb.Fatalf("Render(%q) error: %v", o.ID, err)
	}
	return pdf
}

func TestGolden(t *testing.T) {
	for name, o := range fixtures {
		t.Run(name, func(t *testing.T) {
			got := render(t, o)
			path := filepath.Join("testdata", name+".pdf")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Render(%q) differs from %s (%d bytes, want %d); inspect and run go test -update if intended", o.ID, path, len(got), len(want))
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	o := fixtures["accepted_rapid_review"]
	first := render(t, o)
	for i := range 5 {
		if again := render(t, o); !bytes.Equal(first, again) {
			t.Fatalf("render %d differs from the first (%d vs %d bytes)", i+2, len(again), len(first))
		}
	}
	later, err := Render(o, Options{Issued: issued.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(first, later) {
		t.Errorf("Render with a different issue time gave the same bytes")
	}
}

// pdfText extracts the text of a PDF with pdftotext. Without it the test
// can only be skipped on a developer's machine; CI must have it.
func pdfText(tb testing.TB, pdf []byte) string {
	tb.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("pdftotext not on PATH; install poppler-utils")
		}
		tb.Skip("pdftotext not on PATH; install poppler-utils to check receipt text")
	}
	in := filepath.Join(tb.TempDir(), "receipt.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		tb.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		tb.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// oneLine joins the wrapped lines of extracted text so phrases that wrap
// can still be found.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestText(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"accepted_rapid_review", []string{
			"Receipt for a rapid review", "RR-2025-7F3K9Q", "Accepted",
			"Coventry Safeguarding Children Partnership", "Rapid review",
			"Rapid review – Child Q (Zoë’s case).pdf", "1.2 MB (1,234,567 bytes)",
			"Friday 21 March 2025, 10:15 GMT", "SIN date 3 March 2025", "Decision on a local review Yes",
			"View on a national review Not recommended",
			"Points to note",
			"The rapid review arrived after the deadline of 24 March 2025 – 15 working days from the SIN date.",
			"the Panel’s guidance asks for it (£0 cost to add).",
			"Due by Monday 24 March 2025 (15 working days from the SIN date, 3 March 2025): met",
			"Child Safeguarding Practice Review Panel panel@example.gov.uk — sent, document attached",
			"page 1 of 2",
		}},
		{"rejected_yearly_report", []string{
			"Receipt for a yearly report", "YR-2025-K2M4P8", "Rejected — not forwarded",
			"What you need to fix", "We could not find the date the report was published. Add it to the front page – e.g. “Published 30 September 2024”.",
			"The report must say how effective the arrangements have been.",
			"Points to note", "The report does not describe multi-agency training.",
			"Reporting period from 1 April 2023", "Friday 4 July 2025, 17:05 BST",
			"Annual report 2023–24 (Ealing’s).docx",
		}},
		{"duplicate", []string{
			"Duplicate", "already received this document as RR-2025-7F3K9Q", "First received as RR-2025-7F3K9Q",
			"Decision on a local review Not yet decided",
		}},
		{"accepted_practice_review", []string{
			"Receipt for a local child safeguarding practice review", "PR-2025-H7D2KM",
			"Kind Local child safeguarding practice review",
			"Due by Thursday 27 February 2025 (at least 7 working days before the publication date, 10 March 2025): met",
			"May be published At least 7 working days after we received it: on or after Monday 10 March 2025",
			"Decision to carry out the review 16 September 2024", "Reviewer Dr Helen Marsh",
			"What will be published The full report", "Publication date 10 March 2025",
			"Child Safeguarding Practice Review Panel panel@example.gov.uk — sent",
			"Secretary of State for Education (practice reviews) reviews@example.gov.uk — sent",
			"Ofsted ofsted@example.gov.uk — sent",
		}},
		{"arrangements_link", []string{
			"Receipt for safeguarding arrangements", "SA-2025-3QW9ZT",
			"Due by Saturday 29 June 2019 (published by 29 June 2019): not met",
			"Department for Education (Secretary of State)", "with a download link",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := oneLine(pdfText(t, render(t, fixtures[tt.name])))
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("receipt text lacks %q; got:\n%s", w, text)
				}
			}
		})
	}
}

// TestUnbroken checks values that wrap mid-word: with spaces and line
// breaks removed, each must appear whole.
func TestUnbroken(t *testing.T) {
	for _, name := range []string{"accepted_rapid_review", "arrangements_link"} {
		o := fixtures[name]
		text := strings.Join(strings.Fields(pdfText(t, render(t, o))), "")
		for _, want := range []string{o.SHA256, o.Fields["url"]} {
			if !strings.Contains(text, want) {
				t.Errorf("receipt %s lacks %q", name, want)
			}
		}
	}
}

// pristineFonts is taken when the package initialises, before any render.
var pristineFonts = [][32]byte{sha256.Sum256(goregular.TTF), sha256.Sum256(gobold.TTF), sha256.Sum256(gomono.TTF)}

// TestFontsUntouched guards against the PDF library writing into the
// shared font bytes, which once made a render depend on earlier ones.
func TestFontsUntouched(t *testing.T) {
	before := pristineFonts
	for _, o := range fixtures {
		render(t, o)
	}
	after := [][32]byte{sha256.Sum256(goregular.TTF), sha256.Sum256(gobold.TTF), sha256.Sum256(gomono.TTF)}
	for i := range before {
		if before[i] != after[i] {
			t.Errorf("font %d changed after rendering", i)
		}
	}
}

// TestOddInput checks that hostile or empty outcomes still give a PDF of
// at most two pages.
func TestOddInput(t *testing.T) {
	many := make([]intake.Finding, 5000)
	for i := range many {
		sev := intake.SeverityWarning
		if i%2 == 0 {
			sev = intake.SeverityError
		}
		many[i] = intake.Finding{Code: "missing_x", Severity: sev, Message: strings.Repeat("Very long message ", 100)}
	}
	tests := []struct {
		name string
		o    intake.Outcome
	}{
		{"empty", intake.Outcome{}},
		{"long file name", intake.Outcome{ID: "RR-2025-AAAAAA", File: strings.Repeat("a", 5000) + ".pdf", Status: intake.Accepted}},
		{"thousands of findings", intake.Outcome{ID: "YR-2025-BBBBBB", Findings: many, Status: intake.Rejected}},
		{"control characters", intake.Outcome{
			ID:          "RR-2025-CC\x00\r\n",
			File:        "a\x00b\r\nc\td\x1b[31m\u202ee.pdf",
			Partnership: &intake.Partnership{Name: "Bad\x07 \xff\xfe name"},
			Fields:      map[string]string{"title": "x\r\ny", "weird\nkey": "\x00", "sin_date": "not a date"},
			Findings:    []intake.Finding{{Severity: intake.SeverityError}},
			Deadline:    &intake.Deadline{},
		}},
		{"scripts the fonts lack", intake.Outcome{
			ID: "RR-2025-DDDDDD", File: "报告 😀 𝔘 \U0010FFFF.pdf",
			Fields: map[string]string{"title": strings.Repeat("😀", 400)},
		}},
		{"many deliveries", intake.Outcome{Deliveries: make([]intake.Delivery, 300)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pdf, err := Render(tt.o, Options{Issued: issued})
			if err != nil {
				t.Fatalf("Render(%s) error: %v", tt.name, err)
			}
			if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
				t.Fatalf("Render(%s) is not a PDF", tt.name)
			}
			if n := bytes.Count(pdf, []byte("/Type /Page\n")); n > 2 {
				t.Errorf("Render(%s) has %d pages, want at most 2", tt.name, n)
			}
			if text := pdfText(t, pdf); strings.ContainsAny(text, "\x00\x1b\x07") {
				t.Errorf("Render(%s) text holds control characters: %q", tt.name, text)
			}
		})
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"plain", 10, "plain"},
		{"  a\r\n\tb  ", 10, "a b"},
		{"x\r\nBcc: evil@x", 40, "x Bcc: evil@x"},
		{"\x00\x1b\u202e", 10, ""},
		{"abcdef", 3, "abc…"},
		{"\xff", 3, "\uFFFD"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in, tt.max); got != tt.want {
			t.Errorf("Clean(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestSize(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0 bytes"},
		{1, "1 byte"},
		{1023, "1,023 bytes"},
		{88213, "86 KB (88,213 bytes)"},
		{1234567, "1.2 MB (1,234,567 bytes)"},
		{-5, "0 bytes"},
	}
	for _, tt := range tests {
		if got := Size(tt.n); got != tt.want {
			t.Errorf("Size(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	o := fixtures["accepted_rapid_review"]
	glyphs()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Render(o, Options{Issued: issued}); err != nil {
			b.Fatal(err)
		}
	}
}

func Example() {
	pdf, err := Render(intake.Outcome{ID: "RR-2025-7F3K9Q", Kind: intake.RapidReview, Status: intake.Accepted}, Options{Issued: issued})
	fmt.Println(err, string(pdf[:5]))
	// Output: <nil> %PDF-
}

package notify

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/intake"
)

var update = flag.Bool("update", false, "rewrite the golden messages in testdata/")

func TestMain(m *testing.M) {
	Now = func() time.Time { return time.Date(2025, 3, 21, 10, 20, 0, 0, time.UTC) }
	differ := checkRendering()
	code := m.Run()
	if len(*differ) > 0 {
		fmt.Fprintf(os.Stderr, "%d messages rendered otherwise than by text/template and html/template; the first:\n%s\n", len(*differ), (*differ)[0])
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

const sender = "Safeguarding document intake <intake@example.gov.uk>"

var (
	panel      = Recipient{Name: intake.RecipientPanel, Label: "Child Safeguarding Practice Review Panel", Address: "panel@example.gov.uk"}
	dfe        = Recipient{Name: intake.RecipientDfE, Label: "Department for Education", Address: "safeguarding.reform@education.gov.uk"}
	receiptPDF = []byte("%PDF-1.4 receipt\n%%EOF\n")
	docPDF     = []byte("%PDF-1.4 the document\n%%EOF\n")
)

var rapidReview = intake.Outcome{
	ID:          "RR-2025-7F3K9Q",
	File:        "Rapid review – Zoë’s case.pdf",
	Channel:     intake.Portal,
	SHA256:      "9f2c1a0b7e4d5c6b8a9f0e1d2c3b4a5968778695a4b3c2d1e0f9e8d7c6b5a493",
	Bytes:       1234567,
	MediaType:   "application/pdf",
	Received:    time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC),
	Kind:        intake.RapidReview,
	Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
	Fields:      map[string]string{"sin_date": "2025-03-03", "lcspr_decision": "yes", "national_review": "not_recommended"},
	Findings: []intake.Finding{
		{Code: "rapid_review_late", Severity: intake.SeverityWarning, Message: "The rapid review arrived after 24 March 2025 – the deadline."},
	},
	Status:     intake.Accepted,
	Deliveries: []intake.Delivery{{Recipient: intake.RecipientPanel, Address: "panel@example.gov.uk"}},
	Deadline:   &intake.Deadline{Rule: "15 working days from the SIN date", From: "2025-03-03", Due: "2025-03-24", Met: true},
	Submitter:  "bm@coventry.example",
}

var rejectedReport = intake.Outcome{
	ID:          "YR-2025-K2M4P8",
	File:        "annual-report.docx",
	Received:    time.Date(2025, 7, 4, 16, 5, 0, 0, time.UTC),
	Kind:        intake.YearlyReport,
	Partnership: &intake.Partnership{ID: "E09000009", Name: "Ealing Safeguarding Children Partnership"},
	Findings: []intake.Finding{
		{Code: "publication_date_missing", Severity: intake.SeverityError, Message: "Add the date the report was published – e.g. “Published 30 September 2024”."},
		{Code: "missing_effectiveness", Severity: intake.SeverityError, Message: "The report must say how effective the arrangements have been."},
		{Code: "missing_training", Severity: intake.SeverityWarning, Message: "The report does not describe multi-agency training."},
	},
	Status: intake.Rejected,
}

var duplicate = intake.Outcome{
	ID:          "RR-2025-8H2J4K",
	File:        "rapid-review.pdf",
	Received:    time.Date(2025, 3, 22, 9, 0, 0, 0, time.UTC),
	Kind:        intake.RapidReview,
	Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
	Findings:    []intake.Finding{{Code: "duplicate_submission", Severity: intake.SeverityInfo, Message: "Already received as RR-2025-7F3K9Q."}},
	Status:      intake.Duplicate,
	DuplicateOf: "RR-2025-7F3K9Q",
}

var arrangements = intake.Outcome{
	ID:          "SA-2025-3QW9ZT",
	File:        "arrangements.url",
	Received:    time.Date(2025, 10, 27, 12, 30, 0, 0, time.UTC),
	Kind:        intake.Arrangements,
	Partnership: &intake.Partnership{ID: "E10000030", Name: "Surrey Safeguarding Children Partnership"},
	Fields:      map[string]string{"url": "https://www.surreyscp.example/arrangements", "publication_date": "2025-09-01"},
	Status:      intake.Accepted,
}

var practiceReview = intake.Outcome{
	ID:          "PR-2025-H7D2KM",
	File:        "LCSPR Child P final report.pdf",
	Channel:     intake.Email,
	Bytes:       2345678,
	Received:    time.Date(2025, 2, 27, 9, 40, 0, 0, time.UTC),
	Kind:        intake.PracticeReview,
	Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
	Fields:      map[string]string{"child": "Child P", "decision_date": "2024-09-16", "publication_date": "2025-03-10", "publication": "full", "reviewer": "Dr Helen Marsh"},
	Status:      intake.Accepted,
	Deliveries:  []intake.Delivery{{Recipient: intake.RecipientPanel}, {Recipient: intake.RecipientDfEReviews}, {Recipient: intake.RecipientOfsted}},
	Deadline:    &intake.Deadline{Rule: "at least 7 working days before the publication date", From: "2025-03-10", Due: "2025-02-27", Met: true},
	Submitter:   "bm@coventry.example",
}

var ofsted = Recipient{Name: intake.RecipientOfsted, Label: "Office for Standards in Education, Children's Services and Skills (Ofsted)", Address: "ofsted@example.gov.uk"}

// message is one email's three documents as the pipeline records them:
// received together, one accepted, one rejected, one a duplicate.
var message3 = func() []intake.Outcome {
	parts := []intake.Outcome{rapidReview, rejectedReport, duplicate}
	for i := range parts {
		parts[i].Channel = intake.Email
		parts[i].Received = rapidReview.Received
		parts[i].Submitter = "bm@coventry.example"
	}
	return parts
}()

var emailThread = Thread{
	InReplyTo:  "<CAF=abc123@mail.coventry.example>",
	References: []string{"<CAF=abc123@mail.coventry.example>"},
	Subject:    "Documents for the Panel",
}

// golden renders each message kind; the file name is the golden file.
func golden(tb testing.TB) map[string]intake.Mail {
	tb.Helper()
	must := func(m intake.Mail, err error) intake.Mail {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
		return m
	}
	return map[string]intake.Mail{
		"forward_attached": must(Forward(rapidReview, panel, sender, receiptPDF,
			Document{Name: rapidReview.File, ContentType: "application/pdf", Data: docPDF})),
		"forward_link": must(Forward(arrangements, dfe, sender, receiptPDF,
			Document{Name: "arrangements.url", Link: "https://intake.example/d/SA-2025-3QW9ZT?sig=abc&x=1"})),
		"forward_practice_review": must(Forward(practiceReview, ofsted, sender, receiptPDF,
			Document{Name: practiceReview.File, ContentType: "application/pdf", Data: docPDF})),
		"ack_practice_review": must(Acknowledge(practiceReview, "bm@coventry.example", sender, receiptPDF)),
		"ack_accepted":        must(Acknowledge(rapidReview, "bm@coventry.example", sender, receiptPDF)),
		"ack_rejected":        must(Acknowledge(rejectedReport, "scp@ealing.example", sender, receiptPDF)),
		"ack_duplicate":       must(Acknowledge(duplicate, "bm@coventry.example", sender, nil)),
		"ack_message": must(AcknowledgeMessage(message3, "bm@coventry.example", sender,
			[][]byte{receiptPDF, []byte("%PDF-1.4 second\n%%EOF\n"), []byte("%PDF-1.4 third\n%%EOF\n")}, emailThread)),
		"reminder": must(Reminder(*rapidReview.Partnership, "bm@coventry.example", sender, reminderDay, reminderItems)),
		"digest":   must(Digest("staff@example.gov.uk", sender, reminderDay, digestItems)),
	}
}

func TestGolden(t *testing.T) {
	for name, m := range golden(t) {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name+".eml")
			if *update {
				if err := os.WriteFile(path, m.Raw, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(m.Raw, want) {
				t.Errorf("%s differs from %s; inspect and run go test -update if intended:\n%s", name, path, m.Raw)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	a, b := golden(t), golden(t)
	for name := range a {
		if !bytes.Equal(a[name].Raw, b[name].Raw) {
			t.Errorf("%s differs between two renders", name)
		}
	}
}

// parsed is a message read back with the standard library.
type parsed struct {
	header      mail.Header
	text, html  string
	attachments map[string]string // file name -> content type
}

func parse(tb testing.TB, raw []byte) parsed {
	tb.Helper()
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		tb.Fatalf("mail.ReadMessage: %v", err)
	}
	p := parsed{header: msg.Header, attachments: map[string]string{}}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/mixed" {
		tb.Fatalf("Content-Type = %q (%v), want multipart/mixed", msg.Header.Get("Content-Type"), err)
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for i := 0; ; i++ {
		part, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("part %d: %v", i, err)
		}
		ct, cparams, err := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if err != nil {
			tb.Fatalf("part %d Content-Type %q: %v", i, part.Header.Get("Content-Type"), err)
		}
		if i == 0 {
			if ct != "multipart/alternative" {
				tb.Fatalf("first part is %s, want multipart/alternative", ct)
			}
			p.text, p.html = alternatives(tb, part, cparams["boundary"])
			continue
		}
		if enc := part.Header.Get("Content-Transfer-Encoding"); enc != "base64" {
			tb.Errorf("attachment %d encoding = %q, want base64", i, enc)
		}
		disp, dparams, err := mime.ParseMediaType(part.Header.Get("Content-Disposition"))
		if err != nil || disp != "attachment" {
			tb.Errorf("attachment %d disposition %q: %v", i, part.Header.Get("Content-Disposition"), err)
		}
		p.attachments[dparams["filename"]] = ct
	}
	return p
}

func alternatives(tb testing.TB, r io.Reader, boundary string) (text, html string) {
	tb.Helper()
	mr := multipart.NewReader(r, boundary)
	for {
		part, err := mr.NextRawPart()
		if err == io.EOF {
			return text, html
		}
		if err != nil {
			tb.Fatal(err)
		}
		ct, params, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if params["charset"] != "utf-8" {
			tb.Errorf("%s charset = %q, want utf-8", ct, params["charset"])
		}
		if enc := part.Header.Get("Content-Transfer-Encoding"); enc != "quoted-printable" {
			tb.Errorf("%s encoding = %q, want quoted-printable", ct, enc)
		}
		body, err := io.ReadAll(quotedprintable.NewReader(part))
		if err != nil {
			tb.Fatalf("%s: %v", ct, err)
		}
		switch ct {
		case "text/plain":
			text = string(body)
		case "text/html":
			html = string(body)
		default:
			tb.Errorf("unexpected alternative %s", ct)
		}
	}
}

func TestParts(t *testing.T) {
	msgs := golden(t)
	tests := []struct {
		name        string
		subject     string
		ref         string // X-Intake-Reference, when not the subject's last word
		date        string // the Date header: when the submission was received, as its receipt is issued
		to          string
		attachments map[string]string
		text        []string // in the plain-text part, and the HTML part unless html says otherwise
		html        []string
	}{
		{
			name:    "forward_attached",
			date:    "Fri, 21 Mar 2025 10:15:00 +0000",
			subject: "Rapid review — Coventry Safeguarding Children Partnership — RR-2025-7F3K9Q",
			to:      "panel@example.gov.uk",
			attachments: map[string]string{
				"receipt-RR-2025-7F3K9Q.pdf":    "application/pdf",
				"Rapid review – Zoë’s case.pdf": "application/pdf",
			},
			text: []string{"Coventry Safeguarding Children Partnership", "RR-2025-7F3K9Q", "SIN date: 3 March 2025",
				"Decision on a local review: Yes", "The rapid review arrived after 24 March 2025 – the deadline.",
				"Due by Monday 24 March 2025 (15 working days from the SIN date, 3 March 2025): met",
				"attached as Rapid review – Zoë’s case.pdf"},
			html: []string{"<td style=\"vertical-align:top;padding:8px 0;border-bottom:1px solid #b1b4b6\">3 March 2025</td>"},
		},
		{
			name:        "forward_link",
			date:        "Mon, 27 Oct 2025 12:30:00 +0000",
			subject:     "Safeguarding arrangements — Surrey Safeguarding Children Partnership — SA-2025-3QW9ZT",
			to:          "safeguarding.reform@education.gov.uk",
			attachments: map[string]string{"receipt-SA-2025-3QW9ZT.pdf": "application/pdf"},
			text:        []string{"link valid for 7 days", "https://intake.example/d/SA-2025-3QW9ZT?sig=abc&x=1", "Published at: https://www.surreyscp.example/arrangements"},
			html:        []string{`<a href="https://intake.example/d/SA-2025-3QW9ZT?sig=abc&amp;x=1"`},
		},
		{
			name:    "forward_practice_review",
			date:    "Thu, 27 Feb 2025 09:40:00 +0000",
			subject: "Local child safeguarding practice review — Coventry Safeguarding Children Partnership — PR-2025-H7D2KM",
			to:      "ofsted@example.gov.uk",
			attachments: map[string]string{
				"receipt-PR-2025-H7D2KM.pdf":     "application/pdf",
				"LCSPR Child P final report.pdf": "application/pdf",
			},
			text: []string{"has sent a local child safeguarding practice review for the Office for Standards in Education, Children's Services and Skills (Ofsted).",
				"Decision to carry out the review: 16 September 2024", "Reviewer: Dr Helen Marsh",
				"What will be published: The full report",
				"At least 7 working days after we received it: on or after Monday 10 March 2025"},
		},
		{
			name:        "ack_practice_review",
			date:        "Thu, 27 Feb 2025 09:40:00 +0000",
			subject:     "Received: Local child safeguarding practice review — Coventry Safeguarding Children Partnership — PR-2025-H7D2KM",
			to:          "bm@coventry.example",
			attachments: map[string]string{"receipt-PR-2025-H7D2KM.pdf": "application/pdf"},
			text: []string{"Child Safeguarding Practice Review Panel, Secretary of State for Education (practice reviews) and Ofsted",
				"on or after Monday 10 March 2025"},
		},
		{
			name:        "ack_accepted",
			date:        "Fri, 21 Mar 2025 10:15:00 +0000",
			subject:     "Received: Rapid review — Coventry Safeguarding Children Partnership — RR-2025-7F3K9Q",
			to:          "bm@coventry.example",
			attachments: map[string]string{"receipt-RR-2025-7F3K9Q.pdf": "application/pdf"},
			text:        []string{"forwarding it to the Child Safeguarding Practice Review Panel", "The rapid review arrived after 24 March 2025 – the deadline."},
		},
		{
			name:        "ack_rejected",
			date:        "Fri, 04 Jul 2025 17:05:00 +0100",
			subject:     "Not accepted: Yearly report — Ealing Safeguarding Children Partnership — YR-2025-K2M4P8",
			to:          "scp@ealing.example",
			attachments: map[string]string{"receipt-YR-2025-K2M4P8.pdf": "application/pdf"},
			text: []string{"could not forward it", "Add the date the report was published – e.g. “Published 30 September 2024”.",
				"The report must say how effective the arrangements have been.", "fix the points above and send the document again"},
			html: []string{"<li style=\"margin-bottom:6px\">The report must say how effective the arrangements have been.</li>"},
		},
		{
			name:        "ack_duplicate",
			date:        "Sat, 22 Mar 2025 09:00:00 +0000",
			subject:     "Already received: Rapid review — Coventry Safeguarding Children Partnership — RR-2025-8H2J4K",
			to:          "bm@coventry.example",
			attachments: map[string]string{},
			text:        []string{"already received this document as RR-2025-7F3K9Q", "not been forwarded again"},
		},
		{
			name:    "ack_message",
			date:    "Fri, 21 Mar 2025 10:15:00 +0000",
			subject: "Re: Documents for the Panel [Received: RR-2025-7F3K9Q; Not accepted: YR-2025-K2M4P8; Already received: RR-2025-8H2J4K]",
			ref:     "RR-2025-7F3K9Q",
			to:      "bm@coventry.example",
			attachments: map[string]string{
				"receipt-RR-2025-7F3K9Q.pdf": "application/pdf",
				"receipt-YR-2025-K2M4P8.pdf": "application/pdf",
				"receipt-RR-2025-8H2J4K.pdf": "application/pdf",
			},
			text: []string{"with 3 documents", "1. Rapid review – Zoë’s case.pdf", "2. annual-report.docx", "3. rapid-review.pdf",
				"forwarded to the Child Safeguarding Practice Review Panel", "Not accepted: we could not forward it",
				"Add the date the report was published – e.g. “Published 30 September 2024”.",
				"The report must say how effective the arrangements have been.",
				"Already received as RR-2025-7F3K9Q", "The rapid review arrived after 24 March 2025 – the deadline.",
				"send those documents again"},
			html: []string{"<li style=\"margin-bottom:6px\">The report must say how effective the arrangements have been.</li>",
				"<h2 style=\"font-size:22px;margin:32px 0 8px\">2. annual-report.docx</h2>"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := msgs[tt.name]
			p := parse(t, m.Raw)
			dec := new(mime.WordDecoder)
			subject, err := dec.DecodeHeader(p.header.Get("Subject"))
			if err != nil || subject != tt.subject {
				t.Errorf("Subject = %q (%v), want %q", subject, err, tt.subject)
			}
			if m.Subject != tt.subject {
				t.Errorf("Mail.Subject = %q, want %q", m.Subject, tt.subject)
			}
			to, err := p.header.AddressList("To")
			if err != nil || len(to) != 1 || to[0].Address != tt.to {
				t.Errorf("To = %v (%v), want %s", to, err, tt.to)
			}
			if diff := cmp.Diff([]string{tt.to}, m.To); diff != "" {
				t.Errorf("Mail.To (-want +got):\n%s", diff)
			}
			if m.From != "intake@example.gov.uk" {
				t.Errorf("Mail.From = %q, want the bare sender address", m.From)
			}
			ref := tt.ref
			if ref == "" {
				ref = strings.Fields(tt.subject)[len(strings.Fields(tt.subject))-1]
			}
			for k, want := range map[string]string{
				"Auto-Submitted":     "auto-generated",
				"MIME-Version":       "1.0",
				"X-Intake-Reference": ref,
				"Date":               tt.date,
			} {
				if got := p.header.Get(k); got != want {
					t.Errorf("%s = %q, want %q", k, got, want)
				}
			}
			if diff := cmp.Diff(tt.attachments, p.attachments); diff != "" {
				t.Errorf("attachments (-want +got):\n%s", diff)
			}
			for _, w := range tt.text {
				if !strings.Contains(p.text, w) {
					t.Errorf("text part lacks %q:\n%s", w, p.text)
				}
			}
			for _, w := range tt.html {
				if !strings.Contains(p.html, w) {
					t.Errorf("HTML part lacks %q:\n%s", w, p.html)
				}
			}
		})
	}
}

func TestMessageID(t *testing.T) {
	m, err := Forward(rapidReview, panel, sender, nil, Document{})
	if err != nil {
		t.Fatal(err)
	}
	h := parse(t, m.Raw).header
	if got, want := h.Get("Message-ID"), "<RR-2025-7F3K9Q.panel@example.gov.uk>"; got != want {
		t.Errorf("Message-ID = %q, want %q", got, want)
	}
	a, err := Acknowledge(rapidReview, "bm@coventry.example", "intake@example.gov.uk", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := parse(t, a.Raw).header.Get("Message-ID"), "<RR-2025-7F3K9Q.submitter@example.gov.uk>"; got != want {
		t.Errorf("Message-ID = %q, want %q", got, want)
	}
}

// TestNoHeaderInjection feeds document-controlled values crafted to add
// headers and checks that no header but the expected ones appears and no
// header line holds a bare CR or LF.
func TestNoHeaderInjection(t *testing.T) {
	evil := "x\r\nBcc: evil@x\r\n\r\nbody"
	o := rapidReview
	o.ID = "RR-2025-7F3K9Q\r\nBcc: evil@x"
	o.File = "review" + evil + ".pdf"
	o.Partnership = &intake.Partnership{ID: "E1\nBcc: evil@x", Name: "Coventry" + evil}
	o.Fields = map[string]string{"title": evil, "partnership_name": evil, "bcc\r\nBcc: evil@x": evil}
	o.Findings = []intake.Finding{{Severity: intake.SeverityWarning, Message: evil}}
	o.DuplicateOf = evil
	to := Recipient{Name: "panel\r\nBcc: evil@x", Label: "Panel" + evil, Address: "panel@example.gov.uk"}
	doc := Document{Name: "../../" + evil + ".pdf", ContentType: "application/pdf\r\nBcc: evil@x", Data: docPDF}

	fwd, err := Forward(o, to, sender, receiptPDF, doc)
	if err != nil {
		t.Fatalf("Forward: %v", err)
	}
	ack, err := Acknowledge(o, "bm@coventry.example", sender, receiptPDF)
	if err != nil {
		t.Fatalf("Acknowledge: %v", err)
	}
	msg, err := AcknowledgeMessage([]intake.Outcome{o, o}, "bm@coventry.example", sender, [][]byte{receiptPDF, receiptPDF}, Thread{})
	if err != nil {
		t.Fatalf("AcknowledgeMessage: %v", err)
	}
	for name, m := range map[string]intake.Mail{"forward": fwd, "ack": ack, "message": msg} {
		msg, err := mail.ReadMessage(bytes.NewReader(m.Raw))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k := range msg.Header {
			switch k {
			case "From", "To", "Subject", "Date", "Message-Id", "Mime-Version", "Auto-Submitted",
				"X-Auto-Response-Suppress", "X-Intake-Reference", "Content-Type":
			default:
				t.Errorf("%s has unexpected header %q", name, k)
			}
		}
		if strings.Contains(strings.ToLower(string(m.Raw)), "\nbcc:") {
			t.Errorf("%s holds a Bcc line:\n%s", name, m.Raw)
		}
		if strings.ContainsAny(m.Subject, "\r\n") {
			t.Errorf("%s Mail.Subject = %q holds a line break", name, m.Subject)
		}
		p := parse(t, m.Raw)
		for fn := range p.attachments {
			if strings.ContainsAny(fn, "\r\n/\\") {
				t.Errorf("%s attachment name %q holds a line break or path", name, fn)
			}
		}
		if got := msg.Header.Get("X-Intake-Reference"); got != "RR-2025-7F3K9QBccevilx" {
			t.Errorf("%s X-Intake-Reference = %q", name, got)
		}
	}
}

func TestBadAddresses(t *testing.T) {
	tests := []struct {
		name, to, from string
	}{
		{"injected recipient", "bm@coventry.example\r\nBcc: evil@x", sender},
		{"not an address", "nobody", sender},
		{"empty recipient", "", sender},
		{"bad sender", "bm@coventry.example", "intake"},
		{"injected sender", "bm@coventry.example", "intake@example.gov.uk\nBcc: evil@x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Acknowledge(rapidReview, tt.to, tt.from, nil); err == nil {
				t.Errorf("Acknowledge(to %q, from %q) = nil error, want one", tt.to, tt.from)
			}
			if _, err := Forward(rapidReview, Recipient{Name: "panel", Address: tt.to}, tt.from, nil, Document{}); err == nil {
				t.Errorf("Forward(to %q, from %q) = nil error, want one", tt.to, tt.from)
			}
		})
	}
}

// TestOddOutcomes renders outcomes with nothing in them or far too much
// and checks each still parses.
func TestOddOutcomes(t *testing.T) {
	many := make([]intake.Finding, 3000)
	for i := range many {
		many[i] = intake.Finding{Severity: intake.SeverityError, Message: strings.Repeat("fix ", 500)}
	}
	tests := []struct {
		name string
		o    intake.Outcome
	}{
		{"empty", intake.Outcome{}},
		{"thousands of findings", intake.Outcome{ID: "YR-2025-AAAAAA", Status: intake.Rejected, Findings: many}},
		{"invalid UTF-8", intake.Outcome{ID: "\xff\xfe", File: "\xff.pdf", Partnership: &intake.Partnership{Name: "\xc3"}}},
		{"long names", intake.Outcome{File: strings.Repeat("é", 10000), Partnership: &intake.Partnership{Name: strings.Repeat("ß", 10000)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, render := range []func() (intake.Mail, error){
				func() (intake.Mail, error) { return Acknowledge(tt.o, "a@example.com", sender, receiptPDF) },
				func() (intake.Mail, error) {
					return Forward(tt.o, panel, sender, receiptPDF, Document{Name: tt.o.File, Data: docPDF})
				},
			} {
				m, err := render()
				if err != nil {
					t.Fatalf("render(%s): %v", tt.name, err)
				}
				p := parse(t, m.Raw)
				if p.text == "" || p.html == "" {
					t.Errorf("render(%s) lacks a text or HTML part", tt.name)
				}
				if len(m.Raw) > 1<<20 {
					t.Errorf("render(%s) is %d bytes, want under 1 MiB", tt.name, len(m.Raw))
				}
			}
		})
	}
}

// TestNoDocumentText checks that only what the outcome carries reaches the
// body: the attached document's bytes appear only base64-encoded.
func TestNoDocumentText(t *testing.T) {
	secret := []byte("Child A lives at 1 Secret Street")
	m, err := Forward(rapidReview, panel, sender, receiptPDF, Document{Name: "r.pdf", ContentType: "application/pdf", Data: secret})
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, m.Raw)
	if strings.Contains(p.text, "Secret Street") || strings.Contains(p.html, "Secret Street") || bytes.Contains(m.Raw, []byte("Secret Street")) {
		t.Errorf("document text appears in the message")
	}
}

func BenchmarkForward(b *testing.B) {
	doc := Document{Name: "review.pdf", ContentType: "application/pdf", Data: bytes.Repeat([]byte("x"), 2<<20)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Forward(rapidReview, panel, sender, receiptPDF, doc); err != nil {
			b.Fatal(err)
		}
	}
}

package inbound

import (
	"errors"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/registry"
)

func header(tb testing.TB, s string) mail.Header {
	tb.Helper()
	m, err := mail.ReadMessage(strings.NewReader(s + "\r\n"))
	if err != nil {
		tb.Fatal(err)
	}
	return m.Header
}

func TestAuthResults(t *testing.T) {
	tests := []struct {
		name   string
		fields string
		want   Auth
	}{
		{"SES, all pass", "Authentication-Results: amazonses.com;\r\n spf=pass (spfCheck: domain of x designates 1.2.3.4 as permitted sender) client-ip=1.2.3.4; envelope-from=jo@x.gov.uk; helo=h;\r\n dkim=pass header.i=@x.gov.uk;\r\n dmarc=pass header.from=x.gov.uk;\r\n",
			Auth{Found: true, SPF: Result{"pass", "x.gov.uk"}, DKIM: []Result{{"pass", "x.gov.uk"}}, DMARC: Result{"pass", "x.gov.uk"}}},
		{"SES, all fail", "Authentication-Results: amazonses.com; spf=fail; dkim=none; dmarc=fail header.from=x;\r\n",
			Auth{Found: true, SPF: Result{"fail", ""}, DKIM: []Result{{"none", ""}}, DMARC: Result{"fail", "x"}}},
		{"each signature with its domain", "Authentication-Results: amazonses.com; dkim=fail header.i=@a; dkim=pass header.d=B.example header.i=jo@b.example\r\n",
			Auth{Found: true, DKIM: []Result{{"fail", "a"}, {"pass", "b.example"}}}},
		{"smtp.mailfrom before envelope-from", "Authentication-Results: amazonses.com; spf=pass smtp.mailfrom=<bounce@mailer.example>; envelope-from=jo@x.gov.uk\r\n",
			Auth{Found: true, SPF: Result{"pass", "mailer.example"}}},
		{"upper case and a version", "Authentication-Results: AmazonSES.com 1; SPF=Pass\r\n",
			Auth{Found: true, SPF: Result{"pass", ""}}},
		{"another server's header is not believed", "Authentication-Results: mx.attacker.example; dkim=pass; spf=pass; dmarc=pass\r\n",
			Auth{}},
		{"only the first field counts", "Authentication-Results: amazonses.com; spf=fail; dkim=fail; dmarc=fail\r\nAuthentication-Results: amazonses.com; dkim=pass\r\n",
			Auth{Found: true, SPF: Result{"fail", ""}, DKIM: []Result{{"fail", ""}}, DMARC: Result{"fail", ""}}},
		{"a comment cannot smuggle a result", "Authentication-Results: amazonses.com; spf=fail (x; dkim=pass) smtp.mailfrom=x\r\n",
			Auth{Found: true, SPF: Result{"fail", "x"}}},
		{"absent", "Subject: x\r\n", Auth{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := authResults(header(t, tt.fields)["Authentication-Results"])
			if !cmp.Equal(got, tt.want) {
				t.Errorf("authResults(%q) = %+v, want %+v", tt.fields, got, tt.want)
			}
		})
	}
}

// TestAuthVerified checks that only a pass aligned with the From domain
// vouches for a message, and that DMARC failing for it overrides any pass.
func TestAuthVerified(t *testing.T) {
	const from = "jo.bloggs@coventry.gov.uk"
	pass := func(d string) Result { return Result{"pass", d} }
	tests := []struct {
		name string
		auth Auth
		want bool
	}{
		{"all aligned", Auth{SPF: pass("coventry.gov.uk"), DKIM: []Result{pass("coventry.gov.uk")}, DMARC: pass("coventry.gov.uk")}, true},
		{"aligned DKIM alone", Auth{DKIM: []Result{{"fail", "coventry.gov.uk"}, pass("coventry.gov.uk")}}, true},
		{"DKIM from a subdomain (relaxed)", Auth{DKIM: []Result{pass("mail.coventry.gov.uk")}}, true},
		{"aligned SPF alone", Auth{SPF: pass("bounces.coventry.gov.uk")}, true},
		{"DMARC pass for the From domain", Auth{DMARC: pass("coventry.gov.uk")}, true},
		{"SPF pass for an unrelated envelope domain", Auth{SPF: pass("bulk-mailer.example"), DKIM: []Result{{"none", ""}}, DMARC: Result{"fail", "coventry.gov.uk"}}, false},
		{"SPF pass for an unrelated domain, no DMARC", Auth{SPF: pass("bulk-mailer.example")}, false},
		{"DKIM pass for another council", Auth{DKIM: []Result{pass("kent.gov.uk")}}, false},
		{"a shared public suffix is not alignment", Auth{DKIM: []Result{pass("gov.uk")}}, false},
		{"DMARC pass for another domain", Auth{DMARC: pass("attacker.example")}, false},
		{"DMARC fails for the From domain despite an aligned pass", Auth{DKIM: []Result{pass("coventry.gov.uk")}, DMARC: Result{"fail", "coventry.gov.uk"}}, false},
		{"DMARC fails naming no domain", Auth{SPF: pass("coventry.gov.uk"), DMARC: Result{"fail", ""}}, false},
		{"a pass naming no domain", Auth{SPF: pass(""), DKIM: []Result{pass("")}}, false},
		{"nothing", Auth{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.auth.Verified(from); got != tt.want {
				t.Errorf("%+v.Verified(%q) = %v, want %v", tt.auth, from, got, tt.want)
			}
		})
	}
}

func TestAutomatic(t *testing.T) {
	tests := []struct {
		fields string
		want   Automatic
	}{
		{"From: jo@coventry.gov.uk\r\nSubject: Rapid review\r\n", Person},
		{"From: jo@coventry.gov.uk\r\nX-Auto-Response-Suppress: All\r\n", Person},
		{"From: jo@coventry.gov.uk\r\nAuto-Submitted: no\r\n", Person},
		{"From: jo@coventry.gov.uk\r\nAuto-Submitted: auto-replied\r\n", AutoReply},
		{"From: jo@coventry.gov.uk\r\nAuto-Submitted: auto-generated\r\n", AutoReply},
		{"From: jo@coventry.gov.uk\r\nX-Autoreply: yes\r\n", AutoReply},
		{"From: jo@coventry.gov.uk\r\nSubject: Automatic reply: Received\r\n", AutoReply},
		{"From: jo@coventry.gov.uk\r\nSubject: =?utf-8?Q?Out_of_Office:_back_Monday?=\r\n", AutoReply},
		{"From: jo@coventry.gov.uk\r\nPrecedence: bulk\r\n", Bulk},
		{"From: jo@coventry.gov.uk\r\nPrecedence: junk\r\n", Bulk},
		{"From: news@list.example\r\nList-Id: <news.list.example>\r\n", Bulk},
		{"From: MAILER-DAEMON@mx.example\r\n", Bounce},
		{"From: Mail Delivery System <postmaster@mx.example>\r\n", Bounce},
		{"From: jo@coventry.gov.uk\r\nReturn-Path: <>\r\n", Bounce},
		{"From: jo@coventry.gov.uk\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=x\r\n", Bounce},
		{"From: jo@coventry.gov.uk\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=x\r\n", Bounce},
	}
	for _, tt := range tests {
		h := header(t, tt.fields)
		if got := automatic(h, sender(h.Get("From"))); got != tt.want {
			t.Errorf("automatic(%q) = %q, want %q", tt.fields, got, tt.want)
		}
	}
}

func TestSender(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jo Bloggs <Jo.Bloggs@Coventry.GOV.UK>", "Jo.Bloggs@coventry.gov.uk"},
		{`"Khan, Aisha" <a.khan@camden.gov.uk>`, "a.khan@camden.gov.uk"},
		{"=?utf-8?Q?Zo=C3=AB_Smith?= <zoe@leeds.gov.uk>", "zoe@leeds.gov.uk"},
		{"Broken \"quote <jo@kent.gov.uk>", "jo@kent.gov.uk"},
		{"jo@kent.gov.uk, other@kent.gov.uk", "jo@kent.gov.uk"},
		{"no address here", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := sender(tt.in); got != tt.want {
			t.Errorf("sender(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecoding(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"RFC 2047 in windows-1252", decodeWords("=?windows-1252?Q?=93Rapid_review=94_=96_Child_L?="), "“Rapid review” – Child L"},
		{"RFC 2047 in iso-8859-1, base64", decodeWords("=?iso-8859-1?B?Q2Fm6SBub3Rlcw==?="), "Café notes"},
		{"RFC 2047 with an unknown charset", decodeWords("=?x-unknown?Q?abc?="), "=?x-unknown?Q?abc?="},
		{"RFC 2231 in UTF-8, via the header", fileName("", "Rapid review – Child L.docx"), "Rapid review – Child L.docx"},
		{"RFC 2231 in windows-1252", fileName("windows-1252'en-gb'Rapid%20review%20%96%20Child%20L.docx"), "Rapid review – Child L.docx"},
		{"RFC 2047 inside a quoted name", fileName("=?utf-8?B?UmFwaWQgcmV2aWV3IOKAkyBDaGlsZCBMLnBkZg==?="), "Rapid review – Child L.pdf"},
		{"directories are dropped", fileName(`..\..\windows\review.pdf`), "review.pdf"},
		{"windows-1252 body", decodeCharset([]byte("\x93quoted\x94 \xa3100"), "windows-1252"), "“quoted” £100"},
		{"iso-8859-1 body", decodeCharset([]byte("caf\xe9"), "ISO-8859-1"), "café"},
		{"undeclared non-UTF-8 body is windows-1252", decodeCharset([]byte("it\x92s"), ""), "it’s"},
		{"quoted-printable, soft breaks and bad escapes", string(decodeQP([]byte("caf=E9 =\r\nau lait =ZZ 100=25="))), "caf\xe9 au lait =ZZ 100%"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestDecodeBase64(t *testing.T) {
	tests := []struct {
		in          string
		want        string
		wantDamaged bool
	}{
		{"SGVsbG8sIHdvcmxk\r\nIQ==\r\n", "Hello, world!", false},
		{"SGVsbG8sIHdvcmxkIQ", "Hello, world!", false}, // unpadded
		{"SGVsbG8sIHdvcmxkI", "Hello, world", true},    // cut mid-quantum
		{"SGVs*bG8=", "Hello", true},                   // a stray character
	}
	for _, tt := range tests {
		got, damaged := decodeBase64([]byte(tt.in))
		if string(got) != tt.want || damaged != tt.wantDamaged {
			t.Errorf("decodeBase64(%q) = %q, %v; want %q, %v", tt.in, got, damaged, tt.want, tt.wantDamaged)
		}
	}
}

func TestReceivedAt(t *testing.T) {
	at := func(s string) time.Time {
		t.Helper()
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	fallback := at("2025-06-01T09:00:00Z")
	tests := []struct {
		name          string
		date, arrived string
		want          string
	}{
		{"the Date, minutes before SES took it", "2025-03-21T10:14:58Z", "2025-03-21T10:15:07Z", "2025-03-21T10:14:58Z"},
		{"the Date, with no Received field", "2025-03-21T10:14:58Z", "", "2025-03-21T10:14:58Z"},
		{"backdated by days: SES's time", "2025-03-01T10:00:00Z", "2025-03-21T10:15:07Z", "2025-03-21T10:15:07Z"},
		{"dated in SES's future: SES's time", "2025-03-22T10:00:00Z", "2025-03-21T10:15:07Z", "2025-03-21T10:15:07Z"},
		{"no Date: SES's time", "", "2025-03-21T10:15:07Z", "2025-03-21T10:15:07Z"},
		{"neither: the fallback", "", "", "2025-06-01T09:00:00Z"},
	}
	for _, tt := range tests {
		m := &Message{}
		if tt.date != "" {
			m.Date = at(tt.date)
		}
		if tt.arrived != "" {
			m.Arrived = at(tt.arrived)
		}
		if got := receivedAt(m, fallback).UTC().Format(time.RFC3339); got != tt.want {
			t.Errorf("%s: receivedAt = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestParseLimits(t *testing.T) {
	nested := "Content-Type: multipart/mixed; boundary=b0\r\n\r\n"
	for i := 1; i <= 12; i++ {
		nested += "--b" + string(rune('0'+i-1)) + "\r\nContent-Type: multipart/mixed; boundary=b" + string(rune('0'+i)) + "\r\n\r\n"
	}
	many := "Content-Type: multipart/mixed; boundary=x\r\n\r\n" + strings.Repeat("--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n", 300) + "--x--\r\n"
	bomb := "From: a@b.example\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" +
		strings.Repeat("--x\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\n"+strings.Repeat("a", 1000)+"\r\n", 20) + "--x--\r\n"
	tests := []struct {
		name        string
		raw         string
		lim         Limits
		wantErr     error
		wantDamaged bool
		wantFiles   int
		wantDropped int
	}{
		{"over the size limit", "Subject: x\r\n\r\n" + strings.Repeat("a", 200), Limits{MaxBytes: 100}, ErrTooLarge, false, 0, 0},
		{"nested too deeply", nested, Limits{MaxDepth: 8}, nil, true, 0, 0},
		{"too many parts", many, Limits{MaxParts: 200}, nil, true, 0, 0},
		{"decodes to too much", bomb, Limits{MaxDecoded: 5000}, nil, true, 0, 0},
		{"more files than taken", bomb, Limits{MaxAttachments: 3}, nil, false, 3, 17},
		{"header only", "From: a@b.example\r\n\r\n", Limits{}, nil, false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse([]byte(tt.raw), tt.lim)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Parse error = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if m.Damaged != tt.wantDamaged || len(m.Attachments) != tt.wantFiles || m.Dropped != tt.wantDropped {
				t.Errorf("Parse: damaged %v, %d files, %d dropped; want %v, %d, %d",
					m.Damaged, len(m.Attachments), m.Dropped, tt.wantDamaged, tt.wantFiles, tt.wantDropped)
			}
		})
	}
}

func TestParseNotAMessage(t *testing.T) {
	for _, raw := range []string{"", "\x00\x01\x02 not mail", "no colon in this header line\r\n\r\nbody"} {
		srcs := Read([]byte(raw), Options{File: "x.eml"})
		if len(srcs) != 1 || len(srcs[0].Findings) != 1 || srcs[0].Findings[0].Code != intake.UnreadableDocument || !srcs[0].NoReply {
			t.Errorf("Read(%q) = %+v, want one unreadable, unanswered submission", raw, srcs)
		}
	}
}

func TestSubmissionsParts(t *testing.T) {
	pdf := "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCiUlRU9GCg=="
	png := "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAEnNCcKAAAAAElFTkSuQmCC"
	msg := func(parts ...string) string {
		s := "From: Jo <jo@coventry.gov.uk>\r\nSubject: Papers\r\nMessage-ID: <p@coventry.gov.uk>\r\n" +
			"Authentication-Results: amazonses.com; dkim=pass header.d=coventry.gov.uk\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" +
			"--x\r\nContent-Type: text/plain\r\n\r\nAttached.\r\n"
		for _, p := range parts {
			s += "--x\r\n" + p + "\r\n"
		}
		return s + "--x--\r\n"
	}
	tests := []struct {
		name  string
		raw   string
		names []string
		codes []string
	}{
		{"a signature logo and a calendar invitation are passed over",
			msg("Content-Type: image/png; name=logo.png\r\nContent-Disposition: attachment; filename=logo.png\r\nContent-Transfer-Encoding: base64\r\n\r\n"+png,
				"Content-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR",
				"Content-Type: application/pdf; name=r.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"+pdf),
			[]string{"r.pdf"}, nil},
		{"a picture under a document's name is passed over",
			msg("Content-Type: application/pdf; name=scan.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + png),
			[]string{"p.eml"}, []string{intake.EmptyFile}},
		{"the type is judged by the bytes, not the name",
			msg("Content-Type: application/octet-stream; name=review.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n" + pdf),
			[]string{"review.bin"}, nil},
		{"a file without a name is named for its type",
			msg("Content-Type: application/pdf\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n" + pdf),
			[]string{"attachment-1.pdf"}, nil},
		{"a text attachment is a document",
			msg("Content-Type: text/plain; name=notes.txt\r\nContent-Disposition: attachment; filename=notes.txt\r\n\r\nRapid review notes"),
			[]string{"notes.txt"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs := Read([]byte(tt.raw), Options{File: "p.eml", Registry: registry.Default()})
			var names, codes []string
			for _, s := range srcs {
				names = append(names, strings.TrimPrefix(s.Name, "p.eml#"))
				for _, f := range s.Findings {
					codes = append(codes, f.Code)
				}
			}
			if !cmp.Equal(names, tt.names) || !cmp.Equal(codes, tt.codes) {
				t.Errorf("Read: names %q codes %q; want %q %q", names, codes, tt.names, tt.codes)
			}
		})
	}
}

func TestKindHint(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Rapid review - Child L", "", "rapid_review"},
		{"RE: FW: rapid Review – Child L", "", "rapid_review"},
		{"Annual report 2023/24", "", "yearly_report"},
		{"Our yearly report", "", "yearly_report"},
		{"Safeguarding arrangements", "", "arrangements"},
		{"Rapid review and annual report", "", ""},
		{"LCSPR Child P - final report", "", "practice_review"},
		{"Local child safeguarding practice review: Child P", "", "practice_review"},
		{"Rapid review for the Child Safeguarding Practice Review Panel", "", "rapid_review"},
		{"Rapid review Child L - LCSPR decision", "", "rapid_review"},
		{"For the Child Safeguarding Practice Review Panel", "", ""},
		{"Documents", "Please find our annual report attached.\n\nKind regards\nJo\nOur arrangements are on our website.", "yearly_report"},
		{"Documents", "Please find attached.", ""},
	}
	for _, tt := range tests {
		if got := kindHint(tt.subject, tt.body); got != tt.want {
			t.Errorf("kindHint(%q, %q) = %q, want %q", tt.subject, tt.body, got, tt.want)
		}
	}
}

func TestArrangementsLink(t *testing.T) {
	tests := []struct {
		name    string
		subject string
		text    string
		links   []string
		want    string
	}{
		{"the link written above the signature", "Our arrangements",
			"Here they are: https://www.example-scp.org.uk/about\n\nKind regards\nJo\nhttps://www.coventry.gov.uk",
			[]string{"https://www.example-scp.org.uk/about", "https://www.coventry.gov.uk"}, "https://www.example-scp.org.uk/about"},
		{"a link naming arrangements, from the HTML only", "Published",
			"Our safeguarding arrangements are here.\n\nRegards",
			[]string{"https://twitter.com/scp", "https://www.example.gov.uk/children/safeguarding-arrangements"},
			"https://www.example.gov.uk/children/safeguarding-arrangements"},
		{"Safe Links are unwrapped", "Arrangements", "See the link.",
			[]string{"https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fscp.example.org%2Farrangements&data=x"},
			"https://scp.example.org/arrangements"},
		{"only signature links", "Arrangements", "They are on our website.\n\nKind regards\nhttps://www.coventry.gov.uk",
			[]string{"https://www.coventry.gov.uk", "https://www.linkedin.com/company/x"}, ""},
		{"no mention of arrangements", "Hello", "https://www.example-scp.org.uk/about",
			[]string{"https://www.example-scp.org.uk/about"}, ""},
	}
	for _, tt := range tests {
		got, _ := arrangementsLink(&Message{Subject: tt.subject, Text: tt.text, Links: tt.links})
		if got != tt.want {
			t.Errorf("%s: arrangementsLink = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestMetadataRoundTrip(t *testing.T) {
	srcs := Read(fixture(t, "thunderbird-rfc2231.eml"), Options{Registry: registry.Default()})
	src := srcs[0]
	meta := Metadata(src)
	for k, v := range meta {
		for i := 0; i < len(v); i++ {
			if v[i] < 0x20 || v[i] > 0x7e {
				t.Fatalf("metadata %s=%q is not ASCII", k, v)
			}
		}
	}
	var got = src
	got.Name, got.Key, got.MessageID, got.References, got.Submitter, got.Kind, got.Partnership = "", "", "", nil, "", "", ""
	got.Received = time.Time{}
	if !FromMetadata(meta, &got) {
		t.Fatal("FromMetadata = false")
	}
	if diff := cmp.Diff(src, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}

	// Every part of a message with several documents keeps its place
	// and the count.
	for _, src := range Read(fixture(t, "two-attachments.eml"), Options{Registry: registry.Default()}) {
		var got pipeline.Source
		got.Data = src.Data
		if !FromMetadata(Metadata(src), &got) {
			t.Fatalf("FromMetadata(Metadata(%s)) = false", src.Key)
		}
		if diff := cmp.Diff(src, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
			t.Errorf("round trip of %s (-want +got):\n%s", src.Key, diff)
		}
	}

	var portal = src
	if FromMetadata(map[string]string{"partnership": "E08000026"}, &portal) {
		t.Error("FromMetadata accepted an upload's metadata as an email's")
	}
	if FromMetadata(map[string]string{MetaChannel: "email", MetaKey: "s3:bucket/key"}, &portal) {
		t.Error("FromMetadata accepted a key that is not an email's")
	}
}

func TestMetadataParts(t *testing.T) {
	tests := []struct {
		value string
		want  int
	}{
		{"2", 2},
		{" 12 ", 12},
		{"1000", 1000},
		{"", 0},
		{"1", 0},
		{"0", 0},
		{"-3", 0},
		{"1001", 0},
		{"99999999999999999999", 0},
		{"two", 0},
	}
	for _, tt := range tests {
		meta := map[string]string{MetaChannel: "email", MetaKey: "email:m@coventry.gov.uk#1", MetaParts: tt.value}
		src := pipeline.Source{Parts: 7}
		if !FromMetadata(meta, &src) {
			t.Fatalf("FromMetadata(parts %q) = false", tt.value)
		}
		if src.Parts != tt.want {
			t.Errorf("FromMetadata(parts %q).Parts = %d, want %d", tt.value, src.Parts, tt.want)
		}
	}
	if m := Metadata(pipeline.Source{Key: "email:m@x#0", Parts: 1}); m[MetaParts] != "" {
		t.Errorf("Metadata(one part)[%s] = %q, want none", MetaParts, m[MetaParts])
	}
}

// TestLetterWithoutItsLink checks that an email written to say the
// arrangements are on the website, which gives no address, is a link
// submission of arrangements (to be answered url_missing, its dates read),
// while a note that carries nothing else stays an empty submission.
func TestLetterWithoutItsLink(t *testing.T) {
	msg := func(body string) string {
		return "From: Jo <jo@coventry.gov.uk>\r\nSubject: Update\r\nMessage-ID: <l@coventry.gov.uk>\r\n" +
			"Authentication-Results: amazonses.com; dkim=pass header.d=coventry.gov.uk\r\nContent-Type: text/plain\r\n\r\n" + body
	}
	for _, tt := range []struct {
		body, kind string
		empty      bool
	}{
		{"Dear colleagues,\r\n\r\nThe partners have put the refreshed safeguarding arrangements on our website; they were published on 4 March 2025 and start on 1 April.\r\n\r\nKind regards\r\nJo", "arrangements", false},
		{"Hello,\r\n\r\nJust to confirm our new arrangements went live online today, 30 June 2025.\r\n\r\nThanks\r\nJo", "arrangements", false},
		{"Hello,\r\n\r\nSee you at the meeting on Tuesday.\r\n\r\nThanks\r\nJo", "", true},
	} {
		srcs := Read([]byte(msg(tt.body)), Options{File: "p.eml", Registry: registry.Default()})
		if len(srcs) != 1 {
			t.Fatalf("%q: %d submissions, want 1", tt.body, len(srcs))
		}
		s := srcs[0]
		empty := len(s.Findings) == 1 && s.Findings[0].Code == intake.EmptyFile
		if empty != tt.empty || s.Kind != tt.kind || !tt.empty && !strings.Contains(string(s.Data), "arrangements") {
			t.Errorf("%q: kind %q, findings %v, data %q; want kind %q, empty %v", tt.body, s.Kind, s.Findings, s.Data, tt.kind, tt.empty)
		}
	}
}

// TestShortDocumentPastedIntoBody: a document pasted into a message is the
// submission however short, when it is shaped as one (dated facts under
// their labels, or sections each with what it says); a covering note that
// forgot its attachment, signature and all, is not.
func TestShortDocumentPastedIntoBody(t *testing.T) {
	msg := func(body string) string {
		return "From: Sam <sam@coventry.gov.uk>\r\nSubject: For the Panel\r\nMessage-ID: <p@coventry.gov.uk>\r\n" +
			"Authentication-Results: amazonses.com; dkim=pass header.d=coventry.gov.uk\r\nContent-Type: text/plain\r\n\r\n" + body
	}
	form := "Hello all,\r\n\r\nOur review is below as the upload page would not load.\r\n\r\n" +
		"Coventry Safeguarding Children Partnership - rapid review of Child D\r\n\r\n" +
		"Notification reference: 2025/0771\r\nDate notification made: Mon 3rd March 2025\r\nDate of incident: 1.3.25\r\n" +
		"Date partners met: 17 Mar 2025\r\n\r\nWhat happened\r\nChild D, aged two, was found with a fractured arm at nursery.\r\n\r\n" +
		"Thanks\r\nSam"
	sections := "Good afternoon,\r\n\r\nPasting our rapid review here, as requested.\r\n\r\n" +
		"Summary of the case\r\nA teenager was seriously assaulted after weeks missing from home and school.\r\n\r\n" +
		"Which agencies knew the family\r\nThe school, the youth offending service and the police had all seen him this year.\r\n\r\n" +
		"What we did straight away\r\nA strategy meeting was held the next morning and a safety plan was put in place.\r\n\r\n" +
		"Best wishes\r\nSam"
	note := "Dear Panel colleagues,\r\n\r\nPlease find attached the rapid review for Child D, which the partners agreed at their meeting last week. " +
		"Do let me know if anything further is needed from us before your next meeting.\r\n\r\n" +
		"Kind regards,\r\nSam Patel\r\nBusiness Manager, Coventry Safeguarding Children Partnership\r\n" +
		"Tel: 024 7683 2000\r\nMobile: 07700 900123\r\nEmail: sam@coventry.gov.uk\r\nDate: 18 March 2025\r\n"
	for _, tt := range []struct {
		name, body string
		pasted     bool
	}{{"a short form", form, true}, {"a short sectioned review", sections, true}, {"a covering note without its attachment", note, false}} {
		srcs := Read([]byte(msg(tt.body)), Options{File: "p.eml", Registry: registry.Default()})
		if len(srcs) != 1 {
			t.Fatalf("%s: %d submissions, want 1", tt.name, len(srcs))
		}
		s := srcs[0]
		empty := len(s.Findings) == 1 && s.Findings[0].Code == intake.EmptyFile
		if tt.pasted && (empty || !strings.HasSuffix(s.Name, bodyName)) {
			t.Errorf("%s: name %q, findings %v; want the body read as the submission", tt.name, s.Name, s.Findings)
		}
		if !tt.pasted && !empty {
			t.Errorf("%s: name %q, findings %v; want nothing to read (empty_file)", tt.name, s.Name, s.Findings)
		}
	}
}

func TestStartsWithDate(t *testing.T) {
	for s, want := range map[string]bool{
		" 12/12/2025": true, "12.12.25 (sent)": true, "2025-12-12": true, "Tues 4th March 2025": true, "4 Mar": true,
		"Wednesday, 8 January": true, "12 December": true, "024 7683 2000": false, "07700 900123": false,
		"sam@coventry.gov.uk": false, "Child D": false, "3 children": false, "1.2": false, "": false,
	} {
		if got := startsWithDate(s); got != want {
			t.Errorf("startsWithDate(%q) = %v, want %v", s, got, want)
		}
	}
}

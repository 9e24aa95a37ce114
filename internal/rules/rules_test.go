package rules

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/safeguarding-intake/intake/internal/fields"
	"github.com/safeguarding-intake/intake/internal/intake"
)

func day(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := intake.ParseISODate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return t.Add(10 * time.Hour) // mid-morning, as most submissions arrive
}

// sample returns one of the sample documents shared with the fields
// package, and the fields it reads from it.
func sample(tb testing.TB, kind intake.Kind) (string, map[string]string) {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "fields", "testdata", string(kind)+".txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b), fields.Read(kind, string(b))
}

// clean returns an input for kind that passes every check.
func clean(tb testing.TB, kind intake.Kind) Input {
	tb.Helper()
	text, f := sample(tb, kind)
	received := map[intake.Kind]string{
		intake.RapidReview:  "2026-01-08", // the last of the 15 working days
		intake.YearlyReport: "2024-10-03",
		intake.Arrangements: "2019-07-01",
		// 7 working days before its publication on 10 March 2025
		intake.PracticeReview: "2025-02-27",
	}[kind]
	return Input{Kind: kind, Fields: f, Text: text, Received: day(tb, received)}
}

func codes(fs []intake.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	slices.Sort(out)
	return out
}

func TestCleanInputsHaveNoFindings(t *testing.T) {
	for _, kind := range intake.Kinds() {
		t.Run(string(kind), func(t *testing.T) {
			findings, _ := Check(clean(t, kind))
			if len(findings) != 0 {
				t.Errorf("Check(clean %s) = %v, want no findings", kind, findings)
			}
		})
	}
}

// TestEveryCode changes one thing in a clean input and expects exactly the
// findings that change causes.
func TestEveryCode(t *testing.T) {
	set := func(k, v string) func(*Input) { return func(in *Input) { in.Fields[k] = v } }
	del := func(ks ...string) func(*Input) {
		return func(in *Input) {
			for _, k := range ks {
				delete(in.Fields, k)
			}
		}
	}
	cut := func(words ...string) func(*Input) {
		return func(in *Input) {
			// Remove every line that mentions one of the words, as a
			// document without that section would read.
			var keep []string
			for _, l := range strings.Split(in.Text, "\n") {
				low := strings.ToLower(l)
				if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(low, w) }) {
					keep = append(keep, l)
				}
			}
			in.Text = strings.Join(keep, "\n")
		}
	}
	tests := []struct {
		name   string
		kind   intake.Kind
		change func(*Input)
		want   []string
	}{
		{"date in future", intake.RapidReview, set(fields.DocumentDate, "2026-01-09"), []string{"date_in_future"}},
		{"review meeting in future", intake.RapidReview, set(fields.ReviewDate, "2026-01-09"), []string{"date_in_future"}},
		{"publication in future", intake.YearlyReport, set(fields.PublicationDate, "2099-09-30"), []string{"date_in_future"}},
		{"implementation ahead is late, not future", intake.Arrangements, set(fields.ImplementationDate, "2099-04-01"), []string{"implementation_late"}},
		{"sin missing", intake.RapidReview, del(fields.SINDate, fields.SINReference), []string{"sin_missing"}},
		{"sin reference alone is enough", intake.RapidReview, del(fields.SINDate), nil},
		{"lcspr decision missing", intake.RapidReview, del(fields.LCSPRDecision), []string{"lcspr_decision_missing"}},
		{"national review view missing", intake.RapidReview, del(fields.NationalReview), []string{"national_review_view_missing"}},
		{"rapid review late", intake.RapidReview, func(in *Input) { in.Received = day(t, "2026-01-09") }, []string{"rapid_review_late"}},
		{"agency involvement", intake.RapidReview, cut("agenc", "known to", "chronology", "information return"), []string{"missing_agency_involvement"}},
		{"immediate actions", intake.RapidReview, cut("action", "safety plan"), []string{"missing_immediate_actions"}},
		{"rapid review learning", intake.RapidReview, cut("learning"), []string{"missing_learning"}},
		{"period missing", intake.YearlyReport, del(fields.PeriodStart, fields.PeriodEnd), []string{"period_missing"}},
		{"period backwards", intake.YearlyReport, set(fields.PeriodEnd, "2023-03-31"), []string{"period_missing"}},
		{"period too long", intake.YearlyReport, set(fields.PeriodEnd, "2024-09-30"), []string{"period_too_long"}},
		{"period of exactly a year", intake.YearlyReport, func(in *Input) {
			in.Fields[fields.PeriodStart], in.Fields[fields.PeriodEnd] = "2023-07-01", "2024-06-30"
		}, nil},
		{"publication date missing", intake.YearlyReport, del(fields.PublicationDate), []string{"publication_date_missing"}},
		{"forwarded late", intake.YearlyReport, func(in *Input) { in.Received = day(t, "2024-10-08") }, []string{"forwarded_late"}},
		{"forwarded on the 7th day", intake.YearlyReport, func(in *Input) { in.Received = day(t, "2024-10-07") }, nil},
		{"activity", intake.YearlyReport, func(in *Input) {
			in.Text = "Annual report. Effectiveness. Rapid review. Training. Voice of the child. Scrutiny. Budget. Schools. Relevant agencies. Learning."
		}, []string{"missing_activity"}},
		{"effectiveness", intake.YearlyReport, cut("effective", "impact", "evaluat", "audit"), []string{"missing_effectiveness"}},
		{"reviews", intake.YearlyReport, cut("review"), []string{"missing_reviews"}},
		{"training", intake.YearlyReport, cut("training"), []string{"missing_training"}},
		{"voice of child", intake.YearlyReport, cut("voice", "young people told"), []string{"missing_voice_of_child"}},
		{"yearly scrutiny", intake.YearlyReport, cut("scrutin"), []string{"missing_scrutiny"}},
		{"funding", intake.YearlyReport, cut("budget", "financial", "£"), []string{"missing_funding"}},
		{"education", intake.YearlyReport, cut("school", "education", "college", "early years"), []string{"missing_education"}},
		// A report that speaks of the agencies it works with at all, or
		// names them (schools and colleges), covers them; the sample's
		// schools are also its education.
		{"yearly relevant agencies", intake.YearlyReport, cut("agenc", "wider partnership", "relevant partners", "schools and colleges"), []string{"missing_education", "missing_relevant_agencies"}},
		// Learning is also what audits found and what children's views
		// shaped.
		{"yearly learning", intake.YearlyReport, cut("learning", "found", "told us"), []string{"missing_learning", "missing_voice_of_child"}},
		{"url invalid", intake.YearlyReport, set(fields.URL, "http://192.168.1.20/report.pdf"), []string{"url_invalid"}},
		{"url suspicious", intake.YearlyReport, set(fields.URL, "https://10.0.0.1.nip.io/report.pdf"), []string{"url_suspicious"}},
		{"url missing", intake.Arrangements, func(in *Input) { in.LinkOnly = true; delete(in.Fields, fields.URL) }, []string{"url_missing"}},
		{"link only skips content", intake.Arrangements, func(in *Input) {
			in.LinkOnly = true
			in.Text = in.Fields[fields.URL]
			in.Fields = map[string]string{fields.URL: in.Text}
		}, nil},
		{"partner local authority", intake.Arrangements, del(fields.PartnerLocalAuthority), []string{"missing_partner_local_authority"}},
		{"partner police", intake.Arrangements, del(fields.PartnerPolice), []string{"missing_partner_police"}},
		{"partner health", intake.Arrangements, del(fields.PartnerHealth), []string{"missing_partner_health"}},
		{"area", intake.Arrangements, cut("geograph", "area", "boundar", "coterminous"), []string{"missing_area"}},
		{"arrangements scrutiny", intake.Arrangements, cut("scrutin"), []string{"missing_scrutiny"}},
		{"arrangements relevant agencies", intake.Arrangements, cut("relevant agenc"), []string{"missing_relevant_agencies"}},
		{"ccg after icb", intake.Arrangements, func(in *Input) {
			in.Fields[fields.PublicationDate], in.Fields[fields.DocumentDate] = "2023-02-01", "2023-02-01"
			delete(in.Fields, fields.ImplementationDate)
			in.Received = day(t, "2023-02-02")
		}, []string{"ccg_after_icb"}},
		{"yearly report names a ccg", intake.YearlyReport, func(in *Input) {
			in.Text = strings.NewReplacer("Integrated Care Board", "Clinical Commissioning Group", "ICB", "CCG").Replace(in.Text)
		}, []string{"ccg_after_icb"}},
		{"yearly report names a ccg and an icb", intake.YearlyReport, func(in *Input) {
			in.Text = strings.Replace(in.Text, "Integrated Care Board", "Clinical Commissioning Group", 1)
		}, nil},
		{"rapid review names a ccg", intake.RapidReview, func(in *Input) {
			in.Text += "\nThe safeguarding partners are Westmere County Council, Westmere Constabulary and NHS Westmere Clinical Commissioning Group.\n"
		}, []string{"ccg_after_icb"}},
		{"ccg before icb", intake.Arrangements, func(in *Input) {
			in.Fields[fields.DocumentDate] = "2022-06-30"
			in.Received = day(t, "2022-07-05")
		}, nil},
		{"publication late", intake.Arrangements, set(fields.PublicationDate, "2019-06-30"), []string{"publication_late"}},
		{"implementation late", intake.Arrangements, set(fields.ImplementationDate, "2019-09-30"), []string{"implementation_late"}},
		{"implementation beyond 3 months", intake.Arrangements, func(in *Input) {
			in.Fields[fields.PublicationDate], in.Fields[fields.ImplementationDate] = "2019-04-01", "2019-07-02"
		}, []string{"implementation_late"}},
		{"later arrangements have no 2019 dates", intake.Arrangements, func(in *Input) {
			in.Fields[fields.PublicationDate], in.Fields[fields.ImplementationDate] = "2024-12-01", "2025-06-01"
			in.Fields[fields.PartnerHealth] = "NHS Eastford Integrated Care Board"
			in.Received = day(t, "2024-12-02")
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := clean(t, tt.kind)
			in.Fields = maps.Clone(in.Fields)
			tt.change(&in)
			findings, _ := Check(in)
			if diff := cmp.Diff(tt.want, codes(findings)); diff != "" {
				t.Errorf("Check(%s with %s) codes mismatch (-want +got):\n%s\nfindings: %v", tt.kind, tt.name, diff, findings)
			}
			for _, f := range findings {
				if f.Message == "" || f.Severity == "" {
					t.Errorf("finding %s has no message or severity: %+v", f.Code, f)
				}
				if want, fixed := intake.SeverityOf(f.Code); fixed && f.Severity != want {
					t.Errorf("finding %s severity = %s, want %s", f.Code, f.Severity, want)
				}
				// A finding is made before the outcome is decided: the
				// same warning may stand on a rejected document.
				if forwardClaim.MatchString(f.Message) {
					t.Errorf("finding %s says the document was forwarded, whatever the outcome: %q", f.Code, f.Message)
				}
			}
		})
	}
}

// forwardClaim matches a message saying a document was or will be sent on.
var forwardClaim = regexp.MustCompile(`(?i)\b(has|have) been forwarded|\bwill be forwarded|\b(are|is|being) forwarding|\bbeing forwarded`)

func TestElementSeverities(t *testing.T) {
	tests := []struct {
		kind intake.Kind
		code string
		want intake.Severity
	}{
		{intake.YearlyReport, "missing_activity", intake.SeverityError},
		{intake.YearlyReport, "missing_effectiveness", intake.SeverityError},
		{intake.YearlyReport, "missing_reviews", intake.SeverityError},
		{intake.YearlyReport, "missing_training", intake.SeverityWarning},
		{intake.YearlyReport, "missing_scrutiny", intake.SeverityWarning},
		{intake.Arrangements, "missing_scrutiny", intake.SeverityError},
		{intake.Arrangements, "missing_area", intake.SeverityError},
		{intake.Arrangements, "missing_partner_police", intake.SeverityError},
		{intake.RapidReview, "missing_learning", intake.SeverityWarning},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind)+"/"+tt.code, func(t *testing.T) {
			findings, _ := Check(Input{Kind: tt.kind, Fields: map[string]string{}, Text: "nothing here", Received: day(t, "2025-01-01")})
			i := slices.IndexFunc(findings, func(f intake.Finding) bool { return f.Code == tt.code })
			if i < 0 {
				t.Fatalf("Check(empty %s) has no %s: %v", tt.kind, tt.code, codes(findings))
			}
			if findings[i].Severity != tt.want {
				t.Errorf("Check(empty %s) %s severity = %s, want %s", tt.kind, tt.code, findings[i].Severity, tt.want)
			}
		})
	}
}

func TestRapidReviewDeadline(t *testing.T) {
	tests := []struct {
		name      string
		sin       string
		received  time.Time
		due       string
		met, late bool
	}{
		{"on the deadline", "2025-12-15", day(t, "2026-01-08"), "2026-01-08", true, false},
		{"day after", "2025-12-15", day(t, "2026-01-09"), "2026-01-08", false, true},
		{"same day", "2025-12-15", day(t, "2025-12-15"), "2026-01-08", true, false},
		{"easter and may day", "2025-04-17", day(t, "2025-05-13"), "2025-05-13", true, false},
		{"late at night in summer is the next day", "2025-06-09", time.Date(2025, 6, 30, 23, 30, 0, 0, time.UTC), "2025-06-30", false, true},
		{"late at night in winter is the same day", "2025-12-15", time.Date(2026, 1, 8, 23, 30, 0, 0, time.UTC), "2026-01-08", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			findings, dl := Check(Input{
				Kind:     intake.RapidReview,
				Fields:   map[string]string{fields.SINDate: tt.sin, fields.LCSPRDecision: "yes", fields.NationalReview: "not_recommended"},
				Text:     "Agencies involved. Immediate actions taken. Learning.",
				Received: tt.received,
			})
			want := &intake.Deadline{Rule: ruleRapidReview, From: tt.sin, Due: tt.due, Met: tt.met}
			if diff := cmp.Diff(want, dl); diff != "" {
				t.Errorf("Check(SIN %s, received %v) deadline mismatch (-want +got):\n%s", tt.sin, tt.received, diff)
			}
			if late := slices.Contains(codes(findings), intake.RapidReviewLate); late != tt.late {
				t.Errorf("Check(SIN %s, received %v) rapid_review_late = %v, want %v", tt.sin, tt.received, late, tt.late)
			}
		})
	}
}

func TestForwardDeadline(t *testing.T) {
	_, dl := Check(clean(t, intake.YearlyReport))
	want := &intake.Deadline{Rule: ruleForward, From: "2024-09-30", Due: "2024-10-07", Met: true}
	if diff := cmp.Diff(want, dl); diff != "" {
		t.Errorf("Check(yearly report) deadline mismatch (-want +got):\n%s", diff)
	}
}

func TestNoDeadlineWithoutTrigger(t *testing.T) {
	in := clean(t, intake.RapidReview)
	delete(in.Fields, fields.SINDate)
	if _, dl := Check(in); dl != nil {
		t.Errorf("Check(rapid review without SIN date) deadline = %+v, want nil", dl)
	}
}

func TestElementsWithLostSpaces(t *testing.T) {
	text := strings.Repeat("Thechildwasknowntoservicesandthefamilyhadmoved. ", 10) +
		"Theagenciesinvolvedwerehealthandpolice. Immediateactionstakenincludedasafetyplan. Learningwasidentified."
	findings, _ := Check(Input{Kind: intake.RapidReview, Fields: map[string]string{
		fields.SINDate: "2025-12-15", fields.LCSPRDecision: "no", fields.NationalReview: "not_recommended",
	}, Text: text, Received: day(t, "2025-12-16")})
	if len(findings) != 0 {
		t.Errorf("Check(text with lost spaces) = %v, want no findings", codes(findings))
	}
}

func TestSuspiciousURL(t *testing.T) {
	tests := []struct {
		url        string
		suspicious bool
	}{
		{"https://www.coventry.gov.uk/safeguarding", false},
		{"https://bücher.example.de/x", false},
		{"https://xn--bcher-kva.de/", false},
		{"https://例え.テスト.jp/", false},
		{"https://www.leedsscp.org.uk/10-steps", false},
		{"https://203.0.113.9.scp-host.org.uk/", false},          // a public address spelt out is no private one
		{"https://www.c\u043eventry.gov.uk/arrangements", true},  // Cyrillic о among Latin letters
		{"https://www.xn--cventry-9ig.gov.uk/", true},            // the same, as the browser sends it
		{"https://\u0441\u043e\u0432\u0435\u0442.gov.uk/", true}, // a Cyrillic label under a Latin name
		{"https://\u03b1pple.org.uk/", true},                     // Greek alpha
		{"https://10.0.0.1.nip.io/arrangements", true},
		{"https://app.192-168-1-20.sslip.io/", true},
		{"https://7f000001.nip.io/", true},
		{"https://anything.localtest.me/", true},
		{"https://scp.10-1-2-3.my-tunnel.co.uk/", true}, // a private address spelt into another name
		{"https://127.0.0.1.partnership.org.uk/", true},
		{"https://169.254.169.254.scp-host.org.uk/", true},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			if InvalidURL(tt.url) != "" {
				t.Fatalf("InvalidURL(%q) = %q; the warning is for links that are otherwise usable", tt.url, InvalidURL(tt.url))
			}
			reason := SuspiciousURL(tt.url)
			if (reason != "") != tt.suspicious {
				t.Errorf("SuspiciousURL(%q) = %q, want suspicious %v", tt.url, reason, tt.suspicious)
			}
		})
	}
}

func TestInvalidURL(t *testing.T) {
	tests := []struct {
		url   string
		valid bool
	}{
		{"https://www.leedsscp.org.uk/arrangements", true},
		{"http://www.kentscb.org.uk/", true},
		{"HTTPS://WWW.COVENTRY.GOV.UK/SAFEGUARDING", true},
		{"https://www.example-partnership.co.uk:443/a?b=c#d", true},
		{"https://bücher.example.de/x", true}, // an internationalised name
		{"https://xn--bcher-kva.de/", true},
		{"www.leedsscp.org.uk/arrangements", false},
		{"ftp://files.leedsscp.org.uk/arrangements.pdf", false},
		{"file:///C:/arrangements.docx", false},
		{"javascript:alert(1)", false},
		{"mailto:scp@leeds.gov.uk", false},
		{"https://192.168.1.20/arrangements", false},
		{"http://127.0.0.1:8080/", false},
		{"http://[::1]/", false},
		{"http://2130706433/", false},
		{"http://0x7f.1/", false},
		{"http://localhost/arrangements", false},
		{"http://app.localhost/", false},
		{"https://intranet/safeguarding", false},
		{"https://sharepoint.council.local/arrangements", false},
		{"https://docs.corp.internal/a", false},
		{"https://nas.home/a", false},
		{"https://router.lan/", false},
		{"https://scp.test/", false},
		{"https://www.example/", false},
		{"https://x.invalid/", false},
		{"https://example.com/arrangements", false},
		{"https://user:secret@www.leedsscp.org.uk/", false},
		{"https://-bad-.org.uk/", false},
		{"https://www.leedsscp.org.uk.123/", false},
		{"https:///nohost", false},
		{"https://", false},
		{"", false},
		{"not a link at all", false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			reason := InvalidURL(tt.url)
			if (reason == "") != tt.valid {
				t.Errorf("InvalidURL(%q) = %q, want valid %v", tt.url, reason, tt.valid)
			}
		})
	}
}

package portal

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func TestUploadShowsOutcomeAndReceipt(t *testing.T) {
	st := newStack(t)
	c := st.signedIn(t, coventry)
	id := c.submit("rapid-review-coventry-child-q.pdf")

	page := c.get("/submissions/" + id)
	if page.status != http.StatusOK {
		t.Fatalf("GET /submissions/%s = %d, want 200", id, page.status)
	}
	for _, want := range []string{"Document accepted", id, "Child Safeguarding Practice Review Panel", "Download the receipt"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("submission page lacks %q", want)
		}
	}
	pdf := c.get("/submissions/" + id + "/receipt")
	if pdf.status != http.StatusOK || !strings.HasPrefix(pdf.body, "%PDF-") {
		t.Errorf("receipt: status %d, starts %.8q; want 200 and a PDF", pdf.status, pdf.body)
	}
	if cd := pdf.header.Get("Content-Disposition"); !strings.Contains(cd, "attachment") {
		t.Errorf("receipt Content-Disposition = %q, want an attachment", cd)
	}
	rec, _, err := st.ledger.Get(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Channel != intake.Portal || rec.Submitter != coventry.Name || rec.Partnership == nil || rec.Partnership.ID != coventry.Partnership {
		t.Errorf("recorded channel %s, submitter %q, partnership %+v; want portal, %s, %s", rec.Channel, rec.Submitter, rec.Partnership, coventry.Name, coventry.Partnership)
	}
	if home := c.get("/"); !strings.Contains(home.body, id) {
		t.Errorf("home page does not list %s", id)
	}
}

func TestPartnershipSeesOnlyItsOwn(t *testing.T) {
	st := newStack(t)
	id := st.signedIn(t, coventry).submit("rapid-review-coventry-child-q.pdf")
	other := st.signedIn(t, leeds)
	for _, path := range []string{"/submissions/" + id, "/submissions/" + id + "/receipt"} {
		if r := other.get(path); r.status != http.StatusNotFound || strings.Contains(r.body, id) {
			t.Errorf("Leeds GET %s = %d (mentions id: %v), want 404 without it", path, r.status, strings.Contains(r.body, id))
		}
	}
	if r := other.get("/"); strings.Contains(r.body, id) {
		t.Errorf("Leeds's home page lists Coventry's %s", id)
	}
	// The upload reference does not open it either.
	rec, _, _ := st.ledger.Get(t.Context(), id)
	upload := strings.Split(rec.SourceKey, "/")[3]
	if r := other.get("/uploads/" + upload); r.status != http.StatusOK || strings.Contains(r.body, id) {
		t.Errorf("Leeds GET /uploads/%s = %d, want the pending page without the reference", upload, r.status)
	}
}

func TestRolesKeepToTheirPages(t *testing.T) {
	st := newStack(t)
	partner := st.signedIn(t, coventry)
	staff := st.signedIn(t, staffer)
	anon := st.client(t)
	tests := []struct {
		name   string
		c      *client
		path   string
		status int
	}{
		{"partnership to staff list", partner, "/staff", http.StatusForbidden},
		{"partnership to staff submission", partner, "/staff/submissions/RR-2025-AAAAAA", http.StatusForbidden},
		{"staff to send", staff, "/send", http.StatusForbidden},
		{"staff to a partnership's submission", staff, "/submissions/RR-2025-AAAAAA", http.StatusForbidden},
		{"visitor to staff", anon, "/staff", http.StatusSeeOther},
		{"visitor to send", anon, "/send", http.StatusSeeOther},
		{"staff to staff", staff, "/staff", http.StatusOK},
		{"partnership to send", partner, "/send", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := tt.c.get(tt.path); r.status != tt.status {
				t.Errorf("GET %s = %d, want %d", tt.path, r.status, tt.status)
			}
		})
	}
	// A partnership cannot resend, even with a valid token of its own.
	r := partner.post("/staff/submissions/RR-2025-AAAAAA/resend", url.Values{"csrf": {partner.csrf()}, "recipient": {"panel"}})
	if r.status != http.StatusForbidden {
		t.Errorf("partnership POST resend = %d, want 403", r.status)
	}
}

func TestEveryFormNeedsItsSessionsCSRFToken(t *testing.T) {
	st := newStack(t)
	partner := st.signedIn(t, coventry)
	staff := st.signedIn(t, staffer)
	stranger := st.client(t)
	strangerToken := stranger.csrf()
	forms := []struct {
		c    *client
		path string
		form url.Values
	}{
		{partner, "/send", url.Values{"kind": {"rapid_review"}}},
		{partner, "/send/date", url.Values{"day": {"1"}, "month": {"9"}, "year": {"2024"}}},
		{partner, "/send/link", url.Values{"link": {"https://www.example.gov.uk/a"}}},
		{partner, "/sign-out", url.Values{}},
		{staff, "/staff/submissions/RR-2025-AAAAAA/resend", url.Values{"recipient": {"panel"}}},
		{stranger, "/sign-in", url.Values{"code": {st.codes[coventry.Name]}}},
	}
	for _, f := range forms {
		for _, token := range []string{"", strangerToken + "x", "forged"} {
			if f.c == stranger && token == strangerToken+"x" {
				continue
			}
			form := url.Values{"csrf": {token}}
			for k, v := range f.form {
				form[k] = v
			}
			if r := f.c.post(f.path, form); r.status != http.StatusForbidden {
				t.Errorf("POST %s with token %q = %d, want 403", f.path, token, r.status)
			}
		}
		// Another session's token is refused too.
		if f.c != stranger {
			form := url.Values{"csrf": {strangerToken}}
			for k, v := range f.form {
				form[k] = v
			}
			if r := f.c.post(f.path, form); r.status != http.StatusForbidden {
				t.Errorf("POST %s with another session's token = %d, want 403", f.path, r.status)
			}
		}
	}
	// The file upload form too.
	if r := partner.upload("rapid_review", "", "a.txt", []byte("x"), strangerToken); r.status != http.StatusForbidden {
		t.Errorf("upload with another session's token = %d, want 403", r.status)
	}
	if list, _ := st.ledger.List(t.Context()); len(list) != 0 {
		t.Errorf("%d submissions recorded from forms without a valid token, want 0", len(list))
	}
}

func TestSessionCookie(t *testing.T) {
	st := newStack(t)
	c := st.client(t)
	r := c.signIn(st.codes[coventry.Name])
	var cookie *http.Cookie
	for _, ck := range (&http.Response{Header: r.header}).Cookies() {
		cookie = ck
	}
	if cookie == nil {
		t.Fatal("signing in set no cookie")
	}
	if !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode || cookie.Path != "/" {
		t.Errorf("cookie HttpOnly=%v SameSite=%v Path=%q, want HttpOnly, Strict, /", cookie.HttpOnly, cookie.SameSite, cookie.Path)
	}
	if strings.Contains(cookie.Value, st.codes[coventry.Name]) {
		t.Error("the cookie carries the code")
	}

	// Tampering with the payload (claiming to be staff) or the signature
	// leaves a visitor.
	s := st.server.sessions
	ss, ok := s.decode(cookie.Value)
	if !ok {
		t.Fatal("the server cannot read its own cookie")
	}
	if want := HashCode(st.codes[coventry.Name]); ss.Cred != want {
		t.Errorf("session credential = %q, want the code's hash %q", ss.Cred, want)
	}
	ss.Who = staffer
	payload, _, _ := strings.Cut(s.encode(ss), ".")
	_, sig, _ := strings.Cut(cookie.Value, ".")
	for name, v := range map[string]string{
		"payload swapped":  payload + "." + sig,
		"signature cut":    cookie.Value[:len(cookie.Value)-2],
		"no signature":     payload,
		"other key signed": (&sessions{key: []byte(strings.Repeat("x", 32)), now: time.Now, ttl: time.Hour}).encode(ss),
	} {
		if _, ok := s.decode(v); ok {
			t.Errorf("%s: decode accepted a forged cookie", name)
		}
		req, _ := http.NewRequest("GET", st.url+"/staff", nil)
		req.AddCookie(&http.Cookie{Name: "session", Value: v})
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther {
			t.Errorf("%s: GET /staff = %d, want 303 to sign in", name, resp.StatusCode)
		}
	}

	// An expired session is no session.
	later := &sessions{key: s.key, ttl: s.ttl, now: func() time.Time { return time.Now().Add(9 * time.Hour) }}
	if _, ok := later.decode(cookie.Value); ok {
		t.Error("decode accepted a session past its expiry")
	}
}

func TestSecureCookieOutsideLocalMode(t *testing.T) {
	s := &sessions{key: make([]byte, 32), secure: true, ttl: time.Hour, now: time.Now}
	rec := httptestRecorder()
	s.issue(rec, coventry, HashCode("E08000026.x"))
	cookies := (&http.Response{Header: rec.Header()}).Cookies()
	if len(cookies) != 1 {
		t.Fatalf("%d cookies, want 1", len(cookies))
	}
	c := cookies[0]
	if !c.Secure || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Name != "__Host-session" {
		t.Errorf("cookie %s Secure=%v HttpOnly=%v SameSite=%v, want __Host-session, Secure, HttpOnly, Strict", c.Name, c.Secure, c.HttpOnly, c.SameSite)
	}
}

func TestSignInIsRateLimited(t *testing.T) {
	st := newStack(t)
	c := st.client(t)
	token := c.csrf()
	var last int
	for i := 0; i < 11; i++ {
		last = c.post("/sign-in", url.Values{"csrf": {token}, "code": {"wrong"}}).status
	}
	if last != http.StatusTooManyRequests {
		t.Errorf("11th attempt from one address = %d, want 429", last)
	}
	// Even the right code is refused until the bucket refills.
	if r := c.post("/sign-in", url.Values{"csrf": {token}, "code": {st.codes[coventry.Name]}}); r.status != http.StatusTooManyRequests {
		t.Errorf("right code after the limit = %d, want 429", r.status)
	}
	if !strings.Contains(c.get("/sign-in").body, "Sign in") {
		t.Error("the sign-in page itself should still show")
	}
}

func TestSignInRateLimitPerPartnership(t *testing.T) {
	now := time.Date(2025, 3, 21, 12, 0, 0, 0, time.UTC)
	l := newLimiter(func() time.Time { return now })
	allow := func(key string, limit int) bool {
		ok, err := l.Allow(context.Background(), key, limit, attemptWindow)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	// Guesses at Coventry's codes from many addresses: each address is
	// under its own limit, the partnership's runs out.
	refused := 0
	for i := 0; i < 40; i++ {
		ip := "192.0.2." + string(rune('0'+i%10))
		if allow("ip:"+ip, ipAttempts) && !allow("scope:E08000026", scopeAttempts) {
			refused++
		}
	}
	if refused != 20 {
		t.Errorf("%d of 40 spread-out guesses refused, want 20", refused)
	}
	if !allow("scope:E08000035", scopeAttempts) {
		t.Error("another partnership was limited too")
	}
	now = now.Add(30 * time.Second)
	if !allow("scope:E08000026", scopeAttempts) {
		t.Error("the bucket did not refill")
	}
}

func TestLimiter(t *testing.T) {
	now := time.Date(2025, 3, 21, 12, 0, 0, 0, time.UTC)
	l := newLimiter(func() time.Time { return now })
	allow := func() bool {
		ok, err := l.Allow(context.Background(), "a", 3, 3*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	var got []bool
	for i := 0; i < 4; i++ {
		got = append(got, allow())
	}
	now = now.Add(1500 * time.Millisecond)
	got = append(got, allow(), allow())
	want := []bool{true, true, true, false, true, false}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Allow #%d = %v, want %v (all: %v)", i, got[i], want[i], got)
		}
	}
}

// countingLimiter is a Limiter shared by several servers, as the
// DynamoDB one is by Lambda execution environments: it allows limit
// attempts per key, whatever the window.
type countingLimiter struct {
	mu    sync.Mutex
	count map[string]int
	err   error
}

func (c *countingLimiter) Allow(_ context.Context, key string, limit int, window time.Duration) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return false, c.err
	}
	c.count[key]++
	return c.count[key] <= limit && window == attemptWindow, nil
}

// TestSignInSharedLimiter signs in against two servers that share a
// limiter: the attempts one of them saw count at the other, and a limiter
// that cannot answer refuses the attempt rather than waving it through.
func TestSignInSharedLimiter(t *testing.T) {
	shared := &countingLimiter{count: map[string]int{}}
	a := newStack(t, func(c *Config) { c.Limiter = shared })
	b := newStack(t, func(c *Config) { c.Limiter = shared; c.Credentials = a.cfg.Credentials })
	ca, cb := a.client(t), b.client(t)
	for i := 0; i < ipAttempts; i++ {
		if r := ca.post("/sign-in", url.Values{"csrf": {ca.csrf()}, "code": {"E08000026.wrong"}}); r.status != http.StatusOK {
			t.Fatalf("attempt %d at the first server = %d, want 200", i+1, r.status)
		}
	}
	if r := cb.post("/sign-in", url.Values{"csrf": {cb.csrf()}, "code": {a.codes[coventry.Name]}}); r.status != http.StatusTooManyRequests {
		t.Errorf("attempt at the second server after the limit = %d, want 429", r.status)
	}
	if got := shared.count["scope:E08000026"]; got != ipAttempts {
		t.Errorf("attempts counted for Coventry's codes = %d, want %d", got, ipAttempts)
	}

	shared.err = errors.New("throttled")
	c := newStack(t, func(c *Config) { c.Limiter = shared }).client(t)
	if r := c.post("/sign-in", url.Values{"csrf": {c.csrf()}, "code": {"E08000026.wrong"}}); r.status < 500 {
		t.Errorf("sign-in while the limiter fails = %d, want a server error", r.status)
	}
}

func TestSignInErrors(t *testing.T) {
	st := newStack(t)
	c := st.client(t)
	tests := []struct{ code, want string }{
		{"", "Enter your sign-in code"},
		{"E08000026.nope", "The sign-in code is not right"},
		{HashCode(st.codes[coventry.Name]), "The sign-in code is not right"},
	}
	for _, tt := range tests {
		r := c.post("/sign-in", url.Values{"csrf": {c.csrf()}, "code": {tt.code}})
		if r.status != http.StatusOK || !strings.Contains(r.body, tt.want) || !strings.Contains(r.body, `href="#code"`) {
			t.Errorf("sign in with %q = %d, want 200 with %q linked to the field", tt.code, r.status, tt.want)
		}
		if !strings.Contains(r.body, "<title>Error: ") {
			t.Errorf("sign in with %q: the title does not start with Error:", tt.code)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	st := newStack(t)
	r := st.client(t).get("/sign-in")
	want := map[string]string{
		"X-Frame-Options":        "DENY",
		"X-Content-Type-Options": "nosniff",
		"Referrer-Policy":        "no-referrer",
		"Cache-Control":          "no-store",
	}
	for k, v := range want {
		if got := r.header.Get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	csp := r.header.Get("Content-Security-Policy")
	for _, part := range []string{"default-src 'none'", "style-src 'self'", "frame-ancestors 'none'", "form-action 'self'"} {
		if !strings.Contains(csp, part) {
			t.Errorf("CSP %q lacks %q", csp, part)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(r.body, "<script") || strings.Contains(r.body, "style=") {
		t.Error("inline script or style on the page or allowed by the CSP")
	}
}

func TestSendFlowValidation(t *testing.T) {
	st := newStack(t)
	c := st.signedIn(t, coventry)
	tok := c.csrf()
	tests := []struct {
		name, path string
		form       url.Values
		status     int
		want       string // in the body, or the Location when 303
	}{
		{"no kind", "/send", url.Values{}, 200, `href="#kind"`},
		{"rapid review", "/send", url.Values{"kind": {"rapid_review"}}, 303, "/send/file?kind=rapid_review"},
		{"yearly report", "/send", url.Values{"kind": {"yearly_report"}}, 303, "/send/date"},
		{"arrangements", "/send", url.Values{"kind": {"arrangements"}}, 303, "/send/link"},
		{"no date", "/send/date", url.Values{}, 200, "Enter the date the report was published"},
		{"no month", "/send/date", url.Values{"day": {"30"}, "year": {"2024"}}, 200, "must include a month"},
		{"not a date", "/send/date", url.Values{"day": {"31"}, "month": {"9"}, "year": {"2024"}}, 200, "must be a real date"},
		{"future", "/send/date", url.Values{"day": {"1"}, "month": {"1"}, "year": {"2999"}}, 200, "today or in the past"},
		{"date", "/send/date", url.Values{"day": {"30"}, "month": {"9"}, "year": {"2024"}}, 303, "/send/file?kind=yearly_report&published=2024-09-30"},
		{"no link", "/send/link", url.Values{}, 200, `href="#link"`},
		{"ftp link", "/send/link", url.Values{"link": {"ftp://example.org/a"}}, 200, "starts with https://"},
		{"bare word", "/send/link", url.Values{"link": {"https://intranet/a"}}, 200, "full web address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			form := url.Values{"csrf": {tok}}
			for k, v := range tt.form {
				form[k] = v
			}
			r := c.post(tt.path, form)
			got := r.body
			if r.status == http.StatusSeeOther {
				got = r.header.Get("Location")
			}
			if r.status != tt.status || !strings.Contains(got, tt.want) {
				t.Errorf("POST %s %v = %d %.200q, want %d with %q", tt.path, tt.form, r.status, got, tt.status, tt.want)
			}
		})
	}
	// No file chosen: the page says so and links to the field.
	if r := c.upload("rapid_review", "", "", nil, tok); r.status != 200 || !strings.Contains(r.body, `href="#file"`) {
		t.Errorf("upload without a file = %d, want 200 with an error linked to #file", r.status)
	}
}

func TestLinkSubmission(t *testing.T) {
	st := newStack(t)
	c := st.signedIn(t, leeds)
	r := c.post("/send/link", url.Values{"csrf": {c.csrf()}, "link": {"https://www.leedsscp.org.uk/about-us/leeds-safeguarding-children-partnership-arrangements"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("POST /send/link = %d, want 303", r.status)
	}
	r = c.get(r.header.Get("Location"))
	id := strings.TrimPrefix(r.header.Get("Location"), "/submissions/")
	rec, found, err := st.ledger.Get(t.Context(), id)
	if err != nil || !found {
		t.Fatalf("submission %q: found %v, %v", id, found, err)
	}
	if rec.Kind != intake.Arrangements || rec.Fields["url"] == "" || rec.Partnership.ID != leeds.Partnership {
		t.Errorf("recorded kind %s url %q partnership %v, want arrangements with the link for Leeds", rec.Kind, rec.Fields["url"], rec.Partnership)
	}
}

func TestStaffResend(t *testing.T) {
	st := newStack(t)
	const panel = "Mailbox.CSPReviewPanel@education.gov.uk"
	st.mail.FailTo(panel, errors.New("mail service unavailable"))
	id := st.signedIn(t, coventry).submit("rapid-review-coventry-child-q.pdf")
	staff := st.signedIn(t, staffer)

	page := staff.get("/staff/submissions/" + id)
	if !strings.Contains(page.body, "mail service unavailable") || !strings.Contains(page.body, `name="recipient" value="panel"`) {
		t.Fatalf("staff page lacks the failure or the resend button")
	}
	list := staff.get("/staff?status=accepted&kind=rapid_review&partnership=E08000026")
	if !strings.Contains(list.body, id) {
		t.Errorf("filtered staff list lacks %s", id)
	}
	if r := staff.get("/staff?partnership=E08000035"); strings.Contains(r.body, id) {
		t.Errorf("staff list filtered to Leeds shows Coventry's %s", id)
	}

	st.mail.FailTo("", nil)
	r := staff.post("/staff/submissions/"+id+"/resend", url.Values{"csrf": {staff.csrf()}, "recipient": {"panel"}})
	if r.status != http.StatusSeeOther || r.header.Get("Location") != "/staff/submissions/"+id {
		t.Fatalf("POST resend = %d to %q, want 303 to the submission", r.status, r.header.Get("Location"))
	}
	rec, _, _ := st.ledger.Get(t.Context(), id)
	var note string
	for _, f := range rec.Findings {
		if f.Code == "delivery_resent" {
			note = f.Message
		}
	}
	if !strings.Contains(note, staffer.Name) {
		t.Errorf("ledger note %q does not name %s", note, staffer.Name)
	}
	for _, d := range rec.Deliveries {
		if d.Recipient == "panel" && d.Status != intake.DeliverySent {
			t.Errorf("panel delivery %s after resend, want sent", d.Status)
		}
	}
	if r := staff.get(r.header.Get("Location")); !strings.Contains(r.body, `<div class="banner banner-success" role="status"><h2>Sent again to`) {
		t.Error("the page after a resend does not say it was sent")
	}
	if r := staff.get("/staff/submissions/" + id); strings.Contains(r.body, `class="banner`) {
		t.Error("the banner after a resend is shown again on the next visit")
	}
}

// TestBannersComeFromTheServer: what a resend did is told only after a
// resend, in the session that made it; the address cannot claim it.
func TestBannersComeFromTheServer(t *testing.T) {
	st := newStack(t)
	const panel = "Mailbox.CSPReviewPanel@education.gov.uk"
	st.mail.FailTo(panel, errors.New("mail service unavailable"))
	id := st.signedIn(t, coventry).submit("rapid-review-coventry-child-q.pdf")
	staff := st.signedIn(t, staffer)
	for _, q := range []string{"?resent=the+Secretary+of+State", "?failed=panel", "?resent=panel&failed=wwc"} {
		r := staff.get("/staff/submissions/" + id + q)
		for _, claim := range []string{`class="banner`, "Could not send to", "Secretary of State", "recorded in the ledger under your name"} {
			if strings.Contains(r.body, claim) {
				t.Errorf("GET %s shows %q", q, claim)
			}
		}
	}

	// A resend that fails says so, once, and only in its own session.
	r := staff.post("/staff/submissions/"+id+"/resend", url.Values{"csrf": {staff.csrf()}, "recipient": {"panel"}})
	if r.status != http.StatusSeeOther {
		t.Fatalf("POST resend = %d, want 303", r.status)
	}
	var flashCookie *http.Cookie
	for _, c := range r.header.Values("Set-Cookie") {
		if ck, err := http.ParseSetCookie(c); err == nil && ck.Name == "flash" {
			flashCookie = ck
		}
	}
	if flashCookie == nil {
		t.Fatal("a resend left no flash")
	}
	other := st.signedIn(t, staffer)
	req, _ := http.NewRequest("GET", other.base+"/staff/submissions/"+id, nil)
	req.AddCookie(flashCookie)
	if page := other.do(req); strings.Contains(page.body, "Could not send to") {
		t.Error("another session shows the flash of a resend it did not make")
	}
	if page := staff.get("/staff/submissions/" + id); !strings.Contains(page.body, "Could not send to") {
		t.Error("the page after a failed resend does not say so")
	}
	if page := staff.get("/staff/submissions/" + id); strings.Contains(page.body, "Could not send to") {
		t.Error("the failure banner is shown twice")
	}
}

func TestParseDate(t *testing.T) {
	now := time.Date(2025, 3, 21, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   dateData
		want string
		ok   bool
	}{
		{dateData{"30", "9", "2024"}, "2024-09-30", true},
		{dateData{"01", "02", "2025"}, "2025-02-01", true},
		{dateData{"21", "3", "2025"}, "2025-03-21", true},
		{dateData{"22", "3", "2025"}, "", false},
		{dateData{"29", "2", "2023"}, "", false},
		{dateData{"x", "2", "2023"}, "", false},
		{dateData{"1", "2", "23"}, "", false},
		{dateData{"1", "2", "2017"}, "", false},
	}
	for _, tt := range tests {
		got, msg := parseDate(tt.in, now)
		if got != tt.want || (msg == "") != tt.ok {
			t.Errorf("parseDate(%v) = %q, %q; want %q, ok %v", tt.in, got, msg, tt.want, tt.ok)
		}
	}
}

func TestUploadName(t *testing.T) {
	tests := map[string]string{
		"review.pdf":             "review.pdf",
		`C:\Users\me\review.pdf`: "review.pdf",
		"../../etc/passwd":       "passwd",
		"..":                     "document",
		"":                       "document",
		"a\x00b\nc.pdf":          "a b c.pdf",
	}
	for in, want := range tests {
		if got := uploadName(in); got != want {
			t.Errorf("uploadName(%q) = %q, want %q", in, got, want)
		}
	}
}

// brokenAudit is an audit trail that cannot be written.
type brokenAudit struct{}

func (brokenAudit) RecordAccess(context.Context, intake.Access) error {
	return errors.New("ledger down")
}
func (brokenAudit) Accesses(context.Context, string) ([]intake.Access, error) {
	return nil, errors.New("ledger down")
}

// TestStaffAccessIsAudited: every staff view of a submission and every
// download of its receipt is recorded in the ledger (who, when, what) and
// shown on the submission's staff page; a partnership's own views are not
// staff access; nothing in the portal removes an entry; and a view the
// trail cannot record is not shown.
func TestStaffAccessIsAudited(t *testing.T) {
	st := newStack(t)
	cov := st.signedIn(t, coventry)
	id := cov.submit("rapid-review-coventry-child-q.pdf")
	cov.get("/submissions/" + id)
	cov.get("/submissions/" + id + "/receipt")
	staff := st.signedIn(t, staffer)
	staff.get("/staff/submissions/" + id)
	if r := staff.get("/staff/submissions/" + id + "/receipt"); r.status != http.StatusOK {
		t.Fatalf("staff receipt download = %d", r.status)
	}
	page := staff.get("/staff/submissions/" + id)

	trail, err := st.ledger.Accesses(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range trail {
		if a.By != staffer.Name || a.Submission != id || a.At.IsZero() {
			t.Errorf("access %+v, want %s on %s with a time", a, staffer.Name, id)
		}
		got = append(got, a.What)
	}
	if want := []string{intake.AccessViewed, intake.AccessDownloaded, intake.AccessViewed}; !slices.Equal(got, want) {
		t.Errorf("audit trail %v, want %v", got, want)
	}
	for _, want := range []string{"Who has opened it", "Downloaded the receipt", "Viewed the submission", staffer.Name} {
		if !strings.Contains(page.body, want) {
			t.Errorf("staff page lacks %q", want)
		}
	}
	// No route of the portal removes the trail.
	for _, m := range []string{"DELETE", "POST"} {
		for _, path := range []string{"/staff/submissions/" + id, "/staff/submissions/" + id + "/accesses", "/staff/submissions/" + id + "/audit"} {
			req, _ := http.NewRequest(m, staff.base+path, strings.NewReader(url.Values{"csrf": {staff.csrf()}}.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			staff.do(req)
		}
	}
	if after, _ := st.ledger.Accesses(t.Context(), id); len(after) < len(trail) {
		t.Errorf("the trail shrank from %d to %d entries", len(trail), len(after))
	}

	broken := newStack(t, func(c *Config) { c.Audit = brokenAudit{} })
	bid := broken.signedIn(t, coventry).submit("rapid-review-coventry-child-q.pdf")
	bs := broken.signedIn(t, staffer)
	for _, path := range []string{"/staff/submissions/" + bid, "/staff/submissions/" + bid + "/receipt"} {
		if r := bs.get(path); r.status != http.StatusInternalServerError || strings.Contains(r.body, "%PDF") {
			t.Errorf("GET %s with the trail down = %d, want 500 and nothing shown", path, r.status)
		}
	}
}

package portal

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sirupsen/logrus"
	logtest "github.com/sirupsen/logrus/hooks/test"

	"github.com/safeguarding-intake/intake/internal/jsonlog"
)

// visitor talks to a server directly from an address of its choosing:
// over loopback every client would share one.
type visitor struct {
	tb     testing.TB
	srv    http.Handler
	addr   string
	cookie *http.Cookie
	token  string
}

func newVisitor(tb testing.TB, srv http.Handler, addr string) *visitor {
	tb.Helper()
	v := &visitor{tb: tb, srv: srv, addr: addr}
	r := v.do(httptest.NewRequest("GET", "/sign-in", nil))
	for _, c := range r.Result().Cookies() {
		v.cookie = c
	}
	m := csrfField.FindStringSubmatch(r.Body.String())
	if v.cookie == nil || m == nil {
		tb.Fatalf("GET /sign-in from %s gave no session or no CSRF token", addr)
	}
	v.token = m[1]
	return v
}

func (v *visitor) do(req *http.Request) *httptest.ResponseRecorder {
	req.RemoteAddr = v.addr + ":40000"
	if v.cookie != nil {
		req.AddCookie(v.cookie)
	}
	rec := httptest.NewRecorder()
	v.srv.ServeHTTP(rec, req)
	return rec
}

func (v *visitor) signIn(code string) int {
	v.tb.Helper()
	req := httptest.NewRequest("POST", "/sign-in", strings.NewReader(url.Values{"csrf": {v.token}, "code": {code}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return v.do(req).Code
}

// fixedClock holds the portal's clock still, so that the limiter's
// buckets do not refill while a test runs.
func fixedClock(c *Config) {
	now := time.Now()
	c.Now = func() time.Time { return now }
}

// TestWrongCodesCannotLockOutAnAccount sends wrong codes under an
// account's scope from several addresses, each within its own limit,
// until the scope's limit is spent: further wrong codes are refused as too
// many, and logged, but the account's own code still signs in.
func TestWrongCodesCannotLockOutAnAccount(t *testing.T) {
	for _, who := range []Principal{coventry, staffer} {
		t.Run(who.Role, func(t *testing.T) {
			logger, hook := logtest.NewNullLogger()
			st := newStack(t, fixedClock, func(c *Config) { c.Log = logger })
			scope := scopeOf(who)
			for i := range 5 {
				v := newVisitor(t, st.server, "192.0.2."+string(rune('1'+i)))
				for j := range 6 {
					v.signIn(scope + ".bogus" + string(rune('a'+j)))
				}
			}
			if got := newVisitor(t, st.server, "198.51.100.1").signIn(scope + ".another"); got != http.StatusTooManyRequests {
				t.Errorf("a wrong %s code after 30 from elsewhere = %d, want 429", scope, got)
			}
			if got := newVisitor(t, st.server, "198.51.100.2").signIn(st.codes[who.Name]); got != http.StatusSeeOther {
				t.Errorf("the right %s code after 30 wrong ones from elsewhere = %d, want 303", scope, got)
			}
			warned := false
			for _, e := range hook.AllEntries() {
				if e.Level == logrus.WarnLevel && strings.Contains(e.Message, "one account") && e.Data["scope"] == scope {
					warned = true
				}
			}
			if !warned {
				t.Errorf("no warning logged for the wrong %s codes refused", scope)
			}
		})
	}
}

// TestRightCodeIsNotCountedAgainstItsAccount: signing in with the right
// code, even often, spends nothing of the account's limit.
func TestRightCodeIsNotCountedAgainstItsAccount(t *testing.T) {
	shared := &countingLimiter{count: map[string]int{}}
	st := newStack(t, func(c *Config) { c.Limiter = shared })
	st.signedIn(t, coventry)
	st.signedIn(t, coventry)
	if got := shared.count["scope:"+coventry.Partnership]; got != 0 {
		t.Errorf("right codes counted against the partnership = %d, want 0", got)
	}
	if got := shared.count["ip:127.0.0.1"]; got != 2 {
		t.Errorf("sign-ins counted against the address = %d, want 2", got)
	}
}

// revocable is Credentials whose answers a test can change under a
// server: a credential issued to someone else, or a store that fails.
type revocable struct {
	Credentials
	mu      sync.Mutex
	renamed map[string]Principal
	err     error
}

func (c *revocable) Lookup(ctx context.Context, hash string) (Principal, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return Principal{}, false, c.err
	}
	if p, ok := c.renamed[hash]; ok {
		return p, true, nil
	}
	return c.Credentials.Lookup(ctx, hash)
}

func (c *revocable) set(f func(c *revocable)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f(c)
}

func TestRevokingACodeEndsItsSessions(t *testing.T) {
	tests := []struct {
		who  Principal
		page string
		post string
	}{
		{coventry, "/send", "/send"},
		{staffer, "/staff", "/staff/submissions/RR-2025-AAAAAA/resend"},
	}
	for _, tt := range tests {
		t.Run(tt.who.Role, func(t *testing.T) {
			st := newStack(t)
			c := st.signedIn(t, tt.who)
			other := st.signedIn(t, leeds)
			token := c.csrf()
			if r := c.get(tt.page); r.status != http.StatusOK {
				t.Fatalf("GET %s before revoking = %d, want 200", tt.page, r.status)
			}
			creds := st.cfg.Credentials.(*memCredentials)
			if err := creds.Revoke(func(p Principal) bool { return p == tt.who }); err != nil {
				t.Fatal(err)
			}
			if r := c.get(tt.page); r.status != http.StatusSeeOther || r.header.Get("Location") != "/sign-in" {
				t.Errorf("GET %s after revoking = %d to %q, want 303 to /sign-in", tt.page, r.status, r.header.Get("Location"))
			}
			if r := c.post(tt.post, url.Values{"csrf": {token}, "kind": {"rapid_review"}, "recipient": {"panel"}}); r.status != http.StatusSeeOther || r.header.Get("Location") != "/sign-in" {
				t.Errorf("POST %s after revoking = %d to %q, want 303 to /sign-in", tt.post, r.status, r.header.Get("Location"))
			}
			if r := c.get("/"); r.header.Get("Location") != "/sign-in" {
				t.Errorf("GET / after revoking = %d to %q, want /sign-in", r.status, r.header.Get("Location"))
			}
			if r := c.get("/sign-in"); strings.Contains(r.body, tt.who.Name) || strings.Contains(r.body, "Sign out") {
				t.Error("the sign-in page after revoking still shows the visitor signed in")
			}
			if r := other.get("/send"); r.status != http.StatusOK {
				t.Errorf("another account's GET /send after revoking = %d, want 200", r.status)
			}
		})
	}
}

func TestSessionFollowsItsCredential(t *testing.T) {
	var creds *revocable
	st := newStack(t, func(c *Config) {
		creds = &revocable{Credentials: c.Credentials, renamed: map[string]Principal{}}
		c.Credentials = creds
	})
	hash := HashCode(st.codes[coventry.Name])

	t.Run("issued to someone else", func(t *testing.T) {
		c := st.signedIn(t, coventry)
		moved := coventry
		moved.Name = "someone.else@coventry.example"
		creds.set(func(c *revocable) { c.renamed[hash] = moved })
		defer creds.set(func(c *revocable) { delete(c.renamed, hash) })
		if r := c.get("/send"); r.status != http.StatusSeeOther || r.header.Get("Location") != "/sign-in" {
			t.Errorf("GET /send once the code names someone else = %d to %q, want 303 to /sign-in", r.status, r.header.Get("Location"))
		}
	})

	t.Run("store failing", func(t *testing.T) {
		c := st.signedIn(t, coventry)
		creds.set(func(c *revocable) { c.err = errors.New("store unavailable") })
		defer creds.set(func(c *revocable) { c.err = nil })
		for _, path := range []string{"/send", "/", "/sign-in", "/no-such-page"} {
			if r := c.get(path); r.status != http.StatusInternalServerError || strings.Contains(r.body, "Sign in") {
				t.Errorf("GET %s while the store fails = %d, want 500 without a sign-in form", path, r.status)
			}
		}
		creds.set(func(c *revocable) { c.err = nil })
		if r := c.get("/send"); r.status != http.StatusOK {
			t.Errorf("GET /send once the store answers again = %d, want 200", r.status)
		}
	})

	// A cookie from before sessions named their credential, signed with
	// the right key, is no sign-in.
	t.Run("cookie without a credential", func(t *testing.T) {
		old := st.server.sessions.encode(session{ID: randomID(), Who: coventry, Expires: time.Now().Add(time.Hour).Unix()})
		req, _ := http.NewRequest("GET", st.url+"/send", nil)
		req.AddCookie(&http.Cookie{Name: "session", Value: old})
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/sign-in" {
			t.Errorf("GET /send with a session naming no credential = %d to %q, want 303 to /sign-in", resp.StatusCode, resp.Header.Get("Location"))
		}
	})
}

// postMultipart posts fields as multipart/form-data, as a file upload
// form would.
func (c *client) postMultipart(path string, fields url.Values) response {
	c.tb.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for k, vs := range fields {
		for _, v := range vs {
			w.WriteField(k, v)
		}
	}
	w.Close()
	req, _ := http.NewRequest("POST", c.base+path, &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return c.do(req)
}

// TestMultipartPostsNeedTheirCSRFToken: only the file upload takes a
// multipart body, and checks its token itself; posted to any other form,
// even with the session's own token, one is refused.
func TestMultipartPostsNeedTheirCSRFToken(t *testing.T) {
	st := newStack(t)
	partner := st.signedIn(t, coventry)
	staff := st.signedIn(t, staffer)
	stranger := st.client(t).csrf()

	small := []struct {
		c    *client
		path string
		form url.Values
	}{
		{staff, "/staff/submissions/RR-2025-AAAAAA/resend", url.Values{"recipient": {"panel"}}},
		{partner, "/send/link", url.Values{"link": {"https://www.example.gov.uk/arrangements"}}},
		{partner, "/send", url.Values{"kind": {"rapid_review"}}},
		{partner, "/send/date", url.Values{"day": {"1"}, "month": {"9"}, "year": {"2024"}}},
	}
	for _, f := range small {
		form := url.Values{"csrf": {f.c.csrf()}}
		for k, v := range f.form {
			form[k] = v
		}
		if r := f.c.postMultipart(f.path, form); r.status != http.StatusForbidden {
			t.Errorf("multipart POST %s with the session's token = %d, want 403", f.path, r.status)
		}
	}

	for _, token := range []string{"", "forged", stranger} {
		if r := partner.upload("rapid_review", "", "a.pdf", []byte("%PDF-1.4\n"), token); r.status != http.StatusForbidden {
			t.Errorf("upload with token %q = %d, want 403", token, r.status)
		}
	}
	// A url-encoded post to the upload route is checked by the guard.
	if r := partner.post("/send/file", url.Values{"kind": {"rapid_review"}}); r.status != http.StatusForbidden {
		t.Errorf("url-encoded POST /send/file without a token = %d, want 403", r.status)
	}
	if list, _ := st.ledger.List(t.Context()); len(list) != 0 {
		t.Errorf("%d submissions recorded from posts refused, want 0", len(list))
	}
}

// TestSignInLinkSaysWhoseCodeItIs: a sign-in link fills in the code, and
// the page says whose account it opens before anyone signs in with it,
// so a link carrying someone else's code shows as theirs.
func TestSignInLinkSaysWhoseCodeItIs(t *testing.T) {
	st := newStack(t, fixedClock)
	tests := []struct {
		name, code string
		want       []string // in the notice; none for no notice
	}{
		{"partnership", st.codes[coventry.Name], []string{st.server.partnershipName(coventry.Partnership), coventry.Name}},
		{"staff", st.codes[staffer.Name], []string{"the staff view", staffer.Name}},
		{"wrong code", coventry.Partnership + ".nope", nil},
		{"hash of a code", HashCode(st.codes[leeds.Name]), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := st.client(t)
			r := c.get("/sign-in?" + url.Values{"code": {tt.code}}.Encode())
			notice := strings.Contains(r.body, "This code signs in to")
			if r.status != http.StatusOK || notice != (tt.want != nil) {
				t.Fatalf("GET /sign-in with a %s = %d, notice %v; want 200, notice %v", tt.name, r.status, notice, tt.want != nil)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.body, "<strong>"+w+"</strong>") {
					t.Errorf("the notice does not name %q", w)
				}
			}
			if tt.want != nil && !strings.Contains(r.body, `aria-describedby="code-account"`) {
				t.Error("the sign-in button is not described by the notice")
			}
			if r := c.get("/send"); r.status != http.StatusSeeOther {
				t.Errorf("GET /send after only opening the link = %d, want 303 to sign in", r.status)
			}
		})
	}

	// Opening links counts as trying codes: beyond the address's limit a
	// link no longer says whose code it is.
	v := newVisitor(t, st.server, "203.0.113.9")
	open := func() string {
		return v.do(httptest.NewRequest("GET", "/sign-in?code="+url.QueryEscape(st.codes[coventry.Name]), nil)).Body.String()
	}
	for i := 0; i < ipAttempts; i++ {
		if !strings.Contains(open(), "This code signs in to") {
			t.Fatalf("link opened %d times: no notice", i+1)
		}
	}
	if strings.Contains(open(), "This code signs in to") {
		t.Errorf("link opened %d times from one address still shows whose code it is", ipAttempts+1)
	}
}

// TestSignOutEndsTheSessionOnTheServer: a copy of the session cookie
// taken before signing out opens no page and makes no POST afterwards.
func TestSignOutEndsTheSessionOnTheServer(t *testing.T) {
	st := newStack(t)
	c := st.signedIn(t, coventry)
	token := c.csrf()
	u, _ := url.Parse(st.url)
	kept := c.http.Jar.Cookies(u)
	if r := c.post("/sign-out", url.Values{"csrf": {token}}); r.status != http.StatusSeeOther {
		t.Fatalf("POST /sign-out = %d, want 303", r.status)
	}
	replay := st.client(t)
	replay.http.Jar.SetCookies(u, kept)
	for _, path := range []string{"/", "/send", "/send/file?kind=rapid_review", "/send/link"} {
		if r := replay.get(path); r.status == http.StatusOK {
			t.Errorf("GET %s with the signed-out cookie = 200", path)
		}
	}
	replay.http.Jar.SetCookies(u, kept)
	if r := replay.post("/send", url.Values{"csrf": {token}, "kind": {"rapid_review"}}); r.status != http.StatusSeeOther || r.header.Get("Location") != "/sign-in" {
		t.Errorf("POST /send with the signed-out cookie = %d to %q, want 303 to /sign-in", r.status, r.header.Get("Location"))
	}
	replay.http.Jar.SetCookies(u, kept)
	if r := replay.post("/send/link", url.Values{"csrf": {token}, "link": {"https://www.example.gov.uk/a"}}); r.status != http.StatusSeeOther || r.header.Get("Location") != "/sign-in" {
		t.Errorf("POST /send/link with the signed-out cookie = %d to %q, want 303 to /sign-in", r.status, r.header.Get("Location"))
	}
	// Signing in again still works, with a session of its own.
	st.signedIn(t, coventry)
}

// countingBody is a request body that counts what is read of it.
type countingBody struct {
	left, read int64
}

func (b *countingBody) Read(p []byte) (int, error) {
	if b.left == 0 {
		return 0, io.EOF
	}
	n := int64(len(p))
	if n > b.left {
		n = b.left
	}
	for i := range p[:n] {
		p[i] = 'a'
	}
	b.left -= n
	b.read += n
	return int(n), nil
}

// TestCrossSitePostIsRefusedUnread: a POST the browser marks as coming
// from another site, or from another origin, is refused before any of its
// body is read, even with the session's own token.
func TestCrossSitePostIsRefusedUnread(t *testing.T) {
	st := newStack(t)
	c := st.signedIn(t, coventry)
	token := c.csrf()
	for _, h := range []map[string]string{
		{"Sec-Fetch-Site": "cross-site"},
		{"Sec-Fetch-Site": "same-site"},
		{"Origin": "https://attacker.example"},
	} {
		body := &countingBody{left: 50 << 20}
		req := httptest.NewRequest("POST", "/send/file", body)
		req.ContentLength = body.left
		req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
		for k, v := range h {
			req.Header.Set(k, v)
		}
		u, _ := url.Parse(st.url)
		for _, ck := range c.http.Jar.Cookies(u) {
			req.AddCookie(ck)
		}
		rec := httptest.NewRecorder()
		st.server.ServeHTTP(rec, req)
		if rec.Code != http.StatusForbidden {
			t.Errorf("POST /send/file with %v = %d, want 403", h, rec.Code)
		}
		if body.read != 0 {
			t.Errorf("POST /send/file with %v: %d bytes of its body were read", h, body.read)
		}
	}
	// The same forms from the portal's own pages still work.
	req, _ := http.NewRequest("POST", st.url+"/send", strings.NewReader(url.Values{"csrf": {token}, "kind": {"rapid_review"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Origin", st.url)
	if r := c.do(req); r.status != http.StatusSeeOther {
		t.Errorf("same-origin POST /send = %d, want 303", r.status)
	}
}

// TestRefusalsAreLoggedWithoutAddressesOrCodes: refused sign-ins and the
// limits on them are logged as JSON, naming the client by a pseudonym,
// never its address, a code or an email address.
func TestRefusalsAreLoggedWithoutAddressesOrCodes(t *testing.T) {
	var buf bytes.Buffer
	st := newStack(t, fixedClock, func(c *Config) { c.Log = jsonlog.New(&buf) })
	const addr = "192.0.2.77"
	v := newVisitor(t, st.server, addr)
	wrong := coventry.Partnership + ".not-the-code"
	for range ipAttempts + 1 {
		v.signIn(wrong)
	}
	right := st.codes[staffer.Name]
	if got := newVisitor(t, st.server, "198.51.100.9").signIn(right); got != http.StatusSeeOther {
		t.Fatalf("signing in as staff = %d", got)
	}
	out := buf.String()
	events := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("log line is not JSON: %s", line)
		}
		msg, _ := e["msg"].(string)
		events[msg]++
		if strings.HasPrefix(msg, "sign-in refused") && e["address"] != st.server.pseudonym(addr) {
			t.Errorf("%q names the client as %v, want its pseudonym", msg, e["address"])
		}
	}
	if events["sign-in refused: wrong code"] != ipAttempts || events["sign-in refused: too many attempts from one address"] != 1 {
		t.Errorf("logged %v; want %d wrong codes and one refusal for too many attempts", events, ipAttempts)
	}
	for _, secret := range []string{addr, wrong, right, "not-the-code", staffer.Name} {
		if strings.Contains(out, secret) {
			t.Errorf("the log holds %q in clear:\n%s", secret, out)
		}
	}
}

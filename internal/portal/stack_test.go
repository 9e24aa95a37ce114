package portal

import (
	"bytes"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/local/boltledger"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/testkit/pipelinetest"
)

// Accounts of the test stack.
var (
	coventry = Principal{Role: RolePartnership, Partnership: "E08000026", Name: "manager@coventry.example"}
	leeds    = Principal{Role: RolePartnership, Partnership: "E08000035", Name: "manager@leeds.example"}
	staffer  = Principal{Role: RoleStaff, Name: "alice@education.example"}
)

// stack is the whole product as 'intake serve' wires it, on a loopback
// test server.
type stack struct {
	url    string
	p      *pipeline.Pipeline
	ledger *boltledger.Store
	mail   *pipelinetest.Mailer
	codes  map[string]string // account name → sign-in code
	server *Server
	cfg    Config
	now    time.Time
}

// newStack builds a portal on the embedded adapters; opts adjust its
// configuration before the server is made.
func newStack(tb testing.TB, opts ...func(*Config)) *stack {
	tb.Helper()
	x := pipelinetest.New(tb)
	st := &stack{ledger: x.Ledger, mail: x.Mail, codes: map[string]string{}, p: x.Pipeline}
	led, blobs := x.Ledger, x.Blobs
	creds := newMemCredentials()
	for _, who := range []Principal{coventry, leeds, staffer} {
		code, err := creds.Issue(who)
		if err != nil {
			tb.Fatal(err)
		}
		st.codes[who.Name] = code
	}
	st.cfg = Config{
		Ledger: led, Uploads: LocalUploads{Pipeline: st.p}, Credentials: creds,
		Files: blobs, Resender: st.p, Registry: st.p.Registry, Obligations: led,
		SessionKey: bytes.Repeat([]byte("k"), 32), Insecure: true,
	}
	for _, o := range opts {
		o(&st.cfg)
	}
	var err error
	st.server, err = New(st.cfg)
	if err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(st.server)
	tb.Cleanup(ts.Close)
	st.url = ts.URL
	return st
}

func fixture(tb testing.TB, name string) string {
	tb.Helper()
	return filepath.Join(testenv.Root(tb), "testdata", "submissions", name)
}

// client is a cookie-keeping HTTP client that does not follow redirects.
type client struct {
	tb   testing.TB
	base string
	http *http.Client
}

func (st *stack) client(tb testing.TB) *client {
	jar, _ := cookiejar.New(nil)
	return &client{tb: tb, base: st.url, http: &http.Client{
		Jar:           jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

type response struct {
	status int
	header http.Header
	body   string
}

func (c *client) do(req *http.Request) response {
	c.tb.Helper()
	resp, err := c.http.Do(req)
	if err != nil {
		c.tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return response{resp.StatusCode, resp.Header, string(b)}
}

func (c *client) get(path string) response {
	c.tb.Helper()
	req, _ := http.NewRequest("GET", c.base+path, nil)
	return c.do(req)
}

func (c *client) post(path string, form url.Values) response {
	c.tb.Helper()
	req, _ := http.NewRequest("POST", c.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf returns the token of the session's forms, as a page shows it.
func (c *client) csrf() string {
	c.tb.Helper()
	r := c.get("/sign-in")
	m := csrfField.FindStringSubmatch(r.body)
	if m == nil {
		c.tb.Fatalf("no CSRF token on the sign-in page")
	}
	return m[1]
}

func (c *client) signIn(code string) response {
	c.tb.Helper()
	return c.post("/sign-in", url.Values{"csrf": {c.csrf()}, "code": {code}})
}

func (st *stack) signedIn(tb testing.TB, who Principal) *client {
	tb.Helper()
	c := st.client(tb)
	if r := c.signIn(st.codes[who.Name]); r.status != http.StatusSeeOther {
		tb.Fatalf("signing in as %s: status %d, want 303", who.Name, r.status)
	}
	return c
}

// upload sends a file through the portal's own form, as 'intake serve'
// takes it, and returns the response.
func (c *client) upload(kind, published, name string, data []byte, csrf string) response {
	c.tb.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("csrf", csrf)
	w.WriteField("kind", kind)
	w.WriteField("published", published)
	if name != "" {
		fw, _ := w.CreateFormFile("file", name)
		fw.Write(data)
	}
	w.Close()
	req, _ := http.NewRequest("POST", c.base+"/send/file", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return c.do(req)
}

// submit uploads a fixture as a rapid review and follows the redirects to
// the submission page, returning its reference.
func (c *client) submit(name string) string {
	c.tb.Helper()
	data, err := os.ReadFile(fixture(c.tb, name))
	if err != nil {
		c.tb.Fatal(err)
	}
	r := c.upload("rapid_review", "", name, data, c.csrf())
	if r.status != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/uploads/") {
		c.tb.Fatalf("upload: status %d to %q, want 303 to /uploads/", r.status, r.header.Get("Location"))
	}
	r = c.get(r.header.Get("Location"))
	loc := r.header.Get("Location")
	if r.status != http.StatusSeeOther || !strings.HasPrefix(loc, "/submissions/") {
		c.tb.Fatalf("upload page: status %d to %q, want 303 to the submission", r.status, loc)
	}
	return strings.TrimPrefix(loc, "/submissions/")
}

func httptestRecorder() *httptest.ResponseRecorder { return httptest.NewRecorder() }

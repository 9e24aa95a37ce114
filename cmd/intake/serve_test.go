package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/httpserver"
)

// syncBuffer is a buffer the server writes to while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// served is a running 'intake serve'.
type served struct {
	base, data         string
	partnership, staff string // sign-in codes
	stderr             *syncBuffer
}

var signInLink = regexp.MustCompile(`(Partnership \(Coventry\)|Staff):\s+(http://\S+)/sign-in\?code=(\S+)`)

// startServe runs 'intake serve' on a free loopback port until the test
// ends, within limits.
func startServe(t *testing.T, limits httpserver.Limits) served {
	t.Helper()
	saved := serveLimits
	serveLimits = limits
	ctx, cancel := context.WithCancel(context.Background())
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	done := make(chan int, 1)
	data := t.TempDir()
	go func() {
		done <- run(ctx, []string{"serve", "--data", data, "--addr", "127.0.0.1:0"}, stdout, stderr, func(string) string { return "" })
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		serveLimits = saved
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		ms := signInLink.FindAllStringSubmatch(stdout.String(), -1)
		if len(ms) == 2 {
			s := served{base: ms[0][2], data: data, stderr: stderr}
			for _, m := range ms {
				code, _ := url.QueryUnescape(m[3])
				if m[1] == "Staff" {
					s.staff = code
				} else {
					s.partnership = code
				}
			}
			return s
		}
		select {
		case code := <-done:
			t.Fatalf("intake serve exited %d: %s", code, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("intake serve printed no sign-in links: %s", stdout.String())
		}
	}
}

// browser is a cookie-keeping client that does not follow redirects.
func (s served) browser(t *testing.T) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func (s served) get(t *testing.T, c *http.Client, path string) (int, string) {
	t.Helper()
	resp, err := c.Get(s.base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (s served) post(t *testing.T, c *http.Client, path string, form url.Values) (int, string) {
	t.Helper()
	resp, err := c.PostForm(s.base+path, form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Location") + string(b)
}

func (s served) csrf(t *testing.T, c *http.Client) string {
	t.Helper()
	_, body := s.get(t, c, "/sign-in")
	m := csrfField.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no CSRF token on the sign-in page")
	}
	return m[1]
}

// TestServeSignOutIsFinal: after signing out of 'intake serve', a copy of
// the session cookie opens nothing.
func TestServeSignOutIsFinal(t *testing.T) {
	s := startServe(t, httpserver.Default)
	c := s.browser(t)
	if st, _ := s.post(t, c, "/sign-in", url.Values{"csrf": {s.csrf(t, c)}, "code": {s.staff}}); st != http.StatusSeeOther {
		t.Fatalf("sign in: %d", st)
	}
	u, _ := url.Parse(s.base)
	kept := c.Jar.Cookies(u)
	token := s.csrf(t, c)
	if st, _ := s.post(t, c, "/sign-out", url.Values{"csrf": {token}}); st != http.StatusSeeOther {
		t.Fatalf("sign out: %d", st)
	}
	replay := s.browser(t)
	replay.Jar.SetCookies(u, kept)
	if st, loc := s.get(t, replay, "/staff"); st != http.StatusSeeOther {
		t.Errorf("GET /staff with the signed-out cookie = %d %.40q, want 303 to /sign-in", st, loc)
	}
	// The sign-out is kept in the data folder, beside the codes.
	var ended map[string]int64
	if b, err := os.ReadFile(filepath.Join(s.data, "signed-out.json")); err != nil || json.Unmarshal(b, &ended) != nil || len(ended) != 1 {
		t.Errorf("signed-out.json: %v, %d sessions; want the one signed out", err, len(ended))
	}
}

// TestServeLimitsSlowClients: 'intake serve' cuts off a client that sends
// its body slowly and one that keeps an idle connection, and refuses a
// cross-site POST. The limits are shortened so the test waits briefly.
func TestServeLimitsSlowClients(t *testing.T) {
	if serveLimits.Read <= 0 || serveLimits.Write <= 0 || serveLimits.Idle <= 0 || serveLimits.ReadHeader <= 0 || serveLimits.MaxHeaderBytes <= 0 {
		t.Fatalf("intake serve's limits %+v leave one unset", serveLimits)
	}
	s := startServe(t, httpserver.Limits{ReadHeader: 200 * time.Millisecond, Read: 500 * time.Millisecond,
		Write: 2 * time.Second, Idle: 500 * time.Millisecond, MaxHeaderBytes: 8 << 10})
	host := strings.TrimPrefix(s.base, "http://")
	cutOff := func(name, send string, answer bool) {
		conn, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		io.WriteString(conn, send)
		conn.SetReadDeadline(time.Now().Add(15 * time.Second))
		if answer {
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Errorf("%s: no answer: %v", name, err)
				return
			}
			io.Copy(io.Discard, resp.Body)
		}
		if _, err := io.Copy(io.Discard, conn); err != nil {
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Errorf("%s: the connection is still open", name)
			}
		}
	}
	cutOff("a body sent slowly", "POST /sign-in HTTP/1.1\r\nHost: "+host+"\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\ncsrf=", true)
	cutOff("an idle keep-alive", "GET /sign-in HTTP/1.1\r\nHost: "+host+"\r\n\r\n", true)

	req, _ := http.NewRequest("POST", s.base+"/sign-in", strings.NewReader("csrf=x&code=y"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST /sign-in = %d, want 403", resp.StatusCode)
	}
}

// TestServeLogsRefusalsAsJSON: a refused sign-in is logged on standard
// error as a JSON line, without the code or the client's address.
func TestServeLogsRefusalsAsJSON(t *testing.T) {
	s := startServe(t, httpserver.Default)
	c := s.browser(t)
	wrong := "E08000026.certainly-wrong"
	if st, _ := s.post(t, c, "/sign-in", url.Values{"csrf": {s.csrf(t, c)}, "code": {wrong}}); st != http.StatusOK {
		t.Fatalf("wrong code: %d, want the form again", st)
	}
	var found bool
	for _, line := range strings.Split(strings.TrimSpace(s.stderr.String()), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Errorf("standard error line is not JSON: %s", line)
			continue
		}
		if e["msg"] == "sign-in refused: wrong code" && e["address"] != nil {
			found = true
		}
	}
	if !found {
		t.Errorf("no JSON entry for the refused sign-in on standard error:\n%s", s.stderr.String())
	}
	for _, secret := range []string{wrong, "certainly-wrong", "127.0.0.1", s.staff, s.partnership} {
		if strings.Contains(s.stderr.String(), secret) {
			t.Errorf("standard error holds %q", secret)
		}
	}
}

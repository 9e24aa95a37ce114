package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/google/go-cmp/cmp"
)

func loadEvent(t testing.TB, name string) events.LambdaFunctionURLRequest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "events", name))
	if err != nil {
		t.Fatal(err)
	}
	var ev events.LambdaFunctionURLRequest
	if err := json.Unmarshal(data, &ev); err != nil {
		t.Fatal(err)
	}
	return ev
}

func TestRequestTranslation(t *testing.T) {
	type seen struct {
		Method, Path, Query, Host, Remote, Body, Session, ContentType string
	}
	var got seen
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		c, _ := r.Cookie("session")
		got = seen{r.Method, r.URL.Path, r.URL.Query().Get("b"), r.Host, r.RemoteAddr, string(body), c.Value, r.Header.Get("Content-Type")}
		http.SetCookie(w, &http.Cookie{Name: "a", Value: "1"})
		http.SetCookie(w, &http.Cookie{Name: "b", Value: "2"})
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusSeeOther)
		io.WriteString(w, "<p>moved</p>")
	})
	resp, err := adapter{h: h}.Handle(context.Background(), loadEvent(t, "function-url-post.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := seen{"POST", "/send/link", "two words", "abcdefg.lambda-url.eu-west-2.on.aws", "198.51.100.7:0",
		"csrf=t&link=https%3A%2F%2Fexample.gov.uk", "abc.def", "application/x-www-form-urlencoded"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("request seen by the handler (-want +got):\n%s", diff)
	}
	if resp.StatusCode != http.StatusSeeOther || resp.Body != "<p>moved</p>" || resp.IsBase64Encoded {
		t.Errorf("response = %d %q base64=%v", resp.StatusCode, resp.Body, resp.IsBase64Encoded)
	}
	if diff := cmp.Diff([]string{"a=1", "b=2"}, resp.Cookies); diff != "" {
		t.Errorf("cookies (-want +got):\n%s", diff)
	}
	if _, ok := resp.Headers["Set-Cookie"]; ok {
		t.Error("Set-Cookie left in the headers as well as in cookies")
	}
}

func TestBinaryResponseIsBase64(t *testing.T) {
	pdf := []byte("%PDF-1.7\x00\xff")
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(pdf)
	})
	resp, _ := adapter{h: h}.Handle(context.Background(), events.LambdaFunctionURLRequest{RawPath: "/r"})
	got, err := base64.StdEncoding.DecodeString(resp.Body)
	if !resp.IsBase64Encoded || err != nil || string(got) != string(pdf) {
		t.Errorf("binary response: base64=%v, decoded %q (%v)", resp.IsBase64Encoded, got, err)
	}
}

func TestBadBodyIsRefused(t *testing.T) {
	called := false
	h := http.HandlerFunc(func(http.ResponseWriter, *http.Request) { called = true })
	resp, _ := adapter{h: h}.Handle(context.Background(), events.LambdaFunctionURLRequest{RawPath: "/", Body: "!!", IsBase64Encoded: true})
	if resp.StatusCode != http.StatusBadRequest || called {
		t.Errorf("malformed base64 body: status %d, handler called %v; want 400 without calling it", resp.StatusCode, called)
	}
}

func TestLoadConfig(t *testing.T) {
	env := map[string]string{
		"INTAKE_BUCKET": "b", "LEDGER_TABLE": "t", "SENDER_ADDRESS": "intake@example.org",
		"RECIPIENT_PANEL": "p@example.org", "RECIPIENT_WWC": "w@example.org", "RECIPIENT_DFE": "d@example.org", "RECIPIENT_DFE_REVIEWS": "r@example.org", "RECIPIENT_OFSTED": "o@example.org",
		"SESSION_KEY": base64.StdEncoding.EncodeToString(make([]byte, 32)),
	}
	get := func(k string) string { return env[k] }
	if c, err := loadConfig(get); err != nil || c.DocumentLimit != 0 {
		t.Fatalf("loadConfig = %+v, %v; want no document limit of its own", c, err)
	}
	env["DOCUMENT_LIMIT_BYTES"] = "20971520"
	if c, err := loadConfig(get); err != nil || c.DocumentLimit != 20<<20 {
		t.Errorf("loadConfig with DOCUMENT_LIMIT_BYTES = %d, %v; want 20 MiB", c.DocumentLimit, err)
	}
	for k, v := range map[string]string{"SESSION_KEY": "c2hvcnQ=", "PORTAL_URL": "http://insecure.example", "LOG_LEVEL": "loud", "DOCUMENT_LIMIT_BYTES": "lots"} {
		old := env[k]
		env[k] = v
		if _, err := loadConfig(get); err == nil {
			t.Errorf("loadConfig with %s=%q = nil error", k, v)
		}
		env[k] = old
	}
	delete(env, "SESSION_KEY")
	if _, err := loadConfig(get); err == nil {
		t.Error("loadConfig without SESSION_KEY = nil error")
	}
}

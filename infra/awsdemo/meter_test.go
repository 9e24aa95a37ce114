package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestOperation(t *testing.T) {
	sig := func(service string) string {
		return "AWS4-HMAC-SHA256 Credential=test/20250321/eu-west-2/" + service + "/aws4_request, SignedHeaders=host, Signature=00"
	}
	for _, c := range []struct {
		method, path, service, target, want string
	}{
		{"POST", "/", "dynamodb", "DynamoDB_20120810.PutItem", "dynamodb PutItem"},
		{"POST", "/", "sqs", "AmazonSQS.ReceiveMessage", "sqs ReceiveMessage"},
		{"GET", "/bucket/submissions/auto/auto/a.url", "s3", "", "s3 GetObject"},
		{"PUT", "/bucket/receipts/AR-2025-ABCDEF.pdf", "s3", "", "s3 PutObject"},
		{"GET", "/bucket", "s3", "", "s3 ListObjects"},
		{"POST", "/v2/email/outbound-emails", "ses", "", "ses SendEmail"},
		{"GET", "/elsewhere", "", "", "? GET /elsewhere"},
	} {
		r := httptest.NewRequest(c.method, c.path, nil)
		if c.service != "" {
			r.Header.Set("Authorization", sig(c.service))
		}
		if c.target != "" {
			r.Header.Set("X-Amz-Target", c.target)
		}
		if got := operation(r); got != c.want {
			t.Errorf("operation(%s %s, %s, %q) = %q, want %q", c.method, c.path, c.service, c.target, got, c.want)
		}
	}
}

// TestMeter: requests pass through to the endpoint unchanged, Host header
// included, and are counted by operation.
func TestMeter(t *testing.T) {
	var gotHost, gotBody string
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		gotHost, gotBody = r.Host, string(b)
		w.Write([]byte("{}"))
	}))
	defer backend.Close()
	m, err := startMeter(backend.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer m.close()
	for range 3 {
		req, _ := http.NewRequest(http.MethodPost, m.URL+"/", bytes.NewReader([]byte(`{"TableName":"t"}`)))
		req.Header.Set("X-Amz-Target", "DynamoDB_20120810.GetItem")
		req.Header.Set("Authorization", "AWS4-HMAC-SHA256 Credential=test/20250321/eu-west-2/dynamodb/aws4_request")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(body) != "{}" {
			t.Errorf("answer through the meter = %q, want {}", body)
		}
	}
	if want := strings.TrimPrefix(m.URL, "http://"); gotHost != want || gotBody != `{"TableName":"t"}` {
		t.Errorf("the endpoint saw Host %q and body %q, want %q and the request's", gotHost, gotBody, want)
	}
	st := m.snapshot()
	if st.requests != 3 || st.ops["dynamodb GetItem"].n != 3 {
		t.Errorf("meter counted %d requests, %+v; want 3 dynamodb GetItem", st.requests, st.ops)
	}
	var out bytes.Buffer
	st.print(&out, 3)
	if !strings.Contains(out.String(), "1.0 a submission") || !strings.Contains(out.String(), "dynamodb GetItem") {
		t.Errorf("meter summary:\n%s", out.String())
	}
}

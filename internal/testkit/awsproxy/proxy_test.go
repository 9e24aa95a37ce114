package awsproxy

import (
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestProxy(t *testing.T) {
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"MessageId":"m"}`)
	}))
	defer upstream.Close()
	p := NewProxy(t, upstream.URL)

	send := func(to string) int {
		raw := "From: intake@example.org\r\nTo: " + to + "\r\nSubject: =?utf-8?q?Receipt_=E2=80=93_RR?=\r\n\r\nbody\r\n"
		body := `{"Content":{"Raw":{"Data":"` + base64.StdEncoding.EncodeToString([]byte(raw)) + `"}}}`
		resp, err := http.Post(p.URL+"/v2/email/outbound-emails", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode
	}
	dynamo := func(op string) int {
		req, _ := http.NewRequest(http.MethodPost, p.URL+"/", strings.NewReader("{}"))
		req.Header.Set("X-Amz-Target", "DynamoDB_20120810."+op)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}

	p.Fail(Fault{Service: "ses", Recipient: "panel@example.org", Status: 500, Code: "InternalFailure", Times: 1})
	p.Fail(Fault{Service: "dynamodb", Action: "PutItem", Status: 400, Code: "ThrottlingException"})
	steps := []struct {
		name string
		do   func() int
		want int
	}{
		{"send to panel, failed", func() int { return send("panel@example.org") }, 500},
		{"send to panel again, through", func() int { return send("Panel@Example.org") }, 200},
		{"send to dfe", func() int { return send("dfe@example.org") }, 200},
		{"PutItem throttled", func() int { return dynamo("PutItem") }, 400},
		{"GetItem through", func() int { return dynamo("GetItem") }, 200},
	}
	for _, s := range steps {
		if got := s.do(); got != s.want {
			t.Errorf("%s: status %d, want %d", s.name, got, s.want)
		}
	}
	p.Clear()
	if got := dynamo("PutItem"); got != 200 {
		t.Errorf("PutItem after Clear: status %d, want 200", got)
	}

	var got [][]string
	for _, s := range p.Sent() {
		got = append(got, append(s.To, s.Subject))
	}
	want := [][]string{{"Panel@Example.org", "Receipt – RR"}, {"dfe@example.org", "Receipt – RR"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sent (-want +got):\n%s", diff)
	}
	if n := p.SentTo("panel@example.org"); n != 1 {
		t.Errorf("SentTo(panel) = %d, want 1", n)
	}
	if n := p.Calls("dynamodb.PutItem"); n != 2 {
		t.Errorf("Calls(dynamodb.PutItem) = %d, want 2", n)
	}
}

// TestProxySerialisesDynamoDB sends DynamoDB requests at once and checks
// that the upstream never has two of them in hand.
func TestProxySerialisesDynamoDB(t *testing.T) {
	var inFlight, most atomic.Int32
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond) // long enough for the others to arrive
		inFlight.Add(-1)
		fmt.Fprint(w, `{}`)
	}))
	defer upstream.Close()
	p := NewProxy(t, upstream.URL)

	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() {
			req, _ := http.NewRequest(http.MethodPost, p.URL+"/", strings.NewReader("{}"))
			req.Header.Set("X-Amz-Target", "DynamoDB_20120810.UpdateItem")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
		})
	}
	wg.Wait()
	if m := most.Load(); m != 1 {
		t.Errorf("upstream had %d DynamoDB requests in hand at once, want 1", m)
	}
	if n := p.Calls("dynamodb.UpdateItem"); n != 6 {
		t.Errorf("Calls(dynamodb.UpdateItem) = %d, want 6", n)
	}
}

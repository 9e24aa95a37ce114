// Package awsproxy is a proxy in front of moto_server for end-to-end tests
// of the Lambda functions: it injects AWS failures, passes DynamoDB
// requests one at a time (as DynamoDB applies conditional writes) and
// records the mail SES accepted.
package awsproxy

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/mail"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// Proxy forwards AWS requests to a target endpoint, failing those a fault
// matches and recording every SES send that got through.
//
// DynamoDB requests go through one at a time. DynamoDB applies each
// request, condition and all, atomically; moto_server answers requests on
// several threads without locking its tables, so two conditional updates
// of one item can both pass their condition there. Serialising them gives
// back what DynamoDB guarantees, while callers still race between requests.
type Proxy struct {
	// URL is the endpoint to give the SDK (AWS_ENDPOINT_URL).
	URL string

	dynamo sync.Mutex // held while a DynamoDB request is upstream
	mu     sync.Mutex
	faults []Fault
	sent   []Sent
	counts map[string]int
}

// Fault makes matching requests fail with an AWS error.
type Fault struct {
	// Service is "dynamodb" or "ses"; Action narrows DynamoDB faults to
	// one operation ("PutItem"), Recipient narrows SES faults to messages
	// addressed to it. Empty fields match anything.
	Service, Action, Recipient string
	// Status and Code are the HTTP status and the AWS error code returned.
	Status int
	Code   string
	// Times is how many matching requests fail; zero means until cleared.
	Times int
}

// Sent is a message SES accepted.
type Sent struct {
	From    string
	To      []string
	Subject string
	Raw     []byte
}

// NewProxy starts a proxy to target for tb.
func NewProxy(tb testing.TB, target string) *Proxy {
	tb.Helper()
	u, err := url.Parse(target)
	if err != nil {
		tb.Fatal(err)
	}
	p := &Proxy{counts: map[string]int{}}
	rp := httputil.NewSingleHostReverseProxy(u)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		req := describe(r, body)
		p.mu.Lock()
		p.counts[req.service+"."+req.action]++
		f, fail := p.match(req)
		p.mu.Unlock()
		if fail {
			writeError(w, req.service, f)
			return
		}
		if req.service == "dynamodb" {
			p.dynamo.Lock()
			defer p.dynamo.Unlock()
		}
		if req.service != "ses" || req.action != "SendEmail" {
			rp.ServeHTTP(w, r)
			return
		}
		rec := &recorder{ResponseWriter: w}
		rp.ServeHTTP(rec, r)
		if rec.status/100 == 2 {
			p.mu.Lock()
			p.sent = append(p.sent, req.mail)
			p.mu.Unlock()
		}
	}))
	tb.Cleanup(srv.Close)
	p.URL = srv.URL
	return p
}

// Fail adds a fault.
func (p *Proxy) Fail(f Fault) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults = append(p.faults, f)
}

// Clear removes every fault.
func (p *Proxy) Clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.faults = nil
}

// Sent returns the messages SES accepted so far.
func (p *Proxy) Sent() []Sent {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Sent(nil), p.sent...)
}

// SentTo returns how many accepted messages were addressed to addr.
func (p *Proxy) SentTo(addr string) int {
	n := 0
	for _, s := range p.Sent() {
		for _, to := range s.To {
			if strings.EqualFold(to, addr) {
				n++
			}
		}
	}
	return n
}

// Calls returns how many requests for service.action ("dynamodb.PutItem",
// "ses.SendEmail") reached the proxy, failed or not.
func (p *Proxy) Calls(op string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counts[op]
}

func (p *Proxy) match(r request) (Fault, bool) {
	for i, f := range p.faults {
		if f.Service != r.service || (f.Action != "" && f.Action != r.action) {
			continue
		}
		if f.Recipient != "" && !containsFold(r.mail.To, f.Recipient) {
			continue
		}
		if f.Times > 0 {
			p.faults[i].Times--
			if p.faults[i].Times == 0 {
				p.faults = append(p.faults[:i], p.faults[i+1:]...)
			}
		}
		return f, true
	}
	return Fault{}, false
}

type request struct {
	service, action string
	mail            Sent
}

// describe tells which service and operation a request is for. DynamoDB
// speaks JSON with an X-Amz-Target header; SES v2 is REST under /v2/email.
func describe(r *http.Request, body []byte) request {
	if t := r.Header.Get("X-Amz-Target"); strings.HasPrefix(t, "DynamoDB_") {
		return request{service: "dynamodb", action: t[strings.IndexByte(t, '.')+1:]}
	}
	if strings.HasPrefix(r.URL.Path, "/v2/email/") {
		req := request{service: "ses"}
		if r.Method == http.MethodPost && r.URL.Path == "/v2/email/outbound-emails" {
			req.action = "SendEmail"
			req.mail = parseSend(body)
		}
		return req
	}
	return request{service: "other"}
}

// parseSend reads the recipients of a SES v2 SendEmail request: the
// Destination, or else the raw message's To and Cc headers.
func parseSend(body []byte) Sent {
	var in struct {
		FromEmailAddress string
		Destination      struct{ ToAddresses, CcAddresses, BccAddresses []string }
		Content          struct{ Raw struct{ Data string } }
	}
	json.Unmarshal(body, &in)
	s := Sent{From: in.FromEmailAddress}
	s.To = append(s.To, in.Destination.ToAddresses...)
	s.To = append(s.To, in.Destination.CcAddresses...)
	s.To = append(s.To, in.Destination.BccAddresses...)
	raw, err := base64.StdEncoding.DecodeString(in.Content.Raw.Data)
	if err != nil {
		return s
	}
	s.Raw = raw
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return s
	}
	dec := new(mime.WordDecoder)
	s.Subject, _ = dec.DecodeHeader(m.Header.Get("Subject"))
	if s.From == "" {
		s.From = m.Header.Get("From")
	}
	if len(s.To) == 0 {
		for _, h := range []string{"To", "Cc"} {
			as, _ := m.Header.AddressList(h)
			for _, a := range as {
				s.To = append(s.To, a.Address)
			}
		}
	}
	return s
}

func writeError(w http.ResponseWriter, service string, f Fault) {
	switch service {
	case "dynamodb":
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		w.WriteHeader(f.Status)
		fmt.Fprintf(w, `{"__type":"com.amazonaws.dynamodb.v20120810#%s","message":"injected by the test"}`, f.Code)
	default:
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Amzn-Errortype", f.Code)
		w.WriteHeader(f.Status)
		fmt.Fprintf(w, `{"message":"injected by the test"}`)
	}
}

type recorder struct {
	http.ResponseWriter
	status int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

func containsFold(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

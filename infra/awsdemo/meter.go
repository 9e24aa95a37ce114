package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
)

// meter is a loopback proxy between the functions and the endpoint that
// counts their requests by service and operation and times the answers:
// how many requests one submission costs, and how long the endpoint took
// over them.
type meter struct {
	URL  string
	srv  *http.Server
	mu   sync.Mutex
	ops  map[string]*opStats
	busy time.Duration // summed over every request
}

// opStats are one operation's figures.
type opStats struct {
	n     int
	total time.Duration
	max   time.Duration
}

// startMeter serves the proxy to target on a free loopback port.
func startMeter(target string) (*meter, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("meter: %w", err)
	}
	m := &meter{URL: "http://" + l.Addr().String(), ops: map[string]*opStats{}}
	proxy := &httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) {
			// The signature covers the Host header: keep the client's.
			r.SetURL(u)
			r.Out.Host = r.In.Host
		},
		Transport: &http.Transport{MaxIdleConnsPerHost: 64, IdleConnTimeout: 30 * time.Second},
	}
	m.srv = &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			op := operation(r)
			start := time.Now()
			proxy.ServeHTTP(w, r)
			m.note(op, time.Since(start))
		}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	go m.srv.Serve(l)
	return m, nil
}

func (m *meter) note(op string, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.ops[op]
	if s == nil {
		s = &opStats{}
		m.ops[op] = s
	}
	s.n++
	s.total += d
	s.max = max(s.max, d)
	m.busy += d
}

func (m *meter) close() { m.srv.Close() }

// operation names a request "service operation": the service from its
// signature's scope, the operation from X-Amz-Target for the JSON
// protocols, else from the method and path (S3, SES v2).
func operation(r *http.Request) string {
	service := "?"
	if _, scope, ok := strings.Cut(r.Header.Get("Authorization"), "Credential="); ok {
		// Credential=<key>/<date>/<region>/<service>/aws4_request
		if parts := strings.Split(strings.SplitN(scope, ",", 2)[0], "/"); len(parts) >= 5 {
			service = parts[3]
		}
	}
	if t := r.Header.Get("X-Amz-Target"); t != "" {
		_, op, _ := strings.Cut(t, ".")
		return service + " " + op
	}
	switch service {
	case "s3":
		path := strings.Trim(r.URL.Path, "/")
		object := strings.Contains(path, "/")
		switch {
		case r.Method == http.MethodGet && object:
			return "s3 GetObject"
		case r.Method == http.MethodGet:
			return "s3 ListObjects"
		case r.Method == http.MethodPut && object:
			return "s3 PutObject"
		case r.Method == http.MethodHead:
			return "s3 HeadObject"
		}
	case "ses":
		if strings.HasSuffix(r.URL.Path, "/outbound-emails") {
			return "ses SendEmail"
		}
	}
	return service + " " + r.Method + " " + r.URL.Path
}

// meterStats is what the meter counted, for the report.
type meterStats struct {
	requests int
	busy     time.Duration
	ops      map[string]opStats
}

func (m *meter) snapshot() meterStats {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := meterStats{busy: m.busy, ops: map[string]opStats{}}
	for k, v := range m.ops {
		st.ops[k] = *v
		st.requests += v.n
	}
	return st
}

// print writes the requests per submission and the endpoint's time per
// request, operation by operation, most time first.
func (st meterStats) print(w io.Writer, submissions int) {
	if st.requests == 0 || submissions == 0 {
		return
	}
	per := float64(submissions)
	fmt.Fprintf(w, "the functions' requests to the endpoint: %d, %.1f a submission, answered in %v on average (%v a submission)\n",
		st.requests, float64(st.requests)/per, (st.busy / time.Duration(st.requests)).Round(10*time.Microsecond),
		(st.busy / time.Duration(submissions)).Round(time.Millisecond))
	names := make([]string, 0, len(st.ops))
	for k := range st.ops {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int { return int(st.ops[b].total - st.ops[a].total) })
	for _, k := range names {
		o := st.ops[k]
		fmt.Fprintf(w, "  %-34s %6d  %5.2f a submission  mean %8v  max %8v\n", k, o.n, float64(o.n)/per,
			(o.total / time.Duration(o.n)).Round(10*time.Microsecond), o.max.Round(time.Millisecond))
	}
}

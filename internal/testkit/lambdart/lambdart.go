// Package lambdart is a fake Lambda Runtime API (2018-06-01) on a loopback
// port: it hands queued invocations to a real bootstrap binary on GET
// /runtime/invocation/next and collects what the function answers, for the
// bootstrap tests and the local AWS demonstration.
package lambdart

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/safeguarding-intake/intake/internal/httpserver"
)

// responseLimit is Lambda's limit on a synchronous response.
const responseLimit = 6 << 20

// Server is a Runtime API for one execution environment.
type Server struct {
	// Addr is host:port, for AWS_LAMBDA_RUNTIME_API.
	Addr string
	// ARN is what Lambda-Runtime-Invoked-Function-Arn says.
	ARN string

	srv     *http.Server
	next    chan invocation // invocations waiting for the function to ask
	polls   chan time.Time
	initErr chan string

	mu      sync.Mutex
	waiting map[string]chan Result
	seq     int
}

// Result is what the function answered to one invocation.
type Result struct {
	RequestID string
	Body      []byte
	// Error is true when the function reported an error rather than a
	// response; Body is then the error document.
	Error bool
}

type invocation struct {
	id       string
	payload  []byte
	deadline time.Time
}

// Start serves a Runtime API on a free loopback port until Close.
func Start(arn string) (*Server, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("runtime API: %w", err)
	}
	s := &Server{
		Addr:    l.Addr().String(),
		ARN:     arn,
		next:    make(chan invocation, 1),
		polls:   make(chan time.Time, 64),
		initErr: make(chan string, 1),
		waiting: map[string]chan Result{},
	}
	s.srv = httpserver.New(http.HandlerFunc(s.serve), httpserver.Default)
	go s.srv.Serve(l)
	return s, nil
}

// Close stops serving; a function still polling sees its connection end.
func (s *Server) Close() { s.srv.Close() }

const prefix = "/2018-06-01/runtime/"

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	p := strings.TrimPrefix(r.URL.Path, prefix)
	switch {
	case r.Method == http.MethodGet && p == "invocation/next":
		// The function long-polls for its next invocation, as long as
		// it takes to come.
		httpserver.Unbounded(w)
		select {
		case s.polls <- time.Now():
		default:
		}
		select {
		case inv := <-s.next:
			h := w.Header()
			h.Set("Lambda-Runtime-Aws-Request-Id", inv.id)
			h.Set("Lambda-Runtime-Deadline-Ms", strconv.FormatInt(inv.deadline.UnixMilli(), 10))
			h.Set("Lambda-Runtime-Invoked-Function-Arn", s.ARN)
			h.Set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0")
			h.Set("Content-Type", "application/json")
			w.Write(inv.payload)
		case <-r.Context().Done():
		}
	case r.Method == http.MethodPost && strings.HasPrefix(p, "invocation/"):
		id, kind, _ := strings.Cut(strings.TrimPrefix(p, "invocation/"), "/")
		body, err := io.ReadAll(io.LimitReader(r.Body, responseLimit))
		if err != nil {
			http.Error(w, "reading the response", http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		ch := s.waiting[id]
		delete(s.waiting, id)
		s.mu.Unlock()
		if ch == nil || (kind != "response" && kind != "error") {
			http.Error(w, "unknown invocation", http.StatusBadRequest)
			return
		}
		ch <- Result{RequestID: id, Body: body, Error: kind == "error"}
		w.WriteHeader(http.StatusAccepted)
	case r.Method == http.MethodPost && p == "init/error":
		body, _ := io.ReadAll(io.LimitReader(r.Body, 64<<10))
		select {
		case s.initErr <- string(body):
		default:
		}
		w.WriteHeader(http.StatusAccepted)
	default:
		http.NotFound(w, r)
	}
}

// Pending is an invocation handed to the function, waiting for its answer.
type Pending struct {
	ID     string
	Result <-chan Result
}

// Queue hands payload to the function as its next invocation, with deadline
// as the time it must answer by, once the function asks (or ctx ends).
// Forget must be called if the answer is no longer awaited.
func (s *Server) Queue(ctx context.Context, payload []byte, deadline time.Time) (Pending, error) {
	s.mu.Lock()
	s.seq++
	id := fmt.Sprintf("00000000-0000-4000-8000-%012d", s.seq)
	ch := make(chan Result, 1)
	s.waiting[id] = ch
	s.mu.Unlock()
	select {
	case s.next <- invocation{id: id, payload: payload, deadline: deadline}:
		return Pending{ID: id, Result: ch}, nil
	case <-ctx.Done():
		s.Forget(id)
		return Pending{}, ctx.Err()
	}
}

// Forget stops waiting for the answer to invocation id.
func (s *Server) Forget(id string) {
	s.mu.Lock()
	delete(s.waiting, id)
	s.mu.Unlock()
}

// Drop removes an invocation queued but not yet taken, as when the process
// that would have taken it has died: it is not for the next one.
func (s *Server) Drop() {
	select {
	case <-s.next:
	default:
	}
}

// InitErrors receives what the function reports to /runtime/init/error.
func (s *Server) InitErrors() <-chan string { return s.initErr }

// Invoke queues payload with timeout as the function's remaining time and
// waits for the function's answer, or its failure to start.
func (s *Server) Invoke(ctx context.Context, payload []byte, timeout time.Duration) (Result, error) {
	p, err := s.Queue(ctx, payload, time.Now().Add(timeout))
	if err != nil {
		return Result{}, err
	}
	defer s.Forget(p.ID)
	select {
	case res := <-p.Result:
		return res, nil
	case msg := <-s.initErr:
		return Result{}, fmt.Errorf("function failed to start: %s", msg)
	case <-ctx.Done():
		return Result{}, fmt.Errorf("waiting for invocation %s: %w", p.ID, ctx.Err())
	}
}

// NextPoll waits for the function to ask for its next invocation and
// returns when it did.
func (s *Server) NextPoll(ctx context.Context) (time.Time, error) {
	select {
	case t := <-s.polls:
		return t, nil
	case <-ctx.Done():
		return time.Time{}, ctx.Err()
	}
}

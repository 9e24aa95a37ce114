package awstest

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Runtime is a fake Lambda Runtime API (2018-06-01) for one function
// process: it hands out the invocations queued with Invoke on GET
// /runtime/invocation/next and collects their responses.
type Runtime struct {
	// Addr is host:port, for AWS_LAMBDA_RUNTIME_API.
	Addr string

	queue chan invocation
	polls chan time.Time

	mu      sync.Mutex
	waiting map[string]chan Result
	seq     int
	initErr chan string
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

// NewRuntime starts a Runtime API for tb.
func NewRuntime(tb testing.TB) *Runtime {
	tb.Helper()
	r := &Runtime{
		queue:   make(chan invocation, 16),
		polls:   make(chan time.Time, 64),
		waiting: map[string]chan Result{},
		initErr: make(chan string, 1),
	}
	srv := httptest.NewServer(http.HandlerFunc(r.serve))
	tb.Cleanup(srv.Close)
	r.Addr = strings.TrimPrefix(srv.URL, "http://")
	return r
}

const prefix = "/2018-06-01/runtime/"

func (r *Runtime) serve(w http.ResponseWriter, req *http.Request) {
	path := strings.TrimPrefix(req.URL.Path, prefix)
	switch {
	case req.Method == http.MethodGet && path == "invocation/next":
		select {
		case r.polls <- time.Now():
		default:
		}
		select {
		case inv := <-r.queue:
			h := w.Header()
			h.Set("Lambda-Runtime-Aws-Request-Id", inv.id)
			h.Set("Lambda-Runtime-Deadline-Ms", strconv.FormatInt(inv.deadline.UnixMilli(), 10))
			h.Set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-2:123456789012:function:intake")
			h.Set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0")
			h.Set("Content-Type", "application/json")
			w.Write(inv.payload)
		case <-req.Context().Done():
		}
	case req.Method == http.MethodPost && strings.HasPrefix(path, "invocation/"):
		rest := strings.TrimPrefix(path, "invocation/")
		id, kind, _ := strings.Cut(rest, "/")
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		ch := r.waiting[id]
		delete(r.waiting, id)
		r.mu.Unlock()
		if ch == nil || (kind != "response" && kind != "error") {
			http.Error(w, "unknown invocation", http.StatusBadRequest)
			return
		}
		ch <- Result{RequestID: id, Body: body, Error: kind == "error"}
		w.WriteHeader(http.StatusAccepted)
	case req.Method == http.MethodPost && path == "init/error":
		body, _ := io.ReadAll(req.Body)
		select {
		case r.initErr <- string(body):
		default:
		}
		w.WriteHeader(http.StatusAccepted)
	default:
		http.NotFound(w, req)
	}
}

// Invoke queues payload as the next invocation, with timeout as the
// function's remaining time, and waits for the function's answer.
func (r *Runtime) Invoke(ctx context.Context, payload []byte, timeout time.Duration) (Result, error) {
	r.mu.Lock()
	r.seq++
	id := fmt.Sprintf("00000000-0000-4000-8000-%012d", r.seq)
	ch := make(chan Result, 1)
	r.waiting[id] = ch
	r.mu.Unlock()
	select {
	case r.queue <- invocation{id: id, payload: payload, deadline: time.Now().Add(timeout)}:
	case <-ctx.Done():
		return Result{}, ctx.Err()
	}
	select {
	case res := <-ch:
		return res, nil
	case err := <-r.initErrors():
		return Result{}, fmt.Errorf("function failed to start: %s", err)
	case <-ctx.Done():
		return Result{}, fmt.Errorf("waiting for invocation %s: %w", id, ctx.Err())
	}
}

func (r *Runtime) initErrors() <-chan string { return r.initErr }

// NextPoll waits for the function to ask for its next invocation and
// returns when it did.
func (r *Runtime) NextPoll(ctx context.Context) (time.Time, error) {
	select {
	case t := <-r.polls:
		return t, nil
	case <-ctx.Done():
		return time.Time{}, ctx.Err()
	}
}

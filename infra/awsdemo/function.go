package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/safeguarding-intake/intake/internal/procgroup"
)

// function is one Lambda function as the demo runs it: a bootstrap binary
// built for this machine, its environment, and its timeout.
type function struct {
	name    string
	bin     string
	env     []string // the function's own variables (template.yaml)
	memory  int      // MB, told to the function as Lambda tells it
	timeout time.Duration
	// logs receives the function's log lines, prefixed with its name.
	logs io.Writer
	arn  string
}

// sandbox is one execution environment of a function: a process of the
// bootstrap binary talking to its own Runtime API (2018-06-01), which
// hands it one invocation at a time. A process that exits is started again
// on the next invocation, as Lambda starts a new environment.
type sandbox struct {
	fn       *function
	endpoint string // the AWS endpoint the function is given
	srv      *http.Server
	addr     string // host:port, for AWS_LAMBDA_RUNTIME_API

	next chan invocation // invocations waiting for the function to ask

	mu      sync.Mutex
	waiting map[string]chan result
	seq     int
	proc    *process
	output  *tail
	starts  int
}

// invocation is one event handed to the function.
type invocation struct {
	id       string
	payload  []byte
	deadline time.Time
}

// result is what the function answered: a response or an error document.
type result struct {
	body  []byte
	error bool
}

// process is one run of the bootstrap binary.
type process struct {
	cmd     *exec.Cmd
	done    chan struct{} // closed when it has exited
	err     error         // its exit, once done is closed
	initErr chan string   // what it reported to /init/error
}

// newSandbox starts the Runtime API for a sandbox of fn; the process
// starts with the first invocation.
func newSandbox(fn *function, endpoint string) (*sandbox, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("runtime API for %s: %w", fn.name, err)
	}
	s := &sandbox{
		fn:       fn,
		endpoint: endpoint,
		addr:     l.Addr().String(),
		next:     make(chan invocation, 1),
		waiting:  map[string]chan result{},
		output:   newTail(30),
	}
	s.output.copy = func(line string) { fmt.Fprintf(fn.logs, "%s: %s\n", fn.name, line) }
	s.srv = &http.Server{Handler: http.HandlerFunc(s.serve), ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(l)
	return s, nil
}

const runtimePrefix = "/2018-06-01/runtime/"

func (s *sandbox) serve(w http.ResponseWriter, r *http.Request) {
	p := strings.TrimPrefix(r.URL.Path, runtimePrefix)
	switch {
	case r.Method == http.MethodGet && p == "invocation/next":
		select {
		case inv := <-s.next:
			h := w.Header()
			h.Set("Lambda-Runtime-Aws-Request-Id", inv.id)
			h.Set("Lambda-Runtime-Deadline-Ms", strconv.FormatInt(inv.deadline.UnixMilli(), 10))
			h.Set("Lambda-Runtime-Invoked-Function-Arn", s.fn.arn)
			h.Set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0")
			h.Set("Content-Type", "application/json")
			w.Write(inv.payload)
		case <-r.Context().Done():
		}
	case r.Method == http.MethodPost && strings.HasPrefix(p, "invocation/"):
		id, kind, _ := strings.Cut(strings.TrimPrefix(p, "invocation/"), "/")
		body, err := io.ReadAll(io.LimitReader(r.Body, 6<<20)) // Lambda's response limit
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
		ch <- result{body: body, error: kind == "error"}
		w.WriteHeader(http.StatusAccepted)
	case r.Method == http.MethodPost && p == "init/error":
		body, _ := io.ReadAll(io.LimitReader(r.Body, 64<<10))
		s.mu.Lock()
		proc := s.proc
		s.mu.Unlock()
		if proc != nil {
			select {
			case proc.initErr <- string(body):
			default:
			}
		}
		w.WriteHeader(http.StatusAccepted)
	default:
		http.NotFound(w, r)
	}
}

// errCrashed marks an invocation the function did not answer because its
// process ended.
var errCrashed = errors.New("crashed")

// invoke hands payload to the function and waits for its answer, for at
// most the function's timeout; a function that overruns it is stopped, as
// Lambda stops it.
func (s *sandbox) invoke(ctx context.Context, payload []byte) (result, error) {
	proc, err := s.running()
	if err != nil {
		return result{}, err
	}
	s.mu.Lock()
	s.seq++
	id := fmt.Sprintf("00000000-0000-4000-8000-%012d", s.seq)
	ch := make(chan result, 1)
	s.waiting[id] = ch
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.waiting, id)
		s.mu.Unlock()
	}()

	deadline := time.Now().Add(s.fn.timeout)
	select {
	case s.next <- invocation{id: id, payload: payload, deadline: deadline}:
	case <-ctx.Done():
		return result{}, ctx.Err()
	}
	timer := time.NewTimer(time.Until(deadline) + 2*time.Second)
	defer timer.Stop()
	select {
	case res := <-ch:
		return res, nil
	case msg := <-proc.initErr:
		<-proc.done
		return result{}, fmt.Errorf("%w while starting: %s", errCrashed, strings.TrimSpace(msg))
	case <-proc.done:
		return result{}, fmt.Errorf("%w: %v; its last lines:\n%s", errCrashed, proc.err, s.output)
	case <-timer.C:
		s.stopProcess()
		return result{}, fmt.Errorf("timed out after %v", s.fn.timeout)
	case <-ctx.Done():
		return result{}, ctx.Err()
	}
}

// running returns the sandbox's process, starting one (a cold start) when
// there is none or the last has exited.
func (s *sandbox) running() (*process, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proc != nil {
		select {
		case <-s.proc.done:
		default:
			return s.proc, nil
		}
	}
	// An invocation the dead process never took is not for the new one.
	select {
	case <-s.next:
	default:
	}
	cmd := exec.Command(s.fn.bin)
	cmd.Env = append(lambdaEnv(s.fn, s.addr, s.endpoint), s.fn.env...)
	cmd.Stdout, cmd.Stderr = s.output, s.output
	procgroup.Set(cmd)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", s.fn.name, err)
	}
	p := &process{cmd: cmd, done: make(chan struct{}), initErr: make(chan string, 1)}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	s.proc = p
	s.starts++
	return p, nil
}

// coldStarts counts the processes started so far.
func (s *sandbox) coldStarts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.starts
}

// stopProcess ends the sandbox's process, if any, and waits for it.
func (s *sandbox) stopProcess() {
	s.mu.Lock()
	p := s.proc
	s.mu.Unlock()
	if p == nil {
		return
	}
	select {
	case <-p.done:
		return
	default:
	}
	// Lambda sends SIGTERM only to functions with extensions; a plain
	// function is simply stopped.
	procgroup.Kill(p.cmd)
	<-p.done
}

// close stops the process and the Runtime API.
func (s *sandbox) close() {
	s.stopProcess()
	s.srv.Close()
}

// lambdaEnv is the environment Lambda gives a provided.al2023 function,
// with static test credentials and the local endpoint. Nothing of the
// demo's own environment is passed on: no developer credentials, and no
// configuration files (no HOME).
func lambdaEnv(fn *function, runtimeAPI, endpoint string) []string {
	return []string{
		"PATH=/usr/local/bin:/usr/bin:/bin",
		"TZ=:UTC",
		"AWS_LAMBDA_RUNTIME_API=" + runtimeAPI,
		"AWS_LAMBDA_FUNCTION_NAME=" + fn.name,
		"AWS_LAMBDA_FUNCTION_MEMORY_SIZE=" + strconv.Itoa(fn.memory),
		"AWS_LAMBDA_FUNCTION_VERSION=$LATEST",
		"AWS_REGION=" + region,
		"AWS_DEFAULT_REGION=" + region,
		"AWS_ACCESS_KEY_ID=" + testKey,
		"AWS_SECRET_ACCESS_KEY=" + testKey,
		"AWS_ENDPOINT_URL=" + endpoint,
	}
}

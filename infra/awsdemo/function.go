package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/safeguarding-intake/intake/internal/testkit/lambdart"
	"github.com/safeguarding-intake/intake/internal/testkit/procgroup"
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
// bootstrap binary talking to its own Runtime API, which hands it one
// invocation at a time. A process that exits is started again on the next
// invocation, as Lambda starts a new environment.
type sandbox struct {
	fn       *function
	endpoint string // the AWS endpoint the function is given
	rt       *lambdart.Server

	mu     sync.Mutex
	proc   *process
	output *tail
	starts int
}

// process is one run of the bootstrap binary.
type process struct {
	cmd  *exec.Cmd
	done chan struct{} // closed when it has exited
	err  error         // its exit, once done is closed
}

// newSandbox starts the Runtime API for a sandbox of fn; the process
// starts with the first invocation.
func newSandbox(fn *function, endpoint string) (*sandbox, error) {
	rt, err := lambdart.Start(fn.arn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", fn.name, err)
	}
	s := &sandbox{fn: fn, endpoint: endpoint, rt: rt, output: newTail(30)}
	s.output.copy = func(line string) { fmt.Fprintf(fn.logs, "%s: %s\n", fn.name, line) }
	return s, nil
}

// result is what the function answered: a response or an error document.
type result = lambdart.Result

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
	deadline := time.Now().Add(s.fn.timeout)
	p, err := s.rt.Queue(ctx, payload, deadline)
	if err != nil {
		return result{}, err
	}
	defer s.rt.Forget(p.ID)
	timer := time.NewTimer(time.Until(deadline) + 2*time.Second)
	defer timer.Stop()
	select {
	case res := <-p.Result:
		return res, nil
	case msg := <-s.rt.InitErrors():
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
	s.rt.Drop()
	cmd := exec.Command(s.fn.bin)
	cmd.Env = append(lambdaEnv(s.fn, s.rt.Addr, s.endpoint), s.fn.env...)
	cmd.Stdout, cmd.Stderr = s.output, s.output
	procgroup.Set(cmd)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", s.fn.name, err)
	}
	p := &process{cmd: cmd, done: make(chan struct{})}
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
	s.rt.Close()
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

package moto

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os/exec"
	"strconv"
	"time"

	"github.com/safeguarding-intake/intake/internal/testkit/procgroup"
)

// ErrNotInstalled is returned by Launch when moto_server is not on PATH.
var ErrNotInstalled = errors.New("moto_server is not on PATH; install it with: pip install 'moto[server]'")

// startTimeout bounds how long a server may take to answer.
const startTimeout = 30 * time.Second

// Process is a running moto_server.
type Process struct {
	// URL is the endpoint, such as http://127.0.0.1:40123.
	URL string

	cmd  *exec.Cmd
	done chan struct{} // closed when the process has exited
}

// Start starts moto_server on a free loopback port and waits until it
// answers. Its own output goes to output (nil discards it). The port is
// found by binding and releasing it, so another process may take it
// first: Launch tries three times.
func Launch(ctx context.Context, output io.Writer) (*Process, error) {
	bin, err := exec.LookPath("moto_server")
	if err != nil {
		return nil, ErrNotInstalled
	}
	var last error
	for range 3 {
		s, err := launch(ctx, bin, output)
		if err == nil {
			return s, nil
		}
		last = err
		if ctx.Err() != nil {
			break
		}
	}
	return nil, last
}

func launch(ctx context.Context, bin string, output io.Writer) (*Process, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("moto_server: finding a free port: %w", err)
	}
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	cmd := exec.Command(bin, "-H", "127.0.0.1", "-p", port)
	cmd.Stdout, cmd.Stderr = output, output
	procgroup.Set(cmd)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("moto_server: starting %s: %w", bin, err)
	}
	s := &Process{URL: "http://127.0.0.1:" + port, cmd: cmd, done: make(chan struct{})}
	go func() {
		cmd.Wait()
		close(s.done)
	}()
	if err := s.waitReady(ctx); err != nil {
		s.Stop()
		return nil, fmt.Errorf("moto_server: %w", err)
	}
	return s, nil
}

func (s *Process) waitReady(ctx context.Context) error {
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(startTimeout)
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return errors.New("it exited while starting")
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		resp, err := client.Get(s.URL + "/moto-api/")
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("no answer on %s within %v", s.URL, startTimeout)
}

// Done is closed once the server's process has exited.
func (s *Process) Done() <-chan struct{} { return s.done }

// Stop ends the server's process group: politely, then, after five
// seconds, not. It returns once the server has exited.
func (s *Process) Stop() {
	select {
	case <-s.done:
		return
	default:
	}
	procgroup.Terminate(s.cmd)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		procgroup.Kill(s.cmd)
		<-s.done
	}
}

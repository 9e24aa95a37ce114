// Package mototest runs moto_server, a local imitation of AWS, on a free
// loopback port for integration tests of the AWS adapters.
package mototest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/safeguarding-intake/intake/internal/motoapi"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Region is the region the returned configuration uses.
const Region = "eu-west-2"

// startTimeout bounds how long a server may take to answer.
const startTimeout = 30 * time.Second

// Server is a running moto_server.
type Server struct {
	// URL is the endpoint, such as http://127.0.0.1:40123.
	URL string

	cmd    *exec.Cmd
	done   chan struct{} // closed when the process has exited
	output *syncBuffer
}

// Start starts a server for tb alone and stops it when tb finishes. When
// moto_server is not installed the test is skipped, except under CI=true,
// where it fails.
func Start(tb testing.TB) *Server {
	tb.Helper()
	s, err := start()
	if err != nil {
		unavailable(tb, err)
	}
	tb.Cleanup(s.Stop)
	return s
}

var shared struct {
	sync.Mutex
	s   *Server
	err error
}

// Shared returns the server shared by every test in the binary, starting
// it on first use; starting takes about a second. Packages using it stop
// it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(mototest.Main(m)) }
//
// Tests sharing a server must use their own tables, buckets and
// identities.
func Shared(tb testing.TB) *Server {
	tb.Helper()
	shared.Lock()
	defer shared.Unlock()
	if shared.s == nil && shared.err == nil {
		shared.s, shared.err = start()
	}
	if shared.err != nil {
		unavailable(tb, shared.err)
	}
	return shared.s
}

// Main runs the tests, then stops the shared server if one was started.
func Main(m *testing.M) int {
	code := m.Run()
	shared.Lock()
	defer shared.Unlock()
	if shared.s != nil {
		shared.s.Stop()
		shared.s = nil
	}
	return code
}

var errNotInstalled = errors.New("moto_server is not on PATH; install it with: pip install 'moto[server]'")

func unavailable(tb testing.TB, err error) {
	tb.Helper()
	if errors.Is(err, errNotInstalled) && os.Getenv("CI") != "true" {
		tb.Skip(err)
	}
	tb.Fatal(err)
}

func start() (*Server, error) {
	bin, err := exec.LookPath("moto_server")
	if err != nil {
		return nil, errNotInstalled
	}
	// The free port is found by binding and releasing it, so another
	// process may take it first: try a few times.
	var last error
	for range 3 {
		s, err := launch(bin)
		if err == nil {
			return s, nil
		}
		last = err
	}
	return nil, last
}

func launch(bin string) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "-H", "127.0.0.1", "-p", strconv.Itoa(port))
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	setProcessGroup(cmd)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("mototest: start %s: %w", bin, err)
	}
	s := &Server{URL: "http://127.0.0.1:" + strconv.Itoa(port), cmd: cmd, done: make(chan struct{}), output: out}
	go func() {
		cmd.Wait()
		close(s.done)
	}()
	if err := s.waitReady(); err != nil {
		s.Stop()
		return nil, fmt.Errorf("mototest: %w; output:\n%s", err, out.String())
	}
	return s, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("mototest: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (s *Server) waitReady() error {
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(startTimeout)
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return errors.New("moto_server exited during start-up")
		default:
		}
		resp, err := client.Get(s.URL + "/moto-api/")
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("moto_server did not answer on %s within %v", s.URL, startTimeout)
}

// Stop ends the server and any process it started.
func (s *Server) Stop() {
	select {
	case <-s.done:
		return
	default:
	}
	terminate(s.cmd)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		kill(s.cmd)
		<-s.done
	}
}

// Config returns an SDK configuration pointing at the server, with static
// test credentials, in Region. It does not read the environment, so
// nothing the developer has configured leaks into tests.
func (s *Server) Config() aws.Config {
	return aws.Config{
		Region:       Region,
		Credentials:  credentials.NewStaticCredentialsProvider("test", "test", ""),
		BaseEndpoint: aws.String(s.URL),
	}
}

var names atomic.Int64

// Name returns prefix made unique on the shared server, so that a test
// creating buckets, queues or tables can run again (go test -count=N)
// without finding its last run's resources. It is a valid bucket name when
// prefix is one of up to 40 characters.
func Name(prefix string) string {
	return fmt.Sprintf("%s-%d", prefix, names.Add(1))
}

// PathStyle is an S3 client option: moto_server on a loopback address
// cannot serve bucket-named hosts.
func PathStyle(o *s3.Options) { o.UsePathStyle = true }

// Reset clears all of the server's state.
func (s *Server) Reset(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+"/moto-api/reset", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("mototest: reset: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("mototest: reset: %s", resp.Status)
	}
	return nil
}

// syncBuffer collects the server's output for error messages.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.buf.Len() > 64<<10 {
		return len(p), nil // enough to diagnose a failed start
	}
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// RawEmail is a raw message moto's SES accepted for sending.
type RawEmail = motoapi.RawEmail

// SentRawEmails returns the raw messages SES (v1 or v2) has "sent".
func (s *Server) SentRawEmails(ctx context.Context) ([]RawEmail, error) {
	return motoapi.SentRawEmails(ctx, s.URL)
}

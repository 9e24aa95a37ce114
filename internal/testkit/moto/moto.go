// Package moto runs moto_server, a local imitation of AWS, on a free
// loopback port, and reads what it recorded through its own HTTP API: for
// the integration tests of the AWS adapters and the local AWS demonstration.
package moto

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Region is the region the returned configuration uses.
const Region = "eu-west-2"

// Server is a running moto_server: its URL, Stop and Done, and helpers
// for tests.
type Server struct {
	*Process
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
//	func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }
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

func unavailable(tb testing.TB, err error) {
	tb.Helper()
	if errors.Is(err, ErrNotInstalled) && os.Getenv("CI") != "true" {
		tb.Skip(err)
	}
	tb.Fatal(err)
}

func start() (*Server, error) {
	out := &syncBuffer{}
	s, err := Launch(context.Background(), out)
	switch {
	case errors.Is(err, ErrNotInstalled):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("moto: %w; output:\n%s", err, out.String())
	}
	return &Server{Process: s}, nil
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
		return fmt.Errorf("moto: reset: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("moto: reset: %s", resp.Status)
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

// SentRawEmails returns the raw messages SES (v1 or v2) has "sent".
func (s *Server) SentRawEmails(ctx context.Context) ([]RawEmail, error) {
	return SentRawEmails(ctx, s.URL)
}

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/safeguarding-intake/intake/internal/testkit/lambdart"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// buildBootstrap builds the function as Lambda runs it (no cgo, no RPC
// shim), for this machine's architecture, once per test binary.
var buildBootstrap = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "intake-bootstrap-")
	if err != nil {
		return "", err
	}
	bootstrapDir = dir
	bin := filepath.Join(dir, "bootstrap")
	cmd := exec.Command("go", "build", "-tags", "lambda.norpc", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", &buildError{err: err, out: string(out)}
	}
	return bin, nil
})

// bootstrapDir holds the built binary; TestMain removes it.
var bootstrapDir string

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return "go build: " + e.err.Error() + "\n" + e.out }

func bootstrapPath(tb testing.TB) string {
	tb.Helper()
	bin, err := buildBootstrap()
	if err != nil {
		tb.Fatal(err)
	}
	return bin
}

// lambdaEnv is the environment Lambda gives a provided.al2023 function,
// plus the function's own variables and the emulator's endpoint.
func lambdaEnv(runtimeAPI, endpoint string, vars map[string]string) []string {
	env := []string{
		"PATH=/usr/bin:/bin",
		"AWS_LAMBDA_RUNTIME_API=" + runtimeAPI,
		"AWS_LAMBDA_FUNCTION_NAME=intake",
		"AWS_LAMBDA_FUNCTION_MEMORY_SIZE=1024",
		"AWS_LAMBDA_FUNCTION_VERSION=$LATEST",
		"AWS_REGION=" + moto.Region,
		"AWS_ACCESS_KEY_ID=test",
		"AWS_SECRET_ACCESS_KEY=test",
		"AWS_ENDPOINT_URL=" + endpoint,
		"GOMEMLIMIT=900MiB",
		"GOGC=200",
	}
	for k, v := range vars {
		env = append(env, k+"="+v)
	}
	return env
}

// startBootstrap runs the binary against the Runtime API and returns its
// log lines as they come.
func startBootstrap(tb testing.TB, env []string) (*exec.Cmd, <-chan string) {
	tb.Helper()
	cmd := exec.Command(bootstrapPath(tb))
	cmd.Env = env
	out, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	lines := make(chan string, 1024)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
	}()
	tb.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd, lines
}

// TestBootstrap drives the built binary through the Lambda Runtime API
// with an event taken from the queue: the binary itself, not only the
// handler, is proven.
func TestBootstrap(t *testing.T) {
	w := newWorld(t)
	rt := newRuntime(t)
	_, lines := startBootstrap(t, lambdaEnv(rt.Addr, w.proxy.URL, w.env))

	w.upload(t, "submissions/E08000026/auto/Rapid review Child Q.pdf", "rapid-review-coventry-child-q.pdf",
		map[string]string{"submitter": "e@coventry.gov.uk"})
	ev := w.receive(t, 1)
	payload, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := rt.Invoke(ctx, payload, 3*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if res.Error {
		t.Fatalf("the function reported an error: %s", res.Body)
	}
	var resp events.SQSEventResponse
	if err := json.Unmarshal(res.Body, &resp); err != nil {
		t.Fatalf("response %q: %v", res.Body, err)
	}
	if len(resp.BatchItemFailures) != 0 {
		t.Fatalf("failures %+v", resp.BatchItemFailures)
	}
	w.settle(t, ev, resp)
	wantCounts(t, "through the bootstrap", w.sentCounts(panel, "e@coventry.gov.uk"), map[string]int{panel: 1, "e@coventry.gov.uk": 1})

	// The function asks for its next invocation once done, and has logged
	// the record with the invocation's request id, as JSON.
	if _, err := rt.NextPoll(ctx); err != nil {
		t.Fatalf("no poll for the next invocation: %v", err)
	}
	var found bool
	for len(lines) > 0 {
		line := <-lines
		var entry map[string]any
		if json.Unmarshal([]byte(line), &entry) != nil {
			t.Errorf("log line is not JSON: %s", line)
			continue
		}
		if entry["msg"] == "processed" && entry["request_id"] == res.RequestID && entry["submission_id"] != "" {
			found = true
		}
		if strings.Contains(line, "Child Q") {
			t.Errorf("log line names the document: %s", line)
		}
	}
	if !found {
		t.Errorf("no \"processed\" log entry with request id %s", res.RequestID)
	}
}

// TestBootstrapMissingConfig checks that a cold start without its
// environment stops with a message naming what is missing.
func TestBootstrapMissingConfig(t *testing.T) {
	rt := newRuntime(t)
	cmd, lines := startBootstrap(t, lambdaEnv(rt.Addr, "http://127.0.0.1:9", map[string]string{"LEDGER_TABLE": "t"}))
	var out strings.Builder
	for line := range lines { // until the process closes its output
		out.WriteString(line + "\n")
	}
	if err := cmd.Wait(); err == nil {
		t.Fatal("the function started without INTAKE_BUCKET")
	}
	for _, want := range []string{"INTAKE_BUCKET", "SENDER_ADDRESS", "RECIPIENT_PANEL"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("start-up output does not name %s:\n%s", want, out.String())
		}
	}
}

// BenchmarkColdStart measures the time from starting the process to its
// first request for an invocation: the function's share of a cold start.
func BenchmarkColdStart(b *testing.B) {
	w := newWorld(b)
	bin := bootstrapPath(b)
	rt := newRuntime(b)
	env := lambdaEnv(rt.Addr, w.proxy.URL, w.env)
	b.ResetTimer()
	for range b.N {
		cmd := exec.Command(bin)
		cmd.Env = env
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		_, err := rt.NextPoll(ctx)
		cancel()
		b.StopTimer()
		cmd.Process.Kill()
		cmd.Wait()
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

// newRuntime starts a Runtime API for tb and stops it when tb ends.
func newRuntime(tb testing.TB) *lambdart.Server {
	tb.Helper()
	rt, err := lambdart.Start("arn:aws:lambda:eu-west-2:123456789012:function:intake")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(rt.Close)
	return rt
}

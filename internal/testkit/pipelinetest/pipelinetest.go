// Package pipelinetest builds the whole pipeline on the embedded adapters
// (a blob folder and a bbolt ledger in the test's temporary folder) with a
// mail fake that records what is sent and fails what a test chooses, for
// the tests of the pipeline and of the channels that feed it.
package pipelinetest

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/local/boltledger"
	"github.com/safeguarding-intake/intake/internal/local/fsblob"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/routing"
)

// Sender is the address the fixture's pipeline sends from.
const Sender = "intake@example.org"

// Fixture is a pipeline and what it was built on.
type Fixture struct {
	Pipeline *pipeline.Pipeline
	Mail     *Mailer
	Ledger   *boltledger.Store
	Blobs    *fsblob.Dir
	// Dir holds the blobs and the ledger file.
	Dir string
}

// New builds a pipeline with the default registry and routes in a
// temporary folder of tb's; its ledger is closed when tb ends. Callers
// set the pipeline's clock, routes or limits before using it.
func New(tb testing.TB) *Fixture {
	tb.Helper()
	dir := tb.TempDir()
	blobs, err := fsblob.New(dir)
	if err != nil {
		tb.Fatal(err)
	}
	led, err := boltledger.Open(filepath.Join(dir, "ledger.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { led.Close() })
	m := &Mailer{}
	return &Fixture{
		Dir:    dir,
		Mail:   m,
		Ledger: led,
		Blobs:  blobs,
		Pipeline: &pipeline.Pipeline{
			Blobs:    blobs,
			Ledger:   led,
			Mailer:   m,
			Registry: registry.Default(),
			Routes:   routing.Default(),
			Sender:   Sender,
		},
	}
}

// Mailer is a pipeline.Mailer that keeps every message it accepts.
type Mailer struct {
	mu   sync.Mutex
	sent []intake.Mail
	fail func(intake.Mail) error
}

// Send keeps m, unless the function given to FailWith refuses it.
func (f *Mailer) Send(_ context.Context, m intake.Mail) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		if err := f.fail(m); err != nil {
			return "", err
		}
	}
	f.sent = append(f.sent, m)
	return fmt.Sprintf("msg-%d", len(f.sent)), nil
}

// FailWith makes Send return fail's error for the messages it refuses
// (nil: none).
func (f *Mailer) FailWith(fail func(intake.Mail) error) {
	f.mu.Lock()
	f.fail = fail
	f.mu.Unlock()
}

// FailTo makes every message to addr fail with err; an empty addr ends
// the failure.
func (f *Mailer) FailTo(addr string, err error) {
	if addr == "" {
		f.FailWith(nil)
		return
	}
	f.FailWith(func(m intake.Mail) error {
		if slices.Contains(m.To, addr) {
			return err
		}
		return nil
	})
}

// Sent returns the messages accepted so far, in order.
func (f *Mailer) Sent() []intake.Mail {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.sent)
}

// Recipients returns each accepted message's To addresses, comma-joined.
func (f *Mailer) Recipients() []string {
	var out []string
	for _, m := range f.Sent() {
		out = append(out, strings.Join(m.To, ","))
	}
	return out
}

// To returns the accepted messages addressed to addr.
func (f *Mailer) To(addr string) []intake.Mail {
	var out []intake.Mail
	for _, m := range f.Sent() {
		if slices.Contains(m.To, addr) {
			out = append(out, m)
		}
	}
	return out
}

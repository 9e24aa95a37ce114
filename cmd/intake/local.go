package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/local/boltledger"
	"github.com/safeguarding-intake/intake/internal/local/fsblob"
	"github.com/safeguarding-intake/intake/internal/local/outbox"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/routing"
)

// defaultSender is the From address of the emails written to the outbox
// when SENDER_ADDRESS is not set.
const defaultSender = "intake@localhost"

// local is the pipeline wired to the embedded adapters under one folder.
type local struct {
	pipeline *pipeline.Pipeline
	ledger   *boltledger.Store
	blobs    *fsblob.Dir
}

func (l *local) Close() error { return l.ledger.Close() }

func openLocal(dir, routesFile string, getenv func(string) string) (*local, error) {
	routes := routing.Default()
	if routesFile != "" {
		f, err := os.Open(routesFile)
		if err != nil {
			return nil, fmt.Errorf("--routes: %w", unwrapPath(err))
		}
		routes, err = routing.Parse(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("--routes %s: %w", routesFile, err)
		}
	}
	if err := routes.ApplyEnv(getenv); err != nil {
		return nil, err
	}
	sender := defaultSender
	if v := strings.TrimSpace(getenv("SENDER_ADDRESS")); v != "" {
		a, err := normaliseAddress(v)
		if err != nil {
			return nil, fmt.Errorf("SENDER_ADDRESS: %v", err)
		}
		sender = a
	}
	limit, err := attachLimit(getenv)
	if err != nil {
		return nil, err
	}
	var docLimit int64
	if v := strings.TrimSpace(getenv(extract.LimitVar)); v != "" {
		if docLimit, err = extract.ParseLimit(v); err != nil {
			return nil, err
		}
	}
	round2023, err := intake.Round2023DueFrom(getenv)
	if err != nil {
		return nil, err
	}
	blobs, err := fsblob.New(dir)
	if err != nil {
		return nil, err
	}
	mail := outbox.New(filepath.Join(dir, "outbox"))
	led, err := openLedger(dir, true)
	if err != nil {
		return nil, err
	}
	// The ledger's lock is held: no other run writes to this outbox, so
	// any half-written message is a dead run's.
	if _, err := mail.RemoveTemp(); err != nil {
		led.Close()
		return nil, err
	}
	return &local{
		ledger: led,
		blobs:  blobs,
		pipeline: &pipeline.Pipeline{
			Blobs:        blobs,
			Ledger:       led,
			Mailer:       mail,
			Registry:     registry.Default(),
			Routes:       routes,
			Sender:       sender,
			AttachLimit:  limit,
			Limits:       extract.Limits{MaxBytes: docLimit},
			Round2023Due: round2023,
		},
	}, nil
}

// openLedger opens the embedded ledger in dir, creating the folder when
// asked to.
func openLedger(dir string, create bool) (*boltledger.Store, error) {
	path := filepath.Join(dir, "ledger.db")
	if !create {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no ledger in %s: run 'intake process' first, or give --data", dir)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating the data folder: %w", err)
	}
	return boltledger.Open(path)
}

func normaliseAddress(s string) (string, error) {
	a, err := mail.ParseAddress(strings.TrimSpace(s))
	if err != nil {
		return "", fmt.Errorf("%q is not an email address", s)
	}
	return a.Address, nil
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func londonLoc() *time.Location { return intake.London }

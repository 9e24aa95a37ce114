package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/remind"
)

type fakeRunner struct {
	ran []time.Time
	rep remind.Report
	err error
}

func (f *fakeRunner) Run(ctx context.Context, at time.Time) (remind.Report, error) {
	f.ran = append(f.ran, at)
	return f.rep, f.err
}

func newTestHandler(now time.Time, r runner) (*handler, *bytes.Buffer) {
	var buf bytes.Buffer
	log := logrus.New()
	log.SetFormatter(&logrus.JSONFormatter{})
	log.SetOutput(&buf)
	return &handler{runner: r, log: log, now: func() time.Time { return now }}, &buf
}

func TestHandleWorkingDays(t *testing.T) {
	tests := []struct {
		name string
		now  time.Time
		runs bool
		date string
	}{
		// 07:00 London in summer is 06:00 UTC; the date is London's.
		{"a working day", time.Date(2025, 6, 2, 6, 0, 0, 0, time.UTC), true, "2025-06-02"},
		{"late evening UTC is the next London day", time.Date(2025, 6, 2, 23, 30, 0, 0, time.UTC), true, "2025-06-03"},
		{"Easter Monday", time.Date(2025, 4, 21, 6, 0, 0, 0, time.UTC), false, ""},
		{"a Saturday", time.Date(2025, 3, 22, 7, 0, 0, 0, time.UTC), false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeRunner{}
			h, logs := newTestHandler(tt.now, f)
			if err := h.Handle(context.Background(), []byte(`{}`)); err != nil {
				t.Fatal(err)
			}
			if (len(f.ran) == 1) != tt.runs {
				t.Fatalf("ran %d times, want run=%v\n%s", len(f.ran), tt.runs, logs)
			}
			if tt.runs && intake.ISODate(f.ran[0]) != tt.date {
				t.Errorf("ran for %s, want %s", intake.ISODate(f.ran[0]), tt.date)
			}
		})
	}
}

func TestHandleFailureIsRetried(t *testing.T) {
	f := &fakeRunner{err: errors.New("remind: 1 of the emails not sent"), rep: remind.Report{Failed: 1}}
	h, logs := newTestHandler(time.Date(2025, 6, 2, 6, 0, 0, 0, time.UTC), f)
	if err := h.Handle(context.Background(), nil); err == nil {
		t.Error("Handle = nil error when emails failed, want the error, for the scheduler to retry")
	}
	if !strings.Contains(logs.String(), `"failed":1`) {
		t.Errorf("log lacks the failure count:\n%s", logs)
	}
}

func TestLoadConfig(t *testing.T) {
	env := map[string]string{"LEDGER_TABLE": "ledger", "SENDER_ADDRESS": "intake@example.org", "STAFF_DIGEST_ADDRESS": "staff@example.org"}
	c, err := loadConfig(func(k string) string { return env[k] })
	if err != nil || c.Digest != "staff@example.org" || c.Table != "ledger" {
		t.Errorf("loadConfig = %+v, %v", c, err)
	}
	env["STAFF_DIGEST_ADDRESS"] = "Staff <staff@example.org>"
	delete(env, "LEDGER_TABLE")
	_, err = loadConfig(func(k string) string { return env[k] })
	if err == nil || !strings.Contains(err.Error(), "LEDGER_TABLE") || !strings.Contains(err.Error(), "STAFF_DIGEST_ADDRESS") {
		t.Errorf("loadConfig with a missing table and a bad digest address = %v, want both named", err)
	}
}

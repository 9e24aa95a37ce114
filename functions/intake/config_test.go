package main

import (
	"strings"
	"testing"
	"time"

	"github.com/sirupsen/logrus"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func fullEnv() map[string]string {
	return map[string]string{
		"INTAKE_BUCKET":         "intake-bucket",
		"LEDGER_TABLE":          "ledger",
		"SENDER_ADDRESS":        "intake@example.org",
		"RECIPIENT_PANEL":       "panel@example.org",
		"RECIPIENT_WWC":         "wwc@example.org",
		"RECIPIENT_DFE":         "dfe@example.org",
		"RECIPIENT_DFE_REVIEWS": "reviews@example.org",
		"RECIPIENT_OFSTED":      "ofsted@example.org",
		"ATTACH_LIMIT_BYTES":    "7340032", "DOCUMENT_LIMIT_BYTES": "20971520",
		"LOG_LEVEL": "debug",
	}
}

func TestLoadConfig(t *testing.T) {
	c, err := loadConfig(env(fullEnv()))
	if err != nil {
		t.Fatalf("loadConfig(full environment) error = %v", err)
	}
	if c.Bucket != "intake-bucket" || c.Table != "ledger" || c.Sender != "intake@example.org" ||
		c.AttachLimit != 7340032 || c.DocumentLimit != 20<<20 || c.LogLevel != logrus.DebugLevel {
		t.Errorf("loadConfig(full environment) = %+v", c)
	}

	m := fullEnv()
	m["ARRANGEMENTS_DUE_2023"] = "2025-03-31"
	if c, err := loadConfig(env(m)); err != nil || c.Round2023Due.Format(time.DateOnly) != "2025-03-31" {
		t.Errorf("loadConfig(ARRANGEMENTS_DUE_2023=2025-03-31) = %v, %v; want that deadline", c.Round2023Due, err)
	}
	m = fullEnv()
	delete(m, "ATTACH_LIMIT_BYTES")
	delete(m, "DOCUMENT_LIMIT_BYTES")
	delete(m, "LOG_LEVEL")
	c, err = loadConfig(env(m))
	if err != nil || c.AttachLimit != 0 || c.DocumentLimit != 0 || c.LogLevel != logrus.InfoLevel {
		t.Errorf("loadConfig(without optional variables) = %+v, %v; want defaults", c, err)
	}
}

func TestLoadConfigErrors(t *testing.T) {
	tests := []struct {
		name   string
		change map[string]string
		want   []string // each must appear in the message
	}{
		{"nothing set", map[string]string{"INTAKE_BUCKET": "", "LEDGER_TABLE": "", "SENDER_ADDRESS": "",
			"RECIPIENT_PANEL": "", "RECIPIENT_WWC": "", "RECIPIENT_DFE": "", "RECIPIENT_DFE_REVIEWS": "", "RECIPIENT_OFSTED": ""},
			[]string{"missing INTAKE_BUCKET, LEDGER_TABLE, SENDER_ADDRESS, RECIPIENT_PANEL, RECIPIENT_WWC, RECIPIENT_DFE, RECIPIENT_DFE_REVIEWS, RECIPIENT_OFSTED", "template.yaml"}},
		{"practice-review recipients unset", map[string]string{"RECIPIENT_DFE_REVIEWS": "", "RECIPIENT_OFSTED": ""},
			[]string{"missing RECIPIENT_DFE_REVIEWS, RECIPIENT_OFSTED"}},
		{"2023 round deadline not a date", map[string]string{"ARRANGEMENTS_DUE_2023": "end of 2024"}, []string{"ARRANGEMENTS_DUE_2023="}},
		{"2023 round deadline before the round", map[string]string{"ARRANGEMENTS_DUE_2023": "2023-01-01"}, []string{"ARRANGEMENTS_DUE_2023="}},
		{"placeholder address", map[string]string{"RECIPIENT_OFSTED": "practice-reviews@ofsted.invalid"},
			[]string{"RECIPIENT_OFSTED=", "placeholder"}},
		{"blank table", map[string]string{"LEDGER_TABLE": "  "}, []string{"missing LEDGER_TABLE"}},
		{"bad sender", map[string]string{"SENDER_ADDRESS": "intake at example.org"}, []string{"SENDER_ADDRESS="}},
		{"named recipient", map[string]string{"RECIPIENT_WWC": "WWC <wwc@example.org>"}, []string{"RECIPIENT_WWC="}},
		{"bad limit", map[string]string{"ATTACH_LIMIT_BYTES": "7MB"}, []string{"ATTACH_LIMIT_BYTES="}},
		{"negative limit", map[string]string{"ATTACH_LIMIT_BYTES": "-1"}, []string{"ATTACH_LIMIT_BYTES="}},
		{"bad level", map[string]string{"LOG_LEVEL": "loud"}, []string{"LOG_LEVEL="}},
		{"document limit in words", map[string]string{"DOCUMENT_LIMIT_BYTES": "50MB"}, []string{"DOCUMENT_LIMIT_BYTES="}},
		{"document limit too small", map[string]string{"DOCUMENT_LIMIT_BYTES": "1000"}, []string{"DOCUMENT_LIMIT_BYTES="}},
		{"document limit too large", map[string]string{"DOCUMENT_LIMIT_BYTES": "1073741824"}, []string{"DOCUMENT_LIMIT_BYTES="}},
		{"two problems", map[string]string{"INTAKE_BUCKET": "", "LOG_LEVEL": "loud"}, []string{"missing INTAKE_BUCKET", "LOG_LEVEL="}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := fullEnv()
			for k, v := range tt.change {
				m[k] = v
			}
			_, err := loadConfig(env(m))
			if err == nil {
				t.Fatalf("loadConfig(%v) error = nil, want one naming %q", tt.change, tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("loadConfig(%v) error = %q, want it to contain %q", tt.change, err, w)
				}
			}
		})
	}
}

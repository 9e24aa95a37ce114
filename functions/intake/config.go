package main

import (
	"fmt"
	"net/mail"
	"strconv"
	"strings"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/extract"
)

// config is the function's environment (DESIGN 4.7). Region, credentials
// and AWS_ENDPOINT_URL are the SDK's own.
type config struct {
	Bucket      string
	Table       string
	Sender      string
	AttachLimit int64 // zero: the pipeline's default
	// DocumentLimit is the size over which a document is too_large
	// (DOCUMENT_LIMIT_BYTES); zero: extract.DefaultMaxBytes.
	DocumentLimit int64
	LogLevel      logrus.Level
	// Getenv gives the routes their recipients' addresses
	// (RECIPIENT_PANEL, RECIPIENT_WWC, RECIPIENT_DFE).
	Getenv func(string) string
}

// required lists the variables without which the function cannot run.
var required = []string{
	"INTAKE_BUCKET", "LEDGER_TABLE", "SENDER_ADDRESS",
	"RECIPIENT_PANEL", "RECIPIENT_WWC", "RECIPIENT_DFE",
}

// loadConfig reads and checks the environment, naming every missing or
// malformed variable at once.
func loadConfig(getenv func(string) string) (config, error) {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	var problems []string
	var missing []string
	for _, k := range required {
		if get(k) == "" {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		problems = append(problems, "missing "+strings.Join(missing, ", "))
	}
	for _, k := range []string{"SENDER_ADDRESS", "RECIPIENT_PANEL", "RECIPIENT_WWC", "RECIPIENT_DFE"} {
		if v := get(k); v != "" {
			if a, err := mail.ParseAddress(v); err != nil || a.Name != "" {
				problems = append(problems, fmt.Sprintf("%s=%q is not a bare email address", k, v))
			}
		}
	}
	c := config{
		Bucket:   get("INTAKE_BUCKET"),
		Table:    get("LEDGER_TABLE"),
		Sender:   get("SENDER_ADDRESS"),
		LogLevel: logrus.InfoLevel,
		Getenv:   getenv,
	}
	if v := get("ATTACH_LIMIT_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			problems = append(problems, fmt.Sprintf("ATTACH_LIMIT_BYTES=%q is not a number of bytes", v))
		}
		c.AttachLimit = n
	}
	if v := get(extract.LimitVar); v != "" {
		n, err := extract.ParseLimit(v)
		if err != nil {
			problems = append(problems, err.Error())
		}
		c.DocumentLimit = n
	}
	if v := get("LOG_LEVEL"); v != "" {
		lvl, err := logrus.ParseLevel(v)
		if err != nil {
			problems = append(problems, fmt.Sprintf("LOG_LEVEL=%q is not one of debug, info, warn, error", v))
		}
		c.LogLevel = lvl
	}
	if len(problems) > 0 {
		return config{}, fmt.Errorf("intake function environment: %s (set them as the stack's parameters in template.yaml, or in the function's environment)",
			strings.Join(problems, "; "))
	}
	return c, nil
}

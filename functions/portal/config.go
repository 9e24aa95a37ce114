package main

import (
	"encoding/base64"
	"fmt"
	"net/mail"
	"strings"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/extract"
)

// config is the function's environment: the intake function's (DESIGN
// 4.7), which resends need, and the portal's own SESSION_KEY and
// PORTAL_URL. Region, credentials and AWS_ENDPOINT_URL are the SDK's own.
type config struct {
	Bucket     string
	Table      string
	Sender     string
	SessionKey []byte
	BaseURL    string
	// DocumentLimit is the largest upload taken (DOCUMENT_LIMIT_BYTES, as
	// for the intake function); zero: extract.DefaultMaxBytes.
	DocumentLimit int64
	LogLevel      logrus.Level
	Getenv        func(string) string
}

var required = []string{
	"INTAKE_BUCKET", "LEDGER_TABLE", "SENDER_ADDRESS", "SESSION_KEY",
	"RECIPIENT_PANEL", "RECIPIENT_WWC", "RECIPIENT_DFE",
}

// loadConfig reads and checks the environment, naming every missing or
// malformed variable at once.
func loadConfig(getenv func(string) string) (config, error) {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	var problems, missing []string
	for _, k := range required {
		if get(k) == "" {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		problems = append(problems, "missing "+strings.Join(missing, ", "))
	}
	c := config{Bucket: get("INTAKE_BUCKET"), Table: get("LEDGER_TABLE"), Sender: get("SENDER_ADDRESS"), Getenv: getenv, LogLevel: logrus.InfoLevel}
	if c.Sender != "" {
		if a, err := mail.ParseAddress(c.Sender); err != nil || a.Name != "" {
			problems = append(problems, fmt.Sprintf("SENDER_ADDRESS=%q is not a bare email address", c.Sender))
		}
	}
	if v := get("SESSION_KEY"); v != "" {
		k, err := base64.StdEncoding.DecodeString(v)
		if err != nil || len(k) < 32 {
			problems = append(problems, "SESSION_KEY must be at least 32 random bytes in base64 (openssl rand -base64 48)")
		}
		c.SessionKey = k
	}
	if v := get("PORTAL_URL"); v != "" {
		if !strings.HasPrefix(v, "https://") || strings.ContainsAny(v, " ?#") {
			problems = append(problems, fmt.Sprintf("PORTAL_URL=%q must be an https:// origin", v))
		}
		c.BaseURL = v
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
			problems = append(problems, fmt.Sprintf("LOG_LEVEL=%q is not a level (debug, info, warn, error)", v))
		}
		c.LogLevel = lvl
	}
	if len(problems) > 0 {
		return config{}, fmt.Errorf("portal: %s; set them in template.yaml or the function's environment", strings.Join(problems, "; "))
	}
	return c, nil
}

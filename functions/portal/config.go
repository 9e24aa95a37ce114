package main

import (
	"time"

	"encoding/base64"
	"strings"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/lambdaenv"
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
	// KMSKey is the key uploads, links and receipts are written under
	// (KMS_KEY_ID); empty means S3-managed keys.
	KMSKey string
	// Round2023Due is the 2023 arrangements round's deadline
	// (ARRANGEMENTS_DUE_2023); zero: the default.
	Round2023Due time.Time
	Getenv       func(string) string
}

// loadConfig reads and checks the environment, naming every missing or
// malformed variable at once.
func loadConfig(getenv func(string) string) (config, error) {
	env := lambdaenv.New(getenv)
	env.Require("INTAKE_BUCKET", "LEDGER_TABLE", "SENDER_ADDRESS", "SESSION_KEY",
		"RECIPIENT_PANEL", "RECIPIENT_WWC", "RECIPIENT_DFE", "RECIPIENT_DFE_REVIEWS", "RECIPIENT_OFSTED")
	c := config{
		Bucket:        env.Get("INTAKE_BUCKET"),
		Table:         env.Get("LEDGER_TABLE"),
		Sender:        env.Address("SENDER_ADDRESS"),
		DocumentLimit: env.DocumentLimit(),
		LogLevel:      env.LogLevel(),
		KMSKey:        env.Get("KMS_KEY_ID"),
		Round2023Due:  env.Round2023Due(),
		Getenv:        getenv,
	}
	if v := env.Get("SESSION_KEY"); v != "" {
		k, err := base64.StdEncoding.DecodeString(v)
		if err != nil || len(k) < 32 {
			env.Problem("SESSION_KEY must be at least 32 random bytes in base64 (openssl rand -base64 48)")
		}
		c.SessionKey = k
	}
	if v := env.Get("PORTAL_URL"); v != "" {
		if !strings.HasPrefix(v, "https://") || strings.ContainsAny(v, " ?#") {
			env.Problem("PORTAL_URL=%q must be an https:// origin", v)
		}
		c.BaseURL = v
	}
	if err := env.Err("portal"); err != nil {
		return config{}, err
	}
	return c, nil
}

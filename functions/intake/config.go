package main

import (
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/lambdaenv"
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

// loadConfig reads and checks the environment, naming every missing or
// malformed variable at once.
func loadConfig(getenv func(string) string) (config, error) {
	env := lambdaenv.New(getenv)
	env.Require("INTAKE_BUCKET", "LEDGER_TABLE", "SENDER_ADDRESS", "RECIPIENT_PANEL", "RECIPIENT_WWC", "RECIPIENT_DFE")
	for _, k := range []string{"SENDER_ADDRESS", "RECIPIENT_PANEL", "RECIPIENT_WWC", "RECIPIENT_DFE"} {
		env.Address(k)
	}
	c := config{
		Bucket:        env.Get("INTAKE_BUCKET"),
		Table:         env.Get("LEDGER_TABLE"),
		Sender:        env.Get("SENDER_ADDRESS"),
		AttachLimit:   env.Bytes("ATTACH_LIMIT_BYTES"),
		DocumentLimit: env.DocumentLimit(),
		LogLevel:      env.LogLevel(),
		Getenv:        getenv,
	}
	if err := env.Err("intake"); err != nil {
		return config{}, err
	}
	return c, nil
}

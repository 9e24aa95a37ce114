package main

import (
	"strings"
	"time"

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
	// KMSKey is the key objects are written under (KMS_KEY_ID, the
	// stack's DataKey); empty means S3-managed keys.
	KMSKey string
	// Round2023Due is the 2023 arrangements round's deadline
	// (ARRANGEMENTS_DUE_2023); zero: intake.DefaultRound2023Due.
	Round2023Due time.Time
	// Getenv gives the routes their recipients' addresses (RECIPIENT_PANEL,
	// RECIPIENT_WWC, RECIPIENT_DFE, RECIPIENT_DFE_REVIEWS, RECIPIENT_OFSTED).
	Getenv func(string) string
}

// recipientVars are the variables that give the national bodies' addresses.
var recipientVars = []string{"RECIPIENT_PANEL", "RECIPIENT_WWC", "RECIPIENT_DFE", "RECIPIENT_DFE_REVIEWS", "RECIPIENT_OFSTED"}

// loadConfig reads and checks the environment, naming every missing or
// malformed variable at once.
func loadConfig(getenv func(string) string) (config, error) {
	env := lambdaenv.New(getenv)
	env.Require("INTAKE_BUCKET", "LEDGER_TABLE", "SENDER_ADDRESS")
	env.Require(recipientVars...)
	env.Address("SENDER_ADDRESS")
	for _, k := range recipientVars {
		if a := env.Address(k); strings.HasSuffix(strings.ToLower(a), ".invalid") {
			env.Problem("%s=%q is the placeholder of an unconfirmed address: set the recipient's confirmed address", k, a)
		}
	}
	c := config{
		Bucket:        env.Get("INTAKE_BUCKET"),
		Table:         env.Get("LEDGER_TABLE"),
		Sender:        env.Get("SENDER_ADDRESS"),
		AttachLimit:   env.Bytes("ATTACH_LIMIT_BYTES"),
		DocumentLimit: env.DocumentLimit(),
		LogLevel:      env.LogLevel(),
		KMSKey:        env.Get("KMS_KEY_ID"),
		Getenv:        getenv,
	}
	c.Round2023Due = env.Round2023Due()
	if err := env.Err("intake"); err != nil {
		return config{}, err
	}
	return c, nil
}

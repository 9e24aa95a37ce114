package main

import (
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/lambdaenv"
)

// config is the function's environment (DESIGN 4.7).
type config struct {
	Table    string
	Sender   string
	Digest   string // STAFF_DIGEST_ADDRESS; no digest when empty
	LogLevel logrus.Level
}

// loadConfig reads and checks the environment, naming every missing or
// malformed variable at once.
func loadConfig(getenv func(string) string) (config, error) {
	env := lambdaenv.New(getenv)
	env.Require("LEDGER_TABLE", "SENDER_ADDRESS")
	env.Address("SENDER_ADDRESS")
	c := config{
		Table:    env.Get("LEDGER_TABLE"),
		Sender:   env.Get("SENDER_ADDRESS"),
		Digest:   env.Address("STAFF_DIGEST_ADDRESS"),
		LogLevel: env.LogLevel(),
	}
	if err := env.Err("remind"); err != nil {
		return config{}, err
	}
	return c, nil
}

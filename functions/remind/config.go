package main

import (
	"time"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/lambdaenv"
)

// config is the function's environment (DESIGN 4.7).
type config struct {
	Table    string
	Sender   string
	Digest   string // STAFF_DIGEST_ADDRESS; no digest when empty
	LogLevel logrus.Level
	// Round2023Due is the 2023 arrangements round's deadline
	// (ARRANGEMENTS_DUE_2023); zero: the default.
	Round2023Due time.Time
}

// loadConfig reads and checks the environment, naming every missing or
// malformed variable at once.
func loadConfig(getenv func(string) string) (config, error) {
	env := lambdaenv.New(getenv)
	env.Require("LEDGER_TABLE", "SENDER_ADDRESS")
	env.Address("SENDER_ADDRESS")
	c := config{
		Table:        env.Get("LEDGER_TABLE"),
		Sender:       env.Get("SENDER_ADDRESS"),
		Digest:       env.Address("STAFF_DIGEST_ADDRESS"),
		LogLevel:     env.LogLevel(),
		Round2023Due: env.Round2023Due(),
	}
	if err := env.Err("remind"); err != nil {
		return config{}, err
	}
	return c, nil
}

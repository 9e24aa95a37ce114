package main

import (
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/lambdaenv"
)

// config is the function's environment (DESIGN 4.7). Region, credentials
// and AWS_ENDPOINT_URL are the SDK's own.
type config struct {
	Bucket   string
	LogLevel logrus.Level
	// KMSKey is the key objects are written under (KMS_KEY_ID); empty
	// means S3-managed keys.
	KMSKey string
}

// loadConfig reads and checks the environment, naming every problem at
// once.
func loadConfig(getenv func(string) string) (config, error) {
	env := lambdaenv.New(getenv)
	env.Require("INTAKE_BUCKET")
	c := config{Bucket: env.Get("INTAKE_BUCKET"), LogLevel: env.LogLevel(), KMSKey: env.Get("KMS_KEY_ID")}
	if err := env.Err("mailin"); err != nil {
		return config{}, err
	}
	return c, nil
}

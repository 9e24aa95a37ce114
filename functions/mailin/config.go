package main

import (
	"fmt"
	"strings"

	"github.com/sirupsen/logrus"
)

// config is the function's environment (DESIGN 4.7). Region, credentials
// and AWS_ENDPOINT_URL are the SDK's own.
type config struct {
	Bucket   string
	LogLevel logrus.Level
}

// loadConfig reads and checks the environment, naming every problem at
// once.
func loadConfig(getenv func(string) string) (config, error) {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	var problems []string
	c := config{Bucket: get("INTAKE_BUCKET"), LogLevel: logrus.InfoLevel}
	if c.Bucket == "" {
		problems = append(problems, "missing INTAKE_BUCKET")
	}
	if v := get("LOG_LEVEL"); v != "" {
		lvl, err := logrus.ParseLevel(v)
		if err != nil {
			problems = append(problems, fmt.Sprintf("LOG_LEVEL=%q is not one of debug, info, warn, error", v))
		}
		c.LogLevel = lvl
	}
	if len(problems) > 0 {
		return config{}, fmt.Errorf("mailin function environment: %s (set them as the stack's parameters in template.yaml, or in the function's environment)",
			strings.Join(problems, "; "))
	}
	return c, nil
}

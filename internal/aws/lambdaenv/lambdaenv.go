// Package lambdaenv is what the Lambda functions share as they start:
// reading their environment (DESIGN 4.7) and naming every missing or
// malformed variable at once, and a JSON log that the AWS SDK's own
// warnings join.
package lambdaenv

import (
	"context"
	"fmt"
	"net/mail"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/smithy-go/logging"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/intake"

	"github.com/safeguarding-intake/intake/internal/doclimit"
	"github.com/safeguarding-intake/intake/internal/jsonlog"
)

// Env reads a function's variables, collecting what is wrong with them
// for Err. Values are trimmed; a blank variable is an unset one.
type Env struct {
	getenv            func(string) string
	missing, problems []string
}

// New reads variables through getenv (os.Getenv, or a map in tests).
func New(getenv func(string) string) *Env { return &Env{getenv: getenv} }

// Get returns a variable's value, "" when unset.
func (e *Env) Get(name string) string { return strings.TrimSpace(e.getenv(name)) }

// Require notes each of names that is unset.
func (e *Env) Require(names ...string) {
	for _, n := range names {
		if e.Get(n) == "" {
			e.missing = append(e.missing, n)
		}
	}
}

// Problem notes something wrong with a variable's value.
func (e *Env) Problem(format string, args ...any) {
	e.problems = append(e.problems, fmt.Sprintf(format, args...))
}

// Address returns a variable that must be a bare email address
// (intake@example.org, not "Intake <intake@example.org>"), "" when unset.
func (e *Env) Address(name string) string {
	v := e.Get(name)
	if v != "" {
		if a, err := mail.ParseAddress(v); err != nil || a.Name != "" {
			e.Problem("%s=%q is not a bare email address", name, v)
		}
	}
	return v
}

// Bytes returns a variable that must be a whole number of bytes, 0 when
// unset.
func (e *Env) Bytes(name string) int64 {
	v := e.Get(name)
	if v == "" {
		return 0
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		e.Problem("%s=%q is not a number of bytes", name, v)
		return 0
	}
	return n
}

// DocumentLimit returns DOCUMENT_LIMIT_BYTES, the size over which a
// document is too_large; 0 (the default) when unset.
func (e *Env) DocumentLimit() int64 {
	v := e.Get(doclimit.Var)
	if v == "" {
		return 0
	}
	n, err := doclimit.Parse(v)
	if err != nil {
		e.Problem("%v", err)
	}
	return n
}

// Round2023Due returns the 2023 arrangements round's deadline as
// ARRANGEMENTS_DUE_2023 moves it; zero, meaning the default, when unset.
func (e *Env) Round2023Due() time.Time {
	v := e.Get(intake.Round2023DueVar)
	if v == "" {
		return time.Time{}
	}
	t, err := intake.ParseRound2023Due(v)
	if err != nil {
		e.Problem("%v", err)
	}
	return t
}

// LogLevel returns LOG_LEVEL, info when unset.
func (e *Env) LogLevel() logrus.Level {
	v := e.Get("LOG_LEVEL")
	if v == "" {
		return logrus.InfoLevel
	}
	lvl, err := logrus.ParseLevel(v)
	if err != nil {
		e.Problem("LOG_LEVEL=%q is not one of debug, info, warn, error", v)
		return logrus.InfoLevel
	}
	return lvl
}

// Err returns nil when every variable read was right, or else one error
// naming all that were not, and where they are set.
func (e *Env) Err(function string) error {
	all := e.problems
	if len(e.missing) > 0 {
		all = append([]string{"missing " + strings.Join(e.missing, ", ")}, all...)
	}
	if len(all) == 0 {
		return nil
	}
	return fmt.Errorf("%s function environment: %s (set them as the stack's parameters in template.yaml, or in the function's environment)",
		function, strings.Join(all, "; "))
}

// Log returns the functions' log: JSON lines on standard output, which
// Lambda sends to CloudWatch.
func Log() *logrus.Logger { return jsonlog.New(os.Stdout) }

// SDKLogger passes the AWS SDK's warnings to log, so that they join the
// function's JSON log rather than standard error in a format of their own.
func SDKLogger(log logrus.FieldLogger) logging.Logger {
	return logging.LoggerFunc(func(_ logging.Classification, format string, v ...any) {
		log.WithField("source", "aws-sdk").Warnf(format, v...)
	})
}

// AWSConfig makes the SDK's configuration from the variables Lambda sets
// (AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)
// and AWS_ENDPOINT_URL, logging through log. It reads no shared files and
// asks no credential service: the SDK's loader of those (SSO, STS, the
// instance metadata service, profiles) would make every function's binary
// megabytes larger and its cold start slower, for nothing a function uses.
func AWSConfig(ctx context.Context, log logrus.FieldLogger) (aws.Config, error) {
	return awsConfig(os.Getenv, log)
}

func awsConfig(getenv func(string) string, log logrus.FieldLogger) (aws.Config, error) {
	get := func(names ...string) string {
		for _, n := range names {
			if v := strings.TrimSpace(getenv(n)); v != "" {
				return v
			}
		}
		return ""
	}
	region := get("AWS_REGION", "AWS_DEFAULT_REGION")
	id, secret := get("AWS_ACCESS_KEY_ID"), get("AWS_SECRET_ACCESS_KEY")
	var missing []string
	for name, v := range map[string]string{"AWS_REGION": region, "AWS_ACCESS_KEY_ID": id, "AWS_SECRET_ACCESS_KEY": secret} {
		if v == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return aws.Config{}, fmt.Errorf("loading the AWS configuration: missing %s (Lambda sets them for the function's role)", strings.Join(missing, ", "))
	}
	cfg := aws.Config{
		Region:      region,
		Credentials: aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(id, secret, get("AWS_SESSION_TOKEN"))),
		Logger:      SDKLogger(log),
	}
	if u := get("AWS_ENDPOINT_URL"); u != "" {
		cfg.BaseEndpoint = aws.String(u)
	}
	return cfg, nil
}

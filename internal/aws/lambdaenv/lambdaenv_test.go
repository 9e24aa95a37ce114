package lambdaenv

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go/logging"
	"github.com/sirupsen/logrus"
)

func getter(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestEnv(t *testing.T) {
	env := New(getter(map[string]string{
		"BUCKET": " intake ", "SENDER": "intake@example.org", "LIMIT": "7340032",
		"DOCUMENT_LIMIT_BYTES": "20971520", "LOG_LEVEL": "debug", "ARRANGEMENTS_DUE_2023": "2025-03-31",
	}))
	env.Require("BUCKET", "SENDER")
	if got := env.Get("BUCKET"); got != "intake" {
		t.Errorf("Get(BUCKET) = %q, want it trimmed", got)
	}
	if got := env.Address("SENDER"); got != "intake@example.org" {
		t.Errorf("Address(SENDER) = %q", got)
	}
	if got := env.Bytes("LIMIT"); got != 7340032 {
		t.Errorf("Bytes(LIMIT) = %d", got)
	}
	if got := env.DocumentLimit(); got != 20<<20 {
		t.Errorf("DocumentLimit() = %d, want 20 MiB", got)
	}
	if got := env.LogLevel(); got != logrus.DebugLevel {
		t.Errorf("LogLevel() = %v, want debug", got)
	}
	if got := env.Round2023Due().Format("2006-01-02"); got != "2025-03-31" {
		t.Errorf("Round2023Due() = %s, want 2025-03-31", got)
	}
	if err := env.Err("test"); err != nil {
		t.Errorf("Err = %v, want nil", err)
	}

	unset := New(getter(nil))
	if unset.Bytes("LIMIT") != 0 || unset.DocumentLimit() != 0 || !unset.Round2023Due().IsZero() || unset.LogLevel() != logrus.InfoLevel || unset.Address("SENDER") != "" {
		t.Error("unset variables do not give their defaults")
	}
	if err := unset.Err("test"); err != nil {
		t.Errorf("Err with nothing required = %v, want nil", err)
	}
}

// TestEnvErr checks that every problem is named at once, the missing
// variables first, with where to set them.
func TestEnvErr(t *testing.T) {
	env := New(getter(map[string]string{
		"SENDER": "Intake <intake@example.org>", "LIMIT": "7MB", "DOCUMENT_LIMIT_BYTES": "lots", "LOG_LEVEL": "loud", "B": "  ",
		"ARRANGEMENTS_DUE_2023": "31/12/2025",
	}))
	env.Require("A", "B", "SENDER")
	env.Address("SENDER")
	env.Bytes("LIMIT")
	env.DocumentLimit()
	env.LogLevel()
	env.Round2023Due()
	env.Problem("SESSION_KEY is too short")
	err := env.Err("portal")
	if err == nil {
		t.Fatal("Err = nil, want the problems")
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "portal function environment: missing A, B; ") {
		t.Errorf("Err = %q, want it to start with the missing variables", msg)
	}
	for _, want := range []string{`SENDER="Intake <intake@example.org>" is not a bare email address`, `LIMIT="7MB"`,
		"DOCUMENT_LIMIT_BYTES=", `LOG_LEVEL="loud"`, `ARRANGEMENTS_DUE_2023="31/12/2025"`, "SESSION_KEY is too short", "template.yaml"} {
		if !strings.Contains(msg, want) {
			t.Errorf("Err = %q, want it to contain %q", msg, want)
		}
	}
}

func TestSDKLogger(t *testing.T) {
	var buf bytes.Buffer
	log := logrus.New()
	log.SetOutput(&buf)
	log.SetFormatter(&logrus.JSONFormatter{})
	SDKLogger(log).Logf(logging.Warn, "Response has no supported checksum: %s", "x")
	if out := buf.String(); !strings.Contains(out, `"source":"aws-sdk"`) || !strings.Contains(out, "no supported checksum: x") {
		t.Errorf("log = %q, want the SDK's warning with its source", out)
	}
}

func TestAWSConfig(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	log := logrus.New()
	cfg, err := awsConfig(env("AWS_REGION", "eu-west-2", "AWS_ACCESS_KEY_ID", "AKID", "AWS_SECRET_ACCESS_KEY", "secret",
		"AWS_SESSION_TOKEN", "token", "AWS_ENDPOINT_URL", "http://127.0.0.1:5000"), log)
	if err != nil {
		t.Fatal(err)
	}
	creds, err := cfg.Credentials.Retrieve(context.Background())
	if err != nil || creds.AccessKeyID != "AKID" || creds.SecretAccessKey != "secret" || creds.SessionToken != "token" {
		t.Errorf("credentials = %+v, %v", creds, err)
	}
	if cfg.Region != "eu-west-2" || aws.ToString(cfg.BaseEndpoint) != "http://127.0.0.1:5000" {
		t.Errorf("region %q, endpoint %q", cfg.Region, aws.ToString(cfg.BaseEndpoint))
	}
	if cfg, err := awsConfig(env("AWS_DEFAULT_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", "a", "AWS_SECRET_ACCESS_KEY", "b"), log); err != nil || cfg.Region != "eu-west-1" || cfg.BaseEndpoint != nil {
		t.Errorf("AWS_DEFAULT_REGION alone: region %q, endpoint %v, %v", cfg.Region, cfg.BaseEndpoint, err)
	}
	_, err = awsConfig(env("AWS_ACCESS_KEY_ID", "a"), log)
	if err == nil || !strings.Contains(err.Error(), "AWS_REGION, AWS_SECRET_ACCESS_KEY") {
		t.Errorf("missing region and secret: error %v, want both named", err)
	}
}

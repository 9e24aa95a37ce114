package main

import (
	"context"
	"strings"
	"testing"
)

func TestCheckLocal(t *testing.T) {
	tests := []struct {
		endpoint string
		ok       bool
	}{
		{"http://127.0.0.1:5000", true},
		{"http://localhost:4566", true},
		{"http://localstack:4566", true},
		{"http://localhost.localstack.cloud:4566", true},
		{"http://192.168.1.20:4566", true},
		{"http://[::1]:4566", true},
		{"", false},
		{"https://s3.eu-west-2.amazonaws.com", false},
		{"http://203.0.113.7:4566", false},
		{"localhost:4566", false},
	}
	for _, tt := range tests {
		if err := checkLocal(tt.endpoint); (err == nil) != tt.ok {
			t.Errorf("checkLocal(%q) = %v, want ok %v", tt.endpoint, err, tt.ok)
		}
	}
}

func TestRunNamesMissing(t *testing.T) {
	env := map[string]string{"AWS_ENDPOINT_URL": "http://127.0.0.1:9", "INTAKE_QUEUE": "q"}
	err := run(context.Background(), func(k string) string { return env[k] })
	if err == nil || !strings.Contains(err.Error(), "INTAKE_BUCKET, LEDGER_TABLE, SENDER_ADDRESS") {
		t.Errorf("run without names = %v, want an error naming INTAKE_BUCKET, LEDGER_TABLE, SENDER_ADDRESS", err)
	}
}

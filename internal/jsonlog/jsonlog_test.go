package jsonlog

import (
	"bytes"
	"encoding/json"
	"testing"
)

func TestNewWritesOneJSONObjectALine(t *testing.T) {
	var buf bytes.Buffer
	log := New(&buf)
	log.WithField("submission_id", "RR-2025-7F3K9Q").Info("processed")
	log.Debug("not at info level")
	lines := bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n"))
	if len(lines) != 1 {
		t.Fatalf("%d lines, want 1: %s", len(lines), buf.Bytes())
	}
	var entry map[string]any
	if err := json.Unmarshal(lines[0], &entry); err != nil {
		t.Fatalf("not JSON: %s", lines[0])
	}
	if entry["msg"] != "processed" || entry["submission_id"] != "RR-2025-7F3K9Q" || entry["level"] != "info" {
		t.Errorf("entry %v, want msg, submission_id and level", entry)
	}
}

package testenv

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMakeTestChecksChromium checks that 'make test' says when Chromium is
// missing, rather than letting the browser tests skip in silence: under
// CI=true the check fails the run, elsewhere it warns loudly.
func TestMakeTestChecksChromium(t *testing.T) {
	root := Root(t)
	missing := filepath.Join(t.TempDir(), "no-chromium")
	run := func(ci bool, args ...string) (string, string, error) {
		cmd := exec.Command("make", append([]string{"--no-print-directory", "-s"}, args...)...)
		cmd.Dir = root
		cmd.Env = append(withoutCI(os.Environ()), "MAKEFLAGS=")
		if ci {
			cmd.Env = append(cmd.Env, "CI=true")
		}
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		return out.String(), errOut.String(), err
	}
	if _, stderr, err := run(true, "chromium-check", "CHROMIUM="+missing); err == nil || !strings.Contains(stderr, "ERROR: Chromium is missing") {
		t.Errorf("under CI: err %v, stderr %q; want a failure naming Chromium", err, stderr)
	}
	if _, stderr, err := run(false, "chromium-check", "CHROMIUM="+missing); err != nil || !strings.Contains(stderr, "WARNING: Chromium is missing") {
		t.Errorf("outside CI: err %v, stderr %q; want success with a warning", err, stderr)
	}
	present := filepath.Join(t.TempDir(), "chromium")
	if err := os.WriteFile(present, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := run(true, "chromium-check", "CHROMIUM="+present); err != nil || stderr != "" {
		t.Errorf("with Chromium: err %v, stderr %q; want silence", err, stderr)
	}
	// 'make test' runs the check first.
	db, _, _ := run(false, "-pn", "test", "CHROMIUM="+present)
	found := false
	for _, line := range strings.Split(db, "\n") {
		if strings.HasPrefix(line, "test:") && strings.Contains(line, "chromium-check") {
			found = true
		}
	}
	if !found {
		t.Errorf("the Makefile's test target does not depend on chromium-check")
	}
}

func withoutCI(env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "CI=") {
			out = append(out, kv)
		}
	}
	return out
}

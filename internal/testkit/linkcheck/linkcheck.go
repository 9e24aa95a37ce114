// Package linkcheck lets a Lambda function's tests say which packages its
// binary must not link: the packages of another function, and those that
// make the linker keep code nothing calls.
package linkcheck

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Lambda lists the packages the function in the current directory links
// when built as 'make build' builds it (linux/arm64, no cgo, the
// lambda.norpc tag).
func Lambda(tb testing.TB) map[string]bool {
	tb.Helper()
	cmd := exec.Command("go", "list", "-deps", "-tags", "lambda.norpc", ".")
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("go list -deps: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	return deps
}

// Project is the import path of the project's own packages.
const Project = "github.com/safeguarding-intake/intake/"

// EveryFunction are the packages no function may link: text/template and
// html/template (and net/rpc, which carries them) evaluate methods by
// name, which makes the linker keep every exported method of every type
// that may reach an interface (every operation of every AWS client).
var EveryFunction = []string{"text/template", "html/template", "net/rpc"}

// Forbid fails tb for each of pkgs that the function links; a pkg
// starting "internal/" is one of the project's.
func Forbid(tb testing.TB, deps map[string]bool, pkgs ...string) {
	tb.Helper()
	for _, p := range pkgs {
		if strings.HasPrefix(p, "internal/") {
			p = Project + p
		}
		if deps[p] {
			tb.Errorf("the function links %s", p)
		}
	}
}

package main

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/testkit/linkcheck"
)

// TestLinksNoTemplateExecutor: the portal's pages run through
// internal/tmpl, not html/template.
func TestLinksNoTemplateExecutor(t *testing.T) {
	deps := linkcheck.Lambda(t)
	linkcheck.Forbid(t, deps, linkcheck.EveryFunction...)
	linkcheck.Forbid(t, deps, "internal/inbound", "internal/remind")
}

package main

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/testkit/linkcheck"
)

// TestLinksNoPortal: the intake function runs the pipeline; it links
// nothing of the portal's pages.
func TestLinksNoPortal(t *testing.T) {
	deps := linkcheck.Lambda(t)
	linkcheck.Forbid(t, deps, linkcheck.EveryFunction...)
	linkcheck.Forbid(t, deps, "internal/portal", "internal/aws/dynamocred", "internal/aws/s3upload", "internal/remind")
}

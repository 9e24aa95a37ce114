package main

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/testkit/linkcheck"
)

// TestLinksNoPortalOrReaders: the reminder function reads the ledger and
// the sign-in contacts and sends emails; it links neither the portal nor
// the pipeline and its document readers.
func TestLinksNoPortalOrReaders(t *testing.T) {
	deps := linkcheck.Lambda(t)
	linkcheck.Forbid(t, deps, linkcheck.EveryFunction...)
	linkcheck.Forbid(t, deps, "internal/portal", "internal/aws/dynamocred", "internal/pipeline", "internal/extract",
		"internal/pdftext", "internal/inbound", "github.com/pdfcpu/pdfcpu/pkg/pdfcpu",
		"github.com/aws/aws-sdk-go-v2/service/s3")
}

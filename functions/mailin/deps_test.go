package main

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/testkit/linkcheck"
)

// TestLinksNoPipeline: the mail function splits emails into sources for
// the intake function; it links none of the readers of fields and rules,
// the pipeline, receipts, messages or the portal.
func TestLinksNoPipeline(t *testing.T) {
	deps := linkcheck.Lambda(t)
	linkcheck.Forbid(t, deps, linkcheck.EveryFunction...)
	linkcheck.Forbid(t, deps, "internal/pipeline", "internal/fields", "internal/rules", "internal/classify",
		"internal/receipt", "internal/notify", "internal/portal", "internal/aws/dynamoledger",
		"github.com/aws/aws-sdk-go-v2/service/dynamodb", "github.com/aws/aws-sdk-go-v2/service/sesv2")
}

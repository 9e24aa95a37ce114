package stack

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/aws/dynamocred"
)

// TestTTLAttribute checks that the table expires the items the portal's
// sign-in counters mark to expire.
func TestTTLAttribute(t *testing.T) {
	if got := Default().Table.TTLAttribute; got != dynamocred.ExpiresAttribute {
		t.Errorf("table time-to-live attribute %q, want the counters' %q", got, dynamocred.ExpiresAttribute)
	}
}

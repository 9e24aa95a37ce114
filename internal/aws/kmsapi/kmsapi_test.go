package kmsapi

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func TestEnsureOnMoto(t *testing.T) {
	c := New(moto.Shared(t).Config())
	alias := fmt.Sprintf("alias/test-%d", time.Now().UnixNano())
	k, err := c.Ensure(t.Context(), alias, "test key")
	if err != nil {
		t.Fatal(err)
	}
	if k.KeyID == "" || !strings.HasPrefix(k.Arn, "arn:") {
		t.Fatalf("Ensure = %+v, want a key with an ARN", k)
	}
	if on, err := c.RotationEnabled(t.Context(), k.KeyID); err != nil || on {
		t.Errorf("rotation of a new key = %v, %v; want off until enabled", on, err)
	}
	if err := c.EnableRotation(t.Context(), k.KeyID); err != nil {
		t.Fatal(err)
	}
	if on, err := c.RotationEnabled(t.Context(), k.KeyID); err != nil || !on {
		t.Errorf("rotation after EnableRotation = %v, %v; want on", on, err)
	}
	again, err := c.Ensure(t.Context(), alias, "test key")
	if err != nil || again.KeyID != k.KeyID {
		t.Errorf("Ensure again = %+v, %v; want the same key %s", again, err, k.KeyID)
	}
	if _, found, err := c.Describe(t.Context(), "alias/never-made"); err != nil || found {
		t.Errorf("Describe of a missing alias = %v, %v; want not found", found, err)
	}
}

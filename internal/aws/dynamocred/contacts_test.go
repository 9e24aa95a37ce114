package dynamocred

import (
	"context"
	"fmt"
	"maps"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/portal"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// TestContacts: each partnership's sign-in address is found with one
// query, for reminders, and goes with the last code revoked.
func TestContacts(t *testing.T) {
	ctx := context.Background()
	client := dynamodb.NewFromConfig(moto.Shared(t).Config())
	table := fmt.Sprintf("ledger-contacts-%d", time.Now().UnixNano())
	if _, err := client.CreateTable(ctx, dynamoledger.TableInput(table)); err != nil {
		t.Fatal(err)
	}
	s := New(client, table)
	issue := func(p portal.Principal) string {
		code, err := s.Issue(ctx, p, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		return portal.HashCode(code)
	}
	b := issue(portal.Principal{Role: portal.RolePartnership, Partnership: "E08000026", Name: "b@coventry.example"})
	a := issue(portal.Principal{Role: portal.RolePartnership, Partnership: "E08000026", Name: "a@coventry.example"})
	issue(portal.Principal{Role: portal.RolePartnership, Partnership: "E08000035", Name: "bm@leeds.example"})
	issue(portal.Principal{Role: portal.RoleStaff, Name: "alice@education.example"})

	check := func(when string, want map[string]string) {
		t.Helper()
		got, err := s.Contacts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !maps.Equal(got, want) {
			t.Errorf("%s: Contacts = %v, want %v", when, got, want)
		}
	}
	check("after issuing", map[string]string{"E08000026": "a@coventry.example", "E08000035": "bm@leeds.example"})
	if err := s.Revoke(ctx, a); err != nil {
		t.Fatal(err)
	}
	check("after revoking one of Coventry's", map[string]string{"E08000026": "b@coventry.example", "E08000035": "bm@leeds.example"})
	if err := s.Revoke(ctx, b); err != nil {
		t.Fatal(err)
	}
	check("after revoking both", map[string]string{"E08000035": "bm@leeds.example"})
}

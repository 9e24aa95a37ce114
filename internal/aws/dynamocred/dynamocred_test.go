package dynamocred

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/portal"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// newStore is a store over a ledger table of its own on moto.
func newStore(t *testing.T) *Store {
	t.Helper()
	client := dynamodb.NewFromConfig(moto.Shared(t).Config())
	table := fmt.Sprintf("ledger-%d", time.Now().UnixNano())
	if _, err := client.CreateTable(context.Background(), dynamoledger.TableInput(table)); err != nil {
		t.Fatal(err)
	}
	return New(client, table)
}

func TestIssueLookupRevoke(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	coventry := portal.Principal{Role: portal.RolePartnership, Partnership: "E08000026", Name: "manager@coventry.example"}
	staff := portal.Principal{Role: portal.RoleStaff, Name: "alice@education.example"}
	codes := map[string]portal.Principal{}
	for _, p := range []portal.Principal{coventry, staff} {
		code, err := s.Issue(ctx, p, time.Now())
		if err != nil {
			t.Fatalf("Issue(%v): %v", p, err)
		}
		codes[code] = p
	}
	for code, want := range codes {
		got, found, err := s.Lookup(ctx, portal.HashCode(code))
		if err != nil || !found || got != want {
			t.Errorf("Lookup(hash of %s code) = %v, %v, %v; want %v", want.Role, got, found, err, want)
		}
		if _, found, _ := s.Lookup(ctx, code); found {
			t.Error("Lookup found a credential by the code itself: the store must key on hashes only")
		}
		if err := s.Revoke(ctx, portal.HashCode(code)); err != nil {
			t.Fatal(err)
		}
		if _, found, _ := s.Lookup(ctx, portal.HashCode(code)); found {
			t.Errorf("credential for %v still found after Revoke", want)
		}
	}
	if _, err := s.Issue(ctx, portal.Principal{Role: portal.RolePartnership}, time.Now()); err == nil {
		t.Error("Issue for a partnership credential without a partnership = nil error")
	}
}

func TestSignOutsOnMoto(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	key := portal.SignOutKey("session-id")
	if ended, err := s.Ended(ctx, key); err != nil || ended {
		t.Fatalf("Ended before sign-out = %v, %v; want false", ended, err)
	}
	if err := s.End(ctx, key, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if ended, err := s.Ended(ctx, key); err != nil || !ended {
		t.Errorf("Ended after sign-out = %v, %v; want true", ended, err)
	}
	if ended, _ := s.Ended(ctx, portal.SignOutKey("another")); ended {
		t.Error("a session never signed out is ended")
	}
}

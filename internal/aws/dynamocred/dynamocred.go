// Package dynamocred keeps the hashes of portal sign-in codes in the
// ledger's DynamoDB table, one item per code:
//
//	PK                 SK     holds
//	CRED#<sha256>      CRED   role, partnership, name, issued
//	SIGNOUT#<key>      ENDED  expires (the session's own expiry)
//	CONTACTS           <partnership>#<sha256>  name: a partnership code's address, for reminders (Contacts)
//
// Codes themselves are never stored: a code is shown once when issued,
// and a signed-out session is named by a hash of its id
// (portal.SignOutKey).
// The same table counts sign-in attempts for every instance of the portal
// (Limiter).
package dynamocred

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/safeguarding-intake/intake/internal/aws/dynamocontacts"
	"github.com/safeguarding-intake/intake/internal/portal"
)

// Client is the part of the DynamoDB API the store uses; *dynamodb.Client
// satisfies it.
type Client interface {
	GetItem(ctx context.Context, in *dynamodb.GetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
	UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
	Query(ctx context.Context, in *dynamodb.QueryInput, optFns ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
}

// Store is a portal.Credentials in a DynamoDB table.
type Store struct {
	client Client
	table  string
}

// New returns a store keeping its items in table (the ledger's).
func New(client Client, table string) *Store { return &Store{client: client, table: table} }

func key(hash string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{
		"PK": &types.AttributeValueMemberS{Value: "CRED#" + hash},
		"SK": &types.AttributeValueMemberS{Value: "CRED"},
	}
}

func str(item map[string]types.AttributeValue, name string) string {
	if v, ok := item[name].(*types.AttributeValueMemberS); ok {
		return v.Value
	}
	return ""
}

// Lookup implements portal.Credentials.
func (s *Store) Lookup(ctx context.Context, hash string) (portal.Principal, bool, error) {
	out, err := s.client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(s.table), Key: key(hash), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return portal.Principal{}, false, fmt.Errorf("dynamocred: lookup: %w", err)
	}
	if out.Item == nil {
		return portal.Principal{}, false, nil
	}
	return portal.Principal{
		Role:        str(out.Item, "role"),
		Partnership: str(out.Item, "partnership"),
		Name:        str(out.Item, "name"),
	}, true, nil
}

// Issue creates a code for p, stores its hash and returns the code.
func (s *Store) Issue(ctx context.Context, p portal.Principal, now time.Time) (string, error) {
	code, err := portal.NewCode(p)
	if err != nil {
		return "", err
	}
	item := key(portal.HashCode(code))
	item["role"] = &types.AttributeValueMemberS{Value: p.Role}
	item["name"] = &types.AttributeValueMemberS{Value: p.Name}
	item["issued"] = &types.AttributeValueMemberS{Value: now.UTC().Format(time.RFC3339)}
	if p.Partnership != "" {
		item["partnership"] = &types.AttributeValueMemberS{Value: p.Partnership}
	}
	_, err = s.client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(s.table), Item: item,
		ConditionExpression: aws.String("attribute_not_exists(PK)"),
	})
	if err != nil {
		return "", fmt.Errorf("dynamocred: issue: %w", err)
	}
	if p.Role == portal.RolePartnership {
		c := contactKey(p.Partnership, portal.HashCode(code))
		c["name"] = &types.AttributeValueMemberS{Value: p.Name}
		if _, err := s.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table), Item: c}); err != nil {
			return "", fmt.Errorf("dynamocred: issue: recording the contact: %w", err)
		}
	}
	return code, nil
}

func contactKey(partnership, hash string) map[string]types.AttributeValue {
	return dynamocontacts.Key(partnership, hash)
}

// Contacts maps each partnership with a sign-in code to the address the
// code was issued to (the first in order, when several were): one query
// of the CONTACTS partition, for the reminders of DESIGN 4.8. The
// reminder function reads them with dynamocontacts directly.
func (s *Store) Contacts(ctx context.Context) (map[string]string, error) {
	out, err := dynamocontacts.New(s.client, s.table).Contacts(ctx)
	if err != nil {
		return nil, fmt.Errorf("dynamocred: %w", err)
	}
	return out, nil
}

// Revoke removes the credential whose code hashes to hash.
func (s *Store) Revoke(ctx context.Context, hash string) error {
	out, err := s.client.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(s.table), Key: key(hash), ReturnValues: types.ReturnValueAllOld})
	if err != nil {
		return fmt.Errorf("dynamocred: revoke: %w", err)
	}
	if p := str(out.Attributes, "partnership"); p != "" {
		if _, err := s.client.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(s.table), Key: contactKey(p, hash)}); err != nil {
			return fmt.Errorf("dynamocred: revoke: the contact: %w", err)
		}
	}
	return nil
}

func signOutKey(key string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{
		"PK": &types.AttributeValueMemberS{Value: "SIGNOUT#" + key},
		"SK": &types.AttributeValueMemberS{Value: "ENDED"},
	}
}

// End implements portal.SignOuts. The record expires, through the table's
// time to live, when the session would have.
func (s *Store) End(ctx context.Context, key string, until time.Time) error {
	item := signOutKey(key)
	item[ExpiresAttribute] = &types.AttributeValueMemberN{Value: strconv.FormatInt(until.Unix(), 10)}
	if _, err := s.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table), Item: item}); err != nil {
		return fmt.Errorf("dynamocred: recording a sign-out: %w", err)
	}
	return nil
}

// Ended implements portal.SignOuts.
func (s *Store) Ended(ctx context.Context, key string) (bool, error) {
	out, err := s.client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(s.table), Key: signOutKey(key), ConsistentRead: aws.Bool(true)})
	if err != nil {
		return false, fmt.Errorf("dynamocred: reading a sign-out: %w", err)
	}
	return out.Item != nil, nil
}

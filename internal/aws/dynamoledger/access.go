package dynamoledger

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// The audit trail, one item per access, in a partition of its own per
// submission (so that reading a submission never reads its trail):
//
//	PK              SK                         holds
//	ACCESS#<id>     <at, UTC, ns>#<random>     access (JSON)
//
// The random suffix keeps two accesses in the same instant apart; the
// write is conditional, so none is ever overwritten.
const accessPrefix = "ACCESS#"

// accessTime has a fixed width, so that keys sort as times do.
const accessTime = "2006-01-02T15:04:05.000000000Z"

// RecordAccess adds a to the audit trail.
func (s *Store) RecordAccess(ctx context.Context, a intake.Access) error {
	data, err := json.Marshal(a)
	if err != nil {
		return err
	}
	var r [8]byte
	rand.Read(r[:])
	_, err = s.client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(s.table),
		Item: map[string]types.AttributeValue{
			"PK":     str(accessPrefix + a.Submission),
			"SK":     str(a.At.UTC().Format(accessTime) + "#" + hex.EncodeToString(r[:])),
			"access": str(string(data)),
		},
		ConditionExpression: aws.String("attribute_not_exists(PK)"),
	})
	if err != nil {
		return fmt.Errorf("dynamoledger: recording an access to %s: %w", a.Submission, err)
	}
	return nil
}

// Accesses returns the audit trail of one submission, oldest first.
func (s *Store) Accesses(ctx context.Context, id string) ([]intake.Access, error) {
	in := &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		KeyConditionExpression:    aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(accessPrefix + id)},
		ConsistentRead:            aws.Bool(true),
	}
	var out []intake.Access
	for {
		page, err := s.client.Query(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("dynamoledger: reading the accesses to %s: %w", id, err)
		}
		for _, item := range page.Items {
			var a intake.Access
			if err := json.Unmarshal([]byte(getS(item, "access")), &a); err != nil {
				return nil, fmt.Errorf("dynamoledger: an access to %s: %w", id, err)
			}
			out = append(out, a)
		}
		if len(page.LastEvaluatedKey) == 0 {
			return out, nil
		}
		in.ExclusiveStartKey = page.LastEvaluatedKey
	}
}

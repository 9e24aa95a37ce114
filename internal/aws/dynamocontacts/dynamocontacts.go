// Package dynamocontacts keeps, in the ledger's DynamoDB table, the
// address each partnership's sign-in code was issued to, for the
// reminders of DESIGN 4.8:
//
//	PK        SK                      holds
//	CONTACTS  <partnership>#<sha256>  name: the address the code was issued to
//
// dynamocred writes these items as it issues and revokes codes; the
// reminder function reads them through this package alone, so that it
// links nothing of the portal.
package dynamocontacts

import (
	"context"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// PK is the partition holding every contact.
const PK = "CONTACTS"

// Key is the item of the code hashing to hash, issued for partnership.
func Key(partnership, hash string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{
		"PK": &types.AttributeValueMemberS{Value: PK},
		"SK": &types.AttributeValueMemberS{Value: partnership + "#" + hash},
	}
}

// Querier is the part of the DynamoDB API Read uses; *dynamodb.Client
// satisfies it.
type Querier interface {
	Query(ctx context.Context, in *dynamodb.QueryInput, optFns ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
}

// Reader reads the contacts of one table.
type Reader struct {
	client Querier
	table  string
}

// New returns a reader of the contacts in table (the ledger's).
func New(client Querier, table string) *Reader { return &Reader{client: client, table: table} }

// Contacts maps each partnership with a sign-in code to the address the
// code was issued to (the first in order, when several were): one query
// of the CONTACTS partition.
func (r *Reader) Contacts(ctx context.Context) (map[string]string, error) {
	in := &dynamodb.QueryInput{
		TableName:                 aws.String(r.table),
		KeyConditionExpression:    aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": &types.AttributeValueMemberS{Value: PK}},
	}
	out := map[string]string{}
	for {
		page, err := r.client.Query(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("contacts: %w", err)
		}
		for _, it := range page.Items {
			p, _, _ := strings.Cut(str(it, "SK"), "#")
			if name := str(it, "name"); name != "" && (out[p] == "" || name < out[p]) {
				out[p] = name
			}
		}
		if len(page.LastEvaluatedKey) == 0 {
			return out, nil
		}
		in.ExclusiveStartKey = page.LastEvaluatedKey
	}
}

func str(item map[string]types.AttributeValue, name string) string {
	if v, ok := item[name].(*types.AttributeValueMemberS); ok {
		return v.Value
	}
	return ""
}

package dynamoledger

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
)

// The obligations' items and how they are read (DESIGN 4.8). Every read
// is a Query of one partition, of the table or of the by-received index;
// none scans.
//
//	PK                   SK              holds                        read by
//	SINS                 SIN#<reference> partnership, sent, child     Query PK = SINS (every SIN)
//	BASELINE             <partnership>   last_published               Query PK = BASELINE
//	REMINDER#<key>       <stage>         on (date last sent)          conditional Put, Delete
//	SUB#<id>             META            list_all, rank, outcome      Query index by-received: list_all = SUB#<month>, for each month of the directory
//
// A SIN file of a few thousand rows is a few hundred kilobytes in one
// partition; it is written in batches of 25 once the whole file has been
// checked, so a bad row writes nothing, and writing the same file again
// replaces each SIN with itself.
const (
	pkSINs     = "SINS"
	skSIN      = "SIN#"
	pkBaseline = "BASELINE"
	pkReminder = "REMINDER#"

	batchSize  = 25 // BatchWriteItem's limit
	batchTries = 8
)

var _ obligations.Store = (*Store)(nil)

// putBatch writes items in batches, retrying what DynamoDB leaves
// unprocessed.
func (s *Store) putBatch(ctx context.Context, items []map[string]types.AttributeValue) error {
	for start := 0; start < len(items); start += batchSize {
		var reqs []types.WriteRequest
		for _, it := range items[start:min(start+batchSize, len(items))] {
			reqs = append(reqs, types.WriteRequest{PutRequest: &types.PutRequest{Item: it}})
		}
		pending := map[string][]types.WriteRequest{s.table: reqs}
		for try := 0; len(pending[s.table]) > 0; try++ {
			if try == batchTries {
				return fmt.Errorf("%d items still unprocessed after %d tries", len(pending[s.table]), batchTries)
			}
			if try > 0 {
				if err := pause(ctx, try); err != nil {
					return err
				}
			}
			out, err := s.client.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: pending})
			if err != nil {
				return err
			}
			pending = out.UnprocessedItems
		}
	}
	return nil
}

// queryAll returns every item of a query, page by page.
func (s *Store) queryAll(ctx context.Context, in *dynamodb.QueryInput) ([]map[string]types.AttributeValue, error) {
	var items []map[string]types.AttributeValue
	for {
		out, err := s.client.Query(ctx, in)
		if err != nil {
			return nil, err
		}
		items = append(items, out.Items...)
		if len(out.LastEvaluatedKey) == 0 {
			return items, nil
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
}

func (s *Store) partition(ctx context.Context, pk string) ([]map[string]types.AttributeValue, error) {
	return s.queryAll(ctx, &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		KeyConditionExpression:    aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(pk)},
		ConsistentRead:            aws.Bool(true),
	})
}

func getDate(item map[string]types.AttributeValue, name string) (time.Time, error) {
	d, err := intake.ParseISODate(getS(item, name))
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// PutSINs implements obligations.Store.
func (s *Store) PutSINs(ctx context.Context, sins []obligations.SIN) error {
	items := make([]map[string]types.AttributeValue, 0, len(sins))
	for _, sn := range sins {
		item := key(pkSINs, skSIN+sn.Reference)
		item["type"] = str("sin")
		item["reference"] = str(sn.Reference)
		item["partnership"] = str(sn.Partnership)
		item["sent"] = str(intake.ISODate(sn.Sent))
		if sn.Child != "" {
			item["child"] = str(sn.Child)
		}
		items = append(items, item)
	}
	if err := s.putBatch(ctx, items); err != nil {
		return fmt.Errorf("dynamoledger: put SINs: %w", err)
	}
	return nil
}

// SINs implements obligations.Store.
func (s *Store) SINs(ctx context.Context) ([]obligations.SIN, error) {
	items, err := s.partition(ctx, pkSINs)
	if err != nil {
		return nil, fmt.Errorf("dynamoledger: SINs: %w", err)
	}
	out := make([]obligations.SIN, 0, len(items))
	for _, it := range items {
		sent, err := getDate(it, "sent")
		if err != nil {
			return nil, fmt.Errorf("dynamoledger: SIN %s: %w", getS(it, "SK"), err)
		}
		out = append(out, obligations.SIN{Reference: getS(it, "reference"), Partnership: getS(it, "partnership"), Sent: sent, Child: getS(it, "child")})
	}
	return out, nil
}

// PutBaseline implements obligations.Store.
func (s *Store) PutBaseline(ctx context.Context, rows []obligations.Baseline) error {
	items := make([]map[string]types.AttributeValue, 0, len(rows))
	for _, b := range rows {
		item := key(pkBaseline, b.Partnership)
		item["type"] = str("baseline")
		item["partnership"] = str(b.Partnership)
		item["last_published"] = str(intake.ISODate(b.LastPublished))
		items = append(items, item)
	}
	if err := s.putBatch(ctx, items); err != nil {
		return fmt.Errorf("dynamoledger: put baseline: %w", err)
	}
	return nil
}

// Baseline implements obligations.Store.
func (s *Store) Baseline(ctx context.Context) ([]obligations.Baseline, error) {
	items, err := s.partition(ctx, pkBaseline)
	if err != nil {
		return nil, fmt.Errorf("dynamoledger: baseline: %w", err)
	}
	out := make([]obligations.Baseline, 0, len(items))
	for _, it := range items {
		d, err := getDate(it, "last_published")
		if err != nil {
			return nil, fmt.Errorf("dynamoledger: baseline %s: %w", getS(it, "SK"), err)
		}
		out = append(out, obligations.Baseline{Partnership: getS(it, "partnership"), LastPublished: d})
	}
	return out, nil
}

// Submissions implements obligations.Store with one query of the
// by-received list index for each month the directory names, the same
// partitions the staff view reads. The index holds the submission items
// only, without their deliveries, which obligations do not need.
func (s *Store) Submissions(ctx context.Context) ([]intake.Record, error) {
	dir, err := s.directory(ctx)
	if err != nil {
		return nil, fmt.Errorf("dynamoledger: submissions: %w", err)
	}
	var out []intake.Record
	for _, m := range dir.months {
		items, err := s.queryAll(ctx, &dynamodb.QueryInput{
			TableName:                 aws.String(s.table),
			IndexName:                 aws.String(byReceived.Name),
			KeyConditionExpression:    aws.String(byReceived.Hash + " = :h"),
			ExpressionAttributeValues: map[string]types.AttributeValue{":h": str(byReceived.hashValue(allValue, m))},
		})
		if err != nil {
			return nil, fmt.Errorf("dynamoledger: submissions of %s: %w", m, err)
		}
		for _, it := range items {
			rec, err := assemble(it, nil)
			if err != nil {
				return nil, fmt.Errorf("dynamoledger: %w", err)
			}
			out = append(out, rec)
		}
	}
	return out, nil
}

// ClaimReminder implements obligations.Store with one conditional put:
// the reminder's item must be absent or, for one sent again, last sent on
// or before the cutoff.
func (s *Store) ClaimReminder(ctx context.Context, r obligations.Reminder) (bool, error) {
	item := key(pkReminder+r.Key, r.Stage)
	item["type"] = str("reminder")
	item["on"] = str(intake.ISODate(r.On))
	in := &dynamodb.PutItemInput{
		TableName:           aws.String(s.table),
		Item:                item,
		ConditionExpression: aws.String("attribute_not_exists(PK)"),
	}
	if r.AgainAfterDays > 0 {
		in.ConditionExpression = aws.String("attribute_not_exists(PK) OR #on <= :cutoff")
		in.ExpressionAttributeNames = map[string]string{"#on": "on"}
		in.ExpressionAttributeValues = map[string]types.AttributeValue{":cutoff": str(intake.ISODate(r.On.AddDate(0, 0, -r.AgainAfterDays)))}
	}
	_, err := s.client.PutItem(ctx, in)
	switch {
	case err == nil:
		return true, nil
	case isConditionFailed(err):
		return false, nil
	}
	return false, fmt.Errorf("dynamoledger: claim reminder: %w", err)
}

// ReleaseReminder implements obligations.Store: the item goes only if it
// is still the claim of r.On.
func (s *Store) ReleaseReminder(ctx context.Context, r obligations.Reminder) error {
	_, err := s.client.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName:                 aws.String(s.table),
		Key:                       key(pkReminder+r.Key, r.Stage),
		ConditionExpression:       aws.String("#on = :on"),
		ExpressionAttributeNames:  map[string]string{"#on": "on"},
		ExpressionAttributeValues: map[string]types.AttributeValue{":on": str(intake.ISODate(r.On))},
	})
	if err != nil && !isConditionFailed(err) {
		return fmt.Errorf("dynamoledger: release reminder: %w", err)
	}
	return nil
}

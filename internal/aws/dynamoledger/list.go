package dynamoledger

import (
	"context"
	"fmt"
	"slices"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// Index is one global secondary index of the ledger table: submission
// items under one value of Hash, in the order of RankAttribute.
type Index struct {
	Name string
	Hash string // the attribute the index is partitioned by
}

// RankAttribute is every list index's range key: intake.Rank of the
// submission, so that a descending query reads newest first.
const RankAttribute = "rank"

// recipientsAttribute lists a submission's recipients on its item, so that
// a page reads their delivery items by key.
const recipientsAttribute = "recipients"

// The list indexes, one per access pattern of the views. Only submission
// items carry their keys. The late index is sparse: only late submissions
// carry list_late.
var (
	byReceived    = Index{Name: "by-received", Hash: "list_all"}
	byPartnership = Index{Name: "by-partnership", Hash: "list_partnership"}
	byKind        = Index{Name: "by-kind", Hash: "list_kind"}
	byStatus      = Index{Name: "by-status", Hash: "list_status"}
	late          = Index{Name: "late", Hash: "list_late"}

	// Indexes are the table's global secondary indexes; template.yaml and
	// infra/localaws declare the same.
	Indexes = []Index{byReceived, byPartnership, byKind, byStatus, late}
)

const (
	allValue  = "SUB"
	lateValue = "LATE"
	pkSeen    = "PARTNERSHIPS"
)

// Create describes the index for CreateTable, projecting every attribute.
func (ix Index) Create() types.GlobalSecondaryIndex {
	return types.GlobalSecondaryIndex{
		IndexName: aws.String(ix.Name),
		KeySchema: []types.KeySchemaElement{
			{AttributeName: aws.String(ix.Hash), KeyType: types.KeyTypeHash},
			{AttributeName: aws.String(RankAttribute), KeyType: types.KeyTypeRange},
		},
		Projection: &types.Projection{ProjectionType: types.ProjectionTypeAll},
	}
}

// listKeys sets the list indexes' keys on a submission item.
func listKeys(item map[string]types.AttributeValue, rec intake.Record) {
	p := partnershipID(rec.Outcome)
	if p == "" {
		p = intake.NoPartnership
	}
	item[RankAttribute] = str(intake.Rank(rec.Received, rec.ID))
	item[byReceived.Hash] = str(allValue)
	item[byPartnership.Hash] = str(p)
	item[byKind.Hash] = str(string(rec.Kind))
	item[byStatus.Hash] = str(string(rec.Status))
	if rec.Late() {
		item[late.Hash] = str(lateValue)
	}
}

// plan picks the index that serves q's most selective filter and the
// filter expression for the others.
func plan(q intake.ListQuery) (ix Index, value string, filter []string, values map[string]types.AttributeValue) {
	values = map[string]types.AttributeValue{}
	switch {
	case q.Partnership != "":
		ix, value = byPartnership, q.Partnership
	case q.Late == "yes":
		ix, value = late, lateValue
	case q.Kind != "":
		ix, value = byKind, string(q.Kind)
	case q.Status != "":
		ix, value = byStatus, string(q.Status)
	default:
		ix, value = byReceived, allValue
	}
	if q.Kind != "" && ix != byKind {
		filter = append(filter, byKind.Hash+" = :kind")
		values[":kind"] = str(string(q.Kind))
	}
	if q.Status != "" && ix != byStatus {
		filter = append(filter, byStatus.Hash+" = :status")
		values[":status"] = str(string(q.Status))
	}
	switch {
	case q.Late == "yes" && ix != late:
		filter = append(filter, "attribute_exists("+late.Hash+")")
	case q.Late == "no":
		filter = append(filter, "attribute_not_exists("+late.Hash+")")
	}
	return ix, value, filter, values
}

// Page implements pipeline.Ledger: one index partition read from the
// cursor's position, then the page's delivery items by key.
func (s *Store) Page(ctx context.Context, q intake.ListQuery) (intake.ListPage, error) {
	ix, value, filter, values := plan(q)
	limit := q.PageLimit()
	in := &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		IndexName:                 aws.String(ix.Name),
		KeyConditionExpression:    aws.String(ix.Hash + " = :h"),
		ExpressionAttributeValues: values,
		ScanIndexForward:          aws.Bool(false),
		Limit:                     aws.Int32(int32(limit + 1)),
	}
	values[":h"] = str(value)
	if len(filter) > 0 {
		expr := filter[0]
		for _, f := range filter[1:] {
			expr += " AND " + f
		}
		in.FilterExpression = aws.String(expr)
		// The limit counts items read before the filter.
		in.Limit = aws.Int32(int32(4 * (limit + 1)))
	}
	switch {
	case q.Before != "":
		rank, err := intake.CursorRank(q.Before)
		if err != nil {
			return intake.ListPage{}, err
		}
		*in.KeyConditionExpression += " AND " + RankAttribute + " > :rank"
		values[":rank"] = str(rank)
		in.ScanIndexForward = aws.Bool(true)
	case q.After != "":
		rank, err := intake.CursorRank(q.After)
		if err != nil {
			return intake.ListPage{}, err
		}
		*in.KeyConditionExpression += " AND " + RankAttribute + " < :rank"
		values[":rank"] = str(rank)
	}
	var metas []map[string]types.AttributeValue
	for len(metas) <= limit {
		out, err := s.client.Query(ctx, in)
		if err != nil {
			return intake.ListPage{}, fmt.Errorf("dynamoledger: list: %w", err)
		}
		metas = append(metas, out.Items...)
		if len(out.LastEvaluatedKey) == 0 {
			break
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
	more := len(metas) > limit
	metas = metas[:min(len(metas), limit)]
	recs, err := s.withDeliveries(ctx, metas)
	if err != nil {
		return intake.ListPage{}, err
	}
	return intake.NewPage(q, recs, more), nil
}

// withDeliveries assembles the records of submission items, reading their
// delivery items a hundred keys at a time.
func (s *Store) withDeliveries(ctx context.Context, metas []map[string]types.AttributeValue) ([]intake.Record, error) {
	var keys []map[string]types.AttributeValue
	for _, m := range metas {
		if rs, ok := m[recipientsAttribute].(*types.AttributeValueMemberSS); ok {
			for _, r := range rs.Value {
				keys = append(keys, key(getS(m, "PK"), skDeliv+r))
			}
		}
	}
	deliveries := map[string][]map[string]types.AttributeValue{}
	for chunk := range slices.Chunk(keys, 100) {
		req := map[string]types.KeysAndAttributes{s.table: {Keys: chunk, ConsistentRead: aws.Bool(true)}}
		for try := 0; len(req) > 0; try++ {
			if try > 0 {
				if err := pause(ctx, min(try, 5)); err != nil {
					return nil, fmt.Errorf("dynamoledger: list: %w", err)
				}
			}
			out, err := s.client.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: req})
			if err != nil {
				return nil, fmt.Errorf("dynamoledger: list: %w", err)
			}
			for _, item := range out.Responses[s.table] {
				pk := getS(item, "PK")
				deliveries[pk] = append(deliveries[pk], item)
			}
			req = out.UnprocessedKeys
		}
	}
	recs := make([]intake.Record, 0, len(metas))
	for _, m := range metas {
		ds := deliveries[getS(m, "PK")]
		if _, ok := m[recipientsAttribute]; !ok {
			// An item written before it listed its recipients.
			var err error
			if _, ds, err = s.query(ctx, getS(m, "id")); err != nil {
				return nil, fmt.Errorf("dynamoledger: list: %w", err)
			}
		}
		rec, err := assemble(m, ds)
		if err != nil {
			return nil, fmt.Errorf("dynamoledger: list: %w", err)
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// List implements pipeline.Ledger, a page at a time through the index of
// every submission: newest received first, ties by id.
func (s *Store) List(ctx context.Context) ([]intake.Record, error) {
	var all []intake.Record
	q := intake.ListQuery{}
	for {
		p, err := s.Page(ctx, q)
		if err != nil {
			return nil, err
		}
		all = append(all, p.Records...)
		if p.Next == "" {
			return all, nil
		}
		q.After = p.Next
	}
}

// notePartnership records rec's partnership among those the ledger has
// seen, which the staff view offers as a filter.
func (s *Store) notePartnership(ctx context.Context, rec intake.Record) error {
	p := rec.Partnership
	if p == nil || p.ID == "" {
		return nil
	}
	item := key(pkSeen, p.ID)
	item["type"] = str("partnership")
	item["name"] = str(p.Name)
	if _, err := s.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table), Item: item}); err != nil {
		return fmt.Errorf("dynamoledger: note partnership of %s: %w", rec.ID, err)
	}
	return nil
}

// Partnerships implements pipeline.Ledger: every partnership a submission
// was recorded under, by id.
func (s *Store) Partnerships(ctx context.Context) ([]intake.Partnership, error) {
	in := &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		KeyConditionExpression:    aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(pkSeen)},
	}
	var out []intake.Partnership
	for {
		res, err := s.client.Query(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("dynamoledger: partnerships: %w", err)
		}
		for _, item := range res.Items {
			out = append(out, intake.Partnership{ID: getS(item, "SK"), Name: getS(item, "name")})
		}
		if len(res.LastEvaluatedKey) == 0 {
			return out, nil
		}
		in.ExclusiveStartKey = res.LastEvaluatedKey
	}
}

// Load writes records as they are, with their deliveries, without the
// conditions of Claim: for restoring a ledger from an export, giving
// items written before the list indexes their keys, and filling a table
// to measure it. It writes 25 items a request.
func (s *Store) Load(ctx context.Context, recs []intake.Record) error {
	var items []map[string]types.AttributeValue
	for _, rec := range recs {
		if err := checkRecord(rec); err != nil {
			return err
		}
		meta, err := metaItem(rec, recipientsOf(rec.Deliveries))
		if err != nil {
			return fmt.Errorf("dynamoledger: load %s: %w", rec.ID, err)
		}
		source := key(sourcePK(rec.SourceKey), skSource)
		source["type"] = str("source")
		source["id"] = str(rec.ID)
		source["source_key"] = str(rec.SourceKey)
		items = append(items, source, meta)
		for i, d := range rec.Deliveries {
			items = append(items, deliveryItem(rec.ID, i, d))
		}
		if p := rec.Partnership; p != nil && p.ID != "" {
			seen := key(pkSeen, p.ID)
			seen["type"] = str("partnership")
			seen["name"] = str(p.Name)
			items = append(items, seen)
		}
	}
	// A batch may not hold one item twice: the partnerships repeat.
	var unique []map[string]types.AttributeValue
	have := map[string]bool{}
	for _, it := range items {
		k := getS(it, "PK") + "\x00" + getS(it, "SK")
		if !have[k] {
			have[k] = true
			unique = append(unique, it)
		}
	}
	if err := s.putBatch(ctx, unique); err != nil {
		return fmt.Errorf("dynamoledger: load: %w", err)
	}
	return nil
}

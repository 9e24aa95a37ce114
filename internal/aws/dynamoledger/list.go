package dynamoledger

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// Index is one global secondary index of the ledger table: submission
// items under one value of Hash, in the order of RankAttribute. The hash
// value of a bucketed index ends in the month the submission was received
// ("#2025-03"), so that no one partition takes every write or grows
// without end; a list reads the months newest first.
type Index struct {
	Name     string
	Hash     string // the attribute the index is partitioned by
	Bucketed bool   // the hash value ends in "#" and the month of receipt
}

// RankAttribute is every list index's range key: intake.Rank of the
// submission, so that a descending query reads newest first.
const RankAttribute = "rank"

// recipientsAttribute lists a submission's recipients on its item, so that
// a page reads their delivery items by key.
const recipientsAttribute = "recipients"

// The list indexes, one per access pattern of the views. Only submission
// items carry their keys. The late index is sparse: only late submissions
// carry list_late. Partnerships are many and each sends a few documents
// a month, so their index needs no buckets.
var (
	byReceived    = Index{Name: "by-received", Hash: "list_all", Bucketed: true}
	byPartnership = Index{Name: "by-partnership", Hash: "list_partnership"}
	byKind        = Index{Name: "by-kind", Hash: "list_kind", Bucketed: true}
	byStatus      = Index{Name: "by-status", Hash: "list_status", Bucketed: true}
	late          = Index{Name: "late", Hash: "list_late", Bucketed: true}

	// Indexes are the table's global secondary indexes; template.yaml and
	// infra/localaws declare the same.
	Indexes = []Index{byReceived, byPartnership, byKind, byStatus, late}
)

const (
	allValue  = "SUB"
	lateValue = "LATE"
	// pkSeen is where ledgers written before the directory kept the
	// partnerships they had seen, one item each; Backfill moves them.
	pkSeen = "PARTNERSHIPS"
)

// monthLayout names a bucket: the month of receipt, in UTC. Ranks begin
// with the received time, so a rank's first seven bytes are its month.
const monthLayout = "2006-01"

func month(t time.Time) string { return t.UTC().Format(monthLayout) }

// hashValue is the index's partition key for value in month m.
func (ix Index) hashValue(value, m string) string {
	if ix.Bucketed {
		return value + "#" + m
	}
	return value
}

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
	m := month(rec.Received)
	item[RankAttribute] = str(intake.Rank(rec.Received, rec.ID))
	item[byReceived.Hash] = str(byReceived.hashValue(allValue, m))
	item[byPartnership.Hash] = str(byPartnership.hashValue(p, m))
	item[byKind.Hash] = str(byKind.hashValue(string(rec.Kind), m))
	item[byStatus.Hash] = str(byStatus.hashValue(string(rec.Status), m))
	if rec.Late() {
		item[late.Hash] = str(late.hashValue(lateValue, m))
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
		filter = append(filter, "#kind = :kind")
		values[":kind"] = str(string(q.Kind))
	}
	if q.Status != "" && ix != byStatus {
		filter = append(filter, "#status = :status")
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

// Page implements pipeline.Ledger: the chosen index read from the
// cursor's position, a month's partition after another for a bucketed
// one, until the page is full; then the page's delivery items by key.
func (s *Store) Page(ctx context.Context, q intake.ListQuery) (intake.ListPage, error) {
	ix, value, filter, values := plan(q)
	limit := q.PageLimit()
	in := &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		IndexName:                 aws.String(ix.Name),
		KeyConditionExpression:    aws.String(ix.Hash + " = :h"),
		ExpressionAttributeValues: values,
		ScanIndexForward:          aws.Bool(false),
	}
	if len(filter) > 0 {
		in.FilterExpression = aws.String(strings.Join(filter, " AND "))
		names := map[string]string{}
		if q.Kind != "" && ix != byKind {
			names["#kind"] = "kind"
		}
		if q.Status != "" && ix != byStatus {
			names["#status"] = "status"
		}
		if len(names) > 0 {
			in.ExpressionAttributeNames = names
		}
	}
	cursor := ""
	switch {
	case q.Before != "":
		rank, err := intake.CursorRank(q.Before)
		if err != nil {
			return intake.ListPage{}, err
		}
		*in.KeyConditionExpression += " AND " + RankAttribute + " > :rank"
		values[":rank"] = str(rank)
		in.ScanIndexForward = aws.Bool(true)
		cursor = rank
	case q.After != "":
		rank, err := intake.CursorRank(q.After)
		if err != nil {
			return intake.ListPage{}, err
		}
		*in.KeyConditionExpression += " AND " + RankAttribute + " < :rank"
		values[":rank"] = str(rank)
		cursor = rank
	}
	partitions := []string{value}
	if ix.Bucketed {
		months, err := s.listMonths(ctx, cursor, q.Before != "")
		if err != nil {
			return intake.ListPage{}, err
		}
		partitions = partitions[:0]
		for _, m := range months {
			partitions = append(partitions, ix.hashValue(value, m))
		}
	}
	var metas []map[string]types.AttributeValue
	for _, h := range partitions {
		values[":h"] = str(h)
		in.ExclusiveStartKey = nil
		for len(metas) <= limit {
			need := limit + 1 - len(metas)
			if len(filter) > 0 {
				// The limit counts items read before the filter.
				need *= 4
			}
			in.Limit = aws.Int32(int32(need))
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
		if len(metas) > limit {
			break
		}
	}
	more := len(metas) > limit
	metas = metas[:min(len(metas), limit)]
	recs, err := s.withDeliveries(ctx, metas)
	if err != nil {
		return intake.ListPage{}, err
	}
	return intake.NewPage(q, recs, more), nil
}

// listMonths returns the months that hold submissions in the order a list
// reads them: newest first, or oldest first for a page before the
// cursor; from the cursor's own month on, when there is a cursor.
func (s *Store) listMonths(ctx context.Context, cursor string, before bool) ([]string, error) {
	dir, err := s.directory(ctx)
	if err != nil {
		return nil, fmt.Errorf("dynamoledger: list: %w", err)
	}
	at := ""
	if cursor != "" {
		at = cursor[:len(monthLayout)]
	}
	var out []string
	for _, m := range dir.months {
		if at == "" || (before && m >= at) || (!before && m <= at) {
			out = append(out, m)
		}
	}
	if !before {
		slices.Reverse(out)
	}
	return out, nil
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

// The directory is one item that names every month holding a submission
// and every partnership a submission was recorded under, by id: what a
// bucketed list reads to know its partitions, and what the staff view
// offers as a filter, in one read by key. It only ever grows, by a few
// months a year and a partnership at a time; a writer reads it first and
// writes only what it lacks.
const (
	pkLists           = "LISTS"
	skDirectory       = "DIRECTORY"
	monthsAttribute   = "months"
	partnershipPrefix = "partnership#"
)

type directory struct {
	months       []string          // ascending
	partnerships map[string]string // id to name
}

func (s *Store) directory(ctx context.Context) (directory, error) {
	item, err := s.getItem(ctx, pkLists, skDirectory)
	if err != nil {
		return directory{}, fmt.Errorf("directory: %w", err)
	}
	dir := directory{partnerships: map[string]string{}}
	if ms, ok := item[monthsAttribute].(*types.AttributeValueMemberSS); ok {
		dir.months = slices.Sorted(slices.Values(ms.Value))
	}
	for name, v := range item {
		if id, ok := strings.CutPrefix(name, partnershipPrefix); ok {
			if sv, ok := v.(*types.AttributeValueMemberS); ok {
				dir.partnerships[id] = sv.Value
			}
		}
	}
	return dir, nil
}

// directoryWrites is how many partnerships one update of the directory
// names, keeping its expression well inside DynamoDB's 4 KB.
const directoryWrites = 50

// note adds to the directory the months and partnerships (id to name) it
// lacks or names otherwise.
func (s *Store) note(ctx context.Context, months []string, partnerships map[string]string) error {
	dir, err := s.directory(ctx)
	if err != nil {
		return err
	}
	var newMonths []string
	for _, m := range months {
		if _, found := slices.BinarySearch(dir.months, m); !found && !slices.Contains(newMonths, m) {
			newMonths = append(newMonths, m)
		}
	}
	var ids []string
	for id, name := range partnerships {
		if have, ok := dir.partnerships[id]; !ok || have != name {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for first := true; first || len(ids) > 0; first = false {
		chunk := ids[:min(len(ids), directoryWrites)]
		ids = ids[len(chunk):]
		names := map[string]string{}
		values := map[string]types.AttributeValue{}
		var set []string
		for i, id := range chunk {
			n, v := fmt.Sprintf("#p%d", i), fmt.Sprintf(":p%d", i)
			names[n] = partnershipPrefix + id
			values[v] = str(partnerships[id])
			set = append(set, n+" = "+v)
		}
		var expr []string
		if len(set) > 0 {
			expr = append(expr, "SET "+strings.Join(set, ", "))
		}
		if first && len(newMonths) > 0 {
			names["#months"] = monthsAttribute
			values[":months"] = &types.AttributeValueMemberSS{Value: newMonths}
			expr = append(expr, "ADD #months :months")
		}
		if len(expr) == 0 {
			return nil
		}
		_, err := s.client.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:                 aws.String(s.table),
			Key:                       key(pkLists, skDirectory),
			UpdateExpression:          aws.String(strings.Join(expr, " ")),
			ExpressionAttributeNames:  names,
			ExpressionAttributeValues: values,
		})
		if err != nil {
			return fmt.Errorf("directory: %w", err)
		}
	}
	return nil
}

// noteLists records rec's month and partnership in the directory.
func (s *Store) noteLists(ctx context.Context, rec intake.Record) error {
	m := month(rec.Received)
	parts := map[string]string{}
	if p := rec.Partnership; p != nil && p.ID != "" {
		parts[p.ID] = p.Name
	}
	if s.hasNoted(m, parts) {
		return nil
	}
	if err := s.note(ctx, []string{m}, parts); err != nil {
		return fmt.Errorf("dynamoledger: note the lists of %s: %w", rec.ID, err)
	}
	s.noted.Store(monthsAttribute+m, "")
	for id, name := range parts {
		s.noted.Store(partnershipPrefix+id, name)
	}
	return nil
}

// hasNoted reports whether this Store has recorded month m and the
// partnerships (under these names) in the directory already.
func (s *Store) hasNoted(m string, parts map[string]string) bool {
	if _, ok := s.noted.Load(monthsAttribute + m); !ok {
		return false
	}
	for id, name := range parts {
		if have, ok := s.noted.Load(partnershipPrefix + id); !ok || have != name {
			return false
		}
	}
	return true
}

// Partnerships implements pipeline.Ledger: every partnership a submission
// was recorded under, by id.
func (s *Store) Partnerships(ctx context.Context) ([]intake.Partnership, error) {
	dir, err := s.directory(ctx)
	if err != nil {
		return nil, fmt.Errorf("dynamoledger: partnerships: %w", err)
	}
	out := make([]intake.Partnership, 0, len(dir.partnerships))
	for _, id := range slices.Sorted(maps.Keys(dir.partnerships)) {
		out = append(out, intake.Partnership{ID: id, Name: dir.partnerships[id]})
	}
	return out, nil
}

// Load writes records as they are, with their deliveries, without the
// conditions of Claim: for restoring a ledger from an export and filling
// a table to measure it. It writes 25 items a request.
func (s *Store) Load(ctx context.Context, recs []intake.Record) error {
	var items []map[string]types.AttributeValue
	var months []string
	parts := map[string]string{}
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
		months = append(months, month(rec.Received))
		if p := rec.Partnership; p != nil && p.ID != "" {
			parts[p.ID] = p.Name
		}
	}
	// Noted first, as Claim does.
	if err := s.note(ctx, months, parts); err != nil {
		return fmt.Errorf("dynamoledger: load: %w", err)
	}
	// A batch may not hold one item twice: a record given twice.
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

package dynamoledger

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Scanner reads a whole table a page at a time; *dynamodb.Client is one.
// Only Backfill scans, once, when a ledger written by an earlier version
// is brought up to date.
type Scanner interface {
	Scan(ctx context.Context, in *dynamodb.ScanInput, optFns ...func(*dynamodb.Options)) (*dynamodb.ScanOutput, error)
}

// BackfillReport counts what Backfill found and changed.
type BackfillReport struct {
	Submissions  int // submission items read
	Updated      int // of those, given the list keys they lacked or had otherwise
	Changed      int // of those, rewritten by someone else while the backfill ran, and so left to that writer
	Months       int // months the directory names
	Partnerships int // partnerships the directory names
}

// Backfill brings a table written by an earlier version of the ledger up
// to date: every submission item gets the list keys of this version
// (items written before the list indexes have none; items written before
// the month buckets have keys without the month), and the directory gets
// every month and partnership the submissions, and the partnership items
// kept before the directory, name. Running it again changes nothing. It
// reads the whole table once (a Scan, a page at a time) and writes only
// items whose keys differ, each on condition that its outcome is still
// the one read, so a submission updated meanwhile keeps its writer's
// keys. With dryRun it counts and writes nothing.
func (s *Store) Backfill(ctx context.Context, scan Scanner, dryRun bool) (BackfillReport, error) {
	var rep BackfillReport
	months := map[string]bool{}
	parts := map[string]string{}
	in := &dynamodb.ScanInput{
		TableName:                 aws.String(s.table),
		FilterExpression:          aws.String("(begins_with(PK, :sub) AND SK = :meta) OR PK = :seen"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":sub": str(subPK("")), ":meta": str(skMeta), ":seen": str(pkSeen)},
	}
	legacy := map[string]string{}
	for {
		out, err := scan.Scan(ctx, in)
		if err != nil {
			return rep, fmt.Errorf("dynamoledger: backfill: %w", err)
		}
		for _, item := range out.Items {
			if getS(item, "PK") == pkSeen {
				legacy[getS(item, "SK")] = getS(item, "name")
				continue
			}
			rep.Submissions++
			rec, err := assemble(item, nil)
			if err != nil {
				return rep, fmt.Errorf("dynamoledger: backfill: %w", err)
			}
			months[month(rec.Received)] = true
			if p := rec.Partnership; p != nil && p.ID != "" {
				parts[p.ID] = p.Name
			}
			want := map[string]types.AttributeValue{}
			listKeys(want, rec)
			if keysMatch(item, want) {
				continue
			}
			rep.Updated++
			if dryRun {
				continue
			}
			changed, err := s.setListKeys(ctx, item, want)
			if err != nil {
				return rep, fmt.Errorf("dynamoledger: backfill %s: %w", rec.ID, err)
			}
			if changed {
				rep.Changed++
			}
		}
		if len(out.LastEvaluatedKey) == 0 {
			break
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
	// A name from a submission is the one it was recorded under; the
	// partnership items, written at every claim, held the latest.
	for id, name := range legacy {
		if _, ok := parts[id]; !ok || name != "" {
			parts[id] = name
		}
	}
	rep.Months, rep.Partnerships = len(months), len(parts)
	if dryRun {
		return rep, nil
	}
	if err := s.note(ctx, slices.Sorted(maps.Keys(months)), parts); err != nil {
		return rep, fmt.Errorf("dynamoledger: backfill: %w", err)
	}
	return rep, nil
}

// listAttributes are the attributes listKeys may set.
var listAttributes = []string{RankAttribute, byReceived.Hash, byPartnership.Hash, byKind.Hash, byStatus.Hash, late.Hash}

// keysMatch reports whether item has exactly the list keys of want.
func keysMatch(item, want map[string]types.AttributeValue) bool {
	for _, a := range listAttributes {
		_, has := item[a]
		_, wants := want[a]
		if has != wants || (wants && getS(item, a) != getS(want, a)) {
			return false
		}
	}
	return true
}

// setListKeys gives the submission item its list keys, unless its outcome
// changed since it was read; it reports whether it had.
func (s *Store) setListKeys(ctx context.Context, item, want map[string]types.AttributeValue) (changed bool, err error) {
	names := map[string]string{"#outcome": "outcome"}
	values := map[string]types.AttributeValue{":outcome": str(getS(item, "outcome"))}
	var set, remove []string
	for i, a := range listAttributes {
		n := fmt.Sprintf("#k%d", i)
		if v, ok := want[a]; ok {
			names[n] = a
			values[fmt.Sprintf(":k%d", i)] = v
			set = append(set, fmt.Sprintf("%s = :k%d", n, i))
		} else if _, ok := item[a]; ok {
			names[n] = a
			remove = append(remove, n)
		}
	}
	expr := "SET " + strings.Join(set, ", ")
	if len(remove) > 0 {
		expr += " REMOVE " + strings.Join(remove, ", ")
	}
	_, err = s.client.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 aws.String(s.table),
		Key:                       key(getS(item, "PK"), getS(item, "SK")),
		UpdateExpression:          aws.String(expr),
		ConditionExpression:       aws.String("#outcome = :outcome"),
		ExpressionAttributeNames:  names,
		ExpressionAttributeValues: values,
	})
	if isConditionFailed(err) {
		return true, nil
	}
	return false, err
}

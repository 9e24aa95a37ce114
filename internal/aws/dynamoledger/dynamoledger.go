// Package dynamoledger keeps the ledger of submissions and deliveries in
// one DynamoDB table, with conditional writes so that concurrent Lambda
// invocations record each submission once and send each notification once.
//
// The table has a string hash key PK and a string range key SK. Items:
//
//	PK                                     SK                    holds
//	SOURCE#<sha256 of source key>          SOURCE                id, source_key
//	SUB#<id>                               META                  outcome (JSON), kind, partnership, status, received, ...
//	SUB#<id>                               DELIVERY#<recipient>  address, status, attempts, at, error, via, seq
//	CONTENT#<sha256>#<kind>#<partnership>  CONTENT               id of the first submission with that content
//	LISTS                                  DIRECTORY             months, partnership#<id>: what the lists read (list.go)
//	ACCESS#<id>                            <at>#<random>         one staff view or download (access.go)
//
// Submission items carry the keys of the list indexes (see Indexes), so
// that lists are queries of index partitions by month, never scans.
package dynamoledger

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/safeguarding-intake/intake/internal/aws/awserr"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// Client is the part of the DynamoDB API the ledger uses; *dynamodb.Client
// satisfies it.
type Client interface {
	GetItem(ctx context.Context, in *dynamodb.GetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
	Query(ctx context.Context, in *dynamodb.QueryInput, optFns ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
	BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error)
	TransactWriteItems(ctx context.Context, in *dynamodb.TransactWriteItemsInput, optFns ...func(*dynamodb.Options)) (*dynamodb.TransactWriteItemsOutput, error)
	BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error)
	DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
}

// Store is a ledger in a DynamoDB table.
type Store struct {
	client Client
	table  string
	// noted holds what this Store has recorded in the directory (months,
	// and partnerships by id with their names), which only grows: it
	// need not be read or written again for the next submission.
	noted sync.Map
}

// New returns a ledger keeping its items in table.
func New(client Client, table string) *Store {
	return &Store{client: client, table: table}
}

// TableInput describes the table the ledger needs: string keys PK (hash)
// and SK (range), billed per request, and the list indexes (Indexes).
func TableInput(table string) *dynamodb.CreateTableInput {
	in := &dynamodb.CreateTableInput{
		TableName: aws.String(table),
		AttributeDefinitions: []types.AttributeDefinition{
			{AttributeName: aws.String("PK"), AttributeType: types.ScalarAttributeTypeS},
			{AttributeName: aws.String("SK"), AttributeType: types.ScalarAttributeTypeS},
			{AttributeName: aws.String(RankAttribute), AttributeType: types.ScalarAttributeTypeS},
		},
		KeySchema: []types.KeySchemaElement{
			{AttributeName: aws.String("PK"), KeyType: types.KeyTypeHash},
			{AttributeName: aws.String("SK"), KeyType: types.KeyTypeRange},
		},
		BillingMode: types.BillingModePayPerRequest,
	}
	for _, ix := range Indexes {
		in.AttributeDefinitions = append(in.AttributeDefinitions,
			types.AttributeDefinition{AttributeName: aws.String(ix.Hash), AttributeType: types.ScalarAttributeTypeS})
		in.GlobalSecondaryIndexes = append(in.GlobalSecondaryIndexes, ix.Create())
	}
	return in
}

const (
	skSource  = "SOURCE"
	skMeta    = "META"
	skContent = "CONTENT"
	skDeliv   = "DELIVERY#"

	// timeLayout is fixed-width so that stored times compare as strings.
	timeLayout = "2006-01-02T15:04:05.000000000Z"
)

func sourcePK(sourceKey string) string {
	sum := sha256.Sum256([]byte(sourceKey))
	return "SOURCE#" + hex.EncodeToString(sum[:])
}

func subPK(id string) string { return "SUB#" + id }

func contentPK(sha string, kind intake.Kind, partnershipID string) string {
	return "CONTENT#" + sha + "#" + string(kind) + "#" + partnershipID
}

func partnershipID(o intake.Outcome) string {
	if o.Partnership == nil {
		return ""
	}
	return o.Partnership.ID
}

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func str(s string) types.AttributeValue { return &types.AttributeValueMemberS{Value: s} }

func num(n int) types.AttributeValue { return &types.AttributeValueMemberN{Value: strconv.Itoa(n)} }

func key(pk, sk string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{"PK": str(pk), "SK": str(sk)}
}

func getS(item map[string]types.AttributeValue, name string) string {
	if v, ok := item[name].(*types.AttributeValueMemberS); ok {
		return v.Value
	}
	return ""
}

func getN(item map[string]types.AttributeValue, name string) int {
	if v, ok := item[name].(*types.AttributeValueMemberN); ok {
		n, _ := strconv.Atoi(v.Value)
		return n
	}
	return 0
}

// metaItem is the submission item: the outcome without its deliveries,
// whose states live in their own items, plus top-level attributes for
// people reading the table.
func metaItem(rec intake.Record, recipients []string) (map[string]types.AttributeValue, error) {
	o := rec.Outcome
	o.Deliveries = nil
	data, err := json.Marshal(o)
	if err != nil {
		return nil, err
	}
	item := key(subPK(rec.ID), skMeta)
	item["type"] = str("submission")
	item["id"] = str(rec.ID)
	item["source_key"] = str(rec.SourceKey)
	item["kind"] = str(string(rec.Kind))
	item["status"] = str(string(rec.Status))
	item["received"] = str(formatTime(rec.Received))
	item["outcome"] = str(string(data))
	if p := partnershipID(rec.Outcome); p != "" {
		item["partnership"] = str(p)
	}
	if rec.SHA256 != "" {
		item["sha256"] = str(rec.SHA256)
	}
	if rec.Stored != "" {
		item["stored"] = str(rec.Stored)
	}
	if len(recipients) > 0 {
		item[recipientsAttribute] = &types.AttributeValueMemberSS{Value: recipients}
	}
	listKeys(item, rec)
	return item, nil
}

func recipientsOf(ds []intake.Delivery) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.Recipient
	}
	return out
}

func deliveryItem(id string, seq int, d intake.Delivery) map[string]types.AttributeValue {
	item := key(subPK(id), skDeliv+d.Recipient)
	item["type"] = str("delivery")
	item["id"] = str(id)
	item["seq"] = num(seq)
	item["recipient"] = str(d.Recipient)
	item["address"] = str(d.Address)
	item["status"] = str(d.Status)
	item["attempts"] = num(d.Attempts)
	if !d.At.IsZero() {
		item["at"] = str(formatTime(d.At))
	}
	if d.Error != "" {
		item["error"] = str(d.Error)
	}
	if d.Via != "" {
		item["via"] = str(d.Via)
	}
	return item
}

func parseDelivery(item map[string]types.AttributeValue) (intake.Delivery, error) {
	d := intake.Delivery{
		Recipient: getS(item, "recipient"),
		Address:   getS(item, "address"),
		Status:    getS(item, "status"),
		Attempts:  getN(item, "attempts"),
		Error:     getS(item, "error"),
		Via:       getS(item, "via"),
	}
	if at := getS(item, "at"); at != "" {
		t, err := time.Parse(timeLayout, at)
		if err != nil {
			return d, fmt.Errorf("delivery to %s: at: %w", d.Recipient, err)
		}
		d.At = t
	}
	return d, nil
}

// assemble builds a record from its submission item and delivery items.
func assemble(meta map[string]types.AttributeValue, deliveries []map[string]types.AttributeValue) (intake.Record, error) {
	var rec intake.Record
	if err := json.Unmarshal([]byte(getS(meta, "outcome")), &rec.Outcome); err != nil {
		return rec, fmt.Errorf("submission %s: outcome: %w", getS(meta, "id"), err)
	}
	rec.SourceKey = getS(meta, "source_key")
	rec.Stored = getS(meta, "stored")
	slices.SortFunc(deliveries, func(a, b map[string]types.AttributeValue) int {
		return cmp.Compare(getN(a, "seq"), getN(b, "seq"))
	})
	rec.Deliveries = nil
	for _, item := range deliveries {
		d, err := parseDelivery(item)
		if err != nil {
			return rec, fmt.Errorf("submission %s: %w", rec.ID, err)
		}
		rec.Deliveries = append(rec.Deliveries, d)
	}
	return rec, nil
}

func checkRecord(rec intake.Record) error {
	if rec.ID == "" || rec.SourceKey == "" {
		return errors.New("dynamoledger: record without id or source key")
	}
	// A transaction holds at most 100 items: source, submission, content
	// and the deliveries.
	if len(rec.Deliveries) > 90 {
		return fmt.Errorf("dynamoledger: submission %s has %d deliveries", rec.ID, len(rec.Deliveries))
	}
	seen := map[string]bool{}
	for _, d := range rec.Deliveries {
		if d.Recipient == "" || seen[d.Recipient] {
			return fmt.Errorf("dynamoledger: submission %s: empty or repeated recipient %q", rec.ID, d.Recipient)
		}
		seen[d.Recipient] = true
	}
	return nil
}

func isConditionFailed(err error) bool {
	var ccf *types.ConditionalCheckFailedException
	return errors.As(err, &ccf)
}

// getItem reads one item with a strongly consistent read; nil when absent.
func (s *Store) getItem(ctx context.Context, pk, sk string) (map[string]types.AttributeValue, error) {
	out, err := s.client.GetItem(ctx, &dynamodb.GetItemInput{
		TableName:      aws.String(s.table),
		Key:            key(pk, sk),
		ConsistentRead: aws.Bool(true),
	})
	if err != nil {
		return nil, err
	}
	return out.Item, nil
}

// Lookup implements pipeline.Ledger.
func (s *Store) Lookup(ctx context.Context, sourceKey string) (intake.Record, bool, error) {
	item, err := s.getItem(ctx, sourcePK(sourceKey), skSource)
	if err != nil {
		return intake.Record{}, false, fmt.Errorf("dynamoledger: lookup source: %w", err)
	}
	if item == nil {
		return intake.Record{}, false, nil
	}
	return s.Get(ctx, getS(item, "id"))
}

// Claim implements pipeline.Ledger with conditional writes of one item
// each, so that its cost does not depend on the table's size or on what
// else is being written. The submission item claims the reference; its
// delivery items and the content item follow; the source item, written
// last, is the commit: Lookup finds a submission only once it is whole,
// and of invocations racing for one source, the one whose source item
// goes in has created it. A run cut short after the submission item is
// finished by the next run of the same source, which computes the same
// reference; a submission item of a run that lost the source to another
// reference is removed again.
func (s *Store) Claim(ctx context.Context, rec intake.Record) (intake.Record, bool, error) {
	if err := checkRecord(rec); err != nil {
		return intake.Record{}, false, err
	}
	// Noted first: a month or a partnership in the directory with
	// nothing under it is harmless, one missing from it is not.
	if err := s.noteLists(ctx, rec); err != nil {
		return intake.Record{}, false, err
	}
	meta, err := metaItem(rec, recipientsOf(rec.Deliveries))
	if err != nil {
		return intake.Record{}, false, fmt.Errorf("dynamoledger: claim %s: %w", rec.ID, err)
	}
	if err := s.putNew(ctx, meta); isConditionFailed(err) {
		// The reference is taken: by another source, or by this one in a
		// run racing this one or cut short before its source item.
		held, err := s.getItem(ctx, subPK(rec.ID), skMeta)
		if err != nil {
			return intake.Record{}, false, fmt.Errorf("dynamoledger: claim %s: %w", rec.ID, err)
		}
		if held == nil || getS(held, "source_key") != rec.SourceKey {
			return intake.Record{}, false, fmt.Errorf("claim %s: %w", rec.ID, intake.ErrIDTaken)
		}
	} else if err != nil {
		return intake.Record{}, false, fmt.Errorf("dynamoledger: claim %s: %w", rec.ID, err)
	}
	// A delivery item already there was written by a run of this source
	// and may be further on: it is left as it is.
	for i, d := range rec.Deliveries {
		if err := s.putNew(ctx, deliveryItem(rec.ID, i, d)); err != nil && !isConditionFailed(err) {
			return intake.Record{}, false, fmt.Errorf("dynamoledger: claim %s: %w", rec.ID, err)
		}
	}
	if err := s.indexContent(ctx, rec); err != nil {
		return intake.Record{}, false, err
	}

	source := key(sourcePK(rec.SourceKey), skSource)
	source["type"] = str("source")
	source["id"] = str(rec.ID)
	source["source_key"] = str(rec.SourceKey)
	err = s.putNew(ctx, source)
	if err == nil {
		return rec, true, nil
	}
	if !isConditionFailed(err) {
		return intake.Record{}, false, fmt.Errorf("dynamoledger: claim %s: %w", rec.ID, err)
	}
	item, err := s.getItem(ctx, sourcePK(rec.SourceKey), skSource)
	if err != nil {
		return intake.Record{}, false, fmt.Errorf("dynamoledger: claim %s: %w", rec.ID, err)
	}
	id := getS(item, "id")
	if id != rec.ID {
		// The source was recorded under another reference: what this run
		// wrote under its own is nobody's.
		if err := s.discard(ctx, rec); err != nil {
			return intake.Record{}, false, err
		}
	}
	stored, ok, err := s.Get(ctx, id)
	if err != nil {
		return intake.Record{}, false, err
	}
	if !ok {
		return intake.Record{}, false, awserr.Transient(fmt.Errorf("dynamoledger: claim %s: the source is recorded as %q, which cannot be read", rec.ID, id))
	}
	return stored, false, nil
}

// putNew writes item on condition that no item has its key.
func (s *Store) putNew(ctx context.Context, item map[string]types.AttributeValue) error {
	_, err := s.client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:           aws.String(s.table),
		Item:                item,
		ConditionExpression: aws.String("attribute_not_exists(PK)"),
	})
	return err
}

// discard removes the items a Claim of rec wrote under rec.ID once its
// source turned out to be recorded under another reference: the
// submission item (only while it is rec's source's), its delivery items
// and the content item (only while it names rec.ID). No run could have
// sent anything under rec.ID, as none finds it through its source.
func (s *Store) discard(ctx context.Context, rec intake.Record) error {
	del := func(pk, sk, cond string, values map[string]types.AttributeValue) error {
		_, err := s.client.DeleteItem(ctx, &dynamodb.DeleteItemInput{
			TableName:                 aws.String(s.table),
			Key:                       key(pk, sk),
			ConditionExpression:       aws.String(cond),
			ExpressionAttributeValues: values,
		})
		if err != nil && !isConditionFailed(err) {
			return fmt.Errorf("dynamoledger: claim %s: removing what another run recorded first: %w", rec.ID, err)
		}
		return nil
	}
	if err := del(subPK(rec.ID), skMeta, "source_key = :source", map[string]types.AttributeValue{":source": str(rec.SourceKey)}); err != nil {
		return err
	}
	for _, d := range rec.Deliveries {
		if err := del(subPK(rec.ID), skDeliv+d.Recipient, "attribute_exists(PK)", nil); err != nil {
			return err
		}
	}
	if rec.SHA256 != "" && rec.Status == intake.Accepted {
		cpk := contentPK(rec.SHA256, rec.Kind, partnershipID(rec.Outcome))
		return del(cpk, skContent, "id = :id", map[string]types.AttributeValue{":id": str(rec.ID)})
	}
	return nil
}

// cancelReasons returns the cancellation code of each of n transaction
// items ("None" for an item that was fine).
func cancelReasons(tce *types.TransactionCanceledException, n int) []string {
	codes := make([]string, n)
	for i := range codes {
		codes[i] = "None"
		if i < len(tce.CancellationReasons) && tce.CancellationReasons[i].Code != nil {
			codes[i] = *tce.CancellationReasons[i].Code
		}
	}
	return codes
}

// pause waits a little longer on each retry.
func pause(ctx context.Context, try int) error {
	t := time.NewTimer(time.Duration(try*try) * 10 * time.Millisecond)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// query returns the submission item and the delivery items of id.
func (s *Store) query(ctx context.Context, id string) (meta map[string]types.AttributeValue, deliveries []map[string]types.AttributeValue, err error) {
	in := &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		KeyConditionExpression:    aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": str(subPK(id))},
		ConsistentRead:            aws.Bool(true),
	}
	for {
		out, err := s.client.Query(ctx, in)
		if err != nil {
			return nil, nil, err
		}
		for _, item := range out.Items {
			switch sk := getS(item, "SK"); {
			case sk == skMeta:
				meta = item
			case strings.HasPrefix(sk, skDeliv):
				deliveries = append(deliveries, item)
			}
		}
		if len(out.LastEvaluatedKey) == 0 {
			return meta, deliveries, nil
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
}

// Get implements pipeline.Ledger.
func (s *Store) Get(ctx context.Context, id string) (intake.Record, bool, error) {
	meta, deliveries, err := s.query(ctx, id)
	if err != nil {
		return intake.Record{}, false, fmt.Errorf("dynamoledger: get %s: %w", id, err)
	}
	if meta == nil {
		return intake.Record{}, false, nil
	}
	rec, err := assemble(meta, deliveries)
	if err != nil {
		return intake.Record{}, false, fmt.Errorf("dynamoledger: %w", err)
	}
	return rec, true, nil
}

// FindContent implements pipeline.Ledger. The earliest submission is the
// first one claimed with that content, kind and partnership.
func (s *Store) FindContent(ctx context.Context, sha256 string, kind intake.Kind, partnershipID, exceptID string) (string, bool, error) {
	if sha256 == "" {
		return "", false, nil
	}
	item, err := s.getItem(ctx, contentPK(sha256, kind, partnershipID), skContent)
	if err != nil {
		return "", false, fmt.Errorf("dynamoledger: find content: %w", err)
	}
	id := getS(item, "id")
	if id == "" || id == exceptID {
		return "", false, nil
	}
	return id, true, nil
}

// Update implements pipeline.Ledger. Recipients in rec that the ledger does
// not have yet are added as given.
func (s *Store) Update(ctx context.Context, rec intake.Record) error {
	if err := checkRecord(rec); err != nil {
		return err
	}
	old, existing, err := s.query(ctx, rec.ID)
	if err != nil {
		return fmt.Errorf("dynamoledger: update %s: %w", rec.ID, err)
	}
	if rec.Stored == "" {
		rec.Stored = getS(old, "stored")
	}
	have := map[string]bool{}
	var recipients []string
	seq := 0
	for _, item := range existing {
		have[getS(item, "recipient")] = true
		recipients = append(recipients, getS(item, "recipient"))
		seq = max(seq, getN(item, "seq")+1)
	}
	for _, d := range rec.Deliveries {
		if !have[d.Recipient] {
			recipients = append(recipients, d.Recipient)
		}
	}
	meta, err := metaItem(rec, recipients)
	if err != nil {
		return fmt.Errorf("dynamoledger: update %s: %w", rec.ID, err)
	}
	items := []types.TransactWriteItem{{Put: &types.Put{
		TableName:                 aws.String(s.table),
		Item:                      meta,
		ConditionExpression:       aws.String("attribute_exists(PK) AND source_key = :source"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":source": str(rec.SourceKey)},
	}}}
	for _, d := range rec.Deliveries {
		if have[d.Recipient] {
			continue
		}
		items = append(items, types.TransactWriteItem{Put: &types.Put{
			TableName:           aws.String(s.table),
			Item:                deliveryItem(rec.ID, seq, d),
			ConditionExpression: aws.String("attribute_not_exists(PK)"),
		}})
		seq++
	}
	if len(items) == 1 {
		_, err = s.client.PutItem(ctx, &dynamodb.PutItemInput{
			TableName:                 items[0].Put.TableName,
			Item:                      items[0].Put.Item,
			ConditionExpression:       items[0].Put.ConditionExpression,
			ExpressionAttributeValues: items[0].Put.ExpressionAttributeValues,
		})
	} else {
		_, err = s.client.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: items})
	}
	var tce *types.TransactionCanceledException
	switch {
	case isConditionFailed(err), errors.As(err, &tce) && cancelReasons(tce, 1)[0] == "ConditionalCheckFailed":
		return fmt.Errorf("dynamoledger: update %s: no submission with that id from that source", rec.ID)
	case err != nil:
		return fmt.Errorf("dynamoledger: update %s: %w", rec.ID, err)
	}
	if err := s.noteLists(ctx, rec); err != nil {
		return err
	}
	if indexed(old, rec) {
		// Recorded when the submission item was last written.
		return nil
	}
	return s.indexContent(ctx, rec)
}

// indexed reports whether the submission item old was written by a Claim
// or Update that recorded rec's content already: accepted, with the same
// content, kind and partnership.
func indexed(old map[string]types.AttributeValue, rec intake.Record) bool {
	return old != nil && getS(old, "status") == string(intake.Accepted) &&
		getS(old, "sha256") == rec.SHA256 && getS(old, "kind") == string(rec.Kind) &&
		getS(old, "partnership") == partnershipID(rec.Outcome)
}

// indexContent records rec as the first accepted submission with its
// content, kind and partnership, unless another is recorded already.
func (s *Store) indexContent(ctx context.Context, rec intake.Record) error {
	if rec.SHA256 == "" || rec.Status != intake.Accepted {
		return nil
	}
	item := key(contentPK(rec.SHA256, rec.Kind, partnershipID(rec.Outcome)), skContent)
	item["type"] = str("content")
	item["id"] = str(rec.ID)
	_, err := s.client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:           aws.String(s.table),
		Item:                item,
		ConditionExpression: aws.String("attribute_not_exists(PK)"),
	})
	if err != nil && !isConditionFailed(err) {
		return fmt.Errorf("dynamoledger: index content of %s: %w", rec.ID, err)
	}
	return nil
}

// ClaimDelivery implements pipeline.Ledger with one conditional update.
func (s *Store) ClaimDelivery(ctx context.Context, id, recipient string, now time.Time, lease time.Duration) (bool, error) {
	_, err := s.client.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:           aws.String(s.table),
		Key:                 key(subPK(id), skDeliv+recipient),
		UpdateExpression:    aws.String("SET #status = :sending, #at = :now, attempts = if_not_exists(attempts, :zero) + :one"),
		ConditionExpression: aws.String("attribute_exists(PK) AND (#status IN (:pending, :failed) OR (#status = :sending AND (attribute_not_exists(#at) OR #at <= :expired)))"),
		ExpressionAttributeNames: map[string]string{
			"#status": "status",
			"#at":     "at",
		},
		ExpressionAttributeValues: map[string]types.AttributeValue{
			":sending": str(intake.DeliverySending),
			":pending": str(intake.DeliveryPending),
			":failed":  str(intake.DeliveryFailed),
			":now":     str(formatTime(now)),
			":expired": str(formatTime(now.Add(-lease))),
			":zero":    num(0),
			":one":     num(1),
		},
	})
	if err == nil {
		return true, nil
	}
	if !isConditionFailed(err) {
		return false, fmt.Errorf("dynamoledger: claim delivery to %s of %s: %w", recipient, id, err)
	}
	// Sent, skipped or held by someone else, unless it does not exist.
	item, err := s.getItem(ctx, subPK(id), skDeliv+recipient)
	if err != nil {
		return false, fmt.Errorf("dynamoledger: claim delivery to %s of %s: %w", recipient, id, err)
	}
	if item == nil {
		return false, fmt.Errorf("dynamoledger: submission %s has no delivery to %q", id, recipient)
	}
	return false, nil
}

// FinishDelivery implements pipeline.Ledger. A delivery recorded as sent
// stays sent: a late report from a worker whose lease ran out changes
// nothing.
func (s *Store) FinishDelivery(ctx context.Context, id string, d intake.Delivery) error {
	switch d.Status {
	case intake.DeliverySent, intake.DeliveryFailed, intake.DeliverySkipped:
	default:
		return fmt.Errorf("dynamoledger: finish delivery to %s of %s: status %q is not a result", d.Recipient, id, d.Status)
	}
	// Every attribute is named through a placeholder, as "status" and
	// "error" are reserved words; DynamoDB refuses unused placeholders.
	set := []string{"#status = :status"}
	var remove []string
	names := map[string]string{"#status": "status"}
	values := map[string]types.AttributeValue{
		":status": str(d.Status),
		":sent":   str(intake.DeliverySent),
	}
	field := func(name, value string, keepWhenEmpty bool) {
		switch {
		case value != "":
			set = append(set, "#"+name+" = :"+name)
			values[":"+name] = str(value)
		case keepWhenEmpty:
			return
		default:
			remove = append(remove, "#"+name)
		}
		names["#"+name] = name
	}
	at := ""
	if !d.At.IsZero() {
		at = formatTime(d.At)
	}
	field("at", at, false)
	field("error", d.Error, false)
	field("via", d.Via, false)
	field("address", d.Address, true)
	expr := "SET " + strings.Join(set, ", ")
	if len(remove) > 0 {
		expr += " REMOVE " + strings.Join(remove, ", ")
	}
	_, err := s.client.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 aws.String(s.table),
		Key:                       key(subPK(id), skDeliv+d.Recipient),
		UpdateExpression:          aws.String(expr),
		ConditionExpression:       aws.String("attribute_exists(PK) AND #status <> :sent"),
		ExpressionAttributeNames:  names,
		ExpressionAttributeValues: values,
	})
	if err == nil {
		return nil
	}
	if !isConditionFailed(err) {
		return fmt.Errorf("dynamoledger: finish delivery to %s of %s: %w", d.Recipient, id, err)
	}
	item, err := s.getItem(ctx, subPK(id), skDeliv+d.Recipient)
	if err != nil {
		return fmt.Errorf("dynamoledger: finish delivery to %s of %s: %w", d.Recipient, id, err)
	}
	if item == nil {
		return fmt.Errorf("dynamoledger: submission %s has no delivery to %q", id, d.Recipient)
	}
	return nil // already sent
}

// Package boltledger keeps the ledger of submissions and deliveries in one
// embedded database file (bbolt), for the command-line tool and tests.
package boltledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
)

// lockTimeout is how long Open waits for another process to let go of the
// file before giving up.
const lockTimeout = time.Second

var (
	bucketSubmissions = []byte("submissions")  // id → intake.Record as JSON, deliveries included
	bucketSources     = []byte("sources")      // source key → id
	bucketContent     = []byte("content")      // sha256 \x00 kind \x00 partnership → first id
	bucketRank        = []byte("rank")         // intake.Rank → id: the list order
	bucketSeen        = []byte("partnerships") // partnership id → name, for every one recorded
)

// Store is a ledger in a bbolt file. Its methods are safe for concurrent
// use; bbolt serialises writers.
type Store struct {
	db *bolt.DB
}

// Open opens (creating if need be) the ledger file at path. Only one
// process may have it open: a second gets an error after a short wait.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("boltledger: %w", err)
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("boltledger: %s is in use by another process (waited %v)", path, lockTimeout)
	}
	if err != nil {
		return nil, fmt.Errorf("boltledger: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		// A file from before the list index gets it built now.
		build := tx.Bucket(bucketRank) == nil
		for _, b := range [][]byte{bucketSubmissions, bucketSources, bucketContent, bucketRank, bucketSeen, bucketSINs, bucketBaseline, bucketReminders} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		if !build {
			return nil
		}
		return tx.Bucket(bucketSubmissions).ForEach(func(k, v []byte) error {
			var rec intake.Record
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("submission %s: %w", k, err)
			}
			return indexList(tx, rec)
		})
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("boltledger: open %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close releases the file.
func (s *Store) Close() error { return s.db.Close() }

func contentKey(sha256 string, kind intake.Kind, partnershipID string) []byte {
	return []byte(sha256 + "\x00" + string(kind) + "\x00" + partnershipID)
}

func partnershipID(o intake.Outcome) string {
	if o.Partnership == nil {
		return ""
	}
	return o.Partnership.ID
}

func load(tx *bolt.Tx, id string) (intake.Record, bool, error) {
	data := tx.Bucket(bucketSubmissions).Get([]byte(id))
	if data == nil {
		return intake.Record{}, false, nil
	}
	var rec intake.Record
	if err := json.Unmarshal(data, &rec); err != nil {
		return intake.Record{}, false, fmt.Errorf("boltledger: submission %s: %w", id, err)
	}
	return rec, true, nil
}

func save(tx *bolt.Tx, rec intake.Record) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("boltledger: submission %s: %w", rec.ID, err)
	}
	return tx.Bucket(bucketSubmissions).Put([]byte(rec.ID), data)
}

// indexList puts rec in the list order and its partnership among those
// seen.
func indexList(tx *bolt.Tx, rec intake.Record) error {
	if err := tx.Bucket(bucketRank).Put([]byte(intake.Rank(rec.Received, rec.ID)), []byte(rec.ID)); err != nil {
		return err
	}
	if p := rec.Partnership; p != nil && p.ID != "" {
		return tx.Bucket(bucketSeen).Put([]byte(p.ID), []byte(p.Name))
	}
	return nil
}

// indexContent records rec as the first accepted submission with its
// content, unless one is recorded already.
func indexContent(tx *bolt.Tx, rec intake.Record) error {
	if rec.SHA256 == "" || rec.Status != intake.Accepted {
		return nil
	}
	b := tx.Bucket(bucketContent)
	key := contentKey(rec.SHA256, rec.Kind, partnershipID(rec.Outcome))
	if b.Get(key) != nil {
		return nil
	}
	return b.Put(key, []byte(rec.ID))
}

func checkRecord(rec intake.Record) error {
	if rec.ID == "" || rec.SourceKey == "" {
		return errors.New("boltledger: record without id or source key")
	}
	seen := map[string]bool{}
	for _, d := range rec.Deliveries {
		if d.Recipient == "" || seen[d.Recipient] {
			return fmt.Errorf("boltledger: submission %s: empty or repeated recipient %q", rec.ID, d.Recipient)
		}
		seen[d.Recipient] = true
	}
	return nil
}

// Lookup implements pipeline.Ledger.
func (s *Store) Lookup(ctx context.Context, sourceKey string) (rec intake.Record, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketSources).Get([]byte(sourceKey))
		if id == nil {
			return nil
		}
		rec, ok, err = load(tx, string(id))
		return err
	})
	return rec, ok, err
}

// Claim implements pipeline.Ledger.
func (s *Store) Claim(ctx context.Context, rec intake.Record) (stored intake.Record, created bool, err error) {
	if err := checkRecord(rec); err != nil {
		return intake.Record{}, false, err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if id := tx.Bucket(bucketSources).Get([]byte(rec.SourceKey)); id != nil {
			var ok bool
			stored, ok, err = load(tx, string(id))
			if err == nil && !ok {
				err = fmt.Errorf("boltledger: source %q points at missing submission %s", rec.SourceKey, id)
			}
			return err
		}
		if tx.Bucket(bucketSubmissions).Get([]byte(rec.ID)) != nil {
			return fmt.Errorf("claim %s: %w", rec.ID, pipeline.ErrIDTaken)
		}
		if err := save(tx, rec); err != nil {
			return err
		}
		if err := tx.Bucket(bucketSources).Put([]byte(rec.SourceKey), []byte(rec.ID)); err != nil {
			return err
		}
		if err := indexList(tx, rec); err != nil {
			return err
		}
		stored, created = rec, true
		return indexContent(tx, rec)
	})
	if err != nil {
		return intake.Record{}, false, err
	}
	return stored, created, nil
}

// Get implements pipeline.Ledger.
func (s *Store) Get(ctx context.Context, id string) (rec intake.Record, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		rec, ok, err = load(tx, id)
		return err
	})
	return rec, ok, err
}

// FindContent implements pipeline.Ledger. The earliest submission is the
// first one claimed with that content, kind and partnership.
func (s *Store) FindContent(ctx context.Context, sha256 string, kind intake.Kind, partnershipID, exceptID string) (id string, found bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketContent).Get(contentKey(sha256, kind, partnershipID)); v != nil && string(v) != exceptID {
			id, found = string(v), true
		}
		return nil
	})
	return id, found, err
}

// Update implements pipeline.Ledger. Recipients in rec that the ledger does
// not have yet are added as given.
func (s *Store) Update(ctx context.Context, rec intake.Record) error {
	if err := checkRecord(rec); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		old, ok, err := load(tx, rec.ID)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("boltledger: update %s: no such submission", rec.ID)
		}
		if old.SourceKey != rec.SourceKey {
			return fmt.Errorf("boltledger: update %s: submission belongs to another source", rec.ID)
		}
		deliveries := old.Deliveries
		for _, d := range rec.Deliveries {
			if !slices.ContainsFunc(deliveries, func(o intake.Delivery) bool { return o.Recipient == d.Recipient }) {
				deliveries = append(deliveries, d)
			}
		}
		rec.Deliveries = deliveries
		if rec.Stored == "" {
			rec.Stored = old.Stored
		}
		if err := save(tx, rec); err != nil {
			return err
		}
		if !old.Received.Equal(rec.Received) {
			if err := tx.Bucket(bucketRank).Delete([]byte(intake.Rank(old.Received, old.ID))); err != nil {
				return err
			}
		}
		if err := indexList(tx, rec); err != nil {
			return err
		}
		return indexContent(tx, rec)
	})
}

// changeDelivery loads submission id, lets change modify its delivery to
// recipient, and saves the result when change reports a change.
func (s *Store) changeDelivery(id, recipient string, change func(d *intake.Delivery) bool) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		rec, ok, err := load(tx, id)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("boltledger: submission %s: not found", id)
		}
		i := slices.IndexFunc(rec.Deliveries, func(d intake.Delivery) bool { return d.Recipient == recipient })
		if i < 0 {
			return fmt.Errorf("boltledger: submission %s has no delivery to %q", id, recipient)
		}
		if !change(&rec.Deliveries[i]) {
			return nil
		}
		return save(tx, rec)
	})
}

// ClaimDelivery implements pipeline.Ledger.
func (s *Store) ClaimDelivery(ctx context.Context, id, recipient string, now time.Time, lease time.Duration) (bool, error) {
	claimed := false
	err := s.changeDelivery(id, recipient, func(d *intake.Delivery) bool {
		switch {
		case d.Status == intake.DeliveryPending, d.Status == intake.DeliveryFailed:
		case d.Status == intake.DeliverySending && !now.Before(d.At.Add(lease)):
		default:
			return false
		}
		d.Status = intake.DeliverySending
		d.Attempts++
		d.At = now
		claimed = true
		return true
	})
	return claimed, err
}

// FinishDelivery implements pipeline.Ledger. A delivery recorded as sent
// stays sent: a late report from a worker whose lease ran out changes
// nothing.
func (s *Store) FinishDelivery(ctx context.Context, id string, d intake.Delivery) error {
	switch d.Status {
	case intake.DeliverySent, intake.DeliveryFailed, intake.DeliverySkipped:
	default:
		return fmt.Errorf("boltledger: finish delivery to %s of %s: status %q is not a result", d.Recipient, id, d.Status)
	}
	return s.changeDelivery(id, d.Recipient, func(cur *intake.Delivery) bool {
		if cur.Status == intake.DeliverySent {
			return false
		}
		cur.Status, cur.At, cur.Error, cur.Via = d.Status, d.At, d.Error, d.Via
		if d.Address != "" {
			cur.Address = d.Address
		}
		return true
	})
}

// Page implements pipeline.Ledger, reading the list order from the
// cursor's position until a page of matches is found.
func (s *Store) Page(ctx context.Context, q intake.ListQuery) (page intake.ListPage, err error) {
	limit := q.PageLimit()
	from, backwards := "", q.Before != ""
	switch {
	case backwards:
		from, err = intake.CursorRank(q.Before)
	case q.After != "":
		from, err = intake.CursorRank(q.After)
	}
	if err != nil {
		return page, err
	}
	var recs []intake.Record
	err = s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRank).Cursor()
		var k, v []byte
		switch {
		case backwards:
			k, v = c.Seek([]byte(from))
			if k != nil && string(k) == from {
				k, v = c.Next()
			}
		case from != "":
			k, v = c.Seek([]byte(from))
			if k == nil {
				k, v = c.Last()
			}
			for k != nil && string(k) >= from {
				k, v = c.Prev()
			}
		default:
			k, v = c.Last()
		}
		for ; k != nil && len(recs) <= limit; k, v = step(c, backwards) {
			rec, ok, err := load(tx, string(v))
			if err != nil {
				return err
			}
			if ok && q.Match(rec) {
				recs = append(recs, rec)
			}
		}
		return nil
	})
	if err != nil {
		return page, err
	}
	more := len(recs) > limit
	return intake.NewPage(q, recs[:min(len(recs), limit)], more), nil
}

// step moves along the list order: towards older submissions, or newer
// ones when reading backwards.
func step(c *bolt.Cursor, backwards bool) ([]byte, []byte) {
	if backwards {
		return c.Next()
	}
	return c.Prev()
}

// List implements pipeline.Ledger: newest received first, ties by id.
func (s *Store) List(ctx context.Context) (list []intake.Record, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRank).Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			rec, ok, err := load(tx, string(v))
			if err != nil {
				return err
			}
			if ok {
				list = append(list, rec)
			}
		}
		return nil
	})
	return list, err
}

// Partnerships implements pipeline.Ledger: every partnership a submission
// was recorded under, by id.
func (s *Store) Partnerships(ctx context.Context) (out []intake.Partnership, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSeen).ForEach(func(k, v []byte) error {
			out = append(out, intake.Partnership{ID: string(k), Name: string(v)})
			return nil
		})
	})
	return out, err
}

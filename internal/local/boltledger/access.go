package boltledger

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// bucketAccess holds the audit trail: submission id \x00 sequence → an
// intake.Access as JSON. The sequence keeps every access, in the order
// recorded, however close in time.
var bucketAccess = []byte("access")

// RecordAccess adds a to the audit trail.
func (s *Store) RecordAccess(ctx context.Context, a intake.Access) error {
	data, err := json.Marshal(a)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketAccess)
		if err != nil {
			return err
		}
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		key := binary.BigEndian.AppendUint64([]byte(a.Submission+"\x00"), seq)
		return b.Put(key, data)
	})
}

// Accesses returns the audit trail of one submission, oldest first.
func (s *Store) Accesses(ctx context.Context, id string) ([]intake.Access, error) {
	var out []intake.Access
	prefix := []byte(id + "\x00")
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAccess)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && len(k) == len(prefix)+8 && string(k[:len(prefix)]) == string(prefix); k, v = c.Next() {
			var a intake.Access
			if err := json.Unmarshal(v, &a); err != nil {
				return fmt.Errorf("boltledger: access %q: %w", k, err)
			}
			out = append(out, a)
		}
		return nil
	})
	return out, err
}

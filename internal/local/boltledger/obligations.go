package boltledger

import (
	"context"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
)

var _ obligations.Store = (*Store)(nil)

var (
	bucketSINs      = []byte("sins")      // reference → obligations.SIN as JSON
	bucketBaseline  = []byte("baseline")  // partnership → obligations.Baseline as JSON
	bucketReminders = []byte("reminders") // key \x00 stage → date last sent, YYYY-MM-DD
)

// putAll writes each value under its key in one transaction.
func (s *Store) putAll(bucket []byte, n int, kv func(i int) (string, any)) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		for i := range n {
			k, v := kv(i)
			data, err := json.Marshal(v)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(k), data); err != nil {
				return err
			}
		}
		return nil
	})
}

func getAll[T any](s *Store, bucket []byte) ([]T, error) {
	var out []T
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
			var x T
			if err := json.Unmarshal(v, &x); err != nil {
				return fmt.Errorf("boltledger: %s %q: %w", bucket, k, err)
			}
			out = append(out, x)
			return nil
		})
	})
	return out, err
}

// PutSINs implements obligations.Store, all in one transaction.
func (s *Store) PutSINs(ctx context.Context, sins []obligations.SIN) error {
	return s.putAll(bucketSINs, len(sins), func(i int) (string, any) { return sins[i].Reference, sins[i] })
}

// SINs implements obligations.Store.
func (s *Store) SINs(ctx context.Context) ([]obligations.SIN, error) {
	return getAll[obligations.SIN](s, bucketSINs)
}

// PutBaseline implements obligations.Store.
func (s *Store) PutBaseline(ctx context.Context, rows []obligations.Baseline) error {
	return s.putAll(bucketBaseline, len(rows), func(i int) (string, any) { return rows[i].Partnership, rows[i] })
}

// Baseline implements obligations.Store.
func (s *Store) Baseline(ctx context.Context) ([]obligations.Baseline, error) {
	return getAll[obligations.Baseline](s, bucketBaseline)
}

// Submissions implements obligations.Store.
func (s *Store) Submissions(ctx context.Context) ([]intake.Record, error) { return s.List(ctx) }

func reminderKey(r obligations.Reminder) []byte { return []byte(r.Key + "\x00" + r.Stage) }

// ClaimReminder implements obligations.Store; bbolt serialises writers.
func (s *Store) ClaimReminder(ctx context.Context, r obligations.Reminder) (bool, error) {
	claimed := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketReminders)
		if last := b.Get(reminderKey(r)); last != nil {
			cutoff := intake.ISODate(r.On.AddDate(0, 0, -r.AgainAfterDays))
			if r.AgainAfterDays == 0 || string(last) > cutoff {
				return nil
			}
		}
		claimed = true
		return b.Put(reminderKey(r), []byte(intake.ISODate(r.On)))
	})
	return claimed, err
}

// ReleaseReminder implements obligations.Store.
func (s *Store) ReleaseReminder(ctx context.Context, r obligations.Reminder) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketReminders)
		if string(b.Get(reminderKey(r))) != intake.ISODate(r.On) {
			return nil
		}
		return b.Delete(reminderKey(r))
	})
}

// Package localcred keeps the hashes of portal sign-in codes, and the
// sessions signed out, in JSON files on this machine, for 'intake serve',
// 'intake credentials' and tests.
package localcred

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/safeguarding-intake/intake/internal/portal"
)

// Store keeps credential hashes in a JSON file (or only in
// memory when its path is empty), for 'intake serve' and tests.
type Store struct {
	mu     sync.Mutex
	path   string
	hashes map[string]portal.Principal
}

// Open reads the file at path, if it exists.
func Open(path string) (*Store, error) {
	c := &Store{path: path, hashes: map[string]portal.Principal{}}
	if err := c.load(); err != nil {
		return nil, err
	}
	return c, nil
}

// load reads the file, when there is one, replacing what is in memory.
func (c *Store) load() error {
	if c.path == "" {
		return nil
	}
	data, err := os.ReadFile(c.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	hashes := map[string]portal.Principal{}
	if err := json.Unmarshal(data, &hashes); err != nil {
		return fmt.Errorf("credentials %s: %w", c.path, err)
	}
	c.hashes = hashes
	return nil
}

// Lookup implements portal.Credentials.
func (c *Store) Lookup(ctx context.Context, hash string) (portal.Principal, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	// The file is the truth: 'intake credentials' may have issued or
	// revoked a code since the server started. It is small, and one local
	// server's requests few, so it is read each time.
	if err := c.load(); err != nil {
		return portal.Principal{}, false, err
	}
	p, ok := c.hashes[hash]
	return p, ok, nil
}

// Issue creates a code for p, keeps its hash and returns the code, which
// is shown once and kept nowhere.
func (c *Store) Issue(p portal.Principal) (string, error) {
	code, err := portal.NewCode(p)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hashes[portal.HashCode(code)] = p
	if err := c.save(); err != nil {
		delete(c.hashes, portal.HashCode(code))
		return "", err
	}
	return code, nil
}

// Revoke removes every credential whose principal matches.
func (c *Store) Revoke(match func(portal.Principal) bool) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for h, p := range c.hashes {
		if match(p) {
			delete(c.hashes, h)
		}
	}
	return c.save()
}

func (c *Store) save() error {
	if c.path == "" {
		return nil
	}
	return writeJSON(c.path, c.hashes)
}

// writeJSON replaces the file at path with v, atomically.
func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// SignOuts is a portal.SignOuts in a JSON file: the keys of sessions
// signed out, each with the time it would have expired, after which it is
// dropped.
type SignOuts struct {
	mu   sync.Mutex
	path string
	now  func() time.Time
}

// OpenSignOuts keeps sign-outs in the file at path; now is the clock (nil
// means time.Now).
func OpenSignOuts(path string, now func() time.Time) *SignOuts {
	if now == nil {
		now = time.Now
	}
	return &SignOuts{path: path, now: now}
}

func (s *SignOuts) read() (map[string]int64, error) {
	ended := map[string]int64{}
	data, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return ended, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &ended); err != nil {
		return nil, fmt.Errorf("sign-outs %s: %w", s.path, err)
	}
	return ended, nil
}

// End implements portal.SignOuts.
func (s *SignOuts) End(ctx context.Context, key string, until time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	ended, err := s.read()
	if err != nil {
		return err
	}
	now := s.now().Unix()
	for k, exp := range ended {
		if exp <= now {
			delete(ended, k)
		}
	}
	ended[key] = until.Unix()
	return writeJSON(s.path, ended)
}

// Ended implements portal.SignOuts.
func (s *SignOuts) Ended(ctx context.Context, key string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ended, err := s.read()
	if err != nil {
		return false, err
	}
	_, ok := ended[key]
	return ok, nil
}

// Contacts maps each partnership with a sign-in code to the address the
// code was issued to (the first in order, when several were), re-reading
// the file.
func (c *Store) Contacts() (map[string]string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.load(); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, p := range c.hashes {
		if p.Role != portal.RolePartnership || p.Name == "" {
			continue
		}
		if cur, ok := out[p.Partnership]; !ok || p.Name < cur {
			out[p.Partnership] = p.Name
		}
	}
	return out, nil
}

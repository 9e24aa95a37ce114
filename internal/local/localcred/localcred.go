// Package localcred keeps the hashes of portal sign-in codes in a JSON file
// on this machine, for 'intake serve', 'intake credentials' and tests.
package localcred

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

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
	data, err := json.MarshalIndent(c.hashes, "", "  ")
	if err != nil {
		return err
	}
	tmp := c.path + ".tmp"
	if err := os.MkdirAll(filepath.Dir(c.path), 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, c.path)
}

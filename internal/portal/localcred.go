package portal

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// LocalCredentials keeps credential hashes in a JSON file (or only in
// memory when its path is empty), for 'intake serve' and tests.
type LocalCredentials struct {
	mu     sync.Mutex
	path   string
	hashes map[string]Principal
}

// OpenLocalCredentials reads the file at path, if it exists.
func OpenLocalCredentials(path string) (*LocalCredentials, error) {
	c := &LocalCredentials{path: path, hashes: map[string]Principal{}}
	if err := c.load(); err != nil {
		return nil, err
	}
	return c, nil
}

// load reads the file, when there is one, replacing what is in memory.
func (c *LocalCredentials) load() error {
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
	hashes := map[string]Principal{}
	if err := json.Unmarshal(data, &hashes); err != nil {
		return fmt.Errorf("credentials %s: %w", c.path, err)
	}
	c.hashes = hashes
	return nil
}

// Lookup implements Credentials.
func (c *LocalCredentials) Lookup(ctx context.Context, hash string) (Principal, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	// The file is the truth: 'intake credentials' may have issued or
	// revoked a code since the server started. It is small, and one local
	// server's requests few, so it is read each time.
	if err := c.load(); err != nil {
		return Principal{}, false, err
	}
	p, ok := c.hashes[hash]
	return p, ok, nil
}

// Issue creates a code for p, keeps its hash and returns the code, which
// is shown once and kept nowhere.
func (c *LocalCredentials) Issue(p Principal) (string, error) {
	code, err := NewCode(p)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hashes[HashCode(code)] = p
	if err := c.save(); err != nil {
		delete(c.hashes, HashCode(code))
		return "", err
	}
	return code, nil
}

// Revoke removes every credential whose principal matches.
func (c *LocalCredentials) Revoke(match func(Principal) bool) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for h, p := range c.hashes {
		if match(p) {
			delete(c.hashes, h)
		}
	}
	return c.save()
}

func (c *LocalCredentials) save() error {
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

// Dir reads blobs kept as files under a directory, as the embedded blob
// store keeps them.
type Dir string

// Read implements Files. Keys are the service's own (receipts/<id>.pdf),
// checked all the same: no absolute paths, no "..".
func (d Dir) Read(ctx context.Context, key string) ([]byte, error) {
	if key == "" || strings.HasPrefix(key, "/") || strings.Contains(key, "\\") || slices.Contains(strings.Split(key, "/"), "..") {
		return nil, fmt.Errorf("portal: bad key %q", key)
	}
	return os.ReadFile(filepath.Join(string(d), filepath.FromSlash(key)))
}

package portal

import (
	"context"
	"sync"
)

// memCredentials keeps credential hashes in memory, as the stores of
// internal/local and internal/aws keep them on disk and in DynamoDB.
type memCredentials struct {
	mu     sync.Mutex
	hashes map[string]Principal
}

func newMemCredentials() *memCredentials {
	return &memCredentials{hashes: map[string]Principal{}}
}

func (c *memCredentials) Lookup(ctx context.Context, hash string) (Principal, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.hashes[hash]
	return p, ok, nil
}

func (c *memCredentials) Issue(p Principal) (string, error) {
	code, err := NewCode(p)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hashes[HashCode(code)] = p
	return code, nil
}

func (c *memCredentials) Revoke(match func(Principal) bool) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	for h, p := range c.hashes {
		if match(p) {
			delete(c.hashes, h)
		}
	}
	return nil
}

// Package fsblob keeps blobs (originals and receipts) as files under a
// directory, for the command-line tool and tests.
package fsblob

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ErrBadKey is returned for a key that is not a plain relative slash path
// inside the directory.
var ErrBadKey = errors.New("fsblob: invalid key")

// Dir stores each blob under its key, a slash path, inside a directory.
type Dir struct {
	root string // absolute
}

// New returns the store rooted at dir, which is created on first Put.
func New(dir string) (*Dir, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("fsblob: %w", err)
	}
	return &Dir{root: abs}, nil
}

// Root returns the directory's absolute path.
func (d *Dir) Root() string { return d.root }

// checkKey rejects keys that could name anything but a file inside the
// root: absolute paths, "." and ".." segments, empty segments, backslashes
// (a separator on Windows) and control characters. Keys may carry names
// chosen by submitters, so this is a safety boundary, not a nicety.
func checkKey(key string) error {
	if key == "" || len(key) > 1024 {
		return fmt.Errorf("%w: length %d", ErrBadKey, len(key))
	}
	for _, r := range key {
		if r < 0x20 || r == 0x7f || r == '\\' {
			return fmt.Errorf("%w %q: control character or backslash", ErrBadKey, key)
		}
	}
	for seg := range strings.SplitSeq(key, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return fmt.Errorf("%w %q: empty, . or .. segment (or absolute)", ErrBadKey, key)
		}
	}
	if !filepath.IsLocal(filepath.FromSlash(key)) {
		return fmt.Errorf("%w %q: not a local path", ErrBadKey, key)
	}
	return nil
}

// Put writes data to key atomically (a temporary file renamed into place)
// and returns the file's path relative to the working directory, or its
// absolute path when it is not beneath the working directory. The content
// type is not kept: files carry their own extension.
func (d *Dir) Put(ctx context.Context, key string, data []byte, contentType string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if err := os.MkdirAll(d.root, 0o755); err != nil {
		return "", fmt.Errorf("fsblob: %w", err)
	}
	root, err := os.OpenRoot(d.root)
	if err != nil {
		return "", fmt.Errorf("fsblob: %w", err)
	}
	defer root.Close()

	name := filepath.FromSlash(key)
	dir := filepath.Dir(name)
	if err := root.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("fsblob: put %s: %w", key, err)
	}
	tmp := filepath.Join(dir, ".tmp-"+randomHex())
	f, err := root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", fmt.Errorf("fsblob: put %s: %w", key, err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = root.Rename(tmp, name)
	}
	if err != nil {
		root.Remove(tmp)
		return "", fmt.Errorf("fsblob: put %s: %w", key, err)
	}
	return display(filepath.Join(d.root, name)), nil
}

// Link returns a file:// URL for key. The ttl does not apply: a local file
// does not expire. Link does not check that the file exists.
func (d *Dir) Link(ctx context.Context, key string, ttl time.Duration) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(d.root, filepath.FromSlash(key)))}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // a Windows path: file:///C:/...
	}
	return u.String(), nil
}

// display returns abs relative to the working directory when it lies
// beneath it, else abs itself.
func display(abs string) string {
	wd, err := os.Getwd()
	if err != nil {
		return abs
	}
	rel, err := filepath.Rel(wd, abs)
	if err != nil || !filepath.IsLocal(rel) {
		return abs
	}
	return rel
}

func randomHex() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Read returns the blob at key, checked as Put checks it, so that a key
// read back from a record can name nothing outside the directory.
func (d *Dir) Read(ctx context.Context, key string) ([]byte, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join(d.root, filepath.FromSlash(key)))
}

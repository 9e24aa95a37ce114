// Package outbox "sends" mail by writing each message as an .eml file in a
// directory, where people and tests can read it.
package outbox

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/mail"
	"os"
	"strconv"
	"strings"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// Dir writes messages to a directory, one file per message, named
// "<seq>-<recipient>-<hash>.eml": seq counts up from 000001, so names sort
// in the order messages were sent; hash is the start of the message's
// SHA-256. A file is never overwritten.
type Dir struct {
	path string
}

// New returns an outbox writing to dir, which is created on first Send.
func New(dir string) *Dir { return &Dir{path: dir} }

// Path returns the outbox directory.
func (d *Dir) Path() string { return d.path }

// Send writes m and returns its file name without ".eml", which is unique
// within the outbox.
func (d *Dir) Send(ctx context.Context, m intake.Mail) (string, error) {
	if len(m.To) == 0 {
		return "", errors.New("outbox: message has no recipients")
	}
	if len(m.Raw) == 0 {
		return "", errors.New("outbox: empty message")
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if err := os.MkdirAll(d.path, 0o755); err != nil {
		return "", fmt.Errorf("outbox: %w", err)
	}
	root, err := os.OpenRoot(d.path)
	if err != nil {
		return "", fmt.Errorf("outbox: %w", err)
	}
	defer root.Close()

	tmp := tmpPrefix + randomHex()
	if err := writeSynced(root, tmp, m.Raw); err != nil {
		root.Remove(tmp)
		return "", fmt.Errorf("outbox: %w", err)
	}
	defer root.Remove(tmp)

	sum := sha256.Sum256(m.Raw)
	suffix := "-" + sanitise(m.To[0]) + "-" + hex.EncodeToString(sum[:6])
	seq, err := nextSeq(root)
	if err != nil {
		return "", fmt.Errorf("outbox: %w", err)
	}
	// Another writer may take the same number between reading the
	// directory and linking: a hard link fails rather than replace, so
	// try the next number.
	for range 100 {
		name := fmt.Sprintf("%06d%s", seq, suffix)
		err := root.Link(tmp, name+".eml")
		if err == nil {
			return name, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("outbox: %w", err)
		}
		seq++
	}
	return "", errors.New("outbox: no free file name after 100 tries")
}

// tmpPrefix starts the name of a message being written; Send links it to
// its .eml name once complete.
const tmpPrefix = ".tmp-"

// RemoveTemp removes the half-written messages a writer that died part way
// through Send left behind (each a whole email, document included), and
// returns how many it removed. Call it only when no other writer can be
// sending to the outbox, as when holding the data folder's ledger.
func (d *Dir) RemoveTemp() (int, error) {
	entries, err := os.ReadDir(d.path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("outbox: %w", err)
	}
	root, err := os.OpenRoot(d.path)
	if err != nil {
		return 0, fmt.Errorf("outbox: %w", err)
	}
	defer root.Close()
	n := 0
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasPrefix(e.Name(), tmpPrefix) {
			continue
		}
		if err := root.Remove(e.Name()); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return n, fmt.Errorf("outbox: %w", err)
		}
		n++
	}
	return n, nil
}

func writeSynced(root *os.Root, name string, data []byte) error {
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// nextSeq returns one more than the highest sequence number in the outbox.
func nextSeq(root *os.Root) (int, error) {
	entries, err := fs.ReadDir(root.FS(), ".")
	if err != nil {
		return 0, err
	}
	highest := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".eml") {
			continue
		}
		digits, _, _ := strings.Cut(name, "-")
		if n, err := strconv.Atoi(digits); err == nil && n > highest {
			highest = n
		}
	}
	return highest + 1, nil
}

// sanitise turns an address into a short, safe file name part.
func sanitise(addr string) string {
	if a, err := mail.ParseAddress(addr); err == nil {
		addr = a.Address
	}
	var b strings.Builder
	for _, r := range strings.ToLower(addr) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '.', r == '@', r == '+', r == '_', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
		if b.Len() >= 64 {
			break
		}
	}
	s := strings.Trim(b.String(), ".")
	if s == "" {
		return "unknown"
	}
	return s
}

func randomHex() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

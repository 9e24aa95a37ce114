package pdftext

import (
	"bytes"
	"context"
	"io"
	"time"
)

// source is the io.ReaderAt the object layer reads through. Every read
// checks the deadline, so even a loop inside the library that never returns
// to this package is cut short: the read panics with errDeadline.
type source struct {
	ctx      context.Context
	deadline time.Time
	data     []byte
	head     []byte // replaces the first len(head) bytes when set
}

func (s *source) ReadAt(p []byte, off int64) (int, error) {
	if time.Now().After(s.deadline) || s.ctx.Err() != nil {
		panic(errDeadline)
	}
	if off < 0 || off >= int64(len(s.data)) {
		return 0, io.EOF
	}
	n := copy(p, s.data[off:])
	if int(off) < len(s.head) {
		copy(p, s.head[off:])
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// trim applies the cheap repairs to a file's bytes: it drops anything
// before the %PDF- header (a byte-order mark, a mail gateway's banner) and
// anything after the last %%EOF (trailing junk). It returns nil when there
// is no header near the start.
func trim(data []byte) []byte {
	const searchHeader = 1024
	head := data
	if len(head) > searchHeader {
		head = head[:searchHeader]
	}
	i := bytes.Index(head, []byte("%PDF-"))
	if i < 0 {
		return nil
	}
	data = data[i:]
	if j := bytes.LastIndex(data, []byte("%%EOF")); j > 0 {
		data = data[:j+len("%%EOF")]
	}
	return data
}

// headerPatch returns the first bytes to present in place of a header the
// library would refuse ("%PDF-2.0", "%PDF-1.4 " followed by a space), or
// nil when the header is acceptable or cannot be patched in place.
func headerPatch(data []byte) []byte {
	if len(data) < 9 {
		return nil
	}
	ok := bytes.HasPrefix(data, []byte("%PDF-1.")) && data[7] >= '0' && data[7] <= '7' && (data[8] == '\r' || data[8] == '\n')
	if ok {
		return nil
	}
	switch data[8] {
	case ' ', '\t', '\r', '\n', '\f', 0:
		return []byte("%PDF-1.7\n")
	}
	return nil
}

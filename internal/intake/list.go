package intake

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"time"
)

// NoPartnership is the ListQuery.Partnership that selects the submissions
// whose partnership was not identified.
const NoPartnership = "unknown"

// PageSize is how many submissions a list page shows.
const PageSize = 50

// ListQuery selects one page of submissions, newest first. Each filter is
// empty for "any"; Late is "yes", "no" or empty. After and Before are
// cursors from a ListPage (Next and Prev): the page after or before the
// one that gave them. Limit is at most PageSize; zero means PageSize.
type ListQuery struct {
	Partnership string
	Kind        Kind
	Status      Status
	Late        string
	After       string
	Before      string
	Limit       int
}

// ListPage is one page of submissions, newest first, with the cursors of
// the pages either side ("" at either end).
type ListPage struct {
	Records    []Record
	Next, Prev string
}

// ErrBadCursor is returned for a cursor no ledger gave out.
var ErrBadCursor = errors.New("ledger: not a list cursor")

// PageLimit is q's page size, held to between 1 and PageSize.
func (q ListQuery) PageLimit() int {
	if q.Limit <= 0 || q.Limit > PageSize {
		return PageSize
	}
	return q.Limit
}

// Match reports whether rec passes q's filters.
func (q ListQuery) Match(rec Record) bool {
	switch {
	case q.Kind != "" && rec.Kind != q.Kind:
		return false
	case q.Status != "" && rec.Status != q.Status:
		return false
	case q.Late == "yes" && !rec.Late(), q.Late == "no" && rec.Late():
		return false
	case q.Partnership == NoPartnership && rec.Partnership != nil:
		return false
	case q.Partnership != "" && q.Partnership != NoPartnership && (rec.Partnership == nil || rec.Partnership.ID != q.Partnership):
		return false
	}
	return true
}

// lateCodes are the findings that say a statutory time limit was missed.
var lateCodes = []string{RapidReviewLate, ForwardedLate, PublicationLate, ImplementationLate}

// Late reports whether the submission missed a statutory time limit.
func (o Outcome) Late() bool {
	if o.Deadline != nil && !o.Deadline.Met {
		return true
	}
	return slices.ContainsFunc(o.Findings, func(f Finding) bool { return slices.Contains(lateCodes, f.Code) })
}

// rankTime is fixed-width so that ranks compare as strings.
const rankTime = "2006-01-02T15:04:05.000000000Z"

// Rank is the key that orders submissions in lists: sorted descending, it
// puts the latest received first and, among those received at the same
// moment, the lower id first. It is the received time followed by the id
// with every byte complemented, in hex, and a terminator that sorts after
// every hex digit (so that a shorter id ranks above a longer one it
// begins).
func Rank(received time.Time, id string) string {
	b := []byte(id)
	for i := range b {
		b[i] = ^b[i]
	}
	return received.UTC().Format(rankTime) + "#" + hex.EncodeToString(b) + "z"
}

// validRank reports whether s has the shape Rank gives.
func validRank(s string) bool {
	t, rest, ok := strings.Cut(s, "#")
	if !ok || len(t) != len(rankTime) || !strings.HasSuffix(rest, "z") || len(rest) > 201 {
		return false
	}
	if _, err := time.Parse(rankTime, t); err != nil {
		return false
	}
	h := rest[:len(rest)-1]
	_, err := hex.DecodeString(h)
	return err == nil && h == strings.ToLower(h)
}

// Cursor turns a rank into the opaque cursor a page gives out. It holds
// only a position: the ledger reads from that position in the index the
// query's own filters choose, so a cursor changed by hand can move a
// reader within the submissions they may see, never outside them.
func Cursor(rank string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(rank))
}

// CursorRank returns the rank a cursor holds, or ErrBadCursor.
func CursorRank(cursor string) (string, error) {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil || !validRank(string(b)) {
		return "", ErrBadCursor
	}
	return string(b), nil
}

// NewPage makes the page of q from recs, the records read in the query's
// direction (newest first, or oldest first for q.Before) and held to the
// page size, and more, whether the ledger holds further matches in that
// direction.
func NewPage(q ListQuery, recs []Record, more bool) ListPage {
	p := ListPage{Records: recs}
	if len(recs) == 0 {
		return p
	}
	if q.Before != "" {
		slices.Reverse(recs)
	}
	first := Cursor(Rank(recs[0].Received, recs[0].ID))
	last := Cursor(Rank(recs[len(recs)-1].Received, recs[len(recs)-1].ID))
	switch {
	case q.Before != "":
		p.Next = last
		if more {
			p.Prev = first
		}
	default:
		if more {
			p.Next = last
		}
		if q.After != "" {
			p.Prev = first
		}
	}
	return p
}

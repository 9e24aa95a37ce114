package pipeline

import (
	"context"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// Blobs stores originals and receipts: a directory for the CLI, S3 on AWS.
type Blobs interface {
	// Put stores data under key and returns where it lives, as shown to
	// people (a path, or s3://bucket/key).
	Put(ctx context.Context, key string, data []byte, contentType string) (location string, err error)
	// Link returns a URL by which a recipient can fetch key for ttl.
	Link(ctx context.Context, key string, ttl time.Duration) (string, error)
}

// VersionedBlobs is Blobs that can link to one version of a key: S3 in a
// versioned bucket. An upload's key can be written again (the same upload
// form, used twice), so links to a checked upload name the version the
// pipeline read; a later write under the key changes nothing recipients
// download.
type VersionedBlobs interface {
	LinkVersion(ctx context.Context, key, version string, ttl time.Duration) (string, error)
}

// ErrIDTaken is returned by Ledger.Claim when the record's reference is
// already used by a different source.
var ErrIDTaken = intake.ErrIDTaken

// Ledger records every submission and every delivery. Implementations make
// each method safe against concurrent callers (conditional writes).
type Ledger interface {
	// Lookup returns the submission recorded for a source, if any.
	Lookup(ctx context.Context, sourceKey string) (intake.Record, bool, error)
	// Claim stores rec, with its deliveries, unless a submission for
	// rec.SourceKey exists: then it returns that one and created=false. It
	// returns ErrIDTaken when rec.ID belongs to another source.
	Claim(ctx context.Context, rec intake.Record) (stored intake.Record, created bool, err error)
	// Get returns a submission, with its deliveries' current states.
	Get(ctx context.Context, id string) (intake.Record, bool, error)
	// FindContent returns the earliest accepted submission other than
	// exceptID with the same content hash, kind and partnership. A rejected
	// one does not count: the same file sent again once what was missing
	// is supplied (a publication date given at upload) is no duplicate.
	FindContent(ctx context.Context, sha256 string, kind intake.Kind, partnershipID, exceptID string) (id string, found bool, err error)
	// Update replaces a submission's outcome (receipt, status), leaving its
	// deliveries' states as they are, and where its original is stored
	// when rec does not say.
	Update(ctx context.Context, rec intake.Record) error
	// ClaimDelivery marks a delivery as being sent, when it is pending,
	// failed, or being sent by someone whose lease (since its last attempt)
	// has run out. It returns false when the delivery is sent or held.
	ClaimDelivery(ctx context.Context, id, recipient string, now time.Time, lease time.Duration) (bool, error)
	// FinishDelivery records the result (sent or failed) of a claimed delivery.
	FinishDelivery(ctx context.Context, id string, d intake.Delivery) error
	// List returns every submission, newest first.
	List(ctx context.Context) ([]intake.Record, error)
	// Page returns one page of the submissions q selects, newest first,
	// reading an index of them (never the whole ledger). It returns
	// intake.ErrBadCursor for a cursor it did not give out.
	Page(ctx context.Context, q intake.ListQuery) (intake.ListPage, error)
	// Partnerships returns every partnership a submission was recorded
	// under, by id.
	Partnerships(ctx context.Context) ([]intake.Partnership, error)
}

// Mailer sends one rendered message.
type Mailer interface {
	Send(ctx context.Context, m intake.Mail) (messageID string, err error)
}

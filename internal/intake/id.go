package intake

import (
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"time"
)

// crockford is base32 without the letters people misread (I, L, O, U).
var crockford = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// NewID derives the short reference of a submission (e.g. "RR-2025-7F3K9Q")
// from the identity of its source: an S3 bucket, key and version; an email's
// Message-ID and part; or, for the CLI, the file's name and content hash.
// The same source always yields the same id. attempt > 0 gives an
// alternative for the rare case where two sources share a reference.
func NewID(k Kind, received time.Time, sourceKey string, attempt int) string {
	seed := sourceKey
	if attempt > 0 {
		seed = fmt.Sprintf("%s#%d", sourceKey, attempt)
	}
	sum := sha256.Sum256([]byte(seed))
	return fmt.Sprintf("%s-%d-%s", k.Prefix(), Day(received).Year(), crockford.EncodeToString(sum[:])[:6])
}

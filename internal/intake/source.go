package intake

import (
	"errors"
	"time"
)

// Source is one submitted document, from any channel.
type Source struct {
	// Name is the file name as submitted ("Rapid review Child Q.docx").
	Name string
	Data []byte
	// Key identifies the source for idempotency: the same key is the same
	// submission however often it is processed. For S3 "s3:bucket/key@version",
	// for email "email:<message-id>#<n>", for the CLI "cli:<name>:<sha256>".
	Key      string
	Channel  Channel
	Received time.Time
	// Hints from the uploader: kind ("" or "auto" to decide), partnership
	// (ONS code, DfE code or name), submitter email, and a yearly report's
	// publication date (YYYY-MM-DD or as written).
	Kind        string
	Partnership string
	Submitter   string
	Published   string
	// Stored is where the original already lives (an S3 key); when empty the
	// pipeline keeps a copy under submissions/originals/<id>/.
	Stored string
	// Parts is how many submissions the message that carried this one
	// yielded, when it yielded several: they share one reply, sent when
	// the last of them has been processed. 0 or 1 is a document on its
	// own, answered by itself.
	Parts int

	// For submissions that came by email: the message's Message-ID,
	// References and Subject, so the acknowledgement threads in the sender's mail
	// client; NoReply when the sender must not be answered (an auto-reply,
	// a bounce, spam); and the findings made about the message itself
	// (sender checks), which join the document's own.
	MessageID  string
	References []string
	Subject    string
	NoReply    bool
	Findings   []Finding
}

// MaxParts bounds Source.Parts: a larger count is not believed, and the
// source is treated as a document on its own.
const MaxParts = 1000

// ErrIDTaken is returned by a ledger's Claim when the record's reference
// is already used by a different source (pipeline.ErrIDTaken).
var ErrIDTaken = errors.New("ledger: reference already used by another source")

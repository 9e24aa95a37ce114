package portal

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"errors"
	"fmt"
	"github.com/safeguarding-intake/intake/internal/extract"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
)

// DefaultMaxBytes is the largest file the portal takes: the size over
// which the pipeline finds a document too_large (DESIGN 4.4).
const DefaultMaxBytes = extract.DefaultMaxBytes

// Upload is one document a signed-in partnership is sending.
type Upload struct {
	// ID names the upload until the pipeline gives the submission its
	// reference; it is random and appears in the stored key.
	ID          string
	Partnership string // ONS code, from the session
	Kind        intake.Kind
	Published   string // a yearly report's publication date, YYYY-MM-DD, or ""
	Submitter   string // who signed in, told of the outcome
	Received    time.Time
}

// Prefix is the key prefix every object of the upload lives under,
// submissions/<partnership>/<kind>/<id>/ (DESIGN 4.7).
func (u Upload) Prefix() string {
	return "submissions/" + u.Partnership + "/" + string(u.Kind) + "/" + u.ID + "/"
}

// Form tells the browser where and how to send the file.
type Form struct {
	// Action is the absolute URL the form posts to (a bucket), or "" when
	// the portal takes the file itself.
	Action string
	// Fields are hidden form fields, in order, sent before the file.
	Fields []Field
}

// Field is one hidden form field.
type Field struct{ Name, Value string }

// Uploads is where submitted documents go.
type Uploads interface {
	// Form prepares the upload of one file for u; the browser is sent on
	// to done once it is stored.
	Form(ctx context.Context, u Upload, done string) (Form, error)
	// Put stores a document the portal received itself: a link in a .url
	// file, or any file when Form's Action is "".
	Put(ctx context.Context, u Upload, name string, data []byte) error
}

var uploadIDs = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// newUploadID returns 12 characters from an alphabet without look-alike
// letters: 60 random bits.
func newUploadID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("portal: no randomness: " + err.Error())
	}
	return uploadIDs.EncodeToString(b[:])[:12]
}

func validUploadID(s string) bool {
	if len(s) != 12 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// LocalUploads takes files through the portal itself and runs each
// straight through a pipeline, as 'intake serve' does.
type LocalUploads struct {
	Pipeline *pipeline.Pipeline
}

// Form implements Uploads: the form posts back to the portal.
func (l LocalUploads) Form(ctx context.Context, u Upload, done string) (Form, error) {
	return Form{}, nil
}

// Put implements Uploads. A notification that could not be sent is no
// failure of the upload: the pipeline recorded it and it can be resent.
func (l LocalUploads) Put(ctx context.Context, u Upload, name string, data []byte) error {
	_, err := l.Pipeline.Process(ctx, pipeline.Source{
		Name:        name,
		Data:        data,
		Key:         "portal:" + u.Prefix() + name,
		Channel:     intake.Portal,
		Received:    u.Received,
		Kind:        string(u.Kind),
		Partnership: u.Partnership,
		Submitter:   u.Submitter,
		Published:   u.Published,
	})
	if errors.Is(err, pipeline.ErrIncomplete) || errors.Is(err, pipeline.ErrInFlight) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("processing upload %s: %w", u.ID, err)
	}
	return nil
}

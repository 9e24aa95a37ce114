// Package s3upload sends portal uploads straight from the browser to an
// S3 bucket with presigned POST forms, whose signed policy fixes the key
// prefix, the metadata the intake function reads, the size range, the
// content type and where the browser goes afterwards.
package s3upload

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/safeguarding-intake/intake/internal/aws/s3blob"
	"github.com/safeguarding-intake/intake/internal/portal"
)

// Client is the part of the S3 API the store uses; *s3.Client satisfies it.
type Client interface {
	PutObject(ctx context.Context, in *s3.PutObjectInput, optFns ...func(*s3.Options)) (*s3.PutObjectOutput, error)
}

// Presigner signs POST policies; *s3.PresignClient satisfies it.
type Presigner interface {
	PresignPostObject(ctx context.Context, in *s3.PutObjectInput, optFns ...func(*s3.PresignPostOptions)) (*s3.PresignedPostRequest, error)
}

// ContentType is the only content type a form lets the browser store.
// Without script a form cannot set the type of the file the person picks,
// and the type a browser claims proves nothing: the pipeline decides a
// document's format from its bytes. Stored as opaque bytes, an upload is
// never served as a page by anything that fetches it.
const ContentType = "application/octet-stream"

// DefaultTTL is how long a form stays usable: time to choose a file and
// send it over a slow line.
const DefaultTTL = time.Hour

// Store hands out upload forms for one bucket.
type Store struct {
	client    Client
	presigner Presigner
	bucket    string
	// MaxBytes is the largest file a form accepts; zero means
	// portal.DefaultMaxBytes.
	MaxBytes int64
	// TTL is how long a form is valid; zero means DefaultTTL.
	TTL time.Duration
	// KMSKey is the KMS key uploads are encrypted under (SSE-KMS), fixed
	// in each form's policy; empty means S3-managed keys.
	KMSKey string
}

// New returns a store for bucket. Wire it as New(c, s3.NewPresignClient(c),
// bucket) with c an *s3.Client.
func New(client Client, presigner Presigner, bucket string) *Store {
	return &Store{client: client, presigner: presigner, bucket: bucket}
}

func (s *Store) maxBytes() int64 {
	if s.MaxBytes > 0 {
		return s.MaxBytes
	}
	return portal.DefaultMaxBytes
}

func (s *Store) ttl() time.Duration {
	if s.TTL > 0 {
		return s.TTL
	}
	return DefaultTTL
}

// metadata is what the intake function reads from an upload (DESIGN 4.7).
func metadata(u portal.Upload) []portal.Field {
	fs := []portal.Field{
		{Name: "x-amz-meta-partnership", Value: u.Partnership},
		{Name: "x-amz-meta-kind", Value: string(u.Kind)},
	}
	if u.Submitter != "" {
		fs = append(fs, portal.Field{Name: "x-amz-meta-submitter", Value: u.Submitter})
	}
	if u.Published != "" {
		fs = append(fs, portal.Field{Name: "x-amz-meta-published", Value: u.Published})
	}
	return fs
}

// Form implements portal.Upload. S3 fills in ${filename} with the name of
// the file chosen; the policy holds the key to the upload's prefix.
func (s *Store) Form(ctx context.Context, u portal.Upload, done string) (portal.Form, error) {
	if u.Partnership == "" || u.ID == "" {
		return portal.Form{}, errors.New("s3upload: an upload needs a partnership and an id")
	}
	fields := []portal.Field{
		{Name: "Content-Type", Value: ContentType},
		{Name: "success_action_redirect", Value: done},
	}
	sse, kmsKey := s3blob.Encryption(s.KMSKey)
	fields = append(fields, portal.Field{Name: "x-amz-server-side-encryption", Value: string(sse)})
	if kmsKey != nil {
		fields = append(fields, portal.Field{Name: "x-amz-server-side-encryption-aws-kms-key-id", Value: *kmsKey})
	}
	fields = append(fields, metadata(u)...)
	conditions := []any{
		[]any{"starts-with", "$key", u.Prefix()},
		[]any{"content-length-range", 1, s.maxBytes()},
	}
	for _, f := range fields {
		conditions = append(conditions, map[string]string{f.Name: f.Value})
	}
	key := u.Prefix() + "${filename}"
	req, err := s.presigner.PresignPostObject(ctx, &s3.PutObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)},
		func(o *s3.PresignPostOptions) {
			o.Expires = s.ttl()
			o.Conditions = conditions
		})
	if err != nil {
		return portal.Form{}, fmt.Errorf("s3upload: signing the upload form: %w", err)
	}
	// The signed fields first, in a fixed order; the file comes last.
	out := portal.Form{Action: req.URL}
	for _, name := range []string{"key", "policy", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "x-amz-security-token", "x-amz-signature"} {
		for k, v := range req.Values {
			if strings.EqualFold(k, name) {
				out.Fields = append(out.Fields, portal.Field{Name: k, Value: v})
			}
		}
	}
	out.Fields = append(out.Fields, fields...)
	return out, nil
}

// Put implements portal.Uploads for documents the portal takes itself (a
// link), with the same key and metadata a browser upload gets.
func (s *Store) Put(ctx context.Context, u portal.Upload, name string, data []byte) error {
	meta := map[string]string{}
	for _, f := range metadata(u) {
		meta[f.Name[len("x-amz-meta-"):]] = f.Value
	}
	in := &s3.PutObjectInput{
		Bucket:        aws.String(s.bucket),
		Key:           aws.String(u.Prefix() + name),
		Body:          bytes.NewReader(data),
		ContentLength: aws.Int64(int64(len(data))),
		ContentType:   aws.String(ContentType),
		Metadata:      meta,
	}
	in.ServerSideEncryption, in.SSEKMSKeyId = s3blob.Encryption(s.KMSKey)
	_, err := s.client.PutObject(ctx, in)
	if err != nil {
		return fmt.Errorf("s3upload: storing upload %s: %w", u.ID, err)
	}
	return nil
}

// Origin returns the scheme and host the forms post to, for the portal's
// Content-Security-Policy (form-action).
func (s *Store) Origin(ctx context.Context) (string, error) {
	req, err := s.presigner.PresignPostObject(ctx, &s3.PutObjectInput{Bucket: aws.String(s.bucket), Key: aws.String("submissions/")})
	if err != nil {
		return "", fmt.Errorf("s3upload: %w", err)
	}
	u, err := url.Parse(req.URL)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("s3upload: upload URL %q", req.URL)
	}
	return u.Scheme + "://" + u.Host, nil
}

// Package s3blob keeps blobs (uploads, originals and receipts) in an S3
// bucket, encrypted at rest, and hands out presigned links to them.
package s3blob

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
)

// Client is the part of the S3 API the store uses; *s3.Client satisfies it.
type Client interface {
	PutObject(ctx context.Context, in *s3.PutObjectInput, optFns ...func(*s3.Options)) (*s3.PutObjectOutput, error)
	GetObject(ctx context.Context, in *s3.GetObjectInput, optFns ...func(*s3.Options)) (*s3.GetObjectOutput, error)
}

// Presigner signs GET requests; *s3.PresignClient satisfies it.
type Presigner interface {
	PresignGetObject(ctx context.Context, in *s3.GetObjectInput, optFns ...func(*s3.PresignOptions)) (*v4.PresignedHTTPRequest, error)
}

// NewClient returns the S3 client the functions use. An endpoint set for
// emulators (AWS_ENDPOINT_URL) has no per-bucket host names, so it is
// addressed by path; real S3 takes either. Objects stored without a
// checksum are normal here (browser uploads, SES's inbound mail) and TLS
// guards every transfer, so the SDK's warning on reading each is off.
func NewClient(cfg aws.Config) *s3.Client {
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.UsePathStyle = cfg.BaseEndpoint != nil
		o.DisableLogOutputChecksumValidationSkipped = true
	})
}

// DefaultMaxBytes is the largest object Get reads unless told otherwise.
const DefaultMaxBytes = 64 << 20

// MaxLinkTTL is the longest a presigned link can live (a SigV4 limit).
const MaxLinkTTL = 7 * 24 * time.Hour

var (
	// ErrTooLarge is returned by Get for an object over MaxBytes.
	ErrTooLarge = errors.New("s3blob: object too large")
	// ErrNotFound is returned by Get for a missing object.
	ErrNotFound = errors.New("s3blob: no such object")
)

// Store keeps blobs in one bucket.
type Store struct {
	client    Client
	presigner Presigner
	bucket    string
	// MaxBytes caps what Get reads into memory.
	MaxBytes int64
	// KMSKey is the KMS key (ARN or id) objects are written under
	// (SSE-KMS, the function's KMS_KEY_ID); empty means S3-managed keys.
	KMSKey string
}

// Encryption is how an object written under kmsKey is encrypted: SSE-KMS
// with that key, or S3-managed keys (SSE-S3) when it is empty. An explicit
// key matters: SSE-KMS without one would use the account's AWS-managed
// key, not the stack's.
func Encryption(kmsKey string) (types.ServerSideEncryption, *string) {
	if kmsKey == "" {
		return types.ServerSideEncryptionAes256, nil
	}
	return types.ServerSideEncryptionAwsKms, aws.String(kmsKey)
}

// New returns a store for bucket. Wire it as
// New(c, s3.NewPresignClient(c), bucket) with c an *s3.Client.
func New(client Client, presigner Presigner, bucket string) *Store {
	return &Store{client: client, presigner: presigner, bucket: bucket, MaxBytes: DefaultMaxBytes}
}

func checkKey(key string) error {
	if key == "" || len(key) > 1024 || !utf8.ValidString(key) {
		return fmt.Errorf("s3blob: invalid key %q", key)
	}
	return nil
}

// Put stores data under key, encrypted with S3-managed keys, and returns
// s3://bucket/key.
func (s *Store) Put(ctx context.Context, key string, data []byte, contentType string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	if _, err := s.client.PutObject(ctx, s.putInput(key, data, contentType, nil)); err != nil {
		return "", fmt.Errorf("s3blob: put %s: %w", key, err)
	}
	return "s3://" + s.bucket + "/" + key, nil
}

// PutNew stores data under key with metadata unless an object is already
// there (a conditional write, If-None-Match), and reports whether it wrote.
// Writing again would make a new version, announced and processed again.
func (s *Store) PutNew(ctx context.Context, key string, data []byte, contentType string, meta map[string]string) (bool, error) {
	if err := checkKey(key); err != nil {
		return false, err
	}
	in := s.putInput(key, data, contentType, meta)
	in.IfNoneMatch = aws.String("*")
	_, err := s.client.PutObject(ctx, in)
	if hasCode(err, "PreconditionFailed", "ConditionalRequestConflict") {
		return false, nil // written before, or by another invocation meanwhile
	}
	if err != nil {
		return false, fmt.Errorf("s3blob: put %s: %w", key, err)
	}
	return true, nil
}

func (s *Store) putInput(key string, data []byte, contentType string, meta map[string]string) *s3.PutObjectInput {
	in := &s3.PutObjectInput{
		Bucket:        aws.String(s.bucket),
		Key:           aws.String(key),
		Body:          bytes.NewReader(data),
		ContentLength: aws.Int64(int64(len(data))),
		Metadata:      meta,
	}
	in.ServerSideEncryption, in.SSEKMSKeyId = Encryption(s.KMSKey)
	if contentType != "" {
		in.ContentType = aws.String(contentType)
	}
	return in
}

// hasCode reports whether err is an S3 error with one of codes.
func hasCode(err error, codes ...string) bool {
	var ae smithy.APIError
	if !errors.As(err, &ae) {
		return false
	}
	return slices.Contains(codes, ae.ErrorCode())
}

// Link returns a presigned GET URL for key, valid for ttl (at most
// MaxLinkTTL, and no longer than the credentials that sign it).
func (s *Store) Link(ctx context.Context, key string, ttl time.Duration) (string, error) {
	return s.LinkVersion(ctx, key, "", ttl)
}

// LinkVersion is Link to one version of key: what was stored then, whatever
// is stored under the key since. An empty version is the current one.
func (s *Store) LinkVersion(ctx context.Context, key, version string, ttl time.Duration) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	if ttl <= 0 || ttl > MaxLinkTTL {
		return "", fmt.Errorf("s3blob: link lifetime %v is outside (0, %v]", ttl, MaxLinkTTL)
	}
	in := &s3.GetObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)}
	if version != "" {
		in.VersionId = aws.String(version)
	}
	req, err := s.presigner.PresignGetObject(ctx, in, s3.WithPresignExpires(ttl))
	if err != nil {
		return "", fmt.Errorf("s3blob: link %s: %w", key, err)
	}
	return req.URL, nil
}

// Get reads the current version of key, returning its bytes, its user
// metadata (lower-case names, as S3 keeps them; untrusted) and its version
// id ("" when the bucket is not versioned). An object over MaxBytes is not
// read: Get returns its metadata and version with an error wrapping
// ErrTooLarge, so the caller can still answer the submitter.
func (s *Store) Get(ctx context.Context, key string) (data []byte, meta map[string]string, versionID string, err error) {
	if err := checkKey(key); err != nil {
		return nil, nil, "", err
	}
	out, err := s.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(s.bucket), Key: aws.String(key)})
	if err != nil {
		var nsk *types.NoSuchKey
		if errors.As(err, &nsk) {
			return nil, nil, "", fmt.Errorf("s3blob: get %s: %w", key, ErrNotFound)
		}
		return nil, nil, "", fmt.Errorf("s3blob: get %s: %w", key, err)
	}
	defer out.Body.Close()
	meta, versionID = out.Metadata, aws.ToString(out.VersionId)
	if size := aws.ToInt64(out.ContentLength); size > s.MaxBytes {
		return nil, meta, versionID, fmt.Errorf("s3blob: get %s: %d bytes: %w", key, size, ErrTooLarge)
	}
	// The declared length is checked above; the limit guards against a
	// body longer than declared.
	data, err = io.ReadAll(io.LimitReader(out.Body, s.MaxBytes+1))
	if err != nil {
		return nil, meta, versionID, fmt.Errorf("s3blob: get %s: %w", key, err)
	}
	if int64(len(data)) > s.MaxBytes {
		return nil, meta, versionID, fmt.Errorf("s3blob: get %s: over %d bytes: %w", key, s.MaxBytes, ErrTooLarge)
	}
	return data, meta, versionID, nil
}

package s3blob

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/aws/awserr"
	"github.com/safeguarding-intake/intake/internal/aws/kmsapi"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

var buckets atomic.Int64

// newBucket creates a versioned bucket of its own on the shared server.
func newBucket(t testing.TB) (*s3.Client, string) {
	t.Helper()
	ctx := context.Background()
	client := s3.NewFromConfig(moto.Shared(t).Config(), moto.PathStyle)
	name := fmt.Sprintf("intake-test-%d", buckets.Add(1))
	_, err := client.CreateBucket(ctx, &s3.CreateBucketInput{
		Bucket:                    aws.String(name),
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: moto.Region},
	})
	if err != nil {
		t.Fatalf("CreateBucket(%s): %v", name, err)
	}
	_, err = client.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{
		Bucket:                  aws.String(name),
		VersioningConfiguration: &types.VersioningConfiguration{Status: types.BucketVersioningStatusEnabled},
	})
	if err != nil {
		t.Fatalf("PutBucketVersioning(%s): %v", name, err)
	}
	return client, name
}

func TestPutLink(t *testing.T) {
	ctx := context.Background()
	client, bucket := newBucket(t)
	store := New(client, s3.NewPresignClient(client), bucket)
	key := "receipts/RR-2025-ABCDEF.pdf"
	data := []byte("%PDF-1.7 receipt")
	loc, err := store.Put(ctx, key, data, "application/pdf")
	if err != nil {
		t.Fatalf("Put(%q): %v", key, err)
	}
	if want := "s3://" + bucket + "/" + key; loc != want {
		t.Errorf("Put(%q) = %q, want %q", key, loc, want)
	}
	head, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		t.Fatal(err)
	}
	if head.ServerSideEncryption != types.ServerSideEncryptionAes256 {
		t.Errorf("stored object encryption = %q, want AES256", head.ServerSideEncryption)
	}
	if got := aws.ToString(head.ContentType); got != "application/pdf" {
		t.Errorf("stored content type = %q, want application/pdf", got)
	}

	link, err := store.Link(ctx, key, time.Hour)
	if err != nil {
		t.Fatalf("Link(%q): %v", key, err)
	}
	if !strings.Contains(link, "X-Amz-Expires=3600") {
		t.Errorf("Link(%q) = %q, want a presigned URL valid for an hour", key, link)
	}
	resp, err := http.Get(link)
	if err != nil {
		t.Fatalf("GET %s: %v", link, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, data) {
		t.Errorf("GET presigned link = %s %q, want 200 %q", resp.Status, body, data)
	}
}

// TestLinkVersion writes a key twice: a link to the first version still
// serves the first bytes, and a plain link the second.
func TestLinkVersion(t *testing.T) {
	ctx := context.Background()
	client, bucket := newBucket(t)
	store := New(client, s3.NewPresignClient(client), bucket)
	key := "submissions/E08000026/rapid_review/K1/review.pdf"
	first, second := []byte("%PDF-1.7 checked"), []byte("%PDF-1.7 swapped")
	if _, err := store.Put(ctx, key, first, "application/pdf"); err != nil {
		t.Fatal(err)
	}
	_, _, v1, err := store.Get(ctx, key)
	if err != nil || v1 == "" {
		t.Fatalf("Get(%q) version = %q, %v; want a version", key, v1, err)
	}
	if _, err := store.Put(ctx, key, second, "application/pdf"); err != nil {
		t.Fatal(err)
	}
	fetch := func(link string) []byte {
		t.Helper()
		resp, err := http.Get(link)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s = %s", link, resp.Status)
		}
		return body
	}
	pinned, err := store.LinkVersion(ctx, key, v1, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if got := fetch(pinned); !bytes.Equal(got, first) {
		t.Errorf("link to version %s serves %q, want %q", v1, got, first)
	}
	current, err := store.Link(ctx, key, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if got := fetch(current); !bytes.Equal(got, second) {
		t.Errorf("plain link serves %q, want the current %q", got, second)
	}
}

func TestLinkLifetime(t *testing.T) {
	store := New(nil, nil, "b") // refused before any call is made
	for _, ttl := range []time.Duration{0, -time.Second, MaxLinkTTL + time.Second} {
		if link, err := store.Link(context.Background(), "k", ttl); err == nil {
			t.Errorf("Link(ttl %v) = %q, nil; want an error", ttl, link)
		}
	}
}

func TestGet(t *testing.T) {
	ctx := context.Background()
	client, bucket := newBucket(t)
	store := New(client, s3.NewPresignClient(client), bucket)
	key := "submissions/E08000026/auto/Rapid review Child Q.pdf"
	data := []byte("%PDF-1.7 a rapid review")
	put, err := client.PutObject(ctx, &s3.PutObjectInput{
		Bucket:   aws.String(bucket),
		Key:      aws.String(key),
		Body:     bytes.NewReader(data),
		Metadata: map[string]string{"partnership": "E08000026", "kind": "rapid_review", "submitter": "bm@example.gov.uk"},
	})
	if err != nil {
		t.Fatal(err)
	}
	got, meta, version, err := store.Get(ctx, key)
	if err != nil {
		t.Fatalf("Get(%q): %v", key, err)
	}
	if !bytes.Equal(got, data) {
		t.Errorf("Get(%q) data = %q, want %q", key, got, data)
	}
	wantMeta := map[string]string{"partnership": "E08000026", "kind": "rapid_review", "submitter": "bm@example.gov.uk"}
	if d := cmp.Diff(wantMeta, meta); d != "" {
		t.Errorf("Get(%q) metadata (-want +got):\n%s", key, d)
	}
	if want := aws.ToString(put.VersionId); version != want || version == "" {
		t.Errorf("Get(%q) version = %q, want %q", key, version, want)
	}

	store.MaxBytes = int64(len(data)) - 1
	got, meta, version, err = store.Get(ctx, key)
	if !errors.Is(err, ErrTooLarge) || got != nil {
		t.Errorf("Get(%q) over the limit = %d bytes, %v; want no data and ErrTooLarge", key, len(got), err)
	}
	if meta["submitter"] != "bm@example.gov.uk" || version == "" {
		t.Errorf("Get(%q) over the limit = metadata %v, version %q; want both", key, meta, version)
	}
	store.MaxBytes = int64(len(data))
	if got, _, _, err := store.Get(ctx, key); err != nil || !bytes.Equal(got, data) {
		t.Errorf("Get(%q) at exactly the limit = %q, %v; want the data", key, got, err)
	}

	_, _, _, err = store.Get(ctx, "submissions/missing.pdf")
	if !errors.Is(err, ErrNotFound) || awserr.IsTransient(err) {
		t.Errorf("Get(missing) = %v, want a permanent ErrNotFound", err)
	}
}

func TestGetFromMissingBucketIsPermanent(t *testing.T) {
	client := s3.NewFromConfig(moto.Shared(t).Config(), moto.PathStyle)
	store := New(client, s3.NewPresignClient(client), "no-such-bucket-here")
	_, _, _, err := store.Get(context.Background(), "k")
	if err == nil || awserr.IsTransient(err) {
		t.Errorf("Get from a missing bucket = %v, want a permanent error", err)
	}
}

func TestPutWithNoServerIsTransient(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + l.Addr().String()
	l.Close() // nothing listens there now: connections are refused
	cfg := aws.Config{Region: "eu-west-2", Credentials: credentials.NewStaticCredentialsProvider("test", "test", ""), BaseEndpoint: aws.String(url)}
	client := s3.NewFromConfig(cfg, moto.PathStyle, func(o *s3.Options) { o.RetryMaxAttempts = 1 })
	_, err = New(client, s3.NewPresignClient(client), "b").Put(context.Background(), "k", []byte("x"), "text/plain")
	if !awserr.IsTransient(err) {
		t.Errorf("Put with no server = %v, want a transient error", err)
	}
}

// A second PutNew of the same key writes nothing: mailin's redelivered
// messages must not make a second version of a submission.
func TestPutNew(t *testing.T) {
	client, name := newBucket(t)
	ctx := context.Background()
	st := New(client, s3.NewPresignClient(client), name)
	wrote, err := st.PutNew(ctx, "submissions/x", []byte("first"), "text/plain", map[string]string{"channel": "email"})
	if err != nil || !wrote {
		t.Fatalf("first PutNew = %v, %v; want a write", wrote, err)
	}
	wrote, err = st.PutNew(ctx, "submissions/x", []byte("second"), "text/plain", nil)
	if err != nil || wrote {
		t.Fatalf("second PutNew = %v, %v; want no write", wrote, err)
	}
	data, meta, _, err := st.Get(ctx, "submissions/x")
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != "first" || meta["channel"] != "email" {
		t.Errorf("object holds %q with %v, want the first write and its metadata", data, meta)
	}
}

// TestPutUnderTheStacksKey: with a KMS key, objects are stored under it
// (SSE-KMS), not under S3-managed keys or the account's AWS-managed key.
func TestPutUnderTheStacksKey(t *testing.T) {
	ctx := context.Background()
	client, bucket := newBucket(t)
	key, err := kmsapi.New(moto.Shared(t).Config()).CreateKey(ctx, "blobs")
	if err != nil {
		t.Fatal(err)
	}
	store := New(client, s3.NewPresignClient(client), bucket)
	store.KMSKey = key.Arn
	if _, err := store.Put(ctx, "receipts/RR-2025-ABCDEF.pdf", []byte("%PDF-1.7 receipt"), "application/pdf"); err != nil {
		t.Fatal(err)
	}
	head, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(bucket), Key: aws.String("receipts/RR-2025-ABCDEF.pdf")})
	if err != nil {
		t.Fatal(err)
	}
	if head.ServerSideEncryption != types.ServerSideEncryptionAwsKms || aws.ToString(head.SSEKMSKeyId) != key.Arn {
		t.Errorf("stored with %q under %q, want aws:kms under %s", head.ServerSideEncryption, aws.ToString(head.SSEKMSKeyId), key.Arn)
	}
}

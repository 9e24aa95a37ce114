package main

import (
	"bytes"
	"context"
	"os"
	"sort"
	"testing"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/safeguarding-intake/intake/internal/inbound"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// TestMotoInboundToSubmissions stores raw messages in a bucket on
// moto_server as SES does, runs the handler on their notifications, and
// reads back the submission objects the intake function will process.
func TestMotoInboundToSubmissions(t *testing.T) {
	srv := moto.Shared(t)
	ctx := context.Background()
	s3c := s3.NewFromConfig(srv.Config(), moto.PathStyle)
	name := moto.Name("mailin-moto")
	if _, err := s3c.CreateBucket(ctx, &s3.CreateBucketInput{
		Bucket:                    aws.String(name),
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: types.BucketLocationConstraint(moto.Region)},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s3c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{
		Bucket:                  aws.String(name),
		VersioningConfiguration: &types.VersioningConfiguration{Status: types.BucketVersioningStatusEnabled},
	}); err != nil {
		t.Fatal(err)
	}
	put := func(key string, data []byte) {
		t.Helper()
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(name), Key: aws.String(key), Body: bytes.NewReader(data)}); err != nil {
			t.Fatal(err)
		}
	}
	put("inbound-email/AMAZON_SES_SETUP_NOTIFICATION", []byte("Amazon SES set-up notification"))
	put("inbound-email/0a1b2c3d4e5f", fixture(t, "two-attachments.eml"))
	put("inbound-email/9z8y7x6w5v4u", fixture(t, "spam-verdict.eml"))

	h := newHandler(config{Bucket: name}, s3c, quietLog())
	ev := events.SQSEvent{Records: []events.SQSMessage{
		s3Event(t, "setup", name, "inbound-email/AMAZON_SES_SETUP_NOTIFICATION"),
		s3Event(t, "two", name, "inbound-email/0a1b2c3d4e5f"),
		s3Event(t, "spam", name, "inbound-email/9z8y7x6w5v4u"),
	}}
	for round := 1; round <= 2; round++ {
		resp, err := h.Handle(ctx, ev)
		if err != nil || len(resp.BatchItemFailures) != 0 {
			t.Fatalf("round %d: Handle = %+v, %v", round, resp, err)
		}
	}

	versions, err := s3c.ListObjectVersions(ctx, &s3.ListObjectVersionsInput{Bucket: aws.String(name), Prefix: aws.String("submissions/")})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, v := range versions.Versions {
		keys = append(keys, aws.ToString(v.Key))
	}
	sort.Strings(keys)
	two := keyDigest("email:two.attachments.1742569200@coventry.gov.uk")
	spam := keyDigest("email:spam.1742569600@prize-winner.example")
	want := []string{
		"submissions/E08000026/auto/" + two + "-0-Rapid_review_Child_Q.docx",
		"submissions/E08000026/auto/" + two + "-1-Yearly_report_2023-24.docx",
		"submissions/unknown/auto/" + spam + "-0-message.eml",
	}
	if len(keys) != len(want) {
		t.Fatalf("object versions under submissions/ = %q, want one each of %q", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Errorf("object %d = %q, want %q", i, keys[i], want[i])
		}
	}

	// What the intake function reads: data and metadata give back the
	// submission.
	wantSrcs := inbound.Read(fixture(t, "two-attachments.eml"), inbound.Options{Registry: h.registry})
	for i, key := range want[:2] {
		out, err := s3c.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(name), Key: aws.String(key)})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		buf.ReadFrom(out.Body)
		out.Body.Close()
		var src pipeline.Source
		if !inbound.FromMetadata(out.Metadata, &src) {
			t.Fatalf("%s: FromMetadata(%v) = false", key, out.Metadata)
		}
		w := wantSrcs[i]
		if src.Key != w.Key || src.Name != w.Name || src.Submitter != w.Submitter || src.NoReply != w.NoReply ||
			!src.Received.Equal(w.Received) || !bytes.Equal(buf.Bytes(), w.Data) {
			t.Errorf("%s: source %q %q submitter %q noreply %v received %v, %d bytes; want %q %q %q %v %v, %d bytes",
				key, src.Key, src.Name, src.Submitter, src.NoReply, src.Received, buf.Len(),
				w.Key, w.Name, w.Submitter, w.NoReply, w.Received, len(w.Data))
		}
		if out.ServerSideEncryption != types.ServerSideEncryptionAes256 {
			t.Errorf("%s: encryption %q, want AES256", key, out.ServerSideEncryption)
		}
	}
}

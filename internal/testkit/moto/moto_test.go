package moto

import (
	"context"
	"net/http"
	"os"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

func TestMain(m *testing.M) { os.Exit(Main(m)) }

func TestStartStop(t *testing.T) {
	s := Start(t)
	resp, err := http.Get(s.URL + "/moto-api/")
	if err != nil {
		t.Fatalf("GET %s/moto-api/: %v", s.URL, err)
	}
	resp.Body.Close()
	s.Stop()
	select {
	case <-s.Done():
	default:
		t.Fatal("Stop returned with the server still running")
	}
	if resp, err := http.Get(s.URL + "/moto-api/"); err == nil {
		resp.Body.Close()
		t.Errorf("GET after Stop answered %s, want no server", resp.Status)
	}
	s.Stop() // a second Stop is harmless
}

func TestSharedServesS3(t *testing.T) {
	s := Shared(t)
	if again := Shared(t); again != s {
		t.Errorf("Shared returned a second server %s, want %s", again.URL, s.URL)
	}
	ctx := context.Background()
	client := s3.NewFromConfig(s.Config(), PathStyle)
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{
		Bucket:                    new("mototest-shared"),
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: Region},
	}); err != nil {
		t.Fatalf("CreateBucket: %v", err)
	}
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		t.Fatalf("ListBuckets: %v", err)
	}
	if len(out.Buckets) != 1 || *out.Buckets[0].Name != "mototest-shared" {
		t.Errorf("ListBuckets = %d buckets, want mototest-shared alone", len(out.Buckets))
	}
	if err := s.Reset(ctx); err != nil {
		t.Fatal(err)
	}
	out, err = client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		t.Fatalf("ListBuckets: %v", err)
	}
	if len(out.Buckets) != 0 {
		t.Errorf("ListBuckets after Reset = %d buckets, want none", len(out.Buckets))
	}
}

// BenchmarkStart measures how long moto_server takes to start and answer.
func BenchmarkStart(b *testing.B) {
	for b.Loop() {
		s, err := start()
		if err != nil {
			unavailable(b, err)
		}
		b.StopTimer()
		s.Stop()
		b.StartTimer()
	}
}

package s3event

import (
	"context"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/sirupsen/logrus"
)

func TestEventTime(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2025-03-21T10:15:00.482Z", time.Date(2025, 3, 21, 10, 15, 0, 482e6, time.UTC)},
		{"2025-03-21T11:15:00+01:00", time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC)},
		{"2025-03-21T10:15:00.123456", time.Date(2025, 3, 21, 10, 15, 0, 123456e3, time.UTC)}, // moto
		{"", time.Time{}},
		{"yesterday", time.Time{}},
	}
	for _, tt := range tests {
		if got := eventTime(tt.in); !got.Equal(tt.want) {
			t.Errorf("eventTime(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func quiet() logrus.FieldLogger {
	l := logrus.New()
	l.SetOutput(io.Discard)
	return l
}

const created = `{"Records":[{"eventSource":"aws:s3","eventName":"ObjectCreated:Put","eventTime":"2025-03-21T10:15:00.000Z",
 "s3":{"bucket":{"name":"intake"},"object":{"key":"submissions/auto/auto/Rapid+review+%E2%80%93+Child+Q.pdf","size":42,"versionId":"v1","eTag":"e1"}}}]}`

func TestBatch(t *testing.T) {
	ev := events.SQSEvent{Records: []events.SQSMessage{
		{MessageId: "test", Body: `{"Service":"Amazon S3","Event":"s3:TestEvent","Bucket":"intake"}`},
		{MessageId: "garbage", Body: `not json`},
		{MessageId: "good", Body: created},
		{MessageId: "failing", Body: `{"Records":[{"eventSource":"aws:s3","eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"intake"},"object":{"key":"fail"}}}]}`},
		{MessageId: "removed", Body: `{"Records":[{"eventSource":"aws:s3","eventName":"ObjectRemoved:Delete","s3":{"bucket":{"name":"intake"},"object":{"key":"gone"}}}]}`},
		{MessageId: "badkey", Body: `{"Records":[{"eventSource":"aws:s3","eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"intake"},"object":{"key":"%zz"}}}]}`},
	}}
	var seen []Object
	resp := Batch(context.Background(), quiet(), ev, time.Second, func(_ context.Context, _ logrus.FieldLogger, o Object) error {
		seen = append(seen, o)
		if o.Key == "fail" {
			return errors.New("throttled")
		}
		return nil
	})
	var failed []string
	for _, f := range resp.BatchItemFailures {
		failed = append(failed, f.ItemIdentifier)
	}
	if got, want := len(failed), 3; got != want || failed[0] != "garbage" || failed[1] != "failing" || failed[2] != "badkey" {
		t.Errorf("failures = %v, want [garbage failing badkey]", failed)
	}
	if len(seen) != 2 {
		t.Fatalf("handled %d objects, want 2 (the good one and the failing one)", len(seen))
	}
	want := Object{Bucket: "intake", Key: "submissions/auto/auto/Rapid review – Child Q.pdf", Size: 42, Version: "v1", ETag: "e1",
		Time: time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC)}
	if seen[0] != want {
		t.Errorf("object = %+v, want %+v", seen[0], want)
	}
}

func TestBatchHandsBackWhenTimeIsShort(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ev := events.SQSEvent{Records: []events.SQSMessage{{MessageId: "a", Body: created}, {MessageId: "b", Body: created}}}
	calls := 0
	resp := Batch(ctx, quiet(), ev, time.Minute, func(context.Context, logrus.FieldLogger, Object) error { calls++; return nil })
	if calls != 0 || len(resp.BatchItemFailures) != 2 {
		t.Errorf("calls %d, failures %v; want nothing started and both handed back", calls, resp.BatchItemFailures)
	}
}

package stack

import (
	"context"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sestypes "github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/aws/kmsapi"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// TestApply creates the resources twice on moto_server and reads back what
// the server holds: the second run must succeed and change nothing.
func TestApply(t *testing.T) {
	ctx := context.Background()
	cfg := moto.Shared(t).Config()
	n := Names{Bucket: "apply-intake", Queue: "apply-intake", Table: "apply-ledger", Sender: "intake@example.org"}
	for run := 1; run <= 2; run++ {
		if err := Apply(ctx, cfg, n, Default()); err != nil {
			t.Fatalf("Apply, run %d: %v", run, err)
		}
		got := observe(t, cfg, n)
		if diff := cmp.Diff(Default(), got); diff != "" {
			t.Errorf("after run %d, moto holds (-want +got):\n%s", run, diff)
		}
	}

	// The sender may send; an address never registered may not.
	ses := sesv2.NewFromConfig(cfg)
	for from, wantOK := range map[string]bool{n.Sender: true, "stranger@example.net": false} {
		_, err := ses.SendEmail(ctx, &sesv2.SendEmailInput{
			FromEmailAddress: aws.String(from),
			Destination:      &sestypes.Destination{ToAddresses: []string{"someone@example.org"}},
			Content: &sestypes.EmailContent{Raw: &sestypes.RawMessage{
				Data: []byte("From: " + from + "\r\nTo: someone@example.org\r\nSubject: t\r\n\r\nt\r\n"),
			}},
		})
		if (err == nil) != wantOK {
			t.Errorf("SendEmail from %s: err = %v, want success %v", from, err, wantOK)
		}
	}

	// Only uploads and inbound mail are announced on the queue.
	s3c := s3.NewFromConfig(cfg, moto.PathStyle)
	for _, key := range []string{"receipts/RR-2025-AAAAAA.pdf", "submissions/E08000026/auto/review.pdf", "inbound-email/m1"} {
		if _, err := s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(n.Bucket), Key: aws.String(key), Body: strings.NewReader("x")}); err != nil {
			t.Fatalf("PutObject(%q): %v", key, err)
		}
	}
	n = n.WithDefaults()
	for queue, want := range map[string][]string{
		n.Queue:     {"submissions%2FE08000026%2Fauto%2Freview.pdf"},
		n.MailQueue: {"inbound-email%2Fm1"},
	} {
		if diff := cmp.Diff(want, drainKeys(t, cfg, queue)); diff != "" {
			t.Errorf("keys announced on %s (-want +got):\n%s", queue, diff)
		}
	}
}

// observe reads back the settings of the resources named by n.
func observe(tb testing.TB, cfg aws.Config, n Names) Spec {
	tb.Helper()
	ctx := context.Background()
	var s Spec
	n = n.WithDefaults()
	kc := kmsapi.New(cfg)
	key, found, err := kc.Describe(ctx, n.Key)
	if err != nil || !found {
		tb.Fatalf("key %s: found %v, %v", n.Key, found, err)
	}
	s.Key.Rotation, err = kc.RotationEnabled(ctx, key.KeyID)
	if err != nil {
		tb.Fatal(err)
	}
	must := func(err error) {
		tb.Helper()
		if err != nil {
			tb.Fatal(err)
		}
	}

	c := s3.NewFromConfig(cfg, moto.PathStyle)
	b := aws.String(n.Bucket)
	ver, err := c.GetBucketVersioning(ctx, &s3.GetBucketVersioningInput{Bucket: b})
	must(err)
	s.Bucket.Versioning = ver.Status == "Enabled"
	enc, err := c.GetBucketEncryption(ctx, &s3.GetBucketEncryptionInput{Bucket: b})
	must(err)
	if rs := enc.ServerSideEncryptionConfiguration.Rules; len(rs) == 1 {
		s.Bucket.SSEAlgorithm = string(rs[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm)
		s.Bucket.KMS = aws.ToString(rs[0].ApplyServerSideEncryptionByDefault.KMSMasterKeyID) == key.Arn && aws.ToBool(rs[0].BucketKeyEnabled)
	}
	pab, err := c.GetPublicAccessBlock(ctx, &s3.GetPublicAccessBlockInput{Bucket: b})
	must(err)
	p := pab.PublicAccessBlockConfiguration
	s.Bucket.BlockPublic = aws.ToBool(p.BlockPublicAcls) && aws.ToBool(p.BlockPublicPolicy) &&
		aws.ToBool(p.IgnorePublicAcls) && aws.ToBool(p.RestrictPublicBuckets)
	own, err := c.GetBucketOwnershipControls(ctx, &s3.GetBucketOwnershipControlsInput{Bucket: b})
	must(err)
	if rs := own.OwnershipControls.Rules; len(rs) == 1 {
		s.Bucket.Ownership = string(rs[0].ObjectOwnership)
	}
	lc, err := c.GetBucketLifecycleConfiguration(ctx, &s3.GetBucketLifecycleConfigurationInput{Bucket: b})
	must(err)
	for _, r := range lc.Rules {
		lr := LifecycleRule{ID: aws.ToString(r.ID)}
		if r.Filter != nil {
			lr.Prefix = aws.ToString(r.Filter.Prefix)
		}
		if r.Expiration != nil {
			lr.ExpireDays = aws.ToInt32(r.Expiration.Days)
		}
		if r.NoncurrentVersionExpiration != nil {
			lr.NoncurrentDays = aws.ToInt32(r.NoncurrentVersionExpiration.NoncurrentDays)
		}
		for _, tr := range r.Transitions {
			if tr.StorageClass == "STANDARD_IA" {
				lr.InfrequentDays = aws.ToInt32(tr.Days)
			}
		}
		if r.AbortIncompleteMultipartUpload != nil {
			lr.AbortMultipartDays = aws.ToInt32(r.AbortIncompleteMultipartUpload.DaysAfterInitiation)
		}
		s.Bucket.Lifecycle = append(s.Bucket.Lifecycle, lr)
	}
	nc, err := c.GetBucketNotificationConfiguration(ctx, &s3.GetBucketNotificationConfigurationInput{Bucket: b})
	must(err)
	for _, q := range nc.QueueConfigurations {
		nt := Notification{ID: aws.ToString(q.Id), Queue: aws.ToString(q.QueueArn)} // named below
		if len(q.Events) == 1 {
			nt.Event = string(q.Events[0])
		}
		if q.Filter != nil && q.Filter.Key != nil {
			for _, fr := range q.Filter.Key.FilterRules {
				if strings.EqualFold(string(fr.Name), "prefix") {
					nt.Prefix = aws.ToString(fr.Value)
				}
			}
		}
		s.Bucket.Notify = append(s.Bucket.Notify, nt)
	}

	n = n.WithDefaults()
	arns := map[string]string{}
	for _, pair := range []struct {
		queue, dlq string
		q, d       *Queue
		name       string
	}{
		{n.Queue, n.DeadLetterQueue, &s.Queue, &s.DeadLetter, "intake"},
		{n.MailQueue, n.MailDeadLetterQueue, &s.MailQueue, &s.MailDeadLetter, "mail"},
	} {
		var dlqARN, redriveTo string
		*pair.d, dlqARN, _ = observeQueue(tb, cfg, pair.dlq, key.Arn)
		*pair.q, arns[pair.name], redriveTo = observeQueue(tb, cfg, pair.queue, key.Arn)
		if redriveTo != dlqARN {
			tb.Errorf("%s redrives to %q, want %q", pair.queue, redriveTo, dlqARN)
		}
		if pair.d.VisibilityTimeout == 30 {
			pair.d.VisibilityTimeout = 0 // the default, which Default leaves alone
		}
	}
	for i, nt := range s.Bucket.Notify {
		for name, arn := range arns {
			if nt.Queue == arn {
				s.Bucket.Notify[i].Queue = name
			}
		}
	}

	db := dynamodb.NewFromConfig(cfg)
	dt, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(n.Table)})
	must(err)
	types := map[string]dbtypes.ScalarAttributeType{}
	for _, ad := range dt.Table.AttributeDefinitions {
		types[aws.ToString(ad.AttributeName)] = ad.AttributeType
	}
	for _, k := range dt.Table.KeySchema {
		name := aws.ToString(k.AttributeName)
		if types[name] != dbtypes.ScalarAttributeTypeS {
			tb.Errorf("table key %s has type %q, want S", name, types[name])
		}
		if k.KeyType == dbtypes.KeyTypeHash {
			s.Table.HashKey = name
		} else {
			s.Table.RangeKey = name
		}
	}
	s.Table.OnDemand = dt.Table.BillingModeSummary != nil && dt.Table.BillingModeSummary.BillingMode == dbtypes.BillingModePayPerRequest
	s.Table.Encrypted = dt.Table.SSEDescription != nil && dt.Table.SSEDescription.Status == dbtypes.SSEStatusEnabled
	s.Table.KMS = s.Table.Encrypted && dt.Table.SSEDescription.SSEType == dbtypes.SSETypeKms && aws.ToString(dt.Table.SSEDescription.KMSMasterKeyArn) == key.Arn
	cb, err := db.DescribeContinuousBackups(ctx, &dynamodb.DescribeContinuousBackupsInput{TableName: aws.String(n.Table)})
	must(err)
	pitr := cb.ContinuousBackupsDescription.PointInTimeRecoveryDescription
	s.Table.PointInTime = pitr != nil && pitr.PointInTimeRecoveryStatus == dbtypes.PointInTimeRecoveryStatusEnabled
	ttl, err := db.DescribeTimeToLive(ctx, &dynamodb.DescribeTimeToLiveInput{TableName: aws.String(n.Table)})
	must(err)
	if d := ttl.TimeToLiveDescription; d != nil && d.TimeToLiveStatus == dbtypes.TimeToLiveStatusEnabled {
		s.Table.TTLAttribute = aws.ToString(d.AttributeName)
	}
	for _, g := range dt.Table.GlobalSecondaryIndexes {
		ix := Index{Name: aws.ToString(g.IndexName)}
		for _, k := range g.KeySchema {
			name := aws.ToString(k.AttributeName)
			if types[name] != dbtypes.ScalarAttributeTypeS {
				tb.Errorf("index %s key %s has type %q, want S", ix.Name, name, types[name])
			}
			if k.KeyType == dbtypes.KeyTypeHash {
				ix.HashKey = name
			} else {
				ix.RangeKey = name
			}
		}
		if g.Projection == nil || g.Projection.ProjectionType != dbtypes.ProjectionTypeAll {
			tb.Errorf("index %s does not project every attribute", ix.Name)
		}
		s.Table.Indexes = append(s.Table.Indexes, ix)
	}
	return s
}

func observeQueue(tb testing.TB, cfg aws.Config, name, keyARN string) (q Queue, arn, redriveTo string) {
	tb.Helper()
	ctx := context.Background()
	c := sqs.NewFromConfig(cfg)
	u, err := c.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String(name)})
	if err != nil {
		tb.Fatalf("GetQueueUrl(%q): %v", name, err)
	}
	a, err := c.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{
		QueueUrl: u.QueueUrl, AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameAll},
	})
	if err != nil {
		tb.Fatal(err)
	}
	num := func(k sqstypes.QueueAttributeName) int32 {
		v, _ := strconv.Atoi(a.Attributes[string(k)])
		return int32(v)
	}
	q = Queue{
		VisibilityTimeout: num(sqstypes.QueueAttributeNameVisibilityTimeout),
		RetentionSeconds:  num(sqstypes.QueueAttributeNameMessageRetentionPeriod),
		ManagedSSE:        a.Attributes[string(sqstypes.QueueAttributeNameSqsManagedSseEnabled)] == "true",
		KMS:               a.Attributes[string(sqstypes.QueueAttributeNameKmsMasterKeyId)] == keyARN,
	}
	if rp := a.Attributes[string(sqstypes.QueueAttributeNameRedrivePolicy)]; rp != "" {
		var p struct {
			DeadLetterTargetArn string
			MaxReceiveCount     json.Number
		}
		if err := json.Unmarshal([]byte(rp), &p); err != nil {
			tb.Fatalf("%s RedrivePolicy %q: %v", name, rp, err)
		}
		n, _ := p.MaxReceiveCount.Int64()
		q.MaxReceiveCount = int32(n)
		redriveTo = p.DeadLetterTargetArn
	}
	return q, a.Attributes[string(sqstypes.QueueAttributeNameQueueArn)], redriveTo
}

// drainKeys receives every message on the queue and returns the S3 keys
// they announce, as sent (URL-encoded), skipping S3's test event.
func drainKeys(tb testing.TB, cfg aws.Config, queue string) []string {
	tb.Helper()
	ctx := context.Background()
	c := sqs.NewFromConfig(cfg)
	u, err := c.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String(queue)})
	if err != nil {
		tb.Fatal(err)
	}
	var keys []string
	for {
		out, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: u.QueueUrl, MaxNumberOfMessages: 10})
		if err != nil {
			tb.Fatal(err)
		}
		if len(out.Messages) == 0 {
			return keys
		}
		for _, m := range out.Messages {
			var body struct {
				Records []struct {
					S3 struct {
						Object struct{ Key string }
					}
				}
			}
			if err := json.Unmarshal([]byte(aws.ToString(m.Body)), &body); err != nil {
				tb.Fatalf("message body %q: %v", aws.ToString(m.Body), err)
			}
			for _, r := range body.Records {
				keys = append(keys, r.S3.Object.Key)
			}
			c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: u.QueueUrl, ReceiptHandle: m.ReceiptHandle})
		}
	}
}

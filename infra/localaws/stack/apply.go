package stack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sestypes "github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/aws/smithy-go"

	"github.com/safeguarding-intake/intake/internal/aws/kmsapi"
)

// Apply creates the resources named by n with the settings of s, or brings
// existing ones to those settings, so running it again is harmless. The
// bucket's TLS-only policy is left out: local endpoints speak plain HTTP.
func Apply(ctx context.Context, cfg aws.Config, n Names, s Spec) error {
	n = n.WithDefaults()
	key, err := kmsapi.New(cfg).Ensure(ctx, n.Key, "the intake bucket, queues, ledger table and logs")
	if err != nil {
		return fmt.Errorf("key %s: %w", n.Key, err)
	}
	if s.Key.Rotation {
		if err := kmsapi.New(cfg).EnableRotation(ctx, key.KeyID); err != nil {
			return fmt.Errorf("key %s: %w", n.Key, err)
		}
	}
	q := sqs.NewFromConfig(cfg)
	intakeARN, err := applyQueuePair(ctx, q, n.Queue, n.DeadLetterQueue, key.Arn, s.Queue, s.DeadLetter)
	if err != nil {
		return err
	}
	mailARN, err := applyQueuePair(ctx, q, n.MailQueue, n.MailDeadLetterQueue, key.Arn, s.MailQueue, s.MailDeadLetter)
	if err != nil {
		return err
	}
	queueARN := map[string]string{"intake": intakeARN, "mail": mailARN}
	// Path-style addressing: local endpoints are an IP and a port, with no
	// per-bucket host names.
	b := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	if err := applyBucket(ctx, b, cfg.Region, n.Bucket, key.Arn, queueARN, s.Bucket); err != nil {
		return fmt.Errorf("bucket %s: %w", n.Bucket, err)
	}
	if err := applyTable(ctx, dynamodb.NewFromConfig(cfg), n.Table, key.Arn, s.Table); err != nil {
		return fmt.Errorf("table %s: %w", n.Table, err)
	}
	if err := applyIdentity(ctx, sesv2.NewFromConfig(cfg), n.Sender); err != nil {
		return fmt.Errorf("SES identity %s: %w", n.Sender, err)
	}
	return nil
}

// KeyARN returns the ARN of the stack's key, which Apply created: the
// functions' KMS_KEY_ID.
func KeyARN(ctx context.Context, cfg aws.Config, n Names) (string, error) {
	n = n.WithDefaults()
	k, found, err := kmsapi.New(cfg).Describe(ctx, n.Key)
	if err == nil && !found {
		err = errors.New("not created")
	}
	if err != nil {
		return "", fmt.Errorf("key %s: %w", n.Key, err)
	}
	return k.Arn, nil
}

// applyQueuePair creates a dead-letter queue, then the queue that
// redrives to it, and returns the queue's ARN.
func applyQueuePair(ctx context.Context, q *sqs.Client, name, dlqName, keyARN string, s, dlq Queue) (string, error) {
	_, dlqARN, err := ensureQueue(ctx, q, dlqName, queueAttributes(dlq, "", keyARN))
	if err != nil {
		return "", fmt.Errorf("queue %s: %w", dlqName, err)
	}
	_, arn, err := ensureQueue(ctx, q, name, queueAttributes(s, dlqARN, keyARN))
	if err != nil {
		return "", fmt.Errorf("queue %s: %w", name, err)
	}
	return arn, nil
}

func queueAttributes(s Queue, deadLetterARN, keyARN string) map[string]string {
	a := map[string]string{
		string(sqstypes.QueueAttributeNameMessageRetentionPeriod): strconv.Itoa(int(s.RetentionSeconds)),
		string(sqstypes.QueueAttributeNameSqsManagedSseEnabled):   strconv.FormatBool(s.ManagedSSE),
	}
	if s.KMS {
		a[string(sqstypes.QueueAttributeNameKmsMasterKeyId)] = keyARN
	}
	if s.VisibilityTimeout > 0 {
		a[string(sqstypes.QueueAttributeNameVisibilityTimeout)] = strconv.Itoa(int(s.VisibilityTimeout))
	}
	if s.MaxReceiveCount > 0 && deadLetterARN != "" {
		rp, _ := json.Marshal(map[string]any{
			"deadLetterTargetArn": deadLetterARN,
			"maxReceiveCount":     s.MaxReceiveCount,
		})
		a[string(sqstypes.QueueAttributeNameRedrivePolicy)] = string(rp)
	}
	return a
}

// ensureQueue creates a queue, or finds it, and sets its attributes either
// way: CreateQueue refuses an existing queue with other attributes.
func ensureQueue(ctx context.Context, q *sqs.Client, name string, attrs map[string]string) (url, arn string, err error) {
	got, err := q.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String(name)})
	if err != nil {
		return "", "", err
	}
	url = aws.ToString(got.QueueUrl)
	if _, err := q.SetQueueAttributes(ctx, &sqs.SetQueueAttributesInput{QueueUrl: aws.String(url), Attributes: attrs}); err != nil {
		return "", "", err
	}
	a, err := q.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{
		QueueUrl:       aws.String(url),
		AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameQueueArn},
	})
	if err != nil {
		return "", "", err
	}
	return url, a.Attributes[string(sqstypes.QueueAttributeNameQueueArn)], nil
}

func applyBucket(ctx context.Context, c *s3.Client, region, name, keyARN string, queueARN map[string]string, s Bucket) error {
	in := &s3.CreateBucketInput{Bucket: aws.String(name)}
	if region != "" && region != "us-east-1" {
		in.CreateBucketConfiguration = &s3types.CreateBucketConfiguration{
			LocationConstraint: s3types.BucketLocationConstraint(region),
		}
	}
	if _, err := c.CreateBucket(ctx, in); err != nil && !hasCode(err, "BucketAlreadyOwnedByYou") {
		return err
	}
	if s.Ownership != "" {
		if _, err := c.PutBucketOwnershipControls(ctx, &s3.PutBucketOwnershipControlsInput{
			Bucket: aws.String(name),
			OwnershipControls: &s3types.OwnershipControls{Rules: []s3types.OwnershipControlsRule{
				{ObjectOwnership: s3types.ObjectOwnership(s.Ownership)},
			}},
		}); err != nil {
			return err
		}
	}
	if s.BlockPublic {
		if _, err := c.PutPublicAccessBlock(ctx, &s3.PutPublicAccessBlockInput{
			Bucket: aws.String(name),
			PublicAccessBlockConfiguration: &s3types.PublicAccessBlockConfiguration{
				BlockPublicAcls: aws.Bool(true), BlockPublicPolicy: aws.Bool(true),
				IgnorePublicAcls: aws.Bool(true), RestrictPublicBuckets: aws.Bool(true),
			},
		}); err != nil {
			return err
		}
	}
	if s.SSEAlgorithm != "" {
		rule := s3types.ServerSideEncryptionRule{
			ApplyServerSideEncryptionByDefault: &s3types.ServerSideEncryptionByDefault{
				SSEAlgorithm: s3types.ServerSideEncryption(s.SSEAlgorithm),
			},
		}
		if s.KMS {
			rule.ApplyServerSideEncryptionByDefault.KMSMasterKeyID = aws.String(keyARN)
			rule.BucketKeyEnabled = aws.Bool(true)
		}
		if _, err := c.PutBucketEncryption(ctx, &s3.PutBucketEncryptionInput{
			Bucket:                            aws.String(name),
			ServerSideEncryptionConfiguration: &s3types.ServerSideEncryptionConfiguration{Rules: []s3types.ServerSideEncryptionRule{rule}},
		}); err != nil {
			return err
		}
	}
	status := s3types.BucketVersioningStatusSuspended
	if s.Versioning {
		status = s3types.BucketVersioningStatusEnabled
	}
	if _, err := c.PutBucketVersioning(ctx, &s3.PutBucketVersioningInput{
		Bucket:                  aws.String(name),
		VersioningConfiguration: &s3types.VersioningConfiguration{Status: status},
	}); err != nil {
		return err
	}
	if len(s.Lifecycle) > 0 {
		if _, err := c.PutBucketLifecycleConfiguration(ctx, &s3.PutBucketLifecycleConfigurationInput{
			Bucket:                 aws.String(name),
			LifecycleConfiguration: &s3types.BucketLifecycleConfiguration{Rules: lifecycleRules(s.Lifecycle)},
		}); err != nil {
			return err
		}
	}
	var qs []s3types.QueueConfiguration
	for _, nt := range s.Notify {
		arn, ok := queueARN[nt.Queue]
		if !ok {
			return fmt.Errorf("notification %s: no queue %q", nt.ID, nt.Queue)
		}
		qs = append(qs, s3types.QueueConfiguration{
			Id:       aws.String(nt.ID),
			QueueArn: aws.String(arn),
			Events:   []s3types.Event{s3types.Event(nt.Event)},
			Filter: &s3types.NotificationConfigurationFilter{Key: &s3types.S3KeyFilter{
				FilterRules: []s3types.FilterRule{{Name: s3types.FilterRuleNamePrefix, Value: aws.String(nt.Prefix)}},
			}},
		})
	}
	_, err := c.PutBucketNotificationConfiguration(ctx, &s3.PutBucketNotificationConfigurationInput{
		Bucket:                    aws.String(name),
		NotificationConfiguration: &s3types.NotificationConfiguration{QueueConfigurations: qs},
	})
	return err
}

func lifecycleRules(rs []LifecycleRule) []s3types.LifecycleRule {
	var out []s3types.LifecycleRule
	for _, r := range rs {
		lr := s3types.LifecycleRule{
			ID:     aws.String(r.ID),
			Status: s3types.ExpirationStatusEnabled,
			Filter: &s3types.LifecycleRuleFilter{Prefix: aws.String(r.Prefix)},
		}
		if r.ExpireDays > 0 {
			lr.Expiration = &s3types.LifecycleExpiration{Days: aws.Int32(r.ExpireDays)}
		}
		if r.NoncurrentDays > 0 {
			lr.NoncurrentVersionExpiration = &s3types.NoncurrentVersionExpiration{NoncurrentDays: aws.Int32(r.NoncurrentDays)}
		}
		if r.InfrequentDays > 0 {
			lr.Transitions = []s3types.Transition{{Days: aws.Int32(r.InfrequentDays), StorageClass: s3types.TransitionStorageClassStandardIa}}
		}
		if r.AbortMultipartDays > 0 {
			lr.AbortIncompleteMultipartUpload = &s3types.AbortIncompleteMultipartUpload{DaysAfterInitiation: aws.Int32(r.AbortMultipartDays)}
		}
		out = append(out, lr)
	}
	return out
}

func applyTable(ctx context.Context, c *dynamodb.Client, name, keyARN string, s Table) error {
	dt, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)})
	var missing *dbtypes.ResourceNotFoundException
	attrs := []dbtypes.AttributeDefinition{
		{AttributeName: aws.String(s.HashKey), AttributeType: dbtypes.ScalarAttributeTypeS},
		{AttributeName: aws.String(s.RangeKey), AttributeType: dbtypes.ScalarAttributeTypeS},
	}
	for _, ix := range s.Indexes {
		for _, k := range []string{ix.HashKey, ix.RangeKey} {
			if !slices.ContainsFunc(attrs, func(a dbtypes.AttributeDefinition) bool { return aws.ToString(a.AttributeName) == k }) {
				attrs = append(attrs, dbtypes.AttributeDefinition{AttributeName: aws.String(k), AttributeType: dbtypes.ScalarAttributeTypeS})
			}
		}
	}
	switch {
	case errors.As(err, &missing):
		in := &dynamodb.CreateTableInput{
			TableName:            aws.String(name),
			AttributeDefinitions: attrs,
			KeySchema: []dbtypes.KeySchemaElement{
				{AttributeName: aws.String(s.HashKey), KeyType: dbtypes.KeyTypeHash},
				{AttributeName: aws.String(s.RangeKey), KeyType: dbtypes.KeyTypeRange},
			},
			SSESpecification: &dbtypes.SSESpecification{Enabled: aws.Bool(s.Encrypted)},
		}
		if s.KMS {
			in.SSESpecification.SSEType = dbtypes.SSETypeKms
			in.SSESpecification.KMSMasterKeyId = aws.String(keyARN)
		}
		for _, ix := range s.Indexes {
			gsi := dbtypes.GlobalSecondaryIndex{IndexName: aws.String(ix.Name), KeySchema: indexKeys(ix), Projection: &dbtypes.Projection{ProjectionType: dbtypes.ProjectionTypeAll}}
			if !s.OnDemand {
				gsi.ProvisionedThroughput = &dbtypes.ProvisionedThroughput{ReadCapacityUnits: aws.Int64(5), WriteCapacityUnits: aws.Int64(5)}
			}
			in.GlobalSecondaryIndexes = append(in.GlobalSecondaryIndexes, gsi)
		}
		if s.OnDemand {
			in.BillingMode = dbtypes.BillingModePayPerRequest
		} else {
			in.BillingMode = dbtypes.BillingModeProvisioned
			in.ProvisionedThroughput = &dbtypes.ProvisionedThroughput{ReadCapacityUnits: aws.Int64(5), WriteCapacityUnits: aws.Int64(5)}
		}
		if _, err := c.CreateTable(ctx, in); err != nil && !hasCode(err, "ResourceInUseException") {
			return err
		}
		w := dynamodb.NewTableExistsWaiter(c, func(o *dynamodb.TableExistsWaiterOptions) { o.MinDelay = 100 * time.Millisecond })
		if err := w.Wait(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)}, time.Minute); err != nil {
			return err
		}
	case err != nil:
		return err
	default:
		// A table made before an index was declared gets it added.
		for _, ix := range s.Indexes {
			if slices.ContainsFunc(dt.Table.GlobalSecondaryIndexes, func(g dbtypes.GlobalSecondaryIndexDescription) bool { return aws.ToString(g.IndexName) == ix.Name }) {
				continue
			}
			_, err := c.UpdateTable(ctx, &dynamodb.UpdateTableInput{
				TableName:            aws.String(name),
				AttributeDefinitions: attrs,
				GlobalSecondaryIndexUpdates: []dbtypes.GlobalSecondaryIndexUpdate{{Create: &dbtypes.CreateGlobalSecondaryIndexAction{
					IndexName: aws.String(ix.Name), KeySchema: indexKeys(ix), Projection: &dbtypes.Projection{ProjectionType: dbtypes.ProjectionTypeAll},
				}}},
			})
			if err != nil {
				return fmt.Errorf("adding index %s: %w", ix.Name, err)
			}
		}
	}
	_, err = c.UpdateContinuousBackups(ctx, &dynamodb.UpdateContinuousBackupsInput{
		TableName: aws.String(name),
		PointInTimeRecoverySpecification: &dbtypes.PointInTimeRecoverySpecification{
			PointInTimeRecoveryEnabled: aws.Bool(s.PointInTime),
		},
	})
	if err != nil || s.TTLAttribute == "" {
		return err
	}
	ttl, err := c.DescribeTimeToLive(ctx, &dynamodb.DescribeTimeToLiveInput{TableName: aws.String(name)})
	if err != nil {
		return err
	}
	if d := ttl.TimeToLiveDescription; d != nil && aws.ToString(d.AttributeName) == s.TTLAttribute &&
		(d.TimeToLiveStatus == dbtypes.TimeToLiveStatusEnabled || d.TimeToLiveStatus == dbtypes.TimeToLiveStatusEnabling) {
		return nil // enabling it again is an error
	}
	_, err = c.UpdateTimeToLive(ctx, &dynamodb.UpdateTimeToLiveInput{
		TableName:               aws.String(name),
		TimeToLiveSpecification: &dbtypes.TimeToLiveSpecification{AttributeName: aws.String(s.TTLAttribute), Enabled: aws.Bool(true)},
	})
	return err
}

func indexKeys(ix Index) []dbtypes.KeySchemaElement {
	return []dbtypes.KeySchemaElement{
		{AttributeName: aws.String(ix.HashKey), KeyType: dbtypes.KeyTypeHash},
		{AttributeName: aws.String(ix.RangeKey), KeyType: dbtypes.KeyTypeRange},
	}
}

// applyIdentity registers the sender. Local endpoints treat a created
// identity as verified; real SES would send a confirmation message.
func applyIdentity(ctx context.Context, c *sesv2.Client, sender string) error {
	_, err := c.CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String(sender)})
	var exists *sestypes.AlreadyExistsException
	if errors.As(err, &exists) {
		return nil
	}
	return err
}

func hasCode(err error, code string) bool {
	var ae smithy.APIError
	return errors.As(err, &ae) && ae.ErrorCode() == code
}

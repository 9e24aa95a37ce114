// Package stack declares the AWS resources the Lambda functions need — the
// stack's KMS key, the intake bucket and its notifications, the queue and
// its dead-letter queue, the ledger table and the sender's SES identity —
// and creates them on a
// local endpoint (moto_server or LocalStack). The settings mirror
// template.yaml; a test keeps the two in step.
package stack

import "github.com/safeguarding-intake/intake/internal/aws/dynamoledger"

// Names are the resources' names, taken from the functions' environment.
type Names struct {
	Bucket          string // INTAKE_BUCKET
	Queue           string // INTAKE_QUEUE
	DeadLetterQueue string // INTAKE_DLQ, default INTAKE_QUEUE + "-dlq"
	// MailQueue carries the inbound-email/ notifications to the mailin
	// function.
	MailQueue           string // INTAKE_MAIL_QUEUE, default INTAKE_QUEUE + "-mail"
	MailDeadLetterQueue string // default the mail queue's name + "-dlq"
	Table               string // LEDGER_TABLE
	Sender              string // SENDER_ADDRESS
	// Key is the alias of the stack's KMS key (the functions' KMS_KEY_ID
	// names it by ARN), default "alias/" + Bucket.
	Key string
}

// WithDefaults fills in the names that follow from others.
func (n Names) WithDefaults() Names {
	if n.DeadLetterQueue == "" {
		n.DeadLetterQueue = n.Queue + "-dlq"
	}
	if n.MailQueue == "" {
		n.MailQueue = n.Queue + "-mail"
	}
	if n.MailDeadLetterQueue == "" {
		n.MailDeadLetterQueue = n.MailQueue + "-dlq"
	}
	if n.Key == "" {
		n.Key = "alias/" + n.Bucket
	}
	return n
}

// Spec is every setting of the resources that matters to the service.
type Spec struct {
	Key            Key
	Bucket         Bucket
	Queue          Queue
	DeadLetter     Queue
	MailQueue      Queue
	MailDeadLetter Queue
	Table          Table
}

// Key holds the settings of the stack's one customer-managed KMS key.
type Key struct {
	Rotation bool
}

// Bucket holds the intake bucket's settings.
type Bucket struct {
	Versioning   bool
	SSEAlgorithm string
	// KMS is true when objects are encrypted by default under the stack's
	// key, with an S3 Bucket Key.
	KMS         bool
	BlockPublic bool
	// Ownership is the object ownership rule (BucketOwnerEnforced: no ACLs).
	Ownership string
	Lifecycle []LifecycleRule
	// Notify lists the key prefixes whose ObjectCreated events go to a
	// queue.
	Notify []Notification
}

// LifecycleRule is one bucket lifecycle rule; zero days mean "not set".
type LifecycleRule struct {
	ID                 string
	Prefix             string
	ExpireDays         int32
	NoncurrentDays     int32
	InfrequentDays     int32 // transition to STANDARD_IA
	AbortMultipartDays int32
}

// Notification sends events for keys under Prefix to a queue.
type Notification struct {
	ID     string
	Event  string
	Prefix string
	Queue  string // "intake" or "mail"
}

// Queue holds a queue's settings. MaxReceiveCount is zero for a queue
// without a redrive policy.
type Queue struct {
	VisibilityTimeout int32 // seconds; zero leaves the default
	RetentionSeconds  int32
	ManagedSSE        bool
	KMS               bool // encrypted under the stack's key
	MaxReceiveCount   int32
}

// Table holds the ledger table's settings.
type Table struct {
	HashKey, RangeKey string // both strings
	OnDemand          bool
	PointInTime       bool
	Encrypted         bool
	KMS               bool // under the stack's key, not an AWS-owned one
	// TTLAttribute is the time-to-live attribute (the portal's sign-in
	// counters expire through it).
	TTLAttribute string
	// Indexes are the global secondary indexes, each projecting every
	// attribute.
	Indexes []Index
}

// Index is a global secondary index with string keys.
type Index struct {
	Name, HashKey, RangeKey string
}

// Default is the specification template.yaml deploys, with its parameters'
// default values.
func Default() Spec {
	const twoWeeks = 14 * 24 * 60 * 60
	const records = 2557 // RecordRetentionDays
	return Spec{
		Key: Key{Rotation: true},
		Bucket: Bucket{
			Versioning:   true,
			SSEAlgorithm: "aws:kms",
			KMS:          true,
			BlockPublic:  true,
			Ownership:    "BucketOwnerEnforced",
			Lifecycle: []LifecycleRule{
				{ID: "inbound-email", Prefix: "inbound-email/", ExpireDays: 90, NoncurrentDays: 30},
				{ID: "receipts", Prefix: "receipts/", ExpireDays: records, NoncurrentDays: 30, InfrequentDays: 30},
				{ID: "submissions", Prefix: "submissions/", ExpireDays: records, NoncurrentDays: 30, InfrequentDays: 30},
				{ID: "sins", Prefix: "sins/", ExpireDays: 90, NoncurrentDays: 30},
				{ID: "abort-uploads", AbortMultipartDays: 7},
			},
			Notify: []Notification{
				{ID: "submissions", Event: "s3:ObjectCreated:*", Prefix: "submissions/", Queue: "intake"},
				{ID: "inbound-email", Event: "s3:ObjectCreated:*", Prefix: "inbound-email/", Queue: "mail"},
				{ID: "sins", Event: "s3:ObjectCreated:*", Prefix: "sins/", Queue: "intake"},
			},
		},
		// 1080 s is six times the function's 180 s timeout.
		Queue:          Queue{VisibilityTimeout: 1080, RetentionSeconds: twoWeeks, KMS: true, MaxReceiveCount: 5},
		DeadLetter:     Queue{RetentionSeconds: twoWeeks, KMS: true},
		MailQueue:      Queue{VisibilityTimeout: 1080, RetentionSeconds: twoWeeks, KMS: true, MaxReceiveCount: 5},
		MailDeadLetter: Queue{RetentionSeconds: twoWeeks, KMS: true},
		Table: Table{HashKey: "PK", RangeKey: "SK", OnDemand: true, PointInTime: true, Encrypted: true, KMS: true, TTLAttribute: "expires",
			Indexes: ledgerIndexes()},
	}
}

// ledgerIndexes are the indexes the ledger's lists read.
func ledgerIndexes() []Index {
	var out []Index
	for _, ix := range dynamoledger.Indexes {
		out = append(out, Index{Name: ix.Name, HashKey: ix.Hash, RangeKey: dynamoledger.RankAttribute})
	}
	return out
}

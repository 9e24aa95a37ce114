// Command intake is the Lambda function that takes S3 notifications of
// uploaded and emailed submissions from SQS and runs each through the
// pipeline with the AWS adapters. main wires; handler.go translates.
package main

import (
	"context"
	"errors"
	"os"
	"time"
	_ "time/tzdata" // Europe/London, whatever the image carries

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/aws/lambdaenv"
	"github.com/safeguarding-intake/intake/internal/aws/s3blob"
	"github.com/safeguarding-intake/intake/internal/aws/sesmail"
	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/routing"
)

// Links to an upload name the version the pipeline checked.
var _ pipeline.VersionedBlobs = (*s3blob.Store)(nil)

func main() {
	log := lambdaenv.Log()
	cfg, err := loadConfig(os.Getenv)
	if err != nil {
		log.Fatal(err)
	}
	log.SetLevel(cfg.LogLevel)
	awsCfg, err := lambdaenv.AWSConfig(context.Background(), log)
	if err != nil {
		log.Fatal(err)
	}
	h, err := newHandler(cfg, awsCfg, log)
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(h.Handle)
}

// readLimit bounds what one record reads into memory (the function has
// 1 GB). Documents between the pipeline's own limit and this are read and
// rejected as too large; larger ones are left to the dead-letter queue.
const readLimit = 256 << 20

// newHandler builds the handler and the pipeline behind it on AWS.
func newHandler(cfg config, awsCfg aws.Config, log logrus.FieldLogger) (*handler, error) {
	routes := routing.Default()
	if err := routes.ApplyEnv(cfg.Getenv); err != nil {
		return nil, err
	}
	awsCfg.Logger = lambdaenv.SDKLogger(log) // the handler's log, as tests give it
	s3c := s3blob.NewClient(awsCfg)
	blobs := s3blob.New(s3c, s3.NewPresignClient(s3c), cfg.Bucket)
	blobs.MaxBytes = readLimit
	blobs.KMSKey = cfg.KMSKey
	ledger := dynamoledger.New(dynamodb.NewFromConfig(awsCfg), cfg.Table)
	p := &pipeline.Pipeline{
		Blobs:        blobs,
		Ledger:       ledger,
		Mailer:       sesmail.New(sesv2.NewFromConfig(awsCfg)),
		Registry:     registry.Default(),
		Routes:       routes,
		Sender:       cfg.Sender,
		AttachLimit:  cfg.AttachLimit,
		Limits:       extract.Limits{MaxBytes: cfg.DocumentLimit},
		Round2023Due: cfg.Round2023Due,
	}
	return &handler{
		bucket:    cfg.Bucket,
		objects:   blobs,
		pipeline:  p,
		isMissing: func(err error) bool { return errors.Is(err, s3blob.ErrNotFound) },
		// The pipeline's extraction budget (30 s) with room for storage,
		// the ledger and mail.
		reserve: 45 * time.Second,
		log:     log,
		now:     time.Now,
		imports: importer{store: ledger, reg: p.Registry},
	}, nil
}

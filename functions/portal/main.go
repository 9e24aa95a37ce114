// Command portal is the Lambda function behind a Function URL that serves
// the partnership portal and the staff view: the same pages as 'intake
// serve', with uploads going straight to S3 by presigned POST, the ledger
// and sign-in codes in DynamoDB, and resends through SES. main wires;
// handler.go translates.
package main

import (
	"context"
	"os"
	_ "time/tzdata" // Europe/London, whatever the image carries

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/dynamocred"
	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/aws/lambdaenv"
	"github.com/safeguarding-intake/intake/internal/aws/s3blob"
	"github.com/safeguarding-intake/intake/internal/aws/s3upload"
	"github.com/safeguarding-intake/intake/internal/aws/sesmail"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/portal"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/routing"
)

func main() {
	log := lambdaenv.Log()
	cfg, err := loadConfig(os.Getenv)
	if err != nil {
		log.Fatal(err)
	}
	log.SetLevel(cfg.LogLevel)
	ctx := context.Background()
	awsCfg, err := lambdaenv.AWSConfig(ctx, log)
	if err != nil {
		log.Fatal(err)
	}
	h, err := newServer(ctx, cfg, awsCfg, log)
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(adapter{h: h}.Handle)
}

// newServer builds the portal on the AWS adapters.
func newServer(ctx context.Context, cfg config, awsCfg aws.Config, log logrus.FieldLogger) (*portal.Server, error) {
	routes := routing.Default()
	if err := routes.ApplyEnv(cfg.Getenv); err != nil {
		return nil, err
	}
	s3c := s3blob.NewClient(awsCfg)
	presign := s3.NewPresignClient(s3c)
	blobs := s3blob.New(s3c, presign, cfg.Bucket)
	blobs.KMSKey = cfg.KMSKey
	ddb := dynamodb.NewFromConfig(awsCfg)
	ledger := dynamoledger.New(ddb, cfg.Table)
	uploads := s3upload.New(s3c, presign, cfg.Bucket)
	uploads.MaxBytes = cfg.DocumentLimit
	uploads.KMSKey = cfg.KMSKey
	origin, err := uploads.Origin(ctx)
	if err != nil {
		return nil, err
	}
	p := &pipeline.Pipeline{
		Blobs: blobs, Ledger: ledger, Mailer: sesmail.New(sesv2.NewFromConfig(awsCfg)),
		Registry: registry.Default(), Routes: routes, Sender: cfg.Sender,
	}
	creds := dynamocred.New(ddb, cfg.Table)
	return portal.New(portal.Config{
		Ledger:       ledger,
		Audit:        ledger,
		Uploads:      uploads,
		Credentials:  creds,
		SignOuts:     creds,
		Files:        receipts{blobs},
		Resender:     p,
		Obligations:  ledger,
		Round2023Due: cfg.Round2023Due,
		Limiter:      dynamocred.NewLimiter(ddb, cfg.Table, nil),
		Registry:     p.Registry,
		SessionKey:   cfg.SessionKey,
		FormOrigins:  []string{origin},
		BaseURL:      cfg.BaseURL,
		MaxBytes:     cfg.DocumentLimit,
		Log:          log,
	})
}

// receipts reads receipts from the bucket for download.
type receipts struct{ blobs *s3blob.Store }

func (r receipts) Read(ctx context.Context, key string) ([]byte, error) {
	data, _, _, err := r.blobs.Get(ctx, key)
	return data, err
}

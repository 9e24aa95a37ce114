// Command mailin is the Lambda function that takes the raw messages SES
// stores under inbound-email/ and writes one submission object per
// document each carries under submissions/, for the intake function to
// process like any upload. main wires; handler.go translates.
package main

import (
	"context"
	"errors"
	"os"
	_ "time/tzdata" // Europe/London, whatever the image carries

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/lambdaenv"
	"github.com/safeguarding-intake/intake/internal/aws/s3blob"
	"github.com/safeguarding-intake/intake/internal/registry"
)

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
	h := newHandler(cfg, s3blob.NewClient(awsCfg), log)
	lambda.Start(h.Handle)
}

// newHandler builds the handler on an S3 client.
func newHandler(cfg config, s3c *s3.Client, log logrus.FieldLogger) *handler {
	blobs := s3blob.New(s3c, s3.NewPresignClient(s3c), cfg.Bucket)
	// SES accepts messages up to 40 MB; room for its own header fields.
	blobs.MaxBytes = 48 << 20
	blobs.KMSKey = cfg.KMSKey
	return &handler{
		bucket:    cfg.Bucket,
		objects:   blobs,
		store:     blobs,
		registry:  registry.Default(),
		isMissing: func(err error) bool { return errors.Is(err, s3blob.ErrNotFound) },
		log:       log,
	}
}

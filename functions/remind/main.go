// Command remind is the Lambda function the schedule starts each working
// day at 07:00 Europe/London: it emails each partnership what it owes that
// is due within five working days or overdue, and the staff their digest
// (DESIGN 4.8). main wires; handler.go runs.
package main

import (
	"context"
	"os"
	"time"
	_ "time/tzdata" // Europe/London, whatever the image carries

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/dynamocontacts"
	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/aws/lambdaenv"
	"github.com/safeguarding-intake/intake/internal/aws/sesmail"
	"github.com/safeguarding-intake/intake/internal/obligations"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/remind"
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
	lambda.Start(newHandler(cfg, awsCfg, log).Handle)
}

// newHandler wires the reminders to the ledger table and SES.
func newHandler(cfg config, awsCfg aws.Config, log logrus.FieldLogger) *handler {
	awsCfg.Logger = lambdaenv.SDKLogger(log)
	ddb := dynamodb.NewFromConfig(awsCfg)
	return &handler{
		runner: &remind.Runner{
			Store: dynamoledger.New(ddb, cfg.Table),
			// A partnership's sign-in address, else its latest submitter.
			Contacts:     dynamocontacts.New(ddb, cfg.Table).Contacts,
			Mailer:       sesmail.New(sesv2.NewFromConfig(awsCfg)),
			Sender:       cfg.Sender,
			Digest:       cfg.Digest,
			Partnerships: obligations.Partnerships(registry.Default()),
			Round:        obligations.Round2023Until(cfg.Round2023Due),
		},
		log: log,
		now: time.Now,
	}
}

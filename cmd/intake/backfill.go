package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
)

const backfillUsage = `usage: intake backfill [--dry-run]

Brings the deployed ledger table (LEDGER_TABLE, reached with the default
AWS configuration) up to this version's lists: every submission gets the
keys of the list indexes (by month), and the directory every month and
partnership. It reads the whole table once; running it again changes
nothing. The embedded ledger needs no backfill.
`

func cmdBackfill(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("backfill", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, backfillUsage); fs.PrintDefaults() }
	dryRun := fs.Bool("dry-run", false, "count what would change and write nothing")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("backfill takes no arguments: %w", errUsage)
	}
	table := strings.TrimSpace(getenv("LEDGER_TABLE"))
	if table == "" {
		return fmt.Errorf("backfill needs LEDGER_TABLE set to the stack's LedgerTableName output: %w", errUsage)
	}
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return fmt.Errorf("loading the AWS configuration: %w", err)
	}
	client := dynamodb.NewFromConfig(cfg)
	rep, err := dynamoledger.New(client, table).Backfill(ctx, client, *dryRun)
	if err != nil {
		return err
	}
	verb := "updated"
	if *dryRun {
		verb = "would update"
	}
	fmt.Fprintf(stdout, "%d submissions read, %s %d", rep.Submissions, verb, rep.Updated)
	if rep.Changed > 0 {
		fmt.Fprintf(stdout, " (%d rewritten meanwhile, left as written)", rep.Changed)
	}
	fmt.Fprintf(stdout, "; the directory names %d months and %d partnerships\n", rep.Months, rep.Partnerships)
	return nil
}

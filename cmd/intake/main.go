// Command intake runs the safeguarding document intake pipeline on a
// laptop, with everything kept in a local data folder: originals and
// receipts, the ledger, and an outbox of the emails that would be sent.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	_ "time/tzdata" // Europe/London on machines without a zone database
)

const usage = `intake: take in safeguarding documents, check them and route them.

Usage:
  intake process [flags] FILE|FOLDER...
                                   run each file, or a folder's files, through the whole pipeline
  intake deliveries [flags]        list recorded submissions and deliveries
  intake extract FILE              print the text the pipeline reads from a file
  intake serve [flags]             the partnership portal and staff view on 127.0.0.1
  intake credentials issue|revoke  issue or revoke portal sign-in codes
  intake sins import FILE.csv      import serious incident notifications (DESIGN 4.8)
  intake baseline import FILE.csv  import when each partnership last published a yearly report
  intake obligations [flags]       what each partnership owes, when it is due, and what met it
  intake remind [flags]            email partnerships what is due soon or overdue, and staff a digest
  intake backfill [--dry-run]      bring the deployed ledger table (LEDGER_TABLE) up to this version's lists

Run 'intake COMMAND -h' for a command's flags.
`

// exit statuses
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// errUsage marks errors that are the caller's to fix (exit status 2).
var errUsage = errors.New("usage")

// flagError turns a flag set's parse error into the command's: asking for
// help (-h) is no error, the flags having printed it; anything else is
// bad usage, which the flag set has explained.
func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return flag.ErrHelp
	}
	return errUsage
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "process":
		err = cmdProcess(ctx, args[1:], stdout, stderr, getenv)
	case "deliveries":
		err = cmdDeliveries(ctx, args[1:], stdout, stderr)
	case "extract":
		err = cmdExtract(ctx, args[1:], stdout, stderr)
	case "serve":
		err = cmdServe(ctx, args[1:], stdout, stderr, getenv)
	case "credentials":
		err = cmdCredentials(ctx, args[1:], stdout, stderr, getenv)
	case "sins", "baseline":
		err = cmdImport(ctx, args[0], args[1:], stdout, stderr)
	case "obligations":
		err = cmdObligations(ctx, args[1:], stdout, stderr, getenv)
	case "remind":
		err = cmdRemind(ctx, args[1:], stdout, stderr, getenv)
	case "backfill":
		err = cmdBackfill(ctx, args[1:], stdout, stderr, getenv)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "intake: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		if msg := err.Error(); msg != errUsage.Error() {
			fmt.Fprintln(stderr, "intake:", trimUsage(msg))
		}
		return exitUsage
	case errors.Is(err, errReported):
		return exitFailure
	default:
		fmt.Fprintln(stderr, "intake:", err)
		return exitFailure
	}
}

// errReported is a failure already explained on stderr.
var errReported = errors.New("reported")

func trimUsage(msg string) string {
	const suffix = ": " + "usage"
	if len(msg) > len(suffix) && msg[len(msg)-len(suffix):] == suffix {
		return msg[:len(msg)-len(suffix)]
	}
	return msg
}

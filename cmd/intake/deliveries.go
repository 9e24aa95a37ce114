package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func cmdDeliveries(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("intake deliveries", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", ".intake", "the data folder given to 'intake process'")
	asJSON := fs.Bool("json", false, "print one JSON outcome per submission, one per line")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: %w", fs.Arg(0), errUsage)
	}
	led, err := openLedger(*data, false)
	if err != nil {
		return err
	}
	defer led.Close()
	recs, err := led.List(ctx)
	if err != nil {
		return fmt.Errorf("reading the ledger: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		for _, r := range recs {
			if err := enc.Encode(r.Outcome.ForJSON()); err != nil {
				return err
			}
		}
		return nil
	}
	if len(recs) == 0 {
		fmt.Fprintf(stdout, "No submissions recorded in %s yet. Run 'intake process FILE' first.\n", *data)
		return nil
	}
	for _, r := range recs {
		writeDeliveries(stdout, r.Outcome)
	}
	return nil
}

// writeDeliveries prints one submission as a few lines, none wider than
// lineWidth: reference, when received, status and file; the partnership;
// then each delivery with its time and address.
func writeDeliveries(w io.Writer, o intake.Outcome) {
	partnership := "partnership unknown"
	if o.Partnership != nil {
		partnership = o.Partnership.Name
	}
	head := fmt.Sprintf("%-14s  %s  %-9s  ", o.ID, o.Received.In(londonLoc()).Format("2006-01-02 15:04"), o.Status)
	fmt.Fprintln(w, head+elide(o.File, lineWidth-utf8.RuneCountInString(head)))
	fmt.Fprintln(w, "    "+elide(partnership, lineWidth-4))
	if len(o.Deliveries) == 0 {
		fmt.Fprintln(w, "    no deliveries")
	}
	for _, d := range o.Deliveries {
		at := "-"
		if !d.At.IsZero() {
			at = d.At.In(londonLoc()).Format("2006-01-02 15:04")
		}
		fmt.Fprint(w, wrap(fmt.Sprintf("    %-9s %-10s %-16s  ", d.Status, d.Recipient, at), d.Address, lineWidth))
	}
}

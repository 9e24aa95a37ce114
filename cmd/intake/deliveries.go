package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
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
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "REFERENCE\tRECEIVED\tSTATUS\tRECIPIENT\tADDRESS\tDELIVERY\tAT")
	for _, r := range recs {
		received := r.Received.In(londonLoc()).Format("2006-01-02 15:04")
		if len(r.Deliveries) == 0 {
			fmt.Fprintf(w, "%s\t%s\t%s\t-\t-\t-\t\n", r.ID, received, r.Status)
		}
		for _, d := range r.Deliveries {
			at := ""
			if !d.At.IsZero() {
				at = d.At.In(londonLoc()).Format("2006-01-02 15:04")
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, received, r.Status, d.Recipient, d.Address, d.Status, at)
		}
	}
	return w.Flush()
}

package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/inbound"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
)

// processFlags are the flags of 'intake process' (DESIGN 4.1).
type processFlags struct {
	kind, partnership, received, published, submitter string
	data, routes                                      string
	json                                              bool
}

func cmdProcess(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var f processFlags
	fs := flag.NewFlagSet("intake process", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.kind, "kind", "", "document kind: rapid_review, yearly_report or arrangements (default: decided from the text)")
	fs.StringVar(&f.partnership, "partnership", "", "the uploading partnership: local authority name, ONS code or DfE code (default: decided from the document)")
	fs.StringVar(&f.received, "received", "", "when the document was received: RFC 3339 or YYYY-MM-DD (default: now)")
	fs.StringVar(&f.published, "published", "", "a yearly report's publication date, YYYY-MM-DD (overrides the text)")
	fs.StringVar(&f.submitter, "submitter", "", "the submitter's email address, who is sent the receipt")
	fs.StringVar(&f.data, "data", ".intake", "folder for the ledger, originals, receipts and outbox")
	fs.StringVar(&f.routes, "routes", "", "a routes file to use instead of the built-in one")
	fs.BoolVar(&f.json, "json", false, "print one JSON outcome per file, one per line")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: intake process [flags] FILE...")
		fs.PrintDefaults()
	}
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(files) == 0 {
		fs.Usage()
		return fmt.Errorf("no files given: %w", errUsage)
	}
	if _, ok := intake.ParseKind(f.kind); !ok {
		return fmt.Errorf("--kind %q is not one of rapid_review, yearly_report, arrangements: %w", f.kind, errUsage)
	}
	received := time.Now()
	if f.received != "" {
		if received, err = parseReceived(f.received); err != nil {
			return fmt.Errorf("--received: %v: %w", err, errUsage)
		}
	}
	if f.published != "" {
		if _, err := intake.ParseISODate(f.published); err != nil {
			return fmt.Errorf("--published %q is not a date like 2024-09-30: %w", f.published, errUsage)
		}
	}
	if f.submitter != "" {
		if f.submitter, err = normaliseAddress(f.submitter); err != nil {
			return fmt.Errorf("--submitter: %v: %w", err, errUsage)
		}
	}

	env, err := openLocal(f.data, f.routes, getenv)
	if err != nil {
		return err
	}
	defer env.Close()

	progress := newProgress(stderr, len(files))
	var failed bool
	var table *tabwriter.Writer
	if !f.json {
		table = tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	}
	for i, name := range files {
		progress.step(i, name)
		outs, err := processFile(ctx, env.pipeline, name, f, received)
		for _, out := range outs {
			if f.json {
				if err := json.NewEncoder(stdout).Encode(out.ForJSON()); err != nil {
					return err
				}
			} else {
				writeOutcome(table, out)
			}
		}
		if err != nil {
			failed = true
			progress.clear()
			fmt.Fprintf(stderr, "intake: %s: %v\n", name, err)
		}
		if ctx.Err() != nil {
			progress.clear()
			return fmt.Errorf("interrupted after %d of %d files", i+1, len(files))
		}
	}
	progress.done()
	if table != nil {
		table.Flush()
	}
	if failed {
		return errReported
	}
	return nil
}

// processFile runs one file through the pipeline: one outcome for a
// document, or one per document an email (.eml) carried.
func processFile(ctx context.Context, p *pipeline.Pipeline, name string, f processFlags, received time.Time) ([]intake.Outcome, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read the file: %w", unwrapPath(err))
	}
	base := filepath.Base(name)
	srcs := []pipeline.Source{{
		Name:     base,
		Data:     data,
		Key:      "cli:" + base + ":" + sha256Hex(data),
		Channel:  intake.CLI,
		Received: received,
	}}
	if strings.EqualFold(filepath.Ext(base), ".eml") || extract.Sniff(data) == extract.TypeEmail {
		// The message's own Date is when it was received, unless the
		// operator says otherwise.
		srcs = inbound.Read(data, inbound.Options{File: base, Registry: p.Registry, Received: received})
		if f.received == "" {
			received = time.Time{}
		}
	}
	var outs []intake.Outcome
	for _, src := range srcs {
		if !received.IsZero() {
			src.Received = received
		}
		if f.kind != "" {
			src.Kind = f.kind
		}
		if f.partnership != "" {
			src.Partnership = f.partnership
		}
		src.Published = f.published
		if f.submitter != "" && (src.Channel != intake.Email || src.Submitter != "") {
			// An email's reply goes to its sender, and only once; the
			// flag redirects that reply, never adds one.
			src.Submitter = f.submitter
		}
		out, err := p.Process(ctx, src)
		outs = append(outs, out)
		if err != nil {
			return outs, err
		}
	}
	// An email's one reply goes out with its last document: the first
	// document's outcome, taken before, is shown as it ended.
	for i := range outs[:len(outs)-1] {
		if srcs[i].Parts < 2 || outs[i].ID == "" {
			continue
		}
		rec, found, err := p.Ledger.Get(ctx, outs[i].ID)
		if err != nil {
			return outs, err
		}
		if found {
			outs[i].Deliveries = rec.Deliveries
		}
	}
	return outs, nil
}

// parseInterleaved parses flags that may come before, between or after the
// file names, as people type them.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return files, nil
		}
		if args[0] == "--" {
			return append(files, args[1:]...), nil
		}
		files = append(files, args[0])
		args = args[1:]
	}
}

// parseReceived reads RFC 3339 or a calendar date, taken as the start of
// that day in Europe/London.
func parseReceived(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if d, err := time.ParseInLocation(time.DateOnly, s, intake.London); err == nil {
		return d, nil
	}
	return time.Time{}, fmt.Errorf("%q is neither a date like 2025-03-21 nor a time like 2025-03-21T10:15:00Z", s)
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// writeOutcome prints one outcome as a few readable lines.
func writeOutcome(w *tabwriter.Writer, o intake.Outcome) {
	partnership := "partnership unknown"
	if o.Partnership != nil {
		partnership = o.Partnership.Name
	}
	id := o.ID
	if id == "" {
		id = "-"
	}
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", id, o.Status, o.Kind.Label(), partnership, o.File)
	for _, fd := range o.Findings {
		fmt.Fprintf(w, "\t  %s\t%s\t%s\n", fd.Severity, fd.Code, fd.Message)
	}
	if o.Deadline != nil {
		met := "met"
		if !o.Deadline.Met {
			met = "missed"
		}
		fmt.Fprintf(w, "\t  deadline\t%s\t%s (%s)\n", o.Deadline.Due, met, o.Deadline.Rule)
	}
	for _, d := range o.Deliveries {
		fmt.Fprintf(w, "\t  %s\t%s\t%s\n", d.Status, d.Recipient, d.Address)
	}
	if o.Receipt != "" {
		fmt.Fprintf(w, "\t  receipt\t%s\t\n", o.Receipt)
	}
}

// progress draws a one-line progress bar on stderr for batches, when
// stderr is a terminal.
type progress struct {
	w     io.Writer
	total int
	on    bool
}

func newProgress(w io.Writer, total int) *progress {
	on := false
	if f, ok := w.(*os.File); ok && total > 3 {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	return &progress{w: w, total: total, on: on}
}

func (p *progress) step(i int, name string) {
	if !p.on {
		return
	}
	const width = 30
	filled := width * i / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %-30.30s", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), i, p.total, filepath.Base(name))
}

func (p *progress) clear() {
	if p.on {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 80))
	}
}

func (p *progress) done() {
	if p.on {
		p.clear()
		fmt.Fprintf(p.w, "Processed %d files.\n", p.total)
	}
}

// attachLimit reads ATTACH_LIMIT_BYTES, if set.
func attachLimit(getenv func(string) string) (int64, error) {
	v := strings.TrimSpace(getenv("ATTACH_LIMIT_BYTES"))
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("ATTACH_LIMIT_BYTES=%q is not a positive number of bytes", v)
	}
	return n, nil
}

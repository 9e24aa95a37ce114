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
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/local/localcred"
	"github.com/safeguarding-intake/intake/internal/local/outbox"
	"github.com/safeguarding-intake/intake/internal/obligations"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/remind"
)

// cmdImport runs 'intake sins import' and 'intake baseline import': the
// file is checked whole, and imported only when every row is good.
func cmdImport(ctx context.Context, what string, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "import" {
		fmt.Fprintf(stderr, "Usage: intake %s import [--data DIR] FILE.csv\n", what)
		return fmt.Errorf("intake %s takes the subcommand import: %w", what, errUsage)
	}
	fs := flag.NewFlagSet("intake "+what+" import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", ".intake", "the data folder")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: intake %s import [--data DIR] FILE.csv\n", what)
		fs.PrintDefaults()
	}
	files, err := parseInterleaved(fs, args[1:])
	if err != nil {
		return flagError(err)
	}
	if len(files) != 1 {
		fs.Usage()
		return fmt.Errorf("give one CSV file: %w", errUsage)
	}
	raw, err := readLimited(files[0], obligations.MaxFileBytes)
	if err != nil {
		return err
	}
	led, err := openLedger(*data, true)
	if err != nil {
		return err
	}
	defer led.Close()
	imp := obligations.ImportSINs
	if what == "baseline" {
		imp = obligations.ImportBaseline
	}
	n, err := imp(ctx, led, filepath.Base(files[0]), raw, registry.Default())
	var ie *obligations.ImportError
	if errors.As(err, &ie) {
		fmt.Fprintln(stderr, "intake:", ie)
		return errReported
	}
	if err != nil {
		return err
	}
	noun := "SINs"
	if what == "baseline" {
		noun = "baseline rows"
	}
	fmt.Fprintf(stdout, "Imported %d %s from %s into %s.\n", n, noun, files[0], *data)
	return nil
}

// readLimited reads a file of at most limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: nothing imported: the file is more than %d bytes", path, limit)
	}
	return data, nil
}

// atFlag parses --at: a date (default today, Europe/London).
func atFlag(s string) (time.Time, error) {
	if s == "" {
		return intake.Day(time.Now()), nil
	}
	t, err := parseReceived(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--at: %v: %w", err, errUsage)
	}
	return intake.Day(t), nil
}

func cmdObligations(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("intake obligations", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", ".intake", "the data folder")
	atS := fs.String("at", "", "the date to look from, YYYY-MM-DD (default: today)")
	partnership := fs.String("partnership", "", "only this partnership: local authority name, ONS code or DfE code")
	kind := fs.String("obligation", "", "only this obligation: rapid_review, practice_review, yearly_report or arrangements")
	status := fs.String("status", "", "only this status: overdue, due, met or unknown")
	asJSON := fs.Bool("json", false, "print one JSON object per obligation, one per line (DESIGN 4.8)")
	asCSV := fs.Bool("csv", false, "print CSV with a header row")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: %w", fs.Arg(0), errUsage)
	}
	if *asJSON && *asCSV {
		return fmt.Errorf("give --json or --csv, not both: %w", errUsage)
	}
	at, err := atFlag(*atS)
	if err != nil {
		return err
	}
	due, err := intake.Round2023DueFrom(getenv)
	if err != nil {
		return err
	}
	reg := registry.Default()
	f, err := parseFilter(reg, *partnership, *kind, *status)
	if err != nil {
		return err
	}
	led, err := openLedger(*data, false)
	if err != nil {
		return err
	}
	defer led.Close()
	all, _, err := obligations.Load(ctx, led, obligations.Partnerships(reg), at, obligations.Round2023Until(due))
	if err != nil {
		return fmt.Errorf("reading the ledger: %w", err)
	}
	obs := f.Apply(all)
	switch {
	case *asJSON:
		enc := json.NewEncoder(stdout)
		for _, o := range obs {
			if err := enc.Encode(o); err != nil {
				return err
			}
		}
		return nil
	case *asCSV:
		return obligations.WriteCSV(stdout, obs, at)
	}
	return writeObligations(stdout, obs, at)
}

// parseFilter checks the filters people give and resolves the
// partnership.
func parseFilter(reg *registry.Registry, partnership, kind, status string) (obligations.Filter, error) {
	var f obligations.Filter
	if partnership != "" {
		p, ok := reg.Resolve(partnership)
		if !ok {
			return f, fmt.Errorf("--partnership %q is not a partnership we know: %w", partnership, errUsage)
		}
		f.Partnership = p.ID
	}
	if kind != "" {
		if !slices.Contains(obligations.Kinds, obligations.Kind(kind)) {
			return f, fmt.Errorf("--obligation %q is not one of rapid_review, practice_review, yearly_report, arrangements: %w", kind, errUsage)
		}
		f.Kind = obligations.Kind(kind)
	}
	if status != "" {
		if !slices.Contains(obligations.Statuses, obligations.Status(status)) {
			return f, fmt.Errorf("--status %q is not one of overdue, due, met, unknown: %w", status, errUsage)
		}
		f.Status = obligations.Status(status)
	}
	return f, nil
}

// writeObligations prints the readable table and its summary line.
func writeObligations(w io.Writer, obs []obligations.Obligation, at time.Time) error {
	fmt.Fprintf(w, "Obligations at %s\n\n", intake.ISODate(at))
	if len(obs) == 0 {
		fmt.Fprintln(w, "None.")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PARTNERSHIP\tOBLIGATION\tREF\tDUE\tSTATUS\tLATE\tMET BY")
	for _, o := range obs {
		due, ref := "-", "-"
		if !o.Due.IsZero() {
			due, ref = intake.ISODate(o.Due), o.Ref
		}
		st := string(o.Status)
		if o.DueSoon(at) {
			st = "due soon"
		}
		late := ""
		if n := o.DaysLate(at); n > 0 {
			late = fmt.Sprintf("%d working days", n)
		}
		met := o.MetBy
		if met == "" {
			met = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", trimCell(o.Partnership.Name, 48), o.Kind, trimCell(ref, 24), due, st, late, met)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s.\n", obligations.Summarise(obs, at))
	return nil
}

// trimCell keeps a table cell on one line and within n characters.
func trimCell(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func cmdRemind(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("intake remind", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", ".intake", "the data folder; emails go to its outbox")
	atS := fs.String("at", "", "the date of the run, YYYY-MM-DD (default: today)")
	digest := fs.String("digest", "", "the staff digest's address (default: STAFF_DIGEST_ADDRESS; none when neither is set)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: %w", fs.Arg(0), errUsage)
	}
	at, err := atFlag(*atS)
	if err != nil {
		return err
	}
	due, err := intake.Round2023DueFrom(getenv)
	if err != nil {
		return err
	}
	to := strings.TrimSpace(*digest)
	if to == "" {
		to = strings.TrimSpace(getenv("STAFF_DIGEST_ADDRESS"))
	}
	if to != "" {
		if to, err = normaliseAddress(to); err != nil {
			return fmt.Errorf("digest address: %v: %w", err, errUsage)
		}
	}
	sender := defaultSender
	if v := strings.TrimSpace(getenv("SENDER_ADDRESS")); v != "" {
		if sender, err = normaliseAddress(v); err != nil {
			return fmt.Errorf("SENDER_ADDRESS: %v", err)
		}
	}
	led, err := openLedger(*data, false)
	if err != nil {
		return err
	}
	defer led.Close()
	r := &remind.Runner{
		Store:        led,
		Mailer:       outbox.New(filepath.Join(*data, "outbox")),
		Sender:       sender,
		Digest:       to,
		Partnerships: obligations.Partnerships(registry.Default()),
		Round:        obligations.Round2023Until(due),
		Contacts:     localContacts(*data),
	}
	rep, err := r.Run(ctx, at)
	writeReport(stdout, rep, at, *data)
	return err
}

// localContacts reads the partnerships' sign-in addresses from the data
// folder's credentials.
func localContacts(data string) func(context.Context) (map[string]string, error) {
	return func(context.Context) (map[string]string, error) {
		c, err := localcred.Open(credentialsFile(data))
		if err != nil {
			return nil, err
		}
		return c.Contacts()
	}
}

func writeReport(w io.Writer, rep remind.Report, at time.Time, data string) {
	fmt.Fprintf(w, "Reminders at %s: %d obligations computed.\n", intake.ISODate(at), rep.Obligation)
	if len(rep.Sent) == 0 {
		fmt.Fprintln(w, "No new reminders to send.")
	}
	for _, s := range rep.Sent {
		fmt.Fprintf(w, "  %s <%s>: %d %s\n", s.Partnership.Name, s.To, len(s.Items), pluralWord(len(s.Items), "item", "items"))
	}
	if rep.Digest {
		fmt.Fprintln(w, "The staff digest was sent.")
	}
	if rep.NoContact > 0 {
		fmt.Fprintf(w, "%d %s with something to remind of but no contact on record.\n", rep.NoContact, pluralWord(rep.NoContact, "partnership", "partnerships"))
	}
	if len(rep.Sent) > 0 || rep.Digest {
		fmt.Fprintf(w, "The emails are in %s.\n", filepath.Join(data, "outbox"))
	}
}

func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

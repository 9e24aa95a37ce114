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
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/batch"
	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/inbound"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/registry"
)

// processFlags are the flags of 'intake process' (DESIGN 4.1).
type processFlags struct {
	kind, partnership, received, published, submitter string
	data, routes                                      string
	json, recursive                                   bool
	jobs                                              int
	// partnershipID is the partnership --partnership names.
	partnershipID string
}

func cmdProcess(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var f processFlags
	fs := flag.NewFlagSet("intake process", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.kind, "kind", "", "document kind: rapid_review, yearly_report, arrangements or practice_review (default: decided from the text)")
	fs.StringVar(&f.partnership, "partnership", "", "the uploading partnership: local authority name, ONS code or DfE code (default: decided from the document)")
	fs.StringVar(&f.received, "received", "", "when the document was received: RFC 3339 or YYYY-MM-DD (default: now)")
	fs.StringVar(&f.published, "published", "", "a yearly report's publication date, YYYY-MM-DD (overrides the text)")
	fs.StringVar(&f.submitter, "submitter", "", "the submitter's email address, who is sent the receipt")
	fs.StringVar(&f.data, "data", ".intake", "folder for the ledger, originals, receipts and outbox")
	fs.StringVar(&f.routes, "routes", "", "a routes file to use instead of the built-in one")
	fs.BoolVar(&f.json, "json", false, "print one JSON outcome per file, one per line")
	fs.BoolVar(&f.recursive, "r", false, "take the files of a folder's subfolders too")
	fs.IntVar(&f.jobs, "j", runtime.NumCPU(), "how many files to process at once")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: intake process [flags] FILE|FOLDER...")
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
		return fmt.Errorf("--kind %q is not one of rapid_review, yearly_report, arrangements, practice_review: %w", f.kind, errUsage)
	}
	if f.jobs < 1 {
		return fmt.Errorf("-j %d: give at least 1: %w", f.jobs, errUsage)
	}
	if f.partnership != "" {
		reg := registry.Default()
		p, ok := reg.Resolve(f.partnership)
		if !ok {
			return fmt.Errorf("--partnership %q names no partnership; the closest are %s: %w",
				f.partnership, strings.Join(reg.Closest(f.partnership, 3), ", "), errUsage)
		}
		f.partnershipID = p.ID
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

	files = expandFolders(files, f.recursive)
	return runBatch(ctx, env.pipeline, files, f, received, stdout, stderr)
}

// fileResult is what processing one named file gave.
type fileResult struct {
	outs []intake.Outcome
	err  error
}

// runBatch processes files on a pool of f.jobs workers and prints each
// file's outcomes in the order the files were given, then a summary. Files
// with the same content run one after another, in order, so that the
// first of them is the original and the others its duplicates, as when
// they run one at a time.
func runBatch(ctx context.Context, p *pipeline.Pipeline, files []string, f processFlags, received time.Time, stdout, stderr io.Writer) error {
	data := make([][]byte, len(files))
	readErr := make([]error, len(files))
	progress := newProgress(stderr, len(files))
	var tally summary
	n := batch.Pool[fileResult]{
		Workers: f.jobs,
		Key: func(i int) string {
			b, err := os.ReadFile(files[i])
			if err != nil {
				readErr[i] = fmt.Errorf("cannot read the file: %w", unwrapPath(err))
				return ""
			}
			data[i] = b
			if isEmail(files[i], b) {
				// Its documents' content is only known once it is read.
				return "email"
			}
			return sha256Hex(b)
		},
		Do: func(ctx context.Context, i int) fileResult {
			if readErr[i] != nil {
				return fileResult{err: readErr[i]}
			}
			outs, err := processFile(ctx, p, files[i], data[i], f, received)
			data[i] = nil
			return fileResult{outs, err}
		},
		Progress: func(done int) { progress.step(done, len(files)) },
		Emit: func(i int, r fileResult) {
			progress.clear()
			for _, out := range r.outs {
				tally.add(out)
				if f.json {
					json.NewEncoder(stdout).Encode(out.ForJSON())
				} else {
					writeOutcome(stdout, out)
				}
			}
			switch {
			case r.err == nil:
			case errors.Is(r.err, pipeline.ErrInFlight):
				// A run that stopped mid-send holds the delivery until its
				// lease runs out: that is a pending delivery, not a failure.
				tally.pending++
				for _, line := range pendingLines(r.outs, p.Lease) {
					fmt.Fprintf(stderr, "intake: %s: %s\n", files[i], line)
				}
			default:
				tally.failed++
				fmt.Fprintf(stderr, "intake: %s: %v\n", files[i], r.err)
			}
			progress.redraw()
		},
	}.Run(ctx, len(files))
	progress.clear()
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted after %d of %d files", n, len(files))
	}
	if len(files) > 1 || len(tally.statuses) > 1 {
		out := stdout
		if f.json {
			out = stderr // stdout holds JSON lines only
		}
		fmt.Fprintln(out, tally.String())
	}
	if tally.failed > 0 {
		return errReported
	}
	return nil
}

// summary counts a batch's outcomes.
type summary struct {
	statuses        []intake.Status
	pending, failed int
}

func (s *summary) add(o intake.Outcome) { s.statuses = append(s.statuses, o.Status) }

// String is the line after a batch: "41 processed: 17 accepted, 22
// rejected, 2 duplicates", with pending deliveries and failed files.
func (s *summary) String() string {
	count := map[intake.Status]int{}
	for _, st := range s.statuses {
		count[st]++
	}
	line := fmt.Sprintf("%d processed: %d accepted, %d rejected, %s", len(s.statuses),
		count[intake.Accepted], count[intake.Rejected], plural(count[intake.Duplicate], "duplicate"))
	if s.pending > 0 {
		line += fmt.Sprintf(", %d with a notification pending", s.pending)
	}
	if s.failed > 0 {
		line += fmt.Sprintf("; %s could not be processed", plural(s.failed, "file"))
	}
	return line
}

func plural(n int, one string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %ss", n, one)
}

// pendingLines say, for each delivery an earlier run left half sent, when
// processing the file again will send it.
func pendingLines(outs []intake.Outcome, lease time.Duration) []string {
	if lease <= 0 {
		lease = pipeline.DefaultLease
	}
	var lines []string
	for _, o := range outs {
		for _, d := range o.Deliveries {
			if d.Status != intake.DeliverySending && d.Status != intake.DeliveryPending {
				continue
			}
			when := "later"
			if !d.At.IsZero() {
				when = "after " + d.At.Add(lease).In(londonLoc()).Format("15:04")
			}
			lines = append(lines, fmt.Sprintf("%s: the notification to %s is pending: an earlier run stopped while sending it. "+
				"Process the file again %s to send it (it is never sent twice).", o.ID, d.Recipient, when))
		}
	}
	if len(lines) == 0 {
		lines = append(lines, "a notification is pending from an earlier run; process the file again later to send it.")
	}
	return lines
}

// expandFolders replaces each folder named by the files of it, in name
// order, leaving out hidden files; with recursive, the files of its
// subfolders too. Anything else, a missing file included, stays as given
// and is reported when it is processed.
func expandFolders(names []string, recursive bool) []string {
	var out []string
	for _, name := range names {
		st, err := os.Stat(name)
		if err != nil || !st.IsDir() {
			out = append(out, name)
			continue
		}
		out = append(out, folderFiles(name, recursive)...)
	}
	return out
}

func folderFiles(dir string, recursive bool) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return []string{dir} // reported as unreadable when processed
	}
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		switch {
		case e.IsDir():
			if recursive {
				out = append(out, folderFiles(path, true)...)
			}
		case e.Type().IsRegular():
			out = append(out, path)
		}
	}
	return out
}

func isEmail(name string, data []byte) bool {
	return strings.EqualFold(filepath.Ext(name), ".eml") || extract.Sniff(data) == extract.TypeEmail
}

// processFile runs one file through the pipeline: one outcome for a
// document, or one per document an email (.eml) carried.
func processFile(ctx context.Context, p *pipeline.Pipeline, name string, data []byte, f processFlags, received time.Time) ([]intake.Outcome, error) {
	base := filepath.Base(name)
	srcs := []pipeline.Source{{
		Name:     base,
		Data:     data,
		Key:      "cli:" + base + ":" + sha256Hex(data),
		Channel:  intake.CLI,
		Received: received,
	}}
	if isEmail(base, data) {
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
		if f.partnershipID != "" {
			src.Partnership = f.partnershipID
		}
		src.Published = f.published
		src.Key = declaredKey(src.Key, f)
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

// declaredKey makes the facts the operator declared (kind, partnership,
// publication date) part of a source's key: the same file sent again with
// a corrected --kind, --partnership or --published is a new submission,
// not a duplicate of the one they corrected; with the same facts it is
// the same submission. A key without declared facts is unchanged. An
// email part's key keeps its "#n" last (see pipeline.Source.Parts).
func declaredKey(key string, f processFlags) string {
	var facts []string
	for _, kv := range [][2]string{{"kind", f.kind}, {"partnership", f.partnershipID}, {"published", f.published}} {
		if kv[1] != "" {
			facts = append(facts, kv[0]+"="+kv[1])
		}
	}
	if len(facts) == 0 {
		return key
	}
	declared := "+" + strings.Join(facts, "+")
	if i := strings.LastIndexByte(key, '#'); i >= 0 && strings.HasPrefix(key, "email:") {
		return key[:i] + declared + key[i:]
	}
	return key + declared
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

// lineWidth is the widest line the readable output prints.
const lineWidth = 120

// writeOutcome prints one outcome as a few lines, none wider than
// lineWidth: the reference, status and file; the kind and partnership;
// each finding with its message wrapped under it; the deadline, the
// deliveries and the receipt.
func writeOutcome(w io.Writer, o intake.Outcome) {
	partnership := "partnership unknown"
	if o.Partnership != nil {
		partnership = o.Partnership.Name
	}
	id := o.ID
	if id == "" {
		id = "-"
	}
	head := fmt.Sprintf("%-14s  %-9s  ", id, o.Status)
	fmt.Fprintln(w, head+elide(o.File, lineWidth-utf8.RuneCountInString(head)))
	fmt.Fprintln(w, "    "+elide(o.Kind.Label()+", "+partnership, lineWidth-4))
	item := func(label, text string) {
		fmt.Fprint(w, wrap(fmt.Sprintf("    %-9s ", label), text, lineWidth))
	}
	for _, fd := range o.Findings {
		item(string(fd.Severity), fd.Code+": "+fd.Message)
	}
	if o.Deadline != nil {
		met := "met"
		if !o.Deadline.Met {
			met = "missed"
		}
		item("deadline", fmt.Sprintf("%s %s (%s)", o.Deadline.Due, met, o.Deadline.Rule))
	}
	for _, d := range o.Deliveries {
		item(string(d.Status), d.Recipient+" "+d.Address)
	}
	if o.Receipt != "" {
		item("receipt", o.Receipt)
	}
}

// wrap writes text after lead, wrapped at width columns with later lines
// indented as far as lead; a word too long for a line is broken.
func wrap(lead, text string, width int) string {
	indent := utf8.RuneCountInString(lead)
	room := max(width-indent, 20)
	var b strings.Builder
	b.WriteString(lead)
	col := 0
	for _, word := range strings.Fields(text) {
		for utf8.RuneCountInString(word) > room {
			if col > 0 {
				b.WriteString("\n" + strings.Repeat(" ", indent))
				col = 0
			}
			r := []rune(word)
			b.WriteString(string(r[:room]) + "\n" + strings.Repeat(" ", indent))
			word = string(r[room:])
		}
		n := utf8.RuneCountInString(word)
		switch {
		case col == 0:
		case col+1+n > room:
			b.WriteString("\n" + strings.Repeat(" ", indent))
			col = 0
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += n
	}
	b.WriteByte('\n')
	return b.String()
}

// elide shortens s to n characters by replacing its middle with "…".
func elide(s string, n int) string {
	r := []rune(s)
	if len(r) <= n || n < 5 {
		return s
	}
	keep := n - 1
	return string(r[:keep-keep/2]) + "…" + string(r[len(r)-keep/2:])
}

// progress draws a one-line progress bar on stderr for batches longer
// than a few files (DESIGN 4.1), when stderr is a terminal.
type progress struct {
	w           io.Writer
	on          bool
	done, total int
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

func (p *progress) step(done, total int) {
	p.done, p.total = done, total
	p.redraw()
}

func (p *progress) redraw() {
	if !p.on || p.done >= p.total {
		return
	}
	const width = 40
	filled := width * p.done / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), p.done, p.total)
}

func (p *progress) clear() {
	if p.on {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 60))
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

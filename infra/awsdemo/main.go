// Command awsdemo runs the whole AWS path on this machine with one
// command: it starts moto_server (unless AWS_ENDPOINT_URL names a running
// one on loopback), creates the resources as infra/localaws does, uploads
// the sample submissions (and, with -email, the sample raw emails), runs
// the real intake and mailin Lambda binaries behind a local Runtime API
// while playing the SQS event source mappings, and prints what the ledger
// recorded and which emails moto's SES accepted.
//
//	go run ./infra/awsdemo [-email] [-only 'rapid-review-*,*.eml'] [-out DIR]
//
// It exits non-zero when a function crashed or failed an invocation, a
// message was left on a queue or reached a dead-letter queue, a submission
// went unrecorded, or no email was sent.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/safeguarding-intake/intake/infra/localaws/stack"
)

// The demo's region and its static test credentials, for itself and the
// functions: moto accepts any.
const (
	region  = "eu-west-2"
	testKey = "test"
)

// options are the command's flags.
type options struct {
	only        []string // file name globs; none means every sample
	email       bool
	out         string
	timeout     time.Duration
	idle        time.Duration
	retryAfter  time.Duration
	concurrency int
	batch       int
	submitter   string
	verbose     bool
	samples     string
	emails      string
	burst       int
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("awsdemo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	var only string
	fs.StringVar(&only, "only", "", "comma-separated globs of sample file names to use (default: all); with -email they select emails too")
	fs.BoolVar(&o.email, "email", false, "also put the raw messages of testdata/email/*.eml under inbound-email/ and run the mailin function")
	fs.StringVar(&o.out, "out", "", "folder to download the receipts, the sent emails (.eml) and the functions' log into")
	fs.DurationVar(&o.timeout, "timeout", 3*time.Minute, "give up when the queues have not drained by then")
	fs.DurationVar(&o.idle, "idle", 2*time.Second, "how long the queues must stay empty to be called drained")
	fs.DurationVar(&o.retryAfter, "retry-after", 2*time.Second, "how long a failed message stays hidden before its retry (Lambda: the queue's visibility timeout, 18 minutes)")
	fs.IntVar(&o.concurrency, "concurrency", 2, "intake function sandboxes polling at once (template.yaml allows up to 5)")
	fs.IntVar(&o.batch, "batch", 4, "messages per invocation, 1 to 10 (template.yaml: 4)")
	fs.StringVar(&o.submitter, "submitter", "manager@example.org", "the submitter address put in each upload's metadata")
	fs.BoolVar(&o.verbose, "v", false, "print the functions' log lines as they come")
	fs.StringVar(&o.samples, "samples", "", "folder of sample submissions (default: testdata/submissions)")
	fs.StringVar(&o.emails, "emails", "", "folder of sample raw emails (default: testdata/email)")
	fs.IntVar(&o.burst, "burst", 0, "instead of the samples, upload this many distinct link submissions at once and report throughput and latency (upload to the last recipient's email)")
	if err := fs.Parse(args); err != nil {
		return options{}, err
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	for _, g := range strings.Split(only, ",") {
		if g = strings.TrimSpace(g); g != "" {
			if _, err := filepath.Match(g, ""); err != nil {
				return options{}, fmt.Errorf("-only %q: %w", g, err)
			}
			o.only = append(o.only, g)
		}
	}
	switch {
	case o.batch < 1 || o.batch > 10:
		return options{}, fmt.Errorf("-batch %d: want 1 to 10", o.batch)
	case o.concurrency < 1:
		return options{}, fmt.Errorf("-concurrency %d: want at least 1", o.concurrency)
	case o.burst < 0 || o.burst > 10000:
		return options{}, fmt.Errorf("-burst %d: want 0 to 10000", o.burst)
	case o.retryAfter < 0 || o.retryAfter > 12*time.Hour:
		return options{}, fmt.Errorf("-retry-after %v: want 0 to 12h", o.retryAfter)
	}
	return o, nil
}

func main() {
	opts, err := parseFlags(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "awsdemo:", err)
		os.Exit(2)
	}
	// Ctrl-C cancels the run, which stops the functions and moto_server
	// before returning.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	rep, err := run(ctx, opts, os.Getenv, os.Stdout, os.Stderr)
	interrupted := ctx.Err() != nil
	stop()
	if interrupted {
		fmt.Fprintln(os.Stderr, "awsdemo: interrupted; the functions and moto_server are stopped")
		os.Exit(130)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "awsdemo:", err)
		os.Exit(1)
	}
	if fails := rep.failures(); len(fails) > 0 {
		fmt.Fprintln(os.Stderr, "awsdemo: FAILED")
		for _, f := range fails {
			fmt.Fprintln(os.Stderr, "  -", f)
		}
		os.Exit(1)
	}
}

// run is the whole demo. Everything it starts is stopped before it
// returns, whether it succeeds, fails or is cancelled.
func run(ctx context.Context, opts options, getenv func(string) string, stdout, stderr io.Writer) (*report, error) {
	began := time.Now()
	root, err := moduleRoot()
	if err != nil {
		return nil, err
	}
	if opts.samples == "" {
		opts.samples = filepath.Join(root, "testdata", "submissions")
	}
	if opts.emails == "" {
		opts.emails = filepath.Join(root, "testdata", "email")
	}
	samples, err := pick(opts.samples, opts.only, func(name string) bool { return name != "README.md" })
	if err != nil {
		return nil, err
	}
	var emails []string
	if opts.email {
		if emails, err = pick(opts.emails, opts.only, func(name string) bool { return strings.HasSuffix(name, ".eml") }); err != nil {
			return nil, err
		}
	}
	if opts.burst > 0 {
		samples = nil
	}
	if len(samples)+len(emails) == 0 && opts.burst == 0 {
		return nil, fmt.Errorf("no sample matches -only %q", strings.Join(opts.only, ","))
	}

	// The binaries build while moto starts.
	tmp, err := os.MkdirTemp("", "awsdemo-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	fnNames := []string{"intake"}
	if len(emails) > 0 {
		fnNames = append(fnNames, "mailin")
	}
	builds := make(chan buildResult, 1)
	bctx, cancelBuild := context.WithCancel(ctx)
	go func() { builds <- buildFunctions(bctx, root, tmp, fnNames) }()
	// On the way out: stop the build if it still runs, and wait for it.
	defer func() { <-builds }()
	defer cancelBuild()

	endpoint := getenv("AWS_ENDPOINT_URL")
	if endpoint == "" {
		moto, err := startMoto(ctx)
		if err != nil {
			return nil, err
		}
		defer moto.Stop()
		endpoint = moto.URL
		fmt.Fprintf(stdout, "moto_server started on %s (stopped on exit)\n", endpoint)
	} else {
		if err := checkLoopback(endpoint); err != nil {
			return nil, err
		}
		endpoint = strings.TrimRight(endpoint, "/")
		fmt.Fprintf(stdout, "using the endpoint %s\n", endpoint)
	}
	cfg := aws.Config{
		Region:       region,
		Credentials:  credentials.NewStaticCredentialsProvider(testKey, testKey, ""),
		BaseEndpoint: aws.String(endpoint),
	}

	env := environment(getenv)
	w, err := newWorld(ctx, cfg, env.names, stack.Default())
	if err != nil {
		return nil, err
	}
	if env.key, err = stack.KeyARN(ctx, cfg, env.names); err != nil {
		return nil, err
	}
	fmt.Fprintf(stdout, "created bucket %s, queues %s and %s (with dead-letter queues), table %s, SES identity %s\n",
		env.names.Bucket, env.names.Queue, env.names.MailQueue, env.names.Table, env.names.Sender)

	if err := w.upload(ctx, opts.samples, samples, opts.submitter); err != nil {
		return nil, err
	}
	if err := w.putEmails(ctx, opts.emails, emails); err != nil {
		return nil, err
	}
	fmt.Fprintf(stdout, "uploaded %d samples to s3://%s/%s", len(samples), env.names.Bucket, uploadPrefix)
	if len(emails) > 0 {
		fmt.Fprintf(stdout, " and %d raw emails to s3://%s/%s", len(emails), env.names.Bucket, inboundPrefix)
	}
	fmt.Fprintln(stdout)

	b := <-builds
	builds <- b // for the deferred wait
	if b.err != nil {
		return nil, b.err
	}
	fmt.Fprintf(stdout, "built %s for this machine in %v\n", strings.Join(fnNames, " and "), b.took.Round(100*time.Millisecond))

	logs, closeLogs, err := functionLogs(opts, stderr)
	if err != nil {
		return nil, err
	}
	defer closeLogs()
	// The functions reach the endpoint through a meter, which counts
	// their requests.
	met, err := startMeter(endpoint)
	if err != nil {
		return nil, err
	}
	defer met.close()
	rep := &report{names: env.names, endpoint: endpoint, uploaded: len(samples) + opts.burst, emailed: len(emails)}
	var feed func(context.Context) error
	if opts.burst > 0 {
		// Once the functions are polling, so that the figures are theirs
		// and not the compiler's, and the burst meets them running.
		feed = func(ctx context.Context) error {
			if err := w.uploadBurst(ctx, opts.burst, opts.submitter); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "uploaded a burst of %d link submissions\n", opts.burst)
			return nil
		}
	}
	rep.mappings, rep.drained, err = w.process(ctx, stdout, processing{
		bins: b.bins, env: env, logs: logs, opts: opts, endpoint: met.URL, mail: len(emails) > 0, feed: feed,
	})
	if err != nil {
		return nil, err
	}
	rep.requests = met.snapshot()
	rep.took = time.Since(began)
	if err := w.collect(ctx, rep, endpoint); err != nil {
		return nil, err
	}
	if opts.burst > 0 {
		st := measureBurst(rep.records, rep.emails)
		rep.burst = &st
	}
	rep.print(stdout)
	if opts.out != "" {
		if err := w.download(ctx, rep, opts.out); err != nil {
			return rep, err
		}
		fmt.Fprintf(stdout, "\nreceipts, sent emails and the functions' log are in %s\n", opts.out)
	}
	return rep, nil
}

// env is what the demo takes from its environment: the resources' names
// (as infra/localaws reads them) and the functions' settings, with local
// defaults.
type env struct {
	names                           stack.Names
	panel, wwc, dfe                 string
	dfeReviews, ofsted              string
	round2023Due                    string
	attachLimit, docLimit, logLevel string
	key                             string // the stack's KMS key ARN, once created
}

func environment(getenv func(string) string) env {
	or := func(k, def string) string {
		if v := strings.TrimSpace(getenv(k)); v != "" {
			return v
		}
		return def
	}
	return env{
		names: stack.Names{
			Bucket:          or("INTAKE_BUCKET", "safeguarding-intake-local"),
			Queue:           or("INTAKE_QUEUE", "safeguarding-intake"),
			DeadLetterQueue: getenv("INTAKE_DLQ"),
			MailQueue:       getenv("INTAKE_MAIL_QUEUE"),
			Table:           or("LEDGER_TABLE", "safeguarding-intake-ledger"),
			Sender:          or("SENDER_ADDRESS", "intake@example.org"),
		}.WithDefaults(),
		// Example addresses: nothing leaves moto, but a real address
		// should not appear in a demo's output either.
		panel:        or("RECIPIENT_PANEL", "panel@example.org"),
		wwc:          or("RECIPIENT_WWC", "wwc@example.org"),
		dfe:          or("RECIPIENT_DFE", "dfe@example.org"),
		dfeReviews:   or("RECIPIENT_DFE_REVIEWS", "reviews@example.org"),
		ofsted:       or("RECIPIENT_OFSTED", "ofsted@example.org"),
		round2023Due: or("ARRANGEMENTS_DUE_2023", "2024-12-31"),
		attachLimit:  or("ATTACH_LIMIT_BYTES", "7340032"),
		docLimit:     or("DOCUMENT_LIMIT_BYTES", "52428800"),
		logLevel:     or("LOG_LEVEL", "info"),
	}
}

// functionEnv is each function's environment as template.yaml sets it
// (DESIGN 4.7); a test compares the variables' names with the template's.
func (e env) functionEnv(name string) []string {
	switch name {
	case "intake":
		return []string{
			"INTAKE_BUCKET=" + e.names.Bucket,
			"KMS_KEY_ID=" + e.key,
			"LEDGER_TABLE=" + e.names.Table,
			"SENDER_ADDRESS=" + e.names.Sender,
			"RECIPIENT_PANEL=" + e.panel,
			"RECIPIENT_WWC=" + e.wwc,
			"RECIPIENT_DFE=" + e.dfe,
			"RECIPIENT_DFE_REVIEWS=" + e.dfeReviews,
			"RECIPIENT_OFSTED=" + e.ofsted,
			"ARRANGEMENTS_DUE_2023=" + e.round2023Due,
			"ATTACH_LIMIT_BYTES=" + e.attachLimit,
			"DOCUMENT_LIMIT_BYTES=" + e.docLimit,
			"LOG_LEVEL=" + e.logLevel,
			"GOMEMLIMIT=900MiB",
			"GOGC=200",
		}
	case "mailin":
		return []string{
			"INTAKE_BUCKET=" + e.names.Bucket,
			"KMS_KEY_ID=" + e.key,
			"LOG_LEVEL=" + e.logLevel,
			"GOMEMLIMIT=450MiB",
			"GOGC=200",
		}
	}
	return nil
}

// memory is each function's MemorySize in template.yaml.
var memory = map[string]int{"intake": 1024, "mailin": 512}

type buildResult struct {
	bins map[string]string // function name → bootstrap path
	took time.Duration
	err  error
}

// buildFunctions builds each function's bootstrap as Lambda runs it (no
// cgo, no RPC shim), for this machine rather than arm64, in parallel.
func buildFunctions(ctx context.Context, root, dir string, names []string) buildResult {
	start := time.Now()
	res := buildResult{bins: map[string]string{}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, name := range names {
		bin := filepath.Join(dir, name, "bootstrap")
		res.bins[name] = bin
		wg.Go(func() {
			cmd := exec.CommandContext(ctx, goTool(), "build", "-tags", "lambda.norpc", "-o", bin, "./functions/"+name)
			cmd.Dir = root
			cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
			if out, err := cmd.CombinedOutput(); err != nil {
				mu.Lock()
				res.err = errors.Join(res.err, fmt.Errorf("building functions/%s: %w\n%s", name, err, out))
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	res.took = time.Since(start)
	return res
}

// goTool is the go command of the toolchain running the demo when it can
// be found, else the one on PATH.
func goTool() string {
	if r := os.Getenv("GOROOT"); r != "" {
		if p := filepath.Join(r, "bin", "go"); fileExists(p) {
			return p
		}
	}
	return "go"
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// moduleRoot finds go.mod above the working folder.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if fileExists(filepath.Join(dir, "go.mod")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run the demo inside the module (no go.mod above the working folder)")
		}
		dir = parent
	}
}

// pick lists the regular files of dir that keep accepts and match one of
// the globs (all of them when there are none), sorted by name.
func pick(dir string, globs []string, keep func(string) bool) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !keep(e.Name()) {
			continue
		}
		ok := len(globs) == 0
		for _, g := range globs {
			if m, _ := filepath.Match(g, e.Name()); m {
				ok = true
			}
		}
		if ok {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// functionLogs returns where the functions' log lines go: stderr with -v,
// a file with -out, both, or nowhere.
func functionLogs(opts options, stderr io.Writer) (io.Writer, func(), error) {
	var ws []io.Writer
	closer := func() {}
	if opts.verbose {
		ws = append(ws, stderr)
	}
	if opts.out != "" {
		if err := os.MkdirAll(opts.out, 0o755); err != nil {
			return nil, nil, err
		}
		f, err := os.Create(filepath.Join(opts.out, "functions.log"))
		if err != nil {
			return nil, nil, err
		}
		ws = append(ws, f)
		closer = func() { f.Close() }
	}
	return &lockedWriter{w: io.MultiWriter(ws...)}, closer, nil
}

// lockedWriter serialises the sandboxes' writes.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

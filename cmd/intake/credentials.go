package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/safeguarding-intake/intake/internal/aws/dynamocred"
	"github.com/safeguarding-intake/intake/internal/local/localcred"
	"github.com/safeguarding-intake/intake/internal/portal"
	"github.com/safeguarding-intake/intake/internal/registry"
)

const credentialsUsage = `Usage:
  intake credentials issue --partnership P --email ADDRESS [flags]
  intake credentials issue --staff ADDRESS [flags]
  intake credentials revoke [flags] CODE-OR-HASH...

issue prints a new portal sign-in code, once: only its hash is kept.
revoke takes a code, or the hash printed when it was issued.

Codes live in the data folder's credentials.json, which 'intake serve'
reads; with --aws, in the ledger table LEDGER_TABLE names, reached with
the usual AWS configuration (AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL).
`

// localServeURL is where 'intake serve' listens unless told otherwise.
const localServeURL = "http://127.0.0.1:8080"

// credentialsFile is where 'intake serve' keeps sign-in code hashes.
func credentialsFile(data string) string { return filepath.Join(data, "credentials.json") }

// credentialStore is what the command needs of either store.
type credentialStore interface {
	issue(ctx context.Context, p portal.Principal) (string, error)
	lookup(ctx context.Context, hash string) (portal.Principal, bool, error)
	// revoke withdraws the code hashing to hash, which belongs to p.
	revoke(ctx context.Context, hash string, p portal.Principal) error
	// revokeNote says what revoke withdraws, when that is more than the
	// one code.
	revokeNote() string
}

type localStore struct{ c *localcred.Store }

func (s localStore) issue(ctx context.Context, p portal.Principal) (string, error) {
	return s.c.Issue(p)
}

func (s localStore) lookup(ctx context.Context, hash string) (portal.Principal, bool, error) {
	return s.c.Lookup(ctx, hash)
}

// revoke withdraws every code of p: the local store matches by whom a
// code was issued to, not by hash.
func (s localStore) revoke(ctx context.Context, hash string, p portal.Principal) error {
	return s.c.Revoke(func(q portal.Principal) bool { return q == p })
}

func (s localStore) revokeNote() string {
	return " (with any other code issued to the same person for the same access)"
}

type awsStore struct{ s *dynamocred.Store }

func (s awsStore) issue(ctx context.Context, p portal.Principal) (string, error) {
	return s.s.Issue(ctx, p, time.Now())
}

func (s awsStore) lookup(ctx context.Context, hash string) (portal.Principal, bool, error) {
	return s.s.Lookup(ctx, hash)
}

func (s awsStore) revoke(ctx context.Context, hash string, _ portal.Principal) error {
	return s.s.Revoke(ctx, hash)
}

func (s awsStore) revokeNote() string { return "" }

// storeFlags are the flags both subcommands share.
type storeFlags struct {
	data string
	aws  bool
}

func (f *storeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.data, "data", ".intake", "the data folder 'intake serve' is given")
	fs.BoolVar(&f.aws, "aws", false, "use the deployed service's ledger table (LEDGER_TABLE) instead of the data folder")
}

// open returns the store the flags name. It is called after parsing, so
// fs knows which flags were given.
func (f *storeFlags) open(ctx context.Context, fs *flag.FlagSet, getenv func(string) string) (credentialStore, error) {
	if !f.aws {
		c, err := localcred.Open(credentialsFile(f.data))
		if err != nil {
			return nil, fmt.Errorf("sign-in codes: %w", err)
		}
		return localStore{c}, nil
	}
	dataGiven := false
	fs.Visit(func(fl *flag.Flag) { dataGiven = dataGiven || fl.Name == "data" })
	if dataGiven {
		return nil, fmt.Errorf("--data and --aws name different stores; give one: %w", errUsage)
	}
	table := strings.TrimSpace(getenv("LEDGER_TABLE"))
	if table == "" {
		return nil, fmt.Errorf("--aws needs LEDGER_TABLE set to the stack's LedgerTableName output: %w", errUsage)
	}
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading the AWS configuration: %w", err)
	}
	return awsStore{dynamocred.New(dynamodb.NewFromConfig(cfg), table)}, nil
}

func cmdCredentials(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, credentialsUsage)
		return errUsage
	}
	switch args[0] {
	case "issue":
		return cmdCredentialsIssue(ctx, args[1:], stdout, stderr, getenv)
	case "revoke":
		return cmdCredentialsRevoke(ctx, args[1:], stdout, stderr, getenv)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, credentialsUsage)
		return nil
	}
	fmt.Fprint(stderr, credentialsUsage)
	return fmt.Errorf("unknown credentials command %q: %w", args[0], errUsage)
}

func cmdCredentialsIssue(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("intake credentials issue", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	partnership := fs.String("partnership", "", "the partnership the code opens: local authority name, ONS code or DfE code")
	email := fs.String("email", "", "with --partnership: the mailbox the partnership's acknowledgements go to")
	staff := fs.String("staff", "", "the email address of the member of staff the code is for")
	base := fs.String("url", "", "the portal's address, for the sign-in link (default: PORTAL_URL, else "+localServeURL+" without --aws)")
	fs.Usage = func() {
		fmt.Fprint(stderr, credentialsUsage+"\nFlags of issue:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: %w", fs.Arg(0), errUsage)
	}

	var who portal.Principal
	var label string
	switch {
	case *partnership != "" && *staff != "":
		return fmt.Errorf("give --partnership or --staff, not both: %w", errUsage)
	case *partnership != "":
		if *email == "" {
			return fmt.Errorf("--partnership needs --email, the mailbox its acknowledgements go to: %w", errUsage)
		}
		addr, err := normaliseAddress(*email)
		if err != nil {
			return fmt.Errorf("--email: %v: %w", err, errUsage)
		}
		p, ok := registry.Default().Resolve(*partnership)
		if !ok {
			return fmt.Errorf("--partnership %q is not a partnership the service knows: %w", *partnership, errUsage)
		}
		who = portal.Principal{Role: portal.RolePartnership, Partnership: p.ID, Name: addr}
		label = fmt.Sprintf("%s (%s), issued to %s", p.Name, p.ID, addr)
	case *staff != "":
		if *email != "" {
			return fmt.Errorf("--email goes with --partnership; --staff is the address itself: %w", errUsage)
		}
		addr, err := normaliseAddress(*staff)
		if err != nil {
			return fmt.Errorf("--staff: %v: %w", err, errUsage)
		}
		who = portal.Principal{Role: portal.RoleStaff, Name: addr}
		label = "the staff view, issued to " + addr
	default:
		fs.Usage()
		return fmt.Errorf("give --partnership (with --email) or --staff: %w", errUsage)
	}

	origin := *base
	if origin == "" {
		origin = strings.TrimSpace(getenv("PORTAL_URL"))
	}
	if origin == "" && !sf.aws {
		origin = localServeURL
	}
	if origin != "" {
		if err := checkOrigin(origin); err != nil {
			return fmt.Errorf("portal address: %v: %w", err, errUsage)
		}
	}

	store, err := sf.open(ctx, fs, getenv)
	if err != nil {
		return err
	}
	code, err := store.issue(ctx, who)
	if err != nil {
		return fmt.Errorf("issuing a sign-in code: %w", err)
	}
	// The code goes to stdout and nowhere else; the hash is what an
	// operator keeps to revoke it later.
	fmt.Fprintf(stdout, "Sign-in code for %s (shown only now):\n  %s\n", label, code)
	if origin != "" {
		fmt.Fprintf(stdout, "Sign-in link:\n  %s/sign-in?code=%s\n", strings.TrimSuffix(origin, "/"), url.QueryEscape(code))
	} else {
		fmt.Fprintln(stdout, "Sign in at the stack's PortalUrl output followed by sign-in.")
	}
	flags := ""
	if sf.aws {
		flags = "--aws "
	} else if sf.data != ".intake" {
		flags = "--data " + sf.data + " "
	}
	fmt.Fprintf(stdout, "To revoke it:\n  intake credentials revoke %s%s\n", flags, portal.HashCode(code))
	return nil
}

// checkOrigin accepts an http(s) origin, with no path beyond "/".
func checkOrigin(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return fmt.Errorf("%q is not an http(s) origin such as https://portal.example.gov.uk", s)
	}
	return nil
}

func cmdCredentialsRevoke(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("intake credentials revoke", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var sf storeFlags
	sf.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, credentialsUsage+"\nFlags of revoke:\n")
		fs.PrintDefaults()
	}
	given, err := parseInterleaved(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(given) == 0 {
		fs.Usage()
		return fmt.Errorf("no code or hash given: %w", errUsage)
	}
	// Every argument is checked before anything is revoked. An argument
	// is never echoed: it may be a code.
	hashes := make([]string, len(given))
	for i, a := range given {
		h, ok := credentialHash(a)
		if !ok {
			return fmt.Errorf("argument %d is neither a sign-in code nor the 64-character hash of one: %w", i+1, errUsage)
		}
		hashes[i] = h
	}

	store, err := sf.open(ctx, fs, getenv)
	if err != nil {
		return err
	}
	failed := false
	for _, h := range hashes {
		who, found, err := store.lookup(ctx, h)
		if err == nil && !found {
			err = errors.New("no such code (already revoked, or issued to another store)")
		}
		if err == nil {
			err = store.revoke(ctx, h, who)
		}
		if err != nil {
			fmt.Fprintf(stderr, "intake: revoking %s: %v\n", h, err)
			failed = true
			continue
		}
		fmt.Fprintf(stdout, "Revoked %s, issued to %s%s.\n", h, describe(who), store.revokeNote())
	}
	if failed {
		return errReported
	}
	return nil
}

// credentialHash returns the stored hash a revoke argument names: the
// hash itself, or a code's hash.
func credentialHash(arg string) (string, bool) {
	arg = strings.TrimSpace(arg)
	if isHash(strings.ToLower(arg)) {
		return strings.ToLower(arg), true
	}
	scope, secret, ok := strings.Cut(arg, ".")
	if !ok || scope == "" || secret == "" || len(arg) > 200 || strings.ContainsAny(arg, " \t\r\n") {
		return "", false
	}
	return portal.HashCode(arg), true
}

func isHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, r := range s {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') {
			return false
		}
	}
	return true
}

func describe(p portal.Principal) string {
	if p.Role == portal.RoleStaff {
		return p.Name + " for the staff view"
	}
	return p.Name + " for partnership " + p.Partnership
}

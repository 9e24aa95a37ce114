package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"time"

	"github.com/safeguarding-intake/intake/internal/httpserver"
	"github.com/safeguarding-intake/intake/internal/jsonlog"
	"github.com/safeguarding-intake/intake/internal/local/localcred"
	"github.com/safeguarding-intake/intake/internal/portal"
)

// Who the sign-in codes printed by 'intake serve' are for.
var (
	demoPartnership = portal.Principal{Role: portal.RolePartnership, Partnership: "E08000026", Name: "safeguarding@coventry.example"}
	demoStaff       = portal.Principal{Role: portal.RoleStaff, Name: "staff@education.example"}
)

// serveLimits bound what one client of 'intake serve' may take; tests
// shorten them.
var serveLimits = httpserver.Default

func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	fs := flag.NewFlagSet("intake serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", ".intake", "folder for the ledger, originals, receipts, outbox and sign-in codes")
	addr := fs.String("addr", "127.0.0.1:8080", "loopback address and port to serve on (port 0 picks a free one)")
	routes := fs.String("routes", "", "a routes file to use instead of the built-in one")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: intake serve [flags]")
		fmt.Fprintln(stderr, "Serves the partnership portal and the staff view on this machine only.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q: %w", fs.Args(), errUsage)
	}
	// Cookies go without the Secure flag over plain HTTP, which is safe
	// only while nothing but this machine can reach the server.
	host, _, err := net.SplitHostPort(*addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("--addr %q must be a loopback address such as 127.0.0.1:8080: %w", *addr, errUsage)
	}

	env, err := openLocal(*data, *routes, getenv)
	if err != nil {
		return err
	}
	defer env.Close()
	creds, err := localcred.Open(filepath.Join(*data, "credentials.json"))
	if err != nil {
		return err
	}
	// Fresh codes every run: the ones printed last time stop working.
	if err := creds.Revoke(func(p portal.Principal) bool { return p == demoPartnership || p == demoStaff }); err != nil {
		return fmt.Errorf("sign-in codes: %w", err)
	}
	partnershipCode, err := creds.Issue(demoPartnership)
	if err != nil {
		return err
	}
	staffCode, err := creds.Issue(demoStaff)
	if err != nil {
		return err
	}
	key := make([]byte, 32)
	rand.Read(key)
	h, err := portal.New(portal.Config{
		Ledger:       env.ledger,
		Audit:        env.ledger,
		Uploads:      portal.LocalUploads{Pipeline: env.pipeline},
		Credentials:  creds,
		SignOuts:     localcred.OpenSignOuts(filepath.Join(*data, "signed-out.json"), nil),
		Files:        env.blobs,
		Resender:     env.pipeline,
		Obligations:  env.ledger,
		Round2023Due: env.pipeline.Round2023Due,
		Registry:     env.pipeline.Registry,
		SessionKey:   key,
		Insecure:     true,
		MaxBytes:     env.pipeline.Limits.MaxBytes, // DOCUMENT_LIMIT_BYTES, or the default
		// The functions' JSON log, on standard error beside the links
		// printed on standard output.
		Log: jsonlog.New(stderr),
	})
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(stdout, "Serving the portal and the staff view at %s (Ctrl+C stops)\n", base)
	fmt.Fprintf(stdout, "  Partnership (Coventry): %s/sign-in?code=%s\n", base, url.QueryEscape(partnershipCode))
	fmt.Fprintf(stdout, "  Staff:                  %s/sign-in?code=%s\n", base, url.QueryEscape(staffCode))
	fmt.Fprintf(stdout, "Emails go to %s; these codes work until the next start.\n", filepath.Join(*data, "outbox"))

	srv := httpserver.New(h, serveLimits)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// cmdExtract prints the text the pipeline reads from a file, exactly as
// the pipeline reads it, so that a surprising finding can be explained.
func cmdExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("intake extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, "Usage: intake extract FILE") }
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	name := fs.Arg(0)
	data, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", name, unwrapPath(err))
	}
	doc, findings := extract.Extract(ctx, filepath.Base(name), data, extract.Limits{})
	for _, f := range findings {
		fmt.Fprintf(stderr, "%s: %s: %s\n", f.Severity, f.Code, f.Message)
	}
	if intake.HasErrors(findings) {
		return errReported
	}
	if _, err := io.WriteString(stdout, doc.Text); err != nil {
		return err
	}
	if len(doc.Text) > 0 && doc.Text[len(doc.Text)-1] != '\n' {
		fmt.Fprintln(stdout)
	}
	return nil
}

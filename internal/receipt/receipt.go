// Package receipt renders the PDF receipt of a submission: what arrived,
// what was read from it, what was found and where it was sent. The same
// outcome and issue time always give the same bytes. Its wording is read
// from the receipt files of the top-level templates folder.
package receipt

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// Options are the parts of a receipt that do not come from the outcome.
type Options struct {
	// Issued is the time shown as the receipt's issue time and written as
	// the PDF's creation and modification dates. The zero time stands for
	// the Unix epoch, so output never depends on the clock.
	Issued time.Time
}

// The receipt is at most maxPages long and lists at most
// maxFindingsShown findings of one severity; what does not fit is counted
// or noted, never dropped silently.
const (
	maxPages         = 2
	maxFindingsShown = 12
)

// Page geometry in millimetres, and the palette: black text, one accent.
const (
	pageW, margin = 210.0, 20.0
	contentW      = pageW - 2*margin
	labelW        = 58.0
	bottomMargin  = 22.0
	lineH         = 5.2 // body text line height
	noteH         = 14.0
)

var (
	accent = [3]int{0x1d, 0x70, 0xb8}
	grey   = [3]int{0x50, 0x5a, 0x5f}
	rule   = [3]int{0xb1, 0xb4, 0xb6}
	tint   = [3]int{0xf3, 0xf2, 0xf1}
)

// Render draws the receipt for o. It never panics: a failure inside the PDF
// library is returned as an error.
func Render(o intake.Outcome, opt Options) (pdf []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			pdf, err = nil, fmt.Errorf("receipt %s: %v", Clean(o.ID, 40), r)
		}
	}()
	issued := opt.Issued.UTC()
	if issued.IsZero() {
		issued = time.Unix(0, 0).UTC()
	}
	d := newDoc(Clean(o.ID, 40), issued)
	d.render(o)
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return nil, fmt.Errorf("receipt %s: %w", Clean(o.ID, 40), err)
	}
	return buf.Bytes(), nil
}

// doc is one receipt being drawn.
type doc struct {
	f      *gofpdf.Fpdf
	id     string
	issued time.Time
	full   bool // the last page is full: draw nothing more
}

func newDoc(id string, issued time.Time) *doc {
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(true, bottomMargin)
	f.SetCatalogSort(true)
	f.SetCreationDate(issued)
	f.SetModificationDate(issued)
	f.SetCreator(words().service, true)
	f.SetProducer(words().service, true)
	f.SetTitle(words().say("document-title", slots{ID: id}), true)
	f.AliasNbPages("{nb}")
	// The library writes into the font bytes it is given while subsetting,
	// so each document gets its own copy: shared bytes would make one
	// receipt depend on the ones drawn before it.
	f.AddUTF8FontFromBytes("go", "", bytes.Clone(goregular.TTF))
	f.AddUTF8FontFromBytes("go", "B", bytes.Clone(gobold.TTF))
	f.AddUTF8FontFromBytes("gomono", "", bytes.Clone(gomono.TTF))
	d := &doc{f: f, id: id, issued: issued}
	f.SetFooterFunc(d.footer)
	return d
}

func (d *doc) render(o intake.Outcome) {
	f := d.f
	f.AddPage()

	// Masthead: the service name over an accent rule.
	d.font("B", 10, grey)
	f.CellFormat(contentW, 5, safe(words().service), "", 1, "L", false, 0, "")
	d.fill(accent)
	f.Rect(margin, f.GetY()+1, contentW, 1.6, "F")
	f.Ln(8)

	d.font("B", 24, black)
	d.para(Title(o.Kind), 10)
	f.Ln(3)

	d.font("", 10.5, grey)
	f.CellFormat(contentW, 5, safe(words().reference), "", 1, "L", false, 0, "")
	d.font("B", 30, black)
	ref := d.id
	if ref == "" {
		ref = words().noReference
	}
	f.CellFormat(contentW, 13, safe(ref), "", 1, "L", false, 0, "")
	f.Ln(3)

	d.statusPanel(o)
	d.findings(words().sectionFix, o.Findings, intake.SeverityError, true)

	d.heading(words().sectionSubmission)
	d.row(words().rowPartnership, PartnershipName(o))
	d.row(words().rowKind, kindLabel(o.Kind))
	d.row(words().rowFile, fileName(o.File))
	if o.Bytes > 0 || o.SHA256 != "" {
		d.row(words().rowSize, Size(o.Bytes))
	}
	d.row(words().rowReceived, Time(o.Received))
	if ch := channelLabel(o.Channel); ch != "" {
		d.row(words().rowChannel, ch)
	}
	if s := Clean(o.Submitter, maxName); s != "" {
		d.row(words().rowSubmitter, s)
	}
	if o.DuplicateOf != "" {
		d.row(words().rowFirstReceived, Clean(o.DuplicateOf, 40))
	}
	if h := Clean(o.SHA256, 128); h != "" {
		if len(h) == 64 {
			h = h[:32] + " " + h[32:] // two even lines rather than a ragged wrap
		}
		d.monoRow(words().rowSHA256, h)
	}
	if dl := DeadlineText(o.Deadline); dl != "" {
		d.row(words().rowDeadline, dl)
	}
	if pr := PublicationRule(o); pr != "" {
		d.row(words().rowPublication, pr)
	}

	if fs := append(Fields(o), Elements(o)...); len(fs) > 0 {
		d.heading(words().sectionFields)
		for _, fl := range fs {
			v := fl.Value
			if fl.Evidence != "" {
				v += " (" + fl.Evidence + ")"
			}
			d.row(fl.Label, v)
		}
	}

	d.findings(words().sectionWarnings, o.Findings, intake.SeverityWarning, false)
	d.findings(words().sectionInformation, o.Findings, intake.SeverityInfo, false)
	d.deliveries(o)

	if d.full {
		d.font("", 10.5, grey)
		f.SetY(f.GetY() + 3)
		d.para(words().say("receipt-full", slots{ID: d.id}), lineH)
	}
}

var black = [3]int{0x0b, 0x0c, 0x0c}

func (d *doc) font(style string, size float64, c [3]int) {
	d.f.SetFont("go", style, size)
	d.f.SetTextColor(c[0], c[1], c[2])
}

func (d *doc) fill(c [3]int) { d.f.SetFillColor(c[0], c[1], c[2]) }

// para writes wrapped text across the content width, h apart.
func (d *doc) para(s string, h float64) {
	for _, line := range d.f.SplitText(safe(s), contentW) {
		d.f.CellFormat(contentW, h, line, "", 1, "L", false, 0, "")
	}
}

// room makes sure h millimetres fit, on a new page if one is left. Once
// something does not fit on the last page the receipt is full and draws
// nothing more but a closing note, for which the last page keeps space.
func (d *doc) room(h float64) bool {
	if d.full {
		return false
	}
	if d.fits(h) {
		return true
	}
	if d.f.PageNo() < maxPages {
		d.f.AddPage()
		return true
	}
	d.full = true
	return false
}

// fits reports whether h millimetres fit on the current page.
func (d *doc) fits(h float64) bool {
	_, pageH := d.f.GetPageSize()
	limit := pageH - bottomMargin
	if d.f.PageNo() >= maxPages {
		limit -= noteH
	}
	return d.f.GetY()+h <= limit
}

// statusPanel shows the decision and the next step in an inset with an
// accent bar.
func (d *doc) statusPanel(o intake.Outcome) {
	f := d.f
	const pad, bar = 5.0, 2.0
	textW := contentW - bar - 2*pad
	d.font("", 10.5, black)
	lines := f.SplitText(safe(NextStep(o)), textW)
	h := pad + 9 + float64(len(lines))*lineH + pad
	x, y := f.GetX(), f.GetY()
	d.fill(tint)
	f.Rect(x, y, contentW, h, "F")
	d.fill(accent)
	f.Rect(x, y, bar, h, "F")
	f.SetXY(x+bar+pad, y+pad)
	d.font("B", 16, black)
	f.CellFormat(textW, 8, safe(StatusLabel(o.Status)), "", 2, "L", false, 0, "")
	f.SetY(f.GetY() + 1)
	d.font("", 10.5, black)
	for _, l := range lines {
		f.SetX(x + bar + pad)
		f.CellFormat(textW, lineH, l, "", 2, "L", false, 0, "")
	}
	f.SetXY(x, y+h)
	f.Ln(2)
}

// heading starts a section, where there is room for it and a line under it.
func (d *doc) heading(s string) bool {
	if !d.room(22) {
		return false
	}
	d.f.Ln(4)
	d.font("B", 14, black)
	d.para(s, 7)
	d.f.Ln(1)
	return true
}

// row is one line of a summary list: a bold label, a wrapped value, and a
// rule under both.
func (d *doc) row(label, value string) { d.listRow(label, value, "go", 10.5) }

func (d *doc) monoRow(label, value string) { d.listRow(label, value, "gomono", 9.5) }

func (d *doc) listRow(label, value, family string, size float64) {
	f := d.f
	const pad = 1.6
	valueW := contentW - labelW
	d.font("B", 10.5, black)
	labels := f.SplitText(safe(label), labelW-2)
	f.SetFont(family, "", size)
	values := f.SplitText(safe(value), valueW)
	if len(values) == 0 {
		values = []string{"—"}
	}
	h := float64(max(len(labels), len(values)))*lineH + 2*pad
	if !d.room(h) {
		return
	}
	x, y := margin, f.GetY()
	d.font("B", 10.5, black)
	for i, l := range labels {
		f.SetXY(x, y+pad+float64(i)*lineH)
		f.CellFormat(labelW-2, lineH, l, "", 0, "L", false, 0, "")
	}
	f.SetFont(family, "", size)
	for i, v := range values {
		f.SetXY(x+labelW, y+pad+float64(i)*lineH)
		f.CellFormat(valueW, lineH, v, "", 0, "L", false, 0, "")
	}
	f.SetDrawColor(rule[0], rule[1], rule[2])
	f.SetLineWidth(0.2)
	f.Line(x, y+h, x+contentW, y+h)
	f.SetXY(x, y+h)
}

// findings lists the findings of one severity as a numbered list under
// title, and counts any beyond maxFindingsShown. With onePage set the list
// stops at the end of the page it starts on, so what follows still has
// room.
func (d *doc) findings(title string, fs []intake.Finding, sev intake.Severity, onePage bool) {
	var of []intake.Finding
	for _, fd := range fs {
		if fd.Severity == sev {
			of = append(of, fd)
		}
	}
	if len(of) == 0 || !d.heading(title) {
		return
	}
	f := d.f
	const num = 7.0
	page := f.PageNo()
	for i, fd := range of {
		msg := Clean(fd.Message, maxMessage)
		if msg == "" {
			msg = Clean(fd.Code, 60)
		}
		d.font("", 10.5, black)
		lines := f.SplitText(safe(msg), contentW-num)
		h := float64(len(lines))*lineH + 1.5
		if i == maxFindingsShown || onePage && i > 0 && (f.PageNo() != page || !d.fits(h+lineH)) {
			d.font("", 10.5, grey)
			if d.room(lineH) {
				d.para(words().say("more-findings", slots{Count: groupThousands(int64(len(of) - i)), ID: d.id}), lineH)
			}
			return
		}
		if !d.room(h) {
			return
		}
		f.SetX(margin)
		f.CellFormat(num, lineH, fmt.Sprintf("%d.", i+1), "", 0, "L", false, 0, "")
		for _, l := range lines {
			f.SetX(margin + num)
			f.CellFormat(contentW-num, lineH, l, "", 1, "L", false, 0, "")
		}
		f.Ln(1.5)
	}
}

// deliveries lists who the submission goes to and where each stands.
func (d *doc) deliveries(o intake.Outcome) {
	if len(o.Deliveries) == 0 || !d.heading(words().sectionRecipients) {
		return
	}
	for _, dl := range o.Deliveries {
		addr := Clean(dl.Address, maxName)
		if addr == "" {
			addr = words().noAddress
		}
		d.row(RecipientLabel(dl.Recipient), words().say("delivery", slots{
			Address: addr, Status: DeliveryStatus(dl.Status), Via: words().via[dl.Via],
		}))
	}
}

func (d *doc) footer() {
	f := d.f
	f.SetY(-17)
	f.SetDrawColor(rule[0], rule[1], rule[2])
	f.SetLineWidth(0.2)
	f.Line(margin, f.GetY(), margin+contentW, f.GetY())
	f.Ln(2)
	d.font("", 8.5, grey)
	left := words().say("footer", slots{Issued: Time(d.issued)})
	right := words().say("footer-page", slots{ID: d.id, Page: f.PageNo(), Pages: "{nb}"})
	f.CellFormat(contentW*0.7, 4.5, safe(left), "", 0, "L", false, 0, "")
	f.CellFormat(contentW*0.3, 4.5, safe(right), "", 0, "R", false, 0, "")
}

// channelLabel names how the submission arrived, or "" when not known.
func channelLabel(c intake.Channel) string { return words().channel[string(c)] }

func fileName(s string) string {
	if s = Clean(s, maxName); s != "" {
		return s
	}
	return words().noFileName
}

// glyphs is the set of runes the embedded fonts can draw. The PDF library
// indexes its width table by rune, so anything outside it must be replaced
// before it reaches the library.
var glyphs = sync.OnceValue(func() []bool {
	var fonts []*sfnt.Font
	for _, ttf := range [][]byte{goregular.TTF, gobold.TTF, gomono.TTF} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			panic("receipt: embedded font: " + err.Error())
		}
		fonts = append(fonts, f)
	}
	set := make([]bool, 0x10000)
	var buf sfnt.Buffer
	for r := rune(0x20); r < 0x10000; r++ {
		drawable := true
		for _, f := range fonts {
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				drawable = false
				break
			}
		}
		set[r] = drawable
	}
	return set
})

// safe replaces every rune the fonts cannot draw with "?"; s is already
// clean of control characters.
func safe(s string) string {
	set := glyphs()
	drawable := func(r rune) bool { return int(r) < len(set) && set[r] }
	if !strings.ContainsFunc(s, func(r rune) bool { return !drawable(r) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if drawable(r) {
			return r
		}
		return '?'
	}, s)
}

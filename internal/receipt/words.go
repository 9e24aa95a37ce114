package receipt

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
	"text/template/parse"
	"unicode"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/tmpl"
	"github.com/safeguarding-intake/intake/templates"
)

// The receipt's wording lives in the templates folder, where it can be
// changed without touching code: short labels in labelsFile, sentences in
// sentencesFile. Both are read once, when the first receipt or label is
// needed, and a file that is incomplete or cannot be read stops the
// program there rather than printing a receipt with gaps (the tests read
// them, so such a file does not get past them).
const (
	labelsFile    = "receipt-labels.txt"
	sentencesFile = "receipt.tmpl"
)

// words is what every receipt and helper says, read the first time one
// is needed: a program that never writes a receipt (a one-file extract)
// does not pay for reading and checking the files.
var words = sync.OnceValue(func() *wording { return mustLoad(templates.FS) })

func mustLoad(fsys fs.FS) *wording {
	w, err := load(fsys)
	if err != nil {
		panic("receipt: wording in the templates folder: " + err.Error())
	}
	return w
}

// wording is the receipt's words. The labels the code names one by one are
// fields; those named by a code of the service's vocabulary (a kind, a
// status, a recipient...) are maps by that code.
type wording struct {
	service, reference, noReference string

	sectionFix, sectionSubmission, sectionFields string
	sectionWarnings, sectionInformation          string
	sectionRecipients                            string
	rowPartnership, rowKind, rowFile, rowSize    string
	rowReceived, rowChannel, rowSubmitter        string
	rowFirstReceived, rowSHA256, rowDeadline     string
	rowPublication                               string
	noPartnership, noFileName, noTime, noAddress string

	title, kind, status, channel map[string]string
	recipient, delivery, via     map[string]string
	field                        map[string]string
	fieldOrder                   []string          // field keys as the labels file lists them
	value                        map[string]string // by "field.code", e.g. "lcspr_decision.yes"

	sentences *tmpl.Set
}

// labels binds each label the code names to its name in the labels file.
func (w *wording) labels() map[string]*string {
	return map[string]*string{
		"service":             &w.service,
		"reference":           &w.reference,
		"no-reference":        &w.noReference,
		"section.fix":         &w.sectionFix,
		"section.submission":  &w.sectionSubmission,
		"section.fields":      &w.sectionFields,
		"section.warnings":    &w.sectionWarnings,
		"section.information": &w.sectionInformation,
		"section.recipients":  &w.sectionRecipients,
		"row.partnership":     &w.rowPartnership,
		"row.kind":            &w.rowKind,
		"row.file":            &w.rowFile,
		"row.size":            &w.rowSize,
		"row.received":        &w.rowReceived,
		"row.channel":         &w.rowChannel,
		"row.submitter":       &w.rowSubmitter,
		"row.first-received":  &w.rowFirstReceived,
		"row.sha256":          &w.rowSHA256,
		"row.deadline":        &w.rowDeadline,
		"row.publication":     &w.rowPublication,
		"no-partnership":      &w.noPartnership,
		"no-file-name":        &w.noFileName,
		"no-time":             &w.noTime,
		"no-address":          &w.noAddress,
	}
}

// labelGroup is a family of labels named "prefix.code", one for each code.
type labelGroup struct {
	prefix string
	codes  []string
	m      *map[string]string
}

// Codes the labels file must give words for, beyond the service's own
// constants: the title and kind label of a kind not recognised, the
// decision not yet taken, and the coded answers read from documents.
const (
	unknownKind = string(intake.Unknown)
	undecided   = "undecided"
)

// knownFields are the fields of DESIGN 4.3; each needs a label.
var knownFields = []string{
	"title", "partnership_name", "document_date", "child", "sin_reference",
	"sin_date", "incident_date", "review_date", "lcspr_decision", "national_review",
	"period_start", "period_end", "publication_date", "implementation_date", "url",
	"partner_local_authority", "partner_police", "partner_health",
	"decision_date", "report_date", "publication", "reviewer",
}

var codedValues = []string{
	"lcspr_decision.yes", "lcspr_decision.no", "lcspr_decision.undecided",
	"national_review.recommended", "national_review.not_recommended",
	"publication.full", "publication.improvements_only", "publication.not_published",
}

func (w *wording) groups() []labelGroup {
	var kinds []string
	for _, k := range intake.Kinds() {
		kinds = append(kinds, string(k))
	}
	kinds = append(kinds, unknownKind)
	return []labelGroup{
		{"title", kinds, &w.title},
		{"kind", kinds, &w.kind},
		{"status", []string{string(intake.Accepted), string(intake.Rejected), string(intake.Duplicate), undecided}, &w.status},
		{"channel", []string{string(intake.CLI), string(intake.Portal), string(intake.Email)}, &w.channel},
		{"recipient", []string{intake.RecipientPanel, intake.RecipientWWC, intake.RecipientDfE, intake.RecipientDfEReviews, intake.RecipientOfsted, intake.RecipientSubmitter}, &w.recipient},
		{"delivery", []string{intake.DeliverySent, intake.DeliveryFailed, intake.DeliverySkipped, intake.DeliveryPending}, &w.delivery},
		{"via", []string{"attachment", "link"}, &w.via},
		{"field", knownFields, &w.field},
		{"value", codedValues, &w.value},
	}
}

// sentenceNames are the blocks the sentences file must define.
var sentenceNames = []string{
	"next-step-accepted", "next-step-rejected", "next-step-duplicate", "next-step-undecided",
	"deadline", "publication-rule", "delivery", "more-findings", "receipt-full",
	"footer", "footer-page", "document-title",
}

// slots are the values a sentence may use; each block of the sentences
// file documents the ones it reads.
type slots struct {
	ID          string
	Recipients  []string
	Warnings    bool
	DuplicateOf string
	Due         string
	Rule        string
	From        string
	Met         bool
	Count       string
	Address     string
	Status      string
	Via         string
	Issued      string
	Page        int
	Pages       string
}

// load reads and checks both wording files.
func load(fsys fs.FS) (*wording, error) {
	w := new(wording)
	var errs []error
	if b, err := fs.ReadFile(fsys, labelsFile); err != nil {
		errs = append(errs, err)
	} else if err := w.parseLabels(b); err != nil {
		errs = append(errs, err)
	}
	if b, err := fs.ReadFile(fsys, sentencesFile); err != nil {
		errs = append(errs, err)
	} else if w.sentences, err = parseSentences(b); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return w, nil
}

// parseLabels reads "name: wording" lines. Every name must appear exactly
// once with some wording; all problems are reported together, by line.
func (w *wording) parseLabels(b []byte) error {
	if !utf8.Valid(b) {
		return fmt.Errorf("%s: not UTF-8 text", labelsFile)
	}
	fixed := w.labels()
	groups := make(map[string]labelGroup)
	for _, g := range w.groups() {
		*g.m = make(map[string]string, len(g.codes))
		groups[g.prefix] = g
	}
	var errs []error
	fail := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s line %d: %s", labelsFile, line, fmt.Sprintf(format, args...)))
	}
	seen := make(map[string]int)
	text := strings.TrimPrefix(string(b), "\uFEFF") // a byte order mark some editors add
	for i, line := range strings.Split(text, "\n") {
		n := i + 1
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		switch {
		case !ok:
			fail(n, "%q has no colon between the name and the wording", line)
			continue
		case value == "":
			fail(n, "%q has no wording", name)
			seen[name] = n // said once is enough: not "missing" as well
			continue
		case seen[name] > 0:
			fail(n, "%q is given again (first on line %d)", name, seen[name])
			continue
		}
		if p, ok := fixed[name]; ok {
			*p, seen[name] = value, n
			continue
		}
		prefix, code, _ := strings.Cut(name, ".")
		g, ok := groups[prefix]
		if !ok || !slices.Contains(g.codes, code) {
			fail(n, "%q is not a name the receipt uses", name)
			continue
		}
		(*g.m)[code], seen[name] = value, n
		if prefix == "field" {
			w.fieldOrder = append(w.fieldOrder, code)
		}
	}
	var missing []string
	for name := range fixed {
		if seen[name] == 0 {
			missing = append(missing, name)
		}
	}
	for _, g := range groups {
		for _, c := range g.codes {
			if name := g.prefix + "." + c; seen[name] == 0 {
				missing = append(missing, name)
			}
		}
	}
	sort.Strings(missing)
	for _, name := range missing {
		errs = append(errs, fmt.Errorf("%s: %q is missing", labelsFile, name))
	}
	return errors.Join(errs...)
}

// parseSentences parses the sentences file, tidies the blocks' spacing and
// runs every block once with no values and once with all of them, so a
// block that names a value which does not exist fails here, not on a
// receipt.
func parseSentences(b []byte) (*tmpl.Set, error) {
	t := tmpl.NewText(map[string]any{"join": join})
	if err := t.Parse(sentencesFile, string(b)); err != nil {
		return nil, err
	}
	var errs []error
	for _, name := range sentenceNames {
		if t.Tree(name) == nil {
			errs = append(errs, fmt.Errorf("%s: block %q is missing", sentencesFile, name))
		}
	}
	for _, n := range t.Names() {
		if n != sentencesFile && !slices.Contains(sentenceNames, n) {
			errs = append(errs, fmt.Errorf("%s: block %q is not one the receipt uses", sentencesFile, n))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for _, name := range sentenceNames {
		tidy(t.Tree(name).Root)
	}
	all := slots{
		ID: "RR-2025-7F3K9Q", Recipients: []string{"one", "two", "three"}, Warnings: true,
		DuplicateOf: "RR-2025-8H2J4K", Due: "Monday 24 March 2025", Rule: "rule", From: "3 March 2025",
		Met: true, Count: "2", Address: "a@example.org", Status: "sent", Via: "attached",
		Issued: "Friday 21 March 2025, 10:20 GMT", Page: 1, Pages: "2",
	}
	for _, name := range sentenceNames {
		for _, s := range []slots{{}, all} {
			if err := t.Execute(new(strings.Builder), name, s); err != nil {
				errs = append(errs, err)
				break
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return t, nil
}

// tidy lets a block be laid out over several lines: in its own words, runs
// of spaces and line breaks become one space, and the block's leading and
// trailing space goes. Values filled in are left as they are.
func tidy(root *parse.ListNode) {
	squeeze(root)
	if len(root.Nodes) == 0 {
		return
	}
	if t, ok := root.Nodes[0].(*parse.TextNode); ok {
		t.Text = []byte(strings.TrimLeftFunc(string(t.Text), unicode.IsSpace))
	}
	if t, ok := root.Nodes[len(root.Nodes)-1].(*parse.TextNode); ok {
		t.Text = []byte(strings.TrimRightFunc(string(t.Text), unicode.IsSpace))
	}
}

func squeeze(n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				squeeze(c)
			}
		}
	case *parse.TextNode:
		var b strings.Builder
		space := false
		for _, r := range string(n.Text) {
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		if space {
			b.WriteByte(' ')
		}
		n.Text = []byte(b.String())
	case *parse.IfNode:
		squeeze(n.List)
		squeeze(n.ElseList)
	case *parse.RangeNode:
		squeeze(n.List)
		squeeze(n.ElseList)
	case *parse.WithNode:
		squeeze(n.List)
		squeeze(n.ElseList)
	}
}

// say fills in a sentence. load has run every sentence, so it does not
// fail on the files it accepted; should it, the words written so far are
// shown rather than stopping the receipt.
func (w *wording) say(name string, s slots) string {
	var b strings.Builder
	_ = w.sentences.Execute(&b, name, s)
	return b.String()
}

// join lists xs as "a, b and c": sep between all but the last two, last
// between those.
func join(xs []string, sep, last string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], sep) + last + xs[len(xs)-1]
}

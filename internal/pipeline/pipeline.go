// Package pipeline takes a submitted document from bytes to a routed,
// recorded and receipted outcome: fetch, sniff, extract, classify, identify
// the partnership, read fields, validate, decide, receipt, deliver, record.
// It knows nothing of AWS: storage, the ledger and mail are ports that the
// CLI and the Lambda functions fill with their own adapters.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/classify"
	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/fields"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/routing"
	"github.com/safeguarding-intake/intake/internal/rules"
)

// ErrIncomplete is returned, with the outcome, when some delivery failed.
// The failed recipients are retried alone when the same source is
// processed again.
var ErrIncomplete = errors.New("some notifications could not be sent")

// ErrInFlight is returned, with the outcome, when another worker holds a
// delivery of the submission. Processing the source again later finishes
// it, or takes the delivery over if that worker died before its lease ran
// out.
var ErrInFlight = errors.New("another worker is still sending a notification")

// Defaults for the zero values of Pipeline's tunables.
const (
	DefaultAttachLimit = 10 << 20
	DefaultLinkTTL     = 7 * 24 * time.Hour
	DefaultLease       = 5 * time.Minute
)

// Pipeline processes submissions. Its ports and registries are set by the
// caller; the zero values of the tunables take the defaults above.
type Pipeline struct {
	Blobs    Blobs
	Ledger   Ledger
	Mailer   Mailer
	Registry *registry.Registry
	Routes   *routing.Routes
	// Sender is the From address of every notification.
	Sender string
	// AttachLimit is the largest document attached to a notification; a
	// larger one travels as a time-limited link.
	AttachLimit int64
	LinkTTL     time.Duration
	// Lease is how long a delivery being sent by one worker is left alone
	// by others, in case the first died mid-send.
	Lease  time.Duration
	Limits extract.Limits
	// Round2023Due moves the 2023 arrangements round's deadline; zero is
	// intake.DefaultRound2023Due.
	Round2023Due time.Time
	Now          func() time.Time
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

// Process runs one source through the pipeline. A document that fails a
// check is a normal outcome (rejected, with findings), not an error. An
// error means the service could not finish — storage, the ledger or mail
// failed — and processing the same source again is safe and completes it.
func (p *Pipeline) Process(ctx context.Context, src Source) (intake.Outcome, error) {
	if src.Key == "" {
		return intake.Outcome{}, errors.New("pipeline: source without a key")
	}
	if rec, found, err := p.Ledger.Lookup(ctx, src.Key); err != nil {
		return intake.Outcome{}, fmt.Errorf("looking up source: %w", err)
	} else if found {
		return p.resume(ctx, rec, src)
	}

	out := p.analyse(ctx, src)
	if out.Status == intake.Accepted && out.Partnership != nil {
		dup, found, err := p.duplicateOf(ctx, out, src, "")
		if err != nil {
			return out, err
		}
		if found {
			markDuplicate(&out, dup)
		}
	}
	out.Deliveries = p.plan(out, src.NoReply)

	for attempt := 0; ; attempt++ {
		out.ID = intake.NewID(out.Kind, out.Received, src.Key, attempt)
		stored, created, err := p.Ledger.Claim(ctx, intake.Record{Outcome: out, SourceKey: src.Key, Stored: keptAt(out.ID, src)})
		if errors.Is(err, ErrIDTaken) && attempt < 8 {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("recording submission: %w", err)
		}
		if !created {
			// Another invocation recorded this source first.
			return p.resume(ctx, stored, src)
		}
		return p.complete(ctx, stored, src)
	}
}

// duplicateOf returns the first accepted submission, other than exceptID,
// of the same content, kind and partnership as out, when out repeats it.
func (p *Pipeline) duplicateOf(ctx context.Context, out intake.Outcome, src Source, exceptID string) (string, bool, error) {
	dup, found, err := p.Ledger.FindContent(ctx, out.SHA256, out.Kind, out.Partnership.ID, exceptID)
	if err != nil {
		return "", false, fmt.Errorf("checking for duplicates: %w", err)
	}
	if found && strings.TrimSpace(src.Published) != "" {
		// A publication date given with the upload is a declared fact:
		// the same report with a corrected date is a new submission.
		first, ok, err := p.Ledger.Get(ctx, dup)
		if err != nil {
			return "", false, fmt.Errorf("checking for duplicates: %w", err)
		}
		found = !ok || first.Fields["publication_date"] == out.Fields["publication_date"]
	}
	return dup, found, nil
}

func markDuplicate(out *intake.Outcome, first string) {
	out.Status = intake.Duplicate
	out.DuplicateOf = first
	out.Findings = append(out.Findings, intake.NewFinding(intake.DuplicateSubmission,
		"This document was already received for this partnership as %s, so it has not been sent again.", first))
}

// analyse runs every step that has no side effects and returns the
// outcome with findings, fields and status decided.
func (p *Pipeline) analyse(ctx context.Context, src Source) intake.Outcome {
	sum := sha256.Sum256(src.Data)
	out := intake.Outcome{
		File:      src.Name,
		Channel:   src.Channel,
		SHA256:    hex.EncodeToString(sum[:]),
		Bytes:     int64(len(src.Data)),
		Received:  src.Received.UTC(),
		Kind:      intake.Unknown,
		Fields:    map[string]string{},
		Submitter: src.Submitter,
	}
	if out.Received.IsZero() {
		out.Received = p.now().UTC()
	}
	// Findings about how the document arrived (an email's sender checks)
	// come first; one that is an error means the document is not opened.
	out.Findings = append(out.Findings, src.Findings...)
	var doc extract.Document
	if !intake.HasErrors(src.Findings) {
		var findings []intake.Finding
		doc, findings = extract.Extract(ctx, src.Name, src.Data, p.Limits)
		out.Findings = append(out.Findings, findings...)
	}
	out.MediaType = doc.MediaType

	hinted, _ := intake.ParseKind(strings.TrimSpace(src.Kind))
	out.Kind = hinted
	readable := !intake.HasErrors(out.Findings)
	if readable && out.Kind == intake.Unknown {
		if doc.LinkOnly {
			// A bare link is how published arrangements are submitted.
			out.Kind = intake.Arrangements
		} else {
			out.Kind = classify.KindOf(doc.Text, doc.Blocks, src.Name, doc.Title)
		}
	}
	if readable && out.Kind == intake.Unknown {
		out.Findings = append(out.Findings, intake.NewFinding(intake.KindUnknown,
			"We could not tell whether this is a rapid review, a yearly report, safeguarding arrangements or the final report of a local child safeguarding practice review. Check you uploaded the right file, or choose the kind of document when you upload it. Learning briefings and summaries are not sent to the national bodies."))
	}

	partnership, found := p.identify(src, doc, readable)
	out.Partnership = partnership
	out.Findings = append(out.Findings, found...)

	if readable && out.Kind == intake.Unknown {
		// A document of no kind still says whose it is and when, as every
		// kind does. Its title is not kept: the title reader takes the
		// first line that names a kind, which in a document of none is a
		// line that speaks of one.
		out.Fields, out.Evidence = fields.ReadDocument(out.Kind, doc.Text, doc.Blocks)
		delete(out.Fields, fields.Title)
		delete(out.Evidence, fields.Title)
	}
	if readable && out.Kind != intake.Unknown {
		out.Fields, out.Evidence = fields.ReadDocument(out.Kind, doc.Text, doc.Blocks)
		if doc.LinkOnly {
			// A link is checked as a link (DESIGN 1): a letter giving it
			// states its dates, but the partners it names are not an
			// arrangements document's.
			for _, k := range []string{fields.PartnerLocalAuthority, fields.PartnerPolice, fields.PartnerHealth} {
				delete(out.Fields, k)
				delete(out.Evidence, k)
			}
		}
		if doc.LinkOnly && out.Fields["url"] == "" {
			if link := linkTarget(doc.Text); link != "" {
				out.Fields["url"] = link
				out.Evidence["url"] = intake.Evidence{Text: document.Snippet(link, intake.MaxEvidence)}
			}
		}
		// A report that states no publication date was published when
		// its file was last saved (DESIGN 4.4: "in text or metadata").
		if out.Kind == intake.YearlyReport && out.Fields["publication_date"] == "" && !doc.LinkOnly {
			if t := metadataDate(doc); !t.IsZero() {
				out.Fields["publication_date"] = intake.ISODate(intake.Day(t))
			}
		}
		if pub := strings.TrimSpace(src.Published); pub != "" && out.Kind == intake.YearlyReport {
			if d, ok := fields.ParseDate(pub); ok {
				out.Fields["publication_date"] = intake.ISODate(d)
				// Given with the upload: the document does not show it.
				delete(out.Evidence, "publication_date")
			}
		}
		fs, deadline := rules.Check(rules.Input{
			Kind:     out.Kind,
			Fields:   out.Fields,
			Text:     doc.Text,
			Received: out.Received,
			LinkOnly: doc.LinkOnly,
			Blocks:   doc.Blocks,
			Evidence: out.Evidence,
			// The 2023 arrangements round's deadline, when configured.
			Round2023Due: p.Round2023Due,
		})
		out.Findings = append(out.Findings, fs...)
		out.Deadline = deadline
	}
	if out.Fields == nil {
		out.Fields = map[string]string{}
	}
	intake.SortFindings(out.Findings)
	out.Status = intake.Accepted
	if intake.HasErrors(out.Findings) {
		out.Status = intake.Rejected
	}
	return out
}

// identify finds the partnership from, in order of trust: the uploader's
// own statement (upload path or metadata), the submitter's email domain,
// and the document's text (for a bare link, the link's words). It warns when the document names another area
// than the one the uploader gave.
func (p *Pipeline) identify(src Source, doc extract.Document, readable bool) (*intake.Partnership, []intake.Finding) {
	var claimed *registry.Partnership
	var findings []intake.Finding
	if h := strings.TrimSpace(src.Partnership); h != "" && !strings.EqualFold(h, "unknown") && !strings.EqualFold(h, "auto") {
		if pt, ok := p.Registry.Resolve(h); ok {
			claimed = &pt
		} else {
			findings = append(findings, intake.NewFinding(intake.PartnershipUnknown,
				"The partnership %q given with the upload is not one we recognise. Use your local authority's name or code, as listed in the service's guidance.", clip(h, 60)))
			return nil, findings
		}
	}
	if claimed == nil && src.Submitter != "" {
		if pt, ok := p.Registry.ForDomain(src.Submitter); ok {
			claimed = &pt
		}
	}
	var named, rival *registry.Partnership
	if readable {
		if ms, tied := p.Registry.Identify(doc.Text, doc.Title, doc.Blocks); len(ms) > 0 {
			named = &ms[0].Partnership
			if tied {
				rival = &ms[1].Partnership
			}
		} else if doc.LinkOnly {
			if pt, ok := areaFromLink(p.Registry, linkTarget(doc.Text)); ok {
				named = &pt
			}
		}
	}
	switch {
	case claimed != nil:
		if named != nil && named.ID != claimed.ID && (rival == nil || rival.ID != claimed.ID) {
			findings = append(findings, intake.NewFinding(intake.PartnershipMismatch,
				"This was submitted for %s, but the document names %s. Check that you uploaded the right document.", claimed.Name, named.Name))
		}
		ref := claimed.Ref()
		return &ref, findings
	case named != nil && rival != nil:
		findings = append(findings, intake.NewFinding(intake.PartnershipUnknown,
			"The document names %s and %s equally, so we could not tell which partnership it is from. Choose your partnership when you upload it, or send it from your partnership's email address.", named.Name, rival.Name))
	case named != nil:
		ref := named.Ref()
		return &ref, findings
	case readable:
		findings = append(findings, intake.NewFinding(intake.PartnershipUnknown,
			"We could not tell which safeguarding partnership this document is from. Make sure it names your partnership or local authority, or choose your partnership when you upload it."))
	}
	return nil, findings
}

// plan lists the deliveries an outcome needs: the national bodies for an
// accepted document, and the submitter, when known, whatever the outcome.
func (p *Pipeline) plan(out intake.Outcome, noReply bool) []intake.Delivery {
	var ds []intake.Delivery
	for _, rc := range p.Routes.For(out.Kind) {
		st := intake.DeliveryPending
		if out.Status != intake.Accepted {
			st = intake.DeliverySkipped
		}
		ds = append(ds, intake.Delivery{Recipient: rc.Name, Address: rc.Address, Status: st})
	}
	if out.Submitter != "" && !noReply {
		ds = append(ds, intake.Delivery{Recipient: intake.RecipientSubmitter, Address: out.Submitter, Status: intake.DeliveryPending})
	}
	return ds
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// originalKey is where the pipeline keeps a copy of a source it was handed
// as bytes (the CLI), so that nothing submitted is lost.
// keptAt returns where the original of src, recorded as id, is kept: where
// it already was, or the pipeline's own copy.
func keptAt(id string, src Source) string {
	if src.Stored != "" {
		return src.Stored
	}
	return originalKey(id, src.Name)
}

func originalKey(id, name string) string {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	var b strings.Builder
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	s := strings.Trim(b.String(), "._")
	if s == "" {
		s = "document"
	}
	return "submissions/originals/" + id + "/" + clip(s, 100)
}

// metadataDate is the date a file's properties give it: when it was last
// modified, else created; zero when it has neither.
func metadataDate(doc extract.Document) time.Time {
	if !doc.Modified.IsZero() {
		return doc.Modified
	}
	return doc.Created
}

package inbound

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/registry"
)

// Options describe how a message's submissions are named and checked.
type Options struct {
	// File is the message's own file name, which prefixes each
	// submission's name ("message.eml#Rapid review.pdf"), as the CLI shows
	// them. Empty for messages from SES: a submission is then named after
	// its attachment alone.
	File string
	// Registry knows the partnerships' sender domains. Nil skips the
	// sender checks and leaves the partnership to the document.
	Registry *registry.Registry
	// Received is when the message was received, used when its header
	// gives no usable date. Zero leaves it to the pipeline (now).
	Received time.Time
	Limits   Limits
}

// MaxTransit is how far a message's Date may lie before the time the
// receiving server took it. A Date further back, or in the receiving
// server's future, is not believed: it would let a sender backdate a
// late submission.
const MaxTransit = 24 * time.Hour

// Read parses a raw message and returns the submissions it carries. It
// always returns at least one: a message that cannot be read, or carries
// nothing usable, is one rejected submission, so that it is recorded.
func Read(raw []byte, opt Options) []intake.Source {
	m, err := Parse(raw, opt.Limits)
	if err != nil {
		r := reasonUnreadable
		if errors.Is(err, ErrTooLarge) {
			r = reasonTooLarge
		}
		sum := sha256.Sum256(raw)
		src := intake.Source{
			Name:     opt.messageName(),
			Key:      "email:sha256-" + hex.EncodeToString(sum[:16]) + "#0",
			Channel:  intake.Email,
			Received: opt.Received,
			NoReply:  true, // no sender can be trusted from an unreadable message
			Findings: []intake.Finding{r.finding()},
		}
		return []intake.Source{src}
	}
	return Submissions(m, opt)
}

func digest(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:16])
}

// Submissions decides what a parsed message carries:
//
//   - a virus or spam verdict, an automatic message (auto-reply, bounce,
//     list mail) or a sender that fails every check for a registered
//     domain: one rejected submission, its attachments unopened;
//   - otherwise one submission per attachment of an accepted type,
//     judged by its bytes (pictures, calendar invitations and contact
//     cards are passed over);
//   - failing that, a link to published arrangements in the body, as a
//     link submission;
//   - failing that, one rejected submission saying why.
//
// Only the first submission of a message answers its sender: one message
// gets one reply, however many documents it carried. The others have no
// Submitter and NoReply set; they are recorded, forwarded and receipted
// all the same. When there are several, each carries their number in
// Parts, and the first's reply, sent once all are processed, tells the
// sender what became of every one.
func Submissions(m *Message, opt Options) []intake.Source {
	base := intake.Source{
		Channel:    intake.Email,
		Received:   receivedAt(m, opt.Received),
		MessageID:  m.MessageID,
		References: append([]string(nil), m.References...),
		Subject:    m.Subject,
	}
	mayReply := m.From != "" && m.Automatic == Person && m.Spam != VerdictFail && m.Virus != VerdictFail
	var claimed registry.Partnership
	registered := false
	if opt.Registry != nil && m.From != "" {
		claimed, registered = opt.Registry.ForDomain(m.From)
		if registered {
			base.Partnership = claimed.ID
		}
	}

	var reasons []reason
	if m.Virus == VerdictFail {
		reasons = append(reasons, reasonVirus)
	}
	if m.Spam == VerdictFail {
		reasons = append(reasons, reasonSpam)
	}
	if len(reasons) == 0 && m.Automatic != Person {
		reasons = append(reasons, reasonAutomatic)
	}
	if len(reasons) == 0 && registered && !m.Auth.Verified(m.From) {
		reasons = append(reasons, reasonUnverified)
	}
	if len(reasons) == 0 && m.Damaged {
		reasons = append(reasons, reasonDamagedMessage)
	}
	if len(reasons) > 0 {
		return []intake.Source{whole(m, opt, base, mayReply, reasons...)}
	}

	var docs []intake.Source
	unusable := 0
	for _, a := range m.Attachments {
		if ignored(a) {
			continue
		}
		mt := extract.Sniff(a.Data)
		if !accepted(mt) && !a.Damaged {
			unusable++
			continue
		}
		src := base
		src.Name = opt.partName(attachmentName(a, mt, len(docs)))
		src.Data = a.Data
		if a.Damaged {
			src.Findings = []intake.Finding{reasonDamagedAttachment.finding()}
		}
		docs = append(docs, src)
	}
	if len(docs) == 0 && unusable == 0 {
		if link, ok := arrangementsLink(m); ok {
			src := base
			src.Name = opt.partName(linkName)
			src.Data = []byte("[InternetShortcut]\r\nURL=" + link + "\r\n")
			// A letter giving the link is the submission itself, so that
			// the dates it gives beside the link are read, as from a
			// letter uploaded as a file.
			if own := opening(m.Text); extract.IsLinkLetter(own) && strings.Contains(own, link) {
				src.Data = []byte(own)
			}
			src.Kind = string(intake.Arrangements)
			docs = append(docs, src)
		} else if own := strings.TrimSpace(opening(m.Text)); own != "" && extract.IsLinkLetter(own) {
			// A letter written to give the link that forgot it: a link
			// submission without its link, whose dates are still read.
			src := base
			src.Name = opt.partName(letterName)
			src.Data = []byte(own)
			src.Kind = string(intake.Arrangements)
			docs = append(docs, src)
		} else if own := strings.TrimSpace(m.Text); pastedDocument(own) {
			// A document pasted into the message, often after a covering
			// note and its sign-off: the body is the submission, read like
			// a text file.
			src := base
			src.Name = opt.partName(bodyName)
			src.Data = []byte(own)
			docs = append(docs, src)
		}
	}
	if len(docs) == 0 {
		r := reasonNothing
		if unusable > 0 {
			r = reasonUnsupported
		}
		return []intake.Source{whole(m, opt, base, mayReply, r)}
	}
	if len(docs) == 1 && docs[0].Kind == "" {
		docs[0].Kind = kindHint(m.Subject, m.Text)
	}
	id := messageKey(m)
	for i := range docs {
		docs[i].Key = "email:" + id + "#" + strconv.Itoa(i)
		if len(docs) > 1 {
			docs[i].Parts = len(docs)
		}
		if i == 0 && mayReply {
			docs[i].Submitter = m.From
		} else {
			docs[i].NoReply = true
		}
	}
	return docs
}

// linkName names a link submission made from a message's body (a
// shortcut, or the letter that gives the link); letterName a letter that
// was to give the link but gives none; bodyName a document pasted into the
// body.
const (
	linkName   = "arrangements-link.url"
	letterName = "arrangements-letter.txt"
	bodyName   = "message-body.txt"
)

// minPastedDocument is the fewest bytes of a body taken as a document
// pasted into it, rather than a covering note, on its length alone.
const minPastedDocument = 1500

// pastedDocument reports whether a message's own text is a document pasted
// into it rather than a covering note: long, or shaped as a document is
// though short. A short form pasted in gives dated facts under their
// labels ("SIN sent: 12/12/2025", "Incident: 10/12/2025") or is cut into
// sections, each heading followed by what it says; a covering note and its
// signature ("Tel: 01482 …", "Kind regards") are neither.
func pastedDocument(text string) bool {
	if len(text) >= minPastedDocument {
		return true
	}
	if len(text) < 300 {
		return false
	}
	dated := 0
	for _, line := range strings.Split(text, "\n") {
		if label, value, ok := strings.Cut(line, ":"); ok && len(strings.Fields(label)) <= 6 && startsWithDate(value) {
			dated++
		}
	}
	sections := 0
	for _, p := range document.Pairs(document.FromText(text)) {
		if len(strings.Fields(p.Label)) <= 6 && len(strings.Fields(p.Value)) >= 8 {
			sections++
		}
	}
	return dated >= 2 || sections >= 3
}

// startsWithDate reports whether s opens with a date written in figures
// (12/12/2025, 12.12.25, 2025-12-12) or with a day and a month's name (12
// December 2025, 12th Dec), perhaps after a weekday.
func startsWithDate(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) > 1 && namePrefix(strings.Trim(w[0], ",."), weekdays) {
		w = w[1:]
	}
	if len(w) == 0 {
		return false
	}
	first := strings.Trim(w[0], ",.")
	if parts := strings.FieldsFunc(first, func(r rune) bool { return r == '/' || r == '.' || r == '-' }); len(parts) == 3 {
		for _, p := range parts {
			if p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
				return false
			}
		}
		return true
	}
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		first = strings.TrimSuffix(first, suffix)
	}
	if first == "" || len(first) > 2 || strings.Trim(first, "0123456789") != "" || len(w) < 2 {
		return false
	}
	return namePrefix(strings.Trim(w[1], ",."), months)
}

var (
	months   = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

// namePrefix reports whether w is one of names or its first three letters
// or more ("Dec", "Sept", "Tues").
func namePrefix(w string, names []string) bool {
	if len(w) < 3 {
		return false
	}
	for _, n := range names {
		if strings.HasPrefix(n, w) {
			return true
		}
	}
	return false
}

// whole is the one submission of a message rejected as a whole. It holds
// no data: the message's attachments are not opened.
func whole(m *Message, opt Options, base intake.Source, mayReply bool, reasons ...reason) intake.Source {
	src := base
	src.Name = opt.messageName()
	src.Key = "email:" + messageKey(m) + "#0"
	for _, r := range reasons {
		src.Findings = append(src.Findings, r.finding())
		if r.quiet {
			mayReply = false
		}
	}
	if mayReply {
		src.Submitter = m.From
	} else {
		src.NoReply = true
	}
	return src
}

// messageKey identifies a message: its Message-ID, so that the same
// message delivered twice (an SMTP retry) is the same source; the hash of
// its bytes when it has none.
func messageKey(m *Message) string {
	if m.MessageID != "" {
		return strings.Trim(m.MessageID, "<>")
	}
	if m.digest != "" {
		return "sha256-" + m.digest
	}
	// A Message built by hand: hash what identifies it.
	sum := sha256.Sum256([]byte(m.From + "\x00" + m.Subject + "\x00" + m.Date.String()))
	return "sha256-" + hex.EncodeToString(sum[:16])
}

// receivedAt is the message's Date, unless the receiving server's own
// time shows it to be wrong; without a Date, when the server took it; and
// failing that, fallback.
func receivedAt(m *Message, fallback time.Time) time.Time {
	d, arrived := m.Date, m.Arrived
	switch {
	case d.IsZero() && arrived.IsZero():
		return fallback
	case d.IsZero():
		return arrived
	case !arrived.IsZero() && (d.After(arrived.Add(15*time.Minute)) || d.Before(arrived.Add(-MaxTransit))):
		return arrived
	}
	return d
}

func (o Options) messageName() string {
	if f := o.file(); f != "" {
		return f
	}
	return "message.eml"
}

func (o Options) partName(name string) string {
	if f := o.file(); f != "" {
		return f + "#" + name
	}
	return name
}

func (o Options) file() string {
	f := strings.TrimSpace(o.File)
	if f == "" {
		return ""
	}
	f = path.Base(strings.ReplaceAll(f, `\`, "/"))
	if f == "." || f == "/" {
		return ""
	}
	return f
}

// accepted lists the media types the pipeline reads.
func accepted(mt string) bool {
	switch mt {
	case extract.TypePDF, extract.TypeDOCX, extract.TypeText, extract.TypeMarkdown, extract.TypeHTML, extract.TypeURIList:
		return true
	}
	return false
}

// ignored passes over the files mail clients add by themselves:
// signature pictures, calendar invitations, contact cards, signatures.
func ignored(a Attachment) bool {
	ct := a.ContentType
	name := strings.ToLower(a.Name)
	switch {
	case strings.HasPrefix(ct, "image/"),
		ct == "text/calendar", ct == "application/ics",
		ct == "text/vcard", ct == "text/x-vcard", ct == "text/directory",
		ct == "application/pkcs7-signature", ct == "application/x-pkcs7-signature",
		ct == "application/pgp-signature", ct == "application/pgp-keys":
		return true
	}
	for _, ext := range []string{".ics", ".vcf", ".p7s", ".asc", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".emz", ".wmz"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	switch extract.Sniff(a.Data) {
	case extract.TypeBinary:
		// Pictures of any declared type are layout, not documents.
		return isPicture(a.Data)
	}
	return false
}

func isPicture(b []byte) bool {
	for _, sig := range []string{"\x89PNG\r\n\x1a\n", "\xFF\xD8\xFF", "GIF87a", "GIF89a", "II*\x00", "MM\x00*", "BM"} {
		if strings.HasPrefix(string(b[:min(len(b), 8)]), sig) {
			return true
		}
	}
	return false
}

// attachmentName is the attachment's own name or, for one sent without,
// a name from its position and type.
func attachmentName(a Attachment, mt string, n int) string {
	if a.Name != "" {
		return a.Name
	}
	ext := map[string]string{
		extract.TypePDF: ".pdf", extract.TypeDOCX: ".docx", extract.TypeText: ".txt",
		extract.TypeMarkdown: ".md", extract.TypeHTML: ".html", extract.TypeURIList: ".url",
	}[mt]
	return "attachment-" + strconv.Itoa(n+1) + ext
}

// kindHint reads the kind from the subject, or failing that the opening
// of the body, when exactly one kind is named there.
func kindHint(subject, text string) string {
	if k := namedKind(subject); k != "" {
		return k
	}
	return namedKind(clip(opening(text), 2000))
}

func namedKind(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	found := ""
	for _, kw := range []struct {
		kind  intake.Kind
		words []string
	}{
		{intake.RapidReview, []string{"rapid review"}},
		{intake.YearlyReport, []string{"annual report", "yearly report"}},
		{intake.Arrangements, []string{"arrangements"}},
		{intake.PracticeReview, []string{"lcspr", "practice review", "final report"}},
	} {
		for _, w := range kw.words {
			if strings.Contains(s, w) {
				if kw.kind == intake.PracticeReview && (found == string(intake.RapidReview) || !namesPracticeReview(s, w)) {
					// A rapid review's subject speaks of the local review
					// it decides on, and of the Panel it goes to.
					continue
				}
				if found != "" && found != string(kw.kind) {
					return ""
				}
				found = string(kw.kind)
			}
		}
	}
	return found
}

// namesPracticeReview reports whether w in s names a practice review
// rather than the Child Safeguarding Practice Review Panel.
func namesPracticeReview(s, w string) bool {
	for rest := s; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		rest = rest[i+len(w):]
		if !strings.HasPrefix(rest, " panel") {
			return true
		}
	}
}

// opening is the body up to the sender's sign-off or signature, where
// their own words end and footers, disclaimers and quoted mail begin.
func opening(text string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		l := strings.ToLower(strings.TrimSpace(line))
		if line == "-- " || line == "--" || l == "________________________________" {
			return strings.Join(lines[:i], "\n")
		}
		for _, p := range []string{"kind regards", "regards", "best wishes", "many thanks", "thanks", "thank you", "yours sincerely", "yours faithfully", "from:", "-----original message-----"} {
			if l == p || l == p+"," || strings.HasPrefix(l, p) && len(l) < len(p)+4 {
				return strings.Join(lines[:i], "\n")
			}
		}
	}
	return text
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "")
}

// noiseHosts are sites that signatures and mail systems link to.
var noiseHosts = []string{
	"twitter.com", "x.com", "facebook.com", "linkedin.com", "instagram.com", "youtube.com",
	"tiktok.com", "microsoft.com", "aka.ms", "office.com", "google.com", "goo.gl", "bit.ly",
}

// arrangementsLink finds the link to published arrangements in a message
// that speaks of arrangements: one whose address names them, or one the
// sender wrote above their signature. Links in signatures and
// disclaimers, and to social media, are not it.
func arrangementsLink(m *Message) (string, bool) {
	own := opening(m.Text)
	if !strings.Contains(strings.ToLower(m.Subject+"\n"+own), "arrangements") {
		return "", false
	}
	best, bestScore := "", 0
	for _, raw := range m.Links {
		u := unwrapLink(raw)
		pu, err := url.Parse(u)
		if err != nil || pu.Hostname() == "" || noise(pu.Hostname()) {
			continue
		}
		score := 0
		if strings.Contains(strings.ToLower(pu.Host+pu.Path), "arrangement") {
			score += 2
		}
		if strings.Contains(own, raw) || strings.Contains(own, u) || strings.Contains(own, strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")) {
			score += 2
		}
		if h := strings.ToLower(pu.Hostname()); strings.Contains(h, "safeguard") || strings.Contains(h, "scp") {
			score++
		}
		if score >= 2 && score > bestScore {
			best, bestScore = u, score
		}
	}
	return best, best != ""
}

func noise(host string) bool {
	host = strings.ToLower(host)
	for _, n := range noiseHosts {
		if host == n || strings.HasSuffix(host, "."+n) {
			return true
		}
	}
	return false
}

// unwrapLink returns the address behind a link rewritten by a mail
// filter (Microsoft Safe Links), or the link itself.
func unwrapLink(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	if strings.HasSuffix(strings.ToLower(u.Hostname()), ".safelinks.protection.outlook.com") {
		if inner := u.Query().Get("url"); strings.HasPrefix(inner, "http://") || strings.HasPrefix(inner, "https://") {
			return inner
		}
	}
	return raw
}

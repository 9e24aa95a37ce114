package inbound

import (
	"mime"
	"strconv"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// reason is why a message, or one of its attachments, is rejected before
// it is read. Each has a fixed finding, so that a submission stored in S3
// can carry it by name in its metadata.
type reason struct {
	name    string
	code    string
	message string
	quiet   bool // the sender is not answered
}

var (
	reasonVirus = reason{"virus", intake.EmailVirus,
		"Our mail service found a virus in this email, so it was not opened and nothing in it was forwarded.", true}
	reasonSpam = reason{"spam", intake.EmailSpam,
		"Our mail service judged this email to be spam, so it was not opened and nothing in it was forwarded.", true}
	reasonAutomatic = reason{"automatic", intake.EmptyFile,
		"This email is an automatic reply or a delivery report, not a submission. It has been recorded and not answered.", true}
	reasonUnverified = reason{"unverified", intake.SenderUnverified,
		"We could not confirm that this email came from your organisation: no check that your email domain publishes (DKIM, SPF or DMARC) passed for the domain in its From address, so nothing in it was forwarded. Ask your IT team to check how your organisation's email is sent, or upload the documents instead.", false}
	reasonNothing = reason{"nothing", intake.EmptyFile,
		"The email carried no document: nothing was attached and it held no link to your published safeguarding arrangements. Attach the document (PDF or Word .docx), or include the link, and send it again.", false}
	reasonUnsupported = reason{"unsupported", intake.UnsupportedType,
		"None of the email's attachments is in a format we accept. Attach the document as a PDF or a Word document (.docx), or send a link to it on your website.", false}
	reasonDamagedAttachment = reason{"damaged-attachment", intake.UnreadableDocument,
		"This attachment could not be taken out of the email: it arrived cut short or damaged. Attach it again, or upload it instead.", false}
	reasonDamagedMessage = reason{"damaged-message", intake.UnreadableDocument,
		"The email could not be read: its contents are damaged or malformed. Send it again with the documents attached, or upload them instead.", false}
	reasonUnreadable = reason{"unreadable", intake.UnreadableDocument,
		"The email could not be read: it is not a valid email message.", true}
	reasonTooLarge = reason{"too-large", intake.TooLarge,
		"The email is larger than we can take in. Send the documents in separate emails, or upload them instead.", true}
)

var reasons = []reason{
	reasonVirus, reasonSpam, reasonAutomatic, reasonUnverified, reasonNothing,
	reasonUnsupported, reasonDamagedAttachment, reasonDamagedMessage, reasonUnreadable, reasonTooLarge,
}

func (r reason) finding() intake.Finding { return intake.NewFinding(r.code, "%s", r.message) }

// Metadata keys of a submission object written for an email (S3 user
// metadata: lower case, ASCII values).
const (
	MetaChannel    = "channel"
	MetaKey        = "source-key"
	MetaName       = "name"
	MetaMessageID  = "message-id"
	MetaReferences = "references"
	MetaSubject    = "subject"
	MetaReceived   = "received"
	MetaSubmitter  = "submitter"
	MetaNoReply    = "no-reply"
	MetaFindings   = "findings"
	MetaKind       = "kind"
	MetaPartner    = "partnership"
	MetaParts      = "parts"
)

// S3 allows 2 KB of user metadata in all, names and values. Values from
// the message are bounded so that the whole stays under metaBudget.
const (
	metaBudget  = 2000
	maxRefsMeta = 700 // bytes of references
	maxNameMeta = 100 // runes of the file name
	maxSubjMeta = 80  // runes of the subject
)

// Metadata describes an email's submission as S3 object metadata, from
// which FromMetadata rebuilds it. Values are printable ASCII (text that is
// not is RFC 2047 encoded) and fit S3's 2 KB limit: the oldest references,
// then the subject, give way first.
func Metadata(src intake.Source) map[string]string {
	m := map[string]string{
		MetaChannel: string(intake.Email),
		MetaKey:     ascii(src.Key, 300),
		MetaName:    ascii(src.Name, maxNameMeta),
	}
	if src.MessageID != "" {
		m[MetaMessageID] = ascii(src.MessageID, 300)
	}
	refs := src.References
	for len(refs) > 0 && len(strings.Join(refs, " ")) > maxRefsMeta {
		refs = refs[1:] // the nearest are kept
	}
	if len(refs) > 0 {
		m[MetaReferences] = ascii(strings.Join(refs, " "), maxRefsMeta)
	}
	if src.Subject != "" {
		m[MetaSubject] = ascii(src.Subject, maxSubjMeta)
	}
	if !src.Received.IsZero() {
		m[MetaReceived] = src.Received.UTC().Format(time.RFC3339)
	}
	if src.Submitter != "" {
		m[MetaSubmitter] = ascii(src.Submitter, 254)
	}
	if src.NoReply {
		m[MetaNoReply] = "true"
	}
	if src.Kind != "" {
		m[MetaKind] = ascii(src.Kind, 40)
	}
	if src.Partnership != "" {
		m[MetaPartner] = ascii(src.Partnership, 40)
	}
	if src.Parts > 1 {
		m[MetaParts] = strconv.Itoa(src.Parts)
	}
	var names []string
	for _, f := range src.Findings {
		for _, r := range reasons {
			if r.code == f.Code && r.message == f.Message {
				names = append(names, r.name)
			}
		}
	}
	if len(names) > 0 {
		m[MetaFindings] = strings.Join(names, ",")
	}
	for _, k := range []string{MetaReferences, MetaSubject} {
		if metaSize(m) > metaBudget {
			delete(m, k)
		}
	}
	return m
}

func metaSize(m map[string]string) int {
	n := 0
	for k, v := range m {
		n += len(k) + len(v)
	}
	return n
}

// FromMetadata fills in src from the metadata Metadata wrote, and reports
// whether the metadata describes an email's submission at all. Values
// are cleaned: metadata is untrusted input like any other.
func FromMetadata(meta map[string]string, src *intake.Source) bool {
	if !strings.EqualFold(strings.TrimSpace(meta[MetaChannel]), string(intake.Email)) {
		return false
	}
	key := cleanHeader(meta[MetaKey], 300)
	if !strings.HasPrefix(key, "email:") || strings.ContainsAny(key, " <>") {
		return false
	}
	src.Channel = intake.Email
	src.Key = key
	if name := fileName(meta[MetaName]); name != "" {
		src.Name = name
	}
	if ids := msgIDs(meta[MetaMessageID]); len(ids) > 0 {
		src.MessageID = ids[0]
	}
	src.References = msgIDs(meta[MetaReferences])
	src.Subject = cleanHeader(decodeWords(meta[MetaSubject]), 500)
	if t, err := time.Parse(time.RFC3339, strings.TrimSpace(meta[MetaReceived])); err == nil {
		src.Received = t
	}
	if s := sender(meta[MetaSubmitter]); s != "" {
		src.Submitter = s
	}
	src.NoReply, _ = strconv.ParseBool(strings.TrimSpace(meta[MetaNoReply]))
	if src.NoReply {
		src.Submitter = ""
	}
	if k := cleanHeader(meta[MetaKind], 40); k != "" {
		src.Kind = k
	}
	if p := cleanHeader(meta[MetaPartner], 40); p != "" {
		src.Partnership = p
	}
	src.Parts = 0
	if n, err := strconv.Atoi(strings.TrimSpace(meta[MetaParts])); err == nil && n > 1 && n <= intake.MaxParts {
		src.Parts = n
	}
	src.Findings = nil
	for _, n := range strings.Split(meta[MetaFindings], ",") {
		for _, r := range reasons {
			if strings.TrimSpace(n) == r.name {
				src.Findings = append(src.Findings, r.finding())
			}
		}
	}
	return true
}

// ascii makes a value fit for S3 metadata: at most max runes, and text
// that is not printable ASCII as RFC 2047 encoded words, which
// FromMetadata decodes.
func ascii(s string, max int) string {
	s = cleanHeader(s, max)
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return mime.QEncoding.Encode("utf-8", s)
		}
	}
	return s
}

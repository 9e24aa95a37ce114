package notify

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// message is one email being built.
type message struct {
	from      string
	to        mail.Address
	subject   string
	reference string
	recipient string // names the message in its Message-ID
	text      string // template names
	html      string
	view      any // what the templates see: *view or *messageView
	attach    []attachment
	// inReplyTo and references thread a reply; empty for a new message.
	inReplyTo  string
	references []string
	// date is the Date header: the issue time of the receipt the message
	// carries, so the two agree; zero for the clock's now.
	date time.Time

	textBody, htmlBody []byte
}

type attachment struct {
	name        string
	contentType string
	data        []byte
}

// build assembles the message: multipart/mixed holding a
// multipart/alternative (plain text, then HTML) and the attachments.
func (m *message) build() (intake.Mail, error) {
	from, err := mail.ParseAddress(m.from)
	if err != nil || strings.ContainsFunc(m.from, isControl) {
		return intake.Mail{}, fmt.Errorf("notify: sender address %q is not valid", m.from)
	}
	from.Name = headerText(from.Name, 120)
	seed := m.boundarySeed()
	mixed, alt := "=_mixed_"+seed, "=_alt_"+seed

	var b bytes.Buffer
	header := func(k, v string) { fmt.Fprintf(&b, "%s: %s\r\n", k, v) }
	header("From", from.String())
	header("To", m.to.String())
	header("Subject", encodeHeader(m.subject))
	date := m.date
	if date.IsZero() {
		date = Now()
	}
	header("Date", date.In(intake.London).Format("Mon, 02 Jan 2006 15:04:05 -0700"))
	header("Message-ID", messageID(m.reference, m.recipient, from.Address))
	if m.inReplyTo != "" {
		header("In-Reply-To", m.inReplyTo)
	}
	if len(m.references) > 0 {
		// One id per line, folded, so no line grows past what servers take.
		header("References", strings.Join(m.references, "\r\n "))
	}
	header("MIME-Version", "1.0")
	header("Auto-Submitted", "auto-generated")
	header("X-Auto-Response-Suppress", "All")
	header("X-Intake-Reference", idToken(m.reference))
	header("Content-Type", mime.FormatMediaType("multipart/mixed", map[string]string{"boundary": mixed}))
	b.WriteString("\r\n")

	outer := multipart.NewWriter(&b)
	if err := outer.SetBoundary(mixed); err != nil {
		return intake.Mail{}, fmt.Errorf("notify: %w", err)
	}
	altPart, err := outer.CreatePart(textproto.MIMEHeader{
		"Content-Type": {mime.FormatMediaType("multipart/alternative", map[string]string{"boundary": alt})},
	})
	if err != nil {
		return intake.Mail{}, err
	}
	inner := multipart.NewWriter(altPart)
	if err := inner.SetBoundary(alt); err != nil {
		return intake.Mail{}, fmt.Errorf("notify: %w", err)
	}
	for _, p := range []struct {
		contentType string
		body        []byte
	}{
		{"text/plain; charset=utf-8", m.textBody},
		{"text/html; charset=utf-8", m.htmlBody},
	} {
		w, err := inner.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {p.contentType},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		if err != nil {
			return intake.Mail{}, err
		}
		qp := quotedprintable.NewWriter(w)
		if _, err := qp.Write(p.body); err != nil {
			return intake.Mail{}, err
		}
		if err := qp.Close(); err != nil {
			return intake.Mail{}, err
		}
	}
	if err := inner.Close(); err != nil {
		return intake.Mail{}, err
	}
	for _, a := range m.attach {
		w, err := outer.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {mime.FormatMediaType(a.contentType, map[string]string{"name": encodeWord(a.name)})},
			"Content-Disposition":       {mime.FormatMediaType("attachment", map[string]string{"filename": a.name})},
			"Content-Transfer-Encoding": {"base64"},
		})
		if err != nil {
			return intake.Mail{}, err
		}
		if err := writeBase64(w, a.data); err != nil {
			return intake.Mail{}, err
		}
	}
	if err := outer.Close(); err != nil {
		return intake.Mail{}, err
	}
	return intake.Mail{
		From:    from.Address,
		To:      []string{m.to.Address},
		Subject: m.subject,
		Raw:     b.Bytes(),
	}, nil
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// encodeHeader encodes a header value as RFC 2047 encoded words when it is
// not plain ASCII, folding between words to keep lines short.
func encodeHeader(s string) string {
	return strings.ReplaceAll(mime.QEncoding.Encode("utf-8", s), "?= =?", "?=\r\n =?")
}

// encodeWord is encodeHeader for a parameter value, which cannot fold.
func encodeWord(s string) string { return mime.QEncoding.Encode("utf-8", s) }

var (
	notToken  = lazyre.New(`[^A-Za-z0-9-]+`)
	notDomain = lazyre.New(`[^A-Za-z0-9.-]+`)
)

// idToken reduces a reference to the characters references are made of.
func idToken(s string) string {
	if t := notToken.ReplaceAllString(s, ""); t != "" {
		return t
	}
	return "none"
}

// messageID is fixed for a reference and recipient, so a resent
// notification is recognisably the same message:
// <RR-2025-7F3K9Q.panel@example.gov.uk>.
func messageID(reference, recipient, from string) string {
	domain := "intake.invalid"
	if i := strings.LastIndexByte(from, '@'); i >= 0 && i+1 < len(from) {
		if d := notDomain.ReplaceAllString(from[i+1:], ""); d != "" {
			domain = d
		}
	}
	return "<" + idToken(reference) + "." + idToken(recipient) + "@" + domain + ">"
}

// maxReferences bounds the References of a reply: the thread's root and
// the nearest ancestors are what clients use.
const maxReferences = 20

// threadID returns a message id from an email being answered, in angle
// brackets, or "" when it is not a well-formed id: printable ASCII with an
// "@", no spaces, quotes or brackets inside, at most 250 characters.
func threadID(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	if s == "" || len(s) > 250 || !strings.Contains(s, "@") {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c > '~' || c == '<' || c == '>' || c == '"' || c == '\\' {
			return ""
		}
	}
	return "<" + s + ">"
}

// threadIDs keeps the well-formed ids of a References list, each once,
// the first (the thread's root) and the last ones when there are many.
func threadIDs(refs []string) []string {
	var ids []string
	seen := map[string]bool{}
	for _, r := range refs {
		if id := threadID(r); id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if n := len(ids); n > maxReferences {
		ids = append(ids[:1], ids[n-maxReferences+1:]...)
	}
	return ids
}

// mediaType keeps a valid media type without its parameters, or falls back
// to application/octet-stream.
func mediaType(s string) string {
	mt, _, err := mime.ParseMediaType(s)
	if err != nil || !strings.Contains(mt, "/") || strings.ContainsFunc(mt, isControl) {
		return "application/octet-stream"
	}
	return mt
}

// writeBase64 writes data in base64 lines of 76 characters.
func writeBase64(w io.Writer, data []byte) error {
	const perLine = 57 // input bytes per 76-character line
	buf := make([]byte, 0, base64.StdEncoding.EncodedLen(len(data))+2*(len(data)/perLine+1))
	for len(data) > 0 {
		n := min(perLine, len(data))
		buf = base64.StdEncoding.AppendEncode(buf, data[:n])
		buf = append(buf, '\r', '\n')
		data = data[n:]
	}
	_, err := w.Write(buf)
	return err
}

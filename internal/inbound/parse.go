package inbound

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"net/textproto"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/safeguarding-intake/intake/internal/charset"
	"github.com/safeguarding-intake/intake/internal/extract"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// parser walks one message's MIME tree within its budgets.
type parser struct {
	lim     Limits
	m       *Message
	parts   int
	decoded int64
	bodies  []*body // the top-level message's first, then attached messages'
}

// body collects the first plain and HTML body parts of one message.
type body struct {
	plain, html       string
	hasPlain, hasHTML bool
}

var (
	errParts   = errors.New("too many parts")
	errDepth   = errors.New("parts nested too deeply")
	errDecoded = errors.New("parts decode to too much data")
)

func (p *parser) message(raw []byte) (*Message, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("reading the header: %w", err)
	}
	p.m = &Message{}
	readHeader(p.m, msg.Header)
	rest, err := io.ReadAll(msg.Body)
	if err != nil {
		return nil, fmt.Errorf("reading the body: %w", err)
	}
	b := &body{}
	p.bodies = append(p.bodies, b)
	if err := p.entity(textproto.MIMEHeader(msg.Header), rest, 0, b, false, false); err != nil {
		// The header is known, so the sender can be told; nothing of the
		// body is trusted.
		p.m.Damaged = true
		p.m.Attachments, p.m.Dropped = nil, 0
	}
	p.m.Text, p.m.Links = p.text()
	return p.m, nil
}

// entity reads one MIME entity: a multipart is walked, an attached message
// parsed, a leaf decoded and kept as body text or as an attachment.
// related says the entity is a child of a multipart/related, where named
// pictures are part of the body's layout; cut that its data was cut short.
func (p *parser) entity(h textproto.MIMEHeader, data []byte, depth int, b *body, related, cut bool) error {
	p.parts++
	if p.parts > p.lim.MaxParts {
		return errParts
	}
	if depth > p.lim.MaxDepth {
		return errDepth
	}
	ct, params := mediaType(h.Get("Content-Type"), "text/plain")
	disp, dparams := mediaType(h.Get("Content-Disposition"), "")
	name := fileName(dparams["filename"], params["name"])

	data, damaged := decodeTransfer(h.Get("Content-Transfer-Encoding"), data)
	damaged = damaged || cut
	p.decoded += int64(len(data))
	if p.decoded > p.lim.MaxDecoded {
		return errDecoded
	}

	switch {
	case strings.HasPrefix(ct, "multipart/"):
		return p.multipart(ct, params["boundary"], data, depth, b)
	case ct == "message/rfc822" || ct == "message/global" ||
		ct == "application/octet-stream" && strings.HasSuffix(strings.ToLower(name), ".eml"):
		return p.attached(data, depth)
	case strings.HasPrefix(ct, "message/") || ct == "text/rfc822-headers":
		// Delivery and disposition reports: machine text, not a document.
		return nil
	}

	isFile := disp == "attachment" || name != ""
	if !isFile && (ct == "text/plain" || ct == "text/html") {
		text := decodeCharset(data, params["charset"])
		switch {
		case ct == "text/plain" && !b.hasPlain:
			b.plain, b.hasPlain = text, true
		case ct == "text/html" && !b.hasHTML:
			b.html, b.hasHTML = text, true
		}
		return nil
	}
	if related && h.Get("Content-Id") != "" && disp != "attachment" {
		return nil // a picture laid out in the HTML body, such as a logo
	}
	if !isFile && strings.HasPrefix(ct, "text/") {
		return nil // further body text (enriched, calendar alternatives)
	}
	p.attach(Attachment{Name: name, ContentType: ct, Data: data, Damaged: damaged})
	return nil
}

func (p *parser) attach(a Attachment) {
	if len(p.m.Attachments) >= p.lim.MaxAttachments {
		p.m.Dropped++
		return
	}
	p.m.Attachments = append(p.m.Attachments, a)
}

// multipart walks a multipart's parts. A part cut short (a truncated
// message, a missing closing boundary) is kept as far as it goes and
// marked damaged; a multipart none of whose parts can be found is an
// error only at the top level.
func (p *parser) multipart(ct, boundary string, data []byte, depth int, b *body) error {
	if boundary == "" {
		if depth == 0 {
			return errors.New("multipart without a boundary")
		}
		return nil
	}
	r := multipart.NewReader(bytes.NewReader(data), boundary)
	n := 0
	for {
		part, err := r.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			if n == 0 && depth == 0 {
				return fmt.Errorf("no parts found: %w", err)
			}
			break
		}
		n++
		// A part cut short is read as far as it goes, and is the last.
		content, rerr := io.ReadAll(part)
		if err := p.entity(part.Header, content, depth+1, b, ct == "multipart/related", rerr != nil); err != nil {
			return err
		}
		if rerr != nil {
			break
		}
	}
	if n == 0 && depth == 0 {
		return errors.New("multipart message without parts")
	}
	return nil
}

// attached reads a message attached to this one (a forwarded email): its
// files join this message's, its body text follows this one's.
func (p *parser) attached(data []byte, depth int) error {
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return nil // not a message after all; nothing to take from it
	}
	rest, err := io.ReadAll(msg.Body)
	if err != nil {
		return nil
	}
	b := &body{}
	p.bodies = append(p.bodies, b)
	return p.entity(textproto.MIMEHeader(msg.Header), rest, depth+1, b, false, false)
}

// text renders the bodies as plain text and gathers their links: the
// plain part when there is one (it is what the sender wrote), otherwise
// the HTML part's visible text. The HTML part's hyperlinks are gathered
// either way, since a plain part may have lost them.
func (p *parser) text() (string, []string) {
	var texts []string
	var links []string
	seen := map[string]bool{}
	add := func(ls []string) {
		for _, l := range ls {
			if !seen[l] && len(links) < maxLinks {
				seen[l] = true
				links = append(links, l)
			}
		}
	}
	for _, b := range p.bodies {
		var plainText, htmlText string
		var plainLinks, htmlLinks []string
		if b.hasPlain {
			plainText, plainLinks = readBody("body.txt", b.plain)
		}
		if b.hasHTML {
			htmlText, htmlLinks = readBody("body.html", b.html)
		}
		switch {
		case strings.TrimSpace(plainText) != "":
			texts = append(texts, plainText)
		case htmlText != "":
			texts = append(texts, htmlText)
		}
		add(htmlLinks)
		add(plainLinks)
	}
	return strings.Join(texts, "\n\n"), links
}

const (
	maxLinks    = 200
	maxBodyText = 1 << 20
)

// readBody renders body text with the document reader, which budgets its
// time and finds links. Text it will not take (a body that looks like
// something else) is kept as written.
func readBody(name, s string) (string, []string) {
	if len(s) > maxBodyText {
		s = strings.ToValidUTF8(s[:maxBodyText], "")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	doc, findings := extract.Extract(ctx, name, []byte(s), extract.Limits{MaxBytes: maxBodyText, Timeout: 5 * time.Second})
	if intake.HasErrors(findings) {
		if strings.HasSuffix(name, ".txt") {
			return s, nil
		}
		return "", doc.Links
	}
	return doc.Text, doc.Links
}

// mediaType parses a Content-Type or Content-Disposition value leniently:
// parameters that do not parse are dropped, the type is lower case, and an
// absent or unreadable type is def.
func mediaType(v, def string) (string, map[string]string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return def, map[string]string{}
	}
	mt, params, err := mime.ParseMediaType(v)
	if err != nil && mt == "" {
		// Unquoted spaces and the like: take the type and try the
		// parameters one at a time.
		fields := strings.Split(v, ";")
		mt = strings.ToLower(strings.TrimSpace(fields[0]))
		params = map[string]string{}
		for _, f := range fields[1:] {
			k, val, ok := strings.Cut(f, "=")
			if !ok {
				continue
			}
			params[strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(val), `"`)
		}
	}
	if params == nil {
		params = map[string]string{}
	}
	if mt == "" {
		mt = def
	}
	return mt, params
}

// fileName decodes an attachment's name: RFC 2231 (already undone by
// mime.ParseMediaType for UTF-8), RFC 2047 encoded words, which Outlook
// and Gmail put in quoted names, and RFC 2231 values in other charsets,
// which the standard library leaves alone.
func fileName(candidates ...string) string {
	for _, s := range candidates {
		if s == "" {
			continue
		}
		if cs, rest, ok := split2231(s); ok {
			s = decodeCharset([]byte(percentDecode(rest)), cs)
		}
		s = decodeWords(s)
		s = cleanHeader(s, 200)
		if i := strings.LastIndexAny(s, `/\`); i >= 0 {
			s = s[i+1:]
		}
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// split2231 recognises a raw RFC 2231 extended value (charset'lang'text)
// that mime.ParseMediaType could not decode.
func split2231(s string) (charset, rest string, ok bool) {
	parts := strings.SplitN(s, "'", 3)
	if len(parts) != 3 || parts[0] == "" || strings.ContainsAny(parts[0], " \t") || !strings.Contains(parts[2], "%") {
		return "", "", false
	}
	return parts[0], parts[2], true
}

func percentDecode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if v, ok := unhex2(s[i+1], s[i+2]); ok {
				b.WriteByte(v)
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// decodeTransfer undoes a Content-Transfer-Encoding. Damage (base64 cut
// short or with stray characters inside) keeps what could be decoded and
// is reported.
func decodeTransfer(cte string, data []byte) ([]byte, bool) {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		return decodeBase64(data)
	case "quoted-printable":
		return decodeQP(data), false
	}
	return data, false
}

func decodeBase64(data []byte) ([]byte, bool) {
	clean := make([]byte, 0, len(data))
	damaged := false
	for _, c := range data {
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		case c == '=' || c == ' ' || c == '\t' || c == '\r' || c == '\n':
		default:
			damaged = true
		}
	}
	if len(clean)%4 == 1 {
		// A lone trailing character encodes nothing: the data was cut.
		clean = clean[:len(clean)-1]
		damaged = true
	}
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
	n, err := base64.RawStdEncoding.Decode(out, clean)
	if err != nil {
		damaged = true
	}
	return out[:n], damaged
}

// decodeQP decodes quoted-printable leniently, as mail clients do: an
// escape that is not one is kept as written.
func decodeQP(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		switch {
		case i+2 < len(data) && data[i+1] == '\r' && data[i+2] == '\n':
			i += 2 // soft line break
		case i+1 < len(data) && data[i+1] == '\n':
			i++
		case i+2 < len(data):
			if v, ok := unhex2(data[i+1], data[i+2]); ok {
				out = append(out, v)
				i += 2
				continue
			}
			out = append(out, c)
		case i+1 < len(data):
			out = append(out, c) // "=X" at the very end: kept as written
		}
		// A "=" ending the data is a soft break with nothing after it.
	}
	return out
}

func unhex2(a, b byte) (byte, bool) {
	hi, ok1 := unhex(a)
	lo, ok2 := unhex(b)
	return hi<<4 | lo, ok1 && ok2
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// decodeCharset turns text in a declared charset into UTF-8. An unknown
// or absent charset is taken as UTF-8 when the bytes are, and otherwise as
// Windows-1252, the usual encoding of mail written on Windows in England.
func decodeCharset(data []byte, name string) string {
	name = strings.ToLower(strings.Trim(strings.TrimSpace(name), `"`))
	switch name {
	case "", "utf-8", "utf8", "us-ascii", "ascii":
	default:
		if enc, ok := charset.Lookup(name); ok {
			if b, err := enc.NewDecoder().Bytes(data); err == nil {
				return strings.ToValidUTF8(string(b), "\uFFFD")
			}
		}
	}
	if utf8.Valid(data) {
		return string(data)
	}
	b, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return string(b)
}

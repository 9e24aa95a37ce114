package inbound

import (
	"mime"
	"net/mail"
	"strings"
	"time"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/charset"
)

// sesAuthServ is the authserv-id SES writes in the Authentication-Results
// header it adds. Only that header is believed: any other was written by
// the sender or a server on the way.
const sesAuthServ = "amazonses.com"

// readHeader fills in what the header says about the message.
func readHeader(m *Message, h mail.Header) {
	m.From = sender(h.Get("From"))
	m.Subject = cleanHeader(decodeWords(h.Get("Subject")), 500)
	if d, ok := parseDate(h.Get("Date")); ok {
		m.Date = d
	}
	if rs := h["Received"]; len(rs) > 0 {
		// The first Received field is the receiving server's own.
		if i := strings.LastIndexByte(rs[0], ';'); i >= 0 {
			if d, ok := parseDate(rs[0][i+1:]); ok {
				m.Arrived = d
			}
		}
	}
	if ids := msgIDs(h.Get("Message-Id")); len(ids) > 0 {
		m.MessageID = ids[0]
	}
	m.References = msgIDs(h.Get("References"))
	if len(m.References) == 0 {
		m.References = msgIDs(h.Get("In-Reply-To"))
	}
	if n := len(m.References); n > maxRefs {
		// The first is the thread's root; the last are the nearest.
		m.References = append(m.References[:1], m.References[n-maxRefs+1:]...)
	}
	m.Spam = verdict(h, "X-Ses-Spam-Verdict")
	m.Virus = verdict(h, "X-Ses-Virus-Verdict")
	m.Auth = authResults(h["Authentication-Results"])
	m.Automatic = automatic(h, m.From)
}

const maxRefs = 10

// sender returns the bare address of a From field, or "" when it has none.
func sender(v string) string {
	v = decodeWords(v)
	var addr string
	if a, err := mail.ParseAddress(v); err == nil {
		addr = a.Address
	} else if as, err := mail.ParseAddressList(v); err == nil && len(as) > 0 {
		addr = as[0].Address
	} else {
		// Malformed display names are common; the address in angle
		// brackets, or a bare one, is what matters.
		s := v
		if i := strings.LastIndexByte(s, '<'); i >= 0 {
			s = s[i+1:]
			if j := strings.IndexByte(s, '>'); j >= 0 {
				s = s[:j]
			}
		}
		s = strings.TrimSpace(s)
		if a, err := mail.ParseAddress(s); err == nil {
			addr = a.Address
		}
	}
	if strings.ContainsFunc(addr, unicode.IsControl) || strings.ContainsAny(addr, " \t<>,;") || len(addr) > 254 {
		return ""
	}
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 || at == len(addr)-1 {
		return ""
	}
	return addr[:at] + "@" + strings.ToLower(addr[at+1:])
}

var wordDecoder = &mime.WordDecoder{CharsetReader: charset.NewReaderLabel}

// decodeWords undoes RFC 2047 encoded words, leaving a value that has
// none, or bad ones, as it is.
func decodeWords(s string) string {
	if !strings.Contains(s, "=?") {
		return s
	}
	d, err := wordDecoder.DecodeHeader(s)
	if err != nil {
		return s
	}
	return d
}

// cleanHeader makes a decoded value safe to show and store: valid UTF-8,
// no control characters, runs of space collapsed, at most max runes.
func cleanHeader(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		s = string(r[:max])
	}
	return s
}

// parseDate reads a Date or Received date leniently: a trailing comment
// such as "(UTC)", a missing day name or seconds.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if d, err := mail.ParseDate(s); err == nil {
		return d, true
	}
	if i := strings.IndexByte(s, '('); i > 0 {
		if d, err := mail.ParseDate(strings.TrimSpace(s[:i])); err == nil {
			return d, true
		}
	}
	for _, layout := range []string{time.RFC3339, "2 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006 15:04 -0700"} {
		if d, err := time.Parse(layout, s); err == nil {
			return d, true
		}
	}
	return time.Time{}, false
}

// msgIDs returns the message ids ("<id@host>") in a Message-ID,
// References or In-Reply-To field, each cleaned and bounded.
func msgIDs(v string) []string {
	var ids []string
	for len(ids) < 100 {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		id := v[i+1 : i+j]
		v = v[i+j+1:]
		if validID(id) {
			ids = append(ids, "<"+id+">")
		}
	}
	return ids
}

// validID accepts the printable ASCII a message id is made of, up to 250
// characters.
func validID(id string) bool {
	if id == "" || len(id) > 250 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; c <= ' ' || c > '~' || c == '<' || c == '>' || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// verdict reads the first (SES's own, topmost) value of a verdict field.
func verdict(h mail.Header, key string) Verdict {
	vs := h[key]
	if len(vs) == 0 {
		return ""
	}
	v := strings.ToUpper(strings.TrimSpace(vs[0]))
	if i := strings.IndexFunc(v, func(r rune) bool { return r == ' ' || r == ';' || r == '(' }); i >= 0 {
		v = v[:i]
	}
	return Verdict(cleanHeader(v, 40))
}

// authResults reads the results SES recorded (RFC 8601): the first
// Authentication-Results field, and only when SES wrote it. Each result
// keeps the domain it was for: DKIM's header.d (or the domain of
// header.i), SPF's smtp.mailfrom (SES also writes the envelope sender as an
// envelope-from clause of its own) and DMARC's header.from.
func authResults(fields []string) Auth {
	if len(fields) == 0 {
		return Auth{}
	}
	clauses := strings.Split(stripComments(fields[0]), ";")
	serv := strings.Fields(clauses[0])
	if len(serv) == 0 || !strings.EqualFold(serv[0], sesAuthServ) {
		return Auth{}
	}
	a := Auth{Found: true}
	envelope := ""
	for _, c := range clauses[1:] {
		method, rest, ok := strings.Cut(strings.TrimSpace(c), "=")
		if !ok {
			continue
		}
		method = strings.ToLower(strings.TrimSpace(method))
		f := strings.Fields(rest)
		if len(f) == 0 {
			continue
		}
		if method == "envelope-from" {
			envelope = addrDomain(f[0])
			continue
		}
		r := Result{Result: cleanHeader(strings.ToLower(f[0]), 20)}
		props := make(map[string]string)
		for _, p := range f[1:] {
			if k, v, ok := strings.Cut(p, "="); ok {
				props[strings.ToLower(k)] = v
			}
		}
		switch method {
		case "dkim":
			r.Domain = addrDomain(props["header.d"])
			if r.Domain == "" {
				r.Domain = addrDomain(props["header.i"])
			}
			a.DKIM = append(a.DKIM, r)
		case "spf":
			r.Domain = addrDomain(props["smtp.mailfrom"])
			if a.SPF.Result == "" {
				a.SPF = r
			}
		case "dmarc":
			r.Domain = addrDomain(props["header.from"])
			if a.DMARC.Result == "" {
				a.DMARC = r
			}
		}
	}
	if a.SPF.Result != "" && a.SPF.Domain == "" {
		a.SPF.Domain = envelope
	}
	return a
}

// addrDomain returns the domain of an address, "@domain" or domain, lower
// case, or "" when there is none.
func addrDomain(s string) string {
	s = strings.Trim(s, "<>\"'")
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	if s == "" || strings.ContainsAny(s, " \t\"<>()[]\\,;:@") {
		return ""
	}
	return cleanHeader(s, 253)
}

// stripComments removes parenthesised comments, which may hold ";" or
// "=" of their own.
func stripComments(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// automatic says whether a machine wrote the message (RFC 3834 and the
// headers auto-responders and list servers actually send). Replying to
// one risks a mail loop. X-Auto-Response-Suppress asks others not to
// answer automatically; it does not make a message automatic.
func automatic(h mail.Header, from string) Automatic {
	ct, params := mediaType(h.Get("Content-Type"), "")
	local := strings.ToLower(from)
	if i := strings.LastIndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}
	switch {
	case ct == "multipart/report" && strings.EqualFold(params["report-type"], "delivery-status"),
		local == "mailer-daemon", local == "postmaster",
		strings.TrimSpace(h.Get("Return-Path")) == "<>",
		h.Get("X-Failed-Recipients") != "":
		return Bounce
	}
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && v != "no" {
		return AutoReply
	}
	if h.Get("X-Autoreply") != "" || h.Get("X-Autorespond") != "" || h.Get("X-Autogenerated") != "" {
		return AutoReply
	}
	subject := strings.ToLower(decodeWords(h.Get("Subject")))
	for _, p := range []string{"automatic reply:", "auto reply:", "autoreply:", "out of office:", "out of the office:"} {
		if strings.HasPrefix(subject, p) {
			return AutoReply
		}
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Precedence"))) {
	case "bulk", "junk", "list":
		return Bulk
	}
	if h.Get("List-Id") != "" || h.Get("List-Unsubscribe") != "" {
		return Bulk
	}
	if ct == "multipart/report" {
		return Bounce // read receipts and other reports
	}
	return Person
}

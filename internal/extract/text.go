package extract

import (
	"bytes"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/weblink"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// decodeText returns data as UTF-8 text without a byte-order mark, or false
// when it is not text. UTF-16 needs its byte-order mark; anything that is
// not valid UTF-8 is read as Windows-1252, the usual encoding of text saved
// on Windows in England, provided it has few control characters.
func decodeText(data []byte) (string, bool) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("\xFE\xFF")):
		dec := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
		b, err := dec.Bytes(data)
		if err != nil || !plausibleText(b, true) {
			return "", false
		}
		return string(b), true
	}
	if utf8.Valid(data) {
		if !plausibleText(data, true) {
			return "", false
		}
		return string(data), true
	}
	if !plausibleText(data, false) {
		return "", false
	}
	b, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	return string(b), true
}

// plausibleText rejects NULs and more than one control character in a
// hundred; in Windows-1252 it also rejects the five unassigned bytes.
func plausibleText(b []byte, isUTF8 bool) bool {
	controls := 0
	for _, c := range b {
		switch {
		case c == 0:
			return false
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			controls++
		case c == 0x7F:
			controls++
		case !isUTF8 && (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D):
			return false
		}
	}
	return controls*100 <= len(b)
}

// cleanText normalises line endings, drops control characters other than tab
// and newline, trims trailing blanks and squeezes runs of blank lines, so
// every format hands the rules the same shape of text.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return r
		case r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029':
			return '\n'
		case r == utf8.RuneError, r == '\uFEFF', unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}

const (
	maxLinks   = 500
	maxLinkLen = 2048
)

// linkSet collects http(s) links once each, in the order first seen.
type linkSet struct {
	seen  map[string]bool
	links []string
}

func (s *linkSet) add(raw string) {
	if len(s.links) >= maxLinks {
		return
	}
	u, ok := httpURL(raw)
	if !ok || s.seen[u] {
		return
	}
	if s.seen == nil {
		s.seen = make(map[string]bool)
	}
	s.seen[u] = true
	s.links = append(s.links, u)
}

// addText adds the http(s) URLs written in text. It scans for "://"
// rather than running a regular expression: documents are long and the
// scan is several times faster.
func (s *linkSet) addText(text string) {
	for i := 0; len(s.links) < maxLinks; {
		j := strings.Index(text[i:], "://")
		if j < 0 {
			return
		}
		j += i
		k := j // start of the scheme
		for k > 0 && j-k <= len("https") && isWordByte(text[k-1]) {
			k--
		}
		end := j + len("://")
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if unicode.IsSpace(r) || r < 0x20 || strings.ContainsRune(urlStops, r) {
				break
			}
			end += n
		}
		scheme := text[k:j]
		if (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https")) && (k == 0 || !isWordByte(text[k-1])) {
			s.add(weblink.Trim(text[k:end]))
		}
		i = end
	}
}

// urlStops end a URL in running text.
const urlStops = "<>\"'`{}|\\^[]"

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// httpURL returns raw, trimmed, when it is an absolute http(s) URL with a
// host; anything else (relative links, mailto:, javascript:) is not a link
// the service can check.
func httpURL(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > maxLinkLen || strings.ContainsAny(raw, " \t\r\n") {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.Hostname() == "" {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return raw, true
	}
	return "", false
}

// soleURL returns the one URL a short text consists of, allowing a line or
// two of label around it ("Our arrangements:" then the link), a Markdown
// link or angle brackets, and uri-list comments. It returns "" for anything
// else. Bare "www." addresses count, since people paste them that way.
func soleURL(text string) string {
	if len(text) > 2048 {
		return ""
	}
	var found string
	labelLines, labelChars := 0, 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") && !atxHeading(line) {
			continue // blank, or a text/uri-list comment
		}
		rest := line
		for _, tok := range strings.Fields(line) {
			u := urlToken(tok)
			if u == "" {
				continue
			}
			if found != "" && u != found {
				return ""
			}
			found = u
			rest = strings.Replace(rest, tok, "", 1)
		}
		rest = strings.Trim(rest, " \t#*_-:[]()<>")
		if rest != "" {
			labelLines++
			labelChars += len(rest)
		}
	}
	if labelLines > 2 || labelChars > 200 {
		return ""
	}
	return found
}

// urlToken extracts a URL from one whitespace-free token, unwrapping
// Markdown links and angle brackets.
func urlToken(tok string) string {
	if i := strings.Index(tok, "]("); i >= 0 {
		tok = tok[i+2:]
	}
	tok = strings.Trim(tok, "<>()[]")
	tok = weblink.Trim(tok)
	lower := strings.ToLower(tok)
	switch {
	case strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://"):
		if _, ok := httpURL(tok); ok {
			return tok
		}
	case strings.HasPrefix(lower, "www.") && strings.Count(tok, ".") >= 2:
		return tok
	}
	return ""
}

// shortcutURL returns the URL= value of a Windows Internet Shortcut.
func shortcutURL(text string) string {
	in := false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			in = strings.EqualFold(line, "[InternetShortcut]")
			continue
		}
		if k, v, ok := strings.Cut(line, "="); in && ok && strings.EqualFold(strings.TrimSpace(k), "URL") {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

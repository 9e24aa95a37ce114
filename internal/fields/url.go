package fields

import (
	"net/url"
	"strings"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/weblink"
)

var (
	// linkRe finds links as written: with a scheme, or starting "www.".
	linkRe = lazyre.New(`(?i)\b(?:[a-z][a-z0-9+.-]{1,15}://|www\.)[^\s<>"'|]{1,1000}`)
	// publishedAt are the words that say a link is where the document lives.
	publishedAt = []string{"published", "available", "can be found", "can be viewed", "can be accessed", "can be read",
		"website", "web site", "webpage", "web page", "link", "url", "web address", "online at", "found at", "found here"}
	// nationalHosts publish guidance that documents cite; a link to them is
	// never where a partnership published its own document.
	nationalHosts = []string{"www.gov.uk", "gov.uk", "assets.publishing.service.gov.uk", "www.legislation.gov.uk",
		"legislation.gov.uk", "www.ofsted.gov.uk", "reports.ofsted.gov.uk", "www.nspcc.org.uk", "learning.nspcc.org.uk",
		"foundations.org.uk", "www.foundations.org.uk", "www.cqc.org.uk", "www.justiceinspectorates.gov.uk"}
)

// URLs returns the links written in text, in order, trimmed of the
// punctuation that ends the sentence around them.
func URLs(text string) []string {
	var out []string
	for _, h := range linkHits(clean(text)) {
		out = append(out, h.url)
	}
	return out
}

type linkHit struct {
	url   string
	start int
}

// linkHits finds links by their "://" or "www." and reads each with linkRe
// from just before it, which costs far less than running linkRe over all
// of s.
func linkHits(s string) []linkHit { return linkHitsLow(s, asciiLower(s)) }

// linkHitsLow is linkHits of s, whose asciiLower is low.
func linkHitsLow(s, low string) []linkHit {
	var hits []linkHit
	for i := 0; i < len(s) && len(hits) < maxLinks; {
		p := indexEither(low[i:], "://", "www.")
		if p < 0 {
			break
		}
		p += i
		from := max(i, p-16) // room for the scheme
		loc := linkRe.FindStringIndex(window(s, from, p-from+1004))
		if loc == nil {
			i = p + 3
			continue
		}
		start, end := from+loc[0], from+loc[1]
		i = max(end, p+3)
		if u := weblink.Trim(s[start:end]); u != "" {
			hits = append(hits, linkHit{unwrapSafeLink(u), start})
		}
	}
	return hits
}

// maxLinks bounds the links read from one document.
const maxLinks = 500

func indexEither(s, a, b string) int {
	i, j := strings.Index(s, a), strings.Index(s, b)
	if i < 0 || (j >= 0 && j < i) {
		return j
	}
	return i
}

// unwrapSafeLink returns the real address inside a mail scanner's
// rewritten link, which is how links pasted from Outlook arrive.
func unwrapSafeLink(u string) string {
	p, err := url.Parse(u)
	if err != nil || !strings.HasSuffix(strings.ToLower(p.Hostname()), "safelinks.protection.outlook.com") {
		return u
	}
	if inner := p.Query().Get("url"); inner != "" {
		return inner
	}
	return u
}

// url returns the link where the document is published: one introduced as
// such, or else the first link (any for arrangements, whose submission is
// often just the link; one not on a national guidance site for a report).
//
// A link written only in the running header or footer (the site's bare
// address beside the page number) is the partnership's website, not where
// the document is published; it is taken only when the body gives none.
func (d *doc) url(anyLink bool) string {
	hits := linkHitsLow(d.flat, d.lowOf(d.flat))
	running := d.runningLinks()
	for _, h := range hits {
		before := strings.ToLower(d.flat[max(0, h.start-100):h.start])
		if containsAny(before, publishedAt) && !nationalHost(h.url) && !running[h.url] {
			return h.url
		}
	}
	fallback := ""
	for _, h := range hits {
		if anyLink || !nationalHost(h.url) {
			if !running[h.url] {
				return h.url
			}
			if fallback == "" {
				fallback = h.url
			}
		}
	}
	return fallback
}

// maxRunningLinks bounds the running blocks whose links are read.
const maxRunningLinks = 200

// runningLinks are the links written in the running headers and footers
// and nowhere in the body as a whole address of their own.
func (d *doc) runningLinks() map[string]bool {
	var out map[string]bool
	in := map[string]int{} // times each is written in running blocks
	n := 0
	for _, b := range d.blocks {
		if b.Furniture != document.Running || n >= maxRunningLinks {
			continue
		}
		if !strings.Contains(b.Text, "://") && !strings.Contains(asciiLower(b.Text), "www.") {
			continue
		}
		n++
		for _, h := range linkHits(clean(b.Text)) {
			in[h.url]++
		}
	}
	for u, k := range in {
		if wholeAddresses(d.flat, u, k+1) <= k {
			if out == nil {
				out = map[string]bool{}
			}
			out[u] = true
		}
	}
	return out
}

// wholeAddresses counts, up to limit, where u is written in s as an address
// of its own: not the start of a longer one ("www.example.org.uk" in
// "https://www.example.org.uk/report").
func wholeAddresses(s, u string, limit int) int {
	count := 0
	for from := 0; count < limit; {
		i := strings.Index(s[from:], u)
		if i < 0 {
			break
		}
		end := from + i + len(u)
		if end == len(s) || !addressChars(s[end:end+1]) || strings.IndexByte(".,;:)?", s[end]) >= 0 && (end+1 == len(s) || isSpace(s[end+1])) {
			count++
		}
		from = end
	}
	return count
}

func nationalHost(u string) bool {
	host := u
	if p, err := url.Parse(u); err == nil && p.Host != "" {
		host = p.Hostname()
	} else if i := strings.IndexByte(u, '/'); i >= 0 {
		host = u[:i]
	}
	host = strings.ToLower(host)
	for _, h := range nationalHosts {
		if host == h {
			return true
		}
	}
	return false
}

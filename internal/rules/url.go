package rules

import (
	"net"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/idna"
)

// reservedSuffixes are names that never resolve on the public internet:
// special-use domains (RFC 6761, 6762, 7686, 8375) and the suffixes
// private networks conventionally use.
var reservedSuffixes = []string{
	"localhost", "local", "localdomain", "internal", "intranet", "private", "lan", "home", "corp",
	"test", "example", "invalid", "onion", "arpa", "home.arpa", "example.com", "example.net", "example.org",
}

// InvalidURL says why u cannot be forwarded as the public address of a
// published document, or returns "" when it can: it must be http or https
// and name a public DNS host, not an IP address, a single-label name or a
// reserved or private name.
func InvalidURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return "it is empty"
	}
	p, err := url.Parse(u)
	if err != nil {
		return "it is not a well-formed web address"
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
	case "":
		return "it does not start with https://"
	default:
		return "it is a " + p.Scheme + " address, not a web page"
	}
	if p.User != nil {
		return "it contains a user name or password"
	}
	host := strings.TrimSuffix(p.Hostname(), ".")
	if host == "" {
		return "it has no website name"
	}
	if ip := net.ParseIP(host); ip != nil || looksNumeric(host) {
		return "it points to an IP address rather than a website name"
	}
	ascii, err := idna.Lookup.ToASCII(host)
	if err != nil {
		return "its website name is not valid"
	}
	host = strings.ToLower(ascii)
	if len(host) > 253 {
		return "its website name is too long"
	}
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return "its website name " + strconv.Quote(host) + " is not a public internet name"
	}
	for _, l := range labels {
		if !validLabel(l) {
			return "its website name is not valid"
		}
	}
	for _, r := range reservedSuffixes {
		if host == r || strings.HasSuffix(host, "."+r) {
			return "its website name " + strconv.Quote(host) + " is private or reserved, so nobody else can open it"
		}
	}
	tld := labels[len(labels)-1]
	if !strings.HasPrefix(tld, "xn--") && strings.Trim(tld, "abcdefghijklmnopqrstuvwxyz") != "" {
		return "its website name does not end in a real domain"
	}
	return ""
}

// looksNumeric catches the IP address spellings net.ParseIP rejects but
// browsers accept: "2130706433", "0x7f.1", "127.1".
func looksNumeric(host string) bool {
	for _, part := range strings.Split(host, ".") {
		if part == "" {
			continue
		}
		if _, err := strconv.ParseUint(part, 0, 64); err != nil {
			return false
		}
	}
	return true
}

func validLabel(l string) bool {
	if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
		return false
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

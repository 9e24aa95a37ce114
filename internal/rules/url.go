package rules

import (
	"net"
	"net/url"
	"strconv"
	"strings"
	"unicode"

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

// wildcardDNS are services whose every subdomain resolves to an address
// written in the name itself (10.0.0.1.nip.io, 10-0-0-1.sslip.io) or to
// this machine (anything.localtest.me): a public-looking name for a
// private address.
var wildcardDNS = []string{
	"nip.io", "sslip.io", "xip.io", "nip.direct", "traefik.me", "localtest.me", "lvh.me",
	"vcap.me", "lacolhost.com", "fuf.me", "localhost.direct", "readme.localhost.direct",
}

// SuspiciousURL says why a link that InvalidURL accepts still deserves a
// warning, or returns "" when it does not: its website name mixes writing
// systems (a Cyrillic "о" among Latin letters makes a look-alike of a
// real name), or it is a wildcard-DNS name for a private address.
func SuspiciousURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(p.Hostname(), ".")
	uni, err := idna.Lookup.ToUnicode(host)
	if err != nil {
		uni = host
	}
	if a, b := mixedScripts(uni); a != "" {
		return "its website name " + strconv.Quote(uni) + " mixes " + a + " and " + b + " letters, as a look-alike of a real name does"
	}
	ascii, err := idna.Lookup.ToASCII(host)
	if err != nil {
		return ""
	}
	ascii = strings.ToLower(ascii)
	for _, w := range wildcardDNS {
		if ascii == w || strings.HasSuffix(ascii, "."+w) {
			return "its website name is under " + w + ", which points names at whatever address they spell, often a private one"
		}
	}
	if ip := embeddedIP(ascii); ip != nil && !publicIP(ip) {
		return "its website name spells out the private address " + ip.String()
	}
	return ""
}

// mixedScripts returns two writing systems whose letters a name mixes, or
// "" when it keeps to one. Digits, hyphens and marks belong to none;
// Japanese, Chinese and Korean names may mix Han with their own scripts
// and with Latin, as Unicode's own look-alike rules allow (UTS #39).
func mixedScripts(host string) (string, string) {
	seen := ""
	cjk := false
	for _, r := range host {
		s := scriptOf(r)
		if s == "" {
			continue
		}
		switch s {
		case "Han", "Hiragana", "Katakana", "Hangul", "Bopomofo":
			cjk = true
			continue
		}
		if seen == "" {
			seen = s
		} else if s != seen {
			return seen, s
		}
	}
	if cjk && seen != "" && seen != "Latin" {
		return seen, "Han"
	}
	return "", ""
}

// scriptOf names the script of a letter, or "" for anything that is not
// a letter of a particular script.
func scriptOf(r rune) string {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return "Latin"
		}
		return ""
	}
	if !unicode.IsLetter(r) {
		return ""
	}
	for name, table := range unicode.Scripts {
		if name != "Common" && name != "Inherited" && unicode.Is(table, r) {
			return name
		}
	}
	return ""
}

// embeddedIP finds an IPv4 address written into a name as wildcard-DNS
// services read it: four dotted labels (10.0.0.1.example), four numbers
// joined by hyphens in one label (10-0-0-1 or app-10-0-0-1), or eight hex
// digits (0a000001).
func embeddedIP(host string) net.IP {
	labels := strings.Split(host, ".")
	for i := 0; i+4 <= len(labels); i++ {
		if ip := net.ParseIP(strings.Join(labels[i:i+4], ".")).To4(); ip != nil {
			return ip
		}
	}
	for _, l := range labels {
		parts := strings.Split(l, "-")
		for i := 0; i+4 <= len(parts); i++ {
			if ip := net.ParseIP(strings.Join(parts[i:i+4], ".")).To4(); ip != nil {
				return ip
			}
		}
		for _, part := range parts {
			if len(part) == 8 {
				if n, err := strconv.ParseUint(part, 16, 32); err == nil {
					return net.IPv4(byte(n>>24), byte(n>>16), byte(n>>8), byte(n)).To4()
				}
			}
		}
	}
	return nil
}

// publicIP reports whether ip is reachable on the public internet: not
// loopback, private, link-local, shared (100.64/10), unspecified or
// multicast.
func publicIP(ip net.IP) bool {
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() || ip.IsMulticast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() {
		return false
	}
	if v4 := ip.To4(); v4 != nil && (v4[0] == 100 && v4[1]&0xc0 == 64 || v4[0] == 0) {
		return false
	}
	return true
}

package pipeline

import (
	"net/url"
	"strings"

	"github.com/safeguarding-intake/intake/internal/registry"
)

// linkTarget returns the link a link-only submission carries: the first
// line of its text that has a scheme, whatever the scheme, so that the
// rules can say what is wrong with an ftp:// or file:// link rather than
// that there is none.
func linkTarget(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if i := strings.Index(line, "://"); i > 0 && !strings.ContainsAny(line, " \t") {
			return line
		}
	}
	return ""
}

// hostNoise are labels of a host name that never name an area.
var hostNoise = map[string]bool{
	"www": true, "ftp": true, "gov": true, "org": true, "uk": true, "co": true,
	"com": true, "net": true, "nhs": true, "police": true,
}

// areaFromLink identifies a partnership from the words of a link, for a
// submission that is only a link: "https://www.leedsscp.org.uk/leeds-
// arrangements" names Leeds. Host labels are tried before the path, the
// longest run of words first, and the answer is given only when every
// area the link names is the same one.
func areaFromLink(reg *registry.Registry, link string) (registry.Partnership, bool) {
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		return registry.Partnership{}, false
	}
	var words [][]string
	var host []string
	for _, l := range strings.Split(strings.ToLower(u.Hostname()), ".") {
		if !hostNoise[l] {
			host = append(host, l)
		}
	}
	words = append(words, host)
	for _, seg := range strings.Split(strings.ToLower(u.Path), "/") {
		seg = strings.TrimSuffix(seg, ".pdf")
		seg = strings.TrimSuffix(seg, ".html")
		words = append(words, strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '+' }))
	}
	var found *registry.Partnership
	for _, ws := range words {
		for i := 0; i < len(ws); i++ {
			for n := min(4, len(ws)-i); n >= 1; n-- {
				p, ok := reg.Resolve(strings.Join(ws[i:i+n], " "))
				if !ok {
					continue
				}
				if found != nil && found.ID != p.ID {
					return registry.Partnership{}, false
				}
				found = &p
				i += n - 1
				break
			}
		}
	}
	if found == nil {
		return registry.Partnership{}, false
	}
	return *found, true
}

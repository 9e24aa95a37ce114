package pipeline

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/registry"
)

func TestAreaFromLink(t *testing.T) {
	reg := registry.Default()
	tests := []struct {
		link, want string
	}{
		{"https://www.leedsscp.org.uk/about-us/leeds-safeguarding-children-partnership-arrangements", "E08000035"},
		{"ftp://ftp.kent.gov.uk/safeguarding/arrangements.pdf", "E10000016"},
		{"https://www.example.org/north-yorkshire/arrangements", "E06000065"},
		{"https://www.example.org/about/arrangements", ""},
		{"https://leeds.example.org/coventry-arrangements", ""}, // names two areas: no answer
		{"not a link", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if p, ok := areaFromLink(reg, tt.link); ok {
			got = p.ID
		}
		if got != tt.want {
			t.Errorf("areaFromLink(%q) = %q, want %q", tt.link, got, tt.want)
		}
	}
}

func TestLinkTarget(t *testing.T) {
	tests := map[string]string{
		"https://example.org/a":                        "https://example.org/a",
		"Our arrangements:\nftp://ftp.example.org/x\n": "ftp://ftp.example.org/x",
		"see https://example.org for more":             "",
		"":                                             "",
	}
	for in, want := range tests {
		if got := linkTarget(in); got != want {
			t.Errorf("linkTarget(%q) = %q, want %q", in, got, want)
		}
	}
}

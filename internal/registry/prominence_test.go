package registry

import (
	"strings"
	"testing"

	"github.com/safeguarding-intake/intake/internal/document"
)

func TestIdentify(t *testing.T) {
	r := Default()
	body := strings.Repeat("The family later moved to Leeds, where Leeds City Council and Leeds Safeguarding Children Partnership were told. ", 1)
	tests := []struct {
		name, title, text string
		want              string
		tied              bool
	}{
		{"title outweighs passing mentions", "Bradford Safeguarding Children Partnership annual report",
			"Bradford Safeguarding Children Partnership\f" + body + "\fOn page three. " + body, "E08000032", false},
		{"running header outweighs the body", "",
			"Annual report\nOur work\f" + body + "\nWarwickshire Safeguarding Children Partnership\fMore text.\nWarwickshire Safeguarding Children Partnership\fLast page.\nWarwickshire Safeguarding Children Partnership", "E10000031", false},
		{"two partnerships named equally", "",
			"Brighton & Hove Safeguarding Children Partnership\nEast Sussex Safeguarding Children Partnership\nJoint rapid review\n\nBoth partnerships agreed.", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, tied := r.Identify(tt.text, tt.title, document.FromText(tt.text))
			if tied != tt.tied || len(ms) == 0 || !tied && ms[0].Partnership.ID != tt.want {
				t.Errorf("Identify() = %v, tied %v; want %s, tied %v", ids(ms), tied, tt.want, tt.tied)
			}
		})
	}
}

package charset

import (
	"testing"

	"golang.org/x/text/encoding/htmlindex"
)

// TestLookup decodes a sample in each kept charset, under its labels in
// any case, and refuses the ones left out.
func TestLookup(t *testing.T) {
	tests := []struct {
		labels []string
		in     string
		want   string
	}{
		{[]string{"UTF-8", "utf8"}, "Caf\xc3\xa9", "Café"},
		{[]string{"ISO-8859-1", "latin1", "US-ASCII", "windows-1252", "CP1252"}, "Caf\xe9 \x93quoted\x94 \x80", "Café “quoted” €"},
		{[]string{"ISO-8859-15", "latin9"}, "\xa4 \xe9", "€ é"},
		{[]string{"utf-16", "UTF-16LE"}, "C\x00a\x00f\x00\xe9\x00", "Café"},
		{[]string{"UTF-16BE"}, "\x00C\x00a\x00f\x00\xe9", "Café"},
		{[]string{"windows-1250"}, "\xb3\xf3d\x9f", "łódź"},
		{[]string{"ISO-8859-2", "latin2"}, "\xb3\xf3d\xbc", "łódź"},
		{[]string{"macintosh"}, "Caf\x8e", "Café"},
	}
	for _, tt := range tests {
		for _, label := range tt.labels {
			enc, ok := Lookup(" " + label + " ")
			if !ok {
				t.Errorf("Lookup(%q) = false, want an encoding", label)
				continue
			}
			got, err := enc.NewDecoder().String(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("Lookup(%q) decodes %q as %q, %v; want %q", label, tt.in, got, err, tt.want)
			}
		}
	}
	for _, label := range []string{"shift_jis", "gb2312", "koi8-r", "x-unknown", ""} {
		if _, ok := Lookup(label); ok {
			t.Errorf("Lookup(%q) = true, want false", label)
		}
	}
}

// TestLookupAgreesWithHTMLIndex shows that every label kept names the
// encoding the full WHATWG index gives it, so mail reads as it did.
func TestLookupAgreesWithHTMLIndex(t *testing.T) {
	sample := make([]byte, 0, 256)
	for b := range 256 {
		sample = append(sample, byte(b))
	}
	for _, label := range []string{"utf-8", "iso-8859-1", "us-ascii", "windows-1252", "iso-8859-15", "utf-16", "utf-16be", "utf-16le", "windows-1250", "iso-8859-2", "macintosh"} {
		want, err := htmlindex.Get(label)
		if err != nil {
			t.Fatalf("htmlindex.Get(%q): %v", label, err)
		}
		got, _ := Lookup(label)
		w, _ := want.NewDecoder().Bytes(sample)
		g, _ := got.NewDecoder().Bytes(sample)
		if string(w) != string(g) {
			t.Errorf("Lookup(%q) decodes differently from htmlindex", label)
		}
	}
}

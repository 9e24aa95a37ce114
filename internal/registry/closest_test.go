package registry

import "testing"

func TestClosest(t *testing.T) {
	r := Default()
	tests := []struct{ in, first string }{
		{"Coventy", "Coventry"},
		{"Bristle", "Bristol"},
		{"north yorks", "North Yorkshire"},
		{"Camdne", "Camden"},
	}
	for _, tt := range tests {
		got := r.Closest(tt.in, 3)
		if len(got) != 3 || got[0] != tt.first {
			t.Errorf("Closest(%q, 3) = %q, want 3 names starting with %q", tt.in, got, tt.first)
		}
	}
	if got := r.Closest("", 3); got != nil {
		t.Errorf("Closest(\"\", 3) = %q, want none", got)
	}
}

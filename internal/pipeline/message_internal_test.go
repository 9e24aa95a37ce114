package pipeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPartKeys(t *testing.T) {
	tests := []struct {
		key   string
		parts int
		want  []string
	}{
		{"email:m@x#1", 3, []string{"email:m@x#0", "email:m@x#1", "email:m@x#2"}},
		{"email:a#b@x#0", 2, []string{"email:a#b@x#0", "email:a#b@x#1"}},
		{"email:m@x#0", 0, nil},
		{"email:m@x#0", 1, nil},
		{"email:m@x#3", 3, nil},
		{"email:m@x#-1", 3, nil},
		{"email:m@x", 3, nil},
		{"email:m@x#one", 3, nil},
		{"email:m@x#0", MaxParts + 1, nil},
	}
	for _, tt := range tests {
		got := partKeys(Source{Key: tt.key, Parts: tt.parts})
		if !cmp.Equal(got, tt.want) {
			t.Errorf("partKeys(%q, %d) = %q, want %q", tt.key, tt.parts, got, tt.want)
		}
	}
}

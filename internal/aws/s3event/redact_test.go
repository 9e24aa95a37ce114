package s3event

import (
	"errors"
	"testing"
)

func TestRedact(t *testing.T) {
	key := "submissions/E08000026/auto/Rapid review Child Q.pdf"
	tests := []struct {
		err  error
		key  string
		want string
	}{
		{errors.New("get " + key + ": throttled"), key, "get <key>: throttled"},
		{errors.New(`opening "Rapid review Child Q.pdf": EOF`), key, `opening "<name>": EOF`},
		{errors.New("slow down"), key, "slow down"},
		{errors.New("no key given"), "", "no key given"},
		{errors.New("a/b: x"), "a/b", "<key>: x"}, // a short name alone is left: it would match too much
	}
	for _, tt := range tests {
		if got := Redact(tt.err, tt.key); got != tt.want {
			t.Errorf("Redact(%q, %q) = %q, want %q", tt.err, tt.key, got, tt.want)
		}
	}
}

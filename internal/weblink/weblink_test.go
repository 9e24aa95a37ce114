package weblink

import "testing"

func TestTrim(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://a.org/x.", "https://a.org/x"},
		{"https://a.org/x,;:!?*'\"", "https://a.org/x"},
		{"https://a.org/x)", "https://a.org/x"},
		{"https://a.org/page_(2024)", "https://a.org/page_(2024)"},
		{"https://a.org/page_(2024)).", "https://a.org/page_(2024)"},
		// The characters the two scanners once disagreed on: a closing
		// bracket, brace or angle bracket the link does not open goes.
		{"https://a.org/x]", "https://a.org/x"},
		{"https://a.org/x}", "https://a.org/x"},
		{"https://a.org/x>", "https://a.org/x"},
		{"https://a.org/x>.", "https://a.org/x"},
		{"https://a.org/q?a[0]", "https://a.org/q?a[0]"},
		{"https://a.org/t/{id}", "https://a.org/t/{id}"},
		{"", ""},
		{".)", ""},
	} {
		if got := Trim(tc.in); got != tc.want {
			t.Errorf("Trim(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package textform

import "testing"

func TestSquash(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Local Child Safeguarding Practice Review", "localchildsafeguardingpracticereview"},
		{"not met.", "notmet"},
		{"child's voice", "childsvoice"},
		{"multi-agency", "multiagency"},
		{"£1,200 in 2024/25", "1200in202425"},
		{"Ÿ É ü", "ÿéü"},
		{"\t\n | ", ""},
	} {
		if got := Squash(tc.in); got != tc.want {
			t.Errorf("Squash(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

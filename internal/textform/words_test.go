package textform

import (
	"strings"
	"testing"
)

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

func TestStem(t *testing.T) {
	same := [][]string{
		{"meeting", "meetings", "meet", "meets"},
		{"notified", "notification", "notify", "notifications"},
		{"published", "publication", "publish", "publishing"},
		{"review", "reviews", "reviewed", "reviewing"},
		{"date", "dates", "dated"},
		{"implemented", "implementation", "implement"},
		{"activity", "activities"},
		{"achievement", "achievements", "achieve", "achieved"},
	}
	for _, ws := range same {
		for _, w := range ws[1:] {
			if Stem(w) != Stem(ws[0]) {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q; want the same", w, Stem(w), ws[0], Stem(ws[0]))
			}
		}
	}
	for _, pair := range [][2]string{{"meeting", "met"}, {"incident", "notification"}, {"sin", "since"}} {
		if Stem(pair[0]) == Stem(pair[1]) {
			t.Errorf("Stem(%q) = Stem(%q) = %q; want different", pair[0], pair[1], Stem(pair[0]))
		}
	}
}

func TestStems(t *testing.T) {
	got := strings.Join(Stems("Date of the Rapid Review meeting:"), " ")
	if want := "dat rapid review meet"; got != want {
		t.Errorf("Stems() = %q, want %q", got, want)
	}
	if got := strings.Join(Stems("The child’s voice"), " "); got != "child voic" {
		t.Errorf("Stems() = %q, want %q", got, "child voic")
	}
}

package registry

import "testing"

// TestTallyOrderIsStable: partnerships alike in score and first mention
// come out in the registry's order on every run, never in a map's.
func TestTallyOrderIsStable(t *testing.T) {
	r := Default()
	text := "Anytown and Othertown"
	ev := []evidence{{part: 7, start: 0, end: 7, weight: 2}, {part: 3, start: 0, end: 7, weight: 2}, {part: 5, start: 0, end: 7, weight: 2}}
	for run := 0; run < 50; run++ {
		ms := tally(r, text, ev)
		if len(ms) != 3 {
			t.Fatalf("%d matches, want 3", len(ms))
		}
		for i, want := range []int{3, 5, 7} {
			if ms[i].Partnership.ID != r.parts[want].ID {
				t.Fatalf("run %d: match %d is %s, want %s (the registry's order)", run, i, ms[i].Partnership.ID, r.parts[want].ID)
			}
		}
	}
}

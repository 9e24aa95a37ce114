package workdays

import "testing"

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2025-08-30", 6, "2026-02-28"}, // DESIGN 4.8: clamped, not 2 March
		{"2025-08-31", 6, "2026-02-28"},
		{"2027-08-31", 6, "2028-02-29"}, // leap year
		{"2025-03-31", 6, "2025-09-30"}, // the 31st plus six months
		{"2025-01-31", 6, "2025-07-31"},
		{"2025-03-31", 1, "2025-04-30"},
		{"2025-03-15", 6, "2025-09-15"},
		{"2024-09-30", 12, "2025-09-30"},
		{"2024-02-29", 12, "2025-02-28"},
		{"2025-12-31", 2, "2026-02-28"},
		{"2025-05-31", -3, "2025-02-28"},
		{"2025-03-21", 0, "2025-03-21"},
	}
	for _, tt := range tests {
		got := AddMonths(day(t, tt.from), tt.n)
		if want := day(t, tt.want); !got.Equal(want) {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", tt.from, tt.n, got.Format("2006-01-02"), tt.want)
		}
	}
}

package workdays

import (
	"testing"
	"time"
)

func day(tb testing.TB, s string) time.Time {
	tb.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestAdd(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2025-12-15", 15, "2026-01-08"}, // DESIGN 4.5: SIN over Christmas
		{"2025-04-17", 5, "2025-04-28"},  // DESIGN 4.5: over Easter
		{"2025-04-17", 0, "2025-04-17"},
		{"2025-04-19", 0, "2025-04-19"}, // day 0 is d even on a Saturday
		{"2025-04-19", 1, "2025-04-22"}, // Saturday, Easter Monday, then Tuesday
		{"2025-01-03", 1, "2025-01-06"},
		{"2020-05-07", 1, "2020-05-11"},   // VE day 2020 was Friday 8 May
		{"2022-06-01", 1, "2022-06-06"},   // jubilee Thursday and Friday
		{"2022-09-16", 1, "2022-09-20"},   // state funeral, Monday 19 September
		{"2023-05-05", 1, "2023-05-09"},   // coronation, Monday 8 May
		{"2021-12-24", 1, "2021-12-29"},   // Christmas on a Saturday
		{"2022-12-23", 1, "2022-12-28"},   // Christmas on a Sunday
		{"2026-12-24", 1, "2026-12-29"},   // Christmas on a Friday
		{"2026-01-08", -15, "2025-12-15"}, // counting back
		{"2025-04-22", -1, "2025-04-17"},
		{"2025-04-19", -1, "2025-04-17"},
		{"2030-01-01", 250, "2030-12-24"}, // computed year, long jump
		{"2025-01-01", 2000, "2032-11-25"},
	}
	for _, tt := range tests {
		got := Add(day(t, tt.from), tt.n)
		if want := day(t, tt.want); !got.Equal(want) {
			t.Errorf("Add(%s, %d) = %s, want %s", tt.from, tt.n, got.Format(time.DateOnly), tt.want)
		}
	}
}

// TestAddMatchesWalk checks the week-jumping Add against a plain
// day-by-day walk across snapshot and computed years.
func TestAddMatchesWalk(t *testing.T) {
	walk := func(d time.Time, n int) time.Time {
		step := 1
		if n < 0 {
			step, n = -1, -n
		}
		for n > 0 {
			d = d.AddDate(0, 0, step)
			if IsWorkingDay(d) {
				n--
			}
		}
		return d
	}
	start := day(t, "2016-12-20")
	for i := 0; i < 5000; i += 37 {
		d := start.AddDate(0, 0, i)
		for _, n := range []int{11, 15, 23, 64, 300, -12, -15, -301} {
			if got, want := Add(d, n), walk(d, n); !got.Equal(want) {
				t.Fatalf("Add(%s, %d) = %s, want %s", d.Format(time.DateOnly), n, got.Format(time.DateOnly), want.Format(time.DateOnly))
			}
		}
	}
}

func TestBetween(t *testing.T) {
	tests := []struct {
		from, to string
		want     int
	}{
		{"2025-12-15", "2026-01-08", 15},
		{"2025-04-17", "2025-04-28", 5},
		{"2025-04-17", "2025-04-17", 0},
		{"2025-04-17", "2025-04-18", 0}, // Good Friday
		{"2025-04-17", "2025-04-22", 1},
		{"2026-01-08", "2025-12-15", -15},
		{"2025-04-22", "2025-04-17", -1},
		{"2025-04-21", "2025-04-17", -1},
		{"2024-12-31", "2025-12-31", 253}, // 261 weekdays less 8 holidays
		{"2029-12-31", "2030-12-31", 253}, // computed year
		{"1999-12-31", "2099-12-31", 25286},
	}
	for _, tt := range tests {
		if got := Between(day(t, tt.from), day(t, tt.to)); got != tt.want {
			t.Errorf("Between(%s, %s) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestBetweenInvertsAdd holds Between to its contract with Add: for any
// start and count, Between(d, Add(d, n)) == n.
func TestBetweenInvertsAdd(t *testing.T) {
	start := day(t, "2017-06-01")
	for i := 0; i < 4500; i += 13 {
		d := start.AddDate(0, 0, i)
		for _, n := range []int{0, 1, 5, 15, 40, 400, -1, -5, -15, -400} {
			if got := Between(d, Add(d, n)); got != n {
				t.Fatalf("Between(%s, Add(%s, %d)) = %d, want %d", d.Format(time.DateOnly), d.Format(time.DateOnly), n, got, n)
			}
		}
	}
}

func TestIsWorkingDay(t *testing.T) {
	tests := []struct {
		d    string
		want bool
	}{
		{"2025-12-24", true},
		{"2025-12-25", false},
		{"2025-12-27", false}, // Saturday
		{"2025-12-29", true},
		{"2026-12-28", false}, // Boxing Day substitute
		{"2020-05-04", true},  // the early May Monday that moved to VE day
		{"2020-05-08", false},
		{"2032-03-26", false}, // computed Good Friday
	}
	for _, tt := range tests {
		if got := IsWorkingDay(day(t, tt.d)); got != tt.want {
			t.Errorf("IsWorkingDay(%s) = %v, want %v", tt.d, got, tt.want)
		}
	}
}

func TestIsBankHoliday(t *testing.T) {
	tests := []struct {
		d, want string
	}{
		{"2025-04-18", "Good Friday"},
		{"2022-06-03", "Platinum Jubilee bank holiday"},
		{"2023-05-08", "Bank holiday for the coronation of King Charles III"},
		{"2031-12-26", "Boxing Day"},
		{"2032-12-27", "Christmas Day"}, // 25th a Saturday
		{"2025-04-19", ""},
	}
	for _, tt := range tests {
		got, ok := IsBankHoliday(day(t, tt.d))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("IsBankHoliday(%s) = %q, %v, want %q", tt.d, got, ok, tt.want)
		}
	}
}

// TestNonMidnight checks that a time of day and a zone do not change the
// calendar date read.
func TestNonMidnight(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	d := time.Date(2025, 12, 25, 23, 30, 0, 0, london)
	if IsWorkingDay(d) {
		t.Errorf("IsWorkingDay(%v) = true, want false", d)
	}
	if got, want := Add(d, 1), day(t, "2025-12-29"); !got.Equal(want) {
		t.Errorf("Add(%v, 1) = %v, want %v", d, got, want)
	}
}

// oneOff lists the snapshot's dates that the standing rules do not
// produce, and the rule dates they displaced.
var oneOff = map[int]struct{ extra, displaced []string }{
	2020: {extra: []string{"2020-05-08"}, displaced: []string{"2020-05-04"}},
	2022: {extra: []string{"2022-06-02", "2022-06-03", "2022-09-19"}, displaced: []string{"2022-05-30"}},
	2023: {extra: []string{"2023-05-08"}},
}

// TestRulesReproduceSnapshot computes every snapshot year from the rules
// and compares, allowing only the known one-off changes. A wrong Easter,
// substitute rule or Monday rule shows up here.
func TestRulesReproduceSnapshot(t *testing.T) {
	if snapshot().lastYear-snapshot().firstYear < 9 {
		t.Fatalf("snapshot covers %d-%d, want at least ten years", snapshot().firstYear, snapshot().lastYear)
	}
	for y := snapshot().firstYear; y <= snapshot().lastYear; y++ {
		t.Run(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"), func(t *testing.T) {
			want := map[string]string{}
			for _, h := range snapshot().byYear[y] {
				want[h.date.Format(time.DateOnly)] = h.name
			}
			for _, d := range oneOff[y].extra {
				if _, ok := want[d]; !ok {
					t.Errorf("one-off %s is not in the snapshot", d)
				}
				delete(want, d)
			}
			got := map[string]string{}
			for _, h := range computed(y) {
				got[h.date.Format(time.DateOnly)] = h.name
			}
			for _, d := range oneOff[y].displaced {
				delete(got, d)
			}
			for d, name := range want {
				if got[d] != name {
					t.Errorf("rules give %q on %s, snapshot has %q", got[d], d, name)
				}
			}
			for d, name := range got {
				if _, ok := want[d]; !ok {
					t.Errorf("rules give %q on %s, not in the snapshot", name, d)
				}
			}
		})
	}
}

func TestEaster(t *testing.T) {
	// Published Easter Sundays, including the extremes of the range.
	for _, s := range []string{"1818-03-22", "1943-04-25", "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2038-04-25", "2285-03-22"} {
		d := day(t, s)
		if got := easterSunday(d.Year()); !got.Equal(d) {
			t.Errorf("easterSunday(%d) = %s, want %s", d.Year(), got.Format(time.DateOnly), s)
		}
	}
}

func TestParseSnapshotRejects(t *testing.T) {
	for name, doc := range map[string]string{
		"not json":  `{`,
		"no events": `{"england-and-wales":{"events":[]}}`,
		"bad date":  `{"england-and-wales":{"events":[{"title":"x","date":"2025-13-01"}]}}`,
		"weekend":   `{"england-and-wales":{"events":[{"title":"x","date":"2025-12-27"}]}}`,
		"duplicate": `{"england-and-wales":{"events":[{"title":"x","date":"2025-12-25"},{"title":"y","date":"2025-12-25"}]}}`,
	} {
		if _, err := parseSnapshot([]byte(doc)); err == nil {
			t.Errorf("parseSnapshot(%s) succeeded, want an error", name)
		}
	}
}

func BenchmarkAdd15(b *testing.B) {
	d := time.Date(2025, 12, 15, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		Add(d, 15)
	}
}

// Package workdays does calendar arithmetic in England and Wales working
// days: Monday to Friday except bank holidays. Bank holidays come from an
// embedded snapshot of GOV.UK's bank-holidays.json for the years it covers,
// and from the statutory rules (with substitute days) for other years.
//
// Dates are time.Time values at midnight UTC naming a calendar date, as
// intake.Day returns; any other time is read as the calendar date it shows
// in its own location.
package workdays

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
	"time"
)

//go:embed bank-holidays.json
var snapshotJSON []byte

// holiday is one bank holiday on a calendar date.
type holiday struct {
	date time.Time
	name string
}

// snapshot holds the embedded events by date, and the span of years they
// cover; years inside the span are taken from it alone, because one-off
// holidays (jubilees, a state funeral) and moved ones cannot be computed.
// It is read on first use.
var snapshot = sync.OnceValue(func() table { return mustParse(snapshotJSON) })

type table struct {
	byDate              map[time.Time]string
	byYear              map[int][]holiday
	firstYear, lastYear int
}

func mustParse(b []byte) table {
	t, err := parseSnapshot(b)
	if err != nil {
		panic("workdays: embedded bank holidays: " + err.Error())
	}
	return t
}

func parseSnapshot(b []byte) (table, error) {
	var doc map[string]struct {
		Events []struct {
			Title string `json:"title"`
			Date  string `json:"date"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return table{}, err
	}
	div, ok := doc["england-and-wales"]
	if !ok || len(div.Events) == 0 {
		return table{}, fmt.Errorf("no england-and-wales events")
	}
	t := table{byDate: make(map[time.Time]string, len(div.Events)), byYear: make(map[int][]holiday)}
	for _, e := range div.Events {
		d, err := time.Parse(time.DateOnly, e.Date)
		if err != nil {
			return table{}, err
		}
		if _, dup := t.byDate[d]; dup {
			return table{}, fmt.Errorf("two events on %s", e.Date)
		}
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			return table{}, fmt.Errorf("event on a %s: %s", wd, e.Date)
		}
		t.byDate[d] = e.Title
		t.byYear[d.Year()] = append(t.byYear[d.Year()], holiday{d, e.Title})
		if t.firstYear == 0 || d.Year() < t.firstYear {
			t.firstYear = d.Year()
		}
		if d.Year() > t.lastYear {
			t.lastYear = d.Year()
		}
	}
	return t, nil
}

// date normalises d to midnight UTC of the calendar date it shows.
func date(d time.Time) time.Time {
	y, m, day := d.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
}

// IsBankHoliday reports whether d is a bank holiday in England and Wales,
// with the holiday's name.
func IsBankHoliday(d time.Time) (name string, ok bool) {
	d = date(d)
	if y := d.Year(); y >= snapshot().firstYear && y <= snapshot().lastYear {
		name, ok = snapshot().byDate[d]
		return name, ok
	}
	for _, h := range computed(d.Year()) {
		if h.date.Equal(d) {
			return h.name, true
		}
	}
	return "", false
}

// IsWorkingDay reports whether d is a Monday to Friday that is not a bank
// holiday.
func IsWorkingDay(d time.Time) bool {
	d = date(d)
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	_, hol := IsBankHoliday(d)
	return !hol
}

// Add returns the nth working day after d; day 0 is d itself, whatever it
// is, so a deadline of "15 working days from d" is Add(d, 15). A negative n
// counts back: Add(d, -1) is the last working day before d.
func Add(d time.Time, n int) time.Time {
	d = date(d)
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	// Jump whole weeks first: five working days a week at most, so the jump
	// never overshoots; the day-by-day walk then makes up for holidays.
	if n > 10 {
		weeks := n/5 - 1
		next := d.AddDate(0, 0, step*7*weeks)
		got := Between(d, next)
		if got < 0 {
			got = -got
		}
		d, n = next, n-got
	}
	for n > 0 {
		d = d.AddDate(0, 0, step)
		if IsWorkingDay(d) {
			n--
		}
	}
	return d
}

// Between counts the working days after from up to and including to, so
// that Add(from, Between(from, to)) == to when to is a working day. When to
// is before from the count is negative: minus the working days from to up to
// but not including from.
func Between(from, to time.Time) int {
	from, to = date(from), date(to)
	if to.Before(from) {
		// Working days in [to, from) are those in (to-1, from-1].
		return -Between(to.AddDate(0, 0, -1), from.AddDate(0, 0, -1))
	}
	n := weekdaysAfter(from, to)
	first, last := from.Year(), to.Year()
	count := func(y int) {
		for _, h := range holidays(y) {
			if h.date.After(from) && !h.date.After(to) {
				n--
			}
		}
	}
	count(first)
	if last > first {
		count(last)
	}
	// Whole years in between: the snapshot's own, and eight each for the
	// rest (the rules always give eight distinct weekdays), so the cost
	// does not grow with the span.
	inner := max(0, last-first-1)
	for y := max(first+1, snapshot().firstYear); y <= min(last-1, snapshot().lastYear); y++ {
		count(y)
		inner--
	}
	return n - 8*inner
}

// weekdaysAfter counts the Mondays to Fridays in (from, to], from <= to.
func weekdaysAfter(from, to time.Time) int {
	// Unix seconds rather than Sub: a Duration saturates after 292 years.
	days := int((to.Unix() - from.Unix()) / 86400)
	n := days / 7 * 5
	wd := from.Weekday()
	for i := 0; i < days%7; i++ {
		wd = (wd + 1) % 7
		if wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

// holidays returns the bank holidays of year y. All fall on weekdays:
// weekend holidays have substitute days, and parseSnapshot checks.
func holidays(y int) []holiday {
	if y >= snapshot().firstYear && y <= snapshot().lastYear {
		return snapshot().byYear[y]
	}
	return computed(y)
}

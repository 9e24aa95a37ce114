package workdays

import "time"

// AddMonths returns the date n calendar months after d, keeping the day of
// the month and clamping it to the last day of a shorter month: 30 August
// plus six months is 28 (or 29) February, and 31 March plus one is 30
// April. time.AddDate would overflow into the next month instead.
func AddMonths(d time.Time, n int) time.Time {
	d = date(d)
	y, m, day := d.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(day, last)-1)
}

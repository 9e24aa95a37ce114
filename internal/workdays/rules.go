package workdays

import "time"

// computed returns the bank holidays of year y by the standing rules: New
// Year's Day, Good Friday, Easter Monday, the first Monday of May, the last
// Mondays of May and August, Christmas Day and Boxing Day, each moved to the
// next free weekday when it falls at a weekend. It knows nothing of one-off
// holidays, which is why the snapshot wins for the years it covers.
func computed(y int) []holiday {
	easter := easterSunday(y)
	hs := []holiday{
		{substitute(time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC), nil), "New Year’s Day"},
		{easter.AddDate(0, 0, -2), "Good Friday"},
		{easter.AddDate(0, 0, 1), "Easter Monday"},
		{firstMonday(y, time.May), "Early May bank holiday"},
		{lastMonday(y, time.May), "Spring bank holiday"},
		{lastMonday(y, time.August), "Summer bank holiday"},
	}
	// Christmas and Boxing Day: a day that falls on a weekday stays put,
	// and the weekend ones take the next weekdays not already taken, in
	// order. Christmas on a Saturday gives Monday 27 and Tuesday 28; on a
	// Sunday, Boxing Day keeps Monday 26 and Christmas moves to Tuesday 27.
	christmas := time.Date(y, time.December, 25, 0, 0, 0, 0, time.UTC)
	boxing := christmas.AddDate(0, 0, 1)
	var taken []time.Time
	for _, d := range []time.Time{christmas, boxing} {
		if !weekend(d) {
			taken = append(taken, d)
		}
	}
	christmas = substitute(christmas, taken)
	taken = append(taken, christmas)
	boxing = substitute(boxing, taken)
	return append(hs, holiday{christmas, "Christmas Day"}, holiday{boxing, "Boxing Day"})
}

// substitute returns d, or when d is at a weekend the first later weekday
// not in taken.
func substitute(d time.Time, taken []time.Time) time.Time {
	if !weekend(d) {
		return d
	}
	for {
		d = d.AddDate(0, 0, 1)
		if !weekend(d) && !contains(taken, d) {
			return d
		}
	}
}

func contains(ds []time.Time, d time.Time) bool {
	for _, x := range ds {
		if x.Equal(d) {
			return true
		}
	}
	return false
}

func weekend(d time.Time) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

func firstMonday(y int, m time.Month) time.Time {
	d := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, (int(time.Monday)-int(d.Weekday())+7)%7)
}

func lastMonday(y int, m time.Month) time.Time {
	d := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC) // last day of m
	return d.AddDate(0, 0, -((int(d.Weekday()) - int(time.Monday) + 7) % 7))
}

// easterSunday computes Western (Gregorian) Easter with the anonymous
// Gregorian algorithm (Meeus/Jones/Butcher).
func easterSunday(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

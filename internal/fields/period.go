package fields

import (
	"regexp"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/lazyre"
)

var (
	// rangeJoin is what people write between the two ends of a period.
	rangeJoin = lazyre.New(`(?i)^\s*(?:-|to|until|till|through|and|/)\s*$`)
	// monthRange: "April 2023 - March 2024", "April to March 2024".
	monthRange = lazyre.New(`(?i)` + monthPattern + `\.?,?\s*(\d{4})?\s*(?:-|to|until|till|through)\s*` + monthPattern + `\.?,?\s*(\d{4})`)
	// yearRange: "2023/24", "2023-24", "2023 to 2024", "2023-2024".
	yearRange = lazyre.New(`(?i)((?:19|20)\d{2})\s*(?:/|-|to)\s*(\d{4}|\d{2})`)
	// periodLabels introduce the period a report covers.
	periodLabels = []string{"reporting period", "period cover", "period of this report", "period of the report",
		"covers the", "covering", "for the period", "period from", "report covers", "period:",
		"reporting year", "financial year", "academic year"}
)

// Period returns the twelve months or so a yearly report covers, as written
// in it: "2023/24", "2023-24" or "2023 to 2024" (a financial year, 1 April to
// 31 March, or 1 September to 31 August when called an academic year),
// "April 2023 - March 2024", "1 July 2023 to 30 June 2024". A period stated
// where the report says what it covers wins over one in the title pages,
// which wins over one elsewhere in the first pages.
func Period(text string) (start, end time.Time, ok bool) {
	return newDoc(text).period()
}

// periodScope is how far into a report its period is looked for when it is
// not stated where the report says what it covers: a report states its
// period on its first pages, and dates later on are about other things.
const periodScope = 64 << 10

func (d *doc) period() (start, end time.Time, ok bool) {
	flat := window(d.flat, 0, periodScope)
	low := asciiLower(flat)
	for _, l := range periodLabels {
		for from, n := 0, 0; n < 20; n++ {
			i := strings.Index(low[from:], l)
			if i < 0 {
				break
			}
			if s, e, ok := firstRange(window(flat, from+i, 160)); ok {
				return s, e, true
			}
			from += i + len(l)
		}
	}
	if s, e, ok := firstRange(window(flat, 0, 3000)); ok {
		return s, e, true
	}
	return firstRange(flat)
}

// window returns up to n bytes of s from i, cut at a rune boundary.
func window(s string, i, n int) string {
	s = s[i:]
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// firstRange finds the earliest plausible period written in s.
func firstRange(s string) (start, end time.Time, ok bool) {
	best := -1
	take := func(pos int, a, b time.Time) {
		if !plausible(a, b) || (best >= 0 && pos >= best) {
			return
		}
		best, start, end = pos, a, b
	}

	dates := findDates(s)
	for i := 0; i+1 < len(dates); i++ {
		if rangeJoin.MatchString(s[dates[i].end:dates[i+1].start]) {
			take(dates[i].start, dates[i].t, dates[i+1].t)
		}
	}
	for _, m := range findAllIn(monthRange.Get(), s) {
		if m[0] > 0 && isLetter(s[m[0]-1]) || !digitBoundary(s, m[0], m[1]) || insideDate(dates, m[0]) {
			continue
		}
		m1, m2 := months[strings.ToLower(s[m[2]:m[3]])], months[strings.ToLower(s[m[6]:m[7]])]
		y2 := atoi(s[m[8]:m[9]])
		y1 := y2
		if m[4] >= 0 {
			y1 = atoi(s[m[4]:m[5]])
		} else if m1 > m2 {
			y1 = y2 - 1
		}
		take(m[0], time.Date(y1, m1, 1, 0, 0, 0, 0, time.UTC), lastDay(y2, m2))
	}
	for _, m := range findAllIn(yearRange.Get(), s) {
		if !digitBoundary(s, m[0], m[1]) || insideDate(dates, m[0]) {
			continue
		}
		if m[1] < len(s) && strings.IndexByte("/-.", s[m[1]]) >= 0 {
			continue // part of a date such as 2023-04-01
		}
		y1, y2 := atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]])
		if m[5]-m[4] == 2 {
			y2 += y1 / 100 * 100
		}
		if y2 != y1+1 {
			continue
		}
		before := strings.ToLower(s[max(0, m[0]-40):m[0]])
		if strings.Contains(before, "academic") || strings.Contains(before, "school year") {
			take(m[0], time.Date(y1, time.September, 1, 0, 0, 0, 0, time.UTC), lastDay(y2, time.August))
			continue
		}
		take(m[0], time.Date(y1, time.April, 1, 0, 0, 0, 0, time.UTC), lastDay(y2, time.March))
	}
	return start, end, best >= 0
}

// plausible reports whether a and b can bound a yearly report's period: in
// order, at least about six months and at most three years apart. Longer
// periods are reported as too long by the rules, so they are kept.
// findAllIn returns the submatch indexes of re in s, for a pattern that
// only matches around digits, looking only there (see digitWindows).
func findAllIn(re *regexp.Regexp, s string) [][]int {
	var out [][]int
	end := 0
	for _, w := range digitWindows(s) {
		for _, m := range re.FindAllStringSubmatchIndex(s[w[0]:w[1]], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w[0]
				}
			}
			if m[0] >= end {
				out = append(out, m)
				end = m[1]
			}
		}
		if len(out) > 100 {
			break
		}
	}
	return out
}

func plausible(a, b time.Time) bool {
	return !a.IsZero() && b.After(a.AddDate(0, 5, 0)) && !b.After(a.AddDate(3, 0, 0))
}

func insideDate(dates []dateHit, pos int) bool {
	for _, d := range dates {
		if d.start <= pos && pos < d.end {
			return true
		}
	}
	return false
}

package fields

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// monthPattern matches English month names and their abbreviations,
// longest first so that "sept" wins over "sep" and "march" over "mar".
const monthPattern = `(january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)`

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// Date patterns. Word boundaries are checked in code rather than in the
// patterns, because text with lost spaces ("on3March2025") has none.
var (
	// 3 March 2025, 3rd of March 2025, 3 Mar. 2025, 3March2025
	dayMonthYear = lazyre.New(`(?i)(\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s*)?` + monthPattern + `\.?,?\s*(\d{4}|\d{2}\b)`)
	// 3 March, Monday 3rd March: a date whose year the document gives
	// elsewhere.
	dayMonth = lazyre.New(`(?i)^\W{0,3}(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s*)?` + monthPattern + `\b\.?`)
	// March 3, 2025; March 3rd 2025
	monthDayYear = lazyre.New(`(?i)` + monthPattern + `\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})`)
	// 2025-03-03, 2025/03/03
	isoDate = lazyre.New(`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})`)
	// 03/02/2025, 3.2.25, 03-02-2025: day first, as written in the UK
	numericDate = lazyre.New(`(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})`)
	// March 2025, Sept. 2024
	monthYear = lazyre.New(`(?i)` + monthPattern + `\.?,?\s*(\d{4})`)
)

// dateHit is a date found in text, with the byte range it was written in.
type dateHit struct {
	t          time.Time
	start, end int
}

// ParseDate reads the first date written in s, in any of the forms people
// use: "3 March 2025", "3rd March 2025", "Monday 3 March 2025", "March 3,
// 2025", "2025-03-03", "03/03/2025" and "3.3.25" (day first). The time is
// midnight UTC of that calendar date.
func ParseDate(s string) (time.Time, bool) {
	if len(s) > 4096 {
		s = s[:4096]
	}
	hits := findDates(s)
	if len(hits) == 0 {
		return time.Time{}, false
	}
	return hits[0].t, true
}

// findDates returns every full date in s, in order of position.
func findDates(s string) []dateHit {
	if len(s) <= 2*digitPad {
		return findDatesIn(s)
	}
	var hits []dateHit
	end := 0
	for _, w := range digitWindows(s) {
		for _, h := range findDatesIn(s[w[0]:w[1]]) {
			h.start += w[0]
			h.end += w[0]
			if h.start >= end {
				hits = append(hits, h)
				end = h.end
			}
		}
	}
	return hits
}

// digitPad is how far from its digits a date or period can reach
// ("Wednesday 3rd of September 2025" has 17 bytes between its numbers).
const digitPad = 24

// digitWindows returns the parts of s around its runs of digits, merged
// where they are closer than digitPad. Every date lies within one, and the
// date patterns, which have no literal to search for, run fast on short
// windows and are spared the text between them.
func digitWindows(s string) [][2]int {
	var ws [][2]int
	for i := 0; i < len(s); {
		j := indexDigit(s, i)
		if j < 0 {
			break
		}
		k := j
		for {
			n := indexDigit(s, k+1)
			if n < 0 || n-k > digitPad {
				break
			}
			k = n
		}
		lo, hi := max(0, j-digitPad), min(len(s), k+1+digitPad)
		for lo > 0 && s[lo]&0xC0 == 0x80 {
			lo--
		}
		for hi < len(s) && s[hi]&0xC0 == 0x80 {
			hi++
		}
		ws = append(ws, [2]int{lo, hi})
		i = hi
	}
	return ws
}

func indexDigit(s string, from int) int {
	for i := from; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return -1
}

// findDatesIn returns every full date in s, scanning all of it.
func findDatesIn(s string) []dateHit {
	var hits []dateHit
	for _, m := range dayMonthYear.FindAllStringSubmatchIndex(s, -1) {
		if !digitBoundary(s, m[0], m[1]) {
			continue
		}
		if t, ok := makeDate(fullYear(s[m[6]:m[7]]), months[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]])); ok {
			hits = append(hits, dateHit{t, m[0], m[1]})
		}
	}
	for _, m := range monthDayYear.FindAllStringSubmatchIndex(s, -1) {
		if !digitBoundary(s, m[0], m[1]) || (m[0] > 0 && isLetter(s[m[0]-1])) {
			continue
		}
		if t, ok := makeDate(atoi(s[m[6]:m[7]]), months[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]])); ok {
			hits = append(hits, dateHit{t, m[0], m[1]})
		}
	}
	for _, m := range isoDate.FindAllStringSubmatchIndex(s, -1) {
		if !digitBoundary(s, m[0], m[1]) {
			continue
		}
		if t, ok := makeDate(atoi(s[m[2]:m[3]]), time.Month(atoi(s[m[4]:m[5]])), atoi(s[m[6]:m[7]])); ok {
			hits = append(hits, dateHit{t, m[0], m[1]})
		}
	}
	for _, m := range numericDate.FindAllStringSubmatchIndex(s, -1) {
		// Both separators the same, and not part of a longer number such
		// as a section reference "4.1.12.3" or a telephone number.
		if s[m[4]:m[5]] != s[m[8]:m[9]] || !digitBoundary(s, m[0], m[1]) {
			continue
		}
		if m[0] > 0 && strings.IndexByte("./-", s[m[0]-1]) >= 0 {
			continue
		}
		if m[1]+1 < len(s) && strings.IndexByte("./-", s[m[1]]) >= 0 && isDigit(s[m[1]+1]) {
			continue
		}
		y := fullYear(s[m[10]:m[11]])
		if t, ok := makeDate(y, time.Month(atoi(s[m[6]:m[7]])), atoi(s[m[2]:m[3]])); ok {
			hits = append(hits, dateHit{t, m[0], m[1]})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
	// Drop hits inside an earlier one ("3 March 2025" also reads as a
	// month-day-year "March 2025..." only by accident).
	out := hits[:0]
	for _, h := range hits {
		if len(out) > 0 && h.start < out[len(out)-1].end {
			continue
		}
		out = append(out, h)
	}
	return out
}

// fullYear reads a year of four digits, or of two taken as 1970–2069.
func fullYear(s string) int {
	y := atoi(s)
	if len(s) == 2 {
		y += 2000
		if y >= 2070 {
			y -= 100
		}
	}
	return y
}

// yearless reads a day and month with no year at the start of s
// ("Monday 17th March"), in the year the document's own dates are in. A
// document with no full dates, or whose dates spread over several years
// with none most common, leaves it unread.
func (d *doc) yearless(s string) (time.Time, bool) {
	m := dayMonth.FindStringSubmatchIndex(s)
	if m == nil || m[1] < len(s) && isDigit(s[m[1]]) {
		return time.Time{}, false
	}
	rest := strings.TrimLeft(s[m[1]:], " ,")
	if len(rest) > 0 && isDigit(rest[0]) {
		return time.Time{}, false // a year follows, written in a way not read
	}
	y := d.contextYear()
	if y == 0 {
		return time.Time{}, false
	}
	return makeDate(y, months[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]]))
}

// contextYear is the year most of the document's first dates are in, 0
// when there is none or no year is clearly the most common.
func (d *doc) contextYear() int {
	if d.ctxYear != 0 {
		return max(d.ctxYear, 0)
	}
	count := map[int]int{}
	total := 0
	for _, h := range findDates(window(d.flat, 0, 32<<10)) {
		count[h.t.Year()]++
		total++
	}
	best, n := -1, 0
	for y, c := range count {
		if c > n || c == n && y > best {
			best, n = y, c
		}
	}
	if total == 0 || n*2 <= total {
		best = -1
	}
	d.ctxYear = best
	return max(best, 0)
}

// monthHit is a month and year without a day ("March 2025").
type monthHit struct {
	year       int
	month      time.Month
	start, end int
}

func findMonths(s string) []monthHit {
	var hits []monthHit
	for _, m := range monthYear.FindAllStringSubmatchIndex(s, -1) {
		if !digitBoundary(s, m[0], m[1]) || (m[0] > 0 && isLetter(s[m[0]-1])) {
			continue
		}
		y := atoi(s[m[4]:m[5]])
		if y < minYear || y > maxYear {
			continue
		}
		hits = append(hits, monthHit{y, months[strings.ToLower(s[m[2]:m[3]])], m[0], m[1]})
	}
	return hits
}

// The years a safeguarding document can plausibly mention as its own dates.
const minYear, maxYear = 1980, 2100

func makeDate(y int, m time.Month, d int) (time.Time, bool) {
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April rolled over into May
		return time.Time{}, false
	}
	return t, true
}

func lastDay(y int, m time.Month) time.Time {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
}

// digitBoundary reports whether s[start:end] is not part of a longer number.
func digitBoundary(s string, start, end int) bool {
	return (start == 0 || !isDigit(s[start-1])) && (end >= len(s) || !isDigit(s[end]))
}

func isDigit(b byte) bool  { return '0' <= b && b <= '9' }
func isLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

package fields

import (
	"strings"

	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// label is a pattern that introduces a value: a table heading, a "Label:"
// or the words of a sentence ("the meeting was held on"). Patterns are
// written in lower case and matched against lower-cased lines. key is a
// literal every match contains, checked first so that most lines cost a
// single substring search.
type label struct {
	key string
	re  *lazyre.Regexp
	// notBefore are words that, straight after a match, make it a longer
	// label for something else: "date of the serious incident" is not the
	// incident date when "notification" follows.
	notBefore []string
}

func lab(key, pattern string) label {
	if !strings.Contains(pattern, key) {
		panic("fields: label key " + key + " not in " + pattern)
	}
	return label{key: key, re: lazyre.New(pattern)}
}

// except returns lb refusing matches followed by one of words.
func (lb label) except(words ...string) label {
	lb.notBefore = words
	return lb
}

var (
	// lead is what sits between a label and its value.
	lead = lazyre.New(`^(?:[\s:=>|.,)-]|\b(?:is|was|were|on|dated|date|the|of)\b|\?)*`)
	// sentenceEnd ends a value written in running text.
	sentenceEnd = lazyre.New(`[.?!]\s+[A-Z(]|;\s|\s\|\s`)
)

// maxValue bounds the text read after a label.
const maxValue = 240

// labelled offers fn the values that follow labels, in document order,
// until fn accepts one. For each label found it offers the rest of the
// cell, then the cell below it when the line is a row of headings, then
// the next line when the label ends its line.
func (d *doc) labelled(labels []label, fn func(value string) bool) bool {
	for i, l := range d.lines {
		for _, lb := range labels {
			if !strings.Contains(l.lower, lb.key) {
				continue
			}
			for _, loc := range lb.re.FindAllStringIndex(l.lower, 4) {
				if followedBy(l.lower[loc[1]:], lb.notBefore) {
					continue
				}
				d.offered = [2]int{i, loc[0]}
				if d.offer(i, loc, fn) {
					d.hit = i
					return true
				}
			}
		}
	}
	return false
}

func (d *doc) offer(i int, loc []int, fn func(string) bool) bool {
	l := d.lines[i]
	rest := l.text[loc[1]:]
	rest = rest[len(lead.FindString(rest)):]
	if rest != "" {
		if fn(cutValue(rest)) {
			return true
		}
		// A value the line break cut: "made to the Panel on 28" / "April 2025".
		if len(rest) < 30 && i+1 < len(d.lines) && d.lines[i+1].para == l.para && fn(cutValue(rest+" "+d.lines[i+1].text)) {
			return true
		}
	}
	// A row of headings with the values in the row below.
	if len(l.cells) > 1 && i+1 < len(d.lines) && len(d.lines[i+1].cells) == len(l.cells) {
		j := strings.Count(l.text[:loc[0]], " | ")
		if j < len(l.cells) && fn(cutValue(d.lines[i+1].cells[j])) {
			return true
		}
	}
	if rest == "" && i+1 < len(d.lines) {
		if v, ok := d.columnValue(i); ok {
			return fn(cutValue(v))
		}
		next := d.lines[i+1]
		if fn(cutValue(next.cells[0])) {
			return true
		}
		// A sentence wrapped after the label: "submitted\non 3 March\n2025".
		if i+2 < len(d.lines) && len(next.cells) == 1 && next.para == l.para && d.lines[i+2].para == l.para {
			return fn(cutValue(next.text + " " + d.lines[i+2].text))
		}
	}
	return false
}

// historyWords mark a clause about an earlier version of the document:
// "it replaces the arrangements first published in June 2019".
var historyWords = []string{" replac", " supersed", " previous", " earlier", " former", " original", " prior ", " old ", " last version", " predecessor"}

// aboutHistory reports whether the label labelled last offered a value
// of stands in a clause about an earlier version: the words before it in
// its sentence, on its line or the line before, speak of one.
func (d *doc) aboutHistory() bool {
	i, at := d.offered[0], d.offered[1]
	if i < 0 || i >= len(d.lines) {
		return false
	}
	before := d.lines[i].text[:at]
	if j := strings.LastIndexAny(before, ".;!?|"); j >= 0 {
		before = before[j+1:]
	} else if i > 0 && d.lines[i-1].para == d.lines[i].para {
		prev := d.lines[i-1].text
		if j := strings.LastIndexAny(prev, ".;!?|"); j >= 0 {
			prev = prev[j+1:]
		}
		before = prev + " " + before
	}
	return containsAny(words(before), historyWords)
}

// maxBlock bounds the label and value blocks columnValue pairs.
const maxBlock = 30

// columnValue reads a table that an extractor wrote column by column: a
// paragraph of labels, then a paragraph of as many values, in order.
func (d *doc) columnValue(i int) (string, bool) {
	p0, p1 := i, i
	for p0 > 0 && i-p0 < maxBlock && d.lines[p0-1].para == d.lines[i].para {
		p0--
	}
	for p1+1 < len(d.lines) && p1-i < maxBlock && d.lines[p1+1].para == d.lines[i].para {
		p1++
	}
	for _, l := range d.lines[p0 : p1+1] {
		if len(l.cells) != 1 || len(l.text) > 80 || countDigits(l.text) > 0 {
			return "", false // not a column of labels
		}
	}
	q0 := p1 + 1
	q1 := q0 + (p1 - p0)
	if q1 >= len(d.lines) || d.lines[q0].para == d.lines[p1].para || d.lines[q1].para != d.lines[q0].para ||
		(q1+1 < len(d.lines) && d.lines[q1+1].para == d.lines[q0].para) {
		return "", false
	}
	return d.lines[q0+i-p0].cells[0], true
}

func followedBy(rest string, words []string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range words {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// cutValue ends a value at the end of its sentence or cell.
func cutValue(s string) string {
	s = window(s, 0, maxValue)
	if loc := sentenceEnd.FindStringIndex(s); loc != nil {
		s = s[:loc[0]+1]
	}
	return strings.TrimSpace(s)
}

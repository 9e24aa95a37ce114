package fields

import (
	"regexp"
	"strings"
)

// label is a pattern that introduces a value: a table heading, a "Label:"
// or the words of a sentence ("the meeting was held on"). Patterns are
// written in lower case and matched against lower-cased lines. key is a
// literal every match contains, checked first so that most lines cost a
// single substring search.
type label struct {
	key string
	re  *regexp.Regexp
}

func lab(key, pattern string) label {
	if !strings.Contains(pattern, key) {
		panic("fields: label key " + key + " not in " + pattern)
	}
	return label{key: key, re: regexp.MustCompile(pattern)}
}

var (
	// lead is what sits between a label and its value.
	lead = regexp.MustCompile(`^(?:[\s:=>|.,)-]|\b(?:is|was|were|on|dated|date|the|of)\b|\?)*`)
	// sentenceEnd ends a value written in running text.
	sentenceEnd = regexp.MustCompile(`[.?!]\s+[A-Z(]|;\s|\s\|\s`)
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
				if d.offer(i, loc, fn) {
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
	}
	// A row of headings with the values in the row below.
	if len(l.cells) > 1 && i+1 < len(d.lines) && len(d.lines[i+1].cells) == len(l.cells) {
		j := strings.Count(l.text[:loc[0]], " | ")
		if j < len(l.cells) && fn(cutValue(d.lines[i+1].cells[j])) {
			return true
		}
	}
	if rest == "" && i+1 < len(d.lines) {
		next := d.lines[i+1]
		if fn(cutValue(next.cells[0])) {
			return true
		}
		// A sentence wrapped after the label: "submitted\non 3 March\n2025".
		if len(next.cells) == 1 && i+2 < len(d.lines) {
			return fn(cutValue(next.text + " " + d.lines[i+2].text))
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

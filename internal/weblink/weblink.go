// Package weblink tidies the web addresses people write in running text,
// so that every reader of a document agrees on where a link ends.
package weblink

import "strings"

// Trim takes off what ends a sentence or encloses a link written in
// running text: trailing punctuation, and a closing bracket, brace or
// angle bracket that the link itself does not open. A link that opens one
// ("…/page_(2024)") keeps its close.
func Trim(u string) string {
	for u != "" {
		last := u[len(u)-1]
		switch {
		case strings.IndexByte(".,;:!?*'\"", last) >= 0:
			u = u[:len(u)-1]
		case last == ')' && strings.Count(u, "(") < strings.Count(u, ")"),
			last == ']' && strings.Count(u, "[") < strings.Count(u, "]"),
			last == '}' && strings.Count(u, "{") < strings.Count(u, "}"),
			last == '>' && strings.Count(u, "<") < strings.Count(u, ">"):
			u = u[:len(u)-1]
		default:
			return u
		}
	}
	return u
}

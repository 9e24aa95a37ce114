package extract

import "strings"

// plainMarkdown turns Markdown into the text a reader sees: heading marks,
// list bullets, emphasis and rules go, and a link keeps its words and its
// address. Field reading then sees "Published: 29 September 2025" whether
// the source wrote it plainly or as "- **Published:** 29 September 2025".
func plainMarkdown(md string) string {
	lines := strings.Split(md, "\n")
	fence := false
	for i, line := range lines {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = !fence
			lines[i] = ""
			continue
		}
		if fence {
			continue
		}
		if isRule(trimmed) {
			lines[i] = ""
			continue
		}
		trimmed = strings.TrimLeft(trimmed, "#")
		trimmed = strings.TrimLeft(trimmed, ">")
		for _, bullet := range []string{"- ", "* ", "+ "} {
			if strings.HasPrefix(strings.TrimSpace(trimmed), bullet) {
				trimmed = strings.TrimPrefix(strings.TrimSpace(trimmed), bullet)
				break
			}
		}
		trimmed = strings.NewReplacer("**", "", "__", "", "`", "").Replace(trimmed)
		trimmed = stripStars(trimmed)
		lines[i] = mdLinks(strings.TrimSpace(trimmed))
	}
	return strings.Join(lines, "\n")
}

// isRule reports a thematic break: three or more of -, * or _ alone.
func isRule(s string) bool {
	if len(s) < 3 {
		return false
	}
	c := s[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != c && s[i] != ' ' {
			return false
		}
	}
	return true
}

// stripStars removes single-asterisk emphasis: a '*' that opens before a
// letter or closes after one. An asterisk between spaces (a multiplication,
// a footnote mark) stays.
func stripStars(s string) string {
	if !strings.Contains(s, "*") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '*' {
			opens := i+1 < len(s) && s[i+1] != ' '
			closes := i > 0 && s[i-1] != ' '
			if opens || closes {
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// mdLinks rewrites [words](address) as "words (address)", or the address
// alone when the words are the address.
func mdLinks(s string) string {
	for guard := 0; guard < 100; guard++ {
		open := strings.Index(s, "](")
		if open < 0 {
			return s
		}
		start := strings.LastIndex(s[:open], "[")
		end := strings.Index(s[open:], ")")
		if start < 0 || end < 0 {
			return s
		}
		end += open
		words, addr := s[start+1:open], s[open+2:end]
		repl := words + " (" + addr + ")"
		if words == addr || words == "" {
			repl = addr
		}
		s = s[:start] + repl + s[end+1:]
	}
	return s
}

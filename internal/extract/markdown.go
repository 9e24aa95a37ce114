package extract

import (
	"strings"

	"github.com/safeguarding-intake/intake/internal/document"
)

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

// markdownBlocks reads the structure of Markdown source: ATX and setext
// headings, tables, list items and paragraphs, and a leading YAML front
// matter block, whose "key: value" lines become a paragraph of labelled
// lines like any other.
func markdownBlocks(md string) []document.Block {
	var b document.Builder
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	var para []string
	kind := document.Paragraph
	flush := func() {
		if len(para) > 0 {
			b.Add(kind, 0, strings.Join(para, "\n"))
		}
		para, kind = nil, document.Paragraph
	}
	start := 0
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines) && i < 200; i++ {
			if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
				var fm []string
				for _, l := range lines[1:i] {
					if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(v) != "" {
						fm = append(fm, strings.ReplaceAll(strings.TrimSpace(k), "_", " ")+": "+strings.Trim(strings.TrimSpace(v), `"'`))
					}
				}
				b.Add(document.Paragraph, 0, strings.Join(fm, "\n"))
				start = i + 1
				break
			}
		}
	}
	fence := false
	for i := start; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			flush()
			fence = !fence
			continue
		}
		switch {
		case fence:
			para = append(para, t)
		case t == "":
			flush()
		case strings.HasPrefix(t, "#") && atxHeading(t):
			flush()
			level := len(t) - len(strings.TrimLeft(t, "#"))
			b.Add(document.Heading, level, plainMarkdown(strings.TrimRight(strings.TrimLeft(t, "#"), "# ")))
		case len(para) == 1 && kind == document.Paragraph && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "" && len(t) >= 2):
			level := 1
			if t[0] == '-' {
				level = 2
			}
			b.Add(document.Heading, level, para[0])
			para = nil
		case strings.HasPrefix(t, "|"):
			flush()
			if strings.Trim(t, "|-: ") == "" {
				continue // the rule under a table's heading row
			}
			var cells []string
			for _, c := range strings.Split(strings.Trim(t, "|"), "|") {
				cells = append(cells, plainMarkdown(strings.TrimSpace(c)))
			}
			b.AddRow(cells)
		case isRule(t):
			flush()
		case mdItem(t) != "":
			flush()
			kind = document.Item
			para = []string{plainMarkdown(mdItem(t))}
		default:
			if cells := document.SplitCells(lines[i]); len(cells) > 1 && !strings.HasPrefix(lines[i], "    ") {
				flush() // a plain-text row: "SIN sent ....... 16.12.2024"
				b.AddRow(cells)
				continue
			}
			para = append(para, plainMarkdown(t))
		}
	}
	flush()
	return b.Blocks()
}

// mdItem returns the text of a list item line, "" for any other line.
func mdItem(t string) string {
	for _, bullet := range []string{"- ", "* ", "+ "} {
		if strings.HasPrefix(t, bullet) {
			return strings.TrimSpace(t[2:])
		}
	}
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' {
		return strings.TrimSpace(t[i+2:])
	}
	return ""
}

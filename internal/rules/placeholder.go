package rules

import (
	"strings"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/document"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// A draft often has its sections in place before their text: a heading
// "Recommendations" over "To follow", "TBC" or "[to be inserted]", or a
// sentence saying the text will be added later. Such a section names its
// element but does not cover it. A body covers nothing when none of its
// statements says anything beyond the placeholder: every sentence either
// holds a placeholder's words and little else, or holds words that defer
// the text itself (it "will be inserted here", "see a later draft") and
// speaks of the section's own subject.

var (
	// deferMark are words that say the text is still to be written: the
	// section's own text to follow, to be inserted or added, in a later
	// draft.
	deferMark = lazyre.New(`\bto follow\b|\bto come\b|\binsert(?:ed)?\b|\bto be (?:added|written|drafted|inserted|confirmed|determined|advised)\b|\bwill be (?:added|written|drafted|inserted)\b|\bplaceholder\b|\b(?:not|yet) (?:yet )?(?:to be )?(?:written|drafted|inserted)\b|\b(?:later|next|final|future|revised|subsequent|updated) (?:draft|version)\b|\bcoming soon\b|\bin due course\b`)
	// holdMark are words that hold a place, and mean so only when they
	// stand nearly alone: "TBC", "Awaiting sign-off", "xx", "[name]".
	holdMark = lazyre.New(`\btb[cda]\b|\bawaiting\b|\bpending\b|\bx{2,}\b|\[[^\]\n]{0,60}\]|\.{3,}|…|\bn/?a\b|\bsee (?:below|above|attached)\b`)
	// clauseBreak separates the statements of a section's body.
	clauseBreak = lazyre.New(`[.!?;:]+(?:\s|$)|\n|\s\|\s|[()]`)
)

// placeholderWords is the most a placeholder's statement says besides its
// marks: "Budget figures to follow once the accounts are closed".
const placeholderWords = 5

// selfWords refer to the section or the document itself.
var selfWords = map[string]bool{"here": true, "section": true, "below": true, "report": true, "draft": true, "document": true, "version": true}

// fillerWords carry no statement of their own beside a placeholder.
var fillerWords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "will": true, "are": true, "be": true, "been": true, "this": true,
	"that": true, "these": true, "they": true, "them": true, "here": true, "once": true, "when": true, "after": true,
	"before": true, "section": true, "details": true, "detail": true, "see": true, "please": true, "note": true, "has": true,
	"have": true, "was": true, "were": true, "our": true, "its": true, "their": true, "is": true, "to": true, "of": true,
	"in": true, "on": true, "at": true, "by": true, "from": true, "sign": true, "off": true, "signoff": true, "confirmation": true,
	"approval": true, "agreement": true, "final": true, "draft": true, "version": true, "later": true, "follow": true,
}

// placeholderOnly reports whether body, the text of a section headed by
// words with stems heading, holds only placeholders: some statement, and
// none that says anything beyond one. An empty body is not a placeholder:
// the section's content may sit under its subheadings.
func placeholderOnly(body string, heading []string) bool {
	if len(body) > 2000 {
		return false // no placeholder is this long
	}
	held := false
	for _, s := range clauseBreak.Split(body, 200) {
		low := strings.ToLower(strings.TrimSpace(s))
		if !hasLetterOrMark(low) && !strings.ContainsAny(low, "0123456789") {
			continue
		}
		deferred := deferMark.FindAllStringIndex(low, -1)
		holding := holdMark.FindAllStringIndex(low, -1)
		rest := low
		for _, ms := range [][][]int{deferred, holding} {
			for _, m := range ms {
				rest = rest[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + rest[m[1]:]
			}
		}
		n, self := statementWords(rest, heading)
		switch {
		case len(deferred)+len(holding) == 0:
			if n > 0 || strings.ContainsAny(rest, "0123456789") {
				return false // a statement of its own, or a figure
			}
		case n <= placeholderWords, len(deferred) > 0 && self:
			held = true
		default:
			return false
		}
	}
	return held
}

// statementWords counts the words of s that state something, and reports
// whether s speaks of the section itself: its heading's subject, "here",
// "this section".
func statementWords(s string, heading []string) (n int, self bool) {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if selfWords[w] {
			self = true
		}
		if len(w) < 3 || fillerWords[w] {
			continue
		}
		if st := textform.Stem(w); containsStem(heading, st) {
			self = true
			continue
		}
		n++
	}
	return n, self
}

func containsStem(stems []string, s string) bool {
	for _, x := range stems {
		if x == s {
			return true
		}
	}
	return false
}

func hasLetterOrMark(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || r == '[' || r == '…' }) >= 0 || strings.Contains(s, "...")
}

// maxBody bounds the blocks read as a section's body.
const maxBody = 60

// sectionBody returns the text of the section that opens at block i: for
// a heading, the blocks up to the next heading of its level or above; for
// a section opened by its first line, the rest of that block and the
// blocks up to the next heading or opening line.
func sectionBody(bs []document.Block, i int, opensWith string) string {
	var b strings.Builder
	first := bs[i]
	if first.Kind != document.Heading {
		rest := strings.TrimSpace(strings.TrimPrefix(first.Text, opensWith))
		rest = strings.TrimLeft(rest, ":\u2013- ")
		b.WriteString(rest)
	}
	for j := i + 1; j < len(bs) && j <= i+maxBody && b.Len() <= 2000; j++ {
		nb := bs[j]
		if !nb.IsContent() {
			continue
		}
		if nb.Kind == document.Heading && (first.Kind != document.Heading || nb.Level <= first.Level) {
			break
		}
		if first.Kind != document.Heading && opensSection(bs, j) {
			break
		}
		b.WriteByte('\n')
		b.WriteString(nb.Text)
	}
	return b.String()
}

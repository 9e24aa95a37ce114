package fields

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/safeguarding-intake/intake/internal/textform"
)

// splitClauses cuts every sentence where clauseBreak does: sentences made
// of joining words, their neighbours and near misses in every case, with
// commas, semicolons and runs of blanks.
func TestSplitClausesAsExpression(t *testing.T) {
	pieces := []string{
		"but", "However", "however,", "HOWEVER", "although", "whereas", "because", "since", "so", "So", "and", "AND", "which", "as", "As",
		"the", "a", "an", "that", "it", "there", "they", "we", "The", "an,", "then", "butter", "also", "sought", "ask", "andthe",
		"review", "met", "not", "\u017fo", "\u212aind", "caf\u00e9", ",", ";", ", ", " ", "  ", "\t", "\n", " \n ", ",\n",
	}
	r := rand.New(rand.NewPCG(9, 9))
	cases := []string{"", " ", ";", ",", "a;b", "x but y", "x, however, y", "x however,y", "x, and the y", "x and the", "so so so so"}
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(14); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		cases = append(cases, b.String())
	}
	// More breaks than a sentence is cut into.
	cases = append(cases, strings.Repeat("one; ", 30), strings.Repeat("x but ", 25)+"end")
	for _, s := range cases {
		if got, want := splitClauses(s), clauseBreak.Split(s, maxClauses); !slices.Equal(got, want) {
			t.Fatalf("splitClauses(%q) = %q, want %q", s, got, want)
		}
	}
}

// BenchmarkSplitClauses compares the single pass with the expression on
// a sentence of running text.
func BenchmarkSplitClauses(b *testing.B) {
	s := "Having considered the information returns and the discussion at the meeting, the partners agreed that the criteria " +
		"for a local child safeguarding practice review are met, although the learning is local, and the partnership will commission an LCSPR."
	b.Run("pass", func(b *testing.B) {
		for b.Loop() {
			splitClauses(s)
		}
	})
	b.Run("expression", func(b *testing.B) {
		for b.Loop() {
			clauseBreak.Split(s, maxClauses)
		}
	})
}

// childCodes finds the codes childRe finds, in every neighbourhood: word
// boundaries, blanks, letters, digits and other scripts around them.
func TestChildCodesAsExpression(t *testing.T) {
	pieces := []string{"Child", "Baby", "Infant", "Sibling", "Siblings", "child", "CHILD", "Children", "Q", "AB", "ABC", "A1", "AB12", "B2x",
		"_", " ", "  ", "\t", "\n", "\u00a0", ",", ".", "'", "x", "é", "\u00c9", "1", "IN", "and"}
	r := rand.New(rand.NewPCG(4, 4))
	cases := []string{"", "Child Q", "Baby  AB1", "xChild Q", "Child Q_", "Child QRS", "Child Q1a", "ChildBaby A", "Child A Child B Child A"}
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) > 0 {
				b.WriteByte(' ')
			}
		}
		cases = append(cases, b.String())
	}
	cases = append(cases, strings.Repeat("Child A and Baby B. ", 40))
	for _, s := range cases {
		var got [][2]string
		for m := range childCodes(s, 50) {
			got = append(got, m)
		}
		var want [][2]string
		for _, m := range childRe.FindAllStringSubmatch(s, 50) {
			want = append(want, [2]string{m[1], m[2]})
		}
		if !slices.Equal(got, want) {
			t.Fatalf("childCodes(%q) = %q, want %q", s, got, want)
		}
	}
}

// The line cleaning of newDoc leaves every line as the general forms do.
func TestLineFormsAsGeneral(t *testing.T) {
	pieces := []string{"a", "Word", " ", "  ", "   ", "\t", "\n", "\v", "\f", "\r", "\x00", "\x1f", "\x7f", "\u0085", "\u00a0", "\u2003",
		"\u3000", "é", "£", "\xff", "\xc3", "|", "#", "-", "1"}
	r := rand.New(rand.NewPCG(5, 5))
	cases := []string{"", " ", "a", " a", "a ", "a  b", "a b"}
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(10); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := controlsToSpace(s), strings.Map(controlToSpace, s); got != want {
			t.Fatalf("controlsToSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// words reads every character as unicode's tests of letters and digits
// do, ASCII or not, valid UTF-8 or not.
func TestWordsAsUnicode(t *testing.T) {
	general := func(s string) string {
		var b strings.Builder
		b.WriteByte(' ')
		space := true
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
				b.WriteRune(unicode.ToLower(r))
				space = false
				continue
			}
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
		if !space {
			b.WriteByte(' ')
		}
		return b.String()
	}
	pieces := []string{"a", "Z", "9", "'", " ", ",", "-", "\n", "É", "é", "\u0130", "\u212a", "\u00a0", "٣", "\xff", "\xe2\x80", "Ω", "_", "£"}
	r := rand.New(rand.NewPCG(6, 6))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(10); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		if got, want := words(b.String()), general(b.String()); got != want {
			t.Fatalf("words(%q) = %q, want %q", b.String(), got, want)
		}
	}
}

// findSibling finds the sibling group siblingRe finds.
func TestFindSiblingAsExpression(t *testing.T) {
	pieces := []string{"Child", "Children", "Siblings", "Sibling group", "Sibling Group", "Baby", "xChild", "A", "B", "C1", "AB", "ABC",
		" and ", " & ", ",", ", ", " ", "\n", "and", "_", "é", "of"}
	r := rand.New(rand.NewPCG(7, 7))
	cases := []string{"", "Children A and B", "Child A, Child B and Child C", "xChildren A and B", "Siblings A, B & C", "Sibling group AB and C.",
		strings.Repeat("Child A, ", 40) + "Child B", strings.Repeat("Child A and Baby ", 30), strings.Repeat("Children A, B and ", 30) + "C",
		strings.Repeat("Child A, ", 40) + "Child B and Child C"}
	for range 30000 {
		var b strings.Builder
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(2) > 0 {
				b.WriteByte(' ')
			}
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := findSibling(s), siblingRe.FindString(s); got != want {
			t.Fatalf("findSibling(%q) = %q, want %q", s, got, want)
		}
	}
}

// wordPhrases finds in one pass the phrases that words and
// textform.Squash of the same text hold.
func TestWordPhrasesAsWords(t *testing.T) {
	pieces := []string{"not", "NOT", "n't", "met", "Met", "lcspr", "L.C.S.P.R", "criteria", "national review", "decided", "agreed",
		"will be made", "if", "'", " ", ",", ";", "\n", "-", "é", "\u0130", "\u212a", "\xff", "Panel", "may wish", "threshold", "x"}
	r := rand.New(rand.NewPCG(8, 8))
	for range 30000 {
		var b strings.Builder
		for n := r.IntN(14); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		want := phrasesFound{decisionPhrases().In(words(s)), squashedPhrases().In(textform.Squash(s))}
		if got := wordPhrases(s); got != want {
			t.Fatalf("wordPhrases(%q) = %b, want %b", s, got, want)
		}
	}
}

// charFix replaces what a strings.Replacer of the same pairs does.
func TestCharFixAsReplacer(t *testing.T) {
	r := strings.NewReplacer(charFix.oldnew...)
	pieces := []string{"a", " ", "\r", "\n", "\r\n", "\f", "\v", "\u00a0", "\u00ad", "\u2013", "\u2019", "\u201c", "\ufb01", "\ufeff",
		"\u200b", "\u2212", "\xe2", "\xe2\x80", "\xc2", "\xef\xbb", "\xff", "é", "£", "—"}
	rnd := rand.New(rand.NewPCG(10, 10))
	for range 30000 {
		var b strings.Builder
		for n := rnd.IntN(12); n >= 0; n-- {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		if got, want := charFix.Replace(b.String()), r.Replace(b.String()); got != want {
			t.Fatalf("charFix.Replace(%q) = %q, want %q", b.String(), got, want)
		}
	}
}

// oneCell and spaceLost read lines as the general forms do.
func TestCellsAndSpacesAsGeneral(t *testing.T) {
	pieces := []string{"a", "B", " ", "  ", "   ", "\t", "|", "\n", "é", "Ω", "\xff", "1", ".", strings.Repeat("abcdefghij", 30)}
	r := rand.New(rand.NewPCG(11, 11))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := oneCell(s), !strings.ContainsAny(s, "\t|") && !strings.Contains(s, "   "); got != want {
			t.Fatalf("oneCell(%q) = %v, want %v", s, got, want)
		}
		letters, spaces := 0, 0
		for _, r := range s {
			switch {
			case r == ' ' || r == '\n':
				spaces++
			case unicode.IsLetter(r):
				letters++
			}
		}
		if got, want := spaceLost(s), letters > 200 && letters > 14*(spaces+1); got != want {
			t.Fatalf("spaceLost(%q) = %v, want %v", s, got, want)
		}
	}
}

// splitCells cuts as wide gaps made tabs and a cut at tabs and bars do,
// and a line plainLine passes is one cell, the line itself, as the
// general forms make it.
func TestSplitCellsAsGeneral(t *testing.T) {
	pieces := []string{"a", "Bc", " ", "  ", "   ", "    ", "\t", "|", " | ", "#", ">", "*", "é", "\xff", "\x01", "\x7f", "1", ".", "\u00a0"}
	r := rand.New(rand.NewPCG(12, 12))
	for range 30000 {
		var b strings.Builder
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		want := strings.FieldsFunc(wideGap.ReplaceAllString(s, "\t"), func(r rune) bool { return r == '\t' || r == '|' })
		if oneCell(s) {
			want = []string{s}
		}
		if got := splitCells(s); !slices.Equal(got, want) {
			t.Fatalf("splitCells(%q) = %q, want %q", s, got, want)
		}
		if line := strings.TrimLeft(s, "#>*"); plainLine(line) {
			general := strings.TrimLeft(strings.Map(controlToSpace, s), "#>*")
			if cells := splitCells(general); len(cells) != 1 || collapseSpace(cells[0]) != line {
				t.Fatalf("plainLine(%q), but its cells are %q", line, cells)
			}
		}
	}
}

// BenchmarkFindSiblingNearMisses looks for a sibling group in 64 KiB of
// near misses, each a place the expression could start, against one
// search of siblingRe.
func BenchmarkFindSiblingNearMisses(b *testing.B) {
	s := strings.Repeat("Child A, ", 64<<10/9)
	b.Run("findSibling", func(b *testing.B) {
		for b.Loop() {
			findSibling(s)
		}
	})
	b.Run("expression", func(b *testing.B) {
		for b.Loop() {
			siblingRe.FindString(s)
		}
	})
}

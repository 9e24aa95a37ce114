// Package pdfbench measures the extractor against poppler's pdftotext on the
// shared corpus: which files are read, how well the words agree, and what
// each costs in time and memory.
package pdfbench

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Words splits text into lowercase word tokens: maximal runs of letters and
// digits after compatibility normalisation (so a ligature "ﬁ" is "fi").
// Everything else separates words.
func Words(text string) map[string]int {
	text = norm.NFKC.String(text)
	m := make(map[string]int)
	start := -1
	for i, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			m[strings.ToLower(text[start:i])]++
			start = -1
		}
	}
	if start >= 0 {
		m[strings.ToLower(text[start:])]++
	}
	return m
}

// Count returns the number of tokens in a multiset.
func Count(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// WordF1 is the F1 score of got against want as multisets of word tokens:
// the harmonic mean of precision (shared tokens / tokens in got) and recall
// (shared tokens / tokens in want). Two empty texts agree fully.
func WordF1(got, want string) float64 {
	g, w := Words(got), Words(want)
	ng, nw := Count(g), Count(w)
	if ng == 0 && nw == 0 {
		return 1
	}
	if ng == 0 || nw == 0 {
		return 0
	}
	shared := 0
	for k, c := range g {
		shared += min(c, w[k])
	}
	p := float64(shared) / float64(ng)
	r := float64(shared) / float64(nw)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// A Source is one corpus file as listed in SOURCES.tsv.
type Source struct {
	File      string // path relative to the corpus pdf directory
	Bytes     int64
	Pages     int
	RefWords  int
	PopplerOK bool // pdftotext reads it
}

// Path returns where the file is, given the corpus directory: the derived
// broken files live in bad/, the rest in pdf/.
func (s Source) Path(corpus string) string {
	if rest, ok := strings.CutPrefix(s.File, "derived/"); ok {
		return filepath.Join(corpus, "bad", rest)
	}
	return filepath.Join(corpus, "pdf", s.File)
}

// Derived reports whether the file is one of the broken uploads made from
// the corpus rather than a file from the wild.
func (s Source) Derived() bool { return strings.HasPrefix(s.File, "derived/") }

// ReadSources parses SOURCES.tsv.
func ReadSources(path string) ([]Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Source
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		if header {
			header = false
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 8 {
			continue
		}
		b, _ := strconv.ParseInt(c[1], 10, 64)
		p, _ := strconv.Atoi(c[2])
		w, _ := strconv.Atoi(c[6])
		out = append(out, Source{File: c[0], Bytes: b, Pages: p, RefWords: w, PopplerOK: c[7] == "ok"})
	}
	return out, sc.Err()
}

// Corpus returns the shared corpus directory (…/shared/corpus), found by
// walking up from the working directory to go.mod and then to ../shared.
func Corpus() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			c := filepath.Join(dir, "..", "shared", "corpus")
			if _, err := os.Stat(filepath.Join(c, "pdf", "SOURCES.tsv")); err == nil {
				return c, true
			}
			return "", false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Package lazyre holds regular expressions that are compiled on first
// use, so that a program that never matches one (a one-file command, a
// function's cold start) does not pay for compiling it at start.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled the first time it is used; its
// methods are those of regexp.Regexp. It is safe for concurrent use.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// New returns expr, to be compiled on first use; a bad expression panics
// then, as regexp.MustCompile would have at start. Tests that use every
// expression find such a mistake as MustCompile's did.
func New(expr string) *Regexp { return &Regexp{expr: expr} }

// Get returns the compiled expression.
func (r *Regexp) Get() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.expr) })
	return r.re
}

func (r *Regexp) String() string                   { return r.expr }
func (r *Regexp) Match(b []byte) bool              { return r.Get().Match(b) }
func (r *Regexp) MatchString(s string) bool        { return r.Get().MatchString(s) }
func (r *Regexp) Find(b []byte) []byte             { return r.Get().Find(b) }
func (r *Regexp) FindIndex(b []byte) []int         { return r.Get().FindIndex(b) }
func (r *Regexp) FindSubmatch(b []byte) [][]byte   { return r.Get().FindSubmatch(b) }
func (r *Regexp) FindSubmatchIndex(b []byte) []int { return r.Get().FindSubmatchIndex(b) }
func (r *Regexp) FindString(s string) string       { return r.Get().FindString(s) }
func (r *Regexp) FindStringIndex(s string) []int   { return r.Get().FindStringIndex(s) }
func (r *Regexp) FindStringSubmatch(s string) []string {
	return r.Get().FindStringSubmatch(s)
}
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.Get().FindStringSubmatchIndex(s)
}
func (r *Regexp) FindAll(b []byte, n int) [][]byte { return r.Get().FindAll(b, n) }
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return r.Get().FindAllIndex(b, n)
}
func (r *Regexp) FindAllString(s string, n int) []string {
	return r.Get().FindAllString(s, n)
}
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.Get().FindAllStringIndex(s, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Get().FindAllStringSubmatch(s, n)
}
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.Get().FindAllStringSubmatchIndex(s, n)
}
func (r *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return r.Get().FindAllSubmatchIndex(b, n)
}
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.Get().ReplaceAllString(src, repl)
}
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return r.Get().ReplaceAllLiteralString(src, repl)
}
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.Get().ReplaceAllStringFunc(src, repl)
}
func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.Get().ReplaceAll(src, repl) }
func (r *Regexp) Split(s string, n int) []string     { return r.Get().Split(s, n) }
func (r *Regexp) SubexpNames() []string              { return r.Get().SubexpNames() }
func (r *Regexp) SubexpIndex(name string) int        { return r.Get().SubexpIndex(name) }
func (r *Regexp) NumSubexp() int                     { return r.Get().NumSubexp() }

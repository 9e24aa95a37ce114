// Package tmpl runs the service's wording templates: the emails, the
// receipt's sentences and the portal's pages. The templates are written in
// the language of text/template and html/template and parsed by
// text/template/parse; this package evaluates them and, for HTML, escapes
// every value by where it lands in the page as html/template does.
//
// It reads a value's fields, map entries and slice elements, and calls the
// functions it is given, but never a value's methods: evaluating methods
// by name (reflect's Method and MethodByName) makes the linker keep every
// exported method of every type that may reach an interface, which in a
// program using the AWS SDK's clients is most of the binary. The views the
// templates see are structs of plain fields, so nothing is lost.
package tmpl

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"reflect"
	"sort"
	"strings"
	"sync"
	"text/template/parse"
)

// Set is a group of templates parsed together, which may call each other
// by name. It is safe for concurrent use once parsed.
type Set struct {
	html  bool
	trees map[string]*parse.Tree
	funcs map[string]reflect.Value

	mu  sync.Mutex
	esc *escaping // HTML sets: the escaping of each action, worked out on first use
}

// NewText returns an empty set of text templates with the given functions
// beside the built-in ones.
func NewText(funcs map[string]any) *Set { return newSet(false, funcs) }

// NewHTML returns an empty set of HTML templates, whose values are escaped
// for where they appear, with the given functions beside the built-in ones.
func NewHTML(funcs map[string]any) *Set { return newSet(true, funcs) }

func newSet(html bool, funcs map[string]any) *Set {
	s := &Set{html: html, trees: map[string]*parse.Tree{}, funcs: map[string]reflect.Value{}}
	for name, f := range funcs {
		v := reflect.ValueOf(f)
		if v.Kind() != reflect.Func {
			panic("tmpl: " + name + " is not a function")
		}
		t := v.Type()
		if t.NumOut() == 0 || t.NumOut() > 2 || (t.NumOut() == 2 && t.Out(1) != errorType) {
			panic("tmpl: " + name + " must return one value, or a value and an error")
		}
		s.funcs[name] = v
	}
	return s
}

// Clone returns a copy of s to which more templates may be added without
// changing s.
func (s *Set) Clone() *Set {
	c := &Set{html: s.html, trees: map[string]*parse.Tree{}, funcs: s.funcs}
	for name, t := range s.trees {
		c.trees[name] = t.Copy()
	}
	return c
}

// builtinNames are the functions every template may call.
var builtinNames = []string{"and", "or", "not", "eq", "ne", "lt", "le", "gt", "ge", "len", "index", "print", "printf", "println"}

// Parse parses text as the template name, adding the templates it
// defines. As in text/template, a later definition of a name replaces an
// earlier one unless it is empty.
func (s *Set) Parse(name, text string) error {
	known := map[string]any{}
	for _, b := range builtinNames {
		known[b] = true
	}
	for f := range s.funcs {
		known[f] = true
	}
	trees, err := parse.Parse(name, text, "", "", known)
	if err != nil {
		return err
	}
	for n, t := range trees {
		if old, ok := s.trees[n]; ok && old.Root != nil && len(old.Root.Nodes) > 0 && isEmpty(t.Root) {
			continue
		}
		s.trees[n] = t
	}
	s.mu.Lock()
	s.esc = nil
	s.mu.Unlock()
	return nil
}

// ParseFS parses the files of fsys that match the patterns, each as the
// template named by its base name, as text/template's ParseFS does.
func (s *Set) ParseFS(fsys fs.FS, patterns ...string) error {
	var names []string
	for _, p := range patterns {
		m, err := fs.Glob(fsys, p)
		if err != nil {
			return err
		}
		if len(m) == 0 {
			return fmt.Errorf("tmpl: pattern matches no files: %#q", p)
		}
		names = append(names, m...)
	}
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return err
		}
		if err := s.Parse(path.Base(n), string(b)); err != nil {
			return err
		}
	}
	return nil
}

// isEmpty reports whether a parsed template holds nothing but space.
func isEmpty(n parse.Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *parse.ListNode:
		for _, c := range n.Nodes {
			if !isEmpty(c) {
				return false
			}
		}
		return true
	case *parse.TextNode:
		return len(strings.TrimSpace(string(n.Text))) == 0
	}
	return false
}

// Has reports whether the set defines name.
func (s *Set) Has(name string) bool { _, ok := s.trees[name]; return ok }

// Tree returns the parse tree of name, or nil. Changing it before the set
// is first executed changes what the template says.
func (s *Set) Tree(name string) *parse.Tree { return s.trees[name] }

// Names lists the templates of the set, sorted.
func (s *Set) Names() []string {
	var out []string
	for n := range s.trees {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// maxDepth bounds templates calling templates, as text/template does.
const maxDepth = 10000

// Execute writes the template name applied to data to w. On an error,
// what was written before it stays written.
func (s *Set) Execute(w io.Writer, name string, data any) error {
	t, ok := s.trees[name]
	if !ok || t.Root == nil {
		return fmt.Errorf("tmpl: no template %q", name)
	}
	st := &state{set: s, w: w}
	if s.html {
		esc, err := s.escaping(name)
		if err != nil {
			return err
		}
		st.esc = esc
	}
	root := reflect.ValueOf(data)
	st.vars = []variable{{"$", root}}
	return st.run(t, root)
}

// ExecError is an error met while running a template.
type ExecError struct {
	Name string
	Err  error
}

func (e *ExecError) Error() string { return "template: " + e.Name + ": " + e.Err.Error() }
func (e *ExecError) Unwrap() error { return e.Err }

var (
	errorType = reflect.TypeFor[error]()
	anyType   = reflect.TypeFor[any]()
)

type variable struct {
	name  string
	value reflect.Value
}

type state struct {
	set   *Set
	w     io.Writer
	esc   map[*parse.ActionNode][]escaper
	tree  *parse.Tree
	vars  []variable
	depth int
}

// failure stops a run; run recovers it into the error it carries.
type failure struct{ err error }

func (st *state) fail(format string, args ...any) {
	panic(failure{fmt.Errorf(format, args...)})
}

func (st *state) run(t *parse.Tree, dot reflect.Value) (err error) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(failure)
			if !ok {
				panic(r)
			}
			name := t.Name
			if st.tree != nil {
				name = st.tree.Name
			}
			err = &ExecError{Name: name, Err: f.err}
		}
	}()
	st.tree = t
	st.walk(dot, t.Root)
	return nil
}

func (st *state) write(s string) {
	if _, err := io.WriteString(st.w, s); err != nil {
		st.fail("write: %w", err)
	}
}

func (st *state) mark() int { return len(st.vars) }
func (st *state) pop(m int) { st.vars = st.vars[:m] }

func (st *state) setVar(name string, v reflect.Value) {
	for i := len(st.vars) - 1; i >= 0; i-- {
		if st.vars[i].name == name {
			st.vars[i].value = v
			return
		}
	}
	st.fail("undefined variable: %s", name)
}

func (st *state) varValue(name string) reflect.Value {
	for i := len(st.vars) - 1; i >= 0; i-- {
		if st.vars[i].name == name {
			return st.vars[i].value
		}
	}
	st.fail("undefined variable: %s", name)
	return reflect.Value{}
}

func (st *state) walk(dot reflect.Value, n parse.Node) {
	switch n := n.(type) {
	case *parse.ActionNode:
		v := st.pipeline(dot, n.Pipe)
		if len(n.Pipe.Decl) == 0 {
			st.print(n, v)
		}
	case *parse.CommentNode:
	case *parse.IfNode:
		st.branch(dot, parse.NodeIf, &n.BranchNode)
	case *parse.WithNode:
		st.branch(dot, parse.NodeWith, &n.BranchNode)
	case *parse.ListNode:
		for _, c := range n.Nodes {
			st.walk(dot, c)
		}
	case *parse.RangeNode:
		st.rangeOver(dot, n)
	case *parse.TemplateNode:
		st.call(dot, n)
	case *parse.TextNode:
		if _, err := st.w.Write(n.Text); err != nil {
			st.fail("write: %w", err)
		}
	default:
		st.fail("unsupported node %s", n)
	}
}

func (st *state) branch(dot reflect.Value, kind parse.NodeType, n *parse.BranchNode) {
	m := st.mark()
	defer st.pop(m)
	v := st.pipeline(dot, n.Pipe)
	if truth(v) {
		if kind == parse.NodeWith {
			dot = v
		}
		st.walk(dot, n.List)
	} else if n.ElseList != nil {
		st.walk(dot, n.ElseList)
	}
}

func (st *state) rangeOver(dot reflect.Value, n *parse.RangeNode) {
	m := st.mark()
	defer st.pop(m)
	v := indirectInterface(st.pipeline(dot, n.Pipe))
	v, _ = indirect(v)
	one := func(k, e reflect.Value) {
		if len(n.Pipe.Decl) > 0 {
			if n.Pipe.IsAssign {
				if len(n.Pipe.Decl) > 1 {
					st.setVar(n.Pipe.Decl[0].Ident[0], k)
					st.setVar(n.Pipe.Decl[1].Ident[0], e)
				} else {
					st.setVar(n.Pipe.Decl[0].Ident[0], e)
				}
			} else if len(n.Pipe.Decl) > 1 {
				st.vars[len(st.vars)-2].value = k
				st.vars[len(st.vars)-1].value = e
			} else {
				st.vars[len(st.vars)-1].value = e
			}
		}
		st.walk(e, n.List)
	}
	count := 0
	if v.IsValid() {
		switch v.Kind() {
		case reflect.Array, reflect.Slice:
			for i := range v.Len() {
				one(reflect.ValueOf(i), v.Index(i))
			}
			count = v.Len()
		case reflect.Map:
			keys := v.MapKeys()
			sortKeys(keys)
			for _, k := range keys {
				one(k, v.MapIndex(k))
			}
			count = len(keys)
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			for i := range v.Int() {
				one(reflect.ValueOf(int(i)), reflect.ValueOf(int(i)))
			}
			count = int(max(v.Int(), 0))
		default:
			st.fail("range can't iterate over %v", v)
		}
	}
	if count == 0 && n.ElseList != nil {
		st.walk(dot, n.ElseList)
	}
}

func sortKeys(keys []reflect.Value) {
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		switch a.Kind() {
		case reflect.String:
			return a.String() < b.String()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return a.Int() < b.Int()
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			return a.Uint() < b.Uint()
		}
		return fmt.Sprint(a) < fmt.Sprint(b)
	})
}

func (st *state) call(dot reflect.Value, n *parse.TemplateNode) {
	t, ok := st.set.trees[n.Name]
	if !ok || t.Root == nil {
		st.fail("no such template %q", n.Name)
	}
	if st.depth >= maxDepth {
		st.fail("exceeded maximum template depth (%v)", maxDepth)
	}
	if n.Pipe != nil {
		dot = st.pipeline(dot, n.Pipe)
	}
	saved, savedTree := st.vars, st.tree
	st.vars = []variable{{"$", dot}}
	st.tree = t
	st.depth++
	st.walk(dot, t.Root)
	st.depth--
	st.vars, st.tree = saved, savedTree
}

func (st *state) pipeline(dot reflect.Value, p *parse.PipeNode) reflect.Value {
	if p == nil {
		return reflect.Value{}
	}
	var v reflect.Value
	for i, c := range p.Cmds {
		var final *reflect.Value
		if i > 0 {
			final = &v
		}
		v = st.command(dot, c, final)
		if v.Kind() == reflect.Interface && v.Type().NumMethod() == 0 {
			v = reflect.ValueOf(v.Interface())
		}
	}
	for _, d := range p.Decl {
		if p.IsAssign {
			st.setVar(d.Ident[0], v)
		} else {
			st.vars = append(st.vars, variable{d.Ident[0], v})
		}
	}
	return v
}

func (st *state) command(dot reflect.Value, c *parse.CommandNode, final *reflect.Value) reflect.Value {
	first := c.Args[0]
	switch n := first.(type) {
	case *parse.FieldNode:
		st.noArgs(c, final)
		return st.fields(dot, dot, n.Ident)
	case *parse.ChainNode:
		st.noArgs(c, final)
		return st.fields(dot, st.arg(dot, n.Node), n.Field)
	case *parse.IdentifierNode:
		return st.function(dot, n.Ident, c.Args[1:], final)
	case *parse.PipeNode:
		st.noArgs(c, final)
		return st.pipeline(dot, n)
	case *parse.VariableNode:
		st.noArgs(c, final)
		v := st.varValue(n.Ident[0])
		if len(n.Ident) > 1 {
			return st.fields(dot, v, n.Ident[1:])
		}
		return v
	}
	st.noArgs(c, final)
	return st.arg(dot, first)
}

func (st *state) noArgs(c *parse.CommandNode, final *reflect.Value) {
	if len(c.Args) > 1 || final != nil {
		st.fail("can't give arguments to %s: only functions take them", c.Args[0])
	}
}

// arg evaluates one argument of a command.
func (st *state) arg(dot reflect.Value, n parse.Node) reflect.Value {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.NilNode:
		return reflect.Zero(anyType)
	case *parse.FieldNode:
		return st.fields(dot, dot, n.Ident)
	case *parse.VariableNode:
		v := st.varValue(n.Ident[0])
		if len(n.Ident) > 1 {
			return st.fields(dot, v, n.Ident[1:])
		}
		return v
	case *parse.PipeNode:
		return st.pipeline(dot, n)
	case *parse.ChainNode:
		return st.fields(dot, st.arg(dot, n.Node), n.Field)
	case *parse.IdentifierNode:
		return st.function(dot, n.Ident, nil, nil)
	case *parse.BoolNode:
		return reflect.ValueOf(n.True)
	case *parse.StringNode:
		return reflect.ValueOf(n.Text)
	case *parse.NumberNode:
		switch {
		case n.IsInt:
			return reflect.ValueOf(int(n.Int64))
		case n.IsFloat:
			return reflect.ValueOf(n.Float64)
		case n.IsUint:
			return reflect.ValueOf(n.Uint64)
		}
		return reflect.ValueOf(n.Complex128)
	}
	st.fail("can't evaluate %s", n)
	return reflect.Value{}
}

// fields follows a chain of field names from v: struct fields and map
// entries, through pointers and interfaces.
func (st *state) fields(dot, v reflect.Value, names []string) reflect.Value {
	for _, name := range names {
		v = st.field(v, name)
	}
	return v
}

func (st *state) field(v reflect.Value, name string) reflect.Value {
	if !v.IsValid() {
		st.fail("nil data; no entry for key %q", name)
	}
	v = indirectInterface(v)
	v, isNil := indirect(v)
	if !v.IsValid() {
		st.fail("nil data; no entry for key %q", name)
	}
	switch v.Kind() {
	case reflect.Struct:
		f, ok := v.Type().FieldByName(name)
		if !ok {
			st.fail("can't evaluate field %s in type %s (templates read fields, not methods)", name, v.Type())
		}
		if !f.IsExported() {
			st.fail("%s is an unexported field of struct type %s", name, v.Type())
		}
		fv, err := v.FieldByIndexErr(f.Index)
		if err != nil {
			st.fail("%w", err)
		}
		return fv
	case reflect.Map:
		k := reflect.ValueOf(name)
		if !k.Type().AssignableTo(v.Type().Key()) {
			st.fail("can't index map of type %s with a field name", v.Type())
		}
		// A missing key is no value, which prints as "<no value>".
		return v.MapIndex(k)
	case reflect.Pointer:
		if isNil {
			st.fail("nil pointer evaluating %s.%s", v.Type(), name)
		}
	}
	st.fail("can't evaluate field %s in type %s", name, v.Type())
	return reflect.Value{}
}

func (st *state) function(dot reflect.Value, name string, args []parse.Node, final *reflect.Value) reflect.Value {
	switch name {
	case "and", "or":
		var v reflect.Value
		n := len(args)
		if final != nil {
			n++
		}
		if n == 0 {
			st.fail("wrong number of args for %s: want at least 1 got 0", name)
		}
		for i := range n {
			if i < len(args) {
				v = st.arg(dot, args[i])
			} else {
				v = *final
			}
			if truth(v) == (name == "or") {
				return v
			}
		}
		return v
	}
	vals := make([]reflect.Value, 0, len(args)+1)
	for _, a := range args {
		vals = append(vals, st.arg(dot, a))
	}
	if final != nil {
		vals = append(vals, *final)
	}
	if f, ok := st.set.funcs[name]; ok {
		return st.callFunc(name, f, vals)
	}
	v, err := builtin(name, vals)
	if err != nil {
		st.fail("error calling %s: %w", name, err)
	}
	return v
}

func (st *state) callFunc(name string, f reflect.Value, vals []reflect.Value) reflect.Value {
	t := f.Type()
	n := t.NumIn()
	if t.IsVariadic() {
		if len(vals) < n-1 {
			st.fail("wrong number of args for %s: want at least %d got %d", name, n-1, len(vals))
		}
	} else if len(vals) != n {
		st.fail("wrong number of args for %s: want %d got %d", name, n, len(vals))
	}
	in := make([]reflect.Value, len(vals))
	for i, v := range vals {
		var want reflect.Type
		if t.IsVariadic() && i >= n-1 {
			want = t.In(n - 1).Elem()
		} else {
			want = t.In(i)
		}
		in[i] = st.convert(name, v, want)
	}
	out := f.Call(in)
	if len(out) == 2 && !out[1].IsNil() {
		st.fail("error calling %s: %w", name, out[1].Interface().(error))
	}
	return out[0]
}

func (st *state) convert(name string, v reflect.Value, want reflect.Type) reflect.Value {
	if !v.IsValid() {
		switch want.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func, reflect.Chan:
			return reflect.Zero(want)
		}
		st.fail("invalid value; expected %s for %s", want, name)
	}
	if v.Type().AssignableTo(want) {
		return v
	}
	if iv := indirectInterface(v); iv.IsValid() && iv.Type().AssignableTo(want) {
		return iv
	}
	st.fail("wrong type for value; expected %s; got %s", want, v.Type())
	return reflect.Value{}
}

// print writes the value of an action: as fmt prints it for text, through
// the action's escapers for HTML.
func (st *state) print(n *parse.ActionNode, v reflect.Value) {
	if st.esc == nil {
		st.write(printable(st, v))
		return
	}
	chain, ok := st.esc[n]
	if !ok {
		st.fail("action %s was not escaped", n)
	}
	var s string
	if v.IsValid() {
		s = stringify(v.Interface())
	} else {
		s = ""
	}
	for _, e := range chain {
		s = e(s)
	}
	st.write(s)
}

var stringerType = reflect.TypeFor[fmt.Stringer]()

// printable is text/template's printing of a value.
func printable(st *state, v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		v, _ = indirect(v)
	}
	if !v.IsValid() {
		return "<no value>"
	}
	if !v.Type().Implements(errorType) && !v.Type().Implements(stringerType) {
		if v.CanAddr() && (reflect.PointerTo(v.Type()).Implements(errorType) || reflect.PointerTo(v.Type()).Implements(stringerType)) {
			v = v.Addr()
		} else {
			switch v.Kind() {
			case reflect.Chan, reflect.Func:
				st.fail("can't print value of type %s", v.Type())
			}
		}
	}
	return fmt.Sprint(v.Interface())
}

// stringify is html/template's reading of a value as text: through
// pointers to the value, or to the first that is a Stringer or an error.
func stringify(a any) string {
	if s, ok := a.(string); ok {
		return s
	}
	if a == nil {
		return ""
	}
	v := reflect.ValueOf(a)
	for !v.Type().Implements(stringerType) && !v.Type().Implements(errorType) && v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	if s, ok := v.Interface().(string); ok {
		return s
	}
	return fmt.Sprint(v.Interface())
}

// indirect follows pointers to what they point at, stopping at a nil one.
func indirect(v reflect.Value) (reflect.Value, bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

// truth is text/template's: a value is true unless it is invalid, false,
// zero, nil or empty; a struct is always true.
func truth(v reflect.Value) bool {
	if !v.IsValid() {
		return false
	}
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() > 0
	case reflect.Bool:
		return v.Bool()
	case reflect.Complex64, reflect.Complex128:
		return v.Complex() != 0
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.Interface:
		return !v.IsNil()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() != 0
	case reflect.Float32, reflect.Float64:
		return v.Float() != 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() != 0
	case reflect.Struct:
		return true
	}
	return false
}

var errBadComparison = errors.New("incompatible types for comparison")

func builtin(name string, vals []reflect.Value) (reflect.Value, error) {
	switch name {
	case "not":
		if len(vals) != 1 {
			return reflect.Value{}, fmt.Errorf("wrong number of args for not: want 1 got %d", len(vals))
		}
		return reflect.ValueOf(!truth(vals[0])), nil
	case "len":
		if len(vals) != 1 {
			return reflect.Value{}, fmt.Errorf("wrong number of args for len: want 1 got %d", len(vals))
		}
		v, _ := indirect(vals[0])
		switch v.Kind() {
		case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
			return reflect.ValueOf(v.Len()), nil
		}
		return reflect.Value{}, fmt.Errorf("len of type %s", typeName(v))
	case "index":
		if len(vals) < 1 {
			return reflect.Value{}, errors.New("wrong number of args for index")
		}
		v := indirectInterface(vals[0])
		for _, x := range vals[1:] {
			v, _ = indirect(v)
			x = indirectInterface(x)
			switch v.Kind() {
			case reflect.Array, reflect.Slice, reflect.String:
				i, ok := asInt(x)
				if !ok || i < 0 || i >= int64(v.Len()) {
					return reflect.Value{}, fmt.Errorf("index out of range: %v", x)
				}
				v = v.Index(int(i))
			case reflect.Map:
				if !x.IsValid() || !x.Type().AssignableTo(v.Type().Key()) {
					return reflect.Value{}, fmt.Errorf("can't index map with %v", x)
				}
				e := v.MapIndex(x)
				if !e.IsValid() {
					e = reflect.Zero(v.Type().Elem())
				}
				v = e
			default:
				return reflect.Value{}, fmt.Errorf("can't index item of type %s", typeName(v))
			}
		}
		return v, nil
	case "print", "printf", "println":
		args := make([]any, len(vals))
		for i, v := range vals {
			if v.IsValid() {
				args[i] = v.Interface()
			}
		}
		switch name {
		case "print":
			return reflect.ValueOf(fmt.Sprint(args...)), nil
		case "println":
			return reflect.ValueOf(fmt.Sprintln(args...)), nil
		}
		if len(args) == 0 {
			return reflect.Value{}, errors.New("wrong number of args for printf")
		}
		f, ok := args[0].(string)
		if !ok {
			return reflect.Value{}, errors.New("printf's format is not a string")
		}
		return reflect.ValueOf(fmt.Sprintf(f, args[1:]...)), nil
	case "eq":
		if len(vals) < 2 {
			return reflect.Value{}, errors.New("missing argument for comparison")
		}
		for _, b := range vals[1:] {
			eq, err := equal(vals[0], b)
			if err != nil {
				return reflect.Value{}, err
			}
			if eq {
				return reflect.ValueOf(true), nil
			}
		}
		return reflect.ValueOf(false), nil
	case "ne", "lt", "le", "gt", "ge":
		if len(vals) != 2 {
			return reflect.Value{}, fmt.Errorf("wrong number of args for %s: want 2 got %d", name, len(vals))
		}
		if name == "ne" {
			eq, err := equal(vals[0], vals[1])
			return reflect.ValueOf(!eq), err
		}
		c, err := compare(vals[0], vals[1])
		if err != nil {
			return reflect.Value{}, err
		}
		switch name {
		case "lt":
			return reflect.ValueOf(c < 0), nil
		case "le":
			return reflect.ValueOf(c <= 0), nil
		case "gt":
			return reflect.ValueOf(c > 0), nil
		}
		return reflect.ValueOf(c >= 0), nil
	}
	return reflect.Value{}, fmt.Errorf("%q is not a defined function", name)
}

func typeName(v reflect.Value) string {
	if !v.IsValid() {
		return "<nil>"
	}
	return v.Type().String()
}

func asInt(v reflect.Value) (int64, bool) {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int(), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if v.Uint() > 1<<62 {
			return 0, false
		}
		return int64(v.Uint()), true
	}
	return 0, false
}

type kindClass int

const (
	otherKind kindClass = iota
	boolKind
	intKind
	uintKind
	floatKind
	complexKind
	stringKind
)

func classOf(v reflect.Value) kindClass {
	switch v.Kind() {
	case reflect.Bool:
		return boolKind
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intKind
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintKind
	case reflect.Float32, reflect.Float64:
		return floatKind
	case reflect.Complex64, reflect.Complex128:
		return complexKind
	case reflect.String:
		return stringKind
	}
	return otherKind
}

func equal(a, b reflect.Value) (bool, error) {
	a, b = indirectInterface(a), indirectInterface(b)
	if !a.IsValid() || !b.IsValid() {
		return !a.IsValid() && !b.IsValid(), nil
	}
	ka, kb := classOf(a), classOf(b)
	if ka != kb {
		switch {
		case ka == intKind && kb == uintKind:
			return a.Int() >= 0 && uint64(a.Int()) == b.Uint(), nil
		case ka == uintKind && kb == intKind:
			return b.Int() >= 0 && a.Uint() == uint64(b.Int()), nil
		}
		return false, errBadComparison
	}
	switch ka {
	case boolKind:
		return a.Bool() == b.Bool(), nil
	case intKind:
		return a.Int() == b.Int(), nil
	case uintKind:
		return a.Uint() == b.Uint(), nil
	case floatKind:
		return a.Float() == b.Float(), nil
	case complexKind:
		return a.Complex() == b.Complex(), nil
	case stringKind:
		return a.String() == b.String(), nil
	}
	if a.Type() != b.Type() || !a.Type().Comparable() {
		return false, errBadComparison
	}
	return a.Interface() == b.Interface(), nil
}

func compare(a, b reflect.Value) (int, error) {
	a, b = indirectInterface(a), indirectInterface(b)
	if !a.IsValid() || !b.IsValid() {
		return 0, errBadComparison
	}
	ka, kb := classOf(a), classOf(b)
	cmp := func(x, y bool) int {
		switch {
		case x:
			return -1
		case y:
			return 1
		}
		return 0
	}
	if ka != kb {
		switch {
		case ka == intKind && kb == uintKind:
			return cmp(a.Int() < 0 || uint64(a.Int()) < b.Uint(), a.Int() >= 0 && uint64(a.Int()) > b.Uint()), nil
		case ka == uintKind && kb == intKind:
			return cmp(b.Int() >= 0 && a.Uint() < uint64(b.Int()), b.Int() < 0 || a.Uint() > uint64(b.Int())), nil
		}
		return 0, errBadComparison
	}
	switch ka {
	case intKind:
		return cmp(a.Int() < b.Int(), a.Int() > b.Int()), nil
	case uintKind:
		return cmp(a.Uint() < b.Uint(), a.Uint() > b.Uint()), nil
	case floatKind:
		return cmp(a.Float() < b.Float(), a.Float() > b.Float()), nil
	case stringKind:
		return cmp(a.String() < b.String(), a.String() > b.String()), nil
	}
	return 0, errors.New("invalid type for comparison")
}

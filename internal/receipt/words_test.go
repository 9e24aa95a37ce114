package receipt

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"text/template"

	"github.com/safeguarding-intake/intake/templates"
)

// wordingFS is the real wording files with some replaced.
func wordingFS(tb testing.TB, replace map[string]string) fs.FS {
	tb.Helper()
	m := fstest.MapFS{}
	for _, name := range []string{labelsFile, sentencesFile} {
		b, err := fs.ReadFile(templates.FS, name)
		if err != nil {
			tb.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: b}
	}
	for name, text := range replace {
		if text == "\x00remove" {
			delete(m, name)
			continue
		}
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

func realFile(tb testing.TB, name string) string {
	tb.Helper()
	b, err := fs.ReadFile(templates.FS, name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestWordingFiles checks the files the service ships: they load, and every
// label the code reads has wording.
func TestWordingFiles(t *testing.T) {
	w, err := load(templates.FS)
	if err != nil {
		t.Fatalf("load(templates.FS) error:\n%v", err)
	}
	v := reflect.ValueOf(w).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		name := v.Type().Field(i).Name
		switch f.Kind() {
		case reflect.String:
			if f.String() == "" {
				t.Errorf("label %s is empty: bind it in wording.labels", name)
			}
		case reflect.Map:
			if f.Len() == 0 {
				t.Errorf("label group %s is empty: list it in wording.groups", name)
			}
		}
	}
	if len(w.fieldOrder) != len(knownFields) {
		t.Errorf("fieldOrder has %d fields, want %d", len(w.fieldOrder), len(knownFields))
	}
}

// requiredLabels lists every name the labels file must give.
func requiredLabels() []string {
	w := new(wording)
	var names []string
	for name := range w.labels() {
		names = append(names, name)
	}
	for _, g := range w.groups() {
		for _, c := range g.codes {
			names = append(names, g.prefix+"."+c)
		}
	}
	slices.Sort(names)
	return names
}

// TestMissingLabel removes each label in turn from the real file; the
// load must fail and name it.
func TestMissingLabel(t *testing.T) {
	lines := strings.Split(realFile(t, labelsFile), "\n")
	for _, name := range requiredLabels() {
		t.Run(name, func(t *testing.T) {
			var kept []string
			found := false
			for _, l := range lines {
				if k, _, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == name {
					found = true
					continue
				}
				kept = append(kept, l)
			}
			if !found {
				t.Fatalf("%s has no line for %q", labelsFile, name)
			}
			_, err := load(wordingFS(t, map[string]string{labelsFile: strings.Join(kept, "\n")}))
			if err == nil || !strings.Contains(err.Error(), strconv.Quote(name)+" is missing") {
				t.Errorf("load without %q: error %v, want it named as missing", name, err)
			}
		})
	}
}

// TestMissingSentence renames each block in turn in the real file; the
// load must fail and name it.
func TestMissingSentence(t *testing.T) {
	text := realFile(t, sentencesFile)
	for _, name := range sentenceNames {
		t.Run(name, func(t *testing.T) {
			def := `{{define "` + name + `"}}`
			if strings.Count(text, def) != 1 {
				t.Fatalf("%s defines %q %d times, want once", sentencesFile, name, strings.Count(text, def))
			}
			changed := strings.Replace(text, def, `{{define "`+name+`-renamed"}}`, 1)
			_, err := load(wordingFS(t, map[string]string{sentencesFile: changed}))
			if err == nil || !strings.Contains(err.Error(), strconv.Quote(name)+" is missing") {
				t.Errorf("load without block %q: error %v, want it named as missing", name, err)
			}
		})
	}
}

func TestLoadRejects(t *testing.T) {
	labels := realFile(t, labelsFile)
	sentences := realFile(t, sentencesFile)
	tests := []struct {
		name    string
		replace map[string]string
		want    string // in the error
	}{
		{"no labels file", map[string]string{labelsFile: "\x00remove"}, labelsFile},
		{"no sentences file", map[string]string{sentencesFile: "\x00remove"}, sentencesFile},
		{"no colon", map[string]string{labelsFile: labels + "\nservice Safeguarding\n"}, "has no colon"},
		{"no wording", map[string]string{labelsFile: strings.Replace(labels, "row.kind: Kind", "row.kind:  ", 1)}, `"row.kind" has no wording`},
		{"given twice", map[string]string{labelsFile: labels + "\nrow.kind: Type\n"}, `"row.kind" is given again`},
		{"unknown name", map[string]string{labelsFile: labels + "\nrow.knid: Kind\n"}, `"row.knid" is not a name`},
		{"unknown code", map[string]string{labelsFile: labels + "\nkind.annual_report: Annual report\n"}, `"kind.annual_report" is not a name`},
		{"not UTF-8", map[string]string{labelsFile: labels + "\nrow.kind: \xff\n"}, "not UTF-8"},
		{"template syntax", map[string]string{sentencesFile: sentences + `{{define "x"}}{{if .ID}}{{end}`}, sentencesFile},
		{"unknown value", map[string]string{sentencesFile: strings.Replace(sentences, "{{.Due}}", "{{.DueDate}}", 1)}, "DueDate"},
		{"unknown function", map[string]string{sentencesFile: strings.Replace(sentences, "{{.Due}}", "{{date .Due}}", 1)}, `"date" not defined`},
		{"extra block", map[string]string{sentencesFile: sentences + `{{define "next-step-forced"}}x{{end}}`}, `"next-step-forced" is not one`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := load(wordingFS(t, tt.replace))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("load(%s) = %v, %v; want an error containing %q", tt.name, w, err, tt.want)
			}
		})
	}
}

// TestLabelsTolerated checks what an editor may do to the labels file
// without breaking it: notes, blank lines, spacing, Windows line endings,
// a byte order mark, a colon in the wording, and any order.
func TestLabelsTolerated(t *testing.T) {
	lines := strings.Split(realFile(t, labelsFile), "\n")
	slices.Reverse(lines)
	text := "\uFEFF# edited\r\n" + strings.Join(lines, "\r\n") + "\r\n   \r\n"
	text = strings.Replace(text, "row.kind: Kind", "  row.kind :   Kind: of document  ", 1)
	w, err := load(wordingFS(t, map[string]string{labelsFile: text}))
	if err != nil {
		t.Fatalf("load(edited labels) error: %v", err)
	}
	if w.rowKind != "Kind: of document" {
		t.Errorf("rowKind = %q, want %q", w.rowKind, "Kind: of document")
	}
	if w.field["sin_date"] != "SIN date" {
		t.Errorf(`field["sin_date"] = %q, want "SIN date"`, w.field["sin_date"])
	}
	if got, want := w.fieldOrder[0], "partner_health"; got != want {
		t.Errorf("fieldOrder[0] = %q, want %q (the file's order)", got, want)
	}
}

func TestTidy(t *testing.T) {
	tests := []struct {
		text string
		data slots
		want string
	}{
		{"\n  One\n  two.  \n", slots{}, "One two."},
		{"\nReceipt {{.ID}}\n", slots{}, "Receipt "},
		{"\n{{.ID}} · page {{.Page}}\n", slots{Page: 2}, " · page 2"},
		{"{{.ID}}{{if .Met}} met,\n  on time{{end}}\n", slots{ID: "a  b", Met: true}, "a  b met, on time"},
	}
	for _, tt := range tests {
		tmpl := template.Must(template.New("x").Parse(tt.text))
		tidy(tmpl.Tree.Root)
		var b strings.Builder
		if err := tmpl.Execute(&b, tt.data); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != tt.want {
			t.Errorf("tidy(%q) gives %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestJoin(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"a"}, "a"},
		{[]string{"a", "b"}, "a and b"},
		{[]string{"a", "b", "c"}, "a, b and c"},
	}
	for _, tt := range tests {
		if got := join(tt.in, ", ", " and "); got != tt.want {
			t.Errorf("join(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSentencesSaid checks the package's code against sentenceNames: each
// words.say names a block the file must define, and each block is said.
func TestSentencesSaid(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	said := make(map[string]bool)
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "say" || len(call.Args) == 0 {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: say called with %T, want a string literal", fset.Position(call.Pos()), call.Args[0])
				return true
			}
			s, _ := strconv.Unquote(lit.Value)
			said[s] = true
			if !slices.Contains(sentenceNames, s) {
				t.Errorf("%s: say(%q), which is not in sentenceNames", fset.Position(call.Pos()), s)
			}
			return true
		})
	}
	for _, name := range sentenceNames {
		if !said[name] {
			t.Errorf("block %q is required but never said", name)
		}
	}
}

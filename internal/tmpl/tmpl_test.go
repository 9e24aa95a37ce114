package tmpl

import (
	htmltemplate "html/template"
	"strings"
	"testing"
	texttemplate "text/template"
)

type item struct {
	Name  string
	Count int
	On    bool
	Ptr   *string
	Any   any
}

type page struct {
	Title string
	URL   string
	Path  string
	Query string
	Items []item
	Map   map[string]int
	Empty []string
	N     uint
}

func values() []page {
	s := "pointed <at>"
	var out []page
	for _, h := range []string{
		"plain words",
		`<b>"quoted" & 'single' + plus</b>`,
		"javascript:alert(1)",
		"JavaScript:alert(1)",
		"mailto:a@example.org",
		"https://example.org/a b/c?x=1&y=<2>#top",
		"/relative/path?q=a%20b%zz",
		"nul\x00, bad \xff\xfe bytes, é ß 字",
		"",
	} {
		out = append(out, page{
			Title: h, URL: h, Path: h, Query: h,
			Items: []item{{Name: h, Count: 3, On: true, Ptr: &s, Any: h}, {Name: "second", Any: 7}},
			Map:   map[string]int{"b": 2, "a": 1, h: 3},
			N:     2,
		})
	}
	return out
}

const textSrc = `{{define "row"}}[{{.Name}} {{.Count}} {{.On}} {{.Ptr}} {{.Any}}]{{end -}}
Title: {{.Title}}
{{range $i, $it := .Items}}{{$i}}:{{template "row" $it}}{{if eq $i 0}} first{{else if eq .Count 0}} zero{{end}}
{{end}}{{range .Empty}}never{{else}}no empties{{end}}
{{range $k, $v := .Map}}{{$k}}={{$v}};{{end}}
{{with .Items}}{{len .}} items{{end}} {{if and .Title (not .Empty)}}titled{{end}} {{or .Empty "fallback"}}
{{if eq .N 2}}two{{end}} {{index .Items 1 | printf "%v"}} {{printf "%q" .Title}} {{print 1 2 "x"}}
{{$x := .Title}}{{$x = "changed"}}{{$x}} {{range 3}}{{.}}{{end}} {{.Items}}`

const htmlSrc = `{{define "link"}}<a href="{{.}}">{{.}}</a>{{end -}}
<!DOCTYPE html>
<html><head><title>{{.Title}} – site</title></head>
<body class="x{{if .Items}} has-items{{end}}">
<p title="{{.Title}}" data-x='{{.Title}}'>{{.Title}} a < b and </ c</p>
<a href="{{.URL}}">u</a> <a href="/p/{{.Path}}/q">p</a> <a href="/s?q={{.Query}}&amp;r={{.Path}}">q</a>
<a href="#{{.Path}}">f</a> <form action="{{.URL}}"><input value="{{.Title}}"{{if .Items}} checked{{end}}></form>
<img src="/img/{{.Path}}" alt="{{.Title}}"> <a href="{{if .Empty}}/a{{else}}/b{{end}}/{{.Path}}">b</a>
{{range .Items}}{{template "link" .Name}} <span data-url="{{.Name}}">{{.Count}}</span>{{end}}
<textarea>{{.Title}} </b></textarea>
</body></html>`

func TestTextAsTextTemplate(t *testing.T) {
	want := texttemplate.Must(texttemplate.New("page").Parse(textSrc))
	got := NewText(nil)
	if err := got.Parse("page", textSrc); err != nil {
		t.Fatal(err)
	}
	for _, v := range values() {
		var w, g strings.Builder
		if err := want.Execute(&w, v); err != nil {
			t.Fatal(err)
		}
		if err := got.Execute(&g, "page", v); err != nil {
			t.Fatal(err)
		}
		if g.String() != w.String() {
			t.Errorf("with %q:\ngot  %q\nwant %q", v.Title, g.String(), w.String())
		}
	}
}

func TestHTMLAsHTMLTemplate(t *testing.T) {
	want := htmltemplate.Must(htmltemplate.New("page").Parse(htmlSrc))
	got := NewHTML(nil)
	if err := got.Parse("page", htmlSrc); err != nil {
		t.Fatal(err)
	}
	for _, v := range values() {
		var w, g strings.Builder
		if err := want.Execute(&w, v); err != nil {
			t.Fatal(err)
		}
		if err := got.Execute(&g, "page", v); err != nil {
			t.Fatal(err)
		}
		if g.String() != w.String() {
			t.Errorf("with %q:\ngot  %q\nwant %q", v.Title, g.String(), w.String())
		}
	}
}

// TestHTMLRefusesWhatItDoesNotEscape checks that a value where the
// escaping of html/template is not reproduced stops the template instead
// of being written unescaped.
func TestHTMLRefusesWhatItDoesNotEscape(t *testing.T) {
	for _, src := range []string{
		`<script>var x = {{.}};</script>`,
		`<p style="color: {{.}}">x</p>`,
		`<a onclick="go({{.}})">x</a>`,
		`<p class={{.}}>x</p>`,
		`<p {{.}}>x</p>`,
		`<!-- {{.}} -->`,
		`<a href="{{if .}}/a{{else}}?b{{end}}{{.}}">x</a>`,
		`<p title="{{.}}`,
	} {
		s := NewHTML(nil)
		if err := s.Parse("t", src); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		var b strings.Builder
		if err := s.Execute(&b, "t", "x"); err == nil {
			t.Errorf("%s ran, giving %q", src, b.String())
		}
	}
}

// TestNoMethods checks that a template naming a method fails rather than
// calling it.
func TestNoMethods(t *testing.T) {
	s := NewText(nil)
	if err := s.Parse("t", "{{.String}}"); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	err := s.Execute(&b, "t", struct{ strings.Builder }{})
	if err == nil || !strings.Contains(err.Error(), "not methods") {
		t.Errorf("calling a method: %v, want an error saying templates read fields", err)
	}
}

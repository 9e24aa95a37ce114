package portal

import (
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"strings"
	"sync"
	"testing"
)

// The pages are run by internal/tmpl, which escapes values as
// html/template does; every page any test renders is rendered by
// html/template too, and the two must agree byte for byte.
func TestMain(m *testing.M) {
	pages, err := htmlTemplatePages()
	if err != nil {
		fmt.Fprintln(os.Stderr, "html/template pages:", err)
		os.Exit(2)
	}
	var mu sync.Mutex
	var differ []string
	renderCheck = func(page string, v view, got string, err error) {
		var want strings.Builder
		werr := pages[page].ExecuteTemplate(&want, "layout", v)
		mu.Lock()
		defer mu.Unlock()
		switch {
		case (err != nil) != (werr != nil):
			differ = append(differ, fmt.Sprintf("%s: error %v, html/template's %v", page, err, werr))
		case err == nil && got != want.String():
			differ = append(differ, fmt.Sprintf("%s: differs from html/template's page:\n%s", page, firstDifference(got, want.String())))
		}
	}
	code := m.Run()
	if len(differ) > 0 {
		fmt.Fprintf(os.Stderr, "%d pages rendered otherwise than by html/template; the first:\n%s\n", len(differ), differ[0])
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(i-80, 0)
	return fmt.Sprintf("got  ...%q\nwant ...%q", got[from:min(len(got), i+80)], want[from:min(len(want), i+80)])
}

func htmlTemplatePages() (map[string]*template.Template, error) {
	layout, err := template.New("").ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, err
		}
		pages[name] = t
	}
	return pages, nil
}

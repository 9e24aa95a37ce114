package tmpl

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"text/template/parse"
)

// The escaping of HTML templates follows html/template for the places a
// page or an email puts a value: element text (and the text of title and
// textarea), quoted attribute values, and quoted URL attributes (href,
// action, src and the like), where a value at the start of the URL must
// be an http, https or mailto link or a path, and is percent-encoded by
// the part of the URL it fills. A value anywhere else (a script, a style,
// an event handler, an unquoted attribute, inside a tag) is refused when
// the template is first run, as are HTML comments and script and style
// elements, which html/template would treat by rules not reproduced here.
// Literal text is written as html/template writes it: a '<' that starts
// no tag becomes "&lt;".

type hstate uint8

const (
	sText hstate = iota
	sRCDATA
	sTag
	sAttrName
	sAfterName
	sBeforeValue
	sAttr
)

type attrKind uint8

const (
	attrPlain attrKind = iota
	attrURL
	attrRefused // script, style, srcset, a meta element's content
)

type urlPart uint8

const (
	urlNone urlPart = iota
	urlPreQuery
	urlQueryOrFrag
	urlUnknown
)

type hctx struct {
	state hstate
	elem  string // title or textarea, whose text is RCDATA
	attr  attrKind
	delim byte
	part  urlPart
}

// escaping is the escaper chain of every printing action reached from the
// templates run so far, and the context each called template was
// analysed in.
type escaping struct {
	actions map[*parse.ActionNode][]escaper
	texts   map[*parse.TextNode][]byte
	called  map[string]hctx
	done    map[string]error
	active  map[string]bool
}

type escaper func(string) string

// escaping returns the escapers for running name, analysing it and the
// templates it calls the first time.
func (s *Set) escaping(name string) (map[*parse.ActionNode][]escaper, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.esc == nil {
		s.esc = &escaping{
			actions: map[*parse.ActionNode][]escaper{},
			texts:   map[*parse.TextNode][]byte{},
			called:  map[string]hctx{},
			done:    map[string]error{},
			active:  map[string]bool{},
		}
	}
	e := s.esc
	if err, ok := e.done[name]; ok {
		return e.actions, err
	}
	a := &analyser{set: s, e: e}
	c, err := a.template(hctx{}, name)
	if err == nil && c.state != sText {
		err = fmt.Errorf("html template %s ends in a non-text context", name)
	}
	if err == nil {
		// Literal text rewritten for HTML ("<" that starts no tag) is
		// rewritten in place, once.
		for n, b := range e.texts {
			n.Text = b
		}
		clear(e.texts)
	}
	e.done[name] = err
	return e.actions, err
}

type analyser struct {
	set *Set
	e   *escaping
}

func (a *analyser) template(c hctx, name string) (hctx, error) {
	t, ok := a.set.trees[name]
	if !ok || t.Root == nil {
		return c, fmt.Errorf("html template: no template %q", name)
	}
	if prev, ok := a.e.called[name]; ok {
		if prev != c {
			return c, fmt.Errorf("html template %s is used in two different places of a page", name)
		}
		if a.e.active[name] {
			// A template that calls itself: assume it ends where it began.
			return c, nil
		}
	}
	a.e.called[name] = c
	a.e.active[name] = true
	defer delete(a.e.active, name)
	return a.list(c, t.Root, true)
}

func (a *analyser) list(c hctx, n *parse.ListNode, record bool) (hctx, error) {
	if n == nil {
		return c, nil
	}
	var err error
	for _, x := range n.Nodes {
		if c, err = a.node(c, x, record); err != nil {
			return c, err
		}
	}
	return c, nil
}

func (a *analyser) node(c hctx, n parse.Node, record bool) (hctx, error) {
	switch n := n.(type) {
	case *parse.ActionNode:
		if len(n.Pipe.Decl) != 0 {
			return c, nil
		}
		chain, err := escapersFor(c)
		if err != nil {
			return c, fmt.Errorf("html template: %s at line %d: %w", n, n.Line, err)
		}
		if record {
			if prev, ok := a.e.actions[n]; ok && !sameChain(prev, chain) {
				return c, fmt.Errorf("html template: %s at line %d is reached in two different contexts", n, n.Line)
			}
			a.e.actions[n] = chain
		}
		return c, nil
	case *parse.CommentNode:
		return c, nil
	case *parse.TextNode:
		c1, text, err := scan(c, n.Text)
		if err != nil {
			return c, fmt.Errorf("html template: %w", err)
		}
		if record && !bytes.Equal(text, n.Text) {
			a.e.texts[n] = text
		}
		return c1, nil
	case *parse.IfNode:
		return a.branch(c, &n.BranchNode, false, record)
	case *parse.WithNode:
		return a.branch(c, &n.BranchNode, false, record)
	case *parse.RangeNode:
		return a.branch(c, &n.BranchNode, true, record)
	case *parse.ListNode:
		return a.list(c, n, record)
	case *parse.TemplateNode:
		return a.template(c, n.Name)
	}
	return c, fmt.Errorf("html template: unsupported %s", n)
}

func (a *analyser) branch(c hctx, n *parse.BranchNode, loop, record bool) (hctx, error) {
	c0, err := a.list(c, n.List, record)
	if err != nil {
		return c0, err
	}
	if loop {
		// The body may run again from where it ended.
		c1, err := a.list(c0, n.List, false)
		if err != nil {
			return c1, err
		}
		if c0, err = join(c0, c1); err != nil {
			return c0, err
		}
	}
	c1, err := a.list(c, n.ElseList, record)
	if err != nil {
		return c1, err
	}
	return join(c0, c1)
}

func join(a, b hctx) (hctx, error) {
	if a == b {
		return a, nil
	}
	c := a
	c.part = b.part
	if c == b {
		c.part = urlUnknown
		return c, nil
	}
	// A branch that ends inside a tag joins one that ends after an
	// attribute's name, as html/template allows.
	if na, nb := nudge(a), nudge(b); na != a || nb != b {
		if c, err := join(na, nb); err == nil {
			return c, nil
		}
	}
	return a, fmt.Errorf("branches end in different places of the HTML")
}

// nudge moves a context inside a tag to where the next character would
// take it, as html/template does before joining branches.
func nudge(c hctx) hctx {
	switch c.state {
	case sTag, sAfterName:
		c.state = sAttrName
	case sBeforeValue:
		c.state, c.delim, c.part = sAttr, 0, urlNone
	}
	return c
}

func sameChain(a, b []escaper) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if fmt.Sprintf("%p", a[i]) != fmt.Sprintf("%p", b[i]) {
			return false
		}
	}
	return true
}

// escapersFor gives the escaping of a value printed in context c.
func escapersFor(c hctx) ([]escaper, error) {
	switch c.state {
	case sText, sRCDATA:
		return []escaper{htmlEscape}, nil
	case sAttr:
		if c.delim == 0 {
			return nil, fmt.Errorf("a value in an unquoted attribute is not supported")
		}
		switch c.attr {
		case attrPlain:
			return []escaper{htmlEscape}, nil
		case attrURL:
			switch c.part {
			case urlNone:
				return []escaper{urlFilter, urlNormalize, htmlEscape}, nil
			case urlPreQuery:
				return []escaper{urlNormalize, htmlEscape}, nil
			case urlQueryOrFrag:
				return []escaper{urlEscape, htmlEscape}, nil
			}
			return nil, fmt.Errorf("a value in an ambiguous part of a URL")
		}
		return nil, fmt.Errorf("a value in a script, style or srcset attribute is not supported")
	}
	return nil, fmt.Errorf("a value inside a tag, outside an attribute's value, is not supported")
}

const space = " \t\n\f\r"

func isAlpha(b byte) bool    { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
func isAlphaNum(b byte) bool { return isAlpha(b) || '0' <= b && b <= '9' }

// tagName reads an element's name at s[i:], as html/template does.
func tagName(s []byte, i int) int {
	if i == len(s) || !isAlpha(s[i]) {
		return i
	}
	j := i + 1
	for j < len(s) {
		x := s[j]
		if isAlphaNum(x) {
			j++
			continue
		}
		if (x == ':' || x == '-') && j+1 < len(s) && isAlphaNum(s[j+1]) {
			j += 2
			continue
		}
		break
	}
	return j
}

// scan follows literal template text from context c, returning the
// context after it and the text as it is written.
func scan(c hctx, s []byte) (hctx, []byte, error) {
	var out bytes.Buffer
	i := 0
	for i < len(s) {
		switch c.state {
		case sText:
			j := bytes.IndexByte(s[i:], '<')
			if j < 0 {
				out.Write(s[i:])
				return c, out.Bytes(), nil
			}
			j += i
			out.Write(s[i:j])
			rest := s[j:]
			if bytes.HasPrefix(rest, []byte("<!--")) {
				return c, nil, fmt.Errorf("HTML comments are not supported")
			}
			k := j + 1
			end := k < len(s) && s[k] == '/'
			if end {
				k++
			}
			n := tagName(s, k)
			if n == k {
				if bytes.HasPrefix(bytes.ToUpper(rest), []byte("<!DOCTYPE")) {
					out.WriteByte('<')
				} else {
					out.WriteString("&lt;")
				}
				i = j + 1
				continue
			}
			name := strings.ToLower(string(s[k:n]))
			out.Write(s[j:n])
			i = n
			c = hctx{state: sTag}
			if !end {
				switch name {
				case "script", "style":
					return c, nil, fmt.Errorf("%s elements are not supported", name)
				case "title", "textarea", "meta":
					c.elem = name
				}
			}
		case sRCDATA:
			j := rcdataEnd(s[i:], c.elem)
			if j < 0 {
				out.Write(bytes.ReplaceAll(s[i:], []byte("<"), []byte("&lt;")))
				return c, out.Bytes(), nil
			}
			out.Write(bytes.ReplaceAll(s[i:i+j], []byte("<"), []byte("&lt;")))
			i += j
			c = hctx{}
		case sTag:
			for i < len(s) && strings.IndexByte(space, s[i]) >= 0 {
				out.WriteByte(s[i])
				i++
			}
			if i == len(s) {
				break
			}
			if s[i] == '>' {
				out.WriteByte('>')
				i++
				if c.elem == "title" || c.elem == "textarea" {
					c = hctx{state: sRCDATA, elem: c.elem}
				} else {
					c = hctx{}
				}
				continue
			}
			j, err := attrName(s, i)
			if err != nil {
				return c, nil, err
			}
			if j == i {
				return c, nil, fmt.Errorf("expected space, attr name, or end of tag, but got %q", s[i:])
			}
			name := strings.ToLower(string(s[i:j]))
			c.attr = kindOf(c.elem, name)
			out.Write(s[i:j])
			i = j
			if i == len(s) {
				c.state = sAttrName
			} else {
				c.state = sAfterName
			}
		case sAttrName:
			j, err := attrName(s, i)
			if err != nil {
				return c, nil, err
			}
			out.Write(s[i:j])
			i = j
			if i != len(s) {
				c.state = sAfterName
			}
		case sAfterName:
			for i < len(s) && strings.IndexByte(space, s[i]) >= 0 {
				out.WriteByte(s[i])
				i++
			}
			if i == len(s) {
				break
			}
			if s[i] != '=' {
				c.state = sTag
				continue
			}
			out.WriteByte('=')
			i++
			c.state = sBeforeValue
		case sBeforeValue:
			for i < len(s) && strings.IndexByte(space, s[i]) >= 0 {
				out.WriteByte(s[i])
				i++
			}
			if i == len(s) {
				break
			}
			c.state, c.delim, c.part = sAttr, 0, urlNone
			if s[i] == '"' || s[i] == '\'' {
				c.delim = s[i]
				out.WriteByte(s[i])
				i++
			}
		case sAttr:
			var j int
			if c.delim == 0 {
				j = bytes.IndexAny(s[i:], space+">")
			} else {
				j = bytes.IndexByte(s[i:], c.delim)
			}
			if j < 0 {
				if c.attr == attrURL {
					c.part = urlAfter(c.part, html.UnescapeString(string(s[i:])))
				}
				out.Write(s[i:])
				return c, out.Bytes(), nil
			}
			out.Write(s[i : i+j])
			i += j
			if c.delim != 0 {
				out.WriteByte(s[i])
				i++
			}
			c = hctx{state: sTag, elem: c.elem}
		}
	}
	return c, out.Bytes(), nil
}

// rcdataEnd finds the end tag of elem in s: "</elem" followed by space,
// '/' or '>', in any case.
func rcdataEnd(s []byte, elem string) int {
	marker := []byte("</" + elem)
	lower := bytes.ToLower(s)
	off := 0
	for {
		j := bytes.Index(lower[off:], marker)
		if j < 0 {
			return -1
		}
		j += off
		k := j + len(marker)
		if k == len(s) || strings.IndexByte(space+"/>", s[k]) >= 0 {
			return j
		}
		off = k
	}
}

func attrName(s []byte, i int) (int, error) {
	for j := i; j < len(s); j++ {
		switch s[j] {
		case ' ', '\t', '\n', '\f', '\r', '=', '>':
			return j, nil
		case '\'', '"', '<':
			return -1, fmt.Errorf("%q in attribute name: %.32q", s[j:j+1], s)
		}
	}
	return len(s), nil
}

// urlAttrs are the attributes whose values html/template treats as URLs.
var urlAttrs = map[string]bool{
	"action": true, "archive": true, "background": true, "cite": true, "classid": true,
	"codebase": true, "data": true, "formaction": true, "href": true, "icon": true,
	"longdesc": true, "manifest": true, "poster": true, "profile": true, "src": true,
	"usemap": true, "xmlns": true,
}

func kindOf(elem, name string) attrKind {
	if elem == "meta" && name == "content" {
		return attrRefused
	}
	if strings.HasPrefix(name, "data-") {
		name = name[5:]
	} else if prefix, short, ok := strings.Cut(name, ":"); ok {
		if prefix == "xmlns" {
			return attrURL
		}
		name = short
	}
	switch {
	case urlAttrs[name]:
		return attrURL
	case name == "style" || name == "srcset":
		return attrRefused
	case name == "srcdoc":
		return attrPlain
	case strings.HasPrefix(name, "on"):
		return attrRefused
	case strings.Contains(name, "src") || strings.Contains(name, "uri") || strings.Contains(name, "url"):
		return attrURL
	}
	return attrPlain
}

// urlAfter is the part of a URL reached after literal text t.
func urlAfter(p urlPart, t string) urlPart {
	if strings.ContainsAny(t, "#?") {
		return urlQueryOrFrag
	}
	if p == urlNone && strings.Trim(t, space) != "" {
		return urlPreQuery
	}
	return p
}

// htmlEscape writes s as HTML text or a quoted attribute value.
func htmlEscape(s string) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		var r string
		switch s[i] {
		case 0:
			r = "\uFFFD"
		case '"':
			r = "&#34;"
		case '&':
			r = "&amp;"
		case '\'':
			r = "&#39;"
		case '+':
			r = "&#43;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		default:
			continue
		}
		b.WriteString(s[written:i])
		b.WriteString(r)
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

// urlFilter refuses a URL with a scheme other than http, https or mailto.
func urlFilter(s string) string {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") {
		if !strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
			return "#ZgotmplZ"
		}
	}
	return s
}

func urlNormalize(s string) string { return percentEncode(s, true) }
func urlEscape(s string) string    { return percentEncode(s, false) }

// percentEncode encodes the bytes of s a URL may not hold as they are;
// normalizing keeps the reserved characters and existing escapes.
func percentEncode(s string, norm bool) string {
	var b strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0:
			if norm {
				continue
			}
		case strings.IndexByte("-._~", c) >= 0, isAlphaNum(c):
			continue
		case c == '%':
			if norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		}
		b.WriteString(s[written:i])
		fmt.Fprintf(&b, "%%%02x", c)
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

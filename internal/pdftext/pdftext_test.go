package pdftext

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/ledongthuc/pdf"
)

func extractText(tb testing.TB, data []byte) string {
	tb.Helper()
	res, err := Extract(context.Background(), data, Options{Timeout: 10 * time.Second})
	if err != nil {
		tb.Fatalf("Extract() error = %v", err)
	}
	return res.Text
}

func TestExtractSpacing(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    string
	}{
		{"Tj with spaces", "BT /F1 12 Tf 72 700 Td (does not meet the criteria) Tj ET", "does not meet the criteria\n"},
		{"TJ kerning as word gaps", "BT /F1 12 Tf 72 700 Td [(does)-333(not)-333(meet)-250(the)-300(criteria)] TJ ET", "does not meet the criteria\n"},
		{"TJ kerning inside words", "BT /F1 12 Tf 72 700 Td [(cri)20(te)-15(ria)] TJ ET", "criteria\n"},
		{"glyphs placed one by one", "BT /F1 10 Tf 100 700 Td (a) Tj 5 0 Td (b) Tj 5 0 Td (c) Tj 10 0 Td (d) Tj ET", "abc d\n"},
		{"Td to a new line", "BT /F1 12 Tf 72 700 Td (first line) Tj 0 -14 Td (second line) Tj ET", "first line\nsecond line\n"},
		{"T* and quote operators", "BT /F1 12 Tf 14 TL 72 700 Td (one) Tj T* (two) Tj (three) ' ET", "one\ntwo\nthree\n"},
		{"word spacing Tw", "BT /F1 12 Tf 3 Tw 72 700 Td (a b) Tj ET", "a b\n"},
		{"text matrix scaling", "BT /F1 1 Tf 12 0 0 12 72 700 Tm [(scaled)-400(text)] TJ ET", "scaled text\n"},
		{"escapes and octal", `BT /F1 12 Tf 72 700 Td (a\(b\) \101\102) Tj ET`, "a(b) AB\n"},
		{"hex string", "BT /F1 12 Tf 72 700 Td <48656C6C6F> Tj ET", "Hello\n"},
		{"inline image skipped", "BI /W 2 /H 2 /BPC 8 /CS /G ID \x00EI\xff\x01 EI BT /F1 12 Tf 72 700 Td (after) Tj ET", "after\n"},
		{"state restored by Q", "q 2 0 0 2 0 0 cm Q BT /F1 12 Tf 72 700 Td [(x)-300(y)] TJ ET", "x y\n"},
		{"unknown operators ignored", "BT /F1 12 Tf 72 700 Td 1 2 3 zz (kept) Tj ET", "kept\n"},
		{"WinAnsi upper half", "BT /F1 12 Tf 72 700 Td <DE> Tj ET", "Þ\n"},
		{"text off the page dropped", "BT /F1 12 Tf 72 700 Td (on) Tj 0 -5000 Td (off) Tj ET", "on\n"},
		{"negative word spacing closes a space", "BT /F1 10 Tf -4.5 Tw 72 700 Td (Simpl icity) Tj ET", "Simplicity\n"},
		{"character spacing opens a gap", "BT /F1 10 Tf 72 700 Td (more) Tj 2.5 Tc (e) Tj 0 Tc (work) Tj ET", "moree work\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractText(t, onePage(t, tt.content))
			if got != tt.want {
				t.Errorf("Extract(%q) text = %q, want %q", tt.content, got, tt.want)
			}
		})
	}
}

func TestExtractToUnicodeAndDifferences(t *testing.T) {
	cmapData := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfchar <0001> <0048> <0002> <FB01> endbfchar\n" +
		"1 beginbfrange <0010> <0012> <0061> endbfrange\n" +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	data := buildPDF(t, "",
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 4 0 R /F2 7 0 R>>>> /Contents 5 0 R>>",
		"<</Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R>>",
		stream("BT /F1 12 Tf 72 700 Td <0001001000110012> Tj 0 -20 Td <0002> Tj /F2 12 Tf 0 -20 Td (\x01\x02ab) Tj ET"),
		"<</Type /Font /Subtype /CIDFontType2 /BaseFont /X /DW 500 /W [1 [600] 16 18 500]>>",
		"<</Type /Font /Subtype /Type1 /BaseFont /Y /Encoding <</Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /eacute /uni00DF 97 /f_i]>>>>",
		stream(cmapData),
	)
	got := extractText(t, data)
	want := "Habc\nfi\néßfib\n"
	if got != want {
		t.Errorf("Extract() text = %q, want %q", got, want)
	}
}

func TestExtractPages(t *testing.T) {
	page := func(text string) string { return stream("BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET") }
	t.Run("nested tree with inherited resources", func(t *testing.T) {
		data := buildPDF(t, "",
			"<</Type /Catalog /Pages 2 0 R>>",
			"<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /Resources <</Font <</F1 5 0 R>>>>>>",
			"<</Type /Pages /Parent 2 0 R /Kids [6 0 R] /Count 1>>",
			"<</Type /Page /Parent 2 0 R /Contents 8 0 R>>",
			widths500,
			"<</Type /Page /Parent 3 0 R /Contents 7 0 R>>",
			page("first"),
			page("second"),
		)
		res, err := Extract(context.Background(), data, Options{})
		if err != nil {
			t.Fatalf("Extract() error = %v", err)
		}
		if res.Pages != 2 || res.Text != "first\n\fsecond\n" {
			t.Errorf("Extract() = %d pages %q, want 2 pages %q", res.Pages, res.Text, "first\n\fsecond\n")
		}
	})
	t.Run("lying page count", func(t *testing.T) {
		data := buildPDF(t, "",
			"<</Type /Catalog /Pages 2 0 R>>",
			"<</Type /Pages /Kids [3 0 R] /Count 1000000>>",
			"<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>>",
			widths500,
			page("only"),
		)
		res, err := Extract(context.Background(), data, Options{})
		if err != nil || res.Pages != 1 {
			t.Errorf("Extract() = %d pages, %v; want 1 page, nil", res.Pages, err)
		}
	})
	t.Run("cycle in page tree", func(t *testing.T) {
		data := buildPDF(t, "",
			"<</Type /Catalog /Pages 2 0 R>>",
			"<</Type /Pages /Kids [2 0 R 3 0 R] /Count 2>>",
			"<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>>",
			widths500,
			page("loop"),
		)
		res, err := Extract(context.Background(), data, Options{})
		if err != nil || res.Pages != 1 || res.Loops != 1 {
			t.Errorf("Extract() = %d pages, %d loops, %v; want 1 page, 1 loop, nil", res.Pages, res.Loops, err)
		}
	})
	t.Run("shared subtrees", func(t *testing.T) {
		// Each level doubles the leaves: 2^30 pages from a few hundred bytes
		// if every listing were followed. Each node is read once, as
		// pdftotext does.
		objs := []string{"<</Type /Catalog /Pages 2 0 R>>"}
		const levels = 30
		for i := 0; i < levels; i++ {
			n := len(objs) + 2
			objs = append(objs, "<</Type /Pages /Kids ["+strconv.Itoa(n)+" 0 R "+strconv.Itoa(n)+" 0 R] /Count 2>>")
		}
		objs = append(objs, "<</Type /Page /Contents "+strconv.Itoa(len(objs)+2)+" 0 R>>", page("x"))
		res, err := Extract(context.Background(), buildPDF(t, "", objs...), Options{})
		if err != nil || res.Pages != 1 || res.Loops != levels {
			t.Errorf("Extract() = %d pages, %d loops, %v; want 1 page, %d loops, nil", res.Pages, res.Loops, err, levels)
		}
	})
	t.Run("MaxPages option", func(t *testing.T) {
		data := buildPDF(t, "",
			"<</Type /Catalog /Pages 2 0 R>>",
			"<</Type /Pages /Kids [3 0 R 6 0 R 7 0 R] /Count 3 /Resources <</Font <</F1 4 0 R>>>>>>",
			"<</Type /Page /Contents 5 0 R>>",
			widths500,
			page("p"),
			"<</Type /Page /Contents 5 0 R>>",
			"<</Type /Page /Contents 5 0 R>>",
		)
		res, err := Extract(context.Background(), data, Options{MaxPages: 2})
		if !errors.Is(err, ErrBudget) || res.Pages != 3 {
			t.Errorf("Extract(MaxPages 2) = %d pages, %v; want ErrBudget at page 3", res.Pages, err)
		}
	})
}

func TestExtractFormXObject(t *testing.T) {
	data := buildPDF(t, "",
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 4 0 R>> /XObject <</X1 6 0 R /Im 7 0 R>>>> /Contents 5 0 R>>",
		widths500,
		stream("BT /F1 12 Tf 72 700 Td (page) Tj ET /X1 Do /Im Do"),
		streamDict("/Type /XObject /Subtype /Form /BBox [0 0 100 100]", "BT /F1 12 Tf 72 600 Td (form) Tj ET /X1 Do"),
		"<</Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray /Length 1>>\nstream\n\x00\nendstream",
	)
	got := extractText(t, data)
	// The form draws itself again: recursion stops at the depth limit.
	if !strings.HasPrefix(got, "page\nform") || strings.Count(got, "form") != maxFormDepth {
		t.Errorf("Extract() text = %q, want page then %d lines of form", got, maxFormDepth)
	}
}

func TestExtractImageOnly(t *testing.T) {
	data := buildPDF(t, "",
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /Resources <</XObject <</Im 5 0 R>>>> /Contents 4 0 R>>",
		stream("q 100 0 0 100 0 0 cm /Im Do Q"),
		"<</Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray /Length 1>>\nstream\n\x00\nendstream",
	)
	res, err := Extract(context.Background(), data, Options{})
	if err != nil || !res.ImageOnly || res.Text != "" {
		t.Errorf("Extract() = %+v, %v; want ImageOnly with no text", res, err)
	}
	res, err = Extract(context.Background(), onePage(t, "BT /F1 12 Tf (text) Tj ET"), Options{})
	if err != nil || res.ImageOnly {
		t.Errorf("Extract(text page) ImageOnly = %v, %v; want false", res.ImageOnly, err)
	}
}

func TestExtractInfoAndActiveContent(t *testing.T) {
	catalogs := []struct {
		name    string
		catalog string
		extra   string // object 6
		active  bool
	}{
		{"plain", "<</Type /Catalog /Pages 2 0 R>>", "<<>>", false},
		{"open action JavaScript", "<</Type /Catalog /Pages 2 0 R /OpenAction 6 0 R>>", "<</S /JavaScript /JS (app.alert(1))>>", true},
		{"escaped name", "<</Type /Catalog /Pages 2 0 R /OpenAction 6 0 R>>", "<</S /J#61vaScript /J#53 (x)>>", true},
		{"launch in additional actions", "<</Type /Catalog /Pages 2 0 R /AA <</WC 6 0 R>>>>", "<</S /Launch /F (cmd.exe)>>", true},
		{"embedded files", "<</Type /Catalog /Pages 2 0 R /Names <</EmbeddedFiles 6 0 R>>>>", "<</Names [(a.txt) 7 0 R]>>", true},
		{"go-to action", "<</Type /Catalog /Pages 2 0 R /OpenAction 6 0 R>>", "<</S /GoTo /D [3 0 R /Fit]>>", false},
	}
	for _, tt := range catalogs {
		t.Run(tt.name, func(t *testing.T) {
			data := buildPDF(t, "/Info 7 0 R",
				tt.catalog,
				"<</Type /Pages /Kids [3 0 R] /Count 1>>",
				"<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>>",
				widths500,
				stream("BT /F1 12 Tf (x) Tj ET"),
				tt.extra,
				"<</Title (Rapid review \\(draft\\)) /Author <FEFF00C9006D006D0061> /CreationDate (D:20240315120000Z) /ModDate (D:20240316093000+01'00')>>",
			)
			res, err := Extract(context.Background(), data, Options{})
			if err != nil {
				t.Fatalf("Extract() error = %v", err)
			}
			if res.ActiveContent != tt.active {
				t.Errorf("Extract() ActiveContent = %v, want %v", res.ActiveContent, tt.active)
			}
			want := Info{
				Title:    "Rapid review (draft)",
				Author:   "Émma",
				Created:  time.Date(2024, 3, 15, 12, 0, 0, 0, time.UTC),
				Modified: time.Date(2024, 3, 16, 8, 30, 0, 0, time.UTC),
			}
			if diff := cmp.Diff(want, res.Info); diff != "" {
				t.Errorf("Extract() Info mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExtractAnnotationActions(t *testing.T) {
	for _, tt := range []struct {
		annot  string
		active bool
	}{
		{"<</Type /Annot /Subtype /Link /Rect [0 0 1 1] /A <</S /URI /URI (https://example.org)>>>>", false},
		{"<</Type /Annot /Subtype /Link /Rect [0 0 1 1] /A <</S /URI /URI (x) /Next <</S /JavaScript /JS (1)>>>>>>", true},
		{"<</Type /Annot /Subtype /FileAttachment /Rect [0 0 1 1] /FS (a.exe)>>", true},
		{"<</Type /Annot /Subtype /Widget /Rect [0 0 1 1] /AA <</K <</S /JavaScript /JS (1)>>>>>>", true},
	} {
		t.Run(tt.annot, func(t *testing.T) {
			data := buildPDF(t, "",
				"<</Type /Catalog /Pages 2 0 R>>",
				"<</Type /Pages /Kids [3 0 R] /Count 1>>",
				"<</Type /Page /Parent 2 0 R /Annots [6 0 R] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>>",
				widths500,
				stream("BT /F1 12 Tf (x) Tj ET"),
				tt.annot,
			)
			res, err := Extract(context.Background(), data, Options{})
			if err != nil || res.ActiveContent != tt.active {
				t.Errorf("Extract() ActiveContent = %v, %v; want %v", res.ActiveContent, err, tt.active)
			}
		})
	}
}

func TestExtractRepairs(t *testing.T) {
	good := onePage(t, "BT /F1 12 Tf 72 700 Td (repaired text) Tj ET")
	tests := []struct {
		name string
		data []byte
	}{
		{"byte-order mark before header", append([]byte("\xef\xbb\xbf"), good...)},
		{"space after header", []byte(strings.Replace(string(good), "%PDF-1.4\n", "%PDF-1.4 \n", 1))},
		{"version 2.0 header", []byte(strings.Replace(string(good), "%PDF-1.4\n", "%PDF-2.0\n", 1))},
		{"trailing junk", append(append([]byte{}, good...), strings.Repeat("junk\x00", 500)...)},
		{"wrong xref offsets", []byte(strings.Replace(string(good), "0000000015 00000 n", "0000000999 00000 n", 1))},
		{"no xref at all", []byte(string(good[:strings.Index(string(good), "xref")]) + "trailer\n<</Root 1 0 R>>\n%%EOF\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extractText(t, tt.data); got != "repaired text\n" {
				t.Errorf("Extract() text = %q, want %q", got, "repaired text\n")
			}
		})
	}
}

func TestExtractUnreadable(t *testing.T) {
	good := onePage(t, "BT /F1 12 Tf (x) Tj ET")
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"zero bytes", make([]byte, 100)},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
		{"header only", []byte("%PDF-1.7\n")},
		{"garbage after header", []byte("%PDF-1.7\n" + strings.Repeat("<<[(", 2000))},
		{"truncated at the first object", good[:20]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), tt.data, Options{})
			if !errors.Is(err, ErrUnreadable) {
				t.Errorf("Extract(%q...) error = %v, want ErrUnreadable", truncate(tt.data, 20), err)
			}
		})
	}
}

func truncate(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

func TestExtractBudget(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Extract(ctx, onePage(t, "BT /F1 12 Tf (x) Tj ET"), Options{})
	if !errors.Is(err, ErrBudget) {
		t.Errorf("Extract(cancelled context) error = %v, want ErrBudget", err)
	}
	// A content stream of a million operators still ends in budget.
	long := strings.Repeat("BT /F1 12 Tf (x) Tj ET\n", 1<<15)
	res, err := Extract(context.Background(), onePage(t, long), Options{Timeout: time.Nanosecond})
	if !errors.Is(err, ErrBudget) {
		t.Errorf("Extract(1ns timeout) = %d bytes, %v; want ErrBudget", len(res.Text), err)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"D:20240315120000Z", time.Date(2024, 3, 15, 12, 0, 0, 0, time.UTC)},
		{"D:20240315120000+01'00'", time.Date(2024, 3, 15, 11, 0, 0, 0, time.UTC)},
		{"D:20240315120000-05'30", time.Date(2024, 3, 15, 17, 30, 0, 0, time.UTC)},
		{"D:20240315", time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)},
		{"D:2024", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"20240315120000", time.Date(2024, 3, 15, 12, 0, 0, 0, time.UTC)},
		{"D:20240231", time.Time{}},
		{"D:20241315", time.Time{}},
		{"yesterday", time.Time{}},
		{"", time.Time{}},
	}
	for _, tt := range tests {
		if got := parseDate(tt.in); !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestGlyphText(t *testing.T) {
	tests := map[string]string{
		"a": "a", "eacute": "é", "uni00DF": "ß", "uni00660069": "fi", "u1F600": "😀",
		"f_f_i": "ffi", "a.sc": "a", "quoteright": "’", "fi": "ﬁ", "g123": "", "": "",
	}
	for in, want := range tests {
		if got := glyphText(in); got != want {
			t.Errorf("glyphText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseCMap(t *testing.T) {
	m := parseCMap([]byte("begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange\n" +
		"beginbfchar <41> <0058> <8001> <D83DDE00> endbfchar\n" +
		"beginbfrange <8010> <8012> [<0061> <0062>] <9000> <9002> <00660069> endbfrange"))
	lookups := []struct {
		n    int
		code uint32
		want string
		ok   bool
	}{
		{1, 0x41, "X", true},
		{2, 0x8001, "😀", true},
		{2, 0x8011, "b", true},
		{2, 0x8012, "", false},
		{2, 0x9002, "fk", true},
		{1, 0x42, "", false},
	}
	for _, tt := range lookups {
		got, ok := m.lookup(tt.n, tt.code)
		if got != tt.want || ok != tt.ok {
			t.Errorf("lookup(%d, %#x) = %q, %v; want %q, %v", tt.n, tt.code, got, ok, tt.want, tt.ok)
		}
	}
	for _, tt := range []struct {
		in   []byte
		want int
	}{{[]byte{0x41, 0x80}, 1}, {[]byte{0x80, 0x01}, 2}, {[]byte{0x80}, 0}} {
		if got := m.codeLen(tt.in); got != tt.want {
			t.Errorf("codeLen(%x) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestExtractObjectStreams(t *testing.T) {
	for _, tt := range []struct {
		name    string
		catalog string
		active  bool
	}{
		{"plain", "<</Type /Catalog /Pages 2 0 R>>", false},
		{"JavaScript inside the object stream", "<</Type /Catalog /Pages 2 0 R /OpenAction <</S /JavaScript /JS (x)>>>>", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := buildObjStmPDF(t,
				[]string{
					tt.catalog,
					"<</Type /Pages /Kids [3 0 R] /Count 1>>",
					"<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>>",
					widths500,
				},
				[]string{stream("BT /F1 12 Tf 72 700 Td [(from)-300(object)-300(streams)] TJ ET")},
				true,
			)
			res, err := Extract(context.Background(), data, Options{})
			if err != nil {
				t.Fatalf("Extract() error = %v", err)
			}
			if res.Text != "from object streams\n" || res.ActiveContent != tt.active {
				t.Errorf("Extract() = %q, active %v; want %q, active %v", res.Text, res.ActiveContent, "from object streams\n", tt.active)
			}
		})
	}
}

func TestUnpack(t *testing.T) {
	for _, flate := range []bool{false, true} {
		data := buildObjStmPDF(t,
			[]string{"<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [3 0 R] /Count 1>>", "<</Type /Page /Parent 2 0 R /Contents 4 0 R>>"},
			[]string{stream("")},
			flate,
		)
		src := &source{ctx: context.Background(), deadline: time.Now().Add(time.Minute), data: data}
		r, err := pdf.NewReader(src, int64(len(data)))
		if err != nil {
			t.Fatalf("NewReader(flate %v) error = %v", flate, err)
		}
		u, complete := unpack(data, r)
		if u == nil || !complete {
			t.Fatalf("unpack(flate %v) = %d bytes, complete %v; want an update, complete", flate, len(u), complete)
		}
		ix, _ := indexObjects(u, false)
		for n := 1; n <= 3; n++ {
			if _, ok := ix.top[n]; !ok {
				t.Errorf("unpack(flate %v): object %d is not a plain object", flate, n)
			}
		}
		r2, err := pdf.NewReader(&source{ctx: context.Background(), deadline: time.Now().Add(time.Minute), data: u}, int64(len(u)))
		if err != nil {
			t.Fatalf("NewReader(unpacked) error = %v", err)
		}
		if got := r2.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0).Key("Type").Name(); got != "Page" {
			t.Errorf("unpacked page type = %q, want Page", got)
		}
	}
}

// TestExtractStructureLoops reads files whose structure leads back to
// itself. Each loop must be found by the detector, and the file read (or
// given up) as cheaply as a sound file of its size; BenchmarkExtractLoops
// measures that cost.
func TestExtractStructureLoops(t *testing.T) {
	for _, f := range loopFiles {
		t.Run(f.name, func(t *testing.T) {
			data := f.build(t)
			if got := structureLoop(data); (got != "") != f.xrefLevel {
				t.Errorf("structureLoop = %q, want a loop: %v", got, f.xrefLevel)
			}
			res, err := Extract(context.Background(), data, Options{})
			if errors.Is(err, ErrBudget) {
				t.Fatalf("Extract: %v; a loop must be detected, not run to the budget", err)
			}
			if f.unreadable {
				if !errors.Is(err, ErrUnreadable) {
					t.Fatalf("Extract = %q, %v; want ErrUnreadable", res.Text, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if strings.TrimSpace(res.Text) != "Loop survivor" || res.Pages != 1 {
				t.Errorf("Extract = %q (%d pages), want the one page's text once", res.Text, res.Pages)
			}
			if res.Loops == 0 {
				t.Errorf("Loops = 0, want the loop counted")
			}
		})
	}
	// Sound files have no loop.
	for name, data := range map[string][]byte{
		"table":  onePage(t, loopContent),
		"objstm": buildObjStmPDF(t, loopObjects()[:3], loopObjects()[3:], true),
	} {
		if got := structureLoop(data); got != "" {
			t.Errorf("structureLoop(%s) = %q, want none", name, got)
		}
		res, err := Extract(context.Background(), data, Options{})
		if err != nil || res.Loops != 0 {
			t.Errorf("Extract(%s) = %d loops, %v; want none", name, res.Loops, err)
		}
	}
}

package extract

import (
	"archive/zip"
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// Builders of small files of each format, for table tests, the fuzz seed
// corpus and benchmarks.

const (
	nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
		`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
		`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`
	relDoc  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relCore = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relLink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
	relHead = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
)

// wordBody wraps body XML in a WordprocessingML document part.
func wordBody(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document ` + nsW + `><w:body>` + body + `<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>`
}

// para is a paragraph of one run per argument.
func para(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>")
	for _, r := range runs {
		fmt.Fprintf(&b, "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">%s</w:t></w:r>", r)
	}
	b.WriteString("</w:p>")
	return b.String()
}

// docxParts returns the parts of a minimal Word package with the given
// body and extra document relationships (Id, Type, Target, external).
func docxParts(body string, rels ...[4]string) map[string]string {
	var rb strings.Builder
	for _, r := range rels {
		mode := ""
		if r[3] != "" {
			mode = ` TargetMode="External"`
		}
		fmt.Fprintf(&rb, `<Relationship Id="%s" Type="%s" Target="%s"%s/>`, r[0], r[1], r[2], mode)
	}
	return map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + relDoc + `" Target="word/document.xml"/>` +
			`<Relationship Id="rId2" Type="` + relCore + `" Target="docProps/core.xml"/></Relationships>`,
		"word/document.xml": wordBody(body),
		"word/_rels/document.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			rb.String() + `</Relationships>`,
		"docProps/core.xml": `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
			`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
			`<dc:title>Rapid review: Child A</dc:title>` +
			`<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-04T09:30:00Z</dcterms:created>` +
			`<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-05T16:00:00Z</dcterms:modified></cp:coreProperties>`,
	}
}

// buildZip writes parts in name order, [Content_Types].xml first as Word does.
func buildZip(tb testing.TB, parts map[string]string) []byte {
	tb.Helper()
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == "[Content_Types].xml") != (names[j] == "[Content_Types].xml") {
			return names[i] == "[Content_Types].xml"
		}
		return names[i] < names[j]
	})
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func buildDOCX(tb testing.TB, body string, rels ...[4]string) []byte {
	tb.Helper()
	return buildZip(tb, docxParts(body, rels...))
}

// buildPDF writes a one-page PDF whose page content stream is content, with
// extra entries in the catalogue, and a correct cross-reference table.
func buildPDF(content, catalog string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R " + catalog + " >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content)+1, content),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// ole2 returns the start of a compound file holding the named streams; the
// sniffer only needs the signature and the UTF-16 directory names.
func ole2(streams ...string) []byte {
	b := []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
	b = append(b, make([]byte, 504)...)
	for _, s := range streams {
		b = append(b, utf16LE(s)...)
		b = append(b, make([]byte, 64)...)
	}
	return b
}

var pngHeader = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde")

const email = "Received: from mx.example.org by inbound\r\nMIME-Version: 1.0\r\nFrom: a@example.org\r\n" +
	"To: intake@example.org\r\nSubject: Rapid review\r\nContent-Type: text/plain\r\n\r\nPlease find attached.\r\n"

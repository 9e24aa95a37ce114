package pdftext

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"
)

// buildPDF assembles a PDF whose objects are numbered 1.. in order, with a
// correct cross-reference table. Object 1 must be the catalog. trailerExtra
// is added to the trailer dictionary.
func buildPDF(tb testing.TB, trailerExtra string, objs ...string) []byte {
	tb.Helper()
	var b strings.Builder
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
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailerExtra, xref)
	return []byte(b.String())
}

// stream returns a stream object with the given data.
func stream(data string) string {
	return fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(data), data)
}

// streamDict returns a stream object with extra dictionary entries.
func streamDict(entries, data string) string {
	return fmt.Sprintf("<<%s /Length %d>>\nstream\n%s\nendstream", entries, len(data), data)
}

// widths500 is a simple font whose printable glyphs are all half an em wide.
const widths500 = "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" +
	"500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 " +
	"500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 " +
	"500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500 500]>>"

// onePage returns a one-page document drawing content with font F1.
func onePage(tb testing.TB, content string) []byte {
	tb.Helper()
	return buildPDF(tb, "",
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>>",
		widths500,
		stream(content),
	)
}

// buildObjStmPDF assembles a PDF 1.5 file with a cross-reference stream:
// members are objects 1..n stored in one object stream, tops follow as
// top-level objects (streams cannot live in object streams).
func buildObjStmPDF(tb testing.TB, members, tops []string, flate bool) []byte {
	tb.Helper()
	var head, body strings.Builder
	for i, m := range members {
		fmt.Fprintf(&head, "%d %d ", i+1, body.Len())
		body.WriteString(m)
		body.WriteString("\n")
	}
	stm := len(members) + len(tops) + 1
	xrefNum := stm + 1
	var b strings.Builder
	b.WriteString("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
	offsets := map[int]int{}
	for i, t := range tops {
		n := len(members) + 1 + i
		offsets[n] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", n, t)
	}
	offsets[stm] = b.Len()
	data := head.String() + body.String()
	filter := ""
	if flate {
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		zw.Write([]byte(data))
		zw.Close()
		data, filter = z.String(), "/Filter /FlateDecode "
	}
	fmt.Fprintf(&b, "%d 0 obj\n<</Type /ObjStm /N %d /First %d %s/Length %d>>\nstream\n%s\nendstream\nendobj\n",
		stm, len(members), head.Len(), filter, len(data), data)
	offsets[xrefNum] = b.Len()
	var rows []byte
	rows = append(rows, 0, 0, 0, 0, 0, 0xff, 0xff)
	for n := 1; n <= xrefNum; n++ {
		if n <= len(members) {
			rows = append(rows, 2, 0, 0, byte(stm>>8), byte(stm), 0, byte(n-1))
			continue
		}
		off := offsets[n]
		rows = append(rows, 1, byte(off>>24), byte(off>>16), byte(off>>8), byte(off), 0, 0)
	}
	fmt.Fprintf(&b, "%d 0 obj\n<</Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d>>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n",
		xrefNum, xrefNum+1, len(rows), rows, offsets[xrefNum])
	return []byte(b.String())
}

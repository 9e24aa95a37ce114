package pdftext

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// Hostile files whose structure loops. Each is built with correct offsets
// so that nothing but the loop is wrong with it.

const loopContent = "BT /F1 12 Tf 72 720 Td (Loop survivor) Tj ET"

// loopObjects are a one-page document's objects, numbered 1..5.
func loopObjects() []string {
	return []string{
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>>",
		widths500,
		stream(loopContent),
	}
}

// writeObjects writes objs numbered from 1 and returns their offsets.
func writeObjects(b *strings.Builder, objs []string) []int {
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	return offsets
}

func xrefTable(b *strings.Builder, offsets []int) {
	fmt.Fprintf(b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, off := range offsets {
		fmt.Fprintf(b, "%010d 00000 n \n", off)
	}
}

// selfPrevPDF is a file whose trailer's /Prev names its own xref section.
func selfPrevPDF() []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offsets := writeObjects(&b, loopObjects())
	x := b.Len()
	xrefTable(&b, offsets)
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root 1 0 R /Prev %d>>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, x, x)
	return []byte(b.String())
}

// mutualPrevPDF has two xref sections whose /Prev entries name each other.
func mutualPrevPDF() []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offsets := writeObjects(&b, loopObjects())
	// The first section's /Prev is patched in once the second's offset is known.
	x1 := b.Len()
	xrefTable(&b, offsets)
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root 1 0 R /Prev XXXXXXXXXX>>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, x1)
	x2 := b.Len()
	xrefTable(&b, offsets)
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root 1 0 R /Prev %010d>>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, x1, x2)
	return bytes.Replace([]byte(b.String()), []byte("XXXXXXXXXX"), fmt.Appendf(nil, "%010d", x2), 1)
}

// objStmLoopPDF stores the catalog and page tree in an object stream, with
// extra entries in its dictionary; with inSelf, the stream's own
// cross-reference entry says it is stored inside itself.
func objStmLoopPDF(extra string, inSelf bool) []byte {
	members := loopObjects()[:3]
	tops := []string{widths500, stream(loopContent)}
	var b strings.Builder
	var head, body strings.Builder
	for i, m := range members {
		fmt.Fprintf(&head, "%d %d ", i+1, body.Len())
		body.WriteString(m + "\n")
	}
	b.WriteString("%PDF-1.5\n")
	offsets := map[int]int{}
	for i, t := range tops {
		offsets[4+i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", 4+i, t)
	}
	stm, xn := 6, 7
	offsets[stm] = b.Len()
	data := head.String() + body.String()
	fmt.Fprintf(&b, "%d 0 obj\n<</Type /ObjStm /N 3 /First %d %s/Length %d>>\nstream\n%s\nendstream\nendobj\n", stm, head.Len(), extra, len(data), data)
	offsets[xn] = b.Len()
	rows := []byte{0, 0, 0, 0, 0, 0xff, 0xff}
	for n := 1; n <= xn; n++ {
		switch {
		case n <= 3 || n == stm && inSelf:
			rows = append(rows, 2, 0, 0, 0, byte(stm), 0, byte(n-1))
		default:
			off := offsets[n]
			rows = append(rows, 1, byte(off>>24), byte(off>>16), byte(off>>8), byte(off), 0, 0)
		}
	}
	fmt.Fprintf(&b, "%d 0 obj\n<</Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d>>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n",
		xn, xn+1, len(rows), rows, offsets[xn])
	return []byte(b.String())
}

// pageCyclePDF has a page tree whose node lists itself and its parent among its kids.
func pageCyclePDF(tb testing.TB) []byte {
	objs := loopObjects()
	objs[1] = "<</Type /Pages /Kids [3 0 R 6 0 R 6 0 R] /Count 1>>"
	objs = append(objs, "<</Type /Pages /Parent 6 0 R /Kids [2 0 R 6 0 R 6 0 R 2 0 R] /Count 1>>")
	objs[2] = "<</Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 4 0 R>>>> /Contents 5 0 R>>"
	return buildPDF(tb, "", objs...)
}

// actionLoopPDF opens with an action whose /Next chain lists itself many
// times over: followed naively, 64^8 visits.
func actionLoopPDF(tb testing.TB) []byte {
	next := strings.Repeat("6 0 R ", 64)
	objs := append(loopObjects(), "<</S /GoTo /D [3 0 R /Fit] /Next ["+next+"]>>", "<</Title (no /JavaScript here)>>")
	objs[0] = "<</Type /Catalog /Pages 2 0 R /OpenAction 6 0 R>>"
	return buildPDF(tb, "/Info 7 0 R", objs...)
}

// loopFiles are the hostile files, each with what reading it must give:
// the page's text, or unreadable.
var loopFiles = []struct {
	name       string
	build      func(testing.TB) []byte
	unreadable bool
	xrefLevel  bool // structureLoop must see it
}{
	{"prev-self", func(testing.TB) []byte { return selfPrevPDF() }, false, true},
	{"prev-mutual", func(testing.TB) []byte { return mutualPrevPDF() }, false, true},
	{"objstm-in-itself", func(testing.TB) []byte { return objStmLoopPDF("", true) }, false, true},
	// Object streams with parameters the repair does not unpack: no way
	// to the catalog is left.
	{"objstm-in-itself-parms", func(testing.TB) []byte { return objStmLoopPDF("/DecodeParms <<>> ", true) }, true, true},
	{"objstm-extends-itself", func(testing.TB) []byte { return objStmLoopPDF("/DecodeParms <<>> /Extends 6 0 R ", false) }, true, true},
	{"page-tree-cycle", pageCyclePDF, false, false},
	{"action-chain-cycle", actionLoopPDF, false, false},
}

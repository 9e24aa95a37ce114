package pdftext

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// pdfcpu would otherwise create and read a configuration directory in the
// user's home on first use. (Its api package, which has a function for
// this, is not imported: it pulls in a dependency whose initialisation
// costs every process tens of milliseconds.)
var disableConfig sync.Once

// errWrongPassword marks a rebuild refused because the file needs a password.
var errWrongPassword = errors.New("needs a password")

// maxRebuildBytes bounds the files handed to pdfcpu, which holds the whole
// object graph in memory.
const maxRebuildBytes = 24 << 20

// rebuild has pdfcpu read data — reconstructing a broken cross-reference
// table, decrypting with the empty user password — and write a clean,
// unencrypted copy with classic xref, whose content streams use only
// filters the object layer reads. pdfcpu runs in its own goroutine so that
// the deadline holds even if it does not return; it is then abandoned.
func rebuild(ctx context.Context, data []byte) ([]byte, error) {
	if len(data) > maxRebuildBytes {
		return nil, fmt.Errorf("too large to rebuild (%d bytes)", len(data))
	}
	disableConfig.Do(func() { model.ConfigPath = "disable" })
	type result struct {
		out []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			if p := recover(); p != nil {
				r = result{nil, fmt.Errorf("rebuild failed: %v", p)}
			}
			done <- r
		}()
		encrypted := bytes.Contains(data, []byte("/Encrypt"))
		r.out, r.err = rewrite(ctx, data, encrypted)
		if errors.Is(r.err, errWrongPassword) {
			if opened := ownerOpens(data); opened != nil {
				r.out, r.err = rewrite(ctx, opened, true)
			}
		}
		if errors.Is(r.err, pdfcpu.ErrNotEncrypted) {
			r.out, r.err = rewrite(ctx, data, false)
		}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("%w: rebuild over the time budget", ErrBudget)
	}
}

func rewrite(ctx context.Context, data []byte, decrypt bool) ([]byte, error) {
	conf := model.NewDefaultConfiguration()
	conf.Cmd = model.OPTIMIZE
	if decrypt {
		conf.Cmd = model.DECRYPT
	}
	conf.WriteObjectStream = false
	conf.WriteXRefStream = false
	conf.Optimize = false
	conf.OptimizeBeforeWriting = false
	conf.OptimizeResourceDicts = false
	conf.ValidateLinks = false
	conf.Offline = true
	pctx, err := pdfcpu.ReadWithContext(ctx, bytes.NewReader(data), conf)
	if err != nil {
		if errors.Is(err, pdfcpu.ErrWrongPassword) {
			return nil, errWrongPassword
		}
		return nil, err
	}
	plainStreams(pctx.XRefTable)
	// pdfcpu stamps the information dictionary (Producer, dates; a new one
	// when there was none); keep the original to put back.
	info := "<<>>"
	if pctx.Info != nil {
		if d, err := pctx.DereferenceDict(*pctx.Info); err == nil && d != nil {
			info = d.Clone().(types.Dict).PDFString()
		}
	}
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	pctx.Write.Writer = bw
	if err := pdfcpu.WriteContext(pctx); err != nil {
		return nil, err
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	return fixEscapes(restoreInfo(buf.Bytes(), info)), nil
}

// restoreInfo appends an update to a file written with a classic xref
// table that points the trailer's /Info at a new object holding info.
func restoreInfo(out []byte, info string) []byte {
	prev, ok := lastStartxref(out)
	root := trailerRef(out, "/Root")
	t := bytes.LastIndex(out, []byte("trailer"))
	if !ok || root == "" || t < 0 {
		return out
	}
	size := dictInt(out[t:], "/Size")
	if size <= 0 {
		return out
	}
	out = append(out, '\n')
	objAt := len(out)
	out = fmt.Appendf(out, "%d 0 obj\n%s\nendobj\n", size, info)
	xrefAt := len(out)
	out = fmt.Appendf(out, "xref\n%d 1\n%010d 00000 n \ntrailer\n<</Size %d /Root %s /Info %d 0 R /Prev %d>>\nstartxref\n%d\n%%%%EOF\n",
		size, objAt, size+1, root, size, prev, xrefAt)
	return out
}

// Filters the object layer decodes itself, and the image filters whose
// data it never needs.
var knownFilters = map[string]bool{
	"FlateDecode": true, "ASCII85Decode": true,
	"DCTDecode": true, "JPXDecode": true, "CCITTFaxDecode": true, "JBIG2Decode": true,
}

// plainStreams decodes, and stores with Flate, every non-image stream whose
// filters the object layer lacks (LZW, RunLength, ASCIIHex, predictors
// other than PNG Up).
func plainStreams(xt *model.XRefTable) {
	for _, e := range xt.Table {
		if e == nil || e.Free {
			continue
		}
		sd, ok := e.Object.(types.StreamDict)
		if !ok || len(sd.FilterPipeline) == 0 {
			continue
		}
		if st, _ := sd.Dict["Subtype"].(types.Name); st == "Image" {
			continue
		}
		if !needsPlain(sd.FilterPipeline) {
			continue
		}
		if err := sd.DecodeWithLimit(maxContent); err != nil {
			continue
		}
		sd.FilterPipeline = []types.PDFFilter{{Name: "FlateDecode"}}
		sd.Dict["Filter"] = types.Name("FlateDecode")
		delete(sd.Dict, "DecodeParms")
		if err := sd.Encode(); err != nil {
			continue
		}
		e.Object = sd
	}
}

func needsPlain(fp []types.PDFFilter) bool {
	for _, f := range fp {
		if !knownFilters[f.Name] {
			return true
		}
		if f.Name == "FlateDecode" && f.DecodeParms != nil {
			if p, ok := f.DecodeParms["Predictor"].(types.Integer); ok && p != 12 {
				return true
			}
		}
	}
	return false
}

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
)

// BenchmarkProcess400 runs 'intake process' over 400 small submissions
// (links to published arrangements, each its own, so none is a duplicate)
// with one worker and with the default, one per CPU. Each op is one whole
// batch into a fresh data folder.
func BenchmarkProcess400(b *testing.B) {
	dir := b.TempDir()
	files := make([]string, benchFiles)
	for i := range files {
		files[i] = filepath.Join(dir, fmt.Sprintf("link-%03d.url", i))
		body := fmt.Sprintf("[InternetShortcut]\r\nURL=https://www.leedsscp.org.uk/arrangements?copy=%d\r\n", i)
		if err := os.WriteFile(files[i], []byte(body), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, jobs := range []int{1, runtime.NumCPU()} {
		b.Run("j="+strconv.Itoa(jobs), func(b *testing.B) {
			for b.Loop() {
				args := append([]string{"process", "-j", strconv.Itoa(jobs), "--data", b.TempDir(),
					"--received", "2025-03-21", "--partnership", "Leeds"}, files...)
				if code := run(context.Background(), args, io.Discard, io.Discard, func(string) string { return "" }); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/benchFiles, "ms/file")
		})
	}
}

// benchFiles is the batch size issue 12 measured.
const benchFiles = 400

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
)

// BenchmarkExtractOnePage runs the built 'intake extract' and pdftotext
// as processes on a one-page PDF, each op one run of both, and reports
// each one's CPU time (user and system, from the child's rusage) and
// their ratio: what a one-file run costs, start-up included.
func BenchmarkExtractOnePage(b *testing.B) {
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Fatal("pdftotext is not installed: apt-get install poppler-utils")
	}
	bin := filepath.Join(b.TempDir(), "intake")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	pdf := filepath.Join(testenv.Root(b), "testdata", "submissions", "arrangements-cornwall-2019-late.pdf")
	cpu := func(name string, args ...string) time.Duration {
		cmd := exec.Command(name, args...)
		cmd.Stdout, cmd.Stderr = nil, os.Stderr
		if err := cmd.Run(); err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	var ours, theirs time.Duration
	for b.Loop() {
		ours += cpu(bin, "extract", pdf)
		theirs += cpu(pdftotext, pdf, "-")
	}
	n := float64(b.N)
	b.ReportMetric(float64(ours.Microseconds())/1000/n, "intake-cpu-ms")
	b.ReportMetric(float64(theirs.Microseconds())/1000/n, "pdftotext-cpu-ms")
	b.ReportMetric(float64(ours)/float64(theirs), "ratio")
}

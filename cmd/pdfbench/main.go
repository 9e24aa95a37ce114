// Command pdfbench compares pdftext with poppler's pdftotext on the shared
// corpus: files read, panics, hangs and crashes, word agreement, CPU and
// wall time (same files, same run, alternating, median of several passes)
// and peak memory per file.
//
// Usage:
//
//	go run ./internal/pdftext/cmd/pdfbench [-passes 5] [-corpus DIR] [-v]
//
// Each file is first extracted in a child process of its own (pdfbench
// -child FILE), which isolates crashes and hangs and gives an honest peak
// RSS from the child's rusage. Timing passes then run, per file and in
// alternating order, pdftotext as one process per file (its rusage CPU
// time) and Extract in this process (this process's rusage CPU delta).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"sort"
	"syscall"
	"time"

	"github.com/safeguarding-intake/intake/internal/pdftext"
	"github.com/safeguarding-intake/intake/internal/testkit/pdfbench"
)

// childReport is what a child process prints about one file.
type childReport struct {
	OK     bool   `json:"ok"`
	Err    string `json:"err,omitempty"`
	Panic  string `json:"panic,omitempty"`
	Pages  int    `json:"pages"`
	Text   string `json:"text"`
	WallNS int64  `json:"wall_ns"`
}

func main() {
	child := flag.String("child", "", "extract one file and print a JSON report (used by the harness itself)")
	corpusDir := flag.String("corpus", "", "corpus directory holding pdf/ and bad/ (default ../shared/corpus from the module root)")
	passes := flag.Int("passes", 5, "timing passes; figures are the median")
	timeout := flag.Duration("timeout", 20*time.Second, "Extract timeout per file")
	hang := flag.Duration("hang", 60*time.Second, "a child running longer than this is counted as hung")
	verbose := flag.Bool("v", false, "print one line per file")
	flag.Parse()

	if *child != "" {
		runChild(*child, *timeout)
		return
	}
	if *corpusDir == "" {
		c, ok := pdfbench.Corpus()
		if !ok {
			fmt.Fprintln(os.Stderr, "pdfbench: cannot find ../shared/corpus; pass -corpus")
			os.Exit(2)
		}
		*corpusDir = c
	}
	if err := run(*corpusDir, *passes, *timeout, *hang, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "pdfbench:", err)
		os.Exit(1)
	}
}

func runChild(path string, timeout time.Duration) {
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var rep childReport
	start := time.Now()
	func() {
		defer func() {
			if r := recover(); r != nil {
				rep.Panic = fmt.Sprint(r)
			}
		}()
		res, err := pdftext.Extract(context.Background(), data, pdftext.Options{Timeout: timeout})
		rep.OK = err == nil
		if err != nil {
			rep.Err = err.Error()
		}
		rep.Pages, rep.Text = res.Pages, res.Text
	}()
	rep.WallNS = time.Since(start).Nanoseconds()
	json.NewEncoder(os.Stdout).Encode(rep)
}

type fileResult struct {
	src      pdfbench.Source
	rep      childReport
	crashed  bool
	hung     bool
	maxRSSKB int64
	childCPU time.Duration
	ref      string
	refOK    bool
	f1       float64
	ourCPU   []time.Duration
	ourWall  []time.Duration
	popCPU   []time.Duration
	popWall  []time.Duration
}

func run(corpus string, passes int, timeout, hang time.Duration, verbose bool) error {
	srcs, err := pdfbench.ReadSources(filepath.Join(corpus, "pdf", "SOURCES.tsv"))
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	results := make([]*fileResult, 0, len(srcs))
	for _, s := range srcs {
		fr := &fileResult{src: s}
		results = append(results, fr)
		path := s.Path(corpus)
		// Reference text.
		out, err := exec.Command("pdftotext", "-q", path, "-").Output()
		fr.ref, fr.refOK = string(out), err == nil
		// Isolated extraction.
		ctx, cancel := context.WithTimeout(context.Background(), hang)
		cmd := exec.CommandContext(ctx, self, "-child", path, "-timeout", timeout.String())
		var stdout bytes.Buffer
		cmd.Stdout = &stdout
		err = cmd.Run()
		timedOut := ctx.Err() != nil
		cancel()
		if cmd.ProcessState != nil {
			if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
				fr.maxRSSKB = ru.Maxrss
			}
			fr.childCPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		}
		switch {
		case timedOut:
			fr.hung = true
		case err != nil:
			fr.crashed = true
		default:
			if jerr := json.Unmarshal(stdout.Bytes(), &fr.rep); jerr != nil {
				fr.crashed = true
			}
		}
		fr.f1 = pdfbench.WordF1(fr.rep.Text, fr.ref)
	}

	// Timing passes: same files, alternating which tool goes first.
	debug.SetGCPercent(100)
	for p := 0; p < passes; p++ {
		for i, fr := range results {
			data, err := os.ReadFile(fr.src.Path(corpus))
			if err != nil {
				return err
			}
			first := (p+i)%2 == 0
			if first {
				fr.timePoppler(corpus)
			}
			fr.timeOurs(data, timeout)
			if !first {
				fr.timePoppler(corpus)
			}
		}
	}
	report(results, passes, verbose)
	return nil
}

func (fr *fileResult) timePoppler(corpus string) {
	start := time.Now()
	cmd := exec.Command("pdftotext", "-q", fr.src.Path(corpus), os.DevNull)
	cmd.Run()
	fr.popWall = append(fr.popWall, time.Since(start))
	if cmd.ProcessState != nil {
		fr.popCPU = append(fr.popCPU, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
	}
}

func (fr *fileResult) timeOurs(data []byte, timeout time.Duration) {
	before := cpuSelf()
	start := time.Now()
	func() {
		defer func() { recover() }()
		pdftext.Extract(context.Background(), data, pdftext.Options{Timeout: timeout})
	}()
	fr.ourWall = append(fr.ourWall, time.Since(start))
	fr.ourCPU = append(fr.ourCPU, cpuSelf()-before)
}

func cpuSelf() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func median(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), d...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func medianF(f []float64) float64 {
	if len(f) == 0 {
		return 0
	}
	s := append([]float64(nil), f...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// passTotals returns, for each pass, the sum over files of one series.
func passTotals(results []*fileResult, passes int, get func(*fileResult) []time.Duration) []time.Duration {
	tot := make([]time.Duration, passes)
	for _, fr := range results {
		for p, d := range get(fr) {
			if p < passes {
				tot[p] += d
			}
		}
	}
	return tot
}

func report(results []*fileResult, passes int, verbose bool) {
	var (
		wild, wildRead, popRead, popReadByUs, panics, hangs, crashes int
		f1s                                                          []float64
		low                                                          []string
		maxRSS                                                       int64
		maxRSSFile                                                   string
		slowest, slowestCPU                                          time.Duration
		slowestFile, slowestCPUFile                                  string
		childCPU                                                     time.Duration
	)
	for _, fr := range results {
		s := fr.src
		if fr.rep.Panic != "" {
			panics++
		}
		if fr.hung {
			hangs++
		}
		if fr.crashed {
			crashes++
		}
		if !s.Derived() {
			wild++
			if fr.rep.OK {
				wildRead++
			}
			if s.PopplerOK {
				popRead++
				if fr.rep.OK {
					popReadByUs++
				}
			}
		}
		childCPU += fr.childCPU
		if fr.maxRSSKB > maxRSS {
			maxRSS, maxRSSFile = fr.maxRSSKB, s.File
		}
		if w := median(fr.ourWall); w > slowest {
			slowest, slowestFile = w, s.File
		}
		if c := median(fr.ourCPU); c > slowestCPU {
			slowestCPU, slowestCPUFile = c, s.File
		}
		refWords := pdfbench.Count(pdfbench.Words(fr.ref))
		if !s.Derived() && fr.refOK && refWords >= 50 {
			f1s = append(f1s, fr.f1)
			if fr.f1 < 0.8 {
				low = append(low, fmt.Sprintf("%s %.3f", s.File, fr.f1))
			}
		}
		if verbose {
			status := "ok"
			switch {
			case fr.hung:
				status = "HUNG"
			case fr.crashed:
				status = "CRASH"
			case fr.rep.Panic != "":
				status = "PANIC"
			case !fr.rep.OK:
				status = "err: " + fr.rep.Err
			}
			fmt.Printf("%-70s poppler=%-5v f1=%.3f words=%d/%d cpu=%v/%v rss=%dMB %s\n",
				s.File, fr.refOK, fr.f1, pdfbench.Count(pdfbench.Words(fr.rep.Text)), refWords,
				median(fr.ourCPU).Round(time.Microsecond), median(fr.popCPU).Round(time.Microsecond),
				fr.maxRSSKB/1024, status)
		}
	}
	ourCPU := median(passTotals(results, passes, func(f *fileResult) []time.Duration { return f.ourCPU }))
	ourWall := median(passTotals(results, passes, func(f *fileResult) []time.Duration { return f.ourWall }))
	popCPU := median(passTotals(results, passes, func(f *fileResult) []time.Duration { return f.popCPU }))
	popWall := median(passTotals(results, passes, func(f *fileResult) []time.Duration { return f.popWall }))
	minF1 := 1.0
	for _, f := range f1s {
		minF1 = min(minF1, f)
	}
	sort.Strings(low)
	fmt.Printf("files read (corpus pdf/): %d of %d; of the %d pdftotext reads: %d\n", wildRead, wild, popRead, popReadByUs)
	fmt.Printf("panics escaping / hangs / crashes: %d/%d/%d (all %d files incl. bad/)\n", panics, hangs, crashes, len(results))
	fmt.Printf("word F1 vs pdftotext (%d files with >= 50 words): median %.3f, min %.3f, below 0.8: %d\n", len(f1s), medianF(f1s), minF1, len(low))
	for _, l := range low {
		fmt.Printf("  below 0.8: %s\n", l)
	}
	fmt.Printf("CPU time, median of %d passes: pdftext in-process %v, pdftotext process per file %v, ratio %.2f\n",
		passes, ourCPU.Round(time.Millisecond), popCPU.Round(time.Millisecond), ratio(ourCPU, popCPU))
	fmt.Printf("wall time, median of %d passes: pdftext %v, pdftotext %v, ratio %.2f\n",
		passes, ourWall.Round(time.Millisecond), popWall.Round(time.Millisecond), ratio(ourWall, popWall))
	fmt.Printf("CPU time, pdftext one child process per file (incl. process start): %v, ratio %.2f\n",
		childCPU.Round(time.Millisecond), ratio(childCPU, popCPU))
	fmt.Printf("slowest file, median wall: %v %s; median CPU: %v %s\n",
		slowest.Round(time.Millisecond), slowestFile, slowestCPU.Round(time.Millisecond), slowestCPUFile)
	fmt.Printf("peak RSS (child process per file): %d MB %s\n", maxRSS/1024, maxRSSFile)
}

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

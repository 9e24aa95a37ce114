package obligations

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/registry"
)

// Limits on an imported file: the notification system exports a few
// thousand SINs a year, so anything far larger is a mistake.
const (
	MaxFileBytes = 8 << 20
	MaxRows      = 100_000
	maxField     = 200
	maxProblems  = 100 // problems reported; the count says how many more
)

// Problem is one bad row of an imported file.
type Problem struct {
	Line   int    // 1-based line of the file; 0 for the file as a whole
	Reason string // plain words
}

func (p Problem) String() string {
	if p.Line == 0 {
		return p.Reason
	}
	return fmt.Sprintf("line %d: %s", p.Line, p.Reason)
}

// ImportError refuses a whole file, listing every bad row.
type ImportError struct {
	File     string
	Problems []Problem
	More     int // bad rows beyond those listed
}

func (e *ImportError) Error() string {
	var b strings.Builder
	n := len(e.Problems) + e.More
	fmt.Fprintf(&b, "%s: nothing imported, %d %s", e.File, n, plural(n, "problem", "problems"))
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	if e.More > 0 {
		fmt.Fprintf(&b, "\n  … and %d more", e.More)
	}
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// problems collects a file's problems.
type problems struct {
	file string
	list []Problem
	more int
}

func (ps *problems) add(line int, format string, args ...any) {
	if len(ps.list) >= maxProblems {
		ps.more++
		return
	}
	ps.list = append(ps.list, Problem{Line: line, Reason: fmt.Sprintf(format, args...)})
}

func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	return &ImportError{File: ps.file, Problems: ps.list, More: ps.more}
}

// table reads a CSV file with a header row naming at least the columns
// want (in any order, case and spaces aside) and calls row for each data
// row with its line number and the wanted columns' values, in want's
// order. Rows of the wrong width, and the file's own faults, become
// problems.
func table(name string, data []byte, want []string, ps *problems, row func(line int, vals []string)) {
	if len(data) > MaxFileBytes {
		ps.add(0, "the file is %d bytes, more than the %d an import takes", len(data), MaxFileBytes)
		return
	}
	if !utf8.Valid(data) {
		ps.add(0, "the file is not UTF-8 text (save it as CSV UTF-8)")
		return
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	header, err := r.Read()
	if err == io.EOF {
		ps.add(0, "the file is empty: it needs a header row %q", strings.Join(want, ","))
		return
	}
	if err != nil {
		ps.add(lineOf(err, 1), "%s", csvReason(err))
		return
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	idx := make([]int, len(want))
	for i, w := range want {
		j, ok := col[w]
		if !ok {
			ps.add(1, "the header row has no %q column (it needs %s)", w, strings.Join(want, ","))
		}
		idx[i] = j
	}
	if len(ps.list) > 0 {
		return
	}
	vals := make([]string, len(want))
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && !errors.Is(pe.Err, csv.ErrFieldCount) {
				ps.add(lineOf(err, 0), "%s", csvReason(err))
				if errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote) {
					return // the rest of the file cannot be read reliably
				}
				continue
			}
			ps.add(lineOf(err, 0), "%s", csvReason(err))
			return
		}
		line, _ := r.FieldPos(0)
		if rows++; rows > MaxRows {
			ps.add(line, "more than %d rows: split the file", MaxRows)
			return
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		if len(rec) != len(header) {
			ps.add(line, "%d values where the header has %d columns", len(rec), len(header))
			continue
		}
		for i, j := range idx {
			vals[i] = strings.TrimSpace(rec[j])
			if len(vals[i]) > maxField {
				ps.add(line, "the %s is longer than %d characters", want[i], maxField)
				vals[i] = vals[i][:0]
			}
		}
		row(line, vals)
	}
	if rows == 0 {
		ps.add(0, "the file has a header row but no rows")
	}
}

func lineOf(err error, fallback int) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Line
	}
	return fallback
}

func csvReason(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(pe.Err, csv.ErrQuote), errors.Is(pe.Err, csv.ErrBareQuote):
			return "a quotation mark out of place: the rest of the file cannot be read"
		}
		return pe.Err.Error()
	}
	return err.Error()
}

// parseDate reads YYYY-MM-DD, or an RFC 3339 time as its Europe/London
// date.
func parseDate(s string) (time.Time, bool) {
	if d, err := intake.ParseISODate(s); err == nil {
		return d, true
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return intake.Day(t), true
	}
	return time.Time{}, false
}

// resolve finds the partnership a local authority column names.
func resolve(reg *registry.Registry, la string) (string, bool) {
	if p, ok := reg.Resolve(la); ok {
		return p.ID, true
	}
	return "", false
}

// ParseSINs reads the notification system's export (DESIGN 4.8:
// reference,local_authority,sent,child with a header row). It returns
// every SIN, or an *ImportError listing every bad row: nothing of a file
// with a bad row is to be imported.
func ParseSINs(name string, data []byte, reg *registry.Registry) ([]SIN, error) {
	ps := &problems{file: name}
	var out []SIN
	lines := map[string]int{} // folded reference → line
	table(name, data, []string{"reference", "local_authority", "sent", "child"}, ps, func(line int, v []string) {
		ref, la, sent, child := v[0], v[1], v[2], v[3]
		ok := true
		if ref == "" {
			ps.add(line, "no reference")
			ok = false
		} else if first, dup := lines[fold(ref)]; dup {
			ps.add(line, "reference %q is also on line %d", ref, first)
			ok = false
		} else {
			lines[fold(ref)] = line
		}
		pid, found := resolve(reg, la)
		switch {
		case la == "":
			ps.add(line, "no local authority")
			ok = false
		case !found:
			ps.add(line, "unknown local authority %q (give its name, ONS code or DfE number)", la)
			ok = false
		}
		d, good := parseDate(sent)
		if !good {
			ps.add(line, "the sent date %q is not a date (YYYY-MM-DD)", sent)
			ok = false
		}
		if ok {
			out = append(out, SIN{Reference: ref, Partnership: pid, Sent: d, Child: child})
		}
	})
	if err := ps.err(); err != nil {
		return nil, err
	}
	return out, nil
}

// ParseBaseline reads local_authority,last_yearly_report_published rows,
// with ParseSINs' rules: one row per partnership, every bad row reported.
func ParseBaseline(name string, data []byte, reg *registry.Registry) ([]Baseline, error) {
	ps := &problems{file: name}
	var out []Baseline
	lines := map[string]int{} // partnership → line
	table(name, data, []string{"local_authority", "last_yearly_report_published"}, ps, func(line int, v []string) {
		la, published := v[0], v[1]
		ok := true
		pid, found := resolve(reg, la)
		switch {
		case la == "":
			ps.add(line, "no local authority")
			ok = false
		case !found:
			ps.add(line, "unknown local authority %q (give its name, ONS code or DfE number)", la)
			ok = false
		default:
			if first, dup := lines[pid]; dup {
				ps.add(line, "%q is the same partnership as line %d", la, first)
				ok = false
			} else {
				lines[pid] = line
			}
		}
		d, good := parseDate(published)
		if !good {
			ps.add(line, "the date %q is not a date (YYYY-MM-DD)", published)
			ok = false
		}
		if ok {
			out = append(out, Baseline{Partnership: pid, LastPublished: d})
		}
	})
	if err := ps.err(); err != nil {
		return nil, err
	}
	return out, nil
}

// Partnerships lists the registry's partnerships as outcomes name them.
func Partnerships(reg *registry.Registry) []intake.Partnership {
	all := reg.All()
	out := make([]intake.Partnership, len(all))
	for i, p := range all {
		out[i] = p.Ref()
	}
	return out
}

// ImportSINs checks a SIN file whole and, when every row is good, records
// its SINs: the same in every channel (CLI, staff view, the intake
// function). It returns how many were imported, or an *ImportError.
func ImportSINs(ctx context.Context, st Store, name string, data []byte, reg *registry.Registry) (int, error) {
	return importAll(ctx, name, data, reg, ParseSINs, st.PutSINs)
}

// ImportBaseline is ImportSINs for a baseline file.
func ImportBaseline(ctx context.Context, st Store, name string, data []byte, reg *registry.Registry) (int, error) {
	return importAll(ctx, name, data, reg, ParseBaseline, st.PutBaseline)
}

func importAll[T any](ctx context.Context, name string, data []byte, reg *registry.Registry,
	parse func(string, []byte, *registry.Registry) ([]T, error), put func(context.Context, []T) error) (int, error) {
	rows, err := parse(name, data, reg)
	if err != nil {
		return 0, err
	}
	return len(rows), put(ctx, rows)
}

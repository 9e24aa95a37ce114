package obligations

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/registry"
)

func TestParseSINs(t *testing.T) {
	reg := registry.Default()
	good := "\ufeffReference,Local_Authority,Sent,Child\r\n" +
		"SIN-2025-0412,Coventry,2025-03-03,Child Q\r\n" +
		"2025/0388,E10000016,2025-03-10T09:30:00Z,\r\n" +
		"\r\n" +
		"SIN-2025-0409,383,2025-03-04,Child J\r\n"
	sins, err := ParseSINs("sins.csv", []byte(good), reg)
	if err != nil {
		t.Fatalf("ParseSINs(good) = %v", err)
	}
	want := []SIN{
		{Reference: "SIN-2025-0412", Partnership: "E08000026", Sent: day(t, "2025-03-03"), Child: "Child Q"},
		{Reference: "2025/0388", Partnership: "E10000016", Sent: day(t, "2025-03-10")},
		{Reference: "SIN-2025-0409", Partnership: "E08000035", Sent: day(t, "2025-03-04"), Child: "Child J"},
	}
	if d := cmp.Diff(want, sins); d != "" {
		t.Errorf("ParseSINs(good) (-want +got):\n%s", d)
	}

	bad := "reference,local_authority,sent,child\n" +
		"SIN-1,Coventry,2025-03-03,Child Q\n" +
		"SIN-2,Borsetshire,2025-03-03,\n" +
		",Coventry,2025-03-03,\n" +
		"SIN-3,Coventry,3 March 2025,\n" +
		"sin-1,Leeds,2025-03-04,\n" +
		"SIN-4,Coventry\n" +
		"SIN-5,Coventry,2025-02-30,\n"
	_, err = ParseSINs("bad.csv", []byte(bad), reg)
	var ie *ImportError
	if !errors.As(err, &ie) {
		t.Fatalf("ParseSINs(bad) = %v, want an *ImportError", err)
	}
	got := []string{}
	for _, p := range ie.Problems {
		got = append(got, p.String())
	}
	wantProblems := []string{
		`line 3: unknown local authority "Borsetshire" (give its name, ONS code or DfE number)`,
		`line 4: no reference`,
		`line 5: the sent date "3 March 2025" is not a date (YYYY-MM-DD)`,
		`line 6: reference "sin-1" is also on line 2`,
		`line 7: 2 values where the header has 4 columns`,
		`line 8: the sent date "2025-02-30" is not a date (YYYY-MM-DD)`,
	}
	if d := cmp.Diff(wantProblems, got); d != "" {
		t.Errorf("ParseSINs(bad) problems (-want +got):\n%s", d)
	}
	if !strings.Contains(err.Error(), "nothing imported, 6 problems") {
		t.Errorf("ParseSINs(bad) error = %q, want it to say nothing was imported", err)
	}
}

func TestParseFileProblems(t *testing.T) {
	reg := registry.Default()
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "the file is empty"},
		{"header only", "reference,local_authority,sent,child\n", "no rows"},
		{"missing column", "reference,local_authority,child\nA,Coventry,\n", `line 1: the header row has no "sent" column`},
		{"not UTF-8", "reference,local_authority,sent,child\nA,Cov\xffentry,2025-01-01,\n", "not UTF-8"},
		{"stray quote", "reference,local_authority,sent,child\nA,\"Cov,2025-01-01,\nB,Leeds,2025-01-01,\n", "quotation mark"},
		{"too long", "reference,local_authority,sent,child\n" + strings.Repeat("x", 300) + ",Coventry,2025-01-01,\n", "longer than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSINs("f.csv", []byte(tt.data), reg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseSINs(%q) = %v, want an error saying %q", tt.data, err, tt.want)
			}
		})
	}
}

func TestParseBaseline(t *testing.T) {
	reg := registry.Default()
	rows, err := ParseBaseline("b.csv", []byte("local_authority,last_yearly_report_published\nCoventry,2024-09-30\nLeeds,2024-10-01\n"), reg)
	if err != nil {
		t.Fatal(err)
	}
	want := []Baseline{{"E08000026", day(t, "2024-09-30")}, {"E08000035", day(t, "2024-10-01")}}
	if d := cmp.Diff(want, rows); d != "" {
		t.Errorf("ParseBaseline (-want +got):\n%s", d)
	}
	_, err = ParseBaseline("b.csv", []byte("local_authority,last_yearly_report_published\nCoventry,2024-09-30\nE08000026,2024-10-01\nNowhere,2024-10-01\nLeeds,soon\n"), reg)
	for _, want := range []string{`line 3: "E08000026" is the same partnership as line 2`, `line 4: unknown local authority "Nowhere"`, `line 5: the date "soon" is not a date`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseBaseline(bad) = %v, want it to say %q", err, want)
		}
	}
}

func FuzzParseSINs(f *testing.F) {
	f.Add([]byte("reference,local_authority,sent,child\nSIN-1,Coventry,2025-03-03,Child Q\n"))
	f.Add([]byte("reference,local_authority,sent,child\n\"a\"\"b\",Leeds,2025-03-03,\n"))
	reg := registry.Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		sins, err := ParseSINs("f.csv", data, reg)
		if err == nil && len(sins) == 0 {
			t.Errorf("ParseSINs accepted a file with no SINs")
		}
		var ie *ImportError
		if err != nil && !errors.As(err, &ie) {
			t.Errorf("ParseSINs error %v is not an *ImportError", err)
		}
	})
}

package fields

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when no date should be found
	}{
		{"3 March 2025", "2025-03-03"},
		{"3rd March 2025", "2025-03-03"},
		{"21st of June 2024", "2024-06-21"},
		{"22nd Feb 2024", "2024-02-22"},
		{"1 Sept. 2023", "2023-09-01"},
		{"March 3, 2025", "2025-03-03"},
		{"December 1st 2024", "2024-12-01"},
		{"03/02/2025", "2025-02-03"},
		{"3/2/2025", "2025-02-03"},
		{"3.2.25", "2025-02-03"},
		{"31-12-2024", "2024-12-31"},
		{"2025-03-03", "2025-03-03"},
		{"2025-03-03T10:15:00Z", "2025-03-03"},
		{"Monday 3 March 2025", "2025-03-03"},
		{"Monday, 3rd March 2025", "2025-03-03"},
		{"held on3March2025by", "2025-03-03"},
		{"SEPTEMBER 30 2024", "2024-09-30"},
		{"the meeting on 29 February 2024", "2024-02-29"},
		{"29 February 2023", ""},  // not a leap year
		{"31 April 2025", ""},     // no such day
		{"13/13/2025", ""},        // no such month
		{"123 March 2025", ""},    // part of a longer number
		{"section 4.1.12.3", ""},  // a section reference
		{"March 2025", ""},        // no day
		{"Tel 01632 960 123", ""}, // a telephone number
		{"2025", ""},              // a year alone
		{"3 Mayor 2025", ""},      // not a month
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := ParseDate(tt.in)
			gotS := ""
			if ok {
				gotS = got.Format(time.DateOnly)
				if got.Location() != time.UTC || got.Hour() != 0 {
					t.Errorf("ParseDate(%q) = %v, want midnight UTC", tt.in, got)
				}
			}
			if gotS != tt.want {
				t.Errorf("ParseDate(%q) = %q, want %q", tt.in, gotS, tt.want)
			}
		})
	}
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		name, in   string
		start, end string // both "" when no period should be found
	}{
		{"slash financial year", "Annual Report 2023/24", "2023-04-01", "2024-03-31"},
		{"hyphen financial year", "Yearly report 2023-24", "2023-04-01", "2024-03-31"},
		{"words", "Safeguarding partners' yearly report 2023 to 2024", "2023-04-01", "2024-03-31"},
		{"full years", "Annual Report 2022-2023", "2022-04-01", "2023-03-31"},
		{"academic year", "Report for the academic year 2023/24", "2023-09-01", "2024-08-31"},
		{"month range", "covering April 2023 – March 2024", "2023-04-01", "2024-03-31"},
		{"month range words", "Yearly report: September 2022 to August 2023", "2022-09-01", "2023-08-31"},
		{"month range one year", "activity from January to December 2023", "2023-01-01", "2023-12-31"},
		{"month range wraps year", "the year April to March 2024", "2023-04-01", "2024-03-31"},
		{"date range", "This report covers 1 July 2023 to 30 June 2024.", "2023-07-01", "2024-06-30"},
		{"numeric date range", "Reporting period: 01/04/2023 - 31/03/2024", "2023-04-01", "2024-03-31"},
		{"between", "between 1 September 2023 and 31 August 2024", "2023-09-01", "2024-08-31"},
		{"long period kept", "This report covers the period 1 April 2022 to 30 September 2023.", "2022-04-01", "2023-09-30"},
		{
			"labelled wins over title",
			"Annual Report 2023/24\nIn our previous report 2021/22 we said...\nReporting period: 1 July 2023 to 30 June 2024",
			"2023-07-01", "2024-06-30",
		},
		{
			"title wins over body",
			"Yearly Report 2023-24\n" + "Between 1 January 2024 and 31 March 2024 we held three events.\n",
			"2023-04-01", "2024-03-31",
		},
		{"short range is not a period", "Between 1 January 2024 and 31 March 2024 we held three events.", "", ""},
		{"not consecutive years", "Strategy 2023-2026", "", ""},
		{"iso date is not a period", "Date: 2023-04-01", "", ""},
		{"nothing", "A report about safeguarding.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e, ok := Period(tt.in)
			var gotS, gotE string
			if ok {
				gotS, gotE = s.Format(time.DateOnly), e.Format(time.DateOnly)
			}
			if gotS != tt.start || gotE != tt.end {
				t.Errorf("Period(%q) = %s, %s, want %s, %s", tt.in, gotS, gotE, tt.start, tt.end)
			}
		})
	}
}

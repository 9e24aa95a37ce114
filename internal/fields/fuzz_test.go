package fields

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func FuzzRead(f *testing.F) {
	for _, name := range []string{"rapid_review.txt", "yearly_report.txt", "arrangements.txt", "practice_review.txt"} {
		f.Add(readSample(f, name))
	}
	f.Add("Date of notification\n\n3 March\n2025")
	f.Add("SIN reference | 2025-0123 |\nLCSPR criteria met?\tNo")
	f.Add("Annual Report 2023/24 April 2023 - March 2024 1 July 2023 to 30 June 2024")
	f.Add("https://eur01.safelinks.protection.outlook.com/?url=%zz")
	f.Add(strings.Repeat("Child Q Police Council ICB ", 50))
	f.Fuzz(func(t *testing.T, text string) {
		for _, k := range append(intake.Kinds(), intake.Unknown) {
			for key, v := range Read(k, text) {
				if v == "" {
					t.Errorf("Read(%s)[%s] is empty; absent fields must be left out", k, key)
				}
				if !utf8.ValidString(v) {
					t.Errorf("Read(%s)[%s] = %q, not valid UTF-8", k, key, v)
				}
				if strings.HasSuffix(key, "_date") || key == PeriodStart || key == PeriodEnd {
					if _, err := time.Parse(time.DateOnly, v); err != nil {
						t.Errorf("Read(%s)[%s] = %q, not an ISO date", k, key, v)
					}
				}
			}
		}
	})
}

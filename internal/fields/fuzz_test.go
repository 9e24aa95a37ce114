package fields

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/document"
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

// FuzzEventDates reads the clause reader's dates without the recovery
// Read has, so that a panic in it is found rather than costing fields.
func FuzzEventDates(f *testing.F) {
	f.Add("We met on Tuesday 18 February - the council, the police - and the Panel was told on 4/3; the incident happened on 2 March 2025.")
	f.Add("Version 2 - 26 March 2025\n\nVersion | Date\n1 | 3 March 2025\n")
	f.Add("on 31/2 published: live since 29 Feb")
	f.Fuzz(func(t *testing.T, text string) {
		for _, k := range intake.Kinds() {
			d := newDoc(text)
			d.kind = k
			d.blocks = document.FromText(text)
			for field := range kindEvents[k] {
				if v, _ := d.eventField(field, time.Time{}, time.Time{}, time.Time{}); v != "" {
					if _, err := time.Parse(time.DateOnly, v); err != nil {
						t.Errorf("%s = %q, not an ISO date", field, v)
					}
				}
			}
			d.versionDate()
			d.versionTableDate()
		}
	})
}

package notify

import (
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
)

var reminderDay = time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC)

var (
	coventryP = intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"}
	kentP     = intake.Partnership{ID: "E10000016", Name: "Kent Safeguarding Children Multi-Agency Partnership"}
)

func ob(p intake.Partnership, k obligations.Kind, ref, due string, st obligations.Status) obligations.Obligation {
	d, _ := intake.ParseISODate(due)
	return obligations.Obligation{Partnership: p, Kind: k, Ref: ref, Due: d, Status: st}
}

var reminderItems = []obligations.Obligation{
	ob(coventryP, obligations.Arrangements, "2023", "2024-12-31", obligations.Overdue),
	ob(coventryP, obligations.RapidReview, "SIN-2025-0412", "2025-03-24", obligations.Due),
}

var digestItems = []obligations.Obligation{
	ob(coventryP, obligations.Arrangements, "2023", "2024-12-31", obligations.Overdue),
	ob(kentP, obligations.RapidReview, "2025/0350", "2025-03-20", obligations.Overdue),
	ob(coventryP, obligations.RapidReview, "SIN-2025-0412", "2025-03-24", obligations.Due),
	ob(kentP, obligations.YearlyReport, "2025", "2025-09-30", obligations.Due),
	{Partnership: kentP, Kind: obligations.Arrangements, Ref: "2023", Due: reminderItems[0].Due, Status: obligations.Met, MetBy: "SA-2024-AAAAAA"},
}

func TestReminderContent(t *testing.T) {
	m, err := Reminder(coventryP, "bm@coventry.example", sender, reminderDay, reminderItems)
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "1 overdue and 1 due soon – Coventry Safeguarding Children Partnership" {
		t.Errorf("Subject = %q", m.Subject)
	}
	if len(m.To) != 1 || m.To[0] != "bm@coventry.example" {
		t.Errorf("To = %v", m.To)
	}
	p := parse(t, m.Raw)
	for _, want := range []string{
		"OVERDUE\n\n- Revised safeguarding arrangements (2023 round) – was due 31 December 2024 (57 working days ago)",
		"DUE WITHIN 5 WORKING DAYS\n\n- Rapid review of serious incident notification SIN-2025-0412 – due 24 March 2025",
	} {
		if !strings.Contains(strings.ReplaceAll(p.text, "\r\n", "\n"), want) {
			t.Errorf("reminder's text lacks %q:\n%s", want, p.text)
		}
	}
	if !strings.Contains(p.html, "<li style=\"margin-bottom:6px\">Rapid review of serious incident notification SIN-2025-0412 – due 24 March 2025</li>") {
		t.Errorf("reminder's HTML lacks the due item:\n%s", p.html)
	}
	if p.header.Get("X-Intake-Reference") != "reminder-E08000026-2025-03-21" {
		t.Errorf("X-Intake-Reference = %q", p.header.Get("X-Intake-Reference"))
	}
	if _, err := Reminder(coventryP, "not an address", sender, reminderDay, reminderItems); err == nil {
		t.Error("Reminder to a bad address = nil error")
	}
}

func TestDigestContent(t *testing.T) {
	m, err := Digest("staff@example.gov.uk", sender, reminderDay, digestItems)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Obligations on 21 March 2025: 2 overdue and 1 due soon"; m.Subject != want {
		t.Errorf("Subject = %q, want %q", m.Subject, want)
	}
	raw := parse(t, m.Raw).text
	for _, want := range []string{"2 overdue, 1 due within 5 working days, 1 due later, 1 met", "Kent Safeguarding Children Multi-Agency Partnership: Rapid review"} {
		if !strings.Contains(raw, want) {
			t.Errorf("digest lacks %q:\n%s", want, raw)
		}
	}
	if strings.Contains(raw, "SA-2024-AAAAAA") {
		t.Error("digest lists a met obligation")
	}
}

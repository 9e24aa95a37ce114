package stack

import (
	"fmt"
	"strings"
	"testing"
)

// TestTemplateReminders checks what DESIGN 4.8 asks of the template: the
// reminder function runs each working day at 07:00 London time with the
// staff digest's address, and the intake function may read the SIN
// exports it is notified of.
func TestTemplateReminders(t *testing.T) {
	tmpl := loadTemplate(t)
	fn := tmpl.resource(t, "RemindFunction").Properties
	ev := dig(fn, "Events", "EachWorkingDay")
	if got := dig(ev, "Type"); got != "ScheduleV2" {
		t.Errorf("RemindFunction schedule type = %v, want ScheduleV2", got)
	}
	for k, want := range map[string]string{"ScheduleExpression": "cron(0 7 ? * MON-FRI *)", "ScheduleExpressionTimezone": "Europe/London"} {
		if got := dig(ev, "Properties", k); got != want {
			t.Errorf("RemindFunction schedule %s = %v, want %s", k, got, want)
		}
	}
	env, _ := dig(fn, "Environment", "Variables").(map[string]any)
	for _, k := range []string{"LEDGER_TABLE", "SENDER_ADDRESS", "STAFF_DIGEST_ADDRESS", "LOG_LEVEL"} {
		if _, ok := env[k]; !ok {
			t.Errorf("RemindFunction environment lacks %s", k)
		}
	}
	policies := fmt.Sprint(dig(tmpl.resource(t, "IntakeFunction").Properties, "Policies"))
	for _, want := range []string{"/sins/*", "dynamodb:BatchWriteItem"} {
		if !strings.Contains(policies, want) {
			t.Errorf("IntakeFunction policies lack %s", want)
		}
	}
	if !strings.Contains(fmt.Sprint(dig(tmpl.resource(t, "PortalFunction").Properties, "Policies")), "dynamodb:BatchWriteItem") {
		t.Error("PortalFunction policies lack dynamodb:BatchWriteItem, which the staff view's imports write with")
	}
	remind := fmt.Sprint(dig(fn, "Policies"))
	if strings.Contains(remind, "dynamodb:Scan") {
		t.Error("RemindFunction may scan the ledger; it should only query")
	}
}

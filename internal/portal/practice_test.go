package portal

import (
	"net/http"
	"os"
	"strings"
	"testing"
)

// TestPracticeReviewThroughThePortal chooses the practice review kind,
// reads what the upload page says of it, uploads a sample report and
// (Wolverhampton's, so a partnership_mismatch warning) finds it sent to
// its three recipients, and in the staff view's filter.
func TestPracticeReviewThroughThePortal(t *testing.T) {
	st := newStack(t)
	c := st.signedIn(t, coventry)

	if page := c.get("/send"); !strings.Contains(page.body, `value="practice_review"`) || !strings.Contains(page.body, "the Secretary of State and Ofsted") {
		t.Errorf("the kind page offers no practice review with its recipients:\n%.2000s", page.body)
	}
	if r := c.post("/send", map[string][]string{"csrf": {c.csrf()}, "kind": {"practice_review"}}); r.status != http.StatusSeeOther || r.header.Get("Location") != "/send/file?kind=practice_review" {
		t.Errorf("choosing a practice review = %d to %q, want 303 to the file page", r.status, r.header.Get("Location"))
	}
	if page := c.get("/send/file?kind=practice_review"); !strings.Contains(page.body, "at least 7 working days before you publish it") {
		t.Errorf("the file page does not say when to send a practice review:\n%.2000s", page.body)
	}

	data, err := os.ReadFile(fixture(t, "practice-review-wolverhampton-final-report.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	r := c.upload("practice_review", "", "LCSPR Child L.pdf", data, c.csrf())
	if r.status != http.StatusSeeOther {
		t.Fatalf("upload = %d, want 303", r.status)
	}
	r = c.get(r.header.Get("Location"))
	id := strings.TrimPrefix(r.header.Get("Location"), "/submissions/")
	if !strings.HasPrefix(id, "PR-") {
		t.Fatalf("upload led to %q, want a PR- submission", r.header.Get("Location"))
	}
	page := c.get("/submissions/" + id)
	for _, want := range []string{"Document accepted", "Child Safeguarding Practice Review Panel", "Secretary of State", "Ofsted"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("submission page lacks %q", want)
		}
	}

	staff := st.signedIn(t, staffer)
	list := staff.get("/staff?kind=practice_review")
	if !strings.Contains(list.body, `<option value="practice_review" selected>`) || !strings.Contains(list.body, id) {
		t.Errorf("staff view filtered to practice reviews lacks the option or %s:\n%.3000s", id, list.body)
	}
	if other := staff.get("/staff?kind=rapid_review"); strings.Contains(other.body, id) {
		t.Errorf("staff view filtered to rapid reviews lists practice review %s", id)
	}
}

package portal

import (
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

var (
	staffRef = regexp.MustCompile(`href="/staff/submissions/([A-Z0-9-]+)"`)
	ownRef   = regexp.MustCompile(`href="/submissions/([A-Z0-9-]+)"`)
	nextLink = regexp.MustCompile(`href="([^"]+)" rel="next"`)
	prevLink = regexp.MustCompile(`href="([^"]+)" rel="prev"`)
)

// seed records n submissions straight into the ledger, alternating
// between Coventry and Leeds, one a minute, and returns their ids newest
// first.
func seed(t *testing.T, st *stack, n int) (all, cov []string) {
	t.Helper()
	base := time.Date(2025, 3, 21, 9, 0, 0, 0, time.UTC)
	for i := range n {
		p := intake.Partnership{ID: coventry.Partnership, Name: "Coventry Safeguarding Children Partnership"}
		if i%2 == 1 {
			p = intake.Partnership{ID: leeds.Partnership, Name: "Leeds Safeguarding Children Partnership"}
		}
		source := fmt.Sprintf("cli:seed-%d", i)
		rec := intake.Record{SourceKey: source, Outcome: intake.Outcome{
			ID: intake.NewID(intake.RapidReview, base, source, 0), File: fmt.Sprintf("seed-%d.pdf", i),
			Received: base.Add(time.Duration(i) * time.Minute), Kind: intake.RapidReview, Partnership: &p, Status: intake.Accepted,
		}}
		if _, _, err := st.ledger.Claim(t.Context(), rec); err != nil {
			t.Fatal(err)
		}
		all = append([]string{rec.ID}, all...)
		if i%2 == 0 {
			cov = append([]string{rec.ID}, cov...)
		}
	}
	return all, cov
}

// walk follows the list's next links from path and then its previous
// links back, returning the references of each page going forwards.
func walk(t *testing.T, c *client, path string, ref *regexp.Regexp) [][]string {
	t.Helper()
	var pages [][]string
	var paths []string
	for path != "" && len(pages) < 10 {
		r := c.get(path)
		if r.status != http.StatusOK {
			t.Fatalf("GET %s = %d", path, r.status)
		}
		var ids []string
		for _, m := range ref.FindAllStringSubmatch(r.body, -1) {
			ids = append(ids, m[1])
		}
		pages, paths = append(pages, ids), append(paths, path)
		path = ""
		if m := nextLink.FindStringSubmatch(r.body); m != nil {
			path = html.UnescapeString(m[1])
		}
		if (len(pages) == 1) != !prevLink.MatchString(r.body) {
			t.Errorf("GET %s: previous link shown = %v on page %d", paths[len(paths)-1], prevLink.MatchString(r.body), len(pages))
		}
	}
	return pages
}

func TestListPages(t *testing.T) {
	st := newStack(t)
	all, cov := seed(t, st, 2*intake.PageSize+5)
	staff := st.signedIn(t, staffer)

	pages := walk(t, staff, "/staff", staffRef)
	if len(pages) != 3 || len(pages[0]) != intake.PageSize || len(pages[2]) != 5 {
		t.Fatalf("staff list pages hold %d, want 50, 50, 5", lens(pages))
	}
	if got := strings.Join(flat(pages), " "); got != strings.Join(all, " ") {
		t.Errorf("staff list pages, in turn, differ from every submission newest first")
	}
	r := staff.get("/staff")
	if !strings.Contains(r.body, "50 submissions on this page") {
		t.Errorf("staff list's first page does not say how many it shows")
	}
	// Back from the second page to the first.
	next := html.UnescapeString(nextLink.FindStringSubmatch(r.body)[1])
	r = staff.get(next)
	back := html.UnescapeString(prevLink.FindStringSubmatch(r.body)[1])
	r = staff.get(back)
	var ids []string
	for _, m := range staffRef.FindAllStringSubmatch(r.body, -1) {
		ids = append(ids, m[1])
	}
	if strings.Join(ids, " ") != strings.Join(pages[0], " ") {
		t.Errorf("previous from page 2 is not page 1")
	}

	// A filter stays on across pages.
	filtered := walk(t, staff, "/staff?partnership="+coventry.Partnership, staffRef)
	if got := strings.Join(flat(filtered), " "); got != strings.Join(cov, " ") {
		t.Errorf("Coventry's staff list pages = %v, want %v", lens(filtered), len(cov))
	}

	// A partnership pages through its own, and a cursor of the staff's
	// list shows it nothing of Leeds.
	partner := st.signedIn(t, coventry)
	own := walk(t, partner, "/", ownRef)
	if got := strings.Join(flat(own), " "); got != strings.Join(cov, " ") {
		t.Errorf("Coventry's own pages hold %v, want %d of its own", lens(own), len(cov))
	}
	after := next[strings.Index(next, "after=")+len("after="):]
	r = partner.get("/?after=" + after)
	for _, m := range ownRef.FindAllStringSubmatch(r.body, -1) {
		if !strings.Contains(strings.Join(cov, " "), m[1]) {
			t.Errorf("Coventry's list after a staff cursor shows %s, not Coventry's", m[1])
		}
	}
	for _, bad := range []string{"/?after=nonsense", "/?before=" + strings.Repeat("A", 500)} {
		if r := partner.get(bad); r.status != http.StatusBadRequest {
			t.Errorf("GET %s = %d, want 400", bad, r.status)
		}
	}
	if r := staff.get("/staff?after=U1VCI1JSLTIwMjUtQUFBQUFB"); r.status != http.StatusBadRequest {
		t.Errorf("staff list with a forged cursor = %d, want 400", r.status)
	}
}

func lens(pages [][]string) []int {
	var out []int
	for _, p := range pages {
		out = append(out, len(p))
	}
	return out
}

func flat(pages [][]string) []string {
	var out []string
	for _, p := range pages {
		out = append(out, p...)
	}
	return out
}

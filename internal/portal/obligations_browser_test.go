package portal

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// TestBrowserObligations: staff import a SIN export in the Obligations
// page, filter it, follow the link to the submission that met a SIN and
// download the CSV; the partnership sees its own obligations on its home
// page. Each page passes the accessibility checks.
func TestBrowserObligations(t *testing.T) {
	st := newStack(t)
	bctx := newBrowser(t)
	id := st.signedIn(t, coventry).submit("rapid-review-coventry-child-q.pdf")
	csv := filepath.Join(t.TempDir(), "sins-export.csv")
	if err := os.WriteFile(csv, []byte(sampleSINs), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "sins-bad.csv")
	if err := os.WriteFile(bad, []byte("reference,local_authority,sent,child\nSIN-9,Borsetshire,2025-03-03,\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	stf := &page{tb: t, ctx: tab(t, bctx), url: st.url}
	stf.open("/sign-in?code=" + st.codes[staffer.Name])
	stf.submitAndWait("main button[type=submit]")
	stf.open("/staff")
	stf.do(chromedp.Click(chromedp.CSS(`a[href="/staff/obligations"]`)))
	if got := stf.text("h1"); got != "Obligations" {
		t.Fatalf("following the staff list's link: h1 = %q, want Obligations", got)
	}

	// A bad file: nothing imported, the error summary says which line.
	stf.do(chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{bad}))
	stf.submitAndWait("form[action='/staff/obligations/import'] button")
	if got := stf.text(".error-summary"); !strings.Contains(got, "line 2: unknown local authority") {
		t.Errorf("bad import's error summary = %q", got)
	}
	stf.shot("staff-obligations-import-error")

	stf.do(chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{csv}))
	stf.submitAndWait("form[action='/staff/obligations/import'] button")
	if got := stf.text(".banner"); !strings.Contains(got, "Imported 2 SINs from sins-export.csv.") {
		t.Errorf("after importing, banner = %q", got)
	}

	// Filter to Coventry's rapid reviews.
	stf.do(
		chromedp.SetValue(chromedp.CSS("#f-partnership"), coventry.Partnership),
		chromedp.SetValue(chromedp.CSS("#f-obligation"), "rapid_review"),
	)
	stf.submitAndWait("form.filters button")
	body := stf.text("main")
	if !strings.Contains(body, "SIN-2025-0412") || strings.Contains(body, "SIN-2025-0409") || !strings.Contains(body, "Met late") {
		t.Errorf("filtered to Coventry's rapid reviews, the page shows:\n%.600s", body)
	}
	stf.shot("staff-obligations")

	// The CSV of what the page shows downloads.
	dl := t.TempDir()
	if _, err := chromedp.Call(stf.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dl, EventsEnabled: ptrBool(true),
		BrowserContextID: chromedp.FromContext(stf.ctx).BrowserContextID,
	}); err != nil {
		t.Fatal(err)
	}
	progress := chromedp.Events(stf.ctx, browser.DownloadProgress)
	stf.do(chromedp.Click(chromedp.CSS("a[href^='/staff/obligations.csv']")))
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("waiting for the CSV: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("the CSV download was cancelled")
		}
		if ev.State != browser.DownloadProgressStateCompleted {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dl, ev.GUID))
		if err != nil || !strings.HasPrefix(string(data), "partnership_id,") || !strings.Contains(string(data), "SIN-2025-0412") || strings.Contains(string(data), "SIN-2025-0409") {
			t.Errorf("downloaded CSV: %v\n%s", err, data)
		}
		break
	}

	// The link to the submission that met it.
	stf.do(chromedp.Click(chromedp.CSS(`a[href="/staff/submissions/` + id + `"]`)))
	if got := stf.text("main"); !strings.Contains(got, id) {
		t.Errorf("following the met-by link: the page lacks %s", id)
	}

	// The partnership's own page.
	cov := &page{tb: t, ctx: tab(t, bctx), url: st.url}
	cov.open("/sign-in?code=" + st.codes[coventry.Name])
	cov.submitAndWait("main button[type=submit]")
	home := cov.text("main")
	if !strings.Contains(home, "What your partnership owes") || !strings.Contains(home, "SIN-2025-0412") || strings.Contains(home, "SIN-2025-0409") {
		t.Errorf("Coventry's home page:\n%.800s", home)
	}
	cov.shot("your-obligations")
}

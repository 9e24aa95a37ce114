package portal

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

var screenshots = flag.Bool("screenshots", false, "write the browser test's screenshots to testdata/screenshots")

const chromiumPath = "/usr/bin/chromium"

// newBrowser starts headless Chromium for tb. Without it the test is
// skipped, except under CI=true, where it fails.
func newBrowser(tb testing.TB) context.Context {
	tb.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("Chromium is required under CI: %v", err)
		}
		tb.Skipf("Chromium not installed (%v); apt-get install chromium", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1000, 800),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	tb.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

// tab opens a new tab with its own cookies: a separate person.
func tab(tb testing.TB, browserCtx context.Context) context.Context {
	tb.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	tb.Cleanup(cancel)
	return ctx
}

// page is one step in the browser: it fails the test on error.
type page struct {
	tb  testing.TB
	ctx context.Context
	url string
}

func (p *page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.tb.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.tb.Fatalf("browser: %v", err)
	}
}

// open navigates and returns the HTTP status of the page.
func (p *page) open(path string) int64 {
	p.tb.Helper()
	resp, err := chromedp.RunResponse(p.ctx, chromedp.Navigate(p.url+path))
	if err != nil {
		p.tb.Fatalf("opening %s: %v", path, err)
	}
	return resp.Status
}

func (p *page) text(sel string) string {
	p.tb.Helper()
	var err error
	for range 20 {
		var s string
		if s, err = chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS(sel))); err == nil {
			return s
		}
		// Right after a navigation the query can race the new document
		// replacing the old one's nodes; asking again finds the new ones.
		if !strings.Contains(err.Error(), "No node with given id") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	p.tb.Fatalf("reading %s: %v", sel, err)
	return ""
}

func (p *page) location() string {
	p.tb.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Location())
	if err != nil {
		p.tb.Fatal(err)
	}
	return strings.TrimPrefix(s, p.url)
}

// submitAndWait clicks a form's button and waits for the next page.
func (p *page) submitAndWait(sel string) {
	p.tb.Helper()
	if _, err := chromedp.RunResponse(p.ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		p.tb.Fatalf("submitting with %s: %v", sel, err)
	}
}

// shot saves a full-page screenshot under name, and checks the page's
// accessibility: the basics, axe-core's WCAG 2.2 A and AA rules, and
// reflow at 320 CSS px.
func (p *page) shot(name string) {
	p.tb.Helper()
	p.checkAccessibility(name)
	p.checkAxe(name)
	p.checkReflow(name)
	png, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.tb.Fatalf("screenshot %s: %v", name, err)
	}
	dir := p.tb.TempDir()
	if *screenshots {
		dir = filepath.Join("testdata", "screenshots")
		os.MkdirAll(dir, 0o755)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		p.tb.Fatal(err)
	}
}

// a11yScript lists the accessibility basics a page breaks: controls
// without a label, headings that are missing or skip a level, images
// without alternative text, and text whose contrast with its background
// is below WCAG AA (4.5:1, or 3:1 for large text), computed from the
// page's own styles.
const a11yScript = `(() => {
  const problems = [];
  const lang = document.documentElement.getAttribute('lang');
  if (!lang) problems.push('html has no lang');
  if (!document.title.trim()) problems.push('no title');
  const h1s = document.querySelectorAll('h1');
  if (h1s.length !== 1) problems.push(h1s.length + ' h1 elements');
  let prev = 0;
  for (const h of document.querySelectorAll('h1,h2,h3,h4,h5,h6')) {
    const lvl = +h.tagName[1];
    if (prev && lvl > prev + 1) problems.push('heading ' + h.tagName + ' "' + h.textContent.trim() + '" skips a level');
    prev = lvl;
  }
  if (!document.querySelector('main')) problems.push('no main landmark');
  for (const el of document.querySelectorAll('input,select,textarea')) {
    if (el.type === 'hidden') continue;
    const byFor = el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]');
    if (!byFor && !el.closest('label') && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      problems.push('unlabelled ' + el.tagName + ' ' + (el.name || el.id));
    const d = el.getAttribute('aria-describedby');
    if (d) for (const id of d.split(/\s+/)) if (!document.getElementById(id)) problems.push(el.id + ' described by missing #' + id);
  }
  for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push('img without alt');
  for (const a of document.querySelectorAll('.error-summary a')) {
    const id = a.getAttribute('href').slice(1);
    if (!document.getElementById(id)) problems.push('error summary links to missing #' + id);
  }
  const rgb = s => { const m = s.match(/[\d.]+/g); return m ? m.map(Number) : [0,0,0,0]; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v/12.92 : Math.pow((v+0.055)/1.055, 2.4); }; return 0.2126*f(c[0]) + 0.7152*f(c[1]) + 0.0722*f(c[2]); };
  const bg = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255,255,255]; };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || seen.has(el)) continue;
    seen.add(el);
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || st.display === 'none' || el.closest('.visually-hidden,.skip-link')) continue;
    const fg = rgb(st.color), b = bg(el);
    const l1 = lum(fg), l2 = lum(b);
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(st.fontSize), bold = +st.fontWeight >= 700;
    const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < need) problems.push('contrast ' + ratio.toFixed(2) + ' for "' + el.textContent.trim().slice(0, 40) + '"');
  }
  return problems;
})()`

func (p *page) checkAccessibility(name string) {
	p.tb.Helper()
	problems, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](a11yScript))
	if err != nil {
		p.tb.Fatalf("accessibility check of %s: %v", name, err)
	}
	for _, pr := range problems {
		p.tb.Errorf("%s: %s", name, pr)
	}
}

// axePath is axe-core as npm installs it from testdata/axe/package-lock.json
// (make test and .ci/run run npm ci there when it is missing).
const axePath = "testdata/axe/node_modules/axe-core/axe.min.js"

var (
	axeOnce    = sync.OnceValues(func() ([]byte, error) { return os.ReadFile(axePath) })
	axeWarning sync.Once
)

// axeSource returns axe-core's script. Without it the axe checks fail
// under CI=true; elsewhere they are left out with a warning.
func axeSource(tb testing.TB) string {
	tb.Helper()
	src, err := axeOnce()
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("axe-core is required under CI: %v (cd internal/portal/testdata/axe && npm ci)", err)
		}
		axeWarning.Do(func() {
			tb.Logf("WARNING: axe-core is not installed, its checks are left out: %v (run: cd internal/portal/testdata/axe && npm ci)", err)
		})
		return ""
	}
	return string(src)
}

// axeRun runs axe-core on the page: the WCAG 2.0, 2.1 and 2.2 A and AA
// rules, and "region" (all content inside landmarks). It returns one line
// per violation.
const axeRun = `axe.run(document, {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
  rules: {region: {enabled: true}},
  resultTypes: ['violations'],
}).then(r => r.violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))`

// axeViolations injects axe-core into the page (once per document) and
// runs it.
func axeViolations(ctx context.Context, src string) ([]string, error) {
	loaded, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("typeof axe !== 'undefined'"))
	if err != nil {
		return nil, err
	}
	if !loaded {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](src+"\n;true")); err != nil {
			return nil, fmt.Errorf("loading axe-core: %w", err)
		}
	}
	return chromedp.Run(ctx, chromedp.Evaluate[[]string](axeRun, chromedp.EvalAwaitPromise))
}

func (p *page) checkAxe(name string) {
	p.tb.Helper()
	src := axeSource(p.tb)
	if src == "" {
		return
	}
	violations, err := axeViolations(p.ctx, src)
	if err != nil {
		p.tb.Fatalf("axe-core on %s: %v", name, err)
	}
	for _, v := range violations {
		p.tb.Errorf("%s: axe-core: %s", name, v)
	}
}

// reflowWidth is the width WCAG 1.4.10 asks a page to work at without
// scrolling sideways: 320 CSS px.
const reflowWidth = 320

// reflowScript measures the page at its current width: how wide the
// document is, and the elements that reach past the viewport other than
// inside a table's own scrolling container.
const reflowScript = `(() => {
  const vw = document.documentElement.clientWidth;
  const over = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.table-scroll, .visually-hidden, .skip-link')) continue;
    const r = el.getBoundingClientRect();
    const what = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).split(' ').join('.') : '');
    if (r.width && r.right > vw + 0.5) over.push(what + ' reaches ' + Math.round(r.right) + 'px');
    else if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth && getComputedStyle(el).overflowX === 'visible') over.push(what + ' overflows to ' + el.scrollWidth + 'px');
  }
  return {Width: document.documentElement.scrollWidth, Over: over.slice(0, 5)};
})()`

type reflow struct {
	Width int
	Over  []string
}

// measureReflow lays the page out reflowWidth wide and measures it,
// then restores the window.
func measureReflow(ctx context.Context) (reflow, error) {
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(reflowWidth, 800)); err != nil {
		return reflow{}, err
	}
	defer chromedp.Do(ctx, chromedp.EmulateReset())
	return chromedp.Run(ctx, chromedp.Evaluate[reflow](reflowScript))
}

func (p *page) checkReflow(name string) {
	p.tb.Helper()
	r, err := measureReflow(p.ctx)
	if err != nil {
		p.tb.Fatalf("reflow of %s: %v", name, err)
	}
	if r.Width > reflowWidth || len(r.Over) > 0 {
		p.tb.Errorf("%s at %d px is %d px wide: %s", name, reflowWidth, r.Width, strings.Join(r.Over, "; "))
	}
}

// focused is the id (or class) of the element that has the focus.
func (p *page) focused() string {
	p.tb.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Evaluate[string]("document.activeElement.id || document.activeElement.className"))
	if err != nil {
		p.tb.Fatal(err)
	}
	return s
}

// focusedOn waits, for a few seconds at most, for the element with id to
// have the focus, and returns what has it then. The browser moves focus
// to an autofocus element at its next rendering update, after the page
// has loaded, so a check made at once can come too early on a busy
// machine.
func (p *page) focusedOn(id string) string {
	p.tb.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := p.focused()
		if got == id || time.Now().After(deadline) {
			return got
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestBrowser(t *testing.T) {
	st := newStack(t)
	bctx := newBrowser(t)
	rapid := fixture(t, "rapid-review-coventry-child-q.pdf")
	scan := fixture(t, "rapid-review-coventry-scan-no-text.pdf")

	// A partnership signs in with its sign-in link.
	cov := &page{tb: t, ctx: tab(t, bctx), url: st.url}
	cov.open("/sign-in?code=" + st.codes[coventry.Name])
	if got, want := cov.text("#code-account"), "This code signs in to "+st.server.partnershipName(coventry.Partnership)+" as "+coventry.Name; !strings.Contains(got, want) {
		t.Errorf("sign-in link page says %q, want %q", got, want)
	}
	cov.shot("sign-in")
	cov.submitAndWait("main button[type=submit]")
	if got := cov.text("h1"); got != "Your submissions" {
		t.Fatalf("after signing in, h1 = %q, want Your submissions", got)
	}

	// Continue without choosing: the error summary links to the field.
	cov.open("/send")
	cov.submitAndWait("main button[type=submit]")
	if got := cov.text(".error-summary a"); got != "Select what you are sending" {
		t.Errorf("error summary = %q", got)
	}
	if got := cov.focusedOn("error-summary"); got != "error-summary" {
		t.Errorf("after a failed submit the focus is on %q, want the error summary", got)
	}
	cov.shot("choose-kind-error")
	cov.do(chromedp.Click(chromedp.CSS(".error-summary a")))
	focused, err := chromedp.Run(cov.ctx, chromedp.Evaluate[string]("document.activeElement.id"))
	if err != nil || focused != "kind" {
		t.Errorf("following the error summary's link focuses %q (%v), want the first radio, kind", focused, err)
	}

	// A rapid review, uploaded for real.
	cov.do(chromedp.Click(chromedp.CSS("#kind")))
	cov.submitAndWait("main button[type=submit]")
	if loc := cov.location(); loc != "/send/file?kind=rapid_review" {
		t.Fatalf("after choosing a rapid review at %s, want the upload page", loc)
	}
	cov.shot("upload")
	cov.do(chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{rapid}))
	cov.submitAndWait("main button[type=submit]")
	if got := cov.text("h1"); got != "Document accepted" {
		t.Fatalf("outcome h1 = %q, want Document accepted", got)
	}
	ref := cov.text(".panel .reference")
	if !strings.HasPrefix(ref, "RR-") {
		t.Fatalf("reference %q", ref)
	}
	cov.shot("outcome-accepted")

	// The receipt downloads as a PDF.
	dl := t.TempDir()
	if _, err := chromedp.Call(cov.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dl, EventsEnabled: ptrBool(true),
		BrowserContextID: chromedp.FromContext(cov.ctx).BrowserContextID,
	}); err != nil {
		t.Fatal(err)
	}
	progress := chromedp.Events(cov.ctx, browser.DownloadProgress)
	cov.do(chromedp.Click(chromedp.CSS("a[download]")))
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("waiting for the receipt to download: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("the receipt download was cancelled")
		}
		if ev.State != browser.DownloadProgressStateCompleted {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dl, ev.GUID))
		if err != nil || !strings.HasPrefix(string(data), "%PDF-") {
			t.Errorf("downloaded receipt: %v, starts %.8q; want a PDF", err, data)
		}
		break
	}

	// A scan without text is rejected, and the page says what to fix.
	cov.open("/send/file?kind=rapid_review")
	cov.do(chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{scan}))
	cov.submitAndWait("main button[type=submit]")
	if got := cov.text("h1"); !strings.Contains(got, "needs fixing") {
		t.Fatalf("outcome of a scan: h1 = %q", got)
	}
	if got := cov.text("main"); !strings.Contains(got, "What you need to fix") || !strings.Contains(got, "text recognition") {
		t.Errorf("rejected outcome does not say what to fix: %.300q", got)
	}
	rejected := cov.text(".panel .reference")
	cov.shot("outcome-rejected")

	// The yearly report's date page and the arrangements link page.
	cov.open("/send/date")
	cov.shot("publication-date")
	cov.submitAndWait("main button[type=submit]")
	if got := cov.focusedOn("error-summary"); got != "error-summary" {
		t.Errorf("after a failed date the focus is on %q, want the error summary", got)
	}
	cov.shot("publication-date-error")
	cov.open("/send/link")
	cov.shot("arrangements-link")
	cov.do(chromedp.SendKeys(chromedp.CSS("#link"), "https://intranet/arrangements"))
	cov.submitAndWait("main button[type=submit]")
	if got := cov.text(".error-summary a"); !strings.Contains(got, "https://www.example.gov.uk/") {
		t.Errorf("link error = %q, want the example address", got)
	}
	cov.shot("arrangements-link-error")
	cov.open("/")
	cov.shot("your-submissions")

	// A sign-in link for a mailbox with a long address, and a wrong code.
	long := Principal{Role: RolePartnership, Partnership: coventry.Partnership,
		Name: "safeguarding.children.partnership.business.manager@coventry-safeguarding-children-partnership.example"}
	longCode, err := st.cfg.Credentials.(*memCredentials).Issue(long)
	if err != nil {
		t.Fatal(err)
	}
	visitor := &page{tb: t, ctx: tab(t, bctx), url: st.url}
	visitor.open("/sign-in?code=" + url.QueryEscape(longCode))
	visitor.shot("sign-in-long-address")
	visitor.open("/sign-in")
	visitor.do(chromedp.SendKeys(chromedp.CSS("#code"), "E08000026.wrong"))
	visitor.submitAndWait("main button[type=submit]")
	if got := visitor.focusedOn("error-summary"); got != "error-summary" {
		t.Errorf("after a wrong code the focus is on %q, want the error summary", got)
	}
	visitor.shot("sign-in-error")

	// Another partnership reaches neither the submission, its receipt,
	// nor the staff view.
	lds := &page{tb: t, ctx: tab(t, bctx), url: st.url}
	lds.open("/sign-in?code=" + st.codes[leeds.Name])
	lds.submitAndWait("main button[type=submit]")
	for _, path := range []string{"/submissions/" + ref, "/submissions/" + ref + "/receipt", "/staff", "/staff/submissions/" + ref} {
		status := lds.open(path)
		if status != http.StatusNotFound && status != http.StatusForbidden {
			t.Errorf("Leeds opening %s: status %d, want 404 or 403", path, status)
		}
		if body := lds.text("body"); strings.Contains(body, ref) {
			t.Errorf("Leeds opening %s sees the reference %s", path, ref)
		}
	}
	lds.open("/staff")
	lds.shot("staff-refused")
	if got := lds.text("main"); strings.Contains(got, ref) {
		t.Errorf("Leeds's own list shows Coventry's %s", ref)
	}

	// Staff see every submission, filter, and send a rejected one on.
	stf := &page{tb: t, ctx: tab(t, bctx), url: st.url}
	stf.open("/sign-in?code=" + st.codes[staffer.Name])
	stf.submitAndWait("main button[type=submit]")
	if loc := stf.location(); loc != "/staff" {
		t.Fatalf("staff signed in at %s, want /staff", loc)
	}
	body := stf.text("main")
	if !strings.Contains(body, ref) || !strings.Contains(body, rejected) {
		t.Errorf("staff list lacks %s or %s", ref, rejected)
	}
	stf.shot("staff-list")
	stf.open("/staff?status=rejected")
	if body := stf.text("main"); strings.Contains(body, ref) || !strings.Contains(body, rejected) {
		t.Errorf("staff list filtered to rejected: want %s only", rejected)
	}
	stf.open("/staff/submissions/" + rejected)
	stf.shot("staff-submission")
	stf.submitAndWait("form[action$='/resend'] button")
	if got := stf.text(".banner h2"); !strings.Contains(got, "Sent again") {
		t.Errorf("after resend, banner = %q", got)
	}
	stf.shot("staff-resent")
	rec, _, _ := st.ledger.Get(t.Context(), rejected)
	if !strings.Contains(fmt.Sprint(rec.Findings), staffer.Name) {
		t.Errorf("the ledger does not record who resent %s: %v", rejected, rec.Findings)
	}

	checkTheChecker(t, tab(t, bctx))
}

// TestBrowser's accessibility check must be able to fail: a page with
// every problem it looks for.
func checkTheChecker(t *testing.T, ctx context.Context) {
	bad := `<!DOCTYPE html><html><head><title>x</title></head><body><h2>Skipped h1</h2><h4>Skipped h3</h4>` +
		`<input name="q"><img src="data:,"><p style="color:#999;background:#fff">faint</p></body></html>`
	if err := chromedp.Do(ctx, chromedp.Navigate("data:text/html,"+url.PathEscape(bad))); err != nil {
		t.Fatal(err)
	}
	problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](a11yScript))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"html has no lang", "0 h1 elements", "skips a level", "unlabelled INPUT q", "img without alt", "no main landmark", "contrast 2.85"}
	got := strings.Join(problems, "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("accessibility check of a bad page: %q not reported in\n%s", w, got)
		}
	}

	// axe-core and the reflow check on a page with text outside any
	// landmark, a field without a label and a long unbroken value.
	wide := `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p class="phase">Outside</p>` +
		`<main><h1>Wide</h1><input name="q"><p>` + strings.Repeat("a1b2c3d4", 20) + `</p></main></body></html>`
	if err := chromedp.Do(ctx, chromedp.Navigate("data:text/html,"+url.PathEscape(wide))); err != nil {
		t.Fatal(err)
	}
	if src := axeSource(t); src != "" {
		violations, err := axeViolations(ctx, src)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(violations, "\n")
		for _, w := range []string{"region:", "label:"} {
			if !strings.Contains(got, w) {
				t.Errorf("axe-core on a bad page: %q not reported in\n%s", w, got)
			}
		}
	}
	r, err := measureReflow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Width <= reflowWidth || !strings.Contains(strings.Join(r.Over, " "), "p overflows") {
		t.Errorf("reflow check of a page with a 160-character word: width %d, %v; want it reported", r.Width, r.Over)
	}
}

func ptrBool(b bool) *bool { return &b }

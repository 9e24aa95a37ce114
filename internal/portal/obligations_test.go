package portal

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
)

// importFile posts a CSV to the staff's import form.
func (c *client) importFile(what, name, data, csrf string) response {
	c.tb.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("csrf", csrf)
	w.WriteField("what", what)
	fw, _ := w.CreateFormFile("file", name)
	fw.Write([]byte(data))
	w.Close()
	req, _ := http.NewRequest("POST", c.base+"/staff/obligations/import", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return c.do(req)
}

const sampleSINs = "reference,local_authority,sent,child\nSIN-2025-0412,Coventry,2025-03-03,Child Q\nSIN-2025-0409,Leeds,2025-03-04,Child J\n"

func TestStaffObligations(t *testing.T) {
	st := newStack(t)
	id := st.signedIn(t, coventry).submit("rapid-review-coventry-child-q.pdf")
	staff := st.signedIn(t, staffer)

	r := staff.importFile("sins", "export.csv", sampleSINs, staff.csrf())
	if r.status != http.StatusOK || !strings.Contains(r.body, "Imported 2 SINs from export.csv.") {
		t.Fatalf("import: status %d, want 200 and a notice:\n%s", r.status, r.body)
	}
	page := staff.get("/staff/obligations?partnership=E08000026&obligation=rapid_review")
	for _, want := range []string{
		"Rapid review of serious incident notification SIN-2025-0412",
		`<a href="/staff/submissions/` + id + `">` + id + `</a>`,
		"Met late", "24 March 2025",
		`<option value="E08000026" selected>Coventry Safeguarding Children Partnership</option>`,
		`href="/staff/obligations.csv?obligation=rapid_review&amp;partnership=E08000026"`,
	} {
		if !strings.Contains(page.body, want) {
			t.Errorf("obligations page lacks %q", want)
		}
	}
	if strings.Contains(page.body, "SIN-2025-0409") {
		t.Error("filtered to Coventry, the page lists Leeds's SIN")
	}
	overdue := staff.get("/staff/obligations?obligation=rapid_review&status=overdue")
	if !strings.Contains(overdue.body, "SIN-2025-0409") || strings.Contains(overdue.body, "SIN-2025-0412") {
		t.Errorf("status=overdue should list Leeds's unmet SIN and not Coventry's met one")
	}

	csv := staff.get("/staff/obligations.csv?partnership=E08000026&obligation=rapid_review")
	if cd := csv.header.Get("Content-Disposition"); csv.status != http.StatusOK || !strings.Contains(cd, "attachment") || !strings.HasPrefix(csv.header.Get("Content-Type"), "text/csv") {
		t.Errorf("CSV: status %d, type %q, disposition %q", csv.status, csv.header.Get("Content-Type"), cd)
	}
	lines := strings.Split(strings.TrimSpace(csv.body), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "partnership_id,") || !strings.Contains(lines[1], "SIN-2025-0412,2025-03-24,met,"+id+",true,") {
		t.Errorf("CSV =\n%s", csv.body)
	}
}

func TestStaffImportRefusesABadFile(t *testing.T) {
	st := newStack(t)
	staff := st.signedIn(t, staffer)
	bad := "reference,local_authority,sent,child\nSIN-1,Coventry,2025-03-03,\nSIN-2,Borsetshire,2025-03-03,\nSIN-1,Leeds,3/3/2025,\n"
	r := staff.importFile("sins", "bad.csv", bad, staff.csrf())
	if r.status != http.StatusUnprocessableEntity {
		t.Fatalf("bad import: status %d, want 422", r.status)
	}
	for _, want := range []string{"There is a problem", "Nothing was imported: line 3: unknown local authority", "line 4: reference", "line 4: the sent date"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("bad import page lacks %q", want)
		}
	}
	if sins, _ := st.ledger.SINs(t.Context()); len(sins) != 0 {
		t.Errorf("a refused file imported %d SINs", len(sins))
	}
	// The baseline goes through the same form.
	r = staff.importFile("baseline", "baseline.csv", "local_authority,last_yearly_report_published\nCoventry,2024-09-30\n", staff.csrf())
	if !strings.Contains(r.body, "Imported 1 baseline rows") {
		t.Errorf("baseline import:\n%s", r.body)
	}
}

func TestObligationsAreKeptToTheirOwners(t *testing.T) {
	st := newStack(t)
	partner := st.signedIn(t, coventry)
	staff := st.signedIn(t, staffer)
	staff.importFile("sins", "export.csv", sampleSINs, staff.csrf())

	home := partner.get("/")
	if !strings.Contains(home.body, "What your partnership owes") || !strings.Contains(home.body, "SIN-2025-0412") {
		t.Errorf("Coventry's home page does not show its obligations")
	}
	if strings.Contains(home.body, "SIN-2025-0409") {
		t.Error("Coventry's home page shows Leeds's SIN")
	}
	for _, path := range []string{"/staff/obligations", "/staff/obligations.csv"} {
		if r := partner.get(path); r.status != http.StatusForbidden {
			t.Errorf("partnership GET %s = %d, want 403", path, r.status)
		}
	}
	if r := partner.importFile("sins", "x.csv", sampleSINs, partner.csrf()); r.status != http.StatusForbidden {
		t.Errorf("partnership import = %d, want 403", r.status)
	}
	for _, token := range []string{"", "forged"} {
		if r := staff.importFile("sins", "x.csv", sampleSINs, token); r.status != http.StatusForbidden {
			t.Errorf("staff import with token %q = %d, want 403", token, r.status)
		}
	}
}

func TestNoObligationsStore(t *testing.T) {
	st := newStack(t, func(c *Config) { c.Obligations = nil })
	staff := st.signedIn(t, staffer)
	if r := staff.get("/staff/obligations"); r.status != http.StatusNotFound {
		t.Errorf("GET /staff/obligations without a store = %d, want 404", r.status)
	}
	if home := st.signedIn(t, coventry).get("/"); strings.Contains(home.body, "What your partnership owes") {
		t.Error("home page shows obligations without a store")
	}
}

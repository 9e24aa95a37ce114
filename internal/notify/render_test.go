package notify

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	"sync"
	"testing"
	texttemplate "text/template"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/templates"
)

// checkRendering has every message the tests render also rendered by
// text/template and html/template from the same templates and view; the
// bodies must agree byte for byte. It returns the disagreements found.
func checkRendering() *[]string {
	text := texttemplate.Must(texttemplate.ParseFS(templates.FS, "*.txt.tmpl"))
	html := htmltemplate.Must(htmltemplate.New("").Funcs(htmltemplate.FuncMap{"list": list}).ParseFS(templates.FS, "*.html.tmpl"))
	var mu sync.Mutex
	differ := new([]string)
	renderCheck = func(textName, htmlName string, view any, gotText, gotHTML []byte) {
		var wantText, wantHTML bytes.Buffer
		terr := text.ExecuteTemplate(&wantText, textName, view)
		herr := html.ExecuteTemplate(&wantHTML, htmlName, view)
		mu.Lock()
		defer mu.Unlock()
		if terr != nil || herr != nil {
			*differ = append(*differ, fmt.Sprintf("%s/%s: text/template %v, html/template %v", textName, htmlName, terr, herr))
			return
		}
		if !bytes.Equal(gotText, wantText.Bytes()) {
			*differ = append(*differ, fmt.Sprintf("%s:\ngot  %q\nwant %q", textName, gotText, wantText.Bytes()))
		}
		if !bytes.Equal(gotHTML, wantHTML.Bytes()) {
			*differ = append(*differ, fmt.Sprintf("%s:\ngot  %q\nwant %q", htmlName, gotHTML, wantHTML.Bytes()))
		}
	}
	return differ
}

// TestHostileValuesRenderAsTheStandardTemplatesDo renders every message
// with values that need escaping in each place the templates put them:
// markup, quotes, entities, a script link, a URL with a query and
// fragment, control and invalid UTF-8 bytes.
func TestHostileValuesRenderAsTheStandardTemplatesDo(t *testing.T) {
	hostile := []string{
		`<script>alert("x")</script> & 'quoted' + more`,
		`javascript:alert(1)`,
		`https://example.org/a b?q=<x>&r="y"#frag'`,
		"nul\x00 and \xff\xfe bytes",
		`%zz%41 /path?x=%20`,
	}
	for _, h := range hostile {
		o := rapidReview
		o.File = h + ".pdf"
		o.Partnership = &intake.Partnership{ID: "E08000026", Name: h}
		o.Fields = map[string]string{"sin_date": "2025-03-03", "lcspr_decision": "yes", "national_review": h}
		o.Findings = []intake.Finding{
			{Code: "x", Severity: intake.SeverityError, Message: h},
			{Code: "y", Severity: intake.SeverityWarning, Message: h},
			{Code: "z", Severity: intake.SeverityInfo, Message: h},
		}
		o.Submitter = "bm@coventry.example"
		for _, render := range []func() (intake.Mail, error){
			func() (intake.Mail, error) { return Acknowledge(o, "a@example.com", sender, receiptPDF) },
			func() (intake.Mail, error) {
				return Forward(o, Recipient{Name: intake.RecipientPanel, Label: h, Address: "panel@example.gov.uk"}, sender, receiptPDF, Document{Name: h, Link: h})
			},
			func() (intake.Mail, error) {
				return Forward(o, panel, sender, receiptPDF, Document{Name: h, Data: docPDF})
			},
			func() (intake.Mail, error) {
				return AcknowledgeMessage([]intake.Outcome{o, rejectedReport}, "a@example.com", sender, [][]byte{receiptPDF, receiptPDF}, Thread{Subject: h})
			},
			func() (intake.Mail, error) {
				return Reminder(intake.Partnership{ID: "E08000026", Name: h}, "a@example.com", sender, time.Date(2025, 3, 21, 9, 0, 0, 0, time.UTC), nil)
			},
		} {
			if _, err := render(); err != nil {
				t.Fatalf("render with %q: %v", h, err)
			}
		}
	}
}

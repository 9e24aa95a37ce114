package extract

import (
	"context"
	"testing"
)

func TestLinkLetter(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"note", "Barnet Safeguarding Children Partnership\n\nOur revised safeguarding arrangements are now on our website:\nhttps://www.barnetscp.org.uk/about-us/arrangements\n\nThanks,\nBSCP", true},
		{"letter with dates", "Dear colleagues,\n\nI am pleased to confirm that the partners published their revised multi-agency safeguarding arrangements on 12 December 2024. They can be read on our website at https://www.example-scp.org.uk/arrangements/ and came into effect on 1 January 2025. The arrangements follow Working Together 2023.\n\nYours faithfully,\nA Manager", true},
		{"arrangements with a table", "Safeguarding arrangements\nPartner | Lead\nPolice | Chief Constable\nPublished at https://www.example-scp.org.uk/a", false},
		{"another document named after the link", "Dear colleagues,\n\nOur revised safeguarding arrangements were published on 3 December 2024 and can be found at https://www.example-scp.org.uk/arrangements/\n\nThe same page links to our annual report and to our learning framework.\n\nKind regards,\nA Manager", true},
		{"cover note for a rapid review", "Please find the rapid review attached. Our arrangements are published at https://www.example-scp.org.uk/a", false},
		{"arrangements themselves", "Dear reader, these arrangements set out independent scrutiny by our scrutineer, the relevant agencies, our funding and training. Published at https://www.example-scp.org.uk/a", false},
		{"guidance link only", "Dear colleagues, our arrangements follow the guidance published at https://www.gov.uk/government/publications/working-together. Yours sincerely", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsLinkLetter(tt.text); got != tt.want {
				t.Errorf("IsLinkLetter(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
	// In a Word file as in a text file, a link letter is a link submission.
	doc, fs := Extract(context.Background(), "letter.docx", buildDOCX(t, para(tests[1].text)), Limits{})
	if len(fs) != 0 || !doc.LinkOnly {
		t.Errorf("Extract(letter.docx) = LinkOnly %v, findings %v; want a link submission", doc.LinkOnly, fs)
	}
}

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
		// Letters written to give the link that give none are link
		// submissions without their link; covering notes are not.
		{"no link, letter", "Dear Panel,\n\nWe can confirm that our new multi-agency safeguarding arrangements went live on the partnership website on 2 May 2025, and apply from 1 June.\n\nYours sincerely,\nJ Smith", true},
		{"no link, note", "Hi - just to let you know the revised arrangements are now on our web page as of today (3 March 2025).", true},
		{"no link, published online", "Good morning,\n\nI write to tell you that the three safeguarding partners have published the updated arrangements online. They were signed off on 20 November 2024.\n\nMany thanks", true},
		{"no link, attachment forgotten", "Dear colleagues,\n\nPlease find attached our revised arrangements, which are also on our website.\n\nKind regards", false},
		{"no link, about a rapid review", "Dear Panel, the rapid review for Child T is enclosed; our arrangements are on the website.", false},
		{"no link, no website", "Dear colleagues, our arrangements were agreed by the partners on 4 April 2025. Yours sincerely", false},
		{"memo with its header", "MEMO\nFrom | North Shire Safeguarding Children Partnership\nTo | Department for Education\nSubject | Our arrangements\n\nOur safeguarding arrangements went onto the partnership website on 14/01/2025.\nAddress: https://www.example-scp.org.uk/arrangements", true},
		{"table of partners with a from line", "Safeguarding arrangements\nFrom | 1 April 2025\nPartner | Lead\nPolice | Chief Constable\nEducation | Schools forum\nPublished at https://www.example-scp.org.uk/a", false},
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

package notify

import (
	"fmt"
	"net/mail"
	"strings"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/receipt"
)

// messageView is what the ack-message templates see: the documents of
// one email, each as an acknowledgement would show it.
type messageView struct {
	Subject   string
	Received  string
	Documents []documentView
	// Rejected counts the documents the sender has to send again.
	Rejected int
}

type documentView struct {
	view
	Number int
}

// AcknowledgeMessage renders the one reply to an email that carried
// several documents: for each, its reference, file, status and, when it
// was not accepted, what to fix; every receipt attached. parts and
// receipts go together by index; a nil receipt is not attached.
func AcknowledgeMessage(parts []intake.Outcome, to, from string, receipts [][]byte, t Thread) (intake.Mail, error) {
	if len(parts) == 0 {
		return intake.Mail{}, fmt.Errorf("notify: a reply to a message without documents")
	}
	toAddr, err := address(to)
	if err != nil {
		return intake.Mail{}, fmt.Errorf("notify %s: submitter: %w", headerText(parts[0].ID, 40), err)
	}
	v := &messageView{Received: receipt.Time(parts[0].Received)}
	var attach []attachment
	for i, o := range parts {
		d := documentView{view: *newView(o), Number: i + 1}
		if d.Status == string(intake.Rejected) {
			v.Rejected++
		}
		if i < len(receipts) && len(receipts[i]) > 0 {
			d.ReceiptName = receiptName(o)
			attach = append(attach, attachment{name: d.ReceiptName, contentType: "application/pdf", data: receipts[i]})
		}
		v.Documents = append(v.Documents, d)
	}
	v.Subject = messageSubject(parts)
	if t.Subject != "" {
		v.Subject = headerText("Re: "+stripRe(headerText(t.Subject, 150))+" ["+v.Subject+"]", 250)
	}
	m := message{
		from:       from,
		to:         mail.Address{Address: toAddr},
		subject:    v.Subject,
		reference:  parts[0].ID,
		recipient:  intake.RecipientSubmitter,
		text:       "ack-message.txt.tmpl",
		html:       "ack-message.html.tmpl",
		view:       v,
		attach:     attach,
		inReplyTo:  threadID(t.InReplyTo),
		references: threadIDs(t.References),
		date:       parts[0].Received,
	}
	return m.render()
}

// messageSubject gives each status with its references, in the order
// the documents came: "Received: RR-2025-7F3K9Q; Not accepted:
// YR-2025-K2M4P8".
func messageSubject(parts []intake.Outcome) string {
	var order []string
	refs := map[string][]string{}
	for _, o := range parts {
		s := statusWords[o.Status]
		if s == "" {
			s = "Reference"
		}
		if refs[s] == nil {
			order = append(order, s)
		}
		refs[s] = append(refs[s], reference(o))
	}
	var groups []string
	for _, s := range order {
		groups = append(groups, s+": "+strings.Join(refs[s], ", "))
	}
	return headerText(strings.Join(groups, "; "), 200)
}

var statusWords = map[intake.Status]string{
	intake.Accepted:  "Received",
	intake.Rejected:  "Not accepted",
	intake.Duplicate: "Already received",
}

// stripRe takes the reply prefixes off a subject being answered.
func stripRe(s string) string {
	for strings.HasPrefix(strings.ToLower(s), "re:") {
		s = strings.TrimSpace(s[len("re:"):])
	}
	return s
}

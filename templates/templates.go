// Package templates holds the wording of the service's emails and PDF
// receipts as text files, embedded so every binary carries them and a
// change of wording needs no change of code.
package templates

import "embed"

// FS holds the wording files of this folder. Emails are Go text and HTML
// templates: forward.* go to national bodies, ack.* to the submitter,
// ack-message.* to the sender of an email that carried several documents,
// reminder.* to a partnership about what it owes and digest.* to staff;
// .txt.tmpl for the plain-text part and .html.tmpl for the HTML part of
// the same message. The receipt's labels are "name: wording" lines in
// receipt-labels.txt and its sentences are the blocks of receipt.tmpl.
//
//go:embed *.tmpl receipt-labels.txt
var FS embed.FS

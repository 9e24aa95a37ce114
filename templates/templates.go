// Package templates holds the wording of the service's emails as Go text
// and HTML templates, embedded so every binary carries them and a change
// of wording needs no change of code.
package templates

import "embed"

// FS holds every *.tmpl file of this folder: forward.* go to national
// bodies, ack.* to the submitter, ack-message.* to the sender of an email
// that carried several documents; .txt for the plain-text part and .html
// for the HTML part of the same message.
//
//go:embed *.tmpl
var FS embed.FS

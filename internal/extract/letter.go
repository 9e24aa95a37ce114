package extract

import (
	"net/url"
	"strings"
)

// A link letter is a letter or short note whose purpose is to give the
// address of published safeguarding arrangements (DESIGN 1): "our revised
// arrangements are published at <link>". It is a link submission in every
// format, checked as a link and never as an arrangements document.
const (
	maxNote   = 700  // bytes: a note this short that gives the link is one
	maxLetter = 4500 // bytes: about a page and a half
)

// letterWords open or close a letter, or say what it is for.
var letterWords = []string{"dear ", "yours sincerely", "yours faithfully", "kind regards", "best wishes", "many thanks",
	"i am writing", "we are writing", "i am pleased to", "we are pleased to", "i write to", "we write to", "to let you know",
	"to confirm that", "to inform you", "to notify you", "please find", "i can confirm", "we can confirm"}

// givesWords say that a link is where something can be found.
var givesWords = []string{"published", "available", "can be found", "can be read", "can be viewed", "can be accessed",
	"found at", "on our website", "on the website", "website", "web page", "webpage", "address", "url", "now live", "are live", "is live", "at the link", "at:", "here:", "link"}

// otherKinds name the other statutory documents.
var otherKinds = []string{"rapid review", "practice review", "annual report", "yearly report", "serious incident"}

// contentWords are what an arrangements document itself sets out; a
// letter that is the arrangements holds several.
var contentWords = []string{"independent scrutin", "scrutineer", "relevant agenc", "geographical area", "information sharing",
	"threshold", "funding", "budget", "training", "escalation", "rapid review", "voice of the child"}

// IsLinkLetter reports whether text, as a file or an email body, is a
// link letter: a link submission however it arrives.
func IsLinkLetter(text string) bool {
	var links linkSet
	links.addText(text)
	return linkLetter(cleanText(text), links.links)
}

// linkLetter reports whether text, with the links it holds, is a link
// letter: short, about arrangements, giving a public link as where they
// are, and written as a letter or a note rather than as the arrangements.
//
// A letter that gives no link at all but whose purpose is the same, to say
// that the arrangements are on the partnership's website ("we published our
// revised arrangements on our website on 16 December"), is a link letter
// too: a link submission without its link (url_missing), not an empty one.
func linkLetter(text string, links []string) bool {
	if len(text) > maxLetter {
		return false
	}
	low := strings.ToLower(text)
	if !strings.Contains(low, "arrangements") {
		return false
	}
	if len(links) == 0 {
		return onWebsite(low) && letterShaped(text, low)
	}
	given := false
	for _, l := range links {
		u, err := url.Parse(l)
		if err != nil || guidanceHost(u.Hostname()) {
			continue
		}
		i := strings.Index(low, strings.ToLower(l))
		if i < 0 {
			i = strings.Index(low, strings.ToLower(u.Hostname()))
		}
		if i < 0 {
			continue
		}
		// A letter about another document names it before it gives the
		// link (a cover note for a rapid review); a mention after the link
		// ("the page also links to our annual report") is in passing.
		if containsAnyOf(low[max(0, i-160):i], givesWords) && !containsAnyOf(low[:i], otherKinds) {
			given = true
		}
	}
	return given && letterShaped(text, low)
}

// letterShaped reports whether text (low in lower case) is written as a
// letter or a short note rather than as the arrangements themselves.
func letterShaped(text, low string) bool {
	content := 0
	for _, w := range contentWords {
		if strings.Contains(low, w) {
			content++
		}
	}
	if content >= 3 {
		return false
	}
	if len(text) <= maxNote && !strings.Contains(text, " | ") {
		return true // a note, not a table of the arrangements
	}
	if addressed(low) {
		return true // a memo or letter with its header of who it is from and to
	}
	for _, w := range letterWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// webWords say that something is on a website, with or without its address.
var webWords = []string{"on our website", "on the website", "on our web", "on the partnership's website", "website",
	"web site", "webpage", "web page", "online", "now live", "is live", "are live", "gone live", "went live"}

// onWebsite reports whether a letter without a link (low, in lower case)
// says that the arrangements are on a website, and is not a covering note
// for an attachment or about another kind of document.
func onWebsite(low string) bool {
	if strings.Contains(low, "attach") || strings.Contains(low, "enclose") {
		return false
	}
	first := -1
	for _, w := range webWords {
		if i := strings.Index(low, w); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first >= 0 && !containsAnyOf(low[:first], otherKinds)
}

// guidanceHost reports the national sites whose pages documents cite,
// which are never where a partnership publishes its own arrangements.
func guidanceHost(h string) bool {
	h = strings.ToLower(h)
	return h == "gov.uk" || strings.HasSuffix(h, ".gov.uk") && (strings.HasSuffix(h, "publishing.service.gov.uk") || h == "www.gov.uk" || h == "www.legislation.gov.uk" || h == "legislation.gov.uk")
}

func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// addressed reports whether text (in lower case) opens with the header of
// a memo, fax or email: lines labelling whom it is from and to, or what it
// is about, however the label is set off (a colon, a tab, a table cell).
func addressed(low string) bool {
	from, to, about := false, false, false
	for i, l := range strings.Split(low, "\n") {
		if i > 15 {
			break
		}
		l = strings.TrimLeft(strings.TrimSpace(l), "| ")
		w := strings.TrimRight(strings.SplitN(strings.SplitN(strings.SplitN(l, ":", 2)[0], "\t", 2)[0], " |", 2)[0], " ")
		if len(w) == len(l) {
			continue // no label set off from a value
		}
		switch w {
		case "from", "sender":
			from = true
		case "to", "for", "recipient", "for the attention of", "fao":
			to = true
		case "subject", "re", "title", "regarding":
			about = true
		}
	}
	return from && (to || about)
}

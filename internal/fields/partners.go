package fields

import (
	"cmp"
	"strings"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// Working Together 2023 names the safeguarding partners by the posts of
// their lead safeguarding partners — the local authority's chief
// executive, the chief constable, the integrated care board's chief
// executive — who may delegate to named officers. A document that names a
// partner by its lead partner's post ("the Chief Constable of Kent")
// names the partner, as naming the agency does.

var (
	// chiefConstable is the chief officer of police by post; London's is
	// the Commissioner of Police of the Metropolis.
	chiefConstable = lazyre.New(`\bChief Constable (?:of|for) (?:the )?(\p{Lu}[\p{L}&'’-]*(?:(?: and| of| of the| upon| on)? \p{Lu}[\p{L}&'’-]*)*)|\b(?:the )?Commissioner of (?:Police of )?the Metropolis\b|\bMetropolitan Police Commissioner\b`)
	// chiefExecutive is a chief executive of a council or an ICB by post.
	chiefExecutive = lazyre.New(`\bChief Executive(?: Officer)? (?:of|for) (?:the )?((?:NHS )?\p{Lu}[\p{L}&'’-]*(?:(?: and| of| of the| upon| on)? \p{Lu}[\p{L}&'’-]*)*)`)
)

// partnerPosts names the partners the text names only by their lead
// partners' posts: the post as written, for each of the three partners it
// finds.
func (d *doc) partnerPosts() (la, police, health string) {
	s := window(d.scope(), 0, 64<<10)
	if !strings.Contains(s, "Chief") && !strings.Contains(s, "Commissioner") {
		return "", "", ""
	}
	if m := chiefConstable.FindString(s); m != "" {
		police = trimTrailing(strings.TrimPrefix(m, "the "))
	}
	for _, m := range chiefExecutive.FindAllStringSubmatch(s, 40) {
		body := trimTrailing(m[1])
		post := trimTrailing(m[0])
		switch {
		case health == "" && (strings.HasSuffix(body, " ICB") || strings.HasSuffix(body, "Integrated Care Board")):
			health = post
		case la == "" && (strings.HasSuffix(body, "Council") || strings.HasSuffix(body, "Borough") || strings.HasPrefix(body, "City of") || strings.HasPrefix(body, "London Borough")):
			la = post
		}
	}
	return la, police, health
}

// partners returns the three partners an arrangements document names, by
// agency or, failing that, by their lead partners' posts, with evidence.
func (d *doc) partners() (la, police, health string, ev [3]intake.Evidence) {
	la, police, health = d.localAuthority(), d.police(), d.health()
	if la == "" || police == "" || health == "" {
		pla, ppolice, phealth := d.partnerPosts()
		la, police, health = cmp.Or(la, pla), cmp.Or(police, ppolice), cmp.Or(health, phealth)
	}
	return la, police, health, [3]intake.Evidence{d.evidenceOf(la), d.evidenceOf(police), d.evidenceOf(health)}
}

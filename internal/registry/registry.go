// Package registry knows England's child safeguarding partnerships: the
// local authorities, police force areas and integrated care boards each
// covers, the names and email domains it goes by, and how to recognise it
// in a code, an address or a document's text. It is built from embedded
// public reference data (Open Government Licence; see data/ATTRIBUTION.md)
// and a small configuration of multi-authority partnerships and domains.
package registry

import (
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// LocalAuthority is an upper-tier local authority.
type LocalAuthority struct {
	Code          string   `json:"code"`           // ONS (GSS) code, e.g. E08000026
	DfECode       string   `json:"dfe_code"`       // DfE LA number, e.g. 331
	Name          string   `json:"name"`           // as the council writes it: "Bristol"
	OfficialName  string   `json:"official_name"`  // ONS form: "Bristol, City of"
	Type          string   `json:"type"`           // "unitary authority", "county", ...
	Region        string   `json:"region"`         // e.g. "West Midlands"
	PreviousCodes []string `json:"previous_codes"` // codes it used to have
}

// ICBSuccession is a change of integrated care board that affects a
// partnership's area.
type ICBSuccession struct {
	From string    `json:"from"` // board's full name
	To   string    `json:"to"`
	Date time.Time `json:"date"` // the day the successor takes over
	Type string    `json:"type"` // merger, split or acquisition
}

// Partnership is a safeguarding partnership: the local authorities of its
// area and the police force areas and ICBs that serve them.
type Partnership struct {
	// ID is the ONS code of the partnership's (lead) local authority.
	ID   string `json:"id"`
	Name string `json:"name"`
	// Slug is the name in lower-case words joined by hyphens, without
	// "safeguarding children partnership": "coventry", "kent-and-medway".
	Slug             string           `json:"slug"`
	LocalAuthorities []LocalAuthority `json:"local_authorities"`
	// Police are the names of the police force areas, as the Home Office
	// writes them ("West Midlands", "Devon & Cornwall").
	Police []string `json:"police"`
	// ICBs are the integrated care boards' full names, the board serving
	// most of the area first.
	ICBs []string `json:"icbs"`
	// ICBSuccessions are the announced changes to those boards, for
	// documents dated after them.
	ICBSuccessions []ICBSuccession `json:"icb_successions,omitempty"`
	// Domains are the email domains its people send from; subdomains
	// count.
	Domains []string `json:"domains,omitempty"`
	// Aliases are other names it goes by, such as an acronym.
	Aliases []string `json:"aliases,omitempty"`
	// PreviousCodes are ONS codes of abolished authorities whose area it
	// now covers.
	PreviousCodes []string `json:"previous_codes,omitempty"`
}

// Ref is the partnership as an outcome records it.
func (p Partnership) Ref() intake.Partnership { return intake.Partnership{ID: p.ID, Name: p.Name} }

// clone copies the slices, so a caller cannot change the registry.
func (p Partnership) clone() Partnership {
	p.LocalAuthorities = slices.Clone(p.LocalAuthorities)
	for i := range p.LocalAuthorities {
		p.LocalAuthorities[i].PreviousCodes = slices.Clone(p.LocalAuthorities[i].PreviousCodes)
	}
	p.Police = slices.Clone(p.Police)
	p.ICBs = slices.Clone(p.ICBs)
	p.ICBSuccessions = slices.Clone(p.ICBSuccessions)
	p.Domains = slices.Clone(p.Domains)
	p.Aliases = slices.Clone(p.Aliases)
	p.PreviousCodes = slices.Clone(p.PreviousCodes)
	return p
}

// Registry is an immutable set of partnerships. Its methods are safe for
// concurrent use.
type Registry struct {
	parts    []Partnership       // sorted by ID
	byID     map[string]int      // ID -> index in parts
	keys     map[string]keyEntry // resolve key -> partnership
	domains  map[string]int      // email domain -> index
	acronyms map[string]int      // configured acronym alias (upper case) -> index
	police   []string            // all police force area names
	icbNames []string            // all ICB names, successors included
	match    *matcher            // recognises partnerships in text
}

// keyEntry is the partnership a resolve key names: an index into parts,
// or -1 when two partnerships claim the key in the same tier.
type keyEntry struct{ part, tier int }

var (
	defaultOnce sync.Once
	defaultReg  *Registry
	defaultErr  error
)

// Default returns the registry built from the embedded reference data and
// the embedded partnerships.json. It panics only if those are corrupt, which
// the package's tests rule out.
func Default() *Registry {
	defaultOnce.Do(func() { defaultReg, defaultErr = build(nil) })
	if defaultErr != nil {
		panic("registry: embedded data: " + defaultErr.Error())
	}
	return defaultReg
}

// New returns the default registry with a further configuration applied on
// top, in the format of partnerships.json (see Config).
func New(cfg io.Reader) (*Registry, error) {
	c, err := ParseConfig(cfg)
	if err != nil {
		return nil, err
	}
	return build(&c)
}

// All returns every partnership, ordered by ID.
func (r *Registry) All() []Partnership {
	out := make([]Partnership, len(r.parts))
	for i, p := range r.parts {
		out[i] = p.clone()
	}
	return out
}

// ByID returns the partnership with the given ID, exactly.
func (r *Registry) ByID(id string) (Partnership, bool) {
	i, ok := r.byID[id]
	if !ok {
		return Partnership{}, false
	}
	return r.parts[i].clone(), true
}

// Resolve finds the partnership a person or a system means by s: an ONS
// code (current, previous or of an abolished authority with a successor), a
// DfE LA number, the partnership's name or slug, a local authority's name
// in the ONS form or as the council writes it ("Bristol, City of",
// "Bristol"), a council's name ("Bristol City Council", "London Borough of
// Camden") or a configured alias. Case, spaces and punctuation do not
// matter.
func (r *Registry) Resolve(s string) (Partnership, bool) {
	for _, k := range resolveKeys(s) {
		if e, ok := r.keys[k]; ok && e.part >= 0 {
			return r.parts[e.part].clone(), true
		}
	}
	return Partnership{}, false
}

// ForDomain returns the partnership whose people send from the domain of
// an email address ("jo@coventry.gov.uk", "Jo <jo@coventry.gov.uk>") or a
// bare domain. A subdomain matches its parent ("social.coventry.gov.uk");
// a name merely ending in the same letters does not.
func (r *Registry) ForDomain(addrOrDomain string) (Partnership, bool) {
	if i, ok := r.domainIndex(emailDomain(addrOrDomain)); ok {
		return r.parts[i].clone(), true
	}
	return Partnership{}, false
}

// domainIndex finds the partnership of domain d or of its nearest
// configured parent.
func (r *Registry) domainIndex(d string) (int, bool) {
	d = strings.ToLower(d)
	for d != "" {
		if i, ok := r.domains[d]; ok {
			return i, true
		}
		dot := strings.IndexByte(d, '.')
		if dot < 0 {
			break
		}
		d = d[dot+1:]
	}
	return 0, false
}

// emailDomain extracts the lower-case domain from an address or a domain.
func emailDomain(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '<'); i >= 0 {
		s = s[i+1:]
		if j := strings.IndexByte(s, '>'); j >= 0 {
			s = s[:j]
		}
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".")
	if !validDomain(s) {
		return ""
	}
	return s
}

func validDomain(s string) bool {
	if s == "" || len(s) > 253 || strings.HasPrefix(s, ".") || strings.Contains(s, "..") {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// PoliceForces returns the names of England's police force areas.
func (r *Registry) PoliceForces() []string { return slices.Clone(r.police) }

// ICBNames returns the full names of England's integrated care boards,
// including those that take over on announced dates, sorted.
func (r *Registry) ICBNames() []string { return slices.Clone(r.icbNames) }

// sortedUnique sorts and deduplicates ss in place.
func sortedUnique(ss []string) []string {
	sort.Strings(ss)
	return slices.Compact(ss)
}

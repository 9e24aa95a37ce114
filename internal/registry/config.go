package registry

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/safeguarding-intake/intake/internal/lazyre"
)

// embeddedConfig is the partnerships.json shipped with the service: the
// multi-authority partnerships and email domains known to be right.
//
//go:embed partnerships.json
var embeddedConfig []byte

// Config is the format of partnerships.json. Each entry adds to or changes
// the default of one partnership per local authority:
//
//   - An entry whose id is an existing partnership's changes it: a name or
//     slug replaces, domains, aliases and previous codes are added, and
//     local_authorities (if given) becomes its area, named by default
//     after its authorities unless the entry gives a name.
//   - An entry with local_authorities and a new id (or none: the first
//     authority's code is used) makes a new partnership.
//
// An authority listed moves to the entry's partnership; a partnership left
// with no authority is absorbed, its domains and aliases included, and an
// authority dropped from an area gets its own default partnership back.
// Authorities may be given by ONS code, DfE number or name. A partnership's
// id must be the ONS code of one of its authorities, its lead.
type Config struct {
	Partnerships []PartnershipConfig `json:"partnerships"`
}

// PartnershipConfig is one entry of a Config.
type PartnershipConfig struct {
	ID               string   `json:"id,omitempty"`
	Name             string   `json:"name,omitempty"`
	Slug             string   `json:"slug,omitempty"`
	LocalAuthorities []string `json:"local_authorities,omitempty"`
	// PreviousCodes are codes of abolished authorities the partnership
	// took over where the reference data names no successor (Cumbria).
	PreviousCodes []string `json:"previous_codes,omitempty"`
	Domains       []string `json:"domains,omitempty"`
	Aliases       []string `json:"aliases,omitempty"`
}

// maxConfig bounds a configuration file: it is a list of a few hundred
// short entries at most.
const maxConfig = 1 << 20

// ParseConfig reads a configuration, rejecting unknown fields so that a
// misspelt key is an error rather than silently ignored.
func ParseConfig(r io.Reader) (Config, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxConfig+1))
	if err != nil {
		return Config{}, err
	}
	if len(b) > maxConfig {
		return Config{}, errors.New("registry config: larger than 1 MiB")
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return Config{}, fmt.Errorf("registry config: %w", err)
	}
	return c, nil
}

var slugPattern = lazyre.New(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// draft is a partnership being assembled from the defaults and configs.
type draft struct {
	id, name, slug         string
	las                    []string // ONS codes, lead first
	prev, domains, aliases []string
}

// drafts is the set of partnerships under construction.
type drafts struct {
	ref   *reference
	byID  map[string]*draft
	owner map[string]*draft // LA code -> its partnership
	laKey map[string]string // resolve key of an LA's code, number or name -> code
}

func newDrafts(ref *reference) *drafts {
	ds := &drafts{ref: ref, byID: map[string]*draft{}, owner: map[string]*draft{}, laKey: map[string]string{}}
	for _, la := range ref.las {
		for _, k := range []string{la.Code, la.DfECode, la.Name, la.OfficialName} {
			ds.laKey[key(k)] = la.Code
		}
		d := ds.defaultDraft(la.Code)
		ds.byID[d.id] = d
		ds.owner[la.Code] = d
	}
	return ds
}

func (ds *drafts) defaultDraft(code string) *draft {
	return &draft{id: code, las: []string{code}, name: ds.defaultName([]string{code})}
}

// defaultName names a partnership for its authorities: "Coventry
// Safeguarding Children Partnership", "Kent and Medway Safeguarding
// Children Partnership".
func (ds *drafts) defaultName(codes []string) string {
	var names []string
	for _, c := range codes {
		names = append(names, ds.la(c).Name)
	}
	area := names[0]
	if n := len(names); n > 1 {
		area = strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	return area + " Safeguarding Children Partnership"
}

func (ds *drafts) la(code string) LocalAuthority {
	for _, la := range ds.ref.las {
		if la.Code == code {
			return la
		}
	}
	return LocalAuthority{}
}

// apply merges one configuration into the drafts (see Config).
func (ds *drafts) apply(c *Config) error {
	for n, pc := range c.Partnerships {
		if err := ds.applyOne(pc); err != nil {
			label := pc.ID
			if label == "" {
				label = pc.Name
			}
			return fmt.Errorf("registry config: partnership %d (%s): %w", n+1, label, err)
		}
	}
	return nil
}

func (ds *drafts) applyOne(pc PartnershipConfig) error {
	var las []string
	for _, s := range pc.LocalAuthorities {
		code, ok := ds.laKey[key(s)]
		if !ok {
			return fmt.Errorf("unknown local authority %q", s)
		}
		for _, c := range las {
			if c == code {
				return fmt.Errorf("local authority %q listed twice", s)
			}
		}
		las = append(las, code)
	}
	id := strings.TrimSpace(pc.ID)
	if id == "" {
		if len(las) == 0 {
			return errors.New("needs an id or local authorities")
		}
		id = las[0]
	}
	d := ds.byID[id]
	if d == nil {
		if len(las) == 0 {
			return fmt.Errorf("no partnership %q to change, and no local authorities to make one", id)
		}
		d = &draft{id: id}
		ds.byID[id] = d
	}
	if len(las) > 0 {
		if err := ds.setArea(d, las); err != nil {
			return err
		}
		d.name = ds.defaultName(las)
	}
	if !slices.Contains(d.las, d.id) {
		return fmt.Errorf("id %s is not the code of one of its local authorities", d.id)
	}
	if n := strings.TrimSpace(pc.Name); n != "" {
		d.name = n
	}
	if s := strings.TrimSpace(pc.Slug); s != "" {
		if !slugPattern.MatchString(s) {
			return fmt.Errorf("slug %q is not lower-case words joined by hyphens", s)
		}
		d.slug = s
	}
	for _, c := range pc.PreviousCodes {
		c = strings.TrimSpace(c)
		if !isONSCode(c) {
			return fmt.Errorf("previous code %q is not an ONS code for England", c)
		}
		d.prev = append(d.prev, c)
	}
	for _, dom := range pc.Domains {
		norm := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(dom)), ".")
		if !validDomain(norm) || !strings.Contains(norm, ".") {
			return fmt.Errorf("domain %q is not a domain name", dom)
		}
		d.domains = append(d.domains, norm)
	}
	for _, a := range pc.Aliases {
		a = strings.TrimSpace(a)
		if key(a) == "" {
			return fmt.Errorf("alias %q has no letters or digits", a)
		}
		d.aliases = append(d.aliases, a)
	}
	return nil
}

// setArea makes las the area of d, taking each authority from its current
// partnership.
func (ds *drafts) setArea(d *draft, las []string) error {
	old := d.las
	for _, la := range las {
		o := ds.owner[la]
		if o != nil && o != d {
			o.las = remove(o.las, la)
			if len(o.las) == 0 {
				d.domains = append(d.domains, o.domains...)
				d.aliases = append(d.aliases, o.aliases...)
				d.prev = append(d.prev, o.prev...)
				delete(ds.byID, o.id)
			} else if !slices.Contains(o.las, o.id) {
				return fmt.Errorf("takes %s, the lead authority of %s; give that partnership a new area first", la, o.id)
			}
		}
		ds.owner[la] = d
	}
	d.las = las
	for _, la := range old {
		if slices.Contains(las, la) {
			continue
		}
		if _, taken := ds.byID[la]; taken {
			return fmt.Errorf("drops %s, whose code is another partnership's id", la)
		}
		nd := ds.defaultDraft(la)
		ds.byID[la] = nd
		ds.owner[la] = nd
	}
	return nil
}

func remove(ss []string, s string) []string {
	out := ss[:0:0]
	for _, x := range ss {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

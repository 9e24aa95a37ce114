// Package routing decides who receives each kind of submission. The rules
// live in one readable JSON file (routes.json, embedded); addresses can be
// overridden from the environment so each deployment names its own.
package routing

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"net/mail"
	"sort"
	"strings"

	"github.com/safeguarding-intake/intake/internal/intake"
)

//go:embed routes.json
var defaultRoutes []byte

// Recipient is a national body that receives notifications.
type Recipient struct {
	Name    string `json:"-"`
	Label   string `json:"label"`
	Address string `json:"address"`
	// Env names the environment variable that overrides Address.
	Env  string `json:"env,omitempty"`
	Note string `json:"note,omitempty"`
}

// Routes maps each kind to its recipients.
type Routes struct {
	Note       string                   `json:"note,omitempty"`
	Recipients map[string]Recipient     `json:"recipients"`
	Kinds      map[intake.Kind][]string `json:"routes"`
}

// Default returns the embedded routes.
func Default() *Routes {
	r, err := Parse(strings.NewReader(string(defaultRoutes)))
	if err != nil {
		panic("routing: embedded routes.json is invalid: " + err.Error())
	}
	return r
}

// Parse reads a routes file and checks it: every kind routed, every route
// naming a known recipient with a valid address.
func Parse(rd io.Reader) (*Routes, error) {
	var r Routes
	dec := json.NewDecoder(rd)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("routes file: %w", err)
	}
	for name, rc := range r.Recipients {
		rc.Name = name
		r.Recipients[name] = rc
	}
	return &r, r.validate()
}

func (r *Routes) validate() error {
	for name, rc := range r.Recipients {
		if _, err := mail.ParseAddress(rc.Address); err != nil {
			return fmt.Errorf("routes file: recipient %q has an invalid address %q", name, rc.Address)
		}
	}
	for _, k := range intake.Kinds() {
		names, ok := r.Kinds[k]
		if !ok || len(names) == 0 {
			return fmt.Errorf("routes file: no recipients for %s", k)
		}
		for _, n := range names {
			if _, ok := r.Recipients[n]; !ok {
				return fmt.Errorf("routes file: %s is routed to %q, which is not a recipient", k, n)
			}
		}
	}
	return nil
}

// ApplyEnv overrides addresses from the environment variables the
// recipients name (RECIPIENT_PANEL and so on). An invalid address is an
// error that names the variable.
func (r *Routes) ApplyEnv(getenv func(string) string) error {
	names := make([]string, 0, len(r.Recipients))
	for n := range r.Recipients {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		rc := r.Recipients[n]
		if rc.Env == "" {
			continue
		}
		v := strings.TrimSpace(getenv(rc.Env))
		if v == "" {
			continue
		}
		a, err := mail.ParseAddress(v)
		if err != nil {
			return fmt.Errorf("%s=%q is not an email address", rc.Env, v)
		}
		rc.Address = a.Address
		r.Recipients[n] = rc
	}
	return nil
}

// For returns the recipients of a kind, in the file's order; none for an
// unknown kind.
func (r *Routes) For(k intake.Kind) []Recipient {
	var out []Recipient
	for _, n := range r.Kinds[k] {
		out = append(out, r.Recipients[n])
	}
	return out
}

package portal

import (
	"errors"
	"net/http"
	"net/url"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// listQuery adds the page position in the address (after or before, a
// cursor the list gave out) to q.
func (s *Server) listQuery(w http.ResponseWriter, r *http.Request, ss session, q intake.ListQuery) (intake.ListQuery, bool) {
	v := r.URL.Query()
	q.After, q.Before = v.Get("after"), v.Get("before")
	if len(q.After) > 400 || len(q.Before) > 400 {
		s.problem(w, r, ss, http.StatusBadRequest)
		return q, false
	}
	return q, true
}

// page reads one page of the list, answering Bad Request for a cursor
// that was changed by hand.
func (s *Server) page(w http.ResponseWriter, r *http.Request, ss session, q intake.ListQuery) (intake.ListPage, bool) {
	p, err := s.cfg.Ledger.Page(r.Context(), q)
	if errors.Is(err, intake.ErrBadCursor) {
		s.problem(w, r, ss, http.StatusBadRequest)
		return p, false
	}
	if err != nil {
		s.fail(w, r, err)
		return p, false
	}
	return p, true
}

// pager holds the links to the pages either side of a list page.
type pager struct{ Prev, Next string }

// newPager links the pages either side of p at path, keeping the filters.
func newPager(path string, filters url.Values, p intake.ListPage) pager {
	link := func(dir, cursor string) string {
		if cursor == "" {
			return ""
		}
		v := url.Values{}
		for k, vs := range filters {
			v[k] = vs
		}
		v.Set(dir, cursor)
		return path + "?" + v.Encode()
	}
	return pager{Prev: link("before", p.Prev), Next: link("after", p.Next)}
}

// filterValues are the staff list's filters as the address carries them,
// the empty ones left out.
func filterValues(q intake.ListQuery) url.Values {
	v := url.Values{}
	for k, x := range map[string]string{"kind": string(q.Kind), "partnership": q.Partnership, "status": string(q.Status), "late": q.Late} {
		if x != "" {
			v.Set(k, x)
		}
	}
	return v
}

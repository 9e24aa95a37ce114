package portal

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
	"github.com/safeguarding-intake/intake/internal/receipt"
)

// obligationRow is one obligation as the pages show it.
type obligationRow struct {
	Partnership, PartnershipID, What, Kind, Ref string
	Due, Status, StatusClass, Late, MetBy       string
}

func (s *Server) obligationRows(obs []obligations.Obligation, at time.Time) []obligationRow {
	rows := make([]obligationRow, 0, len(obs))
	for _, o := range obs {
		row := obligationRow{
			Partnership: receipt.Clean(o.Partnership.Name, 100), PartnershipID: o.Partnership.ID,
			What: receipt.Clean(o.What(), 200), Kind: o.Kind.Label(), Ref: receipt.Clean(o.Ref, 60),
			Due: "Not known", MetBy: o.MetBy,
		}
		if !o.Due.IsZero() {
			row.Due = receipt.Date(intake.ISODate(o.Due))
		}
		switch {
		case o.Status == obligations.Met && o.Late:
			row.Status, row.StatusClass = "Met late", "tag-yellow"
		case o.Status == obligations.Met:
			row.Status, row.StatusClass = "Met", "tag-green"
		case o.Status == obligations.Overdue:
			row.Status, row.StatusClass = "Overdue", "tag-red"
		case o.DueSoon(at):
			row.Status, row.StatusClass = "Due soon", "tag-yellow"
		case o.Status == obligations.Due:
			row.Status, row.StatusClass = "Due", "tag-grey"
		default:
			row.Status, row.StatusClass = "Due date not known", "tag-grey"
		}
		if n := o.DaysLate(at); n > 0 {
			row.Late = fmt.Sprintf("%d working %s", n, plural(n, "day", "days"))
		}
		rows = append(rows, row)
	}
	return rows
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// obligationsAt computes every obligation today (Europe/London).
func (s *Server) obligationsAt(r *http.Request) ([]obligations.Obligation, time.Time, error) {
	at := intake.Day(s.cfg.Now())
	obs, _, err := obligations.Load(r.Context(), s.cfg.Obligations, obligations.Partnerships(s.reg), at, obligations.Round2023Until(s.cfg.Round2023Due))
	return obs, at, err
}

// obligationFilter reads the page's filters; a value that is not one of
// the choices is ignored, as the select offers no other.
func (s *Server) obligationFilter(q url.Values) obligations.Filter {
	var f obligations.Filter
	if p := q.Get("partnership"); p != "" {
		if _, ok := s.reg.ByID(p); ok {
			f.Partnership = p
		}
	}
	if k := obligations.Kind(q.Get("obligation")); slices.Contains(obligations.Kinds, k) {
		f.Kind = k
	}
	if st := obligations.Status(q.Get("status")); slices.Contains(obligations.Statuses, st) {
		f.Status = st
	}
	return f
}

func filterQuery(f obligations.Filter) string {
	v := url.Values{}
	if f.Partnership != "" {
		v.Set("partnership", f.Partnership)
	}
	if f.Kind != "" {
		v.Set("obligation", string(f.Kind))
	}
	if f.Status != "" {
		v.Set("status", string(f.Status))
	}
	return v.Encode()
}

func (s *Server) staffObligations(w http.ResponseWriter, r *http.Request, ss session) {
	if s.cfg.Obligations == nil {
		s.problem(w, r, ss, http.StatusNotFound)
		return
	}
	s.renderObligations(w, r, ss, s.obligationFilter(r.URL.Query()), http.StatusOK, nil, "")
}

// renderObligations shows the staff's Obligations page: the filters, the
// import form (with errs, or the notice of what was imported) and the
// obligations f keeps.
func (s *Server) renderObligations(w http.ResponseWriter, r *http.Request, ss session, f obligations.Filter, status int, errs []fieldError, notice string) {
	all, at, err := s.obligationsAt(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	obs := f.Apply(all)
	parts := []labelled{{"Any partnership", ""}}
	for _, p := range s.reg.All() {
		parts = append(parts, labelled{receipt.Clean(p.Name, 100), p.ID})
	}
	slices.SortFunc(parts[1:], func(a, b labelled) int { return strings.Compare(a.Label, b.Label) })
	kinds := []labelled{{"Any obligation", ""}}
	for _, k := range obligations.Kinds {
		kinds = append(kinds, labelled{k.Label(), string(k)})
	}
	csv := "/staff/obligations.csv"
	if q := filterQuery(f); q != "" {
		csv += "?" + q
	}
	s.render(w, r, ss, status, "obligations", "Obligations", errs, struct {
		Partnerships, Kinds, Statuses []option
		Rows                          []obligationRow
		Summary, Date, CSV, Notice    string
	}{
		Partnerships: options(f.Partnership, parts...),
		Kinds:        options(string(f.Kind), kinds...),
		Statuses: options(string(f.Status), labelled{"Any status", ""}, labelled{"Overdue", "overdue"},
			labelled{"Due", "due"}, labelled{"Met", "met"}, labelled{"Due date not known", "unknown"}),
		Rows:    s.obligationRows(obs, at),
		Summary: obligations.Summarise(obs, at).String() + ".",
		Date:    receipt.Date(intake.ISODate(at)),
		CSV:     csv,
		Notice:  notice,
	})
}

func (s *Server) staffObligationsCSV(w http.ResponseWriter, r *http.Request, ss session) {
	if s.cfg.Obligations == nil {
		s.problem(w, r, ss, http.StatusNotFound)
		return
	}
	all, at, err := s.obligationsAt(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	obs := s.obligationFilter(r.URL.Query()).Apply(all)
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="obligations-`+intake.ISODate(at)+`.csv"`)
	if err := obligations.WriteCSV(w, obs, at); err != nil {
		s.log.WithField("error", err.Error()).Warn("writing the obligations CSV")
	}
}

// importSINs takes a SIN export (or, with what=baseline, a baseline)
// uploaded by staff and imports it as 'intake sins import' does: the
// whole file or nothing, every bad row listed.
func (s *Server) importSINs(w http.ResponseWriter, r *http.Request, ss session) {
	if s.cfg.Obligations == nil {
		s.problem(w, r, ss, http.StatusNotFound)
		return
	}
	if !s.multipartForm(w, r, ss, obligations.MaxFileBytes, 1<<20) {
		return
	}
	defer r.MultipartForm.RemoveAll()
	imp, noun := obligations.ImportSINs, "SINs"
	if r.PostFormValue("what") == "baseline" {
		imp, noun = obligations.ImportBaseline, "baseline rows"
	}
	var errs []fieldError
	f, hdr, err := r.FormFile("file")
	if err != nil {
		errs = append(errs, fieldError{"file", "Choose a CSV file to import"})
	}
	var data []byte
	if err == nil {
		data, err = io.ReadAll(io.LimitReader(f, obligations.MaxFileBytes+1))
		f.Close()
		if err != nil {
			s.problem(w, r, ss, http.StatusBadRequest)
			return
		}
	}
	if len(errs) == 0 {
		var n int
		n, err = imp(r.Context(), s.cfg.Obligations, receipt.Clean(hdr.Filename, 100), data, s.reg)
		var ie *obligations.ImportError
		switch {
		case errors.As(err, &ie):
			errs = append(errs, fieldError{"file", "Nothing was imported: " + receipt.Clean(ie.Problems[0].String(), 200)})
			for _, p := range ie.Problems[1:] {
				errs = append(errs, fieldError{"file", receipt.Clean(p.String(), 200)})
			}
			if ie.More > 0 {
				errs = append(errs, fieldError{"file", fmt.Sprintf("and %d more rows", ie.More)})
			}
		case err != nil:
			s.fail(w, r, err)
			return
		default:
			s.log.WithFields(map[string]any{"import": noun, "rows": n, "by": s.pseudonym(ss.Who.Name)}).Info("imported")
			notice := fmt.Sprintf("Imported %d %s from %s.", n, noun, receipt.Clean(hdr.Filename, 100))
			s.renderObligations(w, r, ss, obligations.Filter{}, http.StatusOK, nil, notice)
			return
		}
	}
	s.renderObligations(w, r, ss, obligations.Filter{}, http.StatusUnprocessableEntity, errs, "")
}

// partnershipObligations are the signed-in partnership's own, for its
// home page; nil when the portal has no obligations store.
func (s *Server) partnershipObligations(r *http.Request, id string) ([]obligationRow, string, error) {
	if s.cfg.Obligations == nil {
		return nil, "", nil
	}
	all, at, err := s.obligationsAt(r)
	if err != nil {
		return nil, "", err
	}
	obs := obligations.Filter{Partnership: id}.Apply(all)
	return s.obligationRows(obs, at), obligations.Summarise(obs, at).String() + ".", nil
}

// Package portal serves the web pages of the service: the portal where a
// signed-in safeguarding partnership sends a document and sees its outcome
// and receipt, and the staff view of every submission for the national
// bodies. The same http.Handler runs behind 'intake serve' and the portal
// Lambda function; where uploads go is an Uploads port.
package portal

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/obligations"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/tmpl"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Ledger is the part of the ledger the pages read.
type Ledger interface {
	Get(ctx context.Context, id string) (intake.Record, bool, error)
	Page(ctx context.Context, q intake.ListQuery) (intake.ListPage, error)
	Partnerships(ctx context.Context) ([]intake.Partnership, error)
}

// Audit is the ledger's trail of staff views and downloads: only ever
// added to, and never offered for deletion by the portal.
type Audit interface {
	RecordAccess(ctx context.Context, a intake.Access) error
	Accesses(ctx context.Context, id string) ([]intake.Access, error)
}

// Resender sends a delivery again at a member of staff's request;
// *pipeline.Pipeline is one.
type Resender interface {
	Resend(ctx context.Context, id, recipient, by string) (intake.Outcome, error)
}

// Limiter counts sign-in attempts under a key: Allow reports whether one
// more is within limit attempts per window. The portal's own keeps its
// counts in memory, which suits one process ('intake serve'); behind a
// Lambda function every execution environment would keep its own, so
// there it counts in a store they share.
type Limiter interface {
	Allow(ctx context.Context, key string, limit int, window time.Duration) (bool, error)
}

// SignOuts records the sessions signed out before they expire, so that a
// copy of a signed-out cookie opens nothing. Sessions are named by a hash
// of their id (SignOutKey), never the id itself.
type SignOuts interface {
	// End records that the session named key is over; the record is
	// needed only until the session would have expired anyway.
	End(ctx context.Context, key string, until time.Time) error
	// Ended reports whether the session named key was signed out.
	Ended(ctx context.Context, key string) (bool, error)
}

// Sign-in limits: ten attempts a minute from one address, and twenty a
// minute at one partnership's codes (or the staff's) from anywhere.
const (
	ipAttempts    = 10
	scopeAttempts = 20
	attemptWindow = time.Minute
)

// Files reads stored blobs: the receipts offered for download.
type Files interface {
	Read(ctx context.Context, key string) ([]byte, error)
}

// Config is what a Server needs. Ledger, Uploads, Credentials, Files and
// SessionKey are required.
type Config struct {
	Ledger      Ledger
	Uploads     Uploads
	Credentials Credentials
	Files       Files
	// Audit records every staff view and download; nil means the Ledger,
	// which must then be one (both ledgers are).
	Audit Audit
	// Resender, when nil, leaves the staff view without resend buttons.
	Resender Resender
	// Limiter counts sign-in attempts; nil counts them in memory.
	Limiter Limiter
	// SignOuts records signed-out sessions; nil keeps them in memory,
	// which suits one process.
	SignOuts SignOuts
	// Obligations holds the SINs and baseline the Obligations pages
	// compute from, and takes staff imports; nil leaves those pages out.
	// Both ledgers are one.
	Obligations obligations.Store
	// Round2023Due is the 2023 arrangements round's deadline, as
	// ARRANGEMENTS_DUE_2023 moves it; zero: the default.
	Round2023Due time.Time
	// Registry names partnerships; nil means registry.Default().
	Registry *registry.Registry
	// SessionKey signs session cookies and CSRF tokens: at least 32 random
	// bytes, the same for every instance serving the portal.
	SessionKey []byte
	// Insecure drops the Secure flag from cookies. Browsers keep Secure
	// cookies only over HTTPS, and 'intake serve' speaks plain HTTP on
	// 127.0.0.1 (which never leaves the machine); nothing else may set it.
	Insecure bool
	// FormOrigins are origins besides the portal's own that its forms may
	// post to: the bucket taking presigned uploads.
	FormOrigins []string
	// BaseURL is the portal's public origin (https://portal.example.gov.uk),
	// where the bucket sends the browser back after an upload; empty means
	// the request's own host.
	BaseURL string
	// MaxBytes is the largest file taken; zero means DefaultMaxBytes.
	MaxBytes int64
	// SessionTTL is how long a sign-in lasts; zero means 8 hours.
	SessionTTL time.Duration
	Now        func() time.Time
	Log        logrus.FieldLogger
}

// Server is the portal and the staff view as one http.Handler.
type Server struct {
	cfg      Config
	reg      *registry.Registry
	sessions *sessions
	attempts Limiter
	signOuts SignOuts
	pages    map[string]*tmpl.Set
	mux      *http.ServeMux
	handler  http.Handler // mux, behind the cross-origin check
	csp      string
	log      logrus.FieldLogger
}

// New checks cfg and builds the handler.
func New(cfg Config) (*Server, error) {
	switch {
	case cfg.Ledger == nil, cfg.Uploads == nil, cfg.Credentials == nil, cfg.Files == nil:
		return nil, errors.New("portal: Ledger, Uploads, Credentials and Files are required")
	case len(cfg.SessionKey) < 32:
		return nil, errors.New("portal: the session key must be at least 32 bytes")
	}
	if cfg.Audit == nil {
		a, ok := cfg.Ledger.(Audit)
		if !ok {
			return nil, errors.New("portal: an Audit is required when the Ledger keeps no audit trail")
		}
		cfg.Audit = a
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = 8 * time.Hour
	}
	s := &Server{
		cfg: cfg,
		reg: cfg.Registry,
		sessions: &sessions{
			key: cfg.SessionKey, secure: !cfg.Insecure, ttl: cfg.SessionTTL, now: cfg.Now,
		},
		attempts: cfg.Limiter,
		signOuts: cfg.SignOuts,
		log:      cfg.Log,
	}
	if s.attempts == nil {
		s.attempts = newLimiter(cfg.Now)
	}
	if s.signOuts == nil {
		s.signOuts = newMemSignOuts(cfg.Now)
	}
	if s.reg == nil {
		s.reg = registry.Default()
	}
	if s.log == nil {
		l := logrus.New()
		l.SetOutput(io.Discard)
		s.log = l
	}
	formAction := "'self'"
	for _, o := range cfg.FormOrigins {
		if strings.ContainsAny(o, " ;'\"") {
			return nil, fmt.Errorf("portal: form origin %q", o)
		}
		formAction += " " + o
	}
	s.csp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action " + formAction +
		"; frame-ancestors 'none'; base-uri 'none'"
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	s.routes()
	// Beside the CSRF tokens: a POST a browser says comes from another
	// site is refused before its body is read.
	cop := http.NewCrossOriginProtection()
	if cfg.BaseURL != "" {
		if err := cop.AddTrustedOrigin(strings.TrimSuffix(cfg.BaseURL, "/")); err != nil {
			return nil, fmt.Errorf("portal: base URL: %w", err)
		}
	}
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.log.WithField("path", r.URL.Path).Warn("cross-origin request refused")
		s.problem(w, r, s.cookieSession(w, r), http.StatusForbidden)
	}))
	s.handler = cop.Handler(s.mux)
	return s, nil
}

func parsePages() (map[string]*tmpl.Set, error) {
	layout := tmpl.NewHTML(nil)
	if err := layout.ParseFS(templateFS, "templates/layout.html"); err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*tmpl.Set{}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		t := layout.Clone()
		if err := t.ParseFS(templateFS, n); err != nil {
			return nil, err
		}
		pages[name] = t
	}
	return pages, nil
}

func (s *Server) routes() {
	m := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	files := http.FileServerFS(static)
	m.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})))
	m.HandleFunc("GET /{$}", s.home)
	m.HandleFunc("GET /sign-in", s.signInPage)
	m.HandleFunc("POST /sign-in", s.signIn)
	m.HandleFunc("POST /sign-out", s.signOut)
	m.HandleFunc("GET /send", s.partnership(s.kindPage))
	m.HandleFunc("POST /send", s.partnership(s.chooseKind))
	m.HandleFunc("GET /send/date", s.partnership(s.datePage))
	m.HandleFunc("POST /send/date", s.partnership(s.chooseDate))
	m.HandleFunc("GET /send/link", s.partnership(s.linkPage))
	m.HandleFunc("POST /send/link", s.partnership(s.sendLink))
	m.HandleFunc("GET /send/file", s.partnership(s.filePage))
	m.HandleFunc("POST /send/file", s.partnershipFile(s.sendFile))
	m.HandleFunc("GET /uploads/{upload}", s.partnership(s.uploadPage))
	m.HandleFunc("GET /submissions/{id}", s.partnership(s.submissionPage))
	m.HandleFunc("GET /submissions/{id}/receipt", s.partnership(s.partnershipReceipt))
	m.HandleFunc("GET /staff", s.staff(s.staffList))
	m.HandleFunc("GET /staff/submissions/{id}", s.staff(s.staffSubmission))
	m.HandleFunc("GET /staff/submissions/{id}/receipt", s.staff(s.staffReceipt))
	m.HandleFunc("POST /staff/submissions/{id}/resend", s.staff(s.resend))
	m.HandleFunc("GET /staff/obligations", s.staff(s.staffObligations))
	m.HandleFunc("GET /staff/obligations.csv", s.staff(s.staffObligationsCSV))
	// The import takes a file: its handler checks the CSRF token in the
	// multipart body.
	m.HandleFunc("POST /staff/obligations/import", s.guard(RoleStaff, true, s.importSINs))
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if ss, ok := s.session(w, r); ok {
			s.problem(w, r, ss, http.StatusNotFound)
		}
	})
	s.mux = m
}

// ServeHTTP sets the security headers every response carries and
// recovers from a panic in a handler with a plain error page.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", s.csp)
	h.Set("X-Frame-Options", "DENY")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	if !s.cfg.Insecure {
		h.Set("Strict-Transport-Security", "max-age=31536000")
	}
	h.Set("Cache-Control", "no-store")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.WithField("path", r.URL.Path).Errorf("panic: %v", v)
			http.Error(w, "Sorry, there is a problem with the service. Try again later.", http.StatusInternalServerError)
		}
	}()
	s.handler.ServeHTTP(w, r)
}

// session returns the request's session, starting a visitor session when
// it has none (or a forged, expired or malformed one). A signed-in
// session's credential is looked up again, so that one revoked since, or
// now issued to someone else, leaves a visitor; so does a session signed
// out, whose cookie someone kept. It reports false when the credentials
// or the sign-outs cannot be read, having answered with an error page.
func (s *Server) session(w http.ResponseWriter, r *http.Request) (session, bool) {
	ss := s.cookieSession(w, r)
	if !ss.signedIn() {
		return ss, true
	}
	who, found, err := s.cfg.Credentials.Lookup(r.Context(), ss.Cred)
	if err != nil {
		s.fail(w, r, err)
		return session{}, false
	}
	if !found || who != ss.Who {
		s.log.WithFields(map[string]any{"role": ss.Who.Role, "partnership": ss.Who.Partnership}).Info("session ended: its sign-in code was revoked or reissued")
		return s.sessions.issue(w, Principal{}, ""), true
	}
	ended, err := s.signOuts.Ended(r.Context(), SignOutKey(ss.ID))
	if err != nil {
		s.fail(w, r, err)
		return session{}, false
	}
	if ended {
		s.log.WithFields(map[string]any{"role": ss.Who.Role, "partnership": ss.Who.Partnership}).Warn("signed-out session refused")
		return s.sessions.issue(w, Principal{}, ""), true
	}
	return ss, true
}

// cookieSession is session without the look-up: the session as its cookie
// says, for the forms that sign in and out, which need only its CSRF
// token.
func (s *Server) cookieSession(w http.ResponseWriter, r *http.Request) session {
	if ss, ok := s.sessions.read(r); ok {
		return ss
	}
	return s.sessions.issue(w, Principal{}, "")
}

type handler func(w http.ResponseWriter, r *http.Request, ss session)

// partnership lets through signed-in partnerships only; POSTs must carry
// the session's CSRF token.
func (s *Server) partnership(h handler) http.HandlerFunc {
	return s.guard(RolePartnership, false, h)
}

// partnershipFile is partnership for the one route that takes a file
// posted to the portal: its multipart body is left to the handler, which
// must check the CSRF token in it.
func (s *Server) partnershipFile(h handler) http.HandlerFunc {
	return s.guard(RolePartnership, true, h)
}

// staff lets through signed-in staff only. A partnership's session is
// refused: the staff view has its own credentials.
func (s *Server) staff(h handler) http.HandlerFunc {
	return s.guard(RoleStaff, false, h)
}

func (s *Server) guard(role string, file bool, h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ss, ok := s.session(w, r)
		if !ok {
			return
		}
		if !ss.signedIn() {
			http.Redirect(w, r, "/sign-in", http.StatusSeeOther)
			return
		}
		if ss.Who.Role != role {
			s.problem(w, r, ss, http.StatusForbidden)
			return
		}
		if r.Method == http.MethodPost && !(file && multipartBody(r)) && !s.checkPost(w, r, ss) {
			return
		}
		h(w, r, ss)
	}
}

// multipartBody reports whether a request says it carries multipart form
// data.
func multipartBody(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && mt == "multipart/form-data"
}

// checkPost parses a small url-encoded form and checks its CSRF token. A
// body of any other type leaves the form empty, and so is refused.
func (s *Server) checkPost(w http.ResponseWriter, r *http.Request, ss session) bool {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.problem(w, r, ss, http.StatusBadRequest)
		return false
	}
	if !s.sessions.checkCSRF(ss, r.PostForm.Get("csrf")) {
		s.problem(w, r, ss, http.StatusForbidden)
		return false
	}
	return true
}

// fieldError is one problem with what someone entered, shown in the error
// summary (linking to Field, an element id) and beside the field.
type fieldError struct{ Field, Message string }

// renderCheck, when set, sees every page rendered: the tests compare each
// with what html/template makes of the same page and view.
var renderCheck func(page string, v view, got string, err error)

// view is what every page template gets.
type view struct {
	Title    string
	Who      Principal
	WhoLabel string
	CSRF     string
	Errors   []fieldError
	D        any
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, ss session, status int, page, title string, errs []fieldError, data any) {
	v := view{Title: title, CSRF: s.sessions.csrf(ss), Errors: errs, D: data}
	if ss.signedIn() {
		v.Who = ss.Who
		v.WhoLabel = ss.Who.Name
		if ss.Who.Role == RolePartnership {
			v.WhoLabel = s.partnershipName(ss.Who.Partnership)
		}
	}
	t, ok := s.pages[page]
	if !ok {
		panic("portal: no page " + page)
	}
	var b strings.Builder
	err := t.Execute(&b, "layout", v)
	if renderCheck != nil {
		renderCheck(page, v, b.String(), err)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	io.WriteString(w, b.String())
}

func (s *Server) partnershipName(id string) string {
	if p, ok := s.reg.ByID(id); ok {
		return p.Name
	}
	return id
}

// problem renders a plain page for an HTTP error status.
func (s *Server) problem(w http.ResponseWriter, r *http.Request, ss session, status int) {
	type text struct{ Heading, Text string }
	t := text{"Page not found", "If you typed the web address, check it is correct. If you followed a link to a submission, it may belong to another account."}
	switch status {
	case http.StatusForbidden:
		t = text{"You cannot see this page", "This page is not open to the account you signed in with, or the form had expired. Go back, reload the page and try again."}
	case http.StatusBadRequest:
		t = text{"Sorry, we could not read that", "Go back and try again."}
	case http.StatusRequestEntityTooLarge:
		t = text{"The file is too large", fmt.Sprintf("The file must be smaller than %s. Go back and choose a smaller file.", sizeText(s.cfg.MaxBytes))}
	}
	s.render(w, r, ss, status, "problem", t.Heading, nil, t)
}

// fail logs an unexpected error once and shows a plain sentence.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	s.log.WithField("path", r.URL.Path).WithError(err).Error("request failed")
	http.Error(w, "Sorry, there is a problem with the service. Try again later.", http.StatusInternalServerError)
}

// clientIP is the address the request came from: the connection's peer
// (the Lambda adapter sets it from the Function URL's source IP). A
// forwarded-for header is not trusted: anyone can write one.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// baseURL is the portal's own origin, for links that leave it and come
// back (the bucket's redirect after an upload).
func (s *Server) baseURL(r *http.Request) string {
	if s.cfg.BaseURL != "" {
		return strings.TrimSuffix(s.cfg.BaseURL, "/")
	}
	scheme := "https"
	if s.cfg.Insecure {
		scheme = "http"
	}
	return scheme + "://" + r.Host
}

func sizeText(n int64) string {
	return fmt.Sprintf("%d MB", n>>20)
}

// pseudonym stands for an address (a client's IP, a person's email) in
// the log: a keyed hash, the same for one address wherever the session
// key is, which tells one client's events from another's without
// keeping the address.
func (s *Server) pseudonym(addr string) string {
	m := hmac.New(sha256.New, s.cfg.SessionKey)
	m.Write([]byte("log\x00" + addr))
	return hex.EncodeToString(m.Sum(nil)[:8])
}

package portal

import (
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/receipt"
)

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	ss, ok := s.session(w, r)
	if !ok {
		return
	}
	switch ss.Who.Role {
	case RoleStaff:
		http.Redirect(w, r, "/staff", http.StatusSeeOther)
		return
	case RolePartnership:
	default:
		http.Redirect(w, r, "/sign-in", http.StatusSeeOther)
		return
	}
	q, ok := s.listQuery(w, r, ss, intake.ListQuery{Partnership: ss.Who.Partnership})
	if !ok {
		return
	}
	page, ok := s.page(w, r, ss, q)
	if !ok {
		return
	}
	type row struct{ ID, File, Kind, Received, Status, StatusClass string }
	var rows []row
	for _, rec := range page.Records {
		if !owns(ss.Who, rec) {
			continue
		}
		rows = append(rows, row{
			ID: rec.ID, File: receipt.Clean(rec.File, 80), Kind: rec.Kind.Label(),
			Received: receipt.Time(rec.Received), Status: statusWord(rec.Status), StatusClass: statusClass(rec.Status),
		})
	}
	owed, summary, err := s.partnershipObligations(r, ss.Who.Partnership)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, ss, http.StatusOK, "home", "Your submissions", nil, struct {
		Partnership string
		Rows        []row
		Pager       pager
		Obligations []obligationRow
		Summary     string
	}{s.partnershipName(ss.Who.Partnership), rows, newPager("/", nil, page), owed, summary})
}

// owns reports whether a submission belongs to the signed-in partnership:
// the one the pipeline recorded it under. References are not secrets, so
// every page about a submission asks this.
func owns(who Principal, rec intake.Record) bool {
	return who.Role == RolePartnership && rec.Partnership != nil && rec.Partnership.ID == who.Partnership
}

type signInData struct {
	Code  string
	Error bool
	// Account, for a code that came in the address, says whose it is
	// before anyone signs in with it.
	Account *account
}

type account struct{ Where, Name string }

func (s *Server) signInPage(w http.ResponseWriter, r *http.Request) {
	ss, ok := s.session(w, r)
	if !ok {
		return
	}
	// A code in the address (a sign-in link) fills the form; it still
	// has to be sent with the form's CSRF token to sign in. Someone could
	// send a link carrying their own code, to have the reader sign in as
	// them and send them a document: so the page says whose code it is.
	code := strings.TrimSpace(r.URL.Query().Get("code"))
	if len(code) > 200 {
		code = ""
	}
	d := signInData{Code: code}
	if code != "" {
		who, res, err := s.tryCode(r, code)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if res == codeRight {
			d.Account = &account{Where: "the staff view", Name: who.Name}
			if who.Role == RolePartnership {
				d.Account.Where = s.partnershipName(who.Partnership)
			}
		}
	}
	s.render(w, r, ss, http.StatusOK, "signin", "Sign in", nil, d)
}

// codeResult is what came of trying a sign-in code.
type codeResult int

const (
	codeRight codeResult = iota
	codeWrong
	tooManyFromAddress
	tooManyForAccount
)

// tryCode looks a sign-in code up within the limits on attempts. An
// address may try ipAttempts codes a window, right or wrong, so it can
// lock out only itself. Wrong codes are counted against the scope they
// claim (the text before the first dot, anyone's to write), and beyond
// scopeAttempts a window they are refused as too many: that is what
// shows and logs a guessing spread over many addresses. A right code is
// never refused for its scope, or anyone could lock a partnership or
// the staff out by sending wrong codes under its name. Guessing is no
// way in regardless: a code carries 256 random bits.
func (s *Server) tryCode(r *http.Request, code string) (Principal, codeResult, error) {
	ctx, ip := r.Context(), clientIP(r)
	if ok, err := s.attempts.Allow(ctx, "ip:"+ip, ipAttempts, attemptWindow); err != nil {
		return Principal{}, 0, err
	} else if !ok {
		s.log.WithField("address", s.pseudonym(ip)).Warn("sign-in refused: too many attempts from one address")
		return Principal{}, tooManyFromAddress, nil
	}
	who, found, err := s.cfg.Credentials.Lookup(ctx, HashCode(code))
	if err != nil {
		return Principal{}, 0, err
	}
	if found && who.valid() {
		return who, codeRight, nil
	}
	if scope := codeScope(code); scope != "" {
		if ok, err := s.attempts.Allow(ctx, "scope:"+scope, scopeAttempts, attemptWindow); err != nil {
			return Principal{}, 0, err
		} else if !ok {
			s.log.WithFields(map[string]any{"scope": receipt.Clean(scope, 20), "address": s.pseudonym(ip)}).Warn("sign-in refused: too many wrong codes for one account")
			return Principal{}, tooManyForAccount, nil
		}
	}
	s.log.WithFields(map[string]any{"scope": receipt.Clean(codeScope(code), 20), "address": s.pseudonym(ip)}).Warn("sign-in refused: wrong code")
	return Principal{}, codeWrong, nil
}

func (s *Server) signIn(w http.ResponseWriter, r *http.Request) {
	ss := s.cookieSession(w, r)
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.problem(w, r, ss, http.StatusBadRequest)
		return
	}
	if !s.sessions.checkCSRF(ss, r.PostForm.Get("csrf")) {
		s.problem(w, r, ss, http.StatusForbidden)
		return
	}
	again := func(status int, msg string) {
		s.render(w, r, ss, status, "signin", "Sign in", []fieldError{{"code", msg}}, signInData{Error: true})
	}
	code := strings.TrimSpace(r.PostForm.Get("code"))
	if code == "" {
		again(http.StatusOK, "Enter your sign-in code")
		return
	}
	who, res, err := s.tryCode(r, code)
	switch {
	case err != nil:
		s.fail(w, r, err)
		return
	case res == tooManyFromAddress:
		again(http.StatusTooManyRequests, "You have tried to sign in too many times. Wait a minute, then try again")
		return
	case res == tooManyForAccount:
		again(http.StatusTooManyRequests, "There have been too many attempts to sign in to this account. Wait a minute, then try again")
		return
	case res != codeRight:
		again(http.StatusOK, "The sign-in code is not right. Check you copied all of it")
		return
	}
	// A new session id on signing in, so a visitor session someone
	// planted cannot become a signed-in one.
	s.sessions.issue(w, who, HashCode(code))
	s.log.WithFields(map[string]any{"role": who.Role, "partnership": who.Partnership}).Info("signed in")
	to := "/"
	if who.Role == RoleStaff {
		to = "/staff"
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// signOut needs no look-up of the credential: a session whose code was
// revoked can still be ended. The end is recorded, not only the cookie
// cleared: a copy of the cookie must open nothing afterwards.
func (s *Server) signOut(w http.ResponseWriter, r *http.Request) {
	ss := s.cookieSession(w, r)
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil || !s.sessions.checkCSRF(ss, r.PostForm.Get("csrf")) {
		s.problem(w, r, ss, http.StatusForbidden)
		return
	}
	if ss.signedIn() {
		if err := s.signOuts.End(r.Context(), SignOutKey(ss.ID), time.Unix(ss.Expires, 0)); err != nil {
			s.fail(w, r, err)
			return
		}
		s.log.WithFields(map[string]any{"role": ss.Who.Role, "partnership": ss.Who.Partnership}).Info("signed out")
	}
	s.sessions.clear(w)
	http.Redirect(w, r, "/sign-in", http.StatusSeeOther)
}

type kindOption struct{ Value, Label, Hint string }

var kindOptions = []kindOption{
	{string(intake.RapidReview), "A rapid review", "After a serious incident notification. It goes to the Child Safeguarding Practice Review Panel."},
	{string(intake.YearlyReport), "Your yearly report", "The partners' report on the year. It goes to the Panel and to Foundations."},
	{string(intake.Arrangements), "Your safeguarding arrangements", "A link to where they are published, or the document. They go to the Department for Education."},
	{string(intake.PracticeReview), "A local child safeguarding practice review", "The final report, or the information about the improvements to be made if that is all you publish, at least 7 working days before you publish it. It goes to the Panel, the Secretary of State and Ofsted. Learning briefings are not sent."},
}

func (s *Server) kindPage(w http.ResponseWriter, r *http.Request, ss session) {
	s.render(w, r, ss, http.StatusOK, "kind", "What are you sending?", nil, struct {
		Kinds  []kindOption
		Chosen string
	}{kindOptions, r.URL.Query().Get("kind")})
}

func (s *Server) chooseKind(w http.ResponseWriter, r *http.Request, ss session) {
	k, ok := intake.ParseKind(r.PostForm.Get("kind"))
	if !ok || k == intake.Unknown {
		s.render(w, r, ss, http.StatusOK, "kind", "What are you sending?",
			[]fieldError{{"kind", "Select what you are sending"}},
			struct {
				Kinds  []kindOption
				Chosen string
			}{kindOptions, ""})
		return
	}
	switch k {
	case intake.YearlyReport:
		http.Redirect(w, r, "/send/date", http.StatusSeeOther)
	case intake.Arrangements:
		http.Redirect(w, r, "/send/link", http.StatusSeeOther)
	default:
		http.Redirect(w, r, "/send/file?kind="+string(k), http.StatusSeeOther)
	}
}

type dateData struct{ Day, Month, Year string }

func (s *Server) datePage(w http.ResponseWriter, r *http.Request, ss session) {
	s.render(w, r, ss, http.StatusOK, "date", "When did you publish the yearly report?", nil, dateData{})
}

func (s *Server) chooseDate(w http.ResponseWriter, r *http.Request, ss session) {
	in := dateData{
		Day:   strings.TrimSpace(r.PostForm.Get("day")),
		Month: strings.TrimSpace(r.PostForm.Get("month")),
		Year:  strings.TrimSpace(r.PostForm.Get("year")),
	}
	d, msg := parseDate(in, s.cfg.Now())
	if msg != "" {
		s.render(w, r, ss, http.StatusOK, "date", "When did you publish the yearly report?",
			[]fieldError{{"published-day", msg}}, in)
		return
	}
	http.Redirect(w, r, "/send/file?"+url.Values{"kind": {string(intake.YearlyReport)}, "published": {d}}.Encode(), http.StatusSeeOther)
}

// parseDate checks a day, month and year as people type them and returns
// the date as YYYY-MM-DD, or a message saying what is wrong.
func parseDate(in dateData, now time.Time) (string, string) {
	if in.Day == "" && in.Month == "" && in.Year == "" {
		return "", "Enter the date the report was published"
	}
	var missing []string
	for _, f := range []struct{ v, name string }{{in.Day, "day"}, {in.Month, "month"}, {in.Year, "year"}} {
		if f.v == "" {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		return "", "The date the report was published must include a " + strings.Join(missing, " and a ")
	}
	day, err1 := strconv.Atoi(in.Day)
	month, err2 := strconv.Atoi(in.Month)
	year, err3 := strconv.Atoi(in.Year)
	if err1 != nil || err2 != nil || err3 != nil || len(in.Year) != 4 {
		return "", "The date the report was published must be a real date, like 30 9 2024"
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month || t.Year() != year {
		return "", "The date the report was published must be a real date, like 30 9 2024"
	}
	if t.After(intake.Day(now)) {
		return "", "The date the report was published must be today or in the past"
	}
	if year < 2018 {
		return "", "The date the report was published must be after the partnerships began, in 2018 or later"
	}
	return intake.ISODate(t), ""
}

func (s *Server) linkPage(w http.ResponseWriter, r *http.Request, ss session) {
	s.render(w, r, ss, http.StatusOK, "link", "What is the link to your published arrangements?", nil, struct{ Link string }{})
}

func (s *Server) sendLink(w http.ResponseWriter, r *http.Request, ss session) {
	link := strings.TrimSpace(r.PostForm.Get("link"))
	if msg := checkLink(link); msg != "" {
		s.render(w, r, ss, http.StatusOK, "link", "What is the link to your published arrangements?",
			[]fieldError{{"link", msg}}, struct{ Link string }{link})
		return
	}
	u := s.newUpload(ss, intake.Arrangements, "")
	// A Windows Internet Shortcut: the form in which the pipeline reads a
	// link submission.
	body := "[InternetShortcut]\r\nURL=" + link + "\r\n"
	if err := s.cfg.Uploads.Put(r.Context(), u, "arrangements-link.url", []byte(body)); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/uploads/"+u.ID, http.StatusSeeOther)
}

// checkLink does the checks a person can fix on the spot; the pipeline
// makes its own (url_invalid) as well.
func checkLink(link string) string {
	if link == "" {
		return "Enter the link to your published arrangements"
	}
	u, err := url.Parse(link)
	if err != nil || len(link) > 2000 || strings.ContainsAny(link, " \r\n\t") {
		return "Enter the link as a full web address, like https://www.example.gov.uk/safeguarding-arrangements"
	}
	if u.Scheme != "https" && u.Scheme != "http" {
		return "Enter a link that starts with https://"
	}
	if !strings.Contains(u.Hostname(), ".") {
		return "Enter the link as a full web address, like https://www.example.gov.uk/safeguarding-arrangements"
	}
	return ""
}

func (s *Server) newUpload(ss session, k intake.Kind, published string) Upload {
	return Upload{
		ID:          newUploadID(),
		Partnership: ss.Who.Partnership,
		Kind:        k,
		Published:   published,
		Submitter:   ss.Who.Name,
		Received:    s.cfg.Now(),
	}
}

// fileChoice reads the kind and publication date the file page carries,
// as chosen on the pages before it.
func fileChoice(kind, published string) (intake.Kind, string, bool) {
	k, ok := intake.ParseKind(kind)
	if !ok || k == intake.Unknown {
		return "", "", false
	}
	if k != intake.YearlyReport {
		return k, "", true
	}
	if _, err := intake.ParseISODate(published); err != nil {
		return "", "", false
	}
	return k, published, true
}

type fileData struct {
	KindLabel, Published, Limit string
	// Note is what to know before sending this kind, if anything.
	Note   string
	Action string
	Fields []Field
}

func (s *Server) filePage(w http.ResponseWriter, r *http.Request, ss session) {
	k, published, ok := fileChoice(r.URL.Query().Get("kind"), r.URL.Query().Get("published"))
	if !ok {
		http.Redirect(w, r, "/send", http.StatusSeeOther)
		return
	}
	s.renderFile(w, r, ss, k, published, nil)
}

func (s *Server) renderFile(w http.ResponseWriter, r *http.Request, ss session, k intake.Kind, published string, errs []fieldError) {
	u := s.newUpload(ss, k, published)
	form, err := s.cfg.Uploads.Form(r.Context(), u, s.baseURL(r)+"/uploads/"+u.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := fileData{KindLabel: k.Label(), Limit: sizeText(s.cfg.MaxBytes), Action: form.Action, Fields: form.Fields}
	if published != "" {
		d.Published = receipt.Date(published)
	}
	if k == intake.PracticeReview {
		d.Note = "Send the final report at least 7 working days before you publish it. The report should say when it will be published, or that it will not be."
	}
	if form.Action == "" {
		d.Fields = []Field{{"csrf", s.sessions.csrf(ss)}, {"kind", string(k)}, {"published", published}}
	}
	s.render(w, r, ss, http.StatusOK, "file", "Upload the document", errs, d)
}

// multipartForm reads a file form of at most maxFile bytes (holding
// maxMemory in memory, the rest in temporary files the caller removes)
// and checks its CSRF token, answering with an error page and false when
// it is too large, malformed or forged.
func (s *Server) multipartForm(w http.ResponseWriter, r *http.Request, ss session, maxFile, maxMemory int64) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxFile+1<<20)
	if err := r.ParseMultipartForm(maxMemory); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.problem(w, r, ss, http.StatusRequestEntityTooLarge)
			return false
		}
		s.problem(w, r, ss, http.StatusBadRequest)
		return false
	}
	if !s.sessions.checkCSRF(ss, r.PostFormValue("csrf")) {
		r.MultipartForm.RemoveAll()
		s.problem(w, r, ss, http.StatusForbidden)
		return false
	}
	return true
}

// sendFile takes a file posted to the portal itself (Uploads whose Form
// has no Action, as 'intake serve' has).
func (s *Server) sendFile(w http.ResponseWriter, r *http.Request, ss session) {
	if !s.multipartForm(w, r, ss, s.cfg.MaxBytes, 8<<20) {
		return
	}
	defer r.MultipartForm.RemoveAll()
	k, published, ok := fileChoice(r.PostFormValue("kind"), r.PostFormValue("published"))
	if !ok {
		http.Redirect(w, r, "/send", http.StatusSeeOther)
		return
	}
	f, hdr, err := r.FormFile("file")
	if err != nil {
		s.renderFile(w, r, ss, k, published, []fieldError{{"file", "Select the document to upload"}})
		return
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, s.cfg.MaxBytes+1))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if int64(len(data)) > s.cfg.MaxBytes {
		s.renderFile(w, r, ss, k, published, []fieldError{{"file", "The selected file must be smaller than " + sizeText(s.cfg.MaxBytes)}})
		return
	}
	u := s.newUpload(ss, k, published)
	if err := s.cfg.Uploads.Put(r.Context(), u, uploadName(hdr.Filename), data); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/uploads/"+u.ID, http.StatusSeeOther)
}

// uploadName keeps the last element of a browser-sent file name, which
// some browsers send with a path.
func uploadName(name string) string {
	name = name[strings.LastIndexAny(name, `/\`)+1:]
	name = receipt.Clean(name, 120)
	if name == "" || name == "." || name == ".." {
		return "document"
	}
	return name
}

func (s *Server) uploadPage(w http.ResponseWriter, r *http.Request, ss session) {
	id := r.PathValue("upload")
	if !validUploadID(id) {
		s.problem(w, r, ss, http.StatusNotFound)
		return
	}
	// The partnership's own list, newest first: an upload waiting to be
	// read is among the latest.
	q := intake.ListQuery{Partnership: ss.Who.Partnership}
	for {
		page, err := s.cfg.Ledger.Page(r.Context(), q)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, rec := range page.Records {
			if owns(ss.Who, rec) && strings.Contains(rec.SourceKey, "/"+id+"/") {
				http.Redirect(w, r, "/submissions/"+rec.ID, http.StatusSeeOther)
				return
			}
		}
		if page.Next == "" {
			break
		}
		q.After = page.Next
	}
	s.render(w, r, ss, http.StatusOK, "pending", "We have your document", nil, struct{ Upload string }{id})
}

func (s *Server) submissionPage(w http.ResponseWriter, r *http.Request, ss session) {
	rec, ok := s.ownRecord(w, r, ss)
	if !ok {
		return
	}
	s.render(w, r, ss, http.StatusOK, "outcome", "Submission "+rec.ID, nil, s.outcomeView(rec, false))
}

// ownRecord reads the submission in the path, answering Not Found when it
// does not exist or belongs to another partnership alike.
func (s *Server) ownRecord(w http.ResponseWriter, r *http.Request, ss session) (intake.Record, bool) {
	rec, found, err := s.cfg.Ledger.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return rec, false
	}
	if !found || !owns(ss.Who, rec) {
		s.problem(w, r, ss, http.StatusNotFound)
		return rec, false
	}
	return rec, true
}

func (s *Server) partnershipReceipt(w http.ResponseWriter, r *http.Request, ss session) {
	rec, ok := s.ownRecord(w, r, ss)
	if !ok {
		return
	}
	s.serveReceipt(w, r, ss, rec)
}

func (s *Server) serveReceipt(w http.ResponseWriter, r *http.Request, ss session, rec intake.Record) {
	if rec.Receipt == "" {
		s.problem(w, r, ss, http.StatusNotFound)
		return
	}
	pdf, err := s.cfg.Files.Read(r.Context(), "receipts/"+rec.ID+".pdf")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/pdf")
	w.Header().Set("Content-Disposition", `attachment; filename="receipt-`+rec.ID+`.pdf"`)
	w.Write(pdf)
}

func statusWord(st intake.Status) string {
	switch st {
	case intake.Accepted:
		return "Accepted"
	case intake.Rejected:
		return "Needs fixing"
	case intake.Duplicate:
		return "Already received"
	}
	return "Being checked"
}

func statusClass(st intake.Status) string {
	switch st {
	case intake.Accepted:
		return "tag-green"
	case intake.Rejected:
		return "tag-red"
	}
	return "tag-grey"
}

package portal

import (
	"net/http"
	"time"
)

// flash is what a staff action did, told once on the page it sends the
// browser back to. It travels in a cookie sealed with the session key and
// bound to the session and the submission, so that neither a link nor
// another session can make a page claim what was not done.
type flash struct {
	Session    string `json:"sid"`
	Submission string `json:"id"`
	Recipient  string `json:"to"`
	Sent       bool   `json:"sent"`
	Expires    int64  `json:"exp"`
}

// flashTTL is how long a flash waits for the page it is for.
const flashTTL = 5 * time.Minute

func (s *sessions) flashName() string {
	if s.secure {
		return "__Host-flash"
	}
	return "flash"
}

func (s *sessions) flashCookie(value string, maxAge int) *http.Cookie {
	return &http.Cookie{
		Name: s.flashName(), Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode,
	}
}

// setFlash keeps f for the next page of session ss.
func (s *sessions) setFlash(w http.ResponseWriter, ss session, f flash) {
	f.Session = ss.ID
	f.Expires = s.now().Add(flashTTL).Unix()
	http.SetCookie(w, s.flashCookie(s.seal("flash", f), int(flashTTL/time.Second)))
}

// takeFlash returns the flash left for submission id in session ss, and
// clears it so that it is told once.
func (s *sessions) takeFlash(w http.ResponseWriter, r *http.Request, ss session, id string) (flash, bool) {
	c, err := r.Cookie(s.flashName())
	if err != nil {
		return flash{}, false
	}
	http.SetCookie(w, s.flashCookie("", -1))
	var f flash
	if !s.open("flash", c.Value, &f) || f.Session != ss.ID || f.Submission != id || s.now().Unix() >= f.Expires {
		return flash{}, false
	}
	return f, true
}

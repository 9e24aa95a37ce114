package portal

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Roles a credential grants. A partnership credential opens that
// partnership's pages only; a staff credential opens the staff view only.
const (
	RolePartnership = "partnership"
	RoleStaff       = "staff"
)

// Principal is who a credential belongs to.
type Principal struct {
	Role string `json:"role"`
	// Partnership is the ONS code of the partnership, for RolePartnership.
	Partnership string `json:"partnership,omitempty"`
	// Name is the person or mailbox the credential was issued to (an email
	// address): a partnership's acknowledgements go there, and a staff
	// member's resends are recorded under it.
	Name string `json:"name"`
}

func (p Principal) valid() bool {
	switch p.Role {
	case RoleStaff:
		return p.Name != "" && p.Partnership == ""
	case RolePartnership:
		return p.Partnership != "" && p.Name != ""
	}
	return false
}

// Credentials finds who a sign-in code belongs to. Only hashes of codes
// are stored (HashCode); a store never sees or keeps a code itself. It is
// asked on signing in and again on every request of a signed-in session,
// so that a revoked code signs its sessions out.
type Credentials interface {
	Lookup(ctx context.Context, hash string) (Principal, bool, error)
}

// NewCode returns a fresh sign-in code for p: its scope (the partnership's
// ONS code, or "staff"), a dot, and 32 random bytes. The scope lets
// sign-in attempts be rate-limited per partnership before the code is
// checked; it is not a secret.
func NewCode(p Principal) (string, error) {
	if !p.valid() {
		return "", errors.New("portal: a code needs a role, a name and, for a partnership, its code")
	}
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return scopeOf(p) + "." + base64.RawURLEncoding.EncodeToString(b[:]), nil
}

func scopeOf(p Principal) string {
	if p.Role == RoleStaff {
		return "staff"
	}
	return p.Partnership
}

// codeScope returns the scope a code claims, "" when it has none.
func codeScope(code string) string {
	scope, _, ok := strings.Cut(code, ".")
	if !ok || len(scope) > 20 {
		return ""
	}
	return scope
}

// HashCode is what a store keeps for a code. A code carries 256 random
// bits, so an unsalted fast hash is enough: there is nothing to guess.
func HashCode(code string) string {
	sum := sha256.Sum256([]byte(code))
	return hex.EncodeToString(sum[:])
}

// session is what the signed session cookie carries. A visitor who has
// not signed in has a session too, with no role, so that the sign-in form
// has a CSRF token; signing in issues a new session id.
type session struct {
	ID  string    `json:"sid"`
	Who Principal `json:"who"`
	// Cred is the hash (HashCode) of the code the session signed in with,
	// looked up again on every request so that revoking the code ends the
	// session. A hash is a store's key, not a way to sign in, and the
	// visitor holding the cookie already knows the code.
	Cred    string `json:"cred,omitempty"`
	Expires int64  `json:"exp"`
}

func (s session) signedIn() bool { return s.Who.valid() }

// sessions signs and checks session cookies with an HMAC key.
type sessions struct {
	key    []byte
	secure bool
	ttl    time.Duration
	now    func() time.Time
}

// cookieName is __Host- prefixed when the cookie is Secure, so that the
// browser refuses it from any other host or path.
func (s *sessions) cookieName() string {
	if s.secure {
		return "__Host-session"
	}
	return "session"
}

// sign is the HMAC of payload for one purpose ("session", "flash"), so
// that a value signed for one cookie is worthless in another.
func (s *sessions) sign(purpose string, payload []byte) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(purpose + "\x00"))
	m.Write(payload)
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// seal encodes v as JSON with its signature for purpose.
func (s *sessions) seal(purpose string, v any) string {
	payload, _ := json.Marshal(v)
	return base64.RawURLEncoding.EncodeToString(payload) + "." + s.sign(purpose, payload)
}

// open decodes a value sealed for purpose into v, reporting false when it
// is malformed or forged.
func (s *sessions) open(purpose, sealed string, v any) bool {
	p64, sig, ok := strings.Cut(sealed, ".")
	if !ok || len(sealed) > 4096 {
		return false
	}
	payload, err := base64.RawURLEncoding.DecodeString(p64)
	if err != nil {
		return false
	}
	if !hmac.Equal([]byte(sig), []byte(s.sign(purpose, payload))) {
		return false
	}
	return json.Unmarshal(payload, v) == nil
}

func (s *sessions) encode(ss session) string { return s.seal("session", ss) }

// decode returns the session in a cookie value, or false when the value
// is malformed, forged or expired.
func (s *sessions) decode(v string) (session, bool) {
	var ss session
	if !s.open("session", v, &ss) || ss.ID == "" {
		return session{}, false
	}
	if s.now().Unix() >= ss.Expires {
		return session{}, false
	}
	// A signed-in session names its credential; one from before sessions
	// did is no sign-in at all.
	if ss.Who.Role != "" && (!ss.Who.valid() || ss.Cred == "") {
		return session{}, false
	}
	return ss, true
}

func (s *sessions) read(r *http.Request) (session, bool) {
	c, err := r.Cookie(s.cookieName())
	if err != nil {
		return session{}, false
	}
	return s.decode(c.Value)
}

// issue starts a new session for who, signed in with the credential
// whose hash is cred (both zero for a visitor), and sets its cookie.
func (s *sessions) issue(w http.ResponseWriter, who Principal, cred string) session {
	ss := session{ID: randomID(), Who: who, Cred: cred, Expires: s.now().Add(s.ttl).Unix()}
	http.SetCookie(w, &http.Cookie{
		Name:     s.cookieName(),
		Value:    s.encode(ss),
		Path:     "/",
		MaxAge:   int(s.ttl / time.Second),
		HttpOnly: true,
		Secure:   s.secure,
		SameSite: http.SameSiteStrictMode,
	})
	return ss
}

func (s *sessions) clear(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name: s.cookieName(), Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.secure, SameSite: http.SameSiteStrictMode,
	})
}

// csrf is the token every form of a session carries: bound to the session
// id, so a token from another session (or none) is refused.
func (s *sessions) csrf(ss session) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte("csrf\x00" + ss.ID))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func (s *sessions) checkCSRF(ss session, token string) bool {
	return token != "" && hmac.Equal([]byte(token), []byte(s.csrf(ss)))
}

func randomID() string {
	var b [18]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("portal: no randomness: " + err.Error())
	}
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// limiter is the Limiter kept in memory: a token bucket per key, which may
// spend limit attempts at once and is refilled at limit per window.
type limiter struct {
	mu      sync.Mutex
	buckets map[string]*bucket
	now     func() time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
	burst  float64
	every  time.Duration // one token back per every
}

// maxBuckets bounds the memory a flood of distinct keys can take; when
// reached, full buckets (which say nothing) are dropped.
const maxBuckets = 10000

func newLimiter(now func() time.Time) *limiter {
	if now == nil {
		now = time.Now
	}
	return &limiter{buckets: map[string]*bucket{}, now: now}
}

// Allow implements Limiter: it spends a token from key's bucket,
// reporting false when it is empty.
func (l *limiter) Allow(_ context.Context, key string, limit int, window time.Duration) (bool, error) {
	if limit < 1 || window <= 0 {
		return false, nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= maxBuckets {
			l.sweep(now)
		}
		b = &bucket{tokens: float64(limit), last: now}
		l.buckets[key] = b
	}
	b.burst, b.every = float64(limit), window/time.Duration(limit)
	b.tokens = min(b.burst, b.tokens+float64(now.Sub(b.last))/float64(b.every))
	b.last = now
	if b.tokens < 1 {
		return false, nil
	}
	b.tokens--
	return true, nil
}

func (l *limiter) sweep(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+float64(now.Sub(b.last))/float64(b.every) >= b.burst {
			delete(l.buckets, k)
		}
	}
}

// SignOutKey names a session in a SignOuts store: a hash of its id, so a
// store keeps nothing a cookie could be made from.
func SignOutKey(sessionID string) string {
	sum := sha256.Sum256([]byte("signed-out\x00" + sessionID))
	return hex.EncodeToString(sum[:])
}

// memSignOuts is the SignOuts kept in memory, for one process.
type memSignOuts struct {
	mu    sync.Mutex
	ended map[string]time.Time
	now   func() time.Time
}

func newMemSignOuts(now func() time.Time) *memSignOuts {
	return &memSignOuts{ended: map[string]time.Time{}, now: now}
}

// End implements SignOuts, forgetting sessions that have expired anyway.
func (m *memSignOuts) End(_ context.Context, key string, until time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	for k, t := range m.ended {
		if !t.After(now) {
			delete(m.ended, k)
		}
	}
	m.ended[key] = until
	return nil
}

// Ended implements SignOuts.
func (m *memSignOuts) Ended(_ context.Context, key string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.ended[key]
	return ok, nil
}

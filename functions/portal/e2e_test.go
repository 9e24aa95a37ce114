package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"html"
	"io"
	"maps"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/dynamocred"
	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/aws/s3blob"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/pipeline"
	"github.com/safeguarding-intake/intake/internal/portal"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/routing"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

const domain = "abcdefg.lambda-url.eu-west-2.on.aws"

// browser calls the function as a Function URL would, keeping cookies.
type browser struct {
	t       testing.TB
	a       adapter
	cookies map[string]string
}

func (b *browser) call(method, target string, form url.Values) events.LambdaFunctionURLResponse {
	b.t.Helper()
	p, q, _ := strings.Cut(target, "?")
	ev := events.LambdaFunctionURLRequest{
		RawPath: p, RawQueryString: q, Headers: map[string]string{},
		RequestContext: events.LambdaFunctionURLRequestContext{DomainName: domain,
			HTTP: events.LambdaFunctionURLRequestContextHTTPDescription{Method: method, SourceIP: "198.51.100.7"}},
	}
	for k, v := range b.cookies {
		ev.Cookies = append(ev.Cookies, k+"="+v)
	}
	if form != nil {
		ev.Headers["content-type"] = "application/x-www-form-urlencoded"
		ev.Body = base64.StdEncoding.EncodeToString([]byte(form.Encode()))
		ev.IsBase64Encoded = true
	}
	resp, err := b.a.Handle(context.Background(), ev)
	if err != nil {
		b.t.Fatal(err)
	}
	for _, c := range resp.Cookies {
		if ck, err := http.ParseSetCookie(c); err == nil {
			b.cookies[ck.Name] = ck.Value
		}
	}
	if resp.IsBase64Encoded {
		data, _ := base64.StdEncoding.DecodeString(resp.Body)
		resp.Body = string(data)
	}
	return resp
}

var hidden = regexp.MustCompile(`<input type="hidden" name="([^"]+)" value="([^"]*)">`)
var action = regexp.MustCompile(`action="([^"]+)"`)

func formOf(page string) (string, []portal.Field) {
	var fields []portal.Field
	for _, m := range hidden.FindAllStringSubmatch(page, -1) {
		fields = append(fields, portal.Field{Name: html.UnescapeString(m[1]), Value: html.UnescapeString(m[2])})
	}
	act := ""
	for _, m := range action.FindAllStringSubmatch(page, -1) {
		if strings.HasPrefix(m[1], "http") {
			act = html.UnescapeString(m[1])
		}
	}
	return act, fields
}

type nomail struct{}

func (nomail) Send(context.Context, intake.Mail) (string, error) { return "id", nil }

// motoPortal is the portal function's server over a fresh bucket and
// table on moto.
type motoPortal struct {
	srv           *portal.Server
	s3c           *s3.Client
	ddb           *dynamodb.Client
	bucket, table string
	cfg           config
	awsCfg        aws.Config
}

// another is a second execution environment of the same function: a
// server of its own over the same bucket and table.
func (m motoPortal) another(t *testing.T) *portal.Server {
	t.Helper()
	log := logrus.New()
	log.SetOutput(io.Discard)
	srv, err := newServer(context.Background(), m.cfg, m.awsCfg, log)
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

func newMotoPortal(t *testing.T, mt *moto.Server) motoPortal {
	t.Helper()
	ctx := context.Background()
	awsCfg := mt.Config()
	suffix := fmt.Sprint(time.Now().UnixNano())
	m := motoPortal{bucket: "intake-" + suffix, table: "ledger-" + suffix, awsCfg: awsCfg}
	m.s3c = s3.NewFromConfig(awsCfg, moto.PathStyle)
	if _, err := m.s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(m.bucket),
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: moto.Region}}); err != nil {
		t.Fatal(err)
	}
	m.ddb = dynamodb.NewFromConfig(awsCfg)
	if _, err := m.ddb.CreateTable(ctx, dynamoledger.TableInput(m.table)); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"RECIPIENT_PANEL": "panel@example.org", "RECIPIENT_WWC": "wwc@example.org", "RECIPIENT_DFE": "dfe@example.org"}
	m.cfg = config{Bucket: m.bucket, Table: m.table, Sender: "intake@example.org", SessionKey: bytes.Repeat([]byte("s"), 32),
		DocumentLimit: 20 << 20, Getenv: func(k string) string { return env[k] }}
	m.srv = m.another(t)
	return m
}

func TestPortalOnMoto(t *testing.T) {
	ctx := context.Background()
	mt := moto.Shared(t)
	m := newMotoPortal(t, mt)
	srv, s3c, ddb, bucket, table := m.srv, m.s3c, m.ddb, m.bucket, m.table
	code, err := dynamocred.New(ddb, table).Issue(ctx, portal.Principal{Role: portal.RolePartnership, Partnership: "E08000026", Name: "manager@coventry.example"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}

	b := &browser{t: t, a: adapter{h: srv}, cookies: map[string]string{}}
	_, fields := formOf(b.call("GET", "/sign-in", nil).Body)
	if r := b.call("POST", "/sign-in", url.Values{"csrf": {fields[0].Value}, "code": {"E08000026.wrong"}}); r.StatusCode != http.StatusOK || !strings.Contains(r.Body, "not right") {
		t.Fatalf("sign in with a wrong code: %d", r.StatusCode)
	}
	if r := b.call("POST", "/sign-in", url.Values{"csrf": {fields[0].Value}, "code": {code}}); r.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in: %d", r.StatusCode)
	}
	if _, ok := b.cookies["__Host-session"]; !ok {
		t.Fatalf("cookies %v, want the Secure __Host-session", b.cookies)
	}
	// Sign-in attempts are counted in the table, where every execution
	// environment sees them: every attempt under the address, the wrong
	// code under the partnership's codes too.
	items, err := ddb.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(table)})
	if err != nil {
		t.Fatal(err)
	}
	counters := map[string]bool{}
	for _, item := range items.Items {
		if pk, ok := item["PK"].(*dbtypes.AttributeValueMemberS); ok && strings.HasPrefix(pk.Value, "RATE#") {
			counters[pk.Value] = true
		}
	}
	if len(counters) != 2 {
		t.Errorf("sign-in attempts counted under %d keys in the table, want 2", len(counters))
	}
	page := b.call("GET", "/send/file?kind=rapid_review", nil)
	if csp := page.Headers["Content-Security-Policy"]; !strings.Contains(csp, "form-action 'self' "+mt.URL) {
		t.Errorf("CSP %q does not let the form post to the bucket at %s", csp, mt.URL)
	}
	act, fields := formOf(page.Body)
	if !strings.HasPrefix(act, mt.URL+"/"+bucket) {
		t.Fatalf("form action %q, want the bucket on moto", act)
	}
	// The form's policy refuses files over the configured limit.
	policies := 0
	for _, f := range fields {
		if f.Name != "policy" {
			continue
		}
		policy, err := base64.StdEncoding.DecodeString(f.Value)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf(`["content-length-range",1,%d]`, 20<<20); !strings.Contains(string(policy), want) {
			t.Errorf("upload policy %s lacks %s", policy, want)
		}
		policies++
	}
	if policies != 1 {
		t.Errorf("the upload form has %d policies, want 1", policies)
	}
	if !strings.Contains(page.Body, "20 MB") {
		t.Errorf("the upload page does not give the 20 MB limit")
	}

	// The browser posts the file straight to the bucket.
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "submissions", "rapid-review-coventry-child-q.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for _, f := range fields {
		w.WriteField(f.Name, f.Value)
	}
	fw, _ := w.CreateFormFile("file", "review.pdf")
	fw.Write(data)
	w.Close()
	req, _ := http.NewRequest("POST", act, &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	back, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || resp.StatusCode != http.StatusSeeOther || back.Host != domain || !strings.HasPrefix(back.Path, "/uploads/") {
		t.Fatalf("bucket answered %d, Location %q; want 303 back to the portal's /uploads/", resp.StatusCode, resp.Header.Get("Location"))
	}
	key := back.Query().Get("key")

	// Before the pipeline has run, the page says it is being checked.
	if r := b.call("GET", back.Path, nil); r.StatusCode != http.StatusOK || !strings.Contains(r.Body, "We have your document") {
		t.Errorf("upload page before processing: %d", r.StatusCode)
	}

	// The intake function's part: the object through the pipeline.
	blobs := s3blob.New(s3c, s3.NewPresignClient(s3c), bucket)
	obj, meta, _, err := blobs.Get(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	p := &pipeline.Pipeline{Blobs: blobs, Ledger: dynamoledger.New(ddb, table), Mailer: nomail{},
		Registry: registry.Default(), Routes: routing.Default(), Sender: "intake@example.org"}
	out, err := p.Process(ctx, pipeline.Source{Name: path.Base(key), Data: obj, Key: "s3:" + bucket + "/" + key, Stored: key,
		Channel: intake.Portal, Received: time.Now(), Partnership: meta["partnership"], Kind: meta["kind"], Submitter: meta["submitter"]})
	if err != nil {
		t.Fatal(err)
	}

	r := b.call("GET", back.Path, nil)
	if r.StatusCode != http.StatusSeeOther || r.Headers["Location"] != "/submissions/"+out.ID {
		t.Fatalf("upload page after processing: %d to %q, want 303 to /submissions/%s", r.StatusCode, r.Headers["Location"], out.ID)
	}
	if r := b.call("GET", "/submissions/"+out.ID, nil); r.StatusCode != http.StatusOK || !strings.Contains(r.Body, "Document accepted") {
		t.Errorf("submission page: %d", r.StatusCode)
	}
	if r := b.call("GET", "/submissions/"+out.ID+"/receipt", nil); r.StatusCode != http.StatusOK || !strings.HasPrefix(r.Body, "%PDF-") {
		t.Errorf("receipt: %d, starts %.8q", r.StatusCode, r.Body)
	}

	// Revoking the code in the table ends the session at once.
	if err := dynamocred.New(ddb, table).Revoke(ctx, portal.HashCode(code)); err != nil {
		t.Fatal(err)
	}
	if r := b.call("GET", "/submissions/"+out.ID, nil); r.StatusCode != http.StatusSeeOther || r.Headers["Location"] != "/sign-in" {
		t.Errorf("submission page after revoking the code: %d to %q, want 303 to /sign-in", r.StatusCode, r.Headers["Location"])
	}
}

// TestSignOutOnMoto: signing out is recorded in the table, so a copy of
// the cookie taken before opens nothing afterwards, in any execution
// environment.
func TestSignOutOnMoto(t *testing.T) {
	ctx := context.Background()
	m := newMotoPortal(t, moto.Shared(t))
	code, err := dynamocred.New(m.ddb, m.table).Issue(ctx, portal.Principal{Role: portal.RoleStaff, Name: "alice@education.example"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	b := &browser{t: t, a: adapter{h: m.srv}, cookies: map[string]string{}}
	_, fields := formOf(b.call("GET", "/sign-in", nil).Body)
	if r := b.call("POST", "/sign-in", url.Values{"csrf": {fields[0].Value}, "code": {code}}); r.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in: %d", r.StatusCode)
	}
	kept := maps.Clone(b.cookies)
	_, fields = formOf(b.call("GET", "/staff", nil).Body)
	if r := b.call("POST", "/sign-out", url.Values{"csrf": {fields[0].Value}}); r.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign out: %d", r.StatusCode)
	}
	// The copy is refused here and in another execution environment.
	for _, srv := range []*portal.Server{m.srv, m.another(t)} {
		replay := &browser{t: t, a: adapter{h: srv}, cookies: maps.Clone(kept)}
		if r := replay.call("GET", "/staff", nil); r.StatusCode != http.StatusSeeOther || r.Headers["Location"] != "/sign-in" {
			t.Errorf("GET /staff with the signed-out cookie: %d to %q, want 303 to /sign-in", r.StatusCode, r.Headers["Location"])
		}
		if r := replay.call("POST", "/staff/submissions/RR-2025-AAAAAA/resend", url.Values{"csrf": {fields[0].Value}, "recipient": {"panel"}}); r.StatusCode != http.StatusSeeOther || r.Headers["Location"] != "/sign-in" {
			t.Errorf("POST resend with the signed-out cookie: %d to %q, want 303 to /sign-in", r.StatusCode, r.Headers["Location"])
		}
	}
}

// TestStaffViewIsAuditedOnMoto: the function records a member of staff's
// view of a submission in the ledger table and lists it on the page.
func TestStaffViewIsAuditedOnMoto(t *testing.T) {
	ctx := context.Background()
	m := newMotoPortal(t, moto.Shared(t))
	staff := portal.Principal{Role: portal.RoleStaff, Name: "alice@education.example"}
	code, err := dynamocred.New(m.ddb, m.table).Issue(ctx, staff, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	ledger := dynamoledger.New(m.ddb, m.table)
	received := time.Date(2025, 3, 21, 10, 15, 0, 0, time.UTC)
	source := "s3:" + m.bucket + "/submissions/E08000026/auto/review.pdf"
	rec := intake.Record{SourceKey: source, Outcome: intake.Outcome{
		ID: intake.NewID(intake.RapidReview, received, source, 0), File: "review.pdf", Channel: intake.Portal,
		SHA256: strings.Repeat("a", 64), Bytes: 10, Received: received, Kind: intake.RapidReview, Status: intake.Rejected,
		Partnership: &intake.Partnership{ID: "E08000026", Name: "Coventry Safeguarding Children Partnership"},
	}}
	if _, _, err := ledger.Claim(ctx, rec); err != nil {
		t.Fatal(err)
	}
	b := &browser{t: t, a: adapter{h: m.srv}, cookies: map[string]string{}}
	_, fields := formOf(b.call("GET", "/sign-in", nil).Body)
	if r := b.call("POST", "/sign-in", url.Values{"csrf": {fields[0].Value}, "code": {code}}); r.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in: %d", r.StatusCode)
	}
	page := b.call("GET", "/staff/submissions/"+rec.ID, nil)
	if page.StatusCode != http.StatusOK || !strings.Contains(page.Body, "Who has opened it") || !strings.Contains(page.Body, staff.Name) {
		t.Errorf("staff page: %d, lists the view: %v", page.StatusCode, strings.Contains(page.Body, "Who has opened it"))
	}
	trail, err := ledger.Accesses(ctx, rec.ID)
	if err != nil || len(trail) != 1 || trail[0].By != staff.Name || trail[0].What != intake.AccessViewed {
		t.Errorf("the table's trail of %s = %+v, %v; want alice's one view", rec.ID, trail, err)
	}
}

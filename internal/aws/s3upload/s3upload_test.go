package s3upload

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/safeguarding-intake/intake/internal/aws/kmsapi"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/portal"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

func newStore(t testing.TB) (*Store, *s3.Client, string) {
	t.Helper()
	client := s3.NewFromConfig(moto.Shared(t).Config(), moto.PathStyle)
	bucket := fmt.Sprintf("portal-%d", time.Now().UnixNano())
	_, err := client.CreateBucket(context.Background(), &s3.CreateBucketInput{
		Bucket:                    aws.String(bucket),
		CreateBucketConfiguration: &types.CreateBucketConfiguration{LocationConstraint: moto.Region},
	})
	if err != nil {
		t.Fatalf("CreateBucket(%s): %v", bucket, err)
	}
	s := New(client, s3.NewPresignClient(client), bucket)
	s.MaxBytes = 1000
	return s, client, bucket
}

var upload = portal.Upload{
	ID: "7F3K9QABCDEF", Partnership: "E08000026", Kind: intake.YearlyReport,
	Published: "2024-09-30", Submitter: "manager@coventry.example",
}

const done = "https://portal.example/uploads/7F3K9QABCDEF"

// post sends a form with a file as a browser would: fields, then file.
func post(t testing.TB, action string, fields []portal.Field, name string, data []byte) *http.Response {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for _, f := range fields {
		w.WriteField(f.Name, f.Value)
	}
	fw, _ := w.CreateFormFile("file", name)
	fw.Write(data)
	w.Close()
	req, _ := http.NewRequest("POST", action, &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	resp, err := (&http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

func TestFormUploadsToMoto(t *testing.T) {
	s, client, bucket := newStore(t)
	ctx := context.Background()
	form, err := s.Form(ctx, upload, done)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(form.Action, bucket) {
		t.Errorf("Action = %q, want the bucket's URL", form.Action)
	}
	resp := post(t, form.Action, form.Fields, "annual report.pdf", []byte("%PDF-1.7 report"))
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), done) {
		t.Fatalf("POST = %d to %q, want 303 back to %s", resp.StatusCode, resp.Header.Get("Location"), done)
	}
	key := upload.Prefix() + "annual report.pdf"
	obj, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		t.Fatalf("GetObject(%s): %v", key, err)
	}
	data, _ := io.ReadAll(obj.Body)
	obj.Body.Close()
	if string(data) != "%PDF-1.7 report" {
		t.Errorf("stored %q", data)
	}
	want := map[string]string{"partnership": "E08000026", "kind": "yearly_report", "published": "2024-09-30", "submitter": "manager@coventry.example"}
	for k, v := range want {
		if obj.Metadata[k] != v {
			t.Errorf("metadata %s = %q, want %q (all: %v)", k, obj.Metadata[k], v, obj.Metadata)
		}
	}
}

func TestPutStoresLinkWithMetadata(t *testing.T) {
	s, client, bucket := newStore(t)
	ctx := context.Background()
	u := upload
	u.Kind, u.Published = intake.Arrangements, ""
	if err := s.Put(ctx, u, "arrangements-link.url", []byte("[InternetShortcut]\r\nURL=https://example.gov.uk/a\r\n")); err != nil {
		t.Fatal(err)
	}
	head, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(bucket), Key: aws.String(u.Prefix() + "arrangements-link.url")})
	if err != nil {
		t.Fatal(err)
	}
	if head.Metadata["partnership"] != "E08000026" || head.Metadata["kind"] != "arrangements" || head.Metadata["published"] != "" {
		t.Errorf("metadata = %v", head.Metadata)
	}
}

// moto stores whatever a POST carries without checking its policy (it
// does not check signatures either), so the refusals below test the
// signed policy itself with allowed, which applies S3's documented rules
// for POST policies: every condition holds, every form field but a few
// is covered by a condition, and the policy has not expired.
func TestPolicyRefusesWhatItShould(t *testing.T) {
	s, _, _ := newStore(t)
	form, err := s.Form(context.Background(), upload, done)
	if err != nil {
		t.Fatal(err)
	}
	pol := decodePolicy(t, form.Fields)
	if exp, err := time.Parse(time.RFC3339, pol.Expiration); err != nil || time.Until(exp) > DefaultTTL+time.Minute || time.Until(exp) < DefaultTTL-time.Minute {
		t.Errorf("policy expires %q, want about %v from now", pol.Expiration, DefaultTTL)
	}
	with := func(name, value string) []portal.Field {
		out := append([]portal.Field(nil), form.Fields...)
		for i := range out {
			if out[i].Name == name {
				out[i].Value = value
				return out
			}
		}
		return append(out, portal.Field{Name: name, Value: value})
	}
	key := func(name string) string { return upload.Prefix() + name }
	tests := []struct {
		name   string
		fields []portal.Field
		key    string
		size   int64
		ok     bool
	}{
		{"the form as given", form.Fields, key("report.pdf"), 500, true},
		{"largest allowed", form.Fields, key("report.pdf"), 1000, true},
		{"too large", form.Fields, key("report.pdf"), 1001, false},
		{"empty", form.Fields, key("report.pdf"), 0, false},
		{"another partnership's prefix", form.Fields, "submissions/E08000035/yearly_report/7F3K9QABCDEF/report.pdf", 500, false},
		{"outside submissions", form.Fields, "receipts/RR-2025-AAAAAA.pdf", 500, false},
		{"another kind", form.Fields, "submissions/E08000026/rapid_review/7F3K9QABCDEF/report.pdf", 500, false},
		{"metadata changed", with("x-amz-meta-partnership", "E08000035"), key("report.pdf"), 500, false},
		{"kind metadata changed", with("x-amz-meta-kind", "rapid_review"), key("report.pdf"), 500, false},
		{"content type changed", with("Content-Type", "text/html"), key("report.pdf"), 500, false},
		{"redirect elsewhere", with("success_action_redirect", "https://evil.example/"), key("report.pdf"), 500, false},
		{"extra metadata", with("x-amz-meta-status", "accepted"), key("report.pdf"), 500, false},
		{"public ACL", with("acl", "public-read"), key("report.pdf"), 500, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := allowed(pol, tt.fields, tt.key, tt.size); got != tt.ok {
				t.Errorf("policy allows %s = %v, want %v", tt.name, got, tt.ok)
			}
		})
	}
}

type policy struct {
	Expiration string            `json:"expiration"`
	Conditions []json.RawMessage `json:"conditions"`
}

func decodePolicy(t testing.TB, fields []portal.Field) policy {
	t.Helper()
	for _, f := range fields {
		if f.Name == "policy" {
			raw, err := base64.StdEncoding.DecodeString(f.Value)
			if err != nil {
				t.Fatal(err)
			}
			var p policy
			if err := json.Unmarshal(raw, &p); err != nil {
				t.Fatal(err)
			}
			return p
		}
	}
	t.Fatal("no policy field")
	return policy{}
}

// allowed applies a POST policy to a form whose key S3 has resolved
// (${filename} filled in) and whose file has size bytes.
func allowed(p policy, fields []portal.Field, key string, size int64) bool {
	form := map[string]string{}
	for _, f := range fields {
		form[strings.ToLower(f.Name)] = f.Value
	}
	form["key"] = key
	// Fields S3 does not require a condition for.
	covered := map[string]bool{"policy": true, "x-amz-signature": true, "file": true, "bucket": true}
	for _, raw := range p.Conditions {
		var eq map[string]string
		if json.Unmarshal(raw, &eq) == nil {
			for k, v := range eq {
				k = strings.ToLower(k)
				covered[k] = true
				if k == "bucket" {
					continue
				}
				if form[k] != v {
					return false
				}
			}
			continue
		}
		var arr []any
		if err := json.Unmarshal(raw, &arr); err != nil || len(arr) != 3 {
			return false
		}
		switch arr[0] {
		case "starts-with", "eq":
			name := strings.ToLower(strings.TrimPrefix(arr[1].(string), "$"))
			covered[name] = true
			v, ok := form[name]
			if !ok {
				return false
			}
			if arr[0] == "eq" && v != arr[2] || arr[0] == "starts-with" && !strings.HasPrefix(v, arr[2].(string)) {
				return false
			}
		case "content-length-range":
			if size < int64(arr[1].(float64)) || size > int64(arr[2].(float64)) {
				return false
			}
		default:
			return false
		}
	}
	for name := range form {
		if !covered[name] && !strings.HasPrefix(name, "x-ignore-") {
			return false
		}
	}
	exp, err := time.Parse(time.RFC3339, p.Expiration)
	return err == nil && time.Now().Before(exp)
}

// TestUploadsUnderTheStacksKey: with a KMS key, the form's policy fixes
// SSE-KMS under that key (another key or S3-managed keys are refused),
// and both the browser's upload and the portal's own writes are stored
// under it.
func TestUploadsUnderTheStacksKey(t *testing.T) {
	s, client, bucket := newStore(t)
	ctx := context.Background()
	key, err := kmsapi.New(moto.Shared(t).Config()).CreateKey(ctx, "uploads")
	if err != nil {
		t.Fatal(err)
	}
	s.KMSKey = key.Arn
	form, err := s.Form(ctx, upload, done)
	if err != nil {
		t.Fatal(err)
	}
	pol := decodePolicy(t, form.Fields)
	with := func(name, value string) []portal.Field {
		out := append([]portal.Field(nil), form.Fields...)
		for i := range out {
			if out[i].Name == name {
				out[i].Value = value
			}
		}
		return out
	}
	name := upload.Prefix() + "report.pdf"
	for _, tt := range []struct {
		name   string
		fields []portal.Field
		ok     bool
	}{
		{"the form as given", form.Fields, true},
		{"S3-managed keys", with("x-amz-server-side-encryption", "AES256"), false},
		{"another key", with("x-amz-server-side-encryption-aws-kms-key-id", "arn:aws:kms:eu-west-2:123456789012:key/other"), false},
	} {
		if got := allowed(pol, tt.fields, name, 500); got != tt.ok {
			t.Errorf("policy allows %s = %v, want %v", tt.name, got, tt.ok)
		}
	}
	// moto stores a POSTed object without the encryption its form asks
	// for, so the browser's upload is checked through its policy above;
	// the portal's own write is checked as stored.
	if resp := post(t, form.Action, form.Fields, "report.pdf", []byte("%PDF-1.7 report")); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("POST = %d, want 303", resp.StatusCode)
	}
	u := upload
	u.Kind, u.Published = intake.Arrangements, ""
	if err := s.Put(ctx, u, "arrangements-link.url", []byte("[InternetShortcut]\r\nURL=https://example.gov.uk/a\r\n")); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{u.Prefix() + "arrangements-link.url"} {
		head, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(bucket), Key: aws.String(k)})
		if err != nil {
			t.Fatal(err)
		}
		if head.ServerSideEncryption != types.ServerSideEncryptionAwsKms || aws.ToString(head.SSEKMSKeyId) != key.Arn {
			t.Errorf("%s stored with %q under %q, want aws:kms under %s", k, head.ServerSideEncryption, aws.ToString(head.SSEKMSKeyId), key.Arn)
		}
	}
}

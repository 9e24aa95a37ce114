package main

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/aws/dynamocred"
	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/local/localcred"
	"github.com/safeguarding-intake/intake/internal/portal"
	"github.com/safeguarding-intake/intake/internal/registry"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

// runEnv runs the command line with env as its environment.
func runEnv(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(context.Background(), args, &o, &e, func(k string) string { return env[k] })
	return o.String(), e.String(), code
}

var (
	codeLineRE = regexp.MustCompile(`(?m)^  ([A-Za-z0-9]+\.[A-Za-z0-9_-]{43})$`)
	linkLineRE = regexp.MustCompile(`(?m)^  (\S+/sign-in\?code=\S+)$`)
	hashLineRE = regexp.MustCompile(`(?m)^  intake credentials revoke .*?([0-9a-f]{64})$`)
)

// issued is what 'credentials issue' printed.
type issued struct{ code, link, hash string }

func parseIssued(t *testing.T, stdout string) issued {
	t.Helper()
	var got issued
	if m := codeLineRE.FindStringSubmatch(stdout); m != nil {
		got.code = m[1]
	}
	if m := linkLineRE.FindStringSubmatch(stdout); m != nil {
		got.link = m[1]
	}
	if m := hashLineRE.FindStringSubmatch(stdout); m != nil {
		got.hash = m[1]
	}
	if got.code == "" || got.hash == "" {
		t.Fatalf("credentials issue printed no code or no hash:\n%s", stdout)
	}
	if got.hash != portal.HashCode(got.code) {
		t.Errorf("printed hash = %s, want the code's hash %s", got.hash, portal.HashCode(got.code))
	}
	return got
}

func TestCredentialsIssueLocal(t *testing.T) {
	coventry, ok := registry.Default().Resolve("Coventry")
	if !ok {
		t.Fatal("registry does not resolve Coventry")
	}
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		want     portal.Principal
		wantLink string // prefix of the sign-in link
	}{
		{
			name:     "partnership by name",
			args:     []string{"--partnership", "Coventry", "--email", "Safeguarding <safeguarding@coventry.example>"},
			want:     portal.Principal{Role: portal.RolePartnership, Partnership: coventry.ID, Name: "safeguarding@coventry.example"},
			wantLink: localServeURL + "/sign-in?code=",
		},
		{
			name:     "partnership by ONS code, portal address from the environment",
			args:     []string{"--partnership", coventry.ID, "--email", "lead@coventry.example"},
			env:      map[string]string{"PORTAL_URL": "https://portal.example.gov.uk/"},
			want:     portal.Principal{Role: portal.RolePartnership, Partnership: coventry.ID, Name: "lead@coventry.example"},
			wantLink: "https://portal.example.gov.uk/sign-in?code=",
		},
		{
			name:     "staff, address from the flag",
			args:     []string{"--staff", "reviewer@education.example", "--url", "http://127.0.0.1:9090"},
			want:     portal.Principal{Role: portal.RoleStaff, Name: "reviewer@education.example"},
			wantLink: "http://127.0.0.1:9090/sign-in?code=",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := t.TempDir()
			args := append([]string{"credentials", "issue", "--data", data}, tt.args...)
			stdout, stderr, code := runEnv(t, tt.env, args...)
			if code != exitOK {
				t.Fatalf("intake %s = exit %d, want %d; stderr:\n%s", strings.Join(args, " "), code, exitOK, stderr)
			}
			got := parseIssued(t, stdout)
			if want := tt.wantLink + url.QueryEscape(got.code); got.link != want {
				t.Errorf("sign-in link = %q, want %q", got.link, want)
			}
			if !strings.Contains(stdout, "revoke --data "+data+" "+got.hash) {
				t.Errorf("revoke hint does not name the data folder %s:\n%s", data, stdout)
			}

			// The code signs in: the store 'intake serve' opens finds it.
			creds, err := localcred.Open(credentialsFile(data))
			if err != nil {
				t.Fatal(err)
			}
			who, found, err := creds.Lookup(context.Background(), portal.HashCode(got.code))
			if err != nil || !found {
				t.Fatalf("Lookup(hash of issued code) = %v, %v, want found", found, err)
			}
			if diff := cmp.Diff(tt.want, who); diff != "" {
				t.Errorf("principal of the issued code (-want +got):\n%s", diff)
			}
			file, err := os.ReadFile(credentialsFile(data))
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(file, []byte(got.code)) || bytes.Contains(file, []byte(strings.SplitN(got.code, ".", 2)[1])) {
				t.Errorf("%s holds the code itself, want only its hash", credentialsFile(data))
			}
		})
	}
}

func TestCredentialsRevokeLocal(t *testing.T) {
	data := t.TempDir()
	issue := func(args ...string) issued {
		t.Helper()
		stdout, stderr, code := runEnv(t, nil, append([]string{"credentials", "issue", "--data", data}, args...)...)
		if code != exitOK {
			t.Fatalf("credentials issue %v = exit %d; stderr:\n%s", args, code, stderr)
		}
		return parseIssued(t, stdout)
	}
	part := issue("--partnership", "Coventry", "--email", "safeguarding@coventry.example")
	staff := issue("--staff", "reviewer@education.example")
	other := issue("--staff", "manager@education.example")

	// One by its code, one by its hash, flags after the arguments.
	stdout, stderr, code := runEnv(t, nil, "credentials", "revoke", part.code, strings.ToUpper(staff.hash), "--data", data)
	if code != exitOK {
		t.Fatalf("credentials revoke = exit %d, want %d; stderr:\n%s", code, exitOK, stderr)
	}
	for _, h := range []string{part.hash, staff.hash} {
		if !strings.Contains(stdout, "Revoked "+h) {
			t.Errorf("revoke output does not report %s:\n%s", h, stdout)
		}
	}
	if strings.Contains(stdout+stderr, part.code) {
		t.Errorf("revoke echoed the code it was given:\n%s%s", stdout, stderr)
	}

	creds, err := localcred.Open(credentialsFile(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		hash string
		want bool
	}{{"revoked by code", part.hash, false}, {"revoked by hash", staff.hash, false}, {"untouched", other.hash, true}} {
		_, found, err := creds.Lookup(context.Background(), c.hash)
		if err != nil || found != c.want {
			t.Errorf("%s: Lookup(%s) = %v, %v, want %v", c.name, c.hash, found, err, c.want)
		}
	}

	// Revoking again fails, naming the hash, and still revokes the rest.
	_, stderr, code = runEnv(t, nil, "credentials", "revoke", "--data", data, part.code, other.hash)
	if code != exitFailure {
		t.Errorf("revoking a revoked code = exit %d, want %d", code, exitFailure)
	}
	if !strings.Contains(stderr, part.hash) || strings.Contains(stderr, part.code) {
		t.Errorf("stderr = %q, want the hash %s and not the code", stderr, part.hash)
	}
	creds, err = localcred.Open(credentialsFile(data))
	if err != nil {
		t.Fatal(err)
	}
	if _, found, _ := creds.Lookup(context.Background(), other.hash); found {
		t.Errorf("a valid hash after an unknown one was not revoked")
	}
}

func TestCredentialsUsage(t *testing.T) {
	const secretish = "E08000026.not-a-real-code-but-looks-like-one"
	tests := []struct {
		name string
		args []string
		env  map[string]string
		// wantErr is part of what stderr must say.
		wantErr string
	}{
		{"no subcommand", nil, nil, "Usage:"},
		{"unknown subcommand", []string{"list"}, nil, `unknown credentials command "list"`},
		{"issue for nobody", []string{"issue"}, nil, "give --partnership (with --email) or --staff"},
		{"issue for both", []string{"issue", "--partnership", "Coventry", "--email", "a@b.example", "--staff", "c@d.example"}, nil, "not both"},
		{"partnership without email", []string{"issue", "--partnership", "Coventry"}, nil, "--partnership needs --email"},
		{"staff with email", []string{"issue", "--staff", "c@d.example", "--email", "a@b.example"}, nil, "--email goes with --partnership"},
		{"unknown partnership", []string{"issue", "--partnership", "Atlantis", "--email", "a@b.example"}, nil, `"Atlantis" is not a partnership`},
		{"bad email", []string{"issue", "--partnership", "Coventry", "--email", "not an address"}, nil, "--email:"},
		{"bad staff address", []string{"issue", "--staff", "reviewer"}, nil, "--staff:"},
		{"portal address with a path", []string{"issue", "--staff", "c@d.example", "--url", "https://portal.example/sign-in"}, nil, "is not an http(s) origin"},
		{"portal address not http", []string{"issue", "--staff", "c@d.example", "--url", "ftp://portal.example"}, nil, "is not an http(s) origin"},
		{"stray argument", []string{"issue", "--staff", "c@d.example", "extra"}, nil, `unexpected argument "extra"`},
		{"unknown flag", []string{"issue", "--role", "staff"}, nil, "flag provided but not defined"},
		{"aws without table", []string{"issue", "--aws", "--staff", "c@d.example"}, nil, "--aws needs LEDGER_TABLE"},
		{"aws and data", []string{"issue", "--aws", "--data", "x", "--staff", "c@d.example"}, map[string]string{"LEDGER_TABLE": "t"}, "--data and --aws"},
		{"revoke nothing", []string{"revoke"}, nil, "no code or hash given"},
		{"revoke a malformed argument", []string{"revoke", "0123abcd", secretish + " "}, nil, "argument 1 is neither"},
		{"revoke a short hash", []string{"revoke", strings.Repeat("a", 63)}, nil, "argument 1 is neither"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := t.TempDir()
			args := append([]string{"credentials"}, tt.args...)
			if len(tt.args) > 0 && !contains(tt.args, "--aws") {
				args = append(args, "--data", data)
			}
			stdout, stderr, code := runEnv(t, tt.env, args...)
			if code != exitUsage {
				t.Errorf("intake %s = exit %d, want %d; stderr:\n%s", strings.Join(args, " "), code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("intake %s: stderr = %q, want it to say %q", strings.Join(args, " "), stderr, tt.wantErr)
			}
			if strings.Contains(stdout+stderr, secretish) {
				t.Errorf("intake %s echoed a code-like argument", strings.Join(args, " "))
			}
			if _, err := os.Stat(credentialsFile(data)); err == nil {
				t.Errorf("intake %s wrote %s despite the usage error", strings.Join(args, " "), credentialsFile(data))
			}
		})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TestCredentialsAWS issues and revokes codes in a ledger table on
// moto_server, reached through the default AWS configuration as an
// operator's shell would reach the real one.
func TestCredentialsAWS(t *testing.T) {
	srv := moto.Start(t)
	ctx := context.Background()
	const table = "intake-ledger-credentials"
	client := dynamodb.NewFromConfig(srv.Config())
	if _, err := client.CreateTable(ctx, dynamoledger.TableInput(table)); err != nil {
		t.Fatal(err)
	}
	// Only the environment names the endpoint: this is what --aws reads.
	none := filepath.Join(t.TempDir(), "none")
	for k, v := range map[string]string{
		"AWS_ENDPOINT_URL": srv.URL, "AWS_ENDPOINT_URL_DYNAMODB": "", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "",
		"AWS_REGION": moto.Region, "AWS_DEFAULT_REGION": "",
		"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_SESSION_TOKEN": "",
		"AWS_PROFILE": "", "AWS_CONFIG_FILE": none, "AWS_SHARED_CREDENTIALS_FILE": none,
	} {
		t.Setenv(k, v)
	}
	env := map[string]string{"LEDGER_TABLE": table}
	store := dynamocred.New(client, table)

	stdout, stderr, code := runEnv(t, env, "credentials", "issue", "--aws", "--partnership", "Coventry", "--email", "safeguarding@coventry.example")
	if code != exitOK {
		t.Fatalf("credentials issue --aws = exit %d; stderr:\n%s", code, stderr)
	}
	got := parseIssued(t, stdout)
	if got.link != "" {
		t.Errorf("sign-in link = %q with no portal address known, want none", got.link)
	}
	if !strings.Contains(stdout, "revoke --aws "+got.hash) {
		t.Errorf("revoke hint lacks --aws:\n%s", stdout)
	}
	who, found, err := store.Lookup(ctx, portal.HashCode(got.code))
	if err != nil || !found {
		t.Fatalf("Lookup(hash of issued code) = %v, %v, want found", found, err)
	}
	coventry, _ := registry.Default().Resolve("Coventry")
	want := portal.Principal{Role: portal.RolePartnership, Partnership: coventry.ID, Name: "safeguarding@coventry.example"}
	if diff := cmp.Diff(want, who); diff != "" {
		t.Errorf("principal in the table (-want +got):\n%s", diff)
	}

	_, stderr, code = runEnv(t, env, "credentials", "revoke", "--aws", got.code)
	if code != exitOK {
		t.Fatalf("credentials revoke --aws = exit %d; stderr:\n%s", code, stderr)
	}
	if _, found, err := store.Lookup(ctx, got.hash); err != nil || found {
		t.Errorf("after revoke, Lookup = %v, %v, want not found", found, err)
	}
	_, stderr, code = runEnv(t, env, "credentials", "revoke", "--aws", got.hash)
	if code != exitFailure || !strings.Contains(stderr, got.hash) {
		t.Errorf("revoking again = exit %d, stderr %q; want %d naming %s", code, stderr, exitFailure, got.hash)
	}

	// A table that does not exist is a failure, not a usage error.
	_, _, code = runEnv(t, map[string]string{"LEDGER_TABLE": "no-such-table"}, "credentials", "issue", "--aws", "--staff", "c@d.example")
	if code != exitFailure {
		t.Errorf("issue into a missing table = exit %d, want %d", code, exitFailure)
	}
}

package stack

import (
	"encoding/json"
	"fmt"
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/routing"
)

// TestTemplateParity reads template.yaml and checks that it declares the
// resources and settings Default describes, so localaws builds what SAM
// deploys.
func TestTemplateParity(t *testing.T) {
	tmpl := loadTemplate(t)
	got := specFromTemplate(t, tmpl)
	if diff := cmp.Diff(Default(), got); diff != "" {
		t.Errorf("stack.Default() and template.yaml differ (-localaws +template):\n%s", diff)
	}
}

// TestTemplateFunction checks the function's settings that the service's
// correctness rests on.
func TestTemplateFunction(t *testing.T) {
	tmpl := loadTemplate(t)
	fn := tmpl.resource(t, "IntakeFunction")
	globals := tmpl.Globals.Function

	timeout := tmpl.number(t, globals["Timeout"])
	for _, q := range []string{"IntakeQueue", "MailQueue"} {
		visibility := tmpl.number(t, tmpl.resource(t, q).Properties["VisibilityTimeout"])
		if visibility < 6*timeout {
			t.Errorf("%s VisibilityTimeout = %d, want at least 6 x function Timeout %d", q, visibility, timeout)
		}
	}

	env, _ := dig(fn.Properties, "Environment", "Variables").(map[string]any)
	for _, name := range []string{"INTAKE_BUCKET", "LEDGER_TABLE", "SENDER_ADDRESS", "RECIPIENT_PANEL",
		"RECIPIENT_WWC", "RECIPIENT_DFE", "RECIPIENT_DFE_REVIEWS", "RECIPIENT_OFSTED", "ARRANGEMENTS_DUE_2023",
		"ATTACH_LIMIT_BYTES", "DOCUMENT_LIMIT_BYTES", "LOG_LEVEL", "GOMEMLIMIT"} {
		if _, ok := env[name]; !ok {
			t.Errorf("IntakeFunction environment lacks %s", name)
		}
	}
	// The portal's upload form refuses what the pipeline would reject.
	portalEnv, _ := dig(tmpl.resource(t, "PortalFunction").Properties, "Environment", "Variables").(map[string]any)
	if fmt.Sprint(portalEnv["DOCUMENT_LIMIT_BYTES"]) != fmt.Sprint(env["DOCUMENT_LIMIT_BYTES"]) {
		t.Errorf("PortalFunction DOCUMENT_LIMIT_BYTES = %v, want the intake function's %v", portalEnv["DOCUMENT_LIMIT_BYTES"], env["DOCUMENT_LIMIT_BYTES"])
	}
	// The deadline a submission is checked against is the one the
	// Obligations page lists and the reminders count down to.
	for _, name := range []string{"PortalFunction", "RemindFunction"} {
		other, _ := dig(tmpl.resource(t, name).Properties, "Environment", "Variables").(map[string]any)
		if fmt.Sprint(other["ARRANGEMENTS_DUE_2023"]) != fmt.Sprint(env["ARRANGEMENTS_DUE_2023"]) {
			t.Errorf("%s ARRANGEMENTS_DUE_2023 = %v, want the intake function's %v", name, other["ARRANGEMENTS_DUE_2023"], env["ARRANGEMENTS_DUE_2023"])
		}
	}
	for _, name := range []string{"IntakeFunction", "MailinFunction"} {
		p := tmpl.resource(t, name).Properties
		size, ok := p["MemorySize"]
		if !ok {
			size = globals["MemorySize"]
		}
		memory := tmpl.number(t, size)
		limit, _ := dig(p, "Environment", "Variables", "GOMEMLIMIT").(string)
		mib, err := strconv.Atoi(strings.TrimSuffix(limit, "MiB"))
		if err != nil || mib >= memory || mib < memory*3/4 {
			t.Errorf("%s GOMEMLIMIT = %q, want a little under MemorySize %d MB, in MiB", name, limit, memory)
		}
	}

	for k, want := range map[string]string{"Runtime": "provided.al2023", "Handler": "bootstrap"} {
		if got := globals[k]; got != want {
			t.Errorf("Globals.Function.%s = %v, want %s", k, got, want)
		}
	}
	if got := fmt.Sprint(globals["Architectures"]); got != "[arm64]" {
		t.Errorf("Globals.Function.Architectures = %s, want [arm64]", got)
	}
	if got := fn.Metadata["BuildMethod"]; got != "makefile" {
		t.Errorf("IntakeFunction BuildMethod = %v, want makefile", got)
	}
	ev, _ := dig(fn.Properties, "Events", "Queue", "Properties").(map[string]any)
	if got := fmt.Sprint(ev["FunctionResponseTypes"]); got != "[ReportBatchItemFailures]" {
		t.Errorf("queue event FunctionResponseTypes = %s, want [ReportBatchItemFailures]", got)
	}
}

type template struct {
	Parameters map[string]struct {
		Default any
	}
	Rules map[string]struct {
		Assertions []struct {
			Assert            any
			AssertDescription string
		}
	}
	Globals struct {
		Function map[string]any
	}
	Resources map[string]resource
}

type resource struct {
	Type       string
	Properties map[string]any
	Metadata   map[string]any
}

// loadTemplate converts template.yaml to JSON with a small python3 script
// (PyYAML comes with cfn-lint), which keeps YAML out of the module.
// TestTemplateRefusesPlaceholders checks every recipient whose address in
// routes.json is an unconfirmed placeholder (.invalid): each function that
// routes gets it from a parameter that either has no default, or whose
// default is the placeholder and a rule refuses to deploy with it.
func TestTemplateRefusesPlaceholders(t *testing.T) {
	tmpl := loadTemplate(t)
	refused := map[string]string{} // parameter -> the value a rule refuses
	for _, r := range tmpl.Rules {
		for _, a := range r.Assertions {
			b, _ := json.Marshal(a.Assert)
			var not struct {
				Not []struct {
					Equals []any `json:"Fn::Equals"`
				} `json:"Fn::Not"`
			}
			if json.Unmarshal(b, &not) != nil || len(not.Not) != 1 || len(not.Not[0].Equals) != 2 || a.AssertDescription == "" {
				continue
			}
			ref, _ := not.Not[0].Equals[0].(map[string]any)
			name, _ := ref["Ref"].(string)
			value, _ := not.Not[0].Equals[1].(string)
			refused[name] = value
		}
	}
	placeholders := 0
	for _, rc := range routing.Default().Recipients {
		if !strings.HasSuffix(rc.Address, ".invalid") {
			continue
		}
		placeholders++
		for _, fn := range []string{"IntakeFunction", "PortalFunction"} {
			env, _ := dig(tmpl.resource(t, fn).Properties, "Environment", "Variables").(map[string]any)
			ref, _ := env[rc.Env].(map[string]any)
			param, _ := ref["Ref"].(string)
			p, ok := tmpl.Parameters[param]
			switch {
			case !ok:
				t.Errorf("%s %s = %v, want a Ref to a parameter", fn, rc.Env, env[rc.Env])
			case p.Default == nil:
				// Required: nothing deploys without it.
			case p.Default != rc.Address:
				t.Errorf("parameter %s default = %v, want routes.json's placeholder %s or none", param, p.Default, rc.Address)
			case refused[param] != rc.Address:
				t.Errorf("parameter %s defaults to the placeholder %s, but no rule refuses it", param, rc.Address)
			}
		}
	}
	if placeholders < 3 {
		t.Errorf("routes.json has %d placeholder addresses, want Foundations', the Secretary of State's for practice reviews and Ofsted's", placeholders)
	}
}

func loadTemplate(tb testing.TB) *template {
	tb.Helper()
	root := testenv.Root(tb)
	out, err := exec.Command("python3", filepath.Join("testdata", "template2json.py"),
		filepath.Join(root, "template.yaml")).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		tb.Fatalf("converting template.yaml: %v\n%s", err, stderr)
	}
	var t template
	if err := json.Unmarshal(out, &t); err != nil {
		tb.Fatalf("reading converted template: %v", err)
	}
	return &t
}

func (t *template) resource(tb testing.TB, name string) resource {
	tb.Helper()
	r, ok := t.Resources[name]
	if !ok {
		tb.Fatalf("template.yaml has no resource %s; it has %s", name, t.names())
	}
	return r
}

// number resolves a literal or a Ref to a parameter's default.
func (t *template) number(tb testing.TB, v any) int {
	tb.Helper()
	if m, ok := v.(map[string]any); ok {
		if ref, ok := m["Ref"].(string); ok {
			if p, ok := t.Parameters[ref]; ok {
				v = p.Default
			}
		}
	}
	switch n := v.(type) {
	case float64:
		return int(n)
	case string:
		if i, err := strconv.Atoi(n); err == nil {
			return i
		}
	}
	tb.Fatalf("template value %v is not a number", v)
	return 0
}

func (t *template) number32(tb testing.TB, v any) int32 {
	tb.Helper()
	if v == nil {
		return 0
	}
	return int32(t.number(tb, v))
}

func dig(v any, path ...string) any {
	for _, k := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

func truthy(v any) bool {
	switch b := v.(type) {
	case bool:
		return b
	case string:
		return strings.EqualFold(b, "true") || strings.EqualFold(b, "enabled")
	}
	return false
}

func specFromTemplate(tb testing.TB, t *template) Spec {
	tb.Helper()
	var s Spec
	// References to the stack's key, as template2json writes them.
	dataKey := func(v any) bool {
		return fmt.Sprint(dig(v, "Fn::GetAtt")) == "[DataKey Arn]" || dig(v, "Ref") == "DataKey"
	}
	s.Key.Rotation = truthy(t.resource(tb, "DataKey").Properties["EnableKeyRotation"])

	bp := t.resource(tb, "IntakeBucket").Properties
	s.Bucket.Versioning = truthy(dig(bp, "VersioningConfiguration", "Status"))
	if rules, _ := dig(bp, "BucketEncryption", "ServerSideEncryptionConfiguration").([]any); len(rules) == 1 {
		s.Bucket.SSEAlgorithm, _ = dig(rules[0], "ServerSideEncryptionByDefault", "SSEAlgorithm").(string)
		s.Bucket.KMS = dataKey(dig(rules[0], "ServerSideEncryptionByDefault", "KMSMasterKeyID")) && truthy(dig(rules[0], "BucketKeyEnabled"))
	}
	pab, _ := bp["PublicAccessBlockConfiguration"].(map[string]any)
	s.Bucket.BlockPublic = len(pab) == 4
	for _, v := range pab {
		s.Bucket.BlockPublic = s.Bucket.BlockPublic && truthy(v)
	}
	if rules, _ := dig(bp, "OwnershipControls", "Rules").([]any); len(rules) == 1 {
		s.Bucket.Ownership, _ = dig(rules[0], "ObjectOwnership").(string)
	}
	rules, _ := dig(bp, "LifecycleConfiguration", "Rules").([]any)
	for _, r := range rules {
		lr := LifecycleRule{}
		lr.ID, _ = dig(r, "Id").(string)
		lr.Prefix, _ = dig(r, "Prefix").(string)
		lr.ExpireDays = t.number32(tb, dig(r, "ExpirationInDays"))
		lr.NoncurrentDays = t.number32(tb, dig(r, "NoncurrentVersionExpiration", "NoncurrentDays"))
		lr.AbortMultipartDays = t.number32(tb, dig(r, "AbortIncompleteMultipartUpload", "DaysAfterInitiation"))
		trs, _ := dig(r, "Transitions").([]any)
		for _, tr := range trs {
			if dig(tr, "StorageClass") == "STANDARD_IA" {
				lr.InfrequentDays = t.number32(tb, dig(tr, "TransitionInDays"))
			} else {
				tb.Errorf("lifecycle rule %s: transition %v is not known to localaws", lr.ID, tr)
			}
		}
		if st := dig(r, "Status"); st != "Enabled" {
			tb.Errorf("lifecycle rule %s: Status = %v, want Enabled", lr.ID, st)
		}
		s.Bucket.Lifecycle = append(s.Bucket.Lifecycle, lr)
	}
	qcs, _ := dig(bp, "NotificationConfiguration", "QueueConfigurations").([]any)
	queues := map[string]string{"[IntakeQueue Arn]": "intake", "[MailQueue Arn]": "mail"}
	for _, qc := range qcs {
		n := Notification{Queue: queues[fmt.Sprint(dig(qc, "Queue", "Fn::GetAtt"))]}
		if n.Queue == "" {
			tb.Errorf("bucket notification goes to %v, not a queue localaws knows", dig(qc, "Queue"))
		}
		n.Event, _ = dig(qc, "Event").(string)
		frs, _ := dig(qc, "Filter", "S3Key", "Rules").([]any)
		for _, fr := range frs {
			if dig(fr, "Name") == "prefix" {
				n.Prefix, _ = dig(fr, "Value").(string)
			}
		}
		n.ID = strings.TrimSuffix(n.Prefix, "/")
		s.Bucket.Notify = append(s.Bucket.Notify, n)
	}

	s.Queue = t.queue(tb, "IntakeQueue")
	s.DeadLetter = t.queue(tb, "IntakeDeadLetterQueue")
	s.MailQueue = t.queue(tb, "MailQueue")
	s.MailDeadLetter = t.queue(tb, "MailDeadLetterQueue")
	for q, dlq := range map[string]string{"IntakeQueue": "IntakeDeadLetterQueue", "MailQueue": "MailDeadLetterQueue"} {
		got := fmt.Sprint(dig(t.resource(tb, q).Properties, "RedrivePolicy", "deadLetterTargetArn", "Fn::GetAtt"))
		if got != "["+dlq+" Arn]" {
			tb.Errorf("%s redrives to %s, want %s", q, got, dlq)
		}
	}

	tp := t.resource(tb, "LedgerTable").Properties
	attrs := map[string]string{}
	ads, _ := tp["AttributeDefinitions"].([]any)
	for _, ad := range ads {
		attrs[fmt.Sprint(dig(ad, "AttributeName"))] = fmt.Sprint(dig(ad, "AttributeType"))
	}
	ks, _ := tp["KeySchema"].([]any)
	for _, k := range ks {
		name := fmt.Sprint(dig(k, "AttributeName"))
		if attrs[name] != "S" {
			tb.Errorf("table key %s has type %q, want S", name, attrs[name])
		}
		switch dig(k, "KeyType") {
		case "HASH":
			s.Table.HashKey = name
		case "RANGE":
			s.Table.RangeKey = name
		}
	}
	s.Table.OnDemand = tp["BillingMode"] == "PAY_PER_REQUEST"
	s.Table.PointInTime = truthy(dig(tp, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"))
	s.Table.Encrypted = truthy(dig(tp, "SSESpecification", "SSEEnabled"))
	s.Table.KMS = dig(tp, "SSESpecification", "SSEType") == "KMS" && dataKey(dig(tp, "SSESpecification", "KMSMasterKeyId"))
	if truthy(dig(tp, "TimeToLiveSpecification", "Enabled")) {
		s.Table.TTLAttribute = fmt.Sprint(dig(tp, "TimeToLiveSpecification", "AttributeName"))
	}
	gsis, _ := tp["GlobalSecondaryIndexes"].([]any)
	for _, g := range gsis {
		ix := Index{Name: fmt.Sprint(dig(g, "IndexName"))}
		ks, _ := dig(g, "KeySchema").([]any)
		for _, k := range ks {
			name := fmt.Sprint(dig(k, "AttributeName"))
			if attrs[name] != "S" {
				tb.Errorf("index %s key %s has type %q, want S", ix.Name, name, attrs[name])
			}
			switch dig(k, "KeyType") {
			case "HASH":
				ix.HashKey = name
			case "RANGE":
				ix.RangeKey = name
			}
		}
		if dig(g, "Projection", "ProjectionType") != "ALL" {
			tb.Errorf("index %s does not project every attribute", ix.Name)
		}
		s.Table.Indexes = append(s.Table.Indexes, ix)
	}
	return s
}

func (t *template) queue(tb testing.TB, name string) Queue {
	tb.Helper()
	p := t.resource(tb, name).Properties
	q := Queue{
		RetentionSeconds: t.number32(tb, p["MessageRetentionPeriod"]),
		ManagedSSE:       truthy(p["SqsManagedSseEnabled"]),
		KMS:              fmt.Sprint(dig(p, "KmsMasterKeyId", "Fn::GetAtt")) == "[DataKey Arn]",
	}
	if v, ok := p["VisibilityTimeout"]; ok {
		q.VisibilityTimeout = t.number32(tb, v)
	}
	if v := dig(p, "RedrivePolicy", "maxReceiveCount"); v != nil {
		q.MaxReceiveCount = t.number32(tb, v)
	}
	return q
}

// names lists the template's resources, for failure messages.
func (t *template) names() string {
	var ns []string
	for n := range t.Resources {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return strings.Join(ns, ", ")
}

// TestTemplateKey checks what the stack's one key is used for and who may
// use it, which localaws cannot: moto keeps key and IAM policies but does
// not enforce them, and it has no log groups for the functions.
func TestTemplateKey(t *testing.T) {
	tmpl := loadTemplate(t)
	isKey := func(v any) bool { return fmt.Sprint(dig(v, "Fn::GetAtt")) == "[DataKey Arn]" }

	var functions, logGroups int
	for name, r := range tmpl.Resources {
		switch r.Type {
		case "AWS::Logs::LogGroup":
			logGroups++
			if !isKey(r.Properties["KmsKeyId"]) {
				t.Errorf("log group %s is not encrypted under DataKey", name)
			}
		case "AWS::Serverless::Function":
			functions++
			var uses int
			pols, _ := r.Properties["Policies"].([]any)
			for _, p := range pols {
				sts, _ := dig(p, "Statement").([]any)
				for _, st := range sts {
					acts := fmt.Sprint(dig(st, "Action"))
					if !strings.Contains(acts, "kms:") {
						continue
					}
					uses++
					if acts != "[kms:Decrypt kms:GenerateDataKey]" || !isKey(dig(st, "Resource")) {
						t.Errorf("%s may %s on %v; want only kms:Decrypt and kms:GenerateDataKey on DataKey", name, acts, dig(st, "Resource"))
					}
				}
			}
			if uses != 1 {
				t.Errorf("%s has %d statements about KMS, want the one for DataKey", name, uses)
			}
		}
	}
	if functions == 0 || logGroups < functions {
		t.Errorf("%d functions and %d log groups: every function should log to a group of its own", functions, logGroups)
	}

	// The key policy: the account's administrators manage the key but do
	// not use it; the stack's function roles use it; services use it only
	// on the stack's behalf.
	sts, _ := dig(tmpl.resource(t, "DataKey").Properties, "KeyPolicy", "Statement").([]any)
	if len(sts) == 0 {
		t.Fatal("DataKey has no key policy")
	}
	for _, st := range sts {
		sid := fmt.Sprint(dig(st, "Sid"))
		acts := fmt.Sprint(dig(st, "Action"))
		principal := fmt.Sprint(dig(st, "Principal"))
		if dig(st, "Effect") != "Allow" {
			continue
		}
		switch {
		case strings.Contains(principal, "Service"):
			if dig(st, "Condition") == nil {
				t.Errorf("key policy %s lets a service use the key without a condition", sid)
			}
		case strings.Contains(principal, ":root"):
			uses := strings.Contains(acts, "kms:Decrypt") || strings.Contains(acts, "kms:GenerateDataKey") || strings.Contains(acts, "kms:Encrypt") || acts == "kms:*"
			if uses && !strings.Contains(fmt.Sprint(dig(st, "Condition", "ArnLike", "aws:PrincipalArn")), "FunctionRole") {
				t.Errorf("key policy %s lets any principal of the account use the key, want only the function roles", sid)
			}
		default:
			t.Errorf("key policy %s names principal %s", sid, principal)
		}
	}
}

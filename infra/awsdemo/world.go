package main

import (
	"bytes"
	"context"
	"fmt"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/safeguarding-intake/intake/infra/localaws/stack"
	"github.com/safeguarding-intake/intake/internal/aws/dynamoledger"
	"github.com/safeguarding-intake/intake/internal/intake"
)

// Key prefixes of the intake bucket (DESIGN 4.7).
const (
	// uploadPrefix puts uploads where the pipeline decides partnership and
	// kind itself: submissions/<partnership|auto>/<kind|auto>/<name>.
	uploadPrefix  = "submissions/auto/auto/"
	inboundPrefix = "inbound-email/"
	receiptPrefix = "receipts/"
)

// functionTimeout is the functions' Timeout in template.yaml.
const functionTimeout = 180 * time.Second

// world is the deployment on the local endpoint.
type world struct {
	cfg   aws.Config
	names stack.Names
	s3    *s3.Client
	sqs   *sqs.Client
	// queues by name: URL and ARN.
	urls, arns map[string]string
}

// newWorld creates the resources with infra/localaws's own code and finds
// the queues.
func newWorld(ctx context.Context, cfg aws.Config, n stack.Names, spec stack.Spec) (*world, error) {
	if err := stack.Apply(ctx, cfg, n, spec); err != nil {
		return nil, fmt.Errorf("creating the resources: %w", err)
	}
	w := &world{
		cfg:   cfg,
		names: n,
		s3:    s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true }),
		sqs:   sqs.NewFromConfig(cfg),
		urls:  map[string]string{},
		arns:  map[string]string{},
	}
	for _, q := range []string{n.Queue, n.DeadLetterQueue, n.MailQueue, n.MailDeadLetterQueue} {
		u, err := w.sqs.GetQueueUrl(ctx, &sqs.GetQueueUrlInput{QueueName: aws.String(q)})
		if err != nil {
			return nil, fmt.Errorf("queue %s: %w", q, err)
		}
		a, err := w.sqs.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{
			QueueUrl: u.QueueUrl, AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameQueueArn},
		})
		if err != nil {
			return nil, fmt.Errorf("queue %s: %w", q, err)
		}
		w.urls[q] = aws.ToString(u.QueueUrl)
		w.arns[q] = a.Attributes[string(sqstypes.QueueAttributeNameQueueArn)]
	}
	return w, nil
}

// upload puts each sample under submissions/auto/auto/, as the portal
// does, with the submitter in the object's metadata.
func (w *world) upload(ctx context.Context, dir string, names []string, submitter string) error {
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		if _, err := w.s3.PutObject(ctx, &s3.PutObjectInput{
			Bucket: aws.String(w.names.Bucket), Key: aws.String(uploadPrefix + name),
			Body: bytes.NewReader(data), Metadata: map[string]string{"submitter": submitter},
		}); err != nil {
			return fmt.Errorf("uploading %s: %w", name, err)
		}
	}
	return nil
}

// putEmails stores each raw message under inbound-email/, as SES's
// receipt rule does, named by the file's stem.
func (w *world) putEmails(ctx context.Context, dir string, names []string) error {
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		key := inboundPrefix + strings.TrimSuffix(name, filepath.Ext(name))
		if _, err := w.s3.PutObject(ctx, &s3.PutObjectInput{
			Bucket: aws.String(w.names.Bucket), Key: aws.String(key), Body: bytes.NewReader(data),
		}); err != nil {
			return fmt.Errorf("storing %s: %w", name, err)
		}
	}
	return nil
}

// processing is what process needs to run the functions.
type processing struct {
	bins     map[string]string
	env      env
	logs     io.Writer
	opts     options
	endpoint string
	mail     bool // run mailin on the mail queue
	// feed, when set, puts the work on the queues once the functions run.
	feed func(context.Context) error
}

// mappingReport is what one function's event source mapping did.
type mappingReport struct {
	name      string
	sandboxes int
	stats     mappingStats
	problems  []string
}

// process runs the functions on their queues until the queues have stayed
// empty for opts.idle, or opts.timeout has passed (drained is then false).
func (w *world) process(ctx context.Context, stdout io.Writer, p processing) (reps []mappingReport, drained bool, err error) {
	pctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var sandboxes []*sandbox
	defer func() {
		cancel()
		wg.Wait()
		for _, sb := range sandboxes {
			sb.close()
		}
	}()

	type plan struct {
		name      string
		queue     string
		sandboxes int
	}
	plans := []plan{{"intake", w.names.Queue, p.opts.concurrency}}
	if p.mail {
		// template.yaml caps mailin at 2; one is plenty for the samples.
		plans = append(plans, plan{"mailin", w.names.MailQueue, 1})
	}
	var mappings []*mapping
	var watched []string
	for _, pl := range plans {
		fn := &function{
			name:    pl.name,
			bin:     p.bins[pl.name],
			env:     p.env.functionEnv(pl.name),
			memory:  memory[pl.name],
			timeout: functionTimeout,
			logs:    p.logs,
			arn:     "arn:aws:lambda:" + region + ":123456789012:function:" + pl.name,
		}
		m := &mapping{
			fn: fn, sqs: w.sqs, queueURL: w.urls[pl.queue], queueARN: w.arns[pl.queue],
			batch: int32(p.opts.batch), retryAfter: p.opts.retryAfter,
		}
		mappings = append(mappings, m)
		watched = append(watched, pl.queue)
		for range pl.sandboxes {
			sb, err := newSandbox(fn, p.endpoint)
			if err != nil {
				return nil, false, err
			}
			sandboxes = append(sandboxes, sb)
			wg.Go(func() { m.run(pctx, sb) })
		}
	}

	fmt.Fprintf(stdout, "running %s; waiting for the queues to drain (at most %v)\n", describePlans(plans, func(pl plan) string {
		return fmt.Sprintf("%s ×%d", pl.name, pl.sandboxes)
	}), p.opts.timeout)
	if p.feed != nil {
		if err := p.feed(pctx); err != nil {
			return nil, false, err
		}
	}
	limit := time.NewTimer(p.opts.timeout)
	defer limit.Stop()
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	var emptySince time.Time
	started := time.Now()
	lastNews := started
wait:
	for {
		select {
		case <-ctx.Done():
			return nil, false, ctx.Err()
		case <-limit.C:
			break wait
		case <-tick.C:
		}
		d, err := w.queueDepth(ctx, watched...)
		n := d.total()
		if ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		if err != nil {
			return nil, false, err
		}
		switch {
		case n > 0:
			emptySince = time.Time{}
		case emptySince.IsZero():
			emptySince = time.Now()
		case time.Since(emptySince) >= p.opts.idle:
			drained = true
			break wait
		}
		if time.Since(lastNews) >= 10*time.Second {
			lastNews = time.Now()
			fmt.Fprintf(stdout, "  … %v after %v; %s\n", d, time.Since(started).Round(time.Second), progress(mappings))
		}
	}
	cancel()
	wg.Wait()
	for _, m := range mappings {
		st, probs := m.snapshot()
		n := 0
		for _, pl := range plans {
			if pl.name == m.fn.name {
				n = pl.sandboxes
			}
		}
		reps = append(reps, mappingReport{name: m.fn.name, sandboxes: n, stats: st, problems: probs})
	}
	return reps, drained, nil
}

// progress says how many messages each mapping has settled so far.
func progress(ms []*mapping) string {
	var out []string
	for _, m := range ms {
		st, _ := m.snapshot()
		out = append(out, fmt.Sprintf("%s: %d done, %d handed back", m.fn.name, st.Deleted, st.Retried))
	}
	return strings.Join(out, "; ")
}

func describePlans[T any](ps []T, f func(T) string) string {
	var out []string
	for _, p := range ps {
		out = append(out, f(p))
	}
	return strings.Join(out, " and ")
}

// depth counts the messages on the named queues: visible, in flight or
// delayed.
func (w *world) depth(ctx context.Context, queues ...string) (int, error) {
	d, err := w.queueDepth(ctx, queues...)
	return d.total(), err
}

// queueDepth is how many messages a queue holds, by state.
type queueDepth struct {
	visible, inFlight, delayed int
}

func (d queueDepth) total() int { return d.visible + d.inFlight + d.delayed }

func (d queueDepth) String() string {
	return fmt.Sprintf("%d visible, %d in flight, %d delayed", d.visible, d.inFlight, d.delayed)
}

// queueDepth sums the named queues' messages by state.
func (w *world) queueDepth(ctx context.Context, queues ...string) (queueDepth, error) {
	var d queueDepth
	for _, q := range queues {
		a, err := w.sqs.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{
			QueueUrl: aws.String(w.urls[q]),
			AttributeNames: []sqstypes.QueueAttributeName{
				sqstypes.QueueAttributeNameApproximateNumberOfMessages,
				sqstypes.QueueAttributeNameApproximateNumberOfMessagesNotVisible,
				sqstypes.QueueAttributeNameApproximateNumberOfMessagesDelayed,
			},
		})
		if err != nil {
			return queueDepth{}, fmt.Errorf("queue %s: %w", q, err)
		}
		n := func(name sqstypes.QueueAttributeName) int {
			v, _ := strconv.Atoi(a.Attributes[string(name)])
			return v
		}
		d.visible += n(sqstypes.QueueAttributeNameApproximateNumberOfMessages)
		d.inFlight += n(sqstypes.QueueAttributeNameApproximateNumberOfMessagesNotVisible)
		d.delayed += n(sqstypes.QueueAttributeNameApproximateNumberOfMessagesDelayed)
	}
	return d, nil
}

// collect reads what the run left behind: the ledger, moto's sent mail,
// the receipts, and the queues.
func (w *world) collect(ctx context.Context, rep *report, endpoint string) error {
	recs, err := dynamoledger.New(dynamodb.NewFromConfig(w.cfg), w.names.Table).List(ctx)
	if err != nil {
		return fmt.Errorf("reading the ledger: %w", err)
	}
	slices.SortStableFunc(recs, func(a, b intake.Record) int {
		return strings.Compare(strings.ToLower(a.File)+a.ID, strings.ToLower(b.File)+b.ID)
	})
	rep.records = recs

	raws, err := moto.SentRawEmails(ctx, endpoint)
	if err != nil {
		return err
	}
	for _, r := range raws {
		rep.emails = append(rep.emails, readEmail(r))
	}

	pages := s3.NewListObjectsV2Paginator(w.s3, &s3.ListObjectsV2Input{
		Bucket: aws.String(w.names.Bucket), Prefix: aws.String(receiptPrefix),
	})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return fmt.Errorf("listing the receipts: %w", err)
		}
		for _, o := range page.Contents {
			rep.receipts = append(rep.receipts, aws.ToString(o.Key))
		}
	}

	rep.queues = map[string]int{}
	queues := []string{w.names.Queue, w.names.DeadLetterQueue, w.names.MailDeadLetterQueue}
	if rep.emailed > 0 {
		// Without emails mailin does not run, and its queue keeps S3's
		// test event.
		queues = append(queues, w.names.MailQueue)
	}
	for _, q := range queues {
		n, err := w.depth(ctx, q)
		if err != nil {
			return err
		}
		rep.queues[q] = n
	}
	return nil
}

// download writes the receipts, the sent emails and their index to dir.
func (w *world) download(ctx context.Context, rep *report, dir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "receipts"), 0o755); err != nil {
		return err
	}
	for _, key := range rep.receipts {
		obj, err := w.s3.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(w.names.Bucket), Key: aws.String(key)})
		if err != nil {
			return fmt.Errorf("downloading %s: %w", key, err)
		}
		data, err := io.ReadAll(obj.Body)
		obj.Body.Close()
		if err != nil {
			return fmt.Errorf("downloading %s: %w", key, err)
		}
		if err := os.WriteFile(filepath.Join(dir, "receipts", filepath.Base(key)), data, 0o644); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "emails"), 0o755); err != nil {
		return err
	}
	for i, e := range rep.emails {
		to := "unknown"
		if len(e.to) > 0 {
			to = e.to[0]
		}
		name := fmt.Sprintf("%03d-%s.eml", i+1, safeName(to))
		if err := os.WriteFile(filepath.Join(dir, "emails", name), []byte(e.raw), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// safeName keeps the characters safe in a file name.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_', r == '@':
			return r
		}
		return '_'
	}, s)
}

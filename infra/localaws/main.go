// Command localaws creates, on a local AWS endpoint (moto_server or
// LocalStack, named by AWS_ENDPOINT_URL), the bucket, queues, table and SES
// identity the Lambda functions need, named by the functions' own
// environment variables (INTAKE_MAIL_QUEUE, for the mailin function's
// queue, defaults to INTAKE_QUEUE-mail). Running it again is harmless.
//
//	AWS_ENDPOINT_URL=http://127.0.0.1:5000 INTAKE_BUCKET=intake INTAKE_QUEUE=intake \
//	LEDGER_TABLE=ledger SENDER_ADDRESS=intake@example.org go run ./infra/localaws
package main

import (
	"context"
	"fmt"
	"net/netip"
	"net/url"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/safeguarding-intake/intake/infra/localaws/stack"
)

func main() {
	if err := run(context.Background(), os.Getenv); err != nil {
		fmt.Fprintln(os.Stderr, "localaws:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, getenv func(string) string) error {
	endpoint := getenv("AWS_ENDPOINT_URL")
	if err := checkLocal(endpoint); err != nil {
		return err
	}
	n := stack.Names{
		Bucket:          getenv("INTAKE_BUCKET"),
		Queue:           getenv("INTAKE_QUEUE"),
		DeadLetterQueue: getenv("INTAKE_DLQ"),
		MailQueue:       getenv("INTAKE_MAIL_QUEUE"),
		Table:           getenv("LEDGER_TABLE"),
		Sender:          getenv("SENDER_ADDRESS"),
	}.WithDefaults()
	var missing []string
	for _, v := range []struct{ name, value string }{
		{"INTAKE_BUCKET", n.Bucket}, {"INTAKE_QUEUE", n.Queue},
		{"LEDGER_TABLE", n.Table}, {"SENDER_ADDRESS", n.Sender},
	} {
		if v.value == "" {
			missing = append(missing, v.name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("set %s to the names the functions will use", strings.Join(missing, ", "))
	}

	opts := []func(*config.LoadOptions) error{}
	if getenv("AWS_REGION") == "" && getenv("AWS_DEFAULT_REGION") == "" {
		opts = append(opts, config.WithRegion("eu-west-2"))
	}
	if getenv("AWS_ACCESS_KEY_ID") == "" && getenv("AWS_PROFILE") == "" {
		// Local endpoints accept any key; "test" is what LocalStack documents.
		opts = append(opts, config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("test", "test", "")))
	}
	cfg, err := config.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return err
	}
	cfg.BaseEndpoint = aws.String(endpoint)
	if err := stack.Apply(ctx, cfg, n, stack.Default()); err != nil {
		return err
	}
	fmt.Printf("ready on %s: bucket %s, queues %s and %s, table %s, sender %s\n",
		endpoint, n.Bucket, n.Queue, n.MailQueue, n.Table, n.Sender)
	return nil
}

// checkLocal refuses anything but a loopback or private endpoint: this
// command is for emulators, and must never create resources in a real
// account by mistake.
func checkLocal(endpoint string) error {
	if endpoint == "" {
		return fmt.Errorf("set AWS_ENDPOINT_URL to the local endpoint (moto_server or LocalStack), e.g. http://127.0.0.1:4566")
	}
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" {
		return fmt.Errorf("AWS_ENDPOINT_URL %q is not a URL", endpoint)
	}
	switch h := u.Hostname(); {
	case h == "localhost", h == "localstack", strings.HasSuffix(h, ".localhost.localstack.cloud"), h == "localhost.localstack.cloud":
		return nil
	case isLoopbackOrPrivate(h):
		return nil
	}
	return fmt.Errorf("AWS_ENDPOINT_URL %q is not a local endpoint; localaws only sets up emulators", endpoint)
}

func isLoopbackOrPrivate(host string) bool {
	a, err := netip.ParseAddr(host)
	return err == nil && (a.IsLoopback() || a.IsPrivate())
}

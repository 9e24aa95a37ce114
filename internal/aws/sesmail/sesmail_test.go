package sesmail

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/smithy-go"
	"github.com/google/go-cmp/cmp"

	"github.com/safeguarding-intake/intake/internal/aws/awserr"
	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/testkit/moto"
)

func TestMain(m *testing.M) { os.Exit(moto.Main(m)) }

// rawMessage is a small multipart message with an attachment, as the
// notifier renders them.
func rawMessage(from, to string) []byte {
	return []byte(strings.Join([]string{
		"From: Safeguarding intake <" + from + ">",
		"To: " + to,
		"Subject: Rapid review RR-2025-ABCDEF received",
		"MIME-Version: 1.0",
		`Content-Type: multipart/mixed; boundary="b1"`,
		"",
		"--b1",
		"Content-Type: text/plain; charset=utf-8",
		"",
		"A rapid review has been received.",
		"--b1",
		`Content-Type: application/pdf; name="RR-2025-ABCDEF.pdf"`,
		"Content-Transfer-Encoding: base64",
		`Content-Disposition: attachment; filename="RR-2025-ABCDEF.pdf"`,
		"",
		"JVBERi0xLjcK",
		"--b1--",
		"",
	}, "\r\n"))
}

type fakeClient struct {
	sendEmail func(*sesv2.SendEmailInput) (*sesv2.SendEmailOutput, error)
}

func (f fakeClient) SendEmail(_ context.Context, in *sesv2.SendEmailInput, _ ...func(*sesv2.Options)) (*sesv2.SendEmailOutput, error) {
	return f.sendEmail(in)
}

func TestSendBuildsRawRequest(t *testing.T) {
	var got *sesv2.SendEmailInput
	m := New(fakeClient{func(in *sesv2.SendEmailInput) (*sesv2.SendEmailOutput, error) {
		got = in
		return &sesv2.SendEmailOutput{MessageId: aws.String("0102-abc")}, nil
	}})
	m.ConfigurationSet = "intake"
	mail := intake.Mail{
		From: "intake@example.gov.uk",
		To:   []string{"panel@example.gov.uk", "dfe@example.gov.uk"},
		Raw:  rawMessage("intake@example.gov.uk", "panel@example.gov.uk"),
	}
	id, err := m.Send(context.Background(), mail)
	if err != nil {
		t.Fatal(err)
	}
	if id != "0102-abc" {
		t.Errorf("Send = %q, want the SES message id 0102-abc", id)
	}
	if d := cmp.Diff(mail.To, got.Destination.ToAddresses); d != "" {
		t.Errorf("destination (-want +got):\n%s", d)
	}
	if string(got.Content.Raw.Data) != string(mail.Raw) {
		t.Errorf("raw content = %q, want the message as rendered", got.Content.Raw.Data)
	}
	if got.Content.Simple != nil || got.Content.Template != nil {
		t.Errorf("content has simple or template parts; want raw only")
	}
	if aws.ToString(got.FromEmailAddress) != mail.From || aws.ToString(got.ConfigurationSetName) != "intake" {
		t.Errorf("from %q, configuration set %q; want %q, intake", aws.ToString(got.FromEmailAddress), aws.ToString(got.ConfigurationSetName), mail.From)
	}
}

func TestSendErrors(t *testing.T) {
	throttle := &smithy.OperationError{ServiceID: "SESv2", OperationName: "SendEmail", Err: &types.TooManyRequestsException{}}
	rejected := &smithy.OperationError{ServiceID: "SESv2", OperationName: "SendEmail", Err: &types.MessageRejected{}}
	ok := intake.Mail{To: []string{"a@example.org"}, Raw: []byte("Subject: x\r\n\r\nx")}
	tests := []struct {
		name          string
		mail          intake.Mail
		sesErr        error
		wantTransient bool
	}{
		{"no recipients", intake.Mail{Raw: ok.Raw}, nil, false},
		{"empty", intake.Mail{To: ok.To}, nil, false},
		{"too large", intake.Mail{To: ok.To, Raw: make([]byte, MaxBytes+1)}, nil, false},
		{"throttled", ok, throttle, true},
		{"rejected", ok, rejected, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			m := New(fakeClient{func(*sesv2.SendEmailInput) (*sesv2.SendEmailOutput, error) {
				calls++
				if tt.sesErr == nil {
					t.Errorf("SendEmail called for a message that should be refused first")
					return &sesv2.SendEmailOutput{MessageId: aws.String("x")}, nil
				}
				return nil, tt.sesErr
			}})
			id, err := m.Send(context.Background(), tt.mail)
			if err == nil {
				t.Fatalf("Send = %q, nil; want an error", id)
			}
			if tt.sesErr != nil && !errors.Is(err, tt.sesErr) {
				t.Errorf("Send = %v, want it to wrap %v", err, tt.sesErr)
			}
			if got := awserr.IsTransient(err); got != tt.wantTransient {
				t.Errorf("IsTransient(%v) = %v, want %v", err, got, tt.wantTransient)
			}
		})
	}
}

func TestSendMoto(t *testing.T) {
	ctx := context.Background()
	srv := moto.Shared(t)
	client := sesv2.NewFromConfig(srv.Config())
	if _, err := client.CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String("intake.example.gov.uk")}); err != nil {
		t.Fatalf("CreateEmailIdentity: %v", err)
	}
	m := New(client)
	mail := intake.Mail{
		From: "noreply@intake.example.gov.uk",
		To:   []string{"panel@example.gov.uk", "dfe@example.gov.uk"},
		Raw:  rawMessage("noreply@intake.example.gov.uk", "panel@example.gov.uk, dfe@example.gov.uk"),
	}
	id, err := m.Send(ctx, mail)
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if id == "" {
		t.Fatal("Send returned an empty message id")
	}
	sent, err := srv.SentRawEmails(ctx)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(sent, func(e moto.RawEmail) bool { return e.ID == id })
	if i < 0 {
		t.Fatalf("no sent message with id %q among %d", id, len(sent))
	}
	if sent[i].Data != string(mail.Raw) {
		t.Errorf("sent raw message = %q, want %q", sent[i].Data, mail.Raw)
	}
	for _, to := range mail.To {
		if !slices.Contains(sent[i].Destinations, to) {
			t.Errorf("sent to %q, want %s among them", sent[i].Destinations, to)
		}
	}
}

func TestSendMotoUnverifiedSender(t *testing.T) {
	ctx := context.Background()
	m := New(sesv2.NewFromConfig(moto.Shared(t).Config()))
	mail := intake.Mail{
		From: "someone@unverified.example.org",
		To:   []string{"panel@example.gov.uk"},
		Raw:  rawMessage("someone@unverified.example.org", "panel@example.gov.uk"),
	}
	id, err := m.Send(ctx, mail)
	var rejected *types.MessageRejected
	if !errors.As(err, &rejected) || awserr.IsTransient(err) {
		t.Errorf("Send from an unverified sender = %q, %v; want a permanent MessageRejected", id, err)
	}
}

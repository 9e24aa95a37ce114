// Package sesmail sends rendered messages through Amazon SES (v2) as raw
// MIME, so attachments and headers arrive exactly as rendered.
package sesmail

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// MaxBytes is the largest raw message SES accepts.
const MaxBytes = 40 << 20

// Client is the part of the SES v2 API the mailer uses; *sesv2.Client
// satisfies it.
type Client interface {
	SendEmail(ctx context.Context, in *sesv2.SendEmailInput, optFns ...func(*sesv2.Options)) (*sesv2.SendEmailOutput, error)
}

// Mailer sends through SES.
type Mailer struct {
	client Client
	// ConfigurationSet, when set, names the SES configuration set (event
	// publishing, suppression) every message goes through.
	ConfigurationSet string
}

// New returns a mailer using client.
func New(client Client) *Mailer { return &Mailer{client: client} }

// Send sends m.Raw to the envelope recipients m.To and returns the SES
// message id.
func (s *Mailer) Send(ctx context.Context, m intake.Mail) (string, error) {
	if len(m.To) == 0 {
		return "", errors.New("sesmail: message has no recipients")
	}
	if len(m.Raw) == 0 || len(m.Raw) > MaxBytes {
		return "", fmt.Errorf("sesmail: message of %d bytes; SES takes 1 to %d", len(m.Raw), MaxBytes)
	}
	in := &sesv2.SendEmailInput{
		Destination: &types.Destination{ToAddresses: m.To},
		Content:     &types.EmailContent{Raw: &types.RawMessage{Data: m.Raw}},
	}
	if m.From != "" {
		in.FromEmailAddress = aws.String(m.From)
	}
	if s.ConfigurationSet != "" {
		in.ConfigurationSetName = aws.String(s.ConfigurationSet)
	}
	out, err := s.client.SendEmail(ctx, in)
	if err != nil {
		return "", fmt.Errorf("sesmail: send to %d recipients: %w", len(m.To), err)
	}
	return aws.ToString(out.MessageId), nil
}

// Package awserr tells transient AWS failures (throttling, server errors,
// timeouts, broken connections), which are worth trying again later, from
// permanent ones, which are not.
package awserr

import (
	"context"
	"errors"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
)

// extraCodes are error codes the SDK's retryer does not retry on its own
// but that clear up by themselves.
var extraCodes = map[string]bool{
	// A DynamoDB write that collided with a transaction on the same item.
	"TransactionConflictException": true,
	"InternalServerError":          true,
	"InternalFailure":              true,
	"ServiceUnavailable":           true,
	"ServiceUnavailableException":  true,
}

// IsTransient reports whether err is a failure that may go away if the
// same call is made again later: throttling, a 5xx response, a timeout, a
// broken connection, or a context that ran out before the call finished.
// It follows wrapped errors, and errors marked with Transient.
func IsTransient(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return true
	}
	var coded interface{ ErrorCode() string }
	if errors.As(err, &coded) && extraCodes[coded.ErrorCode()] {
		return true
	}
	if retry.IsErrorRetryables(retry.DefaultRetryables).IsErrorRetryable(err) == aws.TrueTernary {
		return true
	}
	return retry.IsErrorTimeouts(retry.DefaultTimeouts).IsErrorTimeout(err) == aws.TrueTernary
}

// Transient marks err as transient, for failures an adapter recognises
// itself (a transaction that kept conflicting, say). It returns nil for nil.
func Transient(err error) error {
	if err == nil {
		return nil
	}
	return transientError{err}
}

type transientError struct{ err error }

func (e transientError) Error() string        { return e.err.Error() }
func (e transientError) Unwrap() error        { return e.err }
func (e transientError) RetryableError() bool { return true }

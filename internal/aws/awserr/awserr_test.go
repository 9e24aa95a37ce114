package awserr

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// responseError builds the error the SDK returns for an HTTP error
// response, wrapping apiErr.
func responseError(status int, apiErr error) error {
	return &smithy.OperationError{
		ServiceID:     "DynamoDB",
		OperationName: "PutItem",
		Err: &smithyhttp.ResponseError{
			Response: &smithyhttp.Response{Response: &http.Response{StatusCode: status}},
			Err:      apiErr,
		},
	}
}

func TestIsTransient(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"plain", errors.New("boom"), false},
		{"throughput", responseError(400, &types.ProvisionedThroughputExceededException{Message: new("slow down")}), true},
		{"request limit", responseError(400, &types.RequestLimitExceeded{}), true},
		{"throttling code", responseError(400, &smithy.GenericAPIError{Code: "ThrottlingException"}), true},
		{"transaction conflict", responseError(400, &types.TransactionConflictException{}), true},
		{"internal server error", responseError(500, &types.InternalServerError{}), true},
		{"bad gateway", responseError(502, &smithy.GenericAPIError{Code: "Whatever"}), true},
		{"unmodeled 429", responseError(429, errors.New("too many")), true},
		{"condition failed", responseError(400, &types.ConditionalCheckFailedException{}), false},
		{"validation", responseError(400, &smithy.GenericAPIError{Code: "ValidationException"}), false},
		{"not found", responseError(404, &smithy.GenericAPIError{Code: "NoSuchKey"}), false},
		{"deadline", fmt.Errorf("put: %w", context.DeadlineExceeded), true},
		{"canceled", fmt.Errorf("put: %w", context.Canceled), true},
		{"connection refused", &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}, true},
		{"marked", Transient(errors.New("kept conflicting")), true},
		{"marked wrapped", fmt.Errorf("claim: %w", Transient(errors.New("x"))), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsTransient(tt.err); got != tt.want {
				t.Errorf("IsTransient(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}

func TestTransientNil(t *testing.T) {
	if err := Transient(nil); err != nil {
		t.Errorf("Transient(nil) = %v, want nil", err)
	}
}

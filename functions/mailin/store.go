package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"
)

// s3API is the part of the S3 API the store uses; *s3.Client satisfies it.
type s3API interface {
	PutObject(ctx context.Context, in *s3.PutObjectInput, optFns ...func(*s3.Options)) (*s3.PutObjectOutput, error)
}

// s3Store writes each submission object once.
type s3Store struct {
	client s3API
	bucket string
}

// PutNew stores data under key with metadata unless an object is already
// there (a conditional write, If-None-Match), and reports whether it
// wrote. Writing again would make a new version, announced and processed
// again.
func (s *s3Store) PutNew(ctx context.Context, key string, data []byte, contentType string, meta map[string]string) (bool, error) {
	_, err := s.client.PutObject(ctx, &s3.PutObjectInput{
		Bucket:               aws.String(s.bucket),
		Key:                  aws.String(key),
		Body:                 bytes.NewReader(data),
		ContentLength:        aws.Int64(int64(len(data))),
		ContentType:          aws.String(contentType),
		Metadata:             meta,
		IfNoneMatch:          aws.String("*"),
		ServerSideEncryption: types.ServerSideEncryptionAes256,
	})
	if isStatus(err, "PreconditionFailed", "ConditionalRequestConflict") {
		return false, nil // written before, or by another invocation meanwhile
	}
	if err != nil {
		return false, fmt.Errorf("writing %s: %w", key, err)
	}
	return true, nil
}

func isStatus(err error, codes ...string) bool {
	var ae smithy.APIError
	if !errors.As(err, &ae) {
		return false
	}
	for _, c := range codes {
		if ae.ErrorCode() == c {
			return true
		}
	}
	return false
}

// Package kmsapi makes the few AWS KMS calls that creating the stack's
// customer-managed key on a local endpoint (moto_server, LocalStack)
// takes: create a key, turn on its rotation, name it with an alias and
// find it again by that alias. It speaks KMS's JSON protocol with the
// SDK's own request signer, so the service needs no client module of its
// own.
package kmsapi

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
)

// Client calls KMS at the configuration's endpoint (AWS_ENDPOINT_URL), or
// at the region's.
type Client struct {
	cfg  aws.Config
	http *http.Client
}

// New returns a client for cfg.
func New(cfg aws.Config) *Client {
	return &Client{cfg: cfg, http: &http.Client{Timeout: 30 * time.Second}}
}

func (c *Client) endpoint() string {
	if c.cfg.BaseEndpoint != nil && *c.cfg.BaseEndpoint != "" {
		return strings.TrimSuffix(*c.cfg.BaseEndpoint, "/")
	}
	return "https://kms." + c.cfg.Region + ".amazonaws.com"
}

// Error is an error KMS answered with.
type Error struct {
	Type, Message string
}

func (e *Error) Error() string { return "kms: " + e.Type + ": " + e.Message }

// call sends one action with in as its JSON body and decodes the answer
// into out.
func (c *Client) call(ctx context.Context, action string, in, out any) error {
	body, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint()+"/", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	req.Header.Set("X-Amz-Target", "TrentService."+action)
	creds, err := c.cfg.Credentials.Retrieve(ctx)
	if err != nil {
		return fmt.Errorf("kms: credentials: %w", err)
	}
	sum := sha256.Sum256(body)
	if err := v4.NewSigner().SignHTTP(ctx, creds, req, hex.EncodeToString(sum[:]), "kms", c.cfg.Region, time.Now()); err != nil {
		return fmt.Errorf("kms: signing %s: %w", action, err)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("kms: %s: %w", action, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("kms: %s: %w", action, err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Type    string `json:"__type"`
			Message string `json:"message"`
		}
		json.Unmarshal(data, &e)
		if e.Type == "" {
			e.Type = resp.Status
		}
		return &Error{Type: e.Type[strings.LastIndex(e.Type, "#")+1:], Message: e.Message}
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(data, out)
}

// Key is what KMS says of a key.
type Key struct {
	KeyID string `json:"KeyId"`
	Arn   string `json:"Arn"`
}

// CreateKey creates a symmetric encryption key with a description.
func (c *Client) CreateKey(ctx context.Context, description string) (Key, error) {
	var out struct{ KeyMetadata Key }
	err := c.call(ctx, "CreateKey", map[string]string{"Description": description, "KeyUsage": "ENCRYPT_DECRYPT", "KeySpec": "SYMMETRIC_DEFAULT"}, &out)
	return out.KeyMetadata, err
}

// EnableRotation turns on the key's yearly rotation.
func (c *Client) EnableRotation(ctx context.Context, keyID string) error {
	return c.call(ctx, "EnableKeyRotation", map[string]string{"KeyId": keyID}, nil)
}

// RotationEnabled reports whether the key rotates.
func (c *Client) RotationEnabled(ctx context.Context, keyID string) (bool, error) {
	var out struct{ KeyRotationEnabled bool }
	err := c.call(ctx, "GetKeyRotationStatus", map[string]string{"KeyId": keyID}, &out)
	return out.KeyRotationEnabled, err
}

// CreateAlias names the key alias (alias/...).
func (c *Client) CreateAlias(ctx context.Context, alias, keyID string) error {
	return c.call(ctx, "CreateAlias", map[string]string{"AliasName": alias, "TargetKeyId": keyID}, nil)
}

// Describe finds a key by id, ARN or alias, reporting false when there is
// none.
func (c *Client) Describe(ctx context.Context, keyID string) (Key, bool, error) {
	var out struct{ KeyMetadata Key }
	err := c.call(ctx, "DescribeKey", map[string]string{"KeyId": keyID}, &out)
	if e, ok := err.(*Error); ok && e.Type == "NotFoundException" {
		return Key{}, false, nil
	}
	return out.KeyMetadata, err == nil, err
}

// Ensure returns the key named alias, creating it when there is none, so
// calling it again is harmless.
func (c *Client) Ensure(ctx context.Context, alias, description string) (Key, error) {
	k, found, err := c.Describe(ctx, alias)
	if err != nil || found {
		return k, err
	}
	if k, err = c.CreateKey(ctx, description); err != nil {
		return Key{}, err
	}
	if err := c.CreateAlias(ctx, alias, k.KeyID); err != nil {
		return Key{}, err
	}
	return k, nil
}

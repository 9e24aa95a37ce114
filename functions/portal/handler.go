package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/aws/aws-lambda-go/events"
)

// maxBody bounds a request body; a Function URL takes at most 6 MB, and
// the portal's own forms are small (files go straight to S3).
const maxBody = 6 << 20

// adapter serves Lambda Function URL requests with an http.Handler.
type adapter struct {
	h http.Handler
}

// Handle translates a Function URL request into an http.Request, runs the
// handler, and translates the response back.
func (a adapter) Handle(ctx context.Context, in events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	req, err := request(ctx, in)
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: http.StatusBadRequest, Body: "Bad request",
			Headers: map[string]string{"Content-Type": "text/plain; charset=utf-8"}}, nil
	}
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	return response(rec), nil
}

func request(ctx context.Context, in events.LambdaFunctionURLRequest) (*http.Request, error) {
	body := []byte(in.Body)
	if in.IsBase64Encoded {
		b, err := base64.StdEncoding.DecodeString(in.Body)
		if err != nil {
			return nil, fmt.Errorf("body: %w", err)
		}
		body = b
	}
	if len(body) > maxBody {
		return nil, fmt.Errorf("body of %d bytes", len(body))
	}
	target := in.RawPath
	if target == "" {
		target = "/"
	}
	if in.RawQueryString != "" {
		target += "?" + in.RawQueryString
	}
	method := in.RequestContext.HTTP.Method
	if method == "" {
		method = http.MethodGet
	}
	req, err := http.NewRequestWithContext(ctx, method, target, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	for k, v := range in.Headers {
		// Function URLs join repeated headers with commas already.
		req.Header.Set(k, v)
	}
	if len(in.Cookies) > 0 {
		req.Header.Set("Cookie", strings.Join(in.Cookies, "; "))
	}
	req.Host = in.RequestContext.DomainName
	if req.Host == "" {
		req.Host = req.Header.Get("Host")
	}
	// The source address as the Function URL saw it; forwarded-for
	// headers are the client's to write and are not used.
	req.RemoteAddr = net.JoinHostPort(in.RequestContext.HTTP.SourceIP, "0")
	req.ContentLength = int64(len(body))
	req.RequestURI = target
	return req, nil
}

func response(rec *httptest.ResponseRecorder) events.LambdaFunctionURLResponse {
	out := events.LambdaFunctionURLResponse{StatusCode: rec.Code, Headers: map[string]string{}}
	for k, vs := range rec.Result().Header {
		if k == "Set-Cookie" {
			out.Cookies = append(out.Cookies, vs...)
			continue
		}
		out.Headers[k] = strings.Join(vs, ", ")
	}
	body := rec.Body.Bytes()
	ct := rec.Header().Get("Content-Type")
	if strings.HasPrefix(ct, "text/") || ct == "" && len(body) == 0 {
		out.Body = string(body)
	} else {
		out.Body = base64.StdEncoding.EncodeToString(body)
		out.IsBase64Encoded = true
	}
	return out
}

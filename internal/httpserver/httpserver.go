// Package httpserver gives every HTTP server the project runs the same
// limits on how long a client may take to send its headers and its body,
// to take the answer and to keep an idle connection, and on the size of
// its headers, so that slow or silent clients cannot hold connections.
package httpserver

import (
	"net/http"
	"time"
)

// Limits bound what one connection may take.
type Limits struct {
	// ReadHeader is the time to send the request line and headers.
	ReadHeader time.Duration
	// Read is the time to send the whole request, body included: a 50 MB
	// upload over loopback, or over a slow office line, within it.
	Read time.Duration
	// Write is the time from the end of the headers to the end of the
	// answer.
	Write time.Duration
	// Idle is how long a kept-alive connection may wait for its next
	// request.
	Idle time.Duration
	// MaxHeaderBytes bounds the request line and headers.
	MaxHeaderBytes int
}

// Default is what the project's servers use.
var Default = Limits{
	ReadHeader:     10 * time.Second,
	Read:           5 * time.Minute,
	Write:          5 * time.Minute,
	Idle:           time.Minute,
	MaxHeaderBytes: 32 << 10,
}

// New returns a server for h within l.
func New(h http.Handler, l Limits) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.ReadHeader,
		ReadTimeout:       l.Read,
		WriteTimeout:      l.Write,
		IdleTimeout:       l.Idle,
		MaxHeaderBytes:    l.MaxHeaderBytes,
	}
}

// Unbounded lifts the read and write limits from one request that is
// meant to wait, such as a long poll; the connection's other limits stay.
func Unbounded(w http.ResponseWriter) {
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Time{})
	rc.SetWriteDeadline(time.Time{})
}

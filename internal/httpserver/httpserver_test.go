package httpserver

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestDefaultSetsEveryLimit(t *testing.T) {
	srv := New(http.NotFoundHandler(), Default)
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout,
		"WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout,
	} {
		if d <= 0 {
			t.Errorf("%s = %v, want a limit", name, d)
		}
	}
	if srv.ReadHeaderTimeout > srv.ReadTimeout {
		t.Errorf("ReadHeaderTimeout %v is longer than ReadTimeout %v", srv.ReadHeaderTimeout, srv.ReadTimeout)
	}
	if srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 64<<10 {
		t.Errorf("MaxHeaderBytes = %d, want a limit of at most 64 KiB", srv.MaxHeaderBytes)
	}
}

// start serves h within l on a loopback port.
func start(t *testing.T, h http.Handler, l Limits) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := New(h, l)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// closedWithin reports whether the server closes conn within d, reading
// whatever it answers first.
func closedWithin(t *testing.T, conn net.Conn, d time.Duration) bool {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(d))
	_, err := io.Copy(io.Discard, conn)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		return false
	}
	return true
}

// short limits, so that a client breaking them is cut off well inside
// the time the test waits.
var short = Limits{ReadHeader: 100 * time.Millisecond, Read: 300 * time.Millisecond, Write: 500 * time.Millisecond, Idle: 300 * time.Millisecond, MaxHeaderBytes: 4 << 10}

func TestSlowClientsAreCutOff(t *testing.T) {
	reading := func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.Copy(io.Discard, r.Body); err != nil {
			return
		}
		io.WriteString(w, "done")
	}
	addr := start(t, http.HandlerFunc(reading), short)
	t.Run("headers a byte at a time", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.Write([]byte("POST / HTTP/1.1\r\nHost: x\r\n"))
		if !closedWithin(t, conn, 10*time.Second) {
			t.Error("a client that never finishes its headers keeps its connection")
		}
	})
	t.Run("a body that never ends", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.Write([]byte("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\nab"))
		if !closedWithin(t, conn, 10*time.Second) {
			t.Error("a client sending its body slowly keeps its connection")
		}
	})
	t.Run("an idle keep-alive", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		if !closedWithin(t, conn, 10*time.Second) {
			t.Error("an idle kept-alive connection stays open")
		}
	})
	t.Run("headers too large", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 16<<10) + "\r\n\r\n"))
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("16 KiB of headers: status %d, want 431", resp.StatusCode)
		}
	})
}

// TestUnboundedLongPoll: a request that is meant to wait outlives the
// read and write limits.
func TestUnboundedLongPoll(t *testing.T) {
	addr := start(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		Unbounded(w)
		time.Sleep(3 * short.Read)
		io.WriteString(w, "waited")
	}), short)
	resp, err := http.Get("http://" + addr + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || string(b) != "waited" {
		t.Errorf("long poll answered %q, %v; want %q", b, err, "waited")
	}
}

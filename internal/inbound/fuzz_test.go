package inbound

import (
	"github.com/safeguarding-intake/intake/internal/testkit/testenv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/safeguarding-intake/intake/internal/registry"
)

// FuzzParse feeds arbitrary bytes through Parse and Read, and the
// submissions through their S3 metadata and back. Nothing may panic, hang
// or yield a submission the pipeline and S3 cannot take.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(testenv.Root(f), "testdata", "email", "*.eml"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		if len(b) > 8<<10 {
			// Keep seeds small: the fuzzer mutates every byte.
			b = b[:8<<10]
		}
		f.Add(b)
	}
	for _, s := range []string{
		"",
		"From: a@b\r\n\r\n",
		"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: message/rfc822\r\n\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
		"Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Disposition: attachment; filename*=windows-1252''R%96sum%E9.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK=\r\n--b--\r\n",
		"Subject: =?windows-1252?Q?=93Hi=94?= =?bogus?B?AAAA?=\r\nAuthentication-Results: amazonses.com; dkim=pass (a;b=c) header.i=@x\r\n\r\nbody",
	} {
		f.Add([]byte(s))
	}
	reg := registry.Default()
	received := time.Date(2025, 3, 21, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, raw []byte) {
		lim := Limits{MaxParts: 50, MaxDepth: 5, MaxAttachments: 5}
		m, err := Parse(raw, lim)
		if err == nil {
			if len(m.Attachments) > lim.MaxAttachments {
				t.Errorf("Parse kept %d attachments, limit %d", len(m.Attachments), lim.MaxAttachments)
			}
			for _, s := range []string{m.From, m.Subject, m.MessageID} {
				if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n") {
					t.Errorf("header value %q is not clean", s)
				}
			}
		}
		srcs := Read(raw, Options{File: "message.eml", Registry: reg, Received: received, Limits: lim})
		if len(srcs) == 0 {
			t.Fatal("Read returned no submission")
		}
		for _, src := range srcs {
			if !strings.HasPrefix(src.Key, "email:") || !strings.HasPrefix(src.Name, "message.eml") {
				t.Errorf("source key %q name %q", src.Key, src.Name)
			}
			if src.NoReply && src.Submitter != "" {
				t.Errorf("source %q has NoReply and a submitter", src.Key)
			}
			meta := Metadata(src)
			size := 0
			for k, v := range meta {
				size += len(k) + len(v)
				for i := 0; i < len(v); i++ {
					if v[i] < 0x20 || v[i] > 0x7e {
						t.Fatalf("metadata %s=%q is not printable ASCII", k, v)
					}
				}
			}
			if size > 2048 {
				t.Errorf("metadata of %d bytes, over S3's 2 KB", size)
			}
			var back = src
			back.Findings, back.References = nil, nil
			if !FromMetadata(meta, &back) {
				t.Fatalf("FromMetadata(Metadata(%q)) = false", src.Key)
			}
			if back.Key != src.Key || back.Submitter != src.Submitter || back.NoReply != src.NoReply || len(back.Findings) != len(src.Findings) || back.Parts != src.Parts {
				t.Errorf("metadata round trip: key %q/%q submitter %q/%q noreply %v/%v findings %d/%d parts %d/%d",
					back.Key, src.Key, back.Submitter, src.Submitter, back.NoReply, src.NoReply, len(back.Findings), len(src.Findings), back.Parts, src.Parts)
			}
		}
	})
}

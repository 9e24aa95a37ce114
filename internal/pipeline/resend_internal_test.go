package pipeline

import (
	"testing"

	"github.com/safeguarding-intake/intake/internal/intake"
)

func TestStoredKey(t *testing.T) {
	tests := []struct {
		source, id, file string
		stored           string
		want             string
		ok               bool
	}{
		{"email:<a@b>#0", "RR-2025-AAAAAA", "a.pdf", "submissions/E08000026/email/m-0/a.pdf", "submissions/E08000026/email/m-0/a.pdf", true},
		{"cli:review.pdf:abc", "RR-2025-AAAAAA", "review.pdf", "elsewhere/review.pdf", "elsewhere/review.pdf", true},
		{"s3:bucket/submissions/E08000026/rapid_review/review.pdf@3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", "", "", "", "submissions/E08000026/rapid_review/review.pdf", true},
		{"s3:bucket/submissions/E08000026/auto/a@b.pdf#9b2cf535f27731c974343645a3985328", "", "", "", "submissions/E08000026/auto/a@b.pdf", true},
		{"s3:bucket/submissions/x/auto/plain.pdf", "", "", "", "submissions/x/auto/plain.pdf", true},
		{"s3:bucket", "", "", "", "", false},
		{"email:<a@b>#0", "RR-2025-AAAAAA", "a.pdf", "", "", false},
		{"cli:review.pdf:abc", "RR-2025-AAAAAA", "review.pdf", "", "submissions/originals/RR-2025-AAAAAA/review.pdf", true},
		{"portal:submissions/E08000026/rapid_review/K/review.pdf", "RR-2025-BBBBBB", "review.pdf", "", "submissions/originals/RR-2025-BBBBBB/review.pdf", true},
	}
	for _, tt := range tests {
		rec := intake.Record{SourceKey: tt.source, Stored: tt.stored, Outcome: intake.Outcome{ID: tt.id, File: tt.file}}
		got, ok := storedKey(rec)
		if got != tt.want || ok != tt.ok {
			t.Errorf("storedKey(%q) = %q, %v, want %q, %v", tt.source, got, ok, tt.want, tt.ok)
		}
	}
}

func TestStoredVersion(t *testing.T) {
	const key = "submissions/E08000026/rapid_review/K1/review.pdf"
	tests := []struct{ source, key, want string }{
		{"s3:bucket/" + key + "@3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", key, "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY"},
		{"s3:bucket/" + key + "#9b2cf535f27731c974343645a3985328", key, ""},
		{"s3:bucket/" + key, key, ""},
		{"s3:bucket/submissions/other.pdf@v1", key, ""},
		{"email:<a@b>#0", key, ""},
		{"cli:review.pdf:abc", "submissions/originals/X/review.pdf", ""},
	}
	for _, tt := range tests {
		if got := storedVersion(tt.source, tt.key); got != tt.want {
			t.Errorf("storedVersion(%q, %q) = %q, want %q", tt.source, tt.key, got, tt.want)
		}
	}
}

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

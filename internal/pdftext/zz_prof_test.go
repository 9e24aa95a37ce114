package pdftext

import (
	"context"
	"os"
	"testing"
)

func BenchmarkZZFile(b *testing.B) {
	f := os.Getenv("DBG")
	if f == "" {
		b.Skip()
	}
	data, _ := os.ReadFile(f)
	for i := 0; i < b.N; i++ {
		Extract(context.Background(), data, Options{})
	}
}

package pdftext

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestZZActive(t *testing.T) {
	if os.Getenv("DBGALL") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("/work/shared/corpus/pdf/*.pdf")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		res, err := Extract(context.Background(), data, Options{})
		if res.ActiveContent || res.ImageOnly {
			fmt.Println(filepath.Base(f), "active", res.ActiveContent, "imageOnly", res.ImageOnly, err)
		}
	}
}

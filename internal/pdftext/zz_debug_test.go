package pdftext

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	body := trim(data)
	ctx := context.Background()
	_, err := extract(ctx, time.Now().Add(time.Minute), body, 1000)
	fmt.Println("library:", err)
	clean, err := rebuild(ctx, body)
	fmt.Println("rebuild:", len(clean), err)
	if err == nil {
		res, err := extract(ctx, time.Now().Add(time.Minute), clean, 1000)
		fmt.Println("rebuilt:", err, res.Pages, len(res.Text))
		os.WriteFile("/tmp/clean.pdf", clean, 0o644)
	}
	res, err := Extract(ctx, data, Options{})
	fmt.Printf("Extract: %v pages=%d info=%+v active=%v imageOnly=%v\n%s\n", err, res.Pages, res.Info, res.ActiveContent, res.ImageOnly, res.Text)
}

func TestZZRecon(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	body := trim(data)
	fmt.Println("root", trailerRef(body, "/Root"), "info", trailerRef(body, "/Info"))
	ix, ok := indexObjects(body, true)
	fmt.Println(len(ix.heads), len(ix.members), ok, ix.has(trailerRef(body, "/Root")), ix.catalog(body))
	fixed := reconstruct(body)
	fmt.Println(len(fixed))
	if fixed != nil {
		_, err := extract(context.Background(), time.Now().Add(time.Minute), fixed, 1000)
		fmt.Println("extract:", err)
		os.WriteFile("/tmp/fixed.pdf", fixed, 0o644)
	}
}

package pdftext

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZStages(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	fixed := reconstruct(trim(data))
	res, err := extract(context.Background(), time.Now().Add(time.Minute), fixed, 100)
	var s *softError
	if errors.As(err, &s) && s.partial != nil {
		fmt.Printf("partial pages=%d text=%q\n", s.partial.Pages, s.partial.Text)
	}
	fmt.Println(res.Pages, err)
}

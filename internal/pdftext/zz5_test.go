package pdftext

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
)

func TestZZFonts(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	src := &source{ctx: context.Background(), deadline: time.Now().Add(time.Minute), data: data}
	r, err := pdf.NewReader(src, int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	p := r.Page(20)
	fonts := p.V.Key("Resources").Key("Font")
	for _, k := range fonts.Keys() {
		fv := fonts.Key(k)
		ff := fv.Key("FontDescriptor").Key("FontFile")
		fmt.Println(k, fv.Key("BaseFont"), fv.Key("Encoding"), ff.Kind(), ff.Key("Length1"))
		b := readStream(ff, 3000)
		if len(b) > 0 {
			i := 0
			for j := range b {
				if j+9 < len(b) && string(b[j:j+9]) == "/Encoding" {
					i = j
					break
				}
			}
			fmt.Printf("   %q\n", b[i:min(len(b), i+300)])
		}
		fmt.Println("   enc:", len(type1Encoding(ff)))
	}
}

package pdftext

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
)

func TestZZContent(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	pn, _ := strconv.Atoi(os.Getenv("PAGE"))
	data, _ := os.ReadFile(f)
	src := &source{ctx: context.Background(), deadline: time.Now().Add(time.Minute), data: data}
	r, err := pdf.NewReader(src, int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc{ctx: context.Background(), deadline: time.Now().Add(time.Minute), fonts: map[string]*font{}, refSets: map[string]map[string]string{}, maxPages: 10000}
	p := r.Page(pn)
	c := d.content(p.V.Key("Contents"))
	n := len(c)
	if n > 3000 {
		n = 3000
	}
	fmt.Println(string(c[:n]))
	fonts := p.V.Key("Resources").Key("Font")
	for _, k := range fonts.Keys() {
		fv := fonts.Key(k)
		fmt.Println(k, fv.Key("Subtype"), fv.Key("BaseFont"), fv.Key("FirstChar"), fv.Key("Encoding"), fv.Key("FontDescriptor").Key("Flags"))
		fmt.Println("  widths", fv.Key("Widths"))
	}
}

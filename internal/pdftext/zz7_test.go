package pdftext

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
)

func TestZZBox(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	src := &source{ctx: context.Background(), deadline: time.Now().Add(time.Minute), data: data}
	r, _ := pdf.NewReader(src, int64(len(data)))
	p := r.Page(3)
	for v := p.V; !v.IsNull(); v = v.Key("Parent") {
		fmt.Println("media", v.Key("MediaBox"), "crop", v.Key("CropBox"), "rotate", v.Key("Rotate"))
	}
	d := &doc{ctx: context.Background(), deadline: time.Now().Add(time.Minute), fonts: map[string]*font{}, refSets: map[string]map[string]string{}, maxPages: 10000}
	c := d.content(p.V.Key("Contents"))
	fmt.Println(string(c[max(0, len(c)-1500):]))
}

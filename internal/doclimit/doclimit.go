// Package doclimit holds the size over which a document is too_large and
// the environment variable that sets it, apart from the readers, so that
// a program that only reads its configuration links no reader.
package doclimit

import (
	"fmt"
	"strconv"
	"strings"
)

// Var is the environment variable that sets the size over which a
// document is too_large, for the CLI, 'intake serve' and the functions
// alike.
const Var = "DOCUMENT_LIMIT_BYTES"

// Default is the size over which a document is too_large unless Var says
// otherwise (DESIGN 4.4: 50 MB).
const Default = 50 << 20

// Max is the largest Var taken: documents are read into memory whole, and
// a function's memory is sized for documents of this order.
const Max = 200 << 20

// Parse reads a value of Var: a whole number of bytes from 1 MiB to Max.
func Parse(s string) (int64, error) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n < 1<<20 || n > Max {
		return 0, fmt.Errorf("%s=%q is not a number of bytes from %d (1 MiB) to %d", Var, s, 1<<20, Max)
	}
	return n, nil
}

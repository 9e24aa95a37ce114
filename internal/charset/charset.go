// Package charset names the character sets that the documents and emails
// sent to the service actually use, by their MIME and WHATWG labels,
// without linking every encoding golang.org/x/text knows (its CJK tables
// alone are megabytes in each binary).
package charset

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Lookup returns the encoding a charset label names, as the WHATWG
// Encoding Standard reads labels (so ISO-8859-1 and US-ASCII are read as
// Windows-1252, their superset, as browsers and mail clients do), and
// false for a charset outside the set kept:
//
//   - UTF-8 and UTF-16 (the default of every current mail client and of
//     text saved from Word as "Unicode");
//   - Windows-1252 with ISO-8859-1 and US-ASCII (Outlook and older mail
//     in England), ISO-8859-15 (Latin-9, the euro sign);
//   - Windows-1250 and ISO-8859-2 (Central European names: Polish, Czech,
//     Slovak, Hungarian, Romanian families are among the most common in
//     England after English speakers);
//   - Macintosh (old Apple Mail).
//
// Anything else, CJK and Cyrillic included, is for the caller to treat as
// unknown.
func Lookup(label string) (encoding.Encoding, bool) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
		return unicode.UTF8, true
	case "utf-16", "utf-16le", "unicode", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicodefeff":
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true
	case "utf-16be", "unicodefffe":
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), true
	case "windows-1252", "cp1252", "x-cp1252", "ansi_x3.4-1968", "ascii", "us-ascii", "cp819", "csisolatin1",
		"ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1":
		return charmap.Windows1252, true
	case "iso-8859-15", "csisolatin9", "iso8859-15", "iso885915", "iso_8859-15", "l9", "latin-9", "latin9":
		return charmap.ISO8859_15, true
	case "windows-1250", "cp1250", "x-cp1250":
		return charmap.Windows1250, true
	case "iso-8859-2", "csisolatin2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2":
		return charmap.ISO8859_2, true
	case "macintosh", "csmacintosh", "mac", "x-mac-roman":
		return charmap.Macintosh, true
	}
	return nil, false
}

// NewReaderLabel returns a reader that turns input in the charset label
// names into UTF-8, or an error for a charset Lookup does not keep. It
// fits mime.WordDecoder.CharsetReader and xml.Decoder.CharsetReader.
func NewReaderLabel(label string, input io.Reader) (io.Reader, error) {
	enc, ok := Lookup(label)
	if !ok {
		return nil, fmt.Errorf("charset %q unknown", label)
	}
	return enc.NewDecoder().Reader(input), nil
}

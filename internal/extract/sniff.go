package extract

import (
	"bytes"
	"path"
	"strings"
)

// Media types reported in Document.MediaType.
const (
	TypePDF      = "application/pdf"
	TypeDOCX     = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	TypeText     = "text/plain"
	TypeMarkdown = "text/markdown"
	TypeHTML     = "text/html"
	TypeURIList  = "text/uri-list"
	TypeEmail    = "message/rfc822"
	TypeBinary   = "application/octet-stream"
)

// format is what the bytes of a file are, finer than a media type so that
// findings can name what was received ("a PNG image", "an Excel workbook").
type format int

const (
	fmtBinary format = iota
	fmtPDF
	fmtDOCX
	fmtText
	fmtMarkdown
	fmtHTML
	fmtURIList
	fmtEmail
	fmtOLE2          // legacy Office (.doc, .xls, .ppt) or another compound file
	fmtOLE2Encrypted // a password-protected Office file of any generation
	fmtZip
	fmtXLSX
	fmtPPTX
	fmtODF
	fmtPNG
	fmtJPEG
	fmtGIF
	fmtTIFF
	fmtRTF
)

// family groups formats a file name can claim; within a family the formats
// are interchangeable enough that a mismatch is not worth a finding.
type family int

const (
	famNone family = iota
	famPDF
	famDOCX
	famText
)

func (f format) family() family {
	switch f {
	case fmtPDF:
		return famPDF
	case fmtDOCX:
		return famDOCX
	case fmtText, fmtMarkdown, fmtHTML, fmtURIList:
		return famText
	}
	return famNone
}

func (f format) accepted() bool { return f.family() != famNone }

func (f format) mediaType() string {
	switch f {
	case fmtPDF:
		return TypePDF
	case fmtDOCX:
		return TypeDOCX
	case fmtText:
		return TypeText
	case fmtMarkdown:
		return TypeMarkdown
	case fmtHTML:
		return TypeHTML
	case fmtURIList:
		return TypeURIList
	case fmtEmail:
		return TypeEmail
	}
	return TypeBinary
}

// describe names the format for a business manager, with an article.
func (f format) describe() string {
	switch f {
	case fmtPDF:
		return "a PDF"
	case fmtDOCX:
		return "a Word document (.docx)"
	case fmtText, fmtURIList:
		return "a plain text file"
	case fmtMarkdown:
		return "a Markdown text file"
	case fmtHTML:
		return "a web page (HTML)"
	case fmtEmail:
		return "a saved email message"
	case fmtOLE2:
		return "an older Microsoft Office file (such as a .doc from Word 97-2003)"
	case fmtOLE2Encrypted:
		return "a password-protected Microsoft Office file"
	case fmtZip:
		return "a ZIP archive"
	case fmtXLSX:
		return "an Excel workbook"
	case fmtPPTX:
		return "a PowerPoint presentation"
	case fmtODF:
		return "an OpenDocument file"
	case fmtPNG:
		return "a PNG image"
	case fmtJPEG:
		return "a JPEG image"
	case fmtGIF:
		return "a GIF image"
	case fmtTIFF:
		return "a TIFF image"
	case fmtRTF:
		return "a Rich Text Format (RTF) file"
	}
	return "data in a format that could not be recognised"
}

// Sniff returns the media type of data judged from its bytes alone: one of
// the Type constants. Formats that are not accepted (images, spreadsheets,
// legacy Office files, archives) are TypeBinary.
func Sniff(data []byte) string {
	f, _ := detect(data)
	return f.mediaType()
}

// detect judges the format of data and, for text, returns it decoded.
func detect(data []byte) (format, string) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return sniffZip(data), ""
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		if bytes.Contains(data, utf16LE("EncryptedPackage")) {
			return fmtOLE2Encrypted, ""
		}
		return fmtOLE2, ""
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return fmtPNG, ""
	case bytes.HasPrefix(data, []byte("\xFF\xD8\xFF")):
		return fmtJPEG, ""
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return fmtGIF, ""
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return fmtTIFF, ""
	case isRTF(head):
		// Text to look at, but its control words are not the document's.
		return fmtRTF, ""
	case isPDF(head):
		// After the signatures at offset 0: a zip may store a PDF
		// uncompressed near its start.
		return fmtPDF, ""
	}
	text, ok := decodeText(data)
	if !ok {
		return fmtBinary, ""
	}
	return sniffText(text), text
}

// isRTF recognises Rich Text Format by its opening group, after any
// byte-order mark or white space.
func isRTF(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	return bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte(`{\rtf`))
}

// isPDF accepts a header anywhere in the first kilobyte: files with a
// byte-order mark or junk before it are common and the PDF reader copes.
func isPDF(head []byte) bool {
	i := bytes.Index(head, []byte("%PDF-"))
	return i >= 0 && i+5 < len(head) && head[i+5] >= '1' && head[i+5] <= '9'
}

// sniffZip tells Office Open XML and OpenDocument packages from other zips
// by the part names, which every local header and the central directory
// carry in clear.
func sniffZip(data []byte) format {
	has := func(s string) bool { return bytes.Contains(data, []byte(s)) }
	switch {
	case has("[Content_Types].xml") && has("word/document.xml"):
		return fmtDOCX
	case has("[Content_Types].xml") && has("xl/workbook"):
		return fmtXLSX
	case has("[Content_Types].xml") && has("ppt/presentation"):
		return fmtPPTX
	case has("[Content_Types].xml"):
		// An Office package without a spreadsheet or slides is most
		// likely a Word file cut short, for the reader to report.
		return fmtDOCX
	case has("mimetype") && has("application/vnd.oasis.opendocument"):
		return fmtODF
	}
	return fmtZip
}

func utf16LE(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// sniffText classifies decoded text.
func sniffText(text string) format {
	switch {
	case looksHTML(text):
		return fmtHTML
	case looksEmail(text):
		return fmtEmail
	case isInternetShortcut(text) || soleURL(text) != "":
		return fmtURIList
	case looksMarkdown(text):
		return fmtMarkdown
	}
	return fmtText
}

var htmlStarts = []string{
	"<!doctype html", "<html", "<head", "<body", "<title", "<meta", "<p", "<div",
	"<h1", "<h2", "<h3", "<table", "<br", "<a", "<b", "<font", "<style", "<script",
}

// looksHTML checks the first tag, after white space, an XML declaration and
// comments, against tags that only HTML starts with.
func looksHTML(text string) bool {
	s := strings.TrimLeft(text, " \t\r\n\f")
	for {
		switch {
		case strings.HasPrefix(s, "<?xml"):
			i := strings.Index(s, "?>")
			if i < 0 {
				return false
			}
			s = strings.TrimLeft(s[i+2:], " \t\r\n\f")
			continue
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s, "-->")
			if i < 0 {
				return false
			}
			s = strings.TrimLeft(s[i+3:], " \t\r\n\f")
			continue
		}
		break
	}
	if len(s) > 32 {
		s = s[:32]
	}
	s = strings.ToLower(s)
	for _, p := range htmlStarts {
		if !strings.HasPrefix(s, p) {
			continue
		}
		if len(s) == len(p) || p == "<!doctype html" {
			return true
		}
		switch s[len(p)] {
		case ' ', '>', '\t', '\r', '\n', '/':
			return true
		}
	}
	return false
}

// Header fields that a memo typed by hand would not carry, so "To:",
// "From:" and "Subject:" lines at the top of a letter are not mistaken for
// an email.
var transportHeaders = map[string]bool{
	"received": true, "mime-version": true, "message-id": true, "return-path": true,
	"delivered-to": true, "dkim-signature": true, "content-type": true,
	"content-transfer-encoding": true, "x-mailer": true, "arc-seal": true,
	"authentication-results": true,
}

// looksEmail wants a header block of at least three fields, all well formed,
// at least one of which only mail software writes.
func looksEmail(text string) bool {
	lines := strings.Split(firstN(text, 8192), "\n")
	fields, transport := 0, false
	for i, line := range lines {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			break
		}
		if i > 0 && (line[0] == ' ' || line[0] == '\t') {
			continue // folded continuation of the previous field
		}
		if i == 0 && strings.HasPrefix(line, "From ") {
			continue // mbox separator
		}
		colon := strings.IndexByte(line, ':')
		if colon <= 0 || !isFieldName(line[:colon]) {
			if i == len(lines)-1 && len(text) > 8192 {
				break // a field cut in two by firstN
			}
			return false
		}
		fields++
		if transportHeaders[strings.ToLower(line[:colon])] {
			transport = true
		}
	}
	return fields >= 3 && transport
}

func isFieldName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c > '~' || c == ':' {
			return false
		}
	}
	return true
}

// isInternetShortcut recognises a Windows .url file.
func isInternetShortcut(text string) bool {
	for _, line := range strings.Split(firstN(text, 4096), "\n") {
		if strings.EqualFold(strings.TrimSpace(line), "[InternetShortcut]") {
			return true
		}
	}
	return false
}

// looksMarkdown wants at least two different kinds of Markdown structure,
// so that a letter with a bulleted list stays plain text.
func looksMarkdown(text string) bool {
	var heading, list, link, fence, quote, emphasis bool
	prev := ""
	for n, line := range strings.Split(firstN(text, 64<<10), "\n") {
		if n > 2000 {
			break
		}
		line = strings.TrimRight(line, "\r")
		t := strings.TrimLeft(line, " ")
		switch {
		case atxHeading(t):
			heading = true
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fence = true
		case strings.HasPrefix(t, "> "):
			quote = true
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ "):
			list = true
		case prev != "" && len(t) >= 3 && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == ""):
			heading = true // setext underline
		}
		if strings.Contains(line, "](") && strings.Contains(line, "[") {
			link = true
		}
		if strings.Count(line, "**") >= 2 || strings.Count(line, "__") >= 2 {
			emphasis = true
		}
		prev = strings.TrimSpace(line)
	}
	n := 0
	for _, b := range []bool{heading, list, link, fence, quote, emphasis} {
		if b {
			n++
		}
	}
	return n >= 2
}

func atxHeading(t string) bool {
	i := 0
	for i < len(t) && i < 7 && t[i] == '#' {
		i++
	}
	return i >= 1 && i <= 6 && i < len(t) && t[i] == ' '
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// claim is the family a file name's extension claims.
func claim(name string) family {
	// Names come from browsers and mail clients; both separators occur.
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".pdf":
		return famPDF
	case ".docx", ".docm":
		return famDOCX
	case ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".url", ".uri", ".uris":
		return famText
	}
	return famNone
}

// claimsMarkdown says whether the name marks a text file as Markdown.
func claimsMarkdown(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".md" || ext == ".markdown"
}

// claimsWordOrNothing is true for names a password-protected Word file
// plausibly has: Office encrypts a .docx into a compound file whatever its
// extension says, but a name claiming another format is a mismatch.
func claimsWordOrNothing(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".xlsx", ".xlsm", ".xls", ".pptx", ".pptm", ".ppt":
		return false
	}
	c := claim(name)
	return c == famNone || c == famDOCX
}

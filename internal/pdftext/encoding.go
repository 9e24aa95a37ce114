package pdftext

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Base encodings of simple fonts, as code → rune tables (0 = no glyph).
var (
	winAnsiTable   = tableFromCharmap(charmap.Windows1252)
	macRomanTable  = tableFromCharmap(charmap.Macintosh)
	standardTable  = buildStandard()
	pdfDocTable    = buildPDFDoc()
	symbolicTable  = latin1Table()
	glyphNameRunes = buildGlyphNames()
)

func tableFromCharmap(cm *charmap.Charmap) *[256]rune {
	var t [256]rune
	for i := 32; i < 256; i++ {
		r := cm.DecodeByte(byte(i))
		if r == utf8.RuneError {
			continue
		}
		t[i] = r
	}
	t[0xAD] = '-' // drawn as a visible hyphen in practice
	return &t
}

func latin1Table() *[256]rune {
	var t [256]rune
	for i := 32; i < 256; i++ {
		t[i] = rune(i)
	}
	t[0xAD] = '-'
	return &t
}

// buildStandard returns Adobe StandardEncoding: ASCII with curly quotes at
// 0x27 and 0x60, and its own arrangement of the upper half.
func buildStandard() *[256]rune {
	var t [256]rune
	for i := 32; i < 127; i++ {
		t[i] = rune(i)
	}
	t[0x27] = '’'
	t[0x60] = '‘'
	upper := map[byte]rune{
		0xA1: '¡', 0xA2: '¢', 0xA3: '£', 0xA4: '⁄', 0xA5: '¥', 0xA6: 'ƒ', 0xA7: '§',
		0xA8: '¤', 0xA9: '\'', 0xAA: '“', 0xAB: '«', 0xAC: '‹', 0xAD: '›', 0xAE: 'ﬁ',
		0xAF: 'ﬂ', 0xB1: '–', 0xB2: '†', 0xB3: '‡', 0xB4: '·', 0xB6: '¶', 0xB7: '•',
		0xB8: '‚', 0xB9: '„', 0xBA: '”', 0xBB: '»', 0xBC: '…', 0xBD: '‰', 0xBF: '¿',
		0xC1: '`', 0xC2: '´', 0xC3: 'ˆ', 0xC4: '˜', 0xC5: '¯', 0xC6: '˘', 0xC7: '˙',
		0xC8: '¨', 0xCA: '˚', 0xCB: '¸', 0xCD: '˝', 0xCE: '˛', 0xCF: 'ˇ', 0xD0: '—',
		0xE1: 'Æ', 0xE3: 'ª', 0xE8: 'Ł', 0xE9: 'Ø', 0xEA: 'Œ', 0xEB: 'º', 0xF1: 'æ',
		0xF5: 'ı', 0xF8: 'ł', 0xF9: 'ø', 0xFA: 'œ', 0xFB: 'ß',
	}
	for k, v := range upper {
		t[k] = v
	}
	return &t
}

// buildPDFDoc returns PDFDocEncoding, used for text strings and as the
// fallback of fonts that name no encoding.
func buildPDFDoc() *[256]rune {
	t := latin1Table()
	t[0xAD] = 0
	specials := map[byte]rune{
		0x18: '˘', 0x19: 'ˇ', 0x1A: 'ˆ', 0x1B: '˙', 0x1C: '˝', 0x1D: '˛', 0x1E: '˚', 0x1F: '˜',
		0x80: '•', 0x81: '†', 0x82: '‡', 0x83: '…', 0x84: '—', 0x85: '–', 0x86: 'ƒ', 0x87: '⁄',
		0x88: '‹', 0x89: '›', 0x8A: '−', 0x8B: '‰', 0x8C: '„', 0x8D: '“', 0x8E: '”', 0x8F: '‘',
		0x90: '’', 0x91: '‚', 0x92: '™', 0x93: 'ﬁ', 0x94: 'ﬂ', 0x95: 'Ł', 0x96: 'Œ', 0x97: 'Š',
		0x98: 'Ÿ', 0x99: 'Ž', 0x9A: 'ı', 0x9B: 'ł', 0x9C: 'œ', 0x9D: 'š', 0x9E: 'ž', 0xA0: '€',
	}
	for k, v := range specials {
		t[k] = v
	}
	return t
}

// glyphNames lists the Adobe glyph names met in the Differences arrays of
// real documents, beyond single letters and the uniXXXX forms.
const glyphNames = `
space 0020 exclam 0021 quotedbl 0022 numbersign 0023 dollar 0024 percent 0025
ampersand 0026 quotesingle 0027 quoteright 2019 parenleft 0028 parenright 0029
asterisk 002A plus 002B comma 002C hyphen 002D period 002E slash 002F colon 003A
semicolon 003B less 003C equal 003D greater 003E question 003F at 0040
bracketleft 005B backslash 005C bracketright 005D asciicircum 005E underscore 005F
grave 0060 quoteleft 2018 braceleft 007B bar 007C braceright 007D asciitilde 007E
zero 0030 one 0031 two 0032 three 0033 four 0034 five 0035 six 0036 seven 0037
eight 0038 nine 0039 exclamdown 00A1 cent 00A2 sterling 00A3 currency 00A4 yen 00A5
brokenbar 00A6 section 00A7 dieresis 00A8 copyright 00A9 ordfeminine 00AA
guillemotleft 00AB guillemetleft 00AB logicalnot 00AC sfthyphen 00AD registered 00AE
macron 00AF degree 00B0 plusminus 00B1 twosuperior 00B2 threesuperior 00B3 acute 00B4
mu 00B5 paragraph 00B6 periodcentered 00B7 cedilla 00B8 onesuperior 00B9
ordmasculine 00BA guillemotright 00BB guillemetright 00BB onequarter 00BC
onehalf 00BD threequarters 00BE questiondown 00BF Agrave 00C0 Aacute 00C1
Acircumflex 00C2 Atilde 00C3 Adieresis 00C4 Aring 00C5 AE 00C6 Ccedilla 00C7
Egrave 00C8 Eacute 00C9 Ecircumflex 00CA Edieresis 00CB Igrave 00CC Iacute 00CD
Icircumflex 00CE Idieresis 00CF Eth 00D0 Ntilde 00D1 Ograve 00D2 Oacute 00D3
Ocircumflex 00D4 Otilde 00D5 Odieresis 00D6 multiply 00D7 Oslash 00D8 Ugrave 00D9
Uacute 00DA Ucircumflex 00DB Udieresis 00DC Yacute 00DD Thorn 00DE germandbls 00DF
agrave 00E0 aacute 00E1 acircumflex 00E2 atilde 00E3 adieresis 00E4 aring 00E5
ae 00E6 ccedilla 00E7 egrave 00E8 eacute 00E9 ecircumflex 00EA edieresis 00EB
igrave 00EC iacute 00ED icircumflex 00EE idieresis 00EF eth 00F0 ntilde 00F1
ograve 00F2 oacute 00F3 ocircumflex 00F4 otilde 00F5 odieresis 00F6 divide 00F7
oslash 00F8 ugrave 00F9 uacute 00FA ucircumflex 00FB udieresis 00FC yacute 00FD
thorn 00FE ydieresis 00FF Amacron 0100 amacron 0101 Abreve 0102 abreve 0103
Aogonek 0104 aogonek 0105 Cacute 0106 cacute 0107 Ccaron 010C ccaron 010D
Dcaron 010E dcaron 010F Dcroat 0110 dcroat 0111 Emacron 0112 emacron 0113
Edotaccent 0116 edotaccent 0117 Eogonek 0118 eogonek 0119 Ecaron 011A ecaron 011B
Gbreve 011E gbreve 011F Imacron 012A imacron 012B Iogonek 012E iogonek 012F
Idotaccent 0130 dotlessi 0131 Lacute 0139 lacute 013A Lcaron 013D lcaron 013E
Lslash 0141 lslash 0142 Nacute 0143 nacute 0144 Ncaron 0147 ncaron 0148
Omacron 014C omacron 014D Ohungarumlaut 0150 ohungarumlaut 0151 OE 0152 oe 0153
Racute 0154 racute 0155 Rcaron 0158 rcaron 0159 Sacute 015A sacute 015B
Scedilla 015E scedilla 015F Scaron 0160 scaron 0161 Tcedilla 0162 tcedilla 0163
Tcaron 0164 tcaron 0165 Umacron 016A umacron 016B Uring 016E uring 016F
Uhungarumlaut 0170 uhungarumlaut 0171 Uogonek 0172 uogonek 0173 Ydieresis 0178
Zacute 0179 zacute 017A Zdotaccent 017B zdotaccent 017C Zcaron 017D zcaron 017E
florin 0192 dotlessj 0237 circumflex 02C6 caron 02C7 breve 02D8 dotaccent 02D9
ring 02DA ogonek 02DB tilde 02DC hungarumlaut 02DD
Alpha 0391 Beta 0392 Gamma 0393 Delta 0394 Epsilon 0395 Zeta 0396 Eta 0397
Theta 0398 Iota 0399 Kappa 039A Lambda 039B Mu 039C Nu 039D Xi 039E Omicron 039F
Pi 03A0 Rho 03A1 Sigma 03A3 Tau 03A4 Upsilon 03A5 Phi 03A6 Chi 03A7 Psi 03A8
Omega 03A9 alpha 03B1 beta 03B2 gamma 03B3 delta 03B4 epsilon 03B5 zeta 03B6
eta 03B7 theta 03B8 iota 03B9 kappa 03BA lambda 03BB nu 03BD xi 03BE omicron 03BF
pi 03C0 rho 03C1 sigma1 03C2 sigma 03C3 tau 03C4 upsilon 03C5 phi 03C6 chi 03C7
psi 03C8 omega 03C9 theta1 03D1 phi1 03D5 omega1 03D6
endash 2013 emdash 2014 quotesinglbase 201A quotedblleft 201C quotedblright 201D
quotedblbase 201E dagger 2020 daggerdbl 2021 bullet 2022 ellipsis 2026
perthousand 2030 minute 2032 second 2033 guilsinglleft 2039 guilsinglright 203A
fraction 2044 Euro 20AC trademark 2122 Ifraktur 2111 weierstrass 2118
Rfraktur 211C aleph 2135 arrowleft 2190 arrowup 2191 arrowright 2192
arrowdown 2193 arrowboth 2194 arrowdblleft 21D0 arrowdblright 21D2
arrowdblboth 21D4 universal 2200 partialdiff 2202 existential 2203 emptyset 2205
gradient 2207 nabla 2207 element 2208 notelement 2209 suchthat 220B product 220F
summation 2211 minus 2212 asteriskmath 2217 radical 221A proportional 221D
infinity 221E angle 2220 logicaland 2227 logicalor 2228 intersection 2229
union 222A integral 222B therefore 2234 similar 223C congruent 2245
approxequal 2248 notequal 2260 equivalence 2261 lessequal 2264 greaterequal 2265
propersubset 2282 propersuperset 2283 reflexsubset 2286 reflexsuperset 2287
circleplus 2295 circlemultiply 2297 perpendicular 22A5 dotmath 22C5 lozenge 25CA
openbullet 25E6 circle 25CB filledbox 25A0 H22073 25A1 spade 2660 club 2663
heart 2665 diamond 2666 checkmark 2713 ff FB00 fi FB01 fl FB02 ffi FB03 ffl FB04
nbspace 00A0 nonbreakingspace 00A0 visiblespace 2423 dollaroldstyle 0024
`

func buildGlyphNames() map[string]rune {
	f := strings.Fields(glyphNames)
	m := make(map[string]rune, len(f)/2)
	for i := 0; i+1 < len(f); i += 2 {
		v, err := strconv.ParseUint(f[i+1], 16, 32)
		if err != nil {
			panic("pdftext: bad glyph table entry " + f[i])
		}
		m[f[i]] = rune(v)
	}
	return m
}

// glyphText maps a glyph name to its text: known names, single letters,
// uniXXXX, uXXXX[XX], ligature names joined with '_', and names with a
// variant suffix (".sc", ".alt"). Unknown names give "".
func glyphText(name string) string {
	if r, ok := glyphNameRunes[name]; ok {
		return string(r)
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		return glyphText(name[:i])
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			b.WriteString(glyphText(part))
		}
		return b.String()
	}
	if len(name) == 1 && (name[0] >= 'a' && name[0] <= 'z' || name[0] >= 'A' && name[0] <= 'Z') {
		return name
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i+4 <= len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	}
	if len(name) >= 5 && len(name) <= 7 && name[0] == 'u' {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v <= utf8.MaxRune {
			return string(rune(v))
		}
	}
	return ""
}

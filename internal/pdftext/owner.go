package pdftext

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
)

// ownerOpens handles AES-256 files (revisions 5 and 6) that open with an
// empty owner password but not an empty user password: poppler reads them,
// pdfcpu refuses an empty owner password. It recovers the file key through
// the owner entries and rewrites the user entries (/U, /UE) in place so that
// the empty user password yields the same key. It returns nil when the file
// is not of that kind or its entries are not hex strings of the standard
// lengths.
func ownerOpens(data []byte) []byte {
	ref := trailerRef(data, "/Encrypt")
	if ref == "" {
		return nil
	}
	ix, _ := indexObjects(data, false)
	pos, ok := ix.top[refNum(ref)]
	if !ok {
		return nil
	}
	enc := ix.body(data, refNum(ref))
	r := dictInt(enc, "/R")
	if r != 5 && r != 6 {
		return nil
	}
	o, _, okO := hexEntry(enc, "/O", 48)
	u, uAt, okU := hexEntry(enc, "/U", 48)
	oe, _, okOE := hexEntry(enc, "/OE", 32)
	_, ueAt, okUE := hexEntry(enc, "/UE", 32)
	if !okO || !okU || !okOE || !okUE {
		return nil
	}
	if !bytes.Equal(hashR56(r, nil, o[32:40], u[:48]), o[:32]) {
		return nil // the owner password is not empty either
	}
	key := aesNoIV(hashR56(r, nil, o[40:48], u[:48]), oe, false)

	// New user entries for the empty password, with fixed salts.
	vsalt, ksalt := []byte("pdftextv"), []byte("pdftextk")
	newU := append(append(hashR56(r, nil, vsalt, nil), vsalt...), ksalt...)
	newUE := aesNoIV(hashR56(r, nil, ksalt, nil), key, true)

	out := append([]byte(nil), data...)
	copy(out[pos+uAt:], hex.EncodeToString(newU))
	copy(out[pos+ueAt:], hex.EncodeToString(newUE))
	return out
}

// hexEntry returns the bytes of a hex-string entry of exactly n bytes and
// the offset of its first hex digit within dict.
func hexEntry(dict []byte, key string, n int) ([]byte, int, bool) {
	for i := 0; ; {
		k := bytes.Index(dict[i:], []byte(key))
		if k < 0 {
			return nil, 0, false
		}
		p := i + k + len(key)
		i = p
		if p >= len(dict) || !isWhite(dict[p]) && dict[p] != '<' {
			continue // a longer name: /O vs /OE
		}
		for p < len(dict) && isWhite(dict[p]) {
			p++
		}
		if p >= len(dict) || dict[p] != '<' || p+1+2*n >= len(dict) || dict[p+1+2*n] != '>' {
			return nil, 0, false
		}
		b, err := hex.DecodeString(string(dict[p+1 : p+1+2*n]))
		if err != nil {
			return nil, 0, false
		}
		return b, p + 1, true
	}
}

// hashR56 is the password hash of revisions 5 (SHA-256) and 6 (ISO
// 32000-2 algorithm 2.B).
func hashR56(r int, pw, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if r == 5 {
		return k
	}
	for i := 0; ; i++ {
		block := append(append(append([]byte(nil), pw...), k...), udata...)
		k1 := bytes.Repeat(block, 64)
		c, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(c, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		var next hash.Hash
		switch sum % 3 {
		case 0:
			next = sha256.New()
		case 1:
			next = sha512.New384()
		default:
			next = sha512.New()
		}
		next.Write(e)
		k = next.Sum(nil)
		if i+1 >= 64 && int(e[len(e)-1]) <= i+1-32 {
			break
		}
	}
	return k[:32]
}

// aesNoIV runs AES-256 in CBC mode with a zero IV and no padding.
func aesNoIV(key, data []byte, encrypt bool) []byte {
	c, err := aes.NewCipher(key)
	if err != nil || len(data)%aes.BlockSize != 0 {
		return nil
	}
	out := make([]byte, len(data))
	iv := make([]byte, aes.BlockSize)
	if encrypt {
		cipher.NewCBCEncrypter(c, iv).CryptBlocks(out, data)
	} else {
		cipher.NewCBCDecrypter(c, iv).CryptBlocks(out, data)
	}
	return out
}

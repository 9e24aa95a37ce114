package textform

// Phrases finds, in one pass over a text, which of several lists of
// phrases occur in it: what a reader asks of every clause or sentence
// ("does it hold a word of decision? a negation? a name of the review?")
// answered at once, rather than one substring search per phrase. A
// phrase is any string of bytes, matched exactly (lower-case the text
// and write the phrases in lower case to ignore case). Build a Phrases
// once, on first use, and share it; it is safe for concurrent use.
type Phrases struct {
	class  [256]uint8 // a byte's class; 0 for bytes in no phrase
	nclass int
	next   []int32  // state*nclass + class -> state
	out    []uint64 // state -> the lists a phrase ending there belongs to
}

// MaxLists is how many lists one Phrases tells apart.
const MaxLists = 64

// NewPhrases returns the matcher of lists, which are numbered in order:
// bit i of what In returns is list i.
func NewPhrases(lists ...[]string) *Phrases {
	if len(lists) > MaxLists {
		panic("textform: more than 64 lists of phrases")
	}
	p := &Phrases{nclass: 1}
	for _, l := range lists {
		for _, ph := range l {
			for i := 0; i < len(ph); i++ {
				if p.class[ph[i]] == 0 {
					if p.nclass == 256 {
						panic("textform: phrases use too many bytes")
					}
					p.class[ph[i]] = uint8(p.nclass)
					p.nclass++
				}
			}
		}
	}
	// The trie of the phrases; state 0 is the root.
	goTo := [][]int32{make([]int32, p.nclass)}
	p.out = []uint64{0}
	for li, l := range lists {
		for _, ph := range l {
			if ph == "" {
				continue // an empty phrase is in every text; no list holds one
			}
			s := int32(0)
			for i := 0; i < len(ph); i++ {
				c := p.class[ph[i]]
				if goTo[s][c] == 0 {
					goTo = append(goTo, make([]int32, p.nclass))
					p.out = append(p.out, 0)
					goTo[s][c] = int32(len(goTo) - 1)
				}
				s = goTo[s][c]
			}
			p.out[s] |= 1 << li
		}
	}
	// Breadth first, each state's failure is the longest proper suffix of
	// its path that is in the trie; its missing moves are its failure's.
	fail := make([]int32, len(goTo))
	queue := make([]int32, 0, len(goTo))
	for c := 1; c < p.nclass; c++ {
		if s := goTo[0][c]; s != 0 {
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		p.out[s] |= p.out[fail[s]]
		for c := 1; c < p.nclass; c++ {
			t := goTo[s][c]
			if t == 0 {
				goTo[s][c] = goTo[fail[s]][c]
				continue
			}
			fail[t] = goTo[fail[s]][c]
			queue = append(queue, t)
		}
	}
	p.next = make([]int32, len(goTo)*p.nclass)
	for s, row := range goTo {
		copy(p.next[s*p.nclass:], row)
	}
	return p
}

// In returns the lists that have a phrase in s: bit i set for list i.
func (p *Phrases) In(s string) uint64 {
	sc := p.Scan()
	for i := 0; i < len(s); i++ {
		sc.Byte(s[i])
	}
	return sc.Found()
}

// Scan is In for a text made while it is read, given a byte at a time:
// a reader that normalises text (lower-cases it, collapses its spaces)
// can look for phrases in the normalised text without writing it out.
type Scan struct {
	p     *Phrases
	st    int32
	found uint64
}

// Scan starts a Scan of a text.
func (p *Phrases) Scan() Scan { return Scan{p: p} }

// Byte reads the next byte of the text.
func (s *Scan) Byte(c byte) {
	cl := s.p.class[c]
	if cl == 0 {
		s.st = 0
		return
	}
	s.st = s.p.next[s.st*int32(s.p.nclass)+int32(cl)]
	s.found |= s.p.out[s.st]
}

// Found returns the lists that have a phrase in the text read so far.
func (s *Scan) Found() uint64 { return s.found }

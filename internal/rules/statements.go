package rules

import (
	"strings"
	"sync"

	"github.com/safeguarding-intake/intake/internal/intake"
	"github.com/safeguarding-intake/intake/internal/lazyre"
	"github.com/safeguarding-intake/intake/internal/textform"
)

// Some elements are covered by what a document states rather than by the
// words it uses for them. A yearly report shows its learning when it says
// what its audits, reviews, scrutiny and the children it heard from found,
// and what changed as a result, whether or not it calls that learning; it
// speaks of the relevant agencies when it names the schools, colleges,
// health services, housing, probation, voluntary groups and others the
// partners work with, whether or not it calls them relevant agencies.

// statement is what a document states when it covers an element: one of
// its probes found in the document's words (lower case, spaces
// collapsed), in at least distinct different ones.
type statement struct {
	probes   []probe
	distinct int
	says     string // what was looked for, for the message
	keys     *keySets
}

// keySets finds which of a statement's keys are in a text at all, in one
// pass for every 64 keys, so that only those are searched for one by one.
type keySets struct {
	once sync.Once
	sets []*textform.Phrases // key k is list k%64 of set k/64
}

// in returns, per set, the keys of probes found in w.
func (ks *keySets) in(probes []probe, w string) []uint64 {
	ks.once.Do(func() {
		for from := 0; from < len(probes); from += textform.MaxLists {
			lists := make([][]string, 0, textform.MaxLists)
			for _, p := range probes[from:min(len(probes), from+textform.MaxLists)] {
				lists = append(lists, []string{p.key})
			}
			ks.sets = append(ks.sets, textform.NewPhrases(lists...))
		}
	})
	out := make([]uint64, len(ks.sets))
	for i, set := range ks.sets {
		out[i] = set.In(w)
	}
	return out
}

// probe is a word or phrase that starts a statement, at the start of a
// word, and what must follow it within a short window, if anything. Each
// is found by a substring search, so a long text costs little more than
// one pass for each.
type probe struct {
	key   string
	whole bool           // the key ends a word (perhaps with "s")
	then  *lazyre.Regexp // matched at the key's end, when not nil
}

// window bounds what a probe's pattern looks at after its key.
const window = 90

// found is what a finding is written with: "found", "showed", "told us".
var found = lazyre.New(`^[a-z]*(?:[^.;|]{0,60}?)\b(?:found|finds|showed|shows|show|highlighted|highlights|identified|identifies|revealed|reveals|concluded|told us)\b`)

func keys(then *lazyre.Regexp, whole bool, ks ...string) []probe {
	out := make([]probe, len(ks))
	for i, k := range ks {
		out[i] = probe{key: k, whole: whole, then: then}
	}
	return out
}

// doneSince is what was done since the incident or the events that
// followed it, in the perfect: "since his death the partners have held",
// "since the injury, agencies have reviewed"; not what happened since a
// family moved.
var doneSince = lazyre.New(`^ (?:the|his|her|their|this|that) (?:[a-z'-]+ )?(?:incident|death|injury|injuries|admission|notification|rapid review|review meeting|disclosure|arrest|assault|attack|overdose|harm|event|events|discovery)s?,? [^.;|]{0,40}?\b(?:have|has) (?:already |now |also |since )?(?:been )?(?:[a-z]+(?:ed|en)|held|met|made|done|seen|set|put|sent|begun|run|kept|brought|sought|taught|built)\b`)

// donePerfect is a participle straight after "has already", "have
// already": "we have already referred", "has already been seen".
var donePerfect = lazyre.New(`^ (?:been )?(?:[a-z]+(?:ed|en)|held|met|made|done|seen|set|put|sent|begun|run|kept|brought|sought|taught|built)\b`)

var statements = map[intake.Kind]map[string]statement{
	intake.RapidReview: {
		"immediate_actions": {
			keys:   &keySets{},
			says:   "what was done since the incident to keep children safe",
			probes: append(keys(doneSince, true, "since"), keys(donePerfect, true, "have already", "has already")...),
		},
	},
	intake.YearlyReport: {
		"learning": {
			keys: &keySets{},
			says: "what audits, reviews, scrutiny and children's views found, and what changed as a result",
			probes: append(append(
				// What a source of learning found.
				keys(found, false, "audit", "review", "dip sampl", "deep dive", "evaluation", "inspection", "survey", "scrutin", "feedback", "analysis"),
				// What changed as a result.
				keys(nil, true, "as a result", "which led to", "this led to", "that led to", "these led to", "it led to", "has led to", "have led to",
					"in response to", "so we did", "we changed", "we have changed", "shaped our", "informed our", "been built into",
					"been embedded into", "need to improve", "still to improve", "asked us to", "asked it to", "asked the partners to",
					"asked the partnership to")...),
				// Learning by its other names.
				keys(nil, true, "lesson", "key themes", "key messages", "we learned", "we learnt", "we have learned", "we have learnt")...),
		},
		"relevant_agencies": {
			keys:     &keySets{},
			distinct: 2,
			says:     "the agencies the partners work with, named: schools, colleges, GPs, hospitals, housing, probation, the voluntary sector",
			probes: keys(nil, true, "school", "college", "academy", "academies", "nursery", "nurseries", "early years setting", "early years provider",
				"university", "universities", "education setting", "gp", "gp practice", "general practice", "general practitioner", "hospital",
				"nhs trust", "foundation trust", "health visiting", "health visitor", "school nurse", "school nursing", "midwife", "midwives",
				"midwifery", "maternity service", "camhs", "mental health service", "ambulance service", "dentist", "pharmacy", "pharmacies",
				"probation", "youth justice", "youth offending", "housing", "district council", "parish council", "fire and rescue",
				"voluntary sector", "voluntary organisation", "voluntary group", "community group", "community organisation", "community sector",
				"charity", "charities", "faith group", "faith organisation", "faith leader", "faith setting", "sports club", "sport club", "cafcass",
				"children's home", "drug and alcohol service"),
		},
	},
}

// maxProbeHits bounds the occurrences of one key looked at.
const maxProbeHits = 200

// stated finds a statement of e in the document's words, outside the
// spans skip; it returns where the statement begins and ends.
func (c *checker) stated(e element, skip [][2]int) (int, int, bool) {
	st, ok := statements[c.in.Kind][e.name]
	if !ok {
		return 0, 0, false
	}
	w := c.text.words
	type hit struct{ start, end int }
	var hits []hit
	seen := map[int]bool{} // where a longer key already matched
	var present []uint64   // nil: every key is searched for
	if st.keys != nil {
		present = st.keys.in(st.probes, w)
	}
	for k, p := range st.probes {
		if present != nil && present[k/textform.MaxLists]&(1<<(k%textform.MaxLists)) == 0 {
			continue // strings.Index would find none
		}
		for from, n := 0, 0; n < maxProbeHits; n++ {
			i := strings.Index(w[from:], p.key)
			if i < 0 {
				break
			}
			i += from
			from = i + len(p.key)
			end := i + len(p.key)
			if i > 0 && isWordByte(w[i-1]) || within(skip, i) {
				continue
			}
			if p.whole {
				if end < len(w) && w[end] == 's' {
					end++
				}
				if end < len(w) && isWordByte(w[end]) {
					continue
				}
			}
			if p.then != nil {
				m := p.then.FindStringIndex(w[end:min(len(w), end+window)])
				if m == nil {
					continue
				}
				end += m[1]
			}
			hits = append(hits, hit{i, end})
			if st.distinct <= 1 {
				return i, end, true
			}
			break // one hit a key is enough to count it
		}
	}
	// Keys counted apart must be different words: "school nurse" is not
	// also "school".
	distinct := 0
	first := hit{-1, -1}
	for _, h := range hits {
		if seen[h.start] {
			continue
		}
		seen[h.start] = true
		distinct++
		if first.start < 0 || h.start < first.start {
			first = h
		}
	}
	if distinct >= max(st.distinct, 1) {
		return first.start, first.end, true
	}
	return 0, 0, false
}

func isWordByte(b byte) bool { return 'a' <= b && b <= 'z' || '0' <= b && b <= '9' }

package registry

import (
	"slices"
	"strings"
)

// Closest returns up to n local authority names nearest to s as typed,
// nearest first: the names to offer someone whose s Resolve does not
// know ("Coventy" gives "Coventry" first). Names are as the councils write
// them, each once.
func (r *Registry) Closest(s string, n int) []string {
	want := key(s)
	if want == "" || n <= 0 {
		return nil
	}
	type scored struct {
		name string
		d    int
	}
	best := make(map[string]int)
	for _, p := range r.parts {
		for _, la := range p.LocalAuthorities {
			for _, name := range laNames(la) {
				d := distance(want, key(name))
				// A prefix typed is as near as a letter wrong.
				if k := key(name); strings.HasPrefix(k, want) {
					d = min(d, 1)
				}
				if cur, ok := best[la.Name]; !ok || d < cur {
					best[la.Name] = d
				}
			}
		}
	}
	var all []scored
	for name, d := range best {
		all = append(all, scored{name, d})
	}
	slices.SortFunc(all, func(a, b scored) int {
		if a.d != b.d {
			return a.d - b.d
		}
		return strings.Compare(a.name, b.name)
	})
	var out []string
	for _, c := range all[:min(n, len(all))] {
		out = append(out, c.name)
	}
	return out
}

// distance is the Levenshtein distance between a and b, in bytes (the
// keys compared are lower-case ASCII for English place names).
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

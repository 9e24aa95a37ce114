package rules

import "strings"

// A yearly report says what the partners did in sentences whose subject is
// the partnership and whose verbs are in the past: "We opened a hub,
// refreshed our strategy and trained every school", "the partnership
// commissioned an audit". Several such actions are the body's evidence of
// the report's activity, however its sections are headed; one alone (a
// course run, under Training) is not.

// minActions is how many actions of the partners show their activity.
const minActions = 3

// maxActionScan bounds the subjects looked at.
const maxActionScan = 4000

// actionSubjects are the words that make the partners a sentence's subject.
// ("the partners", "the safeguarding partners", "our partnership").
var actionSubjects = []string{"we ", "partnership ", "partners "}

// actionFillers may stand between the subject and its verb ("we have also
// launched", "we jointly commissioned").
var actionFillers = map[string]bool{
	"have": true, "had": true, "also": true, "then": true, "successfully": true, "jointly": true,
	"together": true, "recently": true, "further": true, "again": true, "first": true, "now": true,
}

// irregularPasts are the past forms of common verbs of doing that do not end
// in "-ed".
var irregularPasts = map[string]bool{
	"ran": true, "run": true, "held": true, "began": true, "begun": true, "built": true, "led": true,
	"made": true, "took": true, "taken": true, "gave": true, "given": true, "wrote": true, "written": true,
	"brought": true, "met": true, "set": true, "sent": true, "spent": true, "taught": true, "put": true,
	"did": true, "done": true, "won": true, "grew": true, "grown": true, "drew": true, "drawn": true,
	"undertook": true, "undertaken": true, "rebuilt": true, "rewrote": true, "rewritten": true,
}

// notActions end in "-ed" but say what the partners wished or thought, not
// what they did.
var notActions = map[string]bool{
	"wanted": true, "hoped": true, "expected": true, "intended": true, "aimed": true, "planned": true,
	"believed": true, "needed": true, "wished": true, "failed": true, "struggled": true, "delayed": true,
	"postponed": true, "cancelled": true, "paused": true, "proposed": true, "considered": true,
}

// pastAction reports whether w is a verb in the past that says something
// was done.
func pastAction(w string) bool {
	w = strings.Trim(w, ",;:()\"'")
	if irregularPasts[w] {
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !notActions[w] &&
		w[0] >= 'a' && w[0] <= 'z'
}

// partnersActions finds the actions of the partners in words (prepared
// text), counting the verbs coordinated after the first ("opened …,
// refreshed … and trained …"), and returns where the first is once there
// are at least minActions.
func partnersActions(words string) (int, bool) {
	count, first := 0, -1
	scanned := 0
	for _, subj := range actionSubjects {
		for from := 0; scanned < maxActionScan; scanned++ {
			i := strings.Index(words[from:], subj)
			if i < 0 {
				break
			}
			i += from
			from = i + len(subj)
			if i > 0 && words[i-1] != ' ' && words[i-1] != '(' {
				continue // "swe ", not "we "
			}
			n := clauseActions(words[from:])
			if n == 0 {
				continue
			}
			if first < 0 || i < first {
				first = i
			}
			if count += n; count >= minActions {
				return first, true
			}
		}
	}
	return 0, false
}

// clauseActions counts the past actions of the sentence that follows a
// subject: its verb, after any fillers, and the verbs coordinated with it
// after a comma or "and".
func clauseActions(rest string) int {
	end := len(rest)
	for _, stop := range []string{". ", "; ", "? ", "! "} {
		if k := strings.Index(rest, stop); k >= 0 && k < end {
			end = k
		}
	}
	end = min(end, 400)
	words := strings.Fields(rest[:end])
	k := 0
	for k < len(words) && k < 3 && actionFillers[words[k]] {
		k++
	}
	if k >= len(words) || !pastAction(words[k]) {
		return 0
	}
	n := 1
	for j := k + 1; j < len(words); j++ {
		joined := strings.HasSuffix(words[j-1], ",") || words[j-1] == "and" || words[j-1] == "also"
		if joined && pastAction(words[j]) {
			n++
		}
	}
	return n
}

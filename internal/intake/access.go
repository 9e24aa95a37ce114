package intake

import "time"

// What a member of staff opened, as the audit trail records it.
const (
	AccessViewed     = "viewed"     // the submission's staff page
	AccessDownloaded = "downloaded" // its receipt
)

// Access is one time a member of staff opened a submission or downloaded
// its receipt: who, when and what. Accesses are only ever added to the
// ledger, never changed or removed.
type Access struct {
	Submission string    `json:"submission"`
	By         string    `json:"by"`
	At         time.Time `json:"at"`
	What       string    `json:"what"`
}

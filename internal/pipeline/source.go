package pipeline

import "github.com/safeguarding-intake/intake/internal/intake"

// Source is one submitted document, from any channel. It is defined in
// intake so that the mail function can make sources without linking the
// pipeline.
type Source = intake.Source

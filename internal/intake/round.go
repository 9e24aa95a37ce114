package intake

import (
	"fmt"
	"strings"
	"time"
)

// Working Together 2023 (published 15 December 2023) asked every
// partnership to publish revised arrangements by 31 December 2024.
// Arrangements published from its first day belong to its round. The
// checks of a submission and the obligations both read the round's dates
// from here, so the deadline a document is judged by and the one a
// partnership is reminded of are the same.
var (
	// Round2023Start is the day arrangements of the 2023 round may be
	// published from.
	Round2023Start = time.Date(2023, time.December, 15, 0, 0, 0, 0, time.UTC)
	// DefaultRound2023Due is the 2023 round's deadline unless configured.
	DefaultRound2023Due = time.Date(2024, time.December, 31, 0, 0, 0, 0, time.UTC)
)

// Round2023DueVar names the environment variable that moves the 2023
// round's deadline (YYYY-MM-DD), should the Department extend it.
const Round2023DueVar = "ARRANGEMENTS_DUE_2023"

// ParseRound2023Due reads the 2023 round's deadline as Round2023DueVar
// gives it: a date on or after the round's start.
func ParseRound2023Due(v string) (time.Time, error) {
	t, err := ParseISODate(strings.TrimSpace(v))
	if err != nil || t.Before(Round2023Start) {
		return time.Time{}, fmt.Errorf("%s=%q must be a date (YYYY-MM-DD) on or after %s", Round2023DueVar, v, ISODate(Round2023Start))
	}
	return t, nil
}

// Round2023DueFrom reads Round2023DueVar through getenv: zero when it is
// unset, which means DefaultRound2023Due.
func Round2023DueFrom(getenv func(string) string) (time.Time, error) {
	v := strings.TrimSpace(getenv(Round2023DueVar))
	if v == "" {
		return time.Time{}, nil
	}
	return ParseRound2023Due(v)
}

package obligations

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/safeguarding-intake/intake/internal/intake"
)

// CSVHeader is the header row of WriteCSV.
var CSVHeader = []string{"partnership_id", "partnership", "obligation", "ref", "due", "status", "met_by", "late", "working_days_late"}

// WriteCSV writes obs as CSV with a header row, for spreadsheets: a value
// that a spreadsheet would take for a formula (a SIN reference beginning
// "=") is prefixed with an apostrophe.
func WriteCSV(w io.Writer, obs []Obligation, at time.Time) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	at = intake.Day(at)
	for _, o := range obs {
		row := []string{
			o.Partnership.ID, o.Partnership.Name, string(o.Kind), o.Ref, dateOrEmpty(o.Due),
			string(o.Status), o.MetBy, strconv.FormatBool(o.Late), strconv.Itoa(o.DaysLate(at)),
		}
		for i, v := range row {
			row[i] = cell(v)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

package obligations

import (
	"bytes"
	"testing"
)

func TestWriteCSV(t *testing.T) {
	at := day(t, "2025-03-21")
	obs := []Obligation{
		{Partnership: coventry, Kind: RapidReview, Ref: "=HYPERLINK(\"x\")", Due: day(t, "2025-03-18"), Status: Overdue},
		{Partnership: coventry, Kind: YearlyReport, Status: Unknown},
		{Partnership: coventry, Kind: Arrangements, Ref: "2023", Due: day(t, "2024-12-31"), Status: Met, MetBy: "SA-2025-AAAAAA", MetOn: day(t, "2025-01-02"), Late: true},
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, obs, at); err != nil {
		t.Fatal(err)
	}
	want := "partnership_id,partnership,obligation,ref,due,status,met_by,late,working_days_late\n" +
		"E08000026,Coventry Safeguarding Children Partnership,rapid_review,\"'=HYPERLINK(\"\"x\"\")\",2025-03-18,overdue,,false,3\n" +
		"E08000026,Coventry Safeguarding Children Partnership,yearly_report,,,unknown,,false,0\n" +
		"E08000026,Coventry Safeguarding Children Partnership,arrangements,2023,2024-12-31,met,SA-2025-AAAAAA,true,1\n"
	if b.String() != want {
		t.Errorf("WriteCSV =\n%s\nwant\n%s", b.String(), want)
	}
}

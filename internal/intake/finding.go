package intake

import (
	"fmt"
	"sort"
)

// Severity says what a finding does to a submission: an error blocks
// forwarding, a warning is forwarded and shown on the receipt, info is a
// note.
type Severity string

const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Finding is one result of checking a submission. Code is a stable
// identifier (DESIGN 4.4); Message is plain English for a business manager.
type Finding struct {
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// Finding codes (DESIGN 4.4). Element codes (missing_<element>) are built
// with Missing.
const (
	EmptyFile                 = "empty_file"
	TooLarge                  = "too_large"
	UnsupportedType           = "unsupported_type"
	TypeMismatch              = "type_mismatch"
	UnreadableDocument        = "unreadable_document"
	EncryptedDocument         = "encrypted_document"
	NoText                    = "no_text"
	KindUnknown               = "kind_unknown"
	PartnershipUnknown        = "partnership_unknown"
	PartnershipMismatch       = "partnership_mismatch"
	DateInFuture              = "date_in_future"
	ActiveContent             = "active_content"
	SINMissing                = "sin_missing"
	LCSPRDecisionMissing      = "lcspr_decision_missing"
	NationalReviewMissing     = "national_review_view_missing"
	RapidReviewLate           = "rapid_review_late"
	PeriodMissing             = "period_missing"
	PeriodTooLong             = "period_too_long"
	PublicationDateMissing    = "publication_date_missing"
	ForwardedLate             = "forwarded_late"
	URLMissing                = "url_missing"
	URLInvalid                = "url_invalid"
	URLSuspicious             = "url_suspicious"
	CCGAfterICB               = "ccg_after_icb"
	PublicationLate           = "publication_late"
	ImplementationLate        = "implementation_late"
	PracticeReviewNoticeShort = "practice_review_notice_short"
	PracticeReviewLate        = "practice_review_late"
	PublicationPlanMissing    = "publication_plan_missing"
	MissingLeadPartners       = "missing_lead_partners"
	EmailVirus                = "email_virus"
	EmailSpam                 = "email_spam"
	SenderUnverified          = "sender_unverified"
	DuplicateSubmission       = "duplicate_submission"
	// DeliveryResent notes that a member of staff had a notification sent
	// again: who asked, to whom and when. It extends DESIGN 4.4.
	DeliveryResent = "delivery_resent"
)

// severities lists the severity of every code with a fixed one.
var severities = map[string]Severity{
	EmptyFile: SeverityError, TooLarge: SeverityError, UnsupportedType: SeverityError,
	TypeMismatch: SeverityError, UnreadableDocument: SeverityError, EncryptedDocument: SeverityError,
	NoText: SeverityError, KindUnknown: SeverityError, PartnershipUnknown: SeverityError,
	PartnershipMismatch: SeverityWarning, DateInFuture: SeverityWarning, ActiveContent: SeverityWarning,
	SINMissing: SeverityError, LCSPRDecisionMissing: SeverityError, NationalReviewMissing: SeverityWarning,
	RapidReviewLate: SeverityWarning, PeriodMissing: SeverityError, PeriodTooLong: SeverityWarning,
	PublicationDateMissing: SeverityError, ForwardedLate: SeverityWarning,
	URLMissing: SeverityError, URLInvalid: SeverityError, URLSuspicious: SeverityWarning, CCGAfterICB: SeverityWarning,
	PublicationLate: SeverityWarning, ImplementationLate: SeverityWarning,
	PracticeReviewNoticeShort: SeverityWarning, PracticeReviewLate: SeverityWarning,
	PublicationPlanMissing: SeverityWarning, MissingLeadPartners: SeverityWarning,
	EmailVirus: SeverityError, EmailSpam: SeverityError, SenderUnverified: SeverityError,
	DuplicateSubmission: SeverityInfo, DeliveryResent: SeverityInfo,
}

// Missing returns the finding for an element a document does not cover
// ("missing_training"). must says whether the guidance requires the element
// for this kind (an error) or only recommends it (a warning): the same
// element can be either, as scrutiny is for arrangements and yearly reports.
func Missing(element string, must bool, message string) Finding {
	sev := SeverityWarning
	if must {
		sev = SeverityError
	}
	return Finding{Code: "missing_" + element, Severity: sev, Message: message}
}

// SeverityOf returns the fixed severity of a code, and false for a code
// whose severity is not fixed (missing_<element>) or that is unknown.
func SeverityOf(code string) (Severity, bool) {
	s, ok := severities[code]
	return s, ok
}

// NewFinding builds a finding with the code's own severity. It panics on an
// unknown code: codes are constants, so that is a programming error.
func NewFinding(code, format string, args ...any) Finding {
	sev, ok := SeverityOf(code)
	if !ok {
		panic("intake: finding code without a fixed severity: " + code)
	}
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return Finding{Code: code, Severity: sev, Message: msg}
}

// SortFindings orders findings errors first, then warnings, then info,
// keeping the order they were found in within a severity.
func SortFindings(fs []Finding) {
	rank := map[Severity]int{SeverityError: 0, SeverityWarning: 1, SeverityInfo: 2}
	sort.SliceStable(fs, func(i, j int) bool { return rank[fs[i].Severity] < rank[fs[j].Severity] })
}

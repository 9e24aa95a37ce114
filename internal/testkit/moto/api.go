package moto

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// RawEmail is a raw message moto's SES accepted for sending.
type RawEmail struct {
	ID           string   `json:"id"`
	Source       string   `json:"source"`
	Destinations []string `json:"destinations"`
	Data         string   `json:"raw_data"`
}

// SentRawEmails returns the raw messages SES (v1 or v2) has "sent", read
// from moto's model dump at /moto-api/data.json of endpoint. moto 5 lists
// them under ses.RawMessage, whichever API sent them.
func SentRawEmails(ctx context.Context, endpoint string) ([]RawEmail, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"/moto-api/data.json", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("reading the mail moto sent: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("reading the mail moto sent: %s (is the endpoint moto_server?)", resp.Status)
	}
	var dump struct {
		SES struct {
			RawMessage []RawEmail
		} `json:"ses"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&dump); err != nil {
		return nil, fmt.Errorf("reading the mail moto sent: %w", err)
	}
	return dump.SES.RawMessage, nil
}

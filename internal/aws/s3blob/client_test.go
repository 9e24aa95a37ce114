package s3blob

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
)

func TestNewClient(t *testing.T) {
	for _, tt := range []struct {
		endpoint  *string
		pathStyle bool
	}{{nil, false}, {aws.String("http://127.0.0.1:5000"), true}} {
		o := NewClient(aws.Config{Region: "eu-west-2", BaseEndpoint: tt.endpoint}).Options()
		if o.UsePathStyle != tt.pathStyle {
			t.Errorf("endpoint %v: path style %v, want %v", aws.ToString(tt.endpoint), o.UsePathStyle, tt.pathStyle)
		}
		if !o.DisableLogOutputChecksumValidationSkipped {
			t.Errorf("endpoint %v: the SDK warns of every object stored without a checksum", aws.ToString(tt.endpoint))
		}
	}
}

package main

import (
	"context"
	"errors"
	"path"
	"strings"

	"github.com/sirupsen/logrus"

	"github.com/safeguarding-intake/intake/internal/aws/s3event"
	"github.com/safeguarding-intake/intake/internal/obligations"
	"github.com/safeguarding-intake/intake/internal/registry"
)

// CSV exports under sins/ are serious incident notifications, imported
// into the ledger (DESIGN 4.8); those under sins/baseline/ are baselines
// of partnerships' last yearly reports.
const (
	sinsPrefix     = "sins/"
	baselinePrefix = "sins/baseline/"
)

// importer records the SINs or baseline of one CSV object.
type importer struct {
	store obligations.Store
	reg   *registry.Registry
}

// importObject reads and imports a CSV object. A file with bad rows is
// refused whole and acknowledged, never retried: the log says which lines
// and why (reasons name references and areas, never children). Only
// trouble reading or writing is an error, for the message to be retried.
func (h *handler) importObject(ctx context.Context, log logrus.FieldLogger, o s3event.Object) error {
	data, _, _, err := h.objects.Get(ctx, o.Key)
	if err != nil {
		if h.isMissing != nil && h.isMissing(err) {
			log.Warn("ignored: the object was deleted before it could be read")
			return nil
		}
		log.WithField("error", s3event.Redact(err, o.Key)).Error("reading the CSV object failed; the message will be retried")
		return err
	}
	what, imp := "sins", obligations.ImportSINs
	if strings.HasPrefix(o.Key, baselinePrefix) {
		what, imp = "baseline", obligations.ImportBaseline
	}
	log = log.WithField("import", what)
	n, err := imp(ctx, h.imports.store, path.Base(o.Key), data, h.imports.reg)
	var ie *obligations.ImportError
	if errors.As(err, &ie) {
		lines := make([]string, 0, len(ie.Problems))
		for _, p := range ie.Problems {
			lines = append(lines, p.String())
		}
		log.WithFields(logrus.Fields{"problems": len(ie.Problems) + ie.More, "lines": lines}).Warn("refused: nothing of the file imported")
		return nil
	}
	if err != nil {
		log.WithField("error", s3event.Redact(err, o.Key)).Error("import not finished; the message will be retried")
		return err
	}
	log.WithField("rows", n).Info("imported")
	return nil
}

// Package jsonlog is the log every process of the service writes: logrus
// with its JSON formatter, one object a line, for the Lambda functions
// and 'intake serve' alike.
package jsonlog

import (
	"io"

	"github.com/sirupsen/logrus"
)

// New returns a log writing JSON lines to w at info level.
func New(w io.Writer) *logrus.Logger {
	log := logrus.New()
	log.SetFormatter(&logrus.JSONFormatter{})
	log.SetOutput(w)
	return log
}

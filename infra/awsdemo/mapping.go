package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

// mapping plays the SQS event source mapping of one function: it polls
// the queue, hands each batch to a sandbox as an SQS event, and settles the
// messages by the function's partial batch response (ReportBatchItemFailures).
type mapping struct {
	fn       *function
	sqs      *sqs.Client
	queueURL string
	queueARN string
	batch    int32
	// retryAfter is how long a failed message stays hidden. Lambda leaves
	// it for the queue's visibility timeout (18 minutes); the demo would
	// not see the retry within its time limit.
	retryAfter time.Duration

	mu       sync.Mutex
	stats    mappingStats
	problems []string
}

// mappingStats counts what happened to a function's invocations.
type mappingStats struct {
	Invocations int // answered by the function, successfully or not
	Messages    int // messages handed to the function
	Deleted     int // acknowledged, so deleted from the queue
	Retried     int // reported failed (or in a failed invocation): visible again
	Errors      int // invocations the function failed, crashed in or overran
	ColdStarts  int
}

// run polls with one sandbox until ctx ends.
func (m *mapping) run(ctx context.Context, sb *sandbox) {
	for ctx.Err() == nil {
		out, err := m.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{
			QueueUrl:                    aws.String(m.queueURL),
			MaxNumberOfMessages:         m.batch,
			WaitTimeSeconds:             1,
			MessageSystemAttributeNames: []sqstypes.MessageSystemAttributeName{sqstypes.MessageSystemAttributeNameAll},
			MessageAttributeNames:       []string{"All"},
		})
		if err != nil {
			if ctx.Err() == nil {
				m.problem("receiving from %s: %v", m.fn.name, err)
				sleep(ctx, time.Second)
			}
			continue
		}
		if len(out.Messages) == 0 {
			continue
		}
		m.deliver(ctx, sb, out.Messages)
	}
}

// deliver invokes the function with one batch and settles it.
func (m *mapping) deliver(ctx context.Context, sb *sandbox, msgs []sqstypes.Message) {
	ev := m.event(msgs)
	payload, err := json.Marshal(ev)
	if err != nil {
		m.problem("%s: encoding the event: %v", m.fn.name, err)
		return
	}
	startsBefore := sb.coldStarts()
	res, err := sb.invoke(ctx, payload)
	if ctx.Err() != nil {
		return // stopping: the messages become visible again by themselves
	}
	failed := map[string]bool{}
	switch {
	case err != nil:
		m.problem("%s: invocation of %d messages: %v", m.fn.name, len(msgs), err)
		failAll(failed, ev)
	case res.Error:
		m.problem("%s: the function returned an error for %d messages: %s", m.fn.name, len(msgs), res.Body)
		failAll(failed, ev)
	default:
		var resp events.SQSEventResponse
		if err := json.Unmarshal(res.Body, &resp); err != nil {
			m.problem("%s: the response %.200q is not a batch response: %v", m.fn.name, res.Body, err)
			failAll(failed, ev)
			break
		}
		for _, f := range resp.BatchItemFailures {
			failed[f.ItemIdentifier] = true
		}
		// Lambda fails the whole batch when a reported failure names no
		// message of it.
		for id := range failed {
			if !inBatch(ev, id) {
				m.problem("%s: the response names %q, which is not in the batch", m.fn.name, id)
				failAll(failed, ev)
				break
			}
		}
	}
	m.settle(ctx, msgs, failed)

	m.mu.Lock()
	defer m.mu.Unlock()
	m.stats.Messages += len(msgs)
	if err == nil {
		m.stats.Invocations++
	}
	if err != nil || res.Error {
		m.stats.Errors++
	}
	m.stats.ColdStarts += sb.coldStarts() - startsBefore
}

// event wraps messages as Lambda's poller does.
func (m *mapping) event(msgs []sqstypes.Message) events.SQSEvent {
	var ev events.SQSEvent
	for _, msg := range msgs {
		attrs := map[string]events.SQSMessageAttribute{}
		for k, v := range msg.MessageAttributes {
			attrs[k] = events.SQSMessageAttribute{
				StringValue: v.StringValue, BinaryValue: v.BinaryValue, DataType: aws.ToString(v.DataType),
			}
		}
		ev.Records = append(ev.Records, events.SQSMessage{
			MessageId:              aws.ToString(msg.MessageId),
			ReceiptHandle:          aws.ToString(msg.ReceiptHandle),
			Body:                   aws.ToString(msg.Body),
			Md5OfBody:              aws.ToString(msg.MD5OfBody),
			Md5OfMessageAttributes: aws.ToString(msg.MD5OfMessageAttributes),
			Attributes:             msg.Attributes,
			MessageAttributes:      attrs,
			EventSource:            "aws:sqs",
			EventSourceARN:         m.queueARN,
			AWSRegion:              region,
		})
	}
	return ev
}

// settle deletes the messages that succeeded and makes the failed ones
// visible again after retryAfter. After the queue's maxReceiveCount
// receipts, the queue itself moves a message to its dead-letter queue.
func (m *mapping) settle(ctx context.Context, msgs []sqstypes.Message, failed map[string]bool) {
	var deleted, retried int
	for _, msg := range msgs {
		var err error
		if failed[aws.ToString(msg.MessageId)] {
			_, err = m.sqs.ChangeMessageVisibility(ctx, &sqs.ChangeMessageVisibilityInput{
				QueueUrl: aws.String(m.queueURL), ReceiptHandle: msg.ReceiptHandle,
				VisibilityTimeout: int32(m.retryAfter / time.Second),
			})
			retried++
		} else {
			_, err = m.sqs.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(m.queueURL), ReceiptHandle: msg.ReceiptHandle})
			deleted++
		}
		if err != nil && ctx.Err() == nil {
			m.problem("%s: settling a message: %v", m.fn.name, err)
		}
	}
	m.mu.Lock()
	m.stats.Deleted += deleted
	m.stats.Retried += retried
	m.mu.Unlock()
}

func failAll(failed map[string]bool, ev events.SQSEvent) {
	for _, r := range ev.Records {
		failed[r.MessageId] = true
	}
}

func inBatch(ev events.SQSEvent, id string) bool {
	for _, r := range ev.Records {
		if r.MessageId == id {
			return true
		}
	}
	return false
}

func (m *mapping) problem(format string, args ...any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.problems = append(m.problems, fmt.Sprintf(format, args...))
}

func (m *mapping) snapshot() (mappingStats, []string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.stats, append([]string(nil), m.problems...)
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

# The one entry point for building, testing and running the service.
# 'make help' lists the targets.

GO        ?= go
DATA      ?= .intake
RECEIVED  ?= 2025-03-21
FUZZTIME  ?= 30s
SHARED    ?= ../shared
# Lambda builds: arm64, no cgo, no RPC shim (provided.al2023).
LAMBDA_ENV   = CGO_ENABLED=0 GOOS=linux GOARCH=arm64
LAMBDA_FLAGS = -tags lambda.norpc -trimpath -ldflags='-s -w'

.PHONY: help build test lint bench fuzz run clean sam-build

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-20s %s\n", $$1, $$2}'

build: ## build the CLI into bin/ and check every package compiles
	$(GO) build ./...
	$(GO) build -o bin/intake ./cmd/intake

test: ## vet, unit and integration tests (moto_server), template lint
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	cfn-lint template.yaml

lint: ## formatting, vet, go.mod tidiness and the SAM template
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) mod tidy -diff
	cfn-lint template.yaml

run: ## process every sample submission into $(DATA) and list the deliveries
	$(GO) run ./cmd/intake process --data $(DATA) --received $(RECEIVED) --submitter manager@example.org \
		$$(ls testdata/submissions/* | grep -v README)
	$(GO) run ./cmd/intake deliveries --data $(DATA)

bench: ## benchmarks for every stage, then the corpus comparison against pdftotext
	$(GO) test -run '^$$' -bench . -benchmem ./internal/...
	$(GO) run ./internal/pdftext/cmd/pdfbench -corpus $(SHARED)/corpus -passes 5

fuzz: ## run each fuzz target for $(FUZZTIME)
	@for spec in $$(grep -rl --include='*_test.go' '^func Fuzz' internal | xargs -n1 dirname | sort -u); do \
		for f in $$(grep -h '^func Fuzz' $$spec/*_test.go | sed 's/func \(Fuzz[A-Za-z0-9_]*\).*/\1/'); do \
			echo "== $$spec $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) ./$$spec || exit 1; \
		done; \
	done

clean: ## remove build output and the local data folder
	rm -rf bin .aws-sam $(DATA)

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

AXE_DIR   = internal/portal/testdata/axe
AXE       = $(AXE_DIR)/node_modules/axe-core/axe.min.js
# The portal's browser tests drive this Chromium.
CHROMIUM ?= /usr/bin/chromium

LOCALSTACK_URL ?= http://127.0.0.1:4566
LOCAL_AWS_ENV = AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=eu-west-2 AWS_ENDPOINT_URL=$(LOCALSTACK_URL)

.PHONY: help build test chromium-check lint bench fuzz run run-email serve screenshots clean sam-build aws-local aws-resources \
	localstack-up localstack-down localstack-deploy

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-20s %s\n", $$1, $$2}'

build: ## build the CLI into bin/, the Lambda functions into bin/lambda/, and check every package compiles
	$(GO) build ./...
	$(GO) build -o bin/intake ./cmd/intake
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o bin/lambda/intake/bootstrap ./functions/intake
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o bin/lambda/mailin/bootstrap ./functions/mailin
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o bin/lambda/portal/bootstrap ./functions/portal
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o bin/lambda/remind/bootstrap ./functions/remind

test: $(AXE) chromium-check ## vet, unit, integration (moto_server) and browser tests, template lint
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	cfn-lint template.yaml
	@$(MAKE) --no-print-directory chromium-check

# Without Chromium the browser tests skip themselves: under CI that fails
# the run, and elsewhere it is said loudly, before and after the tests.
chromium-check:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif [ "$$CI" = true ]; then \
		echo "ERROR: Chromium is missing ($(CHROMIUM)): CI must run the portal's browser tests (apt-get install chromium)" >&2; exit 1; \
	else \
		echo "" >&2; \
		echo "*************************************************************************************" >&2; \
		echo "WARNING: Chromium is missing ($(CHROMIUM)): the portal's browser tests are SKIPPED." >&2; \
		echo "WARNING: install it (apt-get install chromium) to run them; CI fails without it." >&2; \
		echo "*************************************************************************************" >&2; \
		echo "" >&2; \
	fi

# axe-core for the browser tests, pinned in the folder's package-lock.json
# and installed with npm ci only when it is missing.
$(AXE): $(AXE_DIR)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		(cd $(AXE_DIR) && npm ci --no-audit --no-fund) && touch $@; \
	elif [ "$$CI" = true ]; then \
		echo "npm is missing: the browser tests need axe-core (apt-get install npm)" >&2; exit 1; \
	else \
		echo "WARNING: npm is missing, so the browser tests run without axe-core (apt-get install npm)" >&2; \
	fi

lint: ## formatting, vet, go.mod tidiness and the SAM template
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) mod tidy -diff
	cfn-lint template.yaml

run: ## process every sample submission into $(DATA), list the deliveries, import the sample SINs and print the obligations
	$(GO) run ./cmd/intake process --data $(DATA) --received $(RECEIVED) --submitter manager@example.org \
		$$(ls testdata/submissions/* | grep -v README)
	$(GO) run ./cmd/intake deliveries --data $(DATA)
	$(GO) run ./cmd/intake sins import --data $(DATA) testdata/sins/sins-2025-03.csv
	$(GO) run ./cmd/intake baseline import --data $(DATA) testdata/sins/baseline.csv
	$(GO) run ./cmd/intake obligations --data $(DATA) --at $(RECEIVED)

serve: ## the upload portal and staff view on http://127.0.0.1:8080 over $(DATA); prints sign-in links
	$(GO) run ./cmd/intake serve --data $(DATA)

screenshots: ## refresh the portal screenshots in internal/portal/testdata/screenshots (needs chromium)
	$(GO) test -count=1 -run TestBrowser ./internal/portal -args -screenshots

run-email: ## process every sample email into $(DATA)
	$(GO) run ./cmd/intake process --data $(DATA) testdata/email/*.eml

BENCH_LEDGER_SIZES ?= 200,20000

bench: ## sizes, start-up, every stage (the staff view on moto, 'intake process' of 400), then the corpus against pdftotext
	@echo "== binary sizes (arm64, stripped, as 'make build' builds them)"
	@for f in intake mailin portal remind; do \
		$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o bin/lambda/$$f/bootstrap ./functions/$$f || exit 1; \
		printf "  %-8s %9d bytes\n" $$f $$(stat -c %s bin/lambda/$$f/bootstrap); \
	done
	@echo "== start-up: the intake function's first GET /next"
	$(GO) test -run '^$$' -bench 'ColdStart' -benchtime 20x ./functions/intake
	@echo "== every stage; one-page 'intake extract' against pdftotext; the staff view on moto at $(BENCH_LEDGER_SIZES)"
	BENCH_LEDGER_SIZES=$(BENCH_LEDGER_SIZES) $(GO) test -run '^$$' -bench . -benchmem ./internal/... ./cmd/intake
	@echo "== a burst of 500 uploads through the real bootstraps on moto: throughput, upload to the last email"
	$(GO) run ./infra/awsdemo -burst 500 -concurrency 5 -timeout 15m
	@echo "== the corpus against pdftotext (CPU ratios, in-process and one process per file)"
	$(GO) run ./cmd/pdfbench -corpus $(SHARED)/corpus -passes 5

fuzz: ## run each fuzz target for $(FUZZTIME)
	@for spec in $$(grep -rl --include='*_test.go' '^func Fuzz' internal | xargs -n1 dirname | sort -u); do \
		for f in $$(grep -h '^func Fuzz' $$spec/*_test.go | sed 's/func \(Fuzz[A-Za-z0-9_]*\).*/\1/'); do \
			echo "== $$spec $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) ./$$spec || exit 1; \
		done; \
	done

aws-local: ## the whole AWS path on moto_server: resources, uploads, the real functions, the emails sent
	$(GO) run ./infra/awsdemo -email

aws-resources: ## create the bucket, queues, table and SES identity on AWS_ENDPOINT_URL (moto_server or LocalStack)
	$(GO) run ./infra/localaws

build-IntakeFunction: # called by 'sam build' (BuildMethod: makefile) with ARTIFACTS_DIR set
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/intake

build-MailinFunction: # called by 'sam build'
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/mailin

build-PortalFunction: # called by 'sam build'
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/portal

build-RemindFunction: # called by 'sam build'
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/remind

sam-build: ## build the functions as SAM packages them, into .aws-sam/ (needs the SAM CLI)
	sam build --template template.yaml --config-file infra/samconfig.toml

localstack-up: ## start LocalStack 4.14.0 (needs Docker)
	docker compose -f infra/compose.yaml up -d --wait

localstack-down: ## stop LocalStack
	docker compose -f infra/compose.yaml down

localstack-deploy: sam-build ## deploy the stack to LocalStack (needs Docker and samlocal: pip install aws-sam-cli-local)
	$(LOCAL_AWS_ENV) samlocal deploy --config-file infra/samconfig.toml --config-env local
	$(LOCAL_AWS_ENV) aws sesv2 create-email-identity --email-identity intake@example.org || true

clean: ## remove build output and the local data folder
	rm -rf bin .aws-sam $(DATA)

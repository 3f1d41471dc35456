# journeymap: the two commands CI and newcomers need are `make site` and `make test`.
# Both install the C libraries (cmark, Graphviz) from Debian's packages when
# pkg-config cannot find them.

SWIFT ?= swift
MAPS ?= maps
OUTPUT ?= output
# Sites the browser checks build from their own maps: a short journey printed and
# counted page by page, and a journey of 2,000 touchpoints.
BROWSER_SITES = .build/browser-sites
APT_PACKAGES = libcmark-dev libgraphviz-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release site test test-swift test-browser test-browser-selftest screenshot bench clean \
	fuzz fuzz-build fuzz-seeds fuzz-selftest

## Install libcmark and libgraphviz (with its pkg-config files) when missing.
deps:
	@if ! pkg-config --exists libcmark libgvc 2>/dev/null; then \
		echo "installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product journeymap

## Check the example maps and write the site into output/.
site: release
	.build/release/journeymap build --maps $(MAPS) --output $(OUTPUT)

## Run every test: the Swift suites, the fuzz harness (its self-test, then FUZZ_SECONDS
## of fuzzing), then the site in a real browser and the HTML checker.
test: test-swift fuzz-selftest fuzz test-browser

test-swift: deps
	$(SWIFT) test

## Open every page of the example site in headless Chromium (axe-core, console, links,
## the journey pages as journey maps) and run the W3C Nu HTML checker; then the same for
## a short journey built from an absolute maps path, and the long journey's page.
## Installs chromium, chromedriver, Java, poppler and the Python packages when missing.
## The screenshot goes to $(OUTPUT)/ only: tests leave the repository as they found it.
## Last, `journeymap serve` on a copy of the maps: a page open in Chromium reloads by
## itself after an edit.
test-browser: site
	bash Tests/browser/setup.sh
	python3 Tests/browser/check_site.py $(OUTPUT) --maps $(MAPS) --screenshot-height 1800 --no-docs-screenshot
	.build/release/journeymap build --maps $(CURDIR)/Tests/browser/fixtures/seven --output $(BROWSER_SITES)/seven
	python3 Tests/browser/check_site.py $(BROWSER_SITES)/seven --maps $(CURDIR)/Tests/browser/fixtures/seven --no-docs-screenshot
	python3 Tests/browser/long_journey.py write $(BROWSER_SITES)/long-maps
	.build/release/journeymap build --maps $(BROWSER_SITES)/long-maps --output $(BROWSER_SITES)/long
	python3 Tests/browser/long_journey.py check $(BROWSER_SITES)/long
	python3 Tests/browser/serve_reload.py .build/release/journeymap

## The browser checks, also refreshing the README's docs/screenshot-journey.png.
screenshot: site
	bash Tests/browser/setup.sh
	python3 Tests/browser/check_site.py $(OUTPUT) --maps $(MAPS) --screenshot-height 1800

## Proves the browser checks can fail: breaks a copy of the site on purpose.
test-browser-selftest: site
	bash Tests/browser/setup.sh
	python3 Tests/browser/selftest.py $(OUTPUT)

## The libFuzzer harness (Sources/JourneyFuzz) over parse, resolve, checks and the pure
## outputs, in a build folder of its own. SwiftPM renames an executable's `main`, so the
## harness calls libFuzzer's driver itself: the driver must be linked in and exported.
## Linked with the toolchain's lld: Debian's gold stops with an internal error on it.
## `make fuzz FUZZ_SECONDS=600` fuzzes longer; a crash leaves its input in .build-fuzz/.
## FUZZ_SANITIZE=fuzzer,address adds AddressSanitizer, for the code on unsafe pointers
## (slower: see docs/fuzzing.md for the choice); switching rebuilds .build-fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS ?=
FUZZ_SANITIZE ?= fuzzer
FUZZ_DIR = .build-fuzz
FUZZ_BIN = $(FUZZ_DIR)/release/JourneyFuzz
# No leak checks: Swift's lazily made globals (`static let`) live until exit and would be
# reported. A fixed -max_len keeps inputs map-sized, and the fuzzer fast.
FUZZ_RUN = SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BIN) -detect_leaks=0 \
	-max_len=4096 -dict=Tests/fuzz/journey.dict

fuzz-build: deps
	mkdir -p $(FUZZ_DIR)
	printf '{"schemaVersion": "1.0", "linker": {"path": "%s/ld.lld"}}\n' \
		"$$(dirname "$$(readlink -f "$$(command -v $(SWIFT))")")" > $(FUZZ_DIR)/toolset.json
	$(SWIFT) build -c release --scratch-path $(FUZZ_DIR) --toolset $(FUZZ_DIR)/toolset.json \
		--product JourneyFuzz -Xswiftc -sanitize=$(FUZZ_SANITIZE) \
		-Xlinker -u -Xlinker LLVMFuzzerRunDriver -Xlinker --export-dynamic

## Seeds: the committed ones (the spec's examples), each example map, and all of maps/
## as one input (files separated by NUL, see Sources/JourneyFuzz/FuzzInput.swift).
fuzz-seeds:
	rm -rf $(FUZZ_DIR)/seeds && mkdir -p $(FUZZ_DIR)/seeds $(FUZZ_DIR)/corpus
	cp Tests/fuzz/seeds/* $(FUZZ_DIR)/seeds/
	find $(MAPS) -name '*.md' | sort | while read -r f; do \
		cp "$$f" "$(FUZZ_DIR)/seeds/$$(echo "$$f" | tr / -)"; done
	{ printf '#journeymap.yml\n'; cat $(MAPS)/journeymap.yml; \
		find $(MAPS) -name '*.md' | sort | while read -r f; do printf '\0'; cat "$$f"; done; \
	} > $(FUZZ_DIR)/seeds/maps-all

## Fuzzes for FUZZ_SECONDS; new inputs collect in .build-fuzz/corpus. FUZZ_FLAGS adds
## libFuzzer options, e.g. FUZZ_FLAGS=-runs=1000000 to stop after that many executions.
fuzz: fuzz-build fuzz-seeds
	$(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 $(FUZZ_FLAGS) \
		-artifact_prefix=$(FUZZ_DIR)/ $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds

## Proves the harness can fail, quickly enough for every `make test`: a crash is planted
## behind JOURNEYMAP_FUZZ_PLANT (the title of a resolved element holds "Boom"), and the
## only seed (Tests/fuzz/selftest/) is a journey titled "Boo Boo Boo ...", which passes.
## Fuzzing it with the usual dictionary must find the crash: one mutation away (an "m"
## after any "Boo"), but a mutation that must get through parse and resolve. The seed
## alone must pass, the crash file must replay the planted crash; a fixed -seed and
## -len_control=0 (insertions from the start) make it find the crash within some
## thousands of runs, -runs bounds a failing self-test.
FUZZ_SELFTEST = $(FUZZ_DIR)/selftest
fuzz-selftest: fuzz-build
	rm -rf $(FUZZ_SELFTEST) && mkdir -p $(FUZZ_SELFTEST)/corpus
	JOURNEYMAP_FUZZ_PLANT=Boom $(FUZZ_RUN) Tests/fuzz/selftest/boo-title > $(FUZZ_SELFTEST)/seed.log 2>&1
	if JOURNEYMAP_FUZZ_PLANT=Boom $(FUZZ_RUN) -seed=1 -len_control=0 -runs=100000 -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_SELFTEST)/ $(FUZZ_SELFTEST)/corpus Tests/fuzz/selftest \
		> $(FUZZ_SELFTEST)/log 2>&1; then \
		echo "fuzz-selftest: FAILED, the planted crash was not found"; exit 1; fi
	grep -q "planted crash" $(FUZZ_SELFTEST)/log
	! JOURNEYMAP_FUZZ_PLANT=Boom $(FUZZ_RUN) $(FUZZ_SELFTEST)/crash-* > $(FUZZ_SELFTEST)/replay.log 2>&1
	grep -q "planted crash" $(FUZZ_SELFTEST)/replay.log
	echo "fuzz-selftest: the planted crash was found after $$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_SELFTEST)/log) runs"

## Benchmarks on the generated corpus (see bench/README.md).
bench: release
	python3 bench/check_bench.py
	python3 bench/diagram_bench.py
	python3 bench/site_bench.py
	python3 bench/odd_input_bench.py

clean:
	rm -rf .build $(FUZZ_DIR) output/*

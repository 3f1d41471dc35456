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

.PHONY: deps build release site test test-swift test-browser test-browser-selftest screenshot bench clean

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

## Run every test: the Swift suites, then the site in a real browser and the HTML checker.
test: test-swift test-browser

test-swift: deps
	$(SWIFT) test

## Open every page of the example site in headless Chromium (axe-core, console, links,
## the journey pages as journey maps) and run the W3C Nu HTML checker; then the same for
## a short journey built from an absolute maps path, and the long journey's page.
## Installs chromium, chromedriver, Java, poppler and the Python packages when missing.
## The screenshot goes to $(OUTPUT)/ only: tests leave the repository as they found it.
test-browser: site
	bash Tests/browser/setup.sh
	python3 Tests/browser/check_site.py $(OUTPUT) --maps $(MAPS) --screenshot-height 1800 --no-docs-screenshot
	.build/release/journeymap build --maps $(CURDIR)/Tests/browser/fixtures/seven --output $(BROWSER_SITES)/seven
	python3 Tests/browser/check_site.py $(BROWSER_SITES)/seven --maps $(CURDIR)/Tests/browser/fixtures/seven --no-docs-screenshot
	python3 Tests/browser/long_journey.py write $(BROWSER_SITES)/long-maps
	.build/release/journeymap build --maps $(BROWSER_SITES)/long-maps --output $(BROWSER_SITES)/long
	python3 Tests/browser/long_journey.py check $(BROWSER_SITES)/long

## The browser checks, also refreshing the README's docs/screenshot-journey.png.
screenshot: site
	bash Tests/browser/setup.sh
	python3 Tests/browser/check_site.py $(OUTPUT) --maps $(MAPS) --screenshot-height 1800

## Proves the browser checks can fail: breaks a copy of the site on purpose.
test-browser-selftest: site
	bash Tests/browser/setup.sh
	python3 Tests/browser/selftest.py $(OUTPUT)

## Benchmarks on the generated corpus (see bench/README.md).
bench: release
	python3 bench/check_bench.py
	python3 bench/diagram_bench.py
	python3 bench/site_bench.py

clean:
	rm -rf .build output/*

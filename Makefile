# journeymap: the two commands CI and newcomers need are `make site` and `make test`.
# Both install the C libraries (cmark, Graphviz) from Debian's packages when
# pkg-config cannot find them.

SWIFT ?= swift
MAPS ?= maps
OUTPUT ?= output
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

## Open every page of the example site in headless Chromium (axe-core, console, links)
## and run the W3C Nu HTML checker; installs chromium, chromedriver, Java and the Python
## packages when missing. The screenshot goes to $(OUTPUT)/ only: tests leave the
## repository as they found it. Then `journeymap serve` on a copy of the maps: a page
## open in Chromium reloads by itself after an edit.
test-browser: site
	bash Tests/browser/setup.sh
	python3 Tests/browser/check_site.py $(OUTPUT) --screenshot-height 1800 --no-docs-screenshot
	python3 Tests/browser/serve_reload.py .build/release/journeymap

## The browser checks, also refreshing the README's docs/screenshot-journey.png.
screenshot: site
	bash Tests/browser/setup.sh
	python3 Tests/browser/check_site.py $(OUTPUT) --screenshot-height 1800

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

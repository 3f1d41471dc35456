# journeymap: the two commands CI and newcomers need are `make site` and `make test`.
# Both install the C libraries (cmark, Graphviz) from Debian's packages when
# pkg-config cannot find them.

SWIFT ?= swift
MAPS ?= maps
OUTPUT ?= output
APT_PACKAGES = libcmark-dev libgraphviz-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release site test bench clean

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
	.build/release/journeymap check --maps $(MAPS)

## Run every test.
test: deps
	$(SWIFT) test

## Benchmarks on the generated corpus (see bench/README.md).
bench: release
	python3 bench/check_bench.py

clean:
	rm -rf .build output/*

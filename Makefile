# Thin wrapper over CMake/Ninja. `make demo` and `make check` install missing
# Debian packages first (scripts/install-deps.sh), then build incrementally.
BUILD          ?= build
SANITIZE_BUILD ?= build-sanitize
CMAKE_FLAGS    ?=
CMAKE_COMMON    = -G Ninja -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
                  -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld-19 \
                  -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld-19 \
                  -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
JOBS           ?= $(shell nproc)
DEMO           ?= examples/wordfreq.go

.PHONY: all deps build demo check check-sanitize bench fuzz clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) $(CMAKE_COMMON) $(CMAKE_FLAGS)

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

# Compiles and runs an example the way a Go user would, with gc-style escape
# diagnostics, then shows what escape analysis saved and how errors look.
demo: build
	@echo "== goscape build -gcflags='-m -l' $(notdir $(DEMO))   (escape decisions, as go build prints them)"
	cd $(dir $(DEMO)) && $(CURDIR)/$(BUILD)/bin/goscape build -gcflags='-m -l' \
	  -o $(CURDIR)/$(BUILD)/demo-program $(notdir $(DEMO))
	@echo "== run it (GOSCAPEDEBUG=allocs=1 reports the heap allocations at exit)"
	GOSCAPEDEBUG=allocs=1 $(BUILD)/demo-program
	@echo "== one decision explained: goscape build -gcflags='-m -m -l', the block for 'make([]string...'"
	@cd $(dir $(DEMO)) && $(CURDIR)/$(BUILD)/bin/goscape build -gcflags='-m -m -l' \
	  -o $(CURDIR)/$(BUILD)/demo-program $(notdir $(DEMO)) 2>&1 | \
	  awk '/make\(\[\]string.*escapes to heap:$$/ { block = 1; print; next } \
	       block && /^[^ ]+:[0-9]+:[0-9]+:   / { print; next } { block = 0 }'
	@echo "== goscape on a file with errors"
	@printf 'package main\n\nfunc main() {\n\tx := 1\n\ty = "a" + 1\n}\n' > $(BUILD)/demo-errors.go
	@cd $(BUILD) && bin/goscape build demo-errors.go || echo "(exit status $$?, as expected)"

check: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

$(SANITIZE_BUILD)/build.ninja: | deps
	cmake -S . -B $(SANITIZE_BUILD) $(CMAKE_COMMON) -DGOSCAPE_SANITIZE=ON $(CMAKE_FLAGS)

check-sanitize: deps $(SANITIZE_BUILD)/build.ninja
	ninja -C $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && ctest --output-on-failure -j $(JOBS)

FUZZ_BUILD    ?= build-fuzz
FUZZ_SECONDS  ?= 600
FUZZ_CORPUS    = $(FUZZ_BUILD)/corpus

$(FUZZ_BUILD)/build.ninja: | deps
	cmake -S . -B $(FUZZ_BUILD) $(CMAKE_COMMON) -DGOSCAPE_FUZZ=ON $(CMAKE_FLAGS)

# Fuzzes the front end for FUZZ_SECONDS, seeded with the committed corpus and
# every Go file of the tests and examples, then merges what it found into
# $(FUZZ_CORPUS)-min (review it and copy new inputs to test/Fuzz/corpus).
fuzz: deps $(FUZZ_BUILD)/build.ninja
	ninja -C $(FUZZ_BUILD) -j $(JOBS) goscape-fuzz-frontend
	mkdir -p $(FUZZ_CORPUS) $(FUZZ_CORPUS)-min
	cp test/Fuzz/corpus/* $(FUZZ_CORPUS)/
	find test examples -name '*.go' | while read f; do \
	  cp "$$f" "$(FUZZ_CORPUS)/seed-$$(echo $$f | tr / _)"; done
	$(FUZZ_BUILD)/bin/goscape-fuzz-frontend -max_total_time=$(FUZZ_SECONDS) \
	  -timeout=10 -rss_limit_mb=4096 -max_len=8192 -print_final_stats=1 \
	  -artifact_prefix=$(FUZZ_BUILD)/ $(FUZZ_CORPUS)
	$(FUZZ_BUILD)/bin/goscape-fuzz-frontend -merge=1 $(FUZZ_CORPUS)-min $(FUZZ_CORPUS)

bench: build
	ninja -C $(BUILD) bench-all

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)

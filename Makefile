# gilpy: `make` builds, `make test` installs what is missing, builds a
# normal, an ASan+UBSan and a TSan build and runs every test, then runs
# each fuzz target for a minute; `make demo` runs the showcase.
BUILD      ?= build
JOBS       ?= $(shell nproc)
CMAKE_GEN  := -G Ninja
APT_PKGS   := cmake ninja-build clang gcc libcmocka-dev libgmp-dev libedit-dev pkg-config python3 valgrind chromium

.PHONY: all build deps test test-normal test-asan test-tsan test-fuzz demo bench install clean fuzz

all: build

build:
	@cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# Installs the build and test dependencies that are missing (Debian).
deps:
	@missing=""; for p in $(APT_PKGS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

test: deps test-normal test-asan test-tsan test-fuzz
	@echo "all test builds passed"

# every libFuzzer target for a minute (the fuzz target below); a crash
# fails the run
test-fuzz:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=60

test-normal:
	@cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan:
	@cmake -S . -B $(BUILD)-asan $(CMAKE_GEN) -DCMAKE_C_COMPILER=clang \
	  -DCMAKE_BUILD_TYPE=Debug -DGILPY_SANITIZE=address,undefined >/dev/null
	@cmake --build $(BUILD)-asan -j $(JOBS)
	@cd $(BUILD)-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE nosan

test-tsan:
	@cmake -S . -B $(BUILD)-tsan $(CMAKE_GEN) -DCMAKE_C_COMPILER=clang \
	  -DCMAKE_BUILD_TYPE=Debug -DGILPY_SANITIZE=thread >/dev/null
	@cmake --build $(BUILD)-tsan -j $(JOBS)
	@cd $(BUILD)-tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -j $(JOBS) -L tsan

# the showcase: examples/demo.py on gilpy (under a minute)
# libFuzzer targets (tests/fuzz, docs/testing.md): each runs FUZZ_SECONDS,
# one after the other, with its corpus in $(BUILD)-fuzz/corpus/<target>
# seeded from tests/py and tests/fuzz/seeds; crashes land in
# $(BUILD)-fuzz/artifacts/<target>/ and make the run fail.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= parse compile run json pickle
fuzz:
	@cmake -S . -B $(BUILD)-fuzz $(CMAKE_GEN) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DGILPY_SANITIZE=address,undefined -DGILPY_FUZZ=ON >/dev/null
	@cmake --build $(BUILD)-fuzz -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	@set -e; b=$$(realpath -m $(BUILD)-fuzz); for t in $(FUZZ_TARGETS); do \
	  c=$$b/corpus/$$t; a=$$b/artifacts/$$t; mkdir -p $$c $$a; \
	  seeds="$(CURDIR)/tests/fuzz/regress/$$t"; \
	  [ -d tests/fuzz/seeds/$$t ] && seeds="$$seeds $(CURDIR)/tests/fuzz/seeds/$$t"; \
	  case $$t in parse|compile|run) seeds="$$seeds $(CURDIR)/tests/py/core $(CURDIR)/tests/py/lang";; esac; \
	  echo "fuzz_$$t: $(FUZZ_SECONDS) s"; \
	  ( cd $$b && ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
	    nice -n 10 ./tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=30 \
	    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=$$a/ $$c $$seeds ) 2>&1 | tail -n 12; \
	done; \
	if ls $(BUILD)-fuzz/artifacts/*/* >/dev/null 2>&1; then \
	  echo "fuzz: crash inputs in $(BUILD)-fuzz/artifacts/ (move them to tests/fuzz/regress once fixed)"; exit 1; fi

demo: deps build
	@$(BUILD)/gilpy examples/demo.py

# the full comparison (several minutes): every policy, python3, other
# CPythons; writes bench/results.md and bench/charts/*.svg
bench: deps build
	@$(BUILD)/gilpy bench/bench.py --gilpy $(BUILD)/gilpy

install: build
	@cmake --install $(BUILD) $(if $(PREFIX),--prefix $(PREFIX))

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-tsan

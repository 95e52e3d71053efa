# The two commands of the README, plus the pieces they are made of.
#   make run    install what is missing, build, serve on :8000 (SQLite, demo data)
#   make test   install what is missing, build, run every test (unit, API on SQLite and PostgreSQL, browser,
#               and the unit and API tests again under ASan + UBSan, then the fuzzers)
#   make bench  the benchmarks; results in bench/RESULTS.md
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
JOBS ?= $(shell nproc)
# -g1: line tables (enough for perf and backtraces) at a quarter less compile time than -g.
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
export ANZAN_ENV ?= development

.PHONY: run test bench build web bootstrap bootstrap-run unit-test api-test api-test-sqlite api-test-postgres e2e-test seasons-test legacy-test web-test api-types tidy sanitize-build sanitize-test fuzz-test clean

run: bootstrap-run web
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS) --target anzan
	./$(BUILD)/anzan serve

test: bootstrap build web sanitize-build
	$(MAKE) --no-print-directory unit-test api-test seasons-test legacy-test web-test e2e-test sanitize-test fuzz-test tidy
	@echo "make test: all suites passed"

bootstrap:
	scripts/bootstrap

bootstrap-run:
	scripts/bootstrap --run-only

build:
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS) $(if $(CI),-DANZAN_WERROR=ON) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

web:
	cd web && npm run build --silent

unit-test:
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Both engines at once: the tests mostly wait on the servers they start. Every successful JSON
# answer they receive is then checked against its route's response schema.
api-test:
	@rm -f $(BUILD)/responses-sqlite.jsonl $(BUILD)/responses-postgres.jsonl
	scripts/run-parallel "API tests on SQLite" "ANZAN_RESPONSE_LOG=$(abspath $(BUILD))/responses-sqlite.jsonl ./$(BUILD)/api_tests --gtest_brief=1" \
	  "API tests on PostgreSQL" "ANZAN_RESPONSE_LOG=$(abspath $(BUILD))/responses-postgres.jsonl scripts/with-postgres ./$(BUILD)/api_tests --gtest_brief=1"
	node tests/api/check-responses.mjs ./$(BUILD)/anzan $(BUILD)/responses-sqlite.jsonl $(BUILD)/responses-postgres.jsonl

api-test-sqlite:
	@echo "== API tests on SQLite"
	./$(BUILD)/api_tests --gtest_brief=1

api-test-postgres:
	@echo "== API tests on PostgreSQL"
	scripts/with-postgres ./$(BUILD)/api_tests --gtest_brief=1

seasons-test:
	@if [ -x tests/seasons/run.sh ]; then tests/seasons/run.sh ./$(BUILD)/anzan; fi

legacy-test:
	@if [ -x tests/legacy/run.sh ]; then tests/legacy/run.sh ./$(BUILD)/anzan; fi

# The web's API types must be what the route table gives today (make api-types writes them).
web-test:
	web/scripts/api-types.sh ./$(BUILD)/anzan --check
	cd web && npm test --silent

api-types: build
	web/scripts/api-types.sh ./$(BUILD)/anzan

# Names as STYLE.md says, over every source under src/ (.clang-tidy).
tidy:
	scripts/tidy $(BUILD) $(JOBS)

e2e-test:
	tests/e2e/run.sh ./$(BUILD)/anzan

# The same code built with clang, AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer
# instrumentation (docs/security.md).
sanitize-build:
	CC=clang CXX=clang++ cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O0 -g1" -DANZAN_FUZZ=ON $(if $(CI),-DANZAN_WERROR=ON) >/dev/null
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)

sanitize-test:
	tests/sanitizers/run.sh ./$(SANITIZE_BUILD)

fuzz-test:
	@echo "== Fuzzers (fixed runs over tests/fuzz/corpus)"
	tests/fuzz/run.sh ./$(SANITIZE_BUILD)

bench: bootstrap build web
	bench/run.sh ./$(BUILD)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) web/dist

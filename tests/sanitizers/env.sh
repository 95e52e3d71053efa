# Sourced by `make sanitize-test`: how the sanitizer run reports. Any error is fatal (exit 1 and a
# report on stderr, or in the server's log for a server started by an API test).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
# Property tests sweep a tenth of their seeds: each costs ~10x under the sanitizers.
export ANZAN_TEST_SEED_DIVISOR=10

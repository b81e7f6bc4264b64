#!/usr/bin/env bash
# `npm test`: type check, lint and format check, the unit and component tests, then the
# end-to-end tests in Chromium and Firefox. Every step runs and counts as before; only what runs
# beside what changes, so that both cores of a 2-core machine stay busy:
# - the two end-to-end builds start first, beside the check, whose second half (ESLint, then
#   Prettier, beside tsc) leaves a core idle;
# - the unit tests run beside the end-to-end tests, not before them: the Chromium files mostly
#   wait on their browsers (476 s of CPU, browsers included, in a run that takes 370 s on two
#   cores), and the unit tests take what they leave. At the same priority: niced (nice 10), on a
#   machine that others load the unit tests got a fifth of a core and outlasted everything else;
# - the Firefox files (one browser, one file at a time, mostly waiting on it) run beside the
#   Chromium files (two at a time, each mostly waiting on its browser). Files that listen on the
#   fake APIs' fixed port take turns across both runs (holdFakeApisPort, tests/e2e/fixtures.ts).
# A failed check or build stops the run; the unit tests and the two browsers' runs all go on to
# the end, and any of them failing fails it. Run through `npm test` (node_modules/.bin on the PATH).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-artifacts
# Each in a process group of its own (setsid), so that a failed check, or leaving early, stops
# it whole.
setsid npm run --silent build:e2e > test-artifacts/build-e2e.log 2>&1 &
builds=$!
unit=

# Each phase's wall time, printed at the end: where the run's minutes went.
phase_start=$SECONDS
phases=()
phase() {
  phases+=("$1 $((SECONDS - phase_start)) s")
  phase_start=$SECONDS
}
trap 'kill -- "-$builds" 2> /dev/null; [ -z "$unit" ] || kill -- "-$unit" 2> /dev/null
  echo "npm test phases: ${phases[*]}"' EXIT

if ! npm run check; then
  exit 1
fi
phase check

# The unit tests' report is printed once they are over, not mixed into the Chromium run's.
setsid vitest run > test-artifacts/unit.log 2>&1 &
unit=$!
wait "$builds"
built=$?
phase "builds (after the check)"
if [ "$built" -ne 0 ]; then
  cat test-artifacts/build-e2e.log
  wait "$unit"
  cat test-artifacts/unit.log
  exit 1
fi

vitest run -c vitest.firefox.config.ts > test-artifacts/firefox.log 2>&1 &
firefox=$!
vitest run -c vitest.e2e.config.ts
chromium=$?
phase chromium
wait "$unit"
unit_status=$?
unit=
phase "unit (after chromium)"
wait "$firefox"
firefox=$?
phase "firefox (after the unit tests)"
cat test-artifacts/unit.log
cat test-artifacts/firefox.log

[ "$unit_status" -eq 0 ] && [ "$chromium" -eq 0 ] && [ "$firefox" -eq 0 ]

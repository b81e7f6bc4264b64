#!/usr/bin/env bash
# `npm test`: type check, lint and format check, the unit and component tests, then the
# end-to-end tests in Chromium and Firefox. Every step runs and counts as before; only what runs
# beside what changes, so that both cores of a 2-core machine stay busy:
# - the two end-to-end builds start first, beside the check, whose second half (ESLint, then
#   Prettier, beside tsc) leaves a core idle, instead of beside the unit tests, which use both;
# - the Firefox files (one browser, one file at a time, mostly waiting on it) run beside the
#   Chromium files (two at a time, each mostly waiting on its browser). Files that listen on the
#   fake APIs' fixed port take turns across both runs (holdFakeApisPort, tests/e2e/fixtures.ts).
# As before, a failed check, unit run or build stops the run; the two browsers' runs both go on
# to the end, and either failing fails it. Run through `npm test` (node_modules/.bin on the PATH).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-artifacts
# In a process group of its own (setsid), so that a failed check, or leaving early, stops it whole.
setsid npm run --silent build:e2e > test-artifacts/build-e2e.log 2>&1 &
builds=$!

# Each phase's wall time, printed at the end: where the run's minutes went.
phase_start=$SECONDS
phases=()
phase() {
  phases+=("$1 $((SECONDS - phase_start)) s")
  phase_start=$SECONDS
}
trap 'kill -- "-$builds" 2> /dev/null; echo "npm test phases: ${phases[*]}"' EXIT

if ! npm run check; then
  exit 1
fi

phase check
vitest run
unit=$?
phase unit
wait "$builds"
built=$?
phase "builds (after the unit tests)"
[ "$built" -eq 0 ] || cat test-artifacts/build-e2e.log
{ [ "$unit" -eq 0 ] && [ "$built" -eq 0 ]; } || exit 1

# The Firefox run's report is printed once it is over, not mixed into the Chromium run's.
vitest run -c vitest.firefox.config.ts > test-artifacts/firefox.log 2>&1 &
firefox=$!
vitest run -c vitest.e2e.config.ts
chromium=$?
phase chromium
wait "$firefox"
firefox=$?
phase "firefox (after chromium)"
cat test-artifacts/firefox.log

[ "$chromium" -eq 0 ] && [ "$firefox" -eq 0 ]

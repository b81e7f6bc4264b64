#!/usr/bin/env bash
# `npm test`: type check, lint and format check, the unit and component tests, then the
# end-to-end tests in Chromium and Firefox. Every step runs and counts as before; only what runs
# beside what changes, so that both cores of a 2-core machine stay busy: the two end-to-end builds
# start first, beside the check, whose second half (ESLint, then Prettier, beside tsc) leaves a
# core idle, instead of beside the unit tests, which use both.
# As before, a failed step stops the run. Run through `npm test` (node_modules/.bin on the PATH).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-artifacts
# In a process group of its own (setsid), so that a failed check, or leaving early, stops it whole.
setsid npm run --silent build:e2e > test-artifacts/build-e2e.log 2>&1 &
builds=$!
trap 'kill -- "-$builds" 2> /dev/null' EXIT

if ! npm run check; then
  exit 1
fi

vitest run
unit=$?
wait "$builds"
built=$?
[ "$built" -eq 0 ] || cat test-artifacts/build-e2e.log
{ [ "$unit" -eq 0 ] && [ "$built" -eq 0 ]; } || exit 1

vitest run -c vitest.e2e.config.ts && vitest run -c vitest.firefox.config.ts

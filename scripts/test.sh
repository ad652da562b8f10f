#!/usr/bin/env bash
# Installs what is missing, then runs every check: formatting, the type check, then all tests
# against real servers. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || exit 1

status=0
npx prettier --check . || status=1
npx tsc --noEmit -p . || status=1

mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
vitest_status=$?
if [[ $vitest_status -ne 0 ]]; then
  status=1
fi

node scripts/print-totals.mjs test-results/vitest.json $status || status=1
exit $status

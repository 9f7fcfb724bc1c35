#!/usr/bin/env bash
# A plain shell CI job, run from your project (sessionspec is one of its devDependencies): check
# the target, run the specification, and leave the JUnit file and the HTML report where the CI
# system picks them up.
#   TARGET            your target file (default targets/my-server.yaml)
#   ARTIFACTS         where to copy the reports (default ./artifacts)
# Exit codes: 0 conformant, 1 failures, 2 a bad target file or usage.
set -euo pipefail
TARGET=${TARGET:-targets/my-server.yaml}
ARTIFACTS=$(realpath -m "${ARTIFACTS:-./artifacts}")

npm ci --prefer-offline --no-audit
npx sessionspec doctor --target "$TARGET"
status=0
npx sessionspec run --target "$TARGET" --parallel 2 || status=$?
mkdir -p "$ARTIFACTS"
cp reports/*/junit.xml reports/*/report.html reports/*/results.json reports/*/summary.md reports/*/badge-*.json "$ARTIFACTS"/ 2>/dev/null || true
exit "$status"

#!/usr/bin/env bash
# A plain shell CI job: install sessionspec, check the target, run the specification, and leave
# the JUnit file and the HTML report where the CI system picks them up.
#   SESSIONSPEC_DIR   where sessionspec is checked out (default ./sessionspec)
#   TARGET            your target file (default ./sessionspec-target.yaml)
#   ARTIFACTS         where to copy the reports (default ./artifacts)
# Exit codes: 0 conformant, 1 failures, 2 a bad target file or usage.
set -euo pipefail
SESSIONSPEC_DIR=${SESSIONSPEC_DIR:-./sessionspec}
TARGET=$(realpath "${TARGET:-./sessionspec-target.yaml}")
ARTIFACTS=$(realpath -m "${ARTIFACTS:-./artifacts}")

bash "$SESSIONSPEC_DIR/scripts/setup.sh"
cd "$SESSIONSPEC_DIR"
node bin/sessionspec.mjs doctor --target "$TARGET"
status=0
node bin/sessionspec.mjs run --target "$TARGET" --parallel 2 || status=$?
mkdir -p "$ARTIFACTS"
cp reports/*/junit.xml reports/*/report.html reports/*/results.json reports/*/summary.md reports/*/badge-*.json "$ARTIFACTS"/ 2>/dev/null || true
exit "$status"

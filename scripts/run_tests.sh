#!/usr/bin/env bash
# The body of `make test`: ensure PostgreSQL, then run the whole suite. Fails loudly, never skips.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export LITELLM_LOCAL_MODEL_COST_MAP=True TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" HF_HUB_OFFLINE=1
export QFA_CHECKOV="${QFA_CHECKOV:-$PWD/.venv-checkov/bin/checkov}"
export QFA_SCHEMATHESIS="${QFA_SCHEMATHESIS:-$PWD/.venv-schemathesis/bin/schemathesis}"

# A reachable 127.0.0.1:5432, or a throwaway server from the PostgreSQL binaries kept for this run.
if ! dsn=$($PY tests/support/postgres.py --ensure); then
  echo "error: no PostgreSQL available and none could be started (see the message above)" >&2
  exit 1
fi
export QFA_TEST_PG_DSN="$dsn"
echo "tests: PostgreSQL at ${dsn%%\?*}"

set +e
$PY -m pytest "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$status"

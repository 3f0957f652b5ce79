#!/usr/bin/env bash
# The body of `make run`: serve the app on $PORT through `func start` when Azure Functions Core Tools
# is on PATH, otherwise through scripts/devhost.py. Without a configured LLM it starts the scripted
# local LLM server on 127.0.0.1:18080 and says so loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-7071}"
PY=.venv/bin/python
export LITELLM_LOCAL_MODEL_COST_MAP="${LITELLM_LOCAL_MODEL_COST_MAP:-True}"
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="${TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS:-}"

if [ ! -f local.settings.json ]; then
  cp local.settings.example.json local.settings.json
  echo "run: created local.settings.json from local.settings.example.json (edit it to point at a real LLM)"
fi

# The LLM base URL the app will use: environment first, then local.settings.json.
api_base="${LLM_API_BASE:-$($PY -c 'import json;print(json.load(open("local.settings.json"))["Values"].get("LLM_API_BASE",""))')}"
case "$api_base" in
  ""|http://127.0.0.1:18080*|http://localhost:18080*)
    cat <<'BANNER'
###########################################################################################
#  NO REAL LLM IS CONFIGURED. Starting the SCRIPTED local fake LLM on 127.0.0.1:18080.     #
#  Its answers are canned placeholders, not analysis. To use a real model set LLM_MODEL,   #
#  LLM_API_KEY and LLM_API_BASE (and LLM_API_VERSION for Azure OpenAI) in the environment  #
#  or in local.settings.json. See README.md "Configuration".                               #
###########################################################################################
BANNER
    export LLM_API_BASE="http://127.0.0.1:18080/v1"
    $PY scripts/local_llm.py --port 18080 &
    trap 'kill $! 2>/dev/null || true' EXIT
    ;;
esac

# Make sure the local database exists when the settings point at the local PostgreSQL.
$PY scripts/ensure_local_db.py || echo "run: warning: could not prepare the local database; usage tracking will buffer and retry"

if command -v func >/dev/null 2>&1; then
  echo "run: Azure Functions Core Tools found: func start --port $PORT"
  .venv/bin/python -c 'import sys; print(sys.prefix)' >/dev/null
  # Core Tools uses the active Python; run it inside the project venv.
  PATH="$PWD/.venv/bin:$PATH" VIRTUAL_ENV="$PWD/.venv" func start --port "$PORT"
else
  echo "run: Core Tools not found; serving through scripts/devhost.py on 127.0.0.1:$PORT"
  $PY scripts/devhost.py --port "$PORT"
fi

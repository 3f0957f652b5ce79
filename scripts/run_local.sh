#!/usr/bin/env bash
# The body of `make run`: serve the app on $PORT through `func start` when Azure Functions Core Tools
# is on PATH, otherwise through scripts/devhost.py. Without a configured LLM (LLM_MODEL in the
# environment or local.settings.json) it starts the scripted local LLM server on 127.0.0.1:18080 and
# says so loudly.
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

# Which LLM the app talks to (scripts/llm_target.py): the configured model, or the scripted fake only
# when no real model is configured. It prints the banner that says which one is in use.
eval "$($PY scripts/llm_target.py)"
# Background helpers (fake LLM, Azurite) stop with this script: SIGTERM, then SIGKILL after 5 s
# (Azurite closes its services on the first SIGTERM but its process stays until a second signal).
pids=()
stop_helpers() {
  local p i
  for p in ${pids[@]+"${pids[@]}"}; do kill "$p" 2>/dev/null || true; done
  for i in $(seq 50); do
    for p in ${pids[@]+"${pids[@]}"}; do kill -0 "$p" 2>/dev/null && { sleep 0.1; continue 2; }; done
    return 0
  done
  for p in ${pids[@]+"${pids[@]}"}; do kill -KILL "$p" 2>/dev/null || true; done
}
trap stop_helpers EXIT
if [ "$QFA_LLM_FAKE" = 1 ]; then
  $PY scripts/local_llm.py --port 18080 &
  pids+=($!)
fi

# Make sure the local database exists when the settings point at the local PostgreSQL.
$PY scripts/ensure_local_db.py || echo "run: warning: could not prepare the local database; usage tracking will buffer and retry"

# Core Tools' host needs the storage account named by AzureWebJobsStorage; locally that is the Azurite
# emulator (UseDevelopmentStorage=true, 127.0.0.1:10000-10002). Started unless one is already listening;
# the npm package is installed into .azurite/ on first use when `azurite` is not on PATH.
AZURITE_VERSION=3.37.0
start_azurite() {
  local storage
  storage="${AzureWebJobsStorage:-$($PY -c 'import json;print(json.load(open("local.settings.json"))["Values"].get("AzureWebJobsStorage",""))')}"
  [ "$storage" = "UseDevelopmentStorage=true" ] || return 0
  if $PY -c 'import socket; socket.create_connection(("127.0.0.1", 10000), 1)' 2>/dev/null; then
    echo "run: a storage emulator already listens on 127.0.0.1:10000"
    return 0
  fi
  local cmd=azurite
  if ! command -v azurite >/dev/null 2>&1; then
    cmd=.azurite/npm/node_modules/.bin/azurite
    [ -x "$cmd" ] || npm install --silent --no-audit --no-fund --prefix .azurite/npm "azurite@$AZURITE_VERSION"
  fi
  mkdir -p .azurite
  echo "run: starting Azurite (storage emulator) on 127.0.0.1:10000-10002, data in .azurite/"
  "$cmd" --silent --skipApiVersionCheck --location .azurite &
  pids+=($!)
}

if command -v func >/dev/null 2>&1; then
  echo "run: Azure Functions Core Tools found: func start --port $PORT"
  start_azurite
  # Core Tools uses the active Python; run it inside the project venv.
  PATH="$PWD/.venv/bin:$PATH" VIRTUAL_ENV="$PWD/.venv" func start --port "$PORT"
else
  echo "run: Core Tools not found; serving through scripts/devhost.py on 127.0.0.1:$PORT"
  $PY scripts/devhost.py --port "$PORT"
fi

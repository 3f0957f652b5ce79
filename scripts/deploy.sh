#!/usr/bin/env bash
# Deploy QFA to Azure: infrastructure (Bicep), Key Vault secrets, the PostgreSQL role of the app
# identity, the code, migrations and a smoke test. docs/deploy.md is the runbook around it.
#
# Idempotent: every step either checks before it changes something or is a declarative
# create-or-update, so the script can be re-run after a failure or for an update. It prints each
# command before running it (secret values are never printed or passed on a command line);
# --dry-run prints the commands without running anything.
#
# Usage: scripts/deploy.sh -g <resource group> -l <region> -e <environment> \
#          --pg-admin-object-id <oid> --pg-admin-name <name> [options]   (scripts/deploy.sh --help)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  cat <<'EOF'
Usage: scripts/deploy.sh [options]

Required (flag or environment variable):
  -g, --resource-group NAME      QFA_RESOURCE_GROUP      resource group (created if missing)
  -l, --location REGION          QFA_LOCATION            Azure region, e.g. swedencentral
  -e, --environment NAME         QFA_ENVIRONMENT         environment name (selects the resource set)
      --pg-admin-object-id OID   QFA_PG_ADMIN_OBJECT_ID  object id of the PostgreSQL Entra administrator
      --pg-admin-name NAME       QFA_PG_ADMIN_NAME       its display name (group name or UPN); psql user

Optional:
  -s, --subscription ID          QFA_SUBSCRIPTION        subscription (default: the current az account)
      --pg-admin-type TYPE       QFA_PG_ADMIN_TYPE       Group (default), User or ServicePrincipal
      --llm-api-key-file FILE    QFA_LLM_API_KEY_FILE    file holding the LLM provider key
      --llm-api-base-file FILE   QFA_LLM_API_BASE_FILE   file holding the LLM endpoint URL
      --llm-api-base URL         QFA_LLM_API_BASE        the LLM endpoint URL itself (not a secret)
      --auth-api-keys-file FILE  QFA_AUTH_API_KEYS_FILE  JSON list of API keys (key_sha256 entries only)
      --smoke-api-key-file FILE  QFA_SMOKE_API_KEY_FILE  superuser API key for the GET /v1/usage check
      --operator-ip IP           QFA_OPERATOR_IP         allow this IPv4 through the PostgreSQL firewall
      --deployer-object-id OID   QFA_DEPLOYER_OBJECT_ID  gets Key Vault Secrets Officer (default: you)
      --deployer-type TYPE       QFA_DEPLOYER_TYPE       User (default), Group or ServicePrincipal
      --alert-email ADDRESS      QFA_ALERT_EMAIL         e-mail receiver of the alert action group
      --skip-infra | --skip-secrets | --skip-db-role | --skip-publish | --skip-migrate | --skip-smoke
                                                         leave out a step (outputs are read from the
                                                         last deployment when --skip-infra is given)
      --dry-run                                          print the commands, run nothing
  -h, --help

Secrets are read from files so they never appear in the process list or shell history.
A secret that is not given is left as it is in Key Vault (a warning is printed if it is missing).
EOF
}

die() { printf 'error: %s\n' "$*" >&2; exit 1; }
# Progress goes to stderr (like `set -x`), so command substitutions capture command output only.
step() { printf '\n==> %s\n' "$*" >&2; }
note() { printf '    %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }

# --- options -----------------------------------------------------------------------------------
RESOURCE_GROUP="${QFA_RESOURCE_GROUP:-}"
LOCATION="${QFA_LOCATION:-}"
ENVIRONMENT="${QFA_ENVIRONMENT:-}"
SUBSCRIPTION="${QFA_SUBSCRIPTION:-}"
PG_ADMIN_OBJECT_ID="${QFA_PG_ADMIN_OBJECT_ID:-}"
PG_ADMIN_NAME="${QFA_PG_ADMIN_NAME:-}"
PG_ADMIN_TYPE="${QFA_PG_ADMIN_TYPE:-Group}"
LLM_API_KEY_FILE="${QFA_LLM_API_KEY_FILE:-}"
LLM_API_BASE_FILE="${QFA_LLM_API_BASE_FILE:-}"
LLM_API_BASE="${QFA_LLM_API_BASE:-}"
AUTH_API_KEYS_FILE="${QFA_AUTH_API_KEYS_FILE:-}"
SMOKE_API_KEY_FILE="${QFA_SMOKE_API_KEY_FILE:-}"
OPERATOR_IP="${QFA_OPERATOR_IP:-}"
DEPLOYER_OBJECT_ID="${QFA_DEPLOYER_OBJECT_ID:-}"
DEPLOYER_TYPE="${QFA_DEPLOYER_TYPE:-User}"
ALERT_EMAIL="${QFA_ALERT_EMAIL:-}"
DRY_RUN=0
SKIP_INFRA=0 SKIP_SECRETS=0 SKIP_DB_ROLE=0 SKIP_PUBLISH=0 SKIP_MIGRATE=0 SKIP_SMOKE=0

need_value() { [[ $# -ge 2 && -n "$2" ]] || die "option $1 needs a value"; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    -g|--resource-group) need_value "$@"; RESOURCE_GROUP="$2"; shift 2 ;;
    -l|--location) need_value "$@"; LOCATION="$2"; shift 2 ;;
    -e|--environment) need_value "$@"; ENVIRONMENT="$2"; shift 2 ;;
    -s|--subscription) need_value "$@"; SUBSCRIPTION="$2"; shift 2 ;;
    --pg-admin-object-id) need_value "$@"; PG_ADMIN_OBJECT_ID="$2"; shift 2 ;;
    --pg-admin-name) need_value "$@"; PG_ADMIN_NAME="$2"; shift 2 ;;
    --pg-admin-type) need_value "$@"; PG_ADMIN_TYPE="$2"; shift 2 ;;
    --llm-api-key-file) need_value "$@"; LLM_API_KEY_FILE="$2"; shift 2 ;;
    --llm-api-base-file) need_value "$@"; LLM_API_BASE_FILE="$2"; shift 2 ;;
    --llm-api-base) need_value "$@"; LLM_API_BASE="$2"; shift 2 ;;
    --auth-api-keys-file) need_value "$@"; AUTH_API_KEYS_FILE="$2"; shift 2 ;;
    --smoke-api-key-file) need_value "$@"; SMOKE_API_KEY_FILE="$2"; shift 2 ;;
    --operator-ip) need_value "$@"; OPERATOR_IP="$2"; shift 2 ;;
    --deployer-object-id) need_value "$@"; DEPLOYER_OBJECT_ID="$2"; shift 2 ;;
    --deployer-type) need_value "$@"; DEPLOYER_TYPE="$2"; shift 2 ;;
    --alert-email) need_value "$@"; ALERT_EMAIL="$2"; shift 2 ;;
    --skip-infra) SKIP_INFRA=1; shift ;;
    --skip-secrets) SKIP_SECRETS=1; shift ;;
    --skip-db-role) SKIP_DB_ROLE=1; shift ;;
    --skip-publish) SKIP_PUBLISH=1; shift ;;
    --skip-migrate) SKIP_MIGRATE=1; shift ;;
    --skip-smoke) SKIP_SMOKE=1; shift ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

# --- validation (runs in --dry-run too; touches nothing in Azure) ---------------------------------
[[ -n "$RESOURCE_GROUP" ]] || die "--resource-group (QFA_RESOURCE_GROUP) is required"
[[ -n "$ENVIRONMENT" ]] || die "--environment (QFA_ENVIRONMENT) is required"
[[ "$ENVIRONMENT" =~ ^[A-Za-z0-9-]{1,16}$ ]] || die "--environment must be 1-16 letters, digits or hyphens"
if [[ $SKIP_INFRA -eq 0 ]]; then
  [[ -n "$LOCATION" ]] || die "--location (QFA_LOCATION) is required"
  [[ -n "$PG_ADMIN_OBJECT_ID" ]] || die "--pg-admin-object-id (QFA_PG_ADMIN_OBJECT_ID) is required"
fi
[[ -z "$PG_ADMIN_OBJECT_ID" || "$PG_ADMIN_OBJECT_ID" =~ ^[0-9a-fA-F-]{36}$ ]] \
  || die "--pg-admin-object-id must be an object id (GUID)"
if [[ $SKIP_INFRA -eq 0 || $SKIP_DB_ROLE -eq 0 || $SKIP_MIGRATE -eq 0 ]]; then
  [[ -n "$PG_ADMIN_NAME" ]] || die "--pg-admin-name (QFA_PG_ADMIN_NAME) is required"
fi
case "$PG_ADMIN_TYPE" in Group|User|ServicePrincipal) ;; *) die "--pg-admin-type must be Group, User or ServicePrincipal" ;; esac
case "$DEPLOYER_TYPE" in Group|User|ServicePrincipal) ;; *) die "--deployer-type must be User, Group or ServicePrincipal" ;; esac
[[ -z "$OPERATOR_IP" || "$OPERATOR_IP" =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ ]] || die "--operator-ip must be an IPv4 address"
[[ -z "$LLM_API_BASE" || -z "$LLM_API_BASE_FILE" ]] || die "give --llm-api-base or --llm-api-base-file, not both"
for f in "$LLM_API_KEY_FILE" "$LLM_API_BASE_FILE" "$AUTH_API_KEYS_FILE" "$SMOKE_API_KEY_FILE"; do
  [[ -z "$f" || -r "$f" ]] || die "cannot read file: $f"
done
if [[ -n "$AUTH_API_KEYS_FILE" ]]; then
  # Only digests go into the vault: refuse plaintext keys and malformed entries before touching Azure.
  python3 - "$AUTH_API_KEYS_FILE" <<'PY' || die "$AUTH_API_KEYS_FILE: not a valid auth-api-keys list (see docs/deploy.md)"
import json, re, sys

def check(entries):
    if not isinstance(entries, list) or not entries:
        return "a non-empty JSON list is required"
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            return f"entry {i} is not an object"
        if "key" in e:
            return f"entry {i}: plaintext 'key' is not allowed in Azure, use key_sha256"
        if not re.fullmatch(r"[0-9a-f]{64}", str(e.get("key_sha256", ""))):
            return f"entry {i}: key_sha256 must be 64 lowercase hex characters"
        for field in ("key_id", "name", "tenant_id"):
            if not str(e.get(field, "")).strip():
                return f"entry {i}: '{field}' is required"
    return None

try:
    with open(sys.argv[1], encoding="utf-8") as fh:
        problem = check(json.load(fh))
except ValueError as exc:
    problem = f"invalid JSON ({exc.__class__.__name__})"
if problem:
    print(f"error: {problem}", file=sys.stderr)
    sys.exit(1)
PY
fi

# --- helpers -----------------------------------------------------------------------------------
quote() {  # print a command line readably; arguments with unusual characters are single-quoted
  local out="" a
  for a in "$@"; do
    if [[ "$a" =~ ^[A-Za-z0-9_./:=@%+,-]+$ ]]; then out+="$a "; else out+="'${a//\'/\'\\\'\'}' "; fi
  done
  printf '%s' "${out% }"
}
run() {  # print, then run (unless --dry-run)
  printf '+ %s\n' "$(quote "$@")" >&2
  [[ $DRY_RUN -eq 1 ]] || "$@"
}
capture() {  # capture VAR cmd...: print, run and store stdout in VAR; --dry-run stores <VAR>
  local var="$1"; shift
  printf '+ %s\n' "$(quote "$@")" >&2
  if [[ $DRY_RUN -eq 1 ]]; then printf -v "$var" '<%s>' "$var"; return 0; fi
  local value
  value="$("$@")"
  printf -v "$var" '%s' "$value"
}
retry() {  # retry N DELAY cmd...: for eventually consistent steps (RBAC propagation, cold start)
  local tries="$1" delay="$2" i; shift 2
  for ((i = 1; i <= tries; i++)); do
    if "$@"; then return 0; fi
    [[ $i -lt $tries ]] && { note "not yet (attempt $i/$tries), retrying in ${delay}s"; sleep "$delay"; }
  done
  return 1
}

# Private directory for secret copies and header files, created by this shell (not inside a
# command substitution) so that the EXIT trap removes it.
TMP_DIR="$(mktemp -d)"
chmod 700 "$TMP_DIR"
cleanup() { rm -rf "$TMP_DIR"; }
trap cleanup EXIT
tmp_file() { mktemp "$TMP_DIR/XXXXXX"; }  # mode 600
strip_newline() {  # copy a secret file without its trailing newline(s) to a private temp file
  local src="$1" dst
  dst="$(tmp_file)"
  printf '%s' "$(cat "$src")" >"$dst"
  printf '%s' "$dst"
}
conninfo() {  # conninfo DBNAME: libpq connection string for the Entra administrator
  local user="${PG_ADMIN_NAME//\\/\\\\}"
  user="${user//\'/\\\'}"
  printf "host=%s port=5432 dbname=%s user='%s' sslmode=require" "$PG_FQDN" "$1" "$user"
}

DEPLOYMENT_NAME="qfa-${ENVIRONMENT}"
[[ $DRY_RUN -eq 0 ]] || printf 'dry run: commands are printed, nothing is executed\n' >&2

# --- 0. tools ------------------------------------------------------------------------------------
step "0. Checking tools"
tools=(az)
[[ $SKIP_DB_ROLE -eq 1 && $SKIP_MIGRATE -eq 1 ]] || tools+=(psql)
[[ $SKIP_PUBLISH -eq 1 ]] || tools+=(func)
[[ $SKIP_MIGRATE -eq 1 && $SKIP_SMOKE -eq 1 ]] || tools+=(curl)
if [[ $DRY_RUN -eq 1 ]]; then
  note "dry run: not checking for ${tools[*]}"
else
  for t in "${tools[@]}"; do command -v "$t" >/dev/null || die "$t is not installed (see docs/deploy.md, Prerequisites)"; done
  note "found ${tools[*]}"
fi
if command -v git >/dev/null && git -C "$REPO_ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  note "code version: $(git -C "$REPO_ROOT" describe --tags --always --dirty 2>/dev/null || echo unknown)"
fi

# --- 1. subscription and resource group ------------------------------------------------------------
step "1. Subscription and resource group"
[[ -z "$SUBSCRIPTION" ]] || run az account set --subscription "$SUBSCRIPTION"
capture ACCOUNT az account show --query "{subscription: id, user: user.name, type: user.type}" -o tsv
note "account: $ACCOUNT"
if [[ $SKIP_INFRA -eq 0 ]]; then
  # az group create is create-or-update: safe when the group exists.
  run az group create --name "$RESOURCE_GROUP" --location "$LOCATION" \
    --tags application=qfa "environment=$ENVIRONMENT" --output none
fi

# --- 2. infrastructure ------------------------------------------------------------------------------
if [[ $SKIP_INFRA -eq 0 ]]; then
  step "2. Infrastructure (infra/main.bicep)"
  if [[ -z "$DEPLOYER_OBJECT_ID" ]]; then
    capture ACCOUNT_TYPE az account show --query user.type -o tsv
    if [[ "$ACCOUNT_TYPE" == "servicePrincipal" ]]; then
      capture SP_APP_ID az account show --query user.name -o tsv
      capture DEPLOYER_OBJECT_ID az ad sp show --id "$SP_APP_ID" --query id -o tsv
      DEPLOYER_TYPE=ServicePrincipal
    else
      capture DEPLOYER_OBJECT_ID az ad signed-in-user show --query id -o tsv
      DEPLOYER_TYPE=User
    fi
  fi
  params=(
    "environmentName=$ENVIRONMENT"
    "location=$LOCATION"
    "postgresAdminObjectId=$PG_ADMIN_OBJECT_ID"
    "postgresAdminName=$PG_ADMIN_NAME"
    "postgresAdminType=$PG_ADMIN_TYPE"
    "deployerPrincipalId=$DEPLOYER_OBJECT_ID"
    "deployerPrincipalType=$DEPLOYER_TYPE"
  )
  [[ -z "$OPERATOR_IP" ]] || params+=("operatorIpAddress=$OPERATOR_IP")
  [[ -z "$ALERT_EMAIL" ]] || params+=("alertEmail=$ALERT_EMAIL")
  # A deployment is declarative (incremental mode): re-running it updates resources in place.
  run az deployment group create --resource-group "$RESOURCE_GROUP" --name "$DEPLOYMENT_NAME" \
    --template-file "$REPO_ROOT/infra/main.bicep" --parameters "$REPO_ROOT/infra/main.bicepparam" \
    --parameters "${params[@]}" --output none
else
  step "2. Infrastructure: skipped (reading the outputs of deployment $DEPLOYMENT_NAME)"
fi

output() { capture "$1" az deployment group show --resource-group "$RESOURCE_GROUP" --name "$DEPLOYMENT_NAME" \
  --query "properties.outputs.$2.value" --output tsv; }
output APP_NAME functionAppName
output APP_URL functionAppUrl
output KV_NAME keyVaultName
output PG_SERVER postgresServerName
output PG_FQDN postgresFqdn
output PG_DB postgresDatabaseName
output UAMI_NAME identityName
output UAMI_PRINCIPAL_ID identityPrincipalId
if [[ $DRY_RUN -eq 0 ]]; then
  [[ "$UAMI_NAME" =~ ^[A-Za-z0-9_-]+$ ]] || die "unexpected identity name: $UAMI_NAME"
  [[ "$UAMI_PRINCIPAL_ID" =~ ^[0-9a-fA-F-]{36}$ ]] || die "unexpected identity principal id: $UAMI_PRINCIPAL_ID"
  [[ "$PG_DB" =~ ^[A-Za-z0-9_]+$ ]] || die "unexpected database name: $PG_DB"
fi
note "function app: $APP_NAME ($APP_URL)"
note "key vault: $KV_NAME; postgres: $PG_FQDN/$PG_DB; identity: $UAMI_NAME"
if [[ $SKIP_INFRA -eq 1 && -n "$OPERATOR_IP" ]]; then
  # Without the infrastructure step the template cannot add the operator rule: add it directly
  # (create-or-update, same rule name as the template's).
  run az postgres flexible-server firewall-rule create --resource-group "$RESOURCE_GROUP" --name "$PG_SERVER" \
    --rule-name AllowOperator --start-ip-address "$OPERATOR_IP" --end-ip-address "$OPERATOR_IP" --output none
fi

# --- 3. Key Vault secrets ------------------------------------------------------------------------------
set_secret() {  # set_secret NAME FILE: values go through a file, never through the command line
  retry 10 15 run az keyvault secret set --vault-name "$KV_NAME" --name "$1" --file "$2" \
    --encoding utf-8 --output none
}
check_secret() {
  if [[ $DRY_RUN -eq 1 ]]; then
    run az keyvault secret show --vault-name "$KV_NAME" --name "$1" --query id --output tsv
  elif ! az keyvault secret show --vault-name "$KV_NAME" --name "$1" --query id --output tsv >/dev/null 2>&1; then
    warn "secret $1 is not set in $KV_NAME; set it with: az keyvault secret set --vault-name $KV_NAME --name $1 --file <file>"
  else
    note "secret $1 exists (left unchanged)"
  fi
}
if [[ $SKIP_SECRETS -eq 0 ]]; then
  step "3. Key Vault secrets (a secret that is not given is left unchanged)"
  if [[ -n "$LLM_API_KEY_FILE" ]]; then
    set_secret llm-api-key "$(strip_newline "$LLM_API_KEY_FILE")"
  else
    check_secret llm-api-key
  fi
  if [[ -n "$LLM_API_BASE_FILE" ]]; then
    set_secret llm-api-base "$(strip_newline "$LLM_API_BASE_FILE")"
  elif [[ -n "$LLM_API_BASE" ]]; then
    base_file="$(tmp_file)"
    printf '%s' "$LLM_API_BASE" >"$base_file"
    set_secret llm-api-base "$base_file"
  else
    check_secret llm-api-base
  fi
  if [[ -n "$AUTH_API_KEYS_FILE" ]]; then
    set_secret auth-api-keys "$(strip_newline "$AUTH_API_KEYS_FILE")"
  else
    check_secret auth-api-keys
  fi
  # The response cache's key (docs/operating.md § 3): generated when missing, then kept (a new one empties
  # the cache); a dry run only shows the check.
  if [[ $DRY_RUN -eq 1 ]]; then
    run az keyvault secret show --vault-name "$KV_NAME" --name response-cache-secret --query id --output tsv
  elif ! az keyvault secret show --vault-name "$KV_NAME" --name response-cache-secret --query id --output tsv \
      >/dev/null 2>&1; then
    cache_secret_file="$(tmp_file)"
    python3 -c 'import secrets; print(secrets.token_urlsafe(48), end="")' >"$cache_secret_file"
    set_secret response-cache-secret "$cache_secret_file"
  else
    note "secret response-cache-secret exists (left unchanged)"
  fi
else
  step "3. Key Vault secrets: skipped"
fi

# --- 4. PostgreSQL role of the app identity ---------------------------------------------------------
pg_token() {
  printf '+ %s\n' "$(quote az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv) (-> PGPASSWORD)" >&2
  if [[ $DRY_RUN -eq 0 ]]; then
    PGPASSWORD="$(az account get-access-token --resource-type oss-rdbms --query accessToken --output tsv)"
    export PGPASSWORD
  fi
}
psql_run() {  # psql_run DBNAME SQL
  run psql "$(conninfo "$1")" -v ON_ERROR_STOP=1 -X -q -t -A -c "$2"
}
if [[ $SKIP_DB_ROLE -eq 0 ]]; then
  step "4. PostgreSQL role for the app identity ($UAMI_NAME)"
  pg_token
  role_sql="SELECT 1 FROM pg_roles WHERE rolname = '$UAMI_NAME'"
  if [[ $DRY_RUN -eq 1 ]]; then
    psql_run postgres "$role_sql"
    note "dry run: the next command runs only when the role does not exist"
    psql_run postgres "SELECT * FROM pgaadauth_create_principal_with_oid('$UAMI_NAME', '$UAMI_PRINCIPAL_ID', 'service', false, false);"
  else
    exists="$(retry 5 10 psql_run postgres "$role_sql")" \
      || die "cannot connect to $PG_FQDN as $PG_ADMIN_NAME (firewall: --operator-ip; Entra admin membership)"
    if [[ "$exists" == "1" ]]; then
      note "role $UAMI_NAME exists (left unchanged)"
    else
      psql_run postgres "SELECT * FROM pgaadauth_create_principal_with_oid('$UAMI_NAME', '$UAMI_PRINCIPAL_ID', 'service', false, false);"
    fi
  fi
  # GRANT is idempotent.
  psql_run "$PG_DB" "GRANT CONNECT, TEMPORARY ON DATABASE \"$PG_DB\" TO \"$UAMI_NAME\"; GRANT USAGE, CREATE ON SCHEMA public TO \"$UAMI_NAME\";"
else
  step "4. PostgreSQL role: skipped"
fi

# --- 5. code -------------------------------------------------------------------------------------------
if [[ $SKIP_PUBLISH -eq 0 ]]; then
  step "5. Publishing the code (remote build of requirements.txt)"
  run cd "$REPO_ROOT"
  run func azure functionapp publish "$APP_NAME" --python
else
  step "5. Publish: skipped"
fi

# --- 6. migrations -----------------------------------------------------------------------------------
# The app applies migrations itself, as its own identity (so it owns its tables), once per process
# before its first database query (DB_MIGRATE_ON_START=true). An API call with an unknown key makes
# the app look the key up in the database, which runs the migrations first; the answer is 401.
probe_usage() {  # prints the HTTP status of GET /v1/usage with the given header file
  curl -sS -o /dev/null -w '%{http_code}' --max-time 120 -H "@$1" "$APP_URL/v1/usage"
}
migrations_done() {
  local status out rc=0
  status="$(probe_usage "$probe_header")" || status="000"
  note "GET /v1/usage with an unknown key -> $status (401 expected; 503 = database unavailable)"
  [[ "$status" == "401" ]] || return 1
  out="$(psql_run "$PG_DB" "SELECT to_regclass('public.schema_migrations') IS NOT NULL")" || rc=$?
  if [[ $rc -eq 2 ]]; then  # psql could not connect (firewall: --operator-ip): cannot verify from here
    warn "cannot reach $PG_FQDN to verify schema_migrations; the app reached its database (401). Check event=migration in Application Insights."
    return 0
  fi
  [[ $rc -eq 0 && "$out" == "t" ]]
}
if [[ $SKIP_MIGRATE -eq 0 ]]; then
  step "6. Migrations (run by the app as $UAMI_NAME on first database use)"
  if [[ $DRY_RUN -eq 1 ]]; then
    probe_header='<header file>'
    run curl -sS -o /dev/null -w '%{http_code}' --max-time 120 -H "@$probe_header" "$APP_URL/v1/usage"
    psql_run "$PG_DB" "SELECT to_regclass('public.schema_migrations') IS NOT NULL"
  else
    probe_header="$(tmp_file)"
    printf 'Authorization: Bearer qfa_deploy-probe-%s\n' "$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" >"$probe_header"
    [[ -n "${PGPASSWORD:-}" ]] || pg_token
    retry 12 15 migrations_done || die "migrations did not complete; see the app logs (event=migration) in Application Insights"
    note "schema_migrations exists: migrations applied"
  fi
else
  step "6. Migrations: skipped"
fi

# --- 7. smoke test -------------------------------------------------------------------------------------
health_ok() {
  local body
  body="$(curl -fsS --max-time 60 "$APP_URL/v1/health")" || return 1
  note "health: $body"
  [[ "$body" == *'"status"'*'"ok"'* ]]
}
if [[ $SKIP_SMOKE -eq 0 ]]; then
  step "7. Smoke test"
  if [[ $DRY_RUN -eq 1 ]]; then
    run curl -fsS --max-time 60 "$APP_URL/v1/health"
    [[ -z "$SMOKE_API_KEY_FILE" ]] || run curl -fsS --max-time 120 -H "@<header file from $SMOKE_API_KEY_FILE>" "$APP_URL/v1/usage"
  else
    printf '+ curl -fsS %s/v1/health\n' "$APP_URL" >&2
    retry 10 15 health_ok || die "GET $APP_URL/v1/health did not answer {\"status\":\"ok\"}"
    if [[ -n "$SMOKE_API_KEY_FILE" ]]; then
      smoke_header="$(tmp_file)"
      printf 'Authorization: Bearer %s\n' "$(cat "$SMOKE_API_KEY_FILE")" >"$smoke_header"
      printf '+ curl -fsS -H @<header file> %s/v1/usage\n' "$APP_URL" >&2
      curl -fsS --max-time 120 -H "@$smoke_header" "$APP_URL/v1/usage" >/dev/null \
        || die "GET /v1/usage with the smoke key failed (Key Vault secret auth-api-keys, database)"
      note "GET /v1/usage: 200 (Key Vault, authentication and database work)"
    else
      note "no --smoke-api-key-file: GET /v1/usage with a superuser key not checked"
    fi
  fi
else
  step "7. Smoke test: skipped"
fi

step "Done"
note "EspoCRM App Secrets: QFA_API_BASE_URL=$APP_URL  QFA_API_KEY=<a tenant key, see docs/deploy.md>"

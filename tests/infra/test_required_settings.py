"""Every setting the app requires in Azure has a matching app setting in Bicep, and the code knows it.

infra/required_app_settings.txt is the list (docs/deploy.md, "App settings"). The tests
tie it to both sides: the function app module must define each name, and each name that is not a
platform setting must be a field of shared_code.settings.Settings (so a typo on either side fails).
Literal values from Bicep are validated by the Settings model itself.
"""

from __future__ import annotations

import re

import pytest

from tests.infra import bicep_model as bm

REQUIRED_FILE = bm.INFRA / "required_app_settings.txt"

# The minimum the spec demands; the file may list more, never less.
SPEC_REQUIRED = {
    "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId",
    "APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "AZURE_CLIENT_ID",
    "KEY_VAULT_URL", "LLM_MODEL", "LLM_API_VERSION", "LLM_API_KEY", "LLM_API_BASE", "AUTH_API_KEYS", "DB_HOST",
    "DB_PORT", "DB_NAME", "DB_USER", "DB_AUTH_MODE", "DB_AAD_SCOPE", "DB_MIGRATE_ON_START", "USAGE_TRACKING",
    "LOG_LEVEL", "LITELLM_LOCAL_MODEL_COST_MAP",
}

# Read by the Functions host, the Application Insights agent or libraries, not by Settings.
PLATFORM = re.compile(r"^(AzureWebJobs|APPLICATIONINSIGHTS_|WEBSITE_|FUNCTIONS_)|^(LITELLM_LOCAL_MODEL_COST_MAP|TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS)$")


def read_required() -> list[str]:
    names = []
    for line in REQUIRED_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", line), f"not a setting name: {line!r}"
            names.append(line)
    return names


def bicep_app_settings() -> dict:
    app = bm.module_doc("functionapp")
    (config,) = [r for r in bm.resources(app, "Microsoft.Web/sites/config").values() if r.config.get("name") == "appsettings"]
    props = config.config["properties"]
    if "function" in props:
        return list(props["function"]["parameters"].values())[-1]
    return props


def settings_fields() -> set[str]:
    from shared_code.settings import Settings

    names = set()
    for name, field in Settings.model_fields.items():
        names.add(name.upper())
        if field.alias:
            names.add(field.alias.upper())
    return names


def test_required_file_is_well_formed_and_complete():
    names = read_required()
    assert len(names) == len(set(names)), "duplicate names"
    missing = SPEC_REQUIRED - set(names)
    assert not missing, f"required_app_settings.txt lacks {sorted(missing)}"


def test_every_required_setting_is_defined_in_bicep():
    defined = set(bicep_app_settings())
    missing = [name for name in read_required() if name not in defined]
    assert not missing, f"infra/modules/functionapp.bicep does not set {missing}"


def test_required_app_settings_are_known_to_the_code():
    fields = settings_fields()
    unknown = [n for n in read_required() if not PLATFORM.match(n) and n.upper() not in fields]
    assert not unknown, f"not fields of shared_code.settings.Settings: {unknown}"


def test_every_bicep_app_setting_is_known_to_the_code():
    """A misspelt setting in Bicep would be silently ignored by the app."""
    fields = settings_fields()
    unknown = [n for n in bicep_app_settings() if not PLATFORM.match(n) and n.upper() not in fields]
    assert not unknown, f"Bicep sets settings the app does not read: {unknown}"


def test_literal_bicep_values_are_valid_settings():
    from shared_code.settings import Settings

    settings = bicep_app_settings()
    fields = settings_fields()
    doc = bm.module_doc("functionapp")
    symbols = set(doc.get("parameters") or {}) | set(doc.get("variables") or {}) | set(doc.get("resources") or {})
    literals = {}
    for name, value in settings.items():
        if PLATFORM.match(name) or name.upper() not in fields or not isinstance(value, str):
            continue
        if "${" in value or value.startswith("@Microsoft.KeyVault("):
            continue
        if value in symbols:  # a parameter reference, not a literal
            continue
        literals[name.lower()] = value
    # defaults of main.bicep for the parameter-driven ones the code constrains
    literals["log_level"] = bm.effective_default("functionapp", "logLevel")
    literals["llm_model"] = bm.effective_default("functionapp", "llmModel")
    literals["db_aad_scope"] = bm.effective_default("functionapp", "dbAadScope")
    assert {"db_auth_mode", "db_port", "db_migrate_on_start", "usage_tracking"} <= set(literals)
    parsed = Settings(**literals)
    assert parsed.db_auth_mode == "entra"
    assert parsed.db_port == 5432
    assert parsed.db_migrate_on_start is True
    assert parsed.usage_tracking == "on"


@pytest.mark.parametrize("name", sorted(SPEC_REQUIRED))
def test_spec_setting_is_set_in_bicep(name):
    assert name in bicep_app_settings()

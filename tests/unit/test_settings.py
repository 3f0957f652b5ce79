"""Settings loading rules (docs/settings.md § How settings are read)."""

import logging

from shared_code.anonymization.factory import build_anonymizer
from shared_code.settings import Settings


def test_unresolved_key_vault_reference_is_unset_and_logged_by_name_only(monkeypatch, caplog):
    monkeypatch.setenv("LLM_API_KEY", "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/llm-api-key)")
    with caplog.at_level(logging.ERROR, logger="qfa.settings"):
        settings = Settings()
    assert settings.llm_api_key is None
    assert "LLM_API_KEY" in caplog.text and "kv.vault.azure.net" not in caplog.text


def test_names_are_case_insensitive_and_lists_parse(monkeypatch):
    monkeypatch.setenv("anonymizer_languages", "EN, fr ,es")
    monkeypatch.setenv("ANONYMIZER_ALLOW_LIST", '["Red Cross"]')
    settings = Settings()
    assert settings.anonymizer_languages == ["en", "fr", "es"] and settings.anonymizer_allow_list == ["Red Cross"]


def test_derived_values():
    assert not Settings().database_configured and not Settings().usage_enabled
    entra = Settings(db_host="db.example", db_auth_mode="entra")
    assert entra.database_configured and entra.usage_enabled and entra.effective_db_ssl == "verify-full"
    assert Settings(db_url="postgresql://x@y/z", usage_tracking="off").usage_enabled is False
    assert Settings(llm_model="a").judge_model == "a" and Settings(llm_judge_model="b").judge_model == "b"


def test_anonymizer_executor_setting_reaches_the_adapter():
    assert build_anonymizer(Settings(anonymizer_executor="process")).executor_kind == "process"
    assert build_anonymizer(Settings(anonymizer_executor="thread")).executor_kind == "thread"

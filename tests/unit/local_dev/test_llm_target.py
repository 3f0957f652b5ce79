"""`make run` talks to the model the user configured; the scripted fake only when none is configured."""

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))

from llm_target import FAKE_API_BASE, FAKE_MODEL, choose  # noqa: E402

AZURE = {"LLM_MODEL": "azure/gpt-4o-prod", "LLM_API_KEY": "k-123", "LLM_API_BASE": "https://example.openai.azure.com"}


def test_nothing_configured_uses_the_fake():
    target = choose({}, {})
    assert target.fake and target.model == FAKE_MODEL
    assert target.exports == {"LLM_MODEL": FAKE_MODEL, "LLM_API_BASE": FAKE_API_BASE, "LLM_API_KEY": "local"}
    assert "NO REAL LLM" in target.banner()


def test_the_example_settings_use_the_fake():
    import json

    values = json.loads((ROOT / "local.settings.example.json").read_text())["Values"]
    assert choose({}, values).fake


@pytest.mark.parametrize("model", ["azure/gpt-4o-prod", "openai/gpt-4.1-mini", "anthropic/claude-sonnet-4-5",
                                   "ollama_chat/llama3.2", "hosted_vllm/Qwen2.5-7B"])
def test_a_model_in_the_environment_is_used_with_its_base(model):
    target = choose({"LLM_MODEL": model, "LLM_API_BASE": "https://llm.example.org/v1"}, {})
    assert not target.fake
    assert target.exports == {"LLM_MODEL": model, "LLM_API_BASE": "https://llm.example.org/v1"}
    assert model in target.banner() and "llm.example.org" in target.banner()


def test_the_environment_beats_an_old_local_settings_file_that_points_at_the_fake():
    old = {"LLM_MODEL": "openai/local-fake", "LLM_API_BASE": "http://127.0.0.1:18080/v1", "LLM_API_KEY": "local"}
    target = choose({"LLM_MODEL": "openai/gpt-4.1-mini", "LLM_API_KEY": "sk-x"}, old)
    assert not target.fake
    assert target.exports["LLM_API_BASE"] == ""  # the provider's default endpoint, never the fake
    assert "default endpoint" in target.banner()


def test_a_real_model_in_local_settings_is_used():
    target = choose({}, {"LLM_MODEL": "azure/dep", "LLM_API_BASE": "https://r.openai.azure.com"})
    assert (target.fake, target.model, target.api_base) == (False, "azure/dep", "https://r.openai.azure.com")


def test_blank_environment_values_fall_back_to_local_settings():
    target = choose({"LLM_MODEL": "  "}, {"LLM_MODEL": "openai/gpt-4.1"})
    assert target.model == "openai/gpt-4.1" and not target.fake


def test_the_banner_never_shows_the_key():
    assert "k-123" not in choose(AZURE, {}).banner()


def _run_cli(env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """Run the script as run_local.sh does (``eval``) and return the variables it exports."""
    script = f'cd {shlex.quote(str(tmp_path))}; eval "$({shlex.quote(sys.executable)} {ROOT}/scripts/llm_target.py)" ' \
             '>/dev/null; echo "$LLM_MODEL|$LLM_API_BASE|$QFA_LLM_FAKE"'
    base = {k: v for k, v in os.environ.items() if not k.startswith("LLM_")}
    out = subprocess.run(["bash", "-c", script], env={**base, **env}, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    model, api_base, fake = out.stdout.strip().split("|")
    return {"model": model, "api_base": api_base, "fake": fake}


def test_the_cli_exports_what_run_local_needs(tmp_path):
    assert _run_cli({}, tmp_path)["fake"] == "1"
    (tmp_path / "local.settings.json").write_text('{"Values": {"LLM_MODEL": "anthropic/claude-x"}}')
    assert _run_cli({}, tmp_path) == {"model": "anthropic/claude-x", "api_base": "", "fake": "0"}
    got = _run_cli({"LLM_MODEL": "azure/dep", "LLM_API_BASE": "https://r.openai.azure.com/'; echo pwned; '"},
                   tmp_path)
    assert got == {"model": "azure/dep", "api_base": "https://r.openai.azure.com/'; echo pwned; '", "fake": "0"}

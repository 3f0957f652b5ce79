"""The documentation stays true to the code and self-contained: every setting and route is documented,
and every relative link in README.md and docs/ resolves to a file (and heading) inside the repository."""

import re
from pathlib import Path

import pytest

from shared_code.runtime_env import OFFLINE_DEFAULTS
from shared_code.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "docs").glob("*.md"))
LINK = re.compile(r"\]\(([^)#\s]*)(?:#([^)\s]*))?\)")


def anchors(page: Path) -> set[str]:
    """GitHub's anchors for the headings of a Markdown page."""
    heads = re.findall(r"^#{1,6}\s+(.+)$", page.read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in heads}


def test_every_setting_and_offline_default_is_in_settings_md():
    text = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    names = [name.upper() for name in Settings.model_fields] + list(OFFLINE_DEFAULTS)
    assert [n for n in names if f"`{n}`" not in text] == []


def test_every_route_is_in_api_md():
    from function_app import app

    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    routes = {f.get_trigger().route for f in app.get_functions()} - {"{*path}"}
    assert routes and [r for r in sorted(routes) if f"/{r}" not in text] == []


@pytest.mark.parametrize("page", [ROOT / "README.md", *DOCS], ids=lambda p: p.name)
def test_relative_links_resolve_inside_the_repository(page):
    for target, anchor in LINK.findall(page.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target):
            continue
        resolved = (page.parent / target).resolve() if target else page
        assert resolved.is_relative_to(ROOT) and resolved.exists(), f"{page.name}: {target}"
        if anchor and resolved.suffix == ".md":
            assert anchor in anchors(resolved), f"{page.name}: {target}#{anchor}"

"""checkov gate on infra/ (bicep framework, offline) with the justified skips of .checkov.yaml.

checkov exits 0 when it cannot parse a file, so the gate also requires zero parsing errors and a
non-zero resource count; test_bicep_parse.py parses every file independently.

checkov pins libraries that conflict with the app's, so it may live in its own virtualenv
(.venv-checkov, `make checkov`). It is looked up as: $QFA_CHECKOV, next to the running Python,
<repo>/.venv-checkov/bin/checkov, then PATH. A missing checkov fails the test (never skips).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.infra import bicep_model as bm

CONFIG = bm.ROOT / ".checkov.yaml"


def find_checkov() -> str:
    candidates = [
        os.environ.get("QFA_CHECKOV", ""),
        str(Path(sys.executable).parent / "checkov"),
        str(bm.ROOT / ".venv-checkov" / "bin" / "checkov"),
        shutil.which("checkov") or "",
    ]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise AssertionError("checkov not found: run `make checkov` (installs requirements-infra.txt into .venv-checkov)"
                         " or set QFA_CHECKOV to the checkov executable")


def skipped_checks_with_reasons() -> list[tuple[str, str]]:
    """(check id, justification) for every entry of skip-check in .checkov.yaml.

    The justification is the comment on the entry's line or the comment block right above it
    (a block may justify several consecutive entries).
    """
    entries = []
    in_skip = False
    comment: list[str] = []
    after_entry = False
    for raw in CONFIG.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if re.match(r"^[A-Za-z-]+:", raw):
            in_skip = raw.startswith("skip-check:")
            comment = []
            continue
        if not in_skip:
            continue
        if line.startswith("#"):
            if after_entry:  # a comment after entries starts the next block
                comment, after_entry = [], False
            text = line.lstrip("#").strip()
            if not re.fullmatch(r"-+.*-+|-+", text):  # section rulers are not reasons
                comment.append(text)
            continue
        match = re.match(r"^-\s*([A-Z0-9_]+)\s*(?:#\s*(.*))?$", line)
        if match:
            own = (match.group(2) or "").strip()
            entries.append((match.group(1), " ".join([*comment, own]).strip()))
            after_entry = True
        elif not line:
            comment, after_entry = [], False
    return entries


def test_every_skipped_check_is_justified():
    entries = skipped_checks_with_reasons()
    assert entries, ".checkov.yaml lists no skipped checks (parser out of date?)"
    ids = [check for check, _ in entries]
    assert len(ids) == len(set(ids)), "a check is skipped twice"
    for check, reason in entries:
        assert re.fullmatch(r"CKV2?_AZURE_\d+", check), f"not a checkov Azure check id: {check}"
        assert len(reason.split()) >= 5, f"{check} is skipped without a justification comment"


def test_checkov_passes_with_only_the_justified_skips():
    checkov = find_checkov()
    result = subprocess.run(
        [checkov, "-d", str(bm.INFRA), "--config-file", str(CONFIG), "--framework", "bicep", "--skip-download",
         "--compact", "--quiet", "-o", "json"],
        cwd=bm.ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "BC_SKIP_MAPPING": "TRUE", "CHECKOV_RUN_SCA_PACKAGE_SCAN_V2": "false"},
    )
    assert result.returncode in (0, 1), f"checkov crashed ({result.returncode}): {result.stderr[-2000:]}"
    reports = json.loads(result.stdout)
    reports = reports if isinstance(reports, list) else [reports]
    bicep = [r for r in reports if r.get("check_type") == "bicep"]
    assert len(bicep) == 1, f"no bicep report in checkov output: {result.stdout[:500]}"
    summary = bicep[0]["summary"]
    failed = bicep[0]["results"].get("failed_checks", [])
    details = "\n".join(f"{f['check_id']} {f['check_name']} -> {f['resource']} ({f['file_path']})" for f in failed)
    assert summary["parsing_errors"] == 0, "checkov could not parse a Bicep file"
    assert summary["resource_count"] > 0, "checkov found no resources (parse problem?)"
    assert summary["passed"] > 0
    assert summary["failed"] == 0, f"checkov failures:\n{details}"

"""Shared corpus loader for the benchmarks (and any test that wants corpus records).

The corpus lives outside the repository: ``../shared/data/feedback_corpus.jsonl`` relative to the repo
root (``/work/shared/data`` on the development machines; CI lays ``shared/`` beside the clone).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Union

REPO_ROOT = Path(__file__).resolve().parents[2]


def default_corpus_path() -> Path:
    """``<repo>/../shared/data/feedback_corpus.jsonl``."""
    return (REPO_ROOT / ".." / "shared" / "data" / "feedback_corpus.jsonl").resolve()


def load_corpus(path: Optional[Union[str, Path]] = None, limit: Optional[int] = None) -> list[dict]:
    """The corpus records in file order (at most ``limit``). Raises FileNotFoundError when absent."""
    records: list[dict] = []
    with open(Path(path) if path else default_corpus_path(), encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                records.append(json.loads(line))
    return records

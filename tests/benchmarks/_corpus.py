"""Corpus loader for the benchmarks and the tests that want corpus records.

The default corpus ships in the repository: ``tests/data/feedback_corpus.jsonl`` (600 synthetic records
made by ``tests/data/make_corpus.py``; format in ``tests/data/README.md``). When a caller asks for more
records than that file holds, the same generator makes them in memory (deterministic). ``--corpus PATH``
in the benchmarks points at any larger JSONL file of the same shape.

The personal-data benchmarks read the repository's PII evaluation set instead (:func:`load_evalset`:
``tests/data/pii_evalset.jsonl``, made by ``tests/support/pii_evalset.py``, split into a tuning and a
held-out half).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Union

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "tests" / "data"


def default_corpus_path() -> Path:
    """``<repo>/tests/data/feedback_corpus.jsonl``."""
    return DATA_DIR / "feedback_corpus.jsonl"


def default_framework_path() -> Path:
    """``<repo>/tests/data/coding_framework.json`` (the coding framework the corpus is coded with)."""
    return DATA_DIR / "coding_framework.json"


def framework_for(corpus: Optional[Union[str, Path]]) -> dict:
    """The ``coding_framework.json`` beside ``corpus`` when there is one, else the repository's."""
    beside = Path(corpus).parent / "coding_framework.json" if corpus else default_framework_path()
    return json.loads((beside if beside.exists() else default_framework_path()).read_text(encoding="utf-8"))


def load_corpus(path: Optional[Union[str, Path]] = None, limit: Optional[int] = None) -> list[dict]:
    """The corpus records in file order (at most ``limit``). Raises FileNotFoundError when ``path`` is absent.

    Without ``path``: the repository's corpus, or ``limit`` generated records when ``limit`` is larger.
    """
    records = _read(Path(path) if path else default_corpus_path(), limit)
    if path is None and limit is not None and len(records) < limit:
        from tests.data.make_corpus import generate

        return generate(limit)
    return records


def evalset_path() -> Path:
    """``<repo>/tests/data/pii_evalset.jsonl``."""
    return DATA_DIR / "pii_evalset.jsonl"


def load_evalset(path: Optional[Union[str, Path]] = None, limit: Optional[int] = None,
                 split: Optional[str] = None) -> list[dict]:
    """The PII evaluation set's records (only ``split``, ``"tune"`` or ``"heldout"``, when given)."""
    return _read(Path(path) if path else evalset_path(), limit, split)


def _read(path: Path, limit: Optional[int], split: Optional[str] = None) -> list[dict]:
    records: list[dict] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                record = json.loads(line)
                if split is None or record.get("split", split) == split:
                    records.append(record)
    return records

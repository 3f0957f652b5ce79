"""What the hand-written probe scripts (``*_probe.py``) share: the in-process engine, whether a string is
covered, and the share of clean sentences' words inside a span."""

from __future__ import annotations

import importlib
import re
from collections import defaultdict
from types import ModuleType
from typing import Iterable

import shared_code.runtime_env  # noqa: F401
from shared_code.anonymization import worker
from shared_code.anonymization.config import EngineConfig
from shared_code.settings import Settings

_WORD = re.compile(r"\w+")


def probe_module(args: list[str], default: str) -> ModuleType:
    """The probe module of ``tests/unit/anonymization`` that ``--probes NAME`` in ``args`` names, else
    ``default``."""
    name = args[args.index("--probes") + 1] if "--probes" in args else default
    return importlib.import_module(f"tests.unit.anonymization.{name}")


def engine():  # -> AnalysisEngine
    return worker.get_engine(EngineConfig.from_settings(Settings.model_construct()))


def spans_of(text: str) -> list[tuple[int, int, str]]:
    (analysis,) = engine().analyze_batch([text])
    return list(analysis.spans)


def covered(text: str, start: int, length: int, spans: Iterable[tuple[int, int, str]]) -> bool:
    """Every character of ``text[start:start + length]`` but spaces inside a span of any type (as a leak is
    counted)."""
    spans = list(spans)
    return all(any(s <= i < e for s, e, _ in spans) for i in range(start, start + length) if not text[i].isspace())


def tally(table: dict[str, list[int]], key: str, text: str, items: Iterable[str],
          spans: list[tuple[int, int, str]], verbose: bool) -> None:
    """Add each of ``items`` (strings of ``text``) to ``table[key]``, ``[found, all]``; ``verbose`` prints the
    misses (made-up probe data only)."""
    for item in items:
        hit = covered(text, text.index(item), len(item), spans)
        table[key][0] += hit
        table[key][1] += 1
        if verbose and not hit:
            print(f"MISS {key}: {item!r} in {text!r} spans={[text[s:e] for s, e, _ in spans]}")


def removed_words(sentences: Iterable[tuple[str, str]], verbose: bool) -> dict[str, list[int]]:
    """``{language: [words inside a span, words]}`` of ``(language, text)`` clean sentences; ``verbose``
    prints each removed word (made-up probe data only)."""
    removed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for language, text in sentences:
        spans = spans_of(text)
        for word in _WORD.finditer(text):
            inside = any(s <= word.start() < e for s, e, _ in spans)
            removed[language][0] += inside
            removed[language][1] += 1
            if verbose and inside:
                print(f"REMOVED {language}: {word.group()!r} in {text!r}")
    return removed


def ratios(table: dict[str, list[int]]) -> str:
    total = [sum(v[0] for v in table.values()), sum(v[1] for v in table.values())]
    return " ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(table.items())) + f" | all {total[0]}/{total[1]}"

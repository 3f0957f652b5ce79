"""The anonymiser's configuration, taken from settings once and passed to every worker, and the analysis
a worker returns: both pickle across a process pool, so this module stays light (the app process
unpickles results without importing Presidio or spaCy)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

MAX_TEXT_LENGTH = 1_000_000
"""spaCy ``max_length``: well above the 100,000-character content limit (docs/pipeline.md § Anonymisation)."""


Span = tuple[int, int, str]
ExecutorKind = Literal["thread", "process"]


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """Spans of one text (``(start, end, entity_type)``, ordered, non-overlapping) and its route."""

    spans: tuple[Span, ...]
    language: str


@dataclass(frozen=True, slots=True)
class EngineConfig:
    languages: tuple[str, ...]
    models: tuple[tuple[str, str], ...]
    fallback_language: str
    score_threshold: float
    allow_list: tuple[str, ...]
    phone_regions: tuple[str, ...]
    batch_size: int
    workers: int
    executor: ExecutorKind = "thread"

    @classmethod
    def from_settings(cls, settings: Any) -> "EngineConfig":
        """From :class:`shared_code.settings.Settings` (``ANONYMIZER_*``)."""
        models = tuple((str(lang).lower(), str(name)) for lang, name in settings.anonymizer_models.items())
        fallback = str(settings.anonymizer_fallback_ner_language).lower()
        executor, workers = choose_executor(settings.anonymizer_executor, int(settings.anonymizer_workers))
        languages = tuple(dict.fromkeys([*(str(l).lower() for l in settings.anonymizer_languages),
                                         *(lang for lang, _ in models), fallback]))
        return cls(
            languages=languages,
            models=models,
            fallback_language=fallback,
            score_threshold=float(settings.anonymizer_score_threshold),
            allow_list=tuple(settings.anonymizer_allow_list),
            phone_regions=tuple(str(r).upper() for r in settings.anonymizer_phone_regions),
            batch_size=int(settings.anonymizer_batch_size),
            workers=workers,
            executor=executor,
        )

    @property
    def model_map(self) -> dict[str, str]:
        return dict(self.models)


def choose_executor(setting: str, workers: int, cpus: float | None = None) -> tuple[ExecutorKind, int]:
    """``ANONYMIZER_EXECUTOR`` and ``ANONYMIZER_WORKERS`` as run. ``auto`` (the default) is one worker process
    when this process may use two CPUs or more (it loads the anonymiser on one core while the app imports
    LiteLLM on the other: the first answer comes ~40 % sooner), and threads on one CPU, where a second
    interpreter would only add memory and IPC (docs/performance.md)."""
    if setting != "auto":
        return ("process" if setting == "process" else "thread"), workers
    return ("process", 1) if (usable_cpus() if cpus is None else cpus) >= 2 else ("thread", workers)


def usable_cpus(cgroup: Path = Path("/sys/fs/cgroup")) -> float:
    """CPUs this process may use: its affinity, capped by a cgroup CPU quota (v2 ``cpu.max``, v1
    ``cpu.cfs_quota_us``), as containers such as a Flex Consumption instance set it."""
    count = float(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    for quota_file, period_file in (("cpu.max", None), ("cpu/cpu.cfs_quota_us", "cpu/cpu.cfs_period_us")):
        try:
            fields = (cgroup / quota_file).read_text().split()
            quota, period = fields[0], (fields[1] if period_file is None else (cgroup / period_file).read_text().strip())
            if quota not in ("max", "-1"):
                return min(count, int(quota) / int(period))
        except (OSError, ValueError, IndexError, ZeroDivisionError):
            continue
    return count

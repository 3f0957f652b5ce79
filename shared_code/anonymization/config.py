"""The anonymiser's configuration, taken from settings once and passed to every worker, and the analysis
a worker returns: both pickle across a process pool, so this module stays light (the app process
unpickles results without importing Presidio or spaCy)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_TEXT_LENGTH = 1_000_000
"""spaCy ``max_length``: well above the 100,000-character content limit (docs/pipeline.md § Anonymisation)."""


Span = tuple[int, int, str]


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

    @classmethod
    def from_settings(cls, settings: Any) -> "EngineConfig":
        """From :class:`shared_code.settings.Settings` (``ANONYMIZER_*``)."""
        models = tuple((str(lang).lower(), str(name)) for lang, name in settings.anonymizer_models.items())
        fallback = str(settings.anonymizer_fallback_ner_language).lower()
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
            workers=int(settings.anonymizer_workers),
        )

    @property
    def model_map(self) -> dict[str, str]:
        return dict(self.models)

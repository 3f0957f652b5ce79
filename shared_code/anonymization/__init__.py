"""Anonymisation adapter over Presidio and spaCy (docs/pipeline.md § Anonymisation).

Importing this package is light: Presidio, spaCy and py3langid are imported inside the executor when the
engine is first built. Use :func:`build_anonymizer`; the result implements
:class:`shared_code.ports.Anonymizer`.

Modules: ``batch`` (the port implementation: spans per text), ``worker`` (per-process engine),
``engine`` (Presidio), ``nlp`` (lean spaCy engine), ``language`` (script and language routing),
``recognizers`` (the recogniser set), ``phone`` and ``person`` (custom recognisers), ``cues`` (their
vocabulary), ``particles`` (the one name-particle table), ``spans`` (plausibility and overlaps),
``propagation`` (other occurrences of a detected value), ``config``.
"""

from __future__ import annotations

from typing import Any, Optional

from shared_code.anonymization.batch import PresidioAnonymizer
from shared_code.anonymization.config import EngineConfig, ExecutorKind

__all__ = ["EngineConfig", "ExecutorKind", "PresidioAnonymizer", "build_anonymizer"]


def build_anonymizer(settings: Optional[Any] = None, *, executor: Optional[ExecutorKind] = None) -> PresidioAnonymizer:
    """The process-wide anonymiser from ``ANONYMIZER_*`` settings; nothing is loaded until first use."""
    if settings is None:
        from shared_code.settings import get_settings

        settings = get_settings()
    return PresidioAnonymizer(EngineConfig.from_settings(settings), executor=executor)

"""Anonymisation adapter over Presidio and spaCy (pipeline.md §11).

Importing this package is light: Presidio, spaCy and lingua are imported inside the executor when the
engine is first built. Use :func:`build_anonymizer`; the result implements
:class:`shared_code.ports.Anonymizer`.

Modules: ``batch`` (the port implementation), ``worker`` (per-process engine), ``engine`` (Presidio),
``nlp`` (lean spaCy engine), ``language`` (script and language routing), ``recognizers`` (the recogniser
set), ``phone`` and ``person`` (custom recognisers), ``cues`` (their vocabulary), ``spans`` (overlaps and
propagation), ``config``.
"""

from __future__ import annotations

from typing import Any, Optional

from shared_code.anonymization.batch import ExecutorKind, PresidioAnonymizer
from shared_code.anonymization.config import EngineConfig

DEFAULT_EXECUTOR: ExecutorKind = "process"
"""Chosen by measurement on 2 cores (docs/anonymization.md): a process pool whose workers fork from a
forkserver holding the built engine is about twice as fast as threads (the GIL) at ~1.5x the memory."""

__all__ = ["DEFAULT_EXECUTOR", "EngineConfig", "PresidioAnonymizer", "build_anonymizer"]


def build_anonymizer(settings: Optional[Any] = None, *, executor: Optional[ExecutorKind] = None) -> PresidioAnonymizer:
    """The process-wide anonymiser from ``ANONYMIZER_*`` settings; nothing is loaded until first use."""
    if settings is None:
        from shared_code.settings import get_settings

        settings = get_settings()
    return PresidioAnonymizer(EngineConfig.from_settings(settings), executor=executor or DEFAULT_EXECUTOR)

"""The anonymiser the composition root wires in (implements :class:`shared_code.ports.Anonymizer`)."""

from __future__ import annotations

from typing import Any, Optional

from shared_code.anonymization.batch import PresidioAnonymizer
from shared_code.anonymization.config import EngineConfig, ExecutorKind


def build_anonymizer(settings: Optional[Any] = None, *, executor: Optional[ExecutorKind] = None) -> PresidioAnonymizer:
    """The process-wide anonymiser from ``ANONYMIZER_*`` settings; nothing is loaded until first use."""
    if settings is None:
        from shared_code.settings import get_settings

        settings = get_settings()
    return PresidioAnonymizer(EngineConfig.from_settings(settings), executor=executor)

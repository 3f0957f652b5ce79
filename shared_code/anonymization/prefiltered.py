"""The shape our one-type pattern recognisers share (:mod:`cards`, :mod:`iban`, :mod:`spelled_email`).

Each finds one entity type: a cheap prefilter pattern first (most feedback holds no card, IBAN or
spelled-out address, and the prefilter answers that in one scan), then :meth:`PrefilteredRecognizer.spans`
for the exact spans, each reported with the class's score.
"""

from __future__ import annotations

from typing import Iterable, List, Optional

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult

from shared_code.anonymization.result import recognizer_result


class PrefilteredRecognizer(LocalRecognizer):
    """Subclasses set ``ENTITY``, ``NAME``, ``SCORE`` and ``PREFILTER`` and implement :meth:`spans`."""

    ENTITY: str
    NAME: str
    SCORE: float
    PREFILTER: regex.Pattern[str]

    def __init__(self, supported_language: str = "en", name: Optional[str] = None) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name=name or self.NAME)

    def load(self) -> None:  # patterns are module constants
        pass

    def analyze(self, text: str, entities: List[str], nlp_artifacts: Optional[object] = None) -> List[RecognizerResult]:
        if self.ENTITY not in entities or not self.PREFILTER.search(text):
            return []
        return [recognizer_result(self, self.ENTITY, start, end, self.SCORE) for start, end in self.spans(text)]

    def spans(self, text: str) -> Iterable[tuple[int, int]]:
        """The ``(start, end)`` of every entity in ``text``, which the prefilter matched."""
        raise NotImplementedError

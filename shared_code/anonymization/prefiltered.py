"""What the structured-type recognisers share: a cheap prefilter before the real search, and the shape of
our own one-type recognisers.

:class:`Prefiltered` skips a recogniser when a cheap test shows its pattern cannot match (most texts have
no '@', no IBAN-like token, no run of twelve digits); results are identical, analysis is faster. It serves
Presidio's pattern recognisers (:mod:`recognizers`) and ours (:mod:`cards`, :mod:`iban`,
:mod:`spelled_email`), which are :class:`SpanRecognizer`: one entity type, its exact spans from
:meth:`SpanRecognizer.spans`, each reported with the class's score.
"""

from __future__ import annotations

import re
from typing import Iterable, List, Optional, Union

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult

from shared_code.anonymization.result import recognizer_result


class Prefiltered:
    """A mixin placed before the recogniser class: ``PREFILTER`` must find something for the recogniser to run."""

    PREFILTER: Union[re.Pattern[str], regex.Pattern[str]]

    def analyze(
        self, text: str, entities: List[str], nlp_artifacts: Optional[object] = None, regex_flags: Optional[int] = None
    ) -> List[RecognizerResult]:
        if not self.PREFILTER.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)  # type: ignore[misc]


class SpanRecognizer(LocalRecognizer):
    """Subclasses set ``ENTITY``, ``NAME`` and ``SCORE`` and implement :meth:`spans`."""

    ENTITY: str
    NAME: str
    SCORE: float

    def __init__(self, supported_language: str = "en", name: Optional[str] = None) -> None:
        super().__init__(supported_entities=[self.ENTITY], supported_language=supported_language,
                         name=name or self.NAME)

    def load(self) -> None:  # patterns are module constants
        pass

    def analyze(
        self, text: str, entities: List[str], nlp_artifacts: Optional[object] = None, regex_flags: Optional[int] = None
    ) -> List[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        return [recognizer_result(self, self.ENTITY, start, end, self.SCORE) for start, end in self.spans(text)]

    def spans(self, text: str) -> Iterable[tuple[int, int]]:
        """The ``(start, end)`` of every entity in ``text``."""
        raise NotImplementedError

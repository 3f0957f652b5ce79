"""The one way our custom recognisers build a Presidio ``RecognizerResult``."""

from __future__ import annotations

from typing import Any


def recognizer_result(recognizer: Any, entity_type: str, start: int, end: int, score: float):
    from presidio_analyzer import RecognizerResult

    return RecognizerResult(
        entity_type=entity_type,
        start=start,
        end=end,
        score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )

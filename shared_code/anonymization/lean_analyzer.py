"""Presidio's ``AnalyzerEngine`` without its context enhancement, whose work we never use.

Our recognisers weigh their own context (cue phrases, :mod:`person`, :mod:`phone`), so Presidio's lemma
context enhancement is off: :meth:`LeanAnalyzerEngine._enhance_using_context` calls neither the context
enhancer (nor its per-call deep copy) nor the per-recogniser hooks, which no recogniser of ours or
Presidio's predefined ones overrides; it only puts the results in recogniser order, as Presidio's loop
leaves them. :mod:`nlp` skips the keywords that only the enhancement reads.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerResult

_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


class LeanAnalyzerEngine(AnalyzerEngine):
    """``AnalyzerEngine`` whose context step only orders the results by recogniser (module docstring)."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001
        order = {recognizer.id: index for index, recognizer in enumerate(recognizers)}
        return sorted((r for r in raw_results if r.recognition_metadata[_ID] in order),
                      key=lambda r: order[r.recognition_metadata[_ID]])

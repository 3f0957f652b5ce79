"""Presidio's ``AnalyzerEngine`` without its context enhancement, whose work we never use.

Our recognisers weigh their own context (cue phrases, :mod:`person`, :mod:`phone`), so Presidio's lemma
context enhancement is off: :class:`NoContextEnhancer` returns the results as they are (and skips the
enhancer's per-call deep copy), and :meth:`LeanAnalyzerEngine._enhance_using_context` skips the
per-recogniser hooks, which no recogniser of ours or Presidio's predefined ones overrides: it only puts the
results in recogniser order, as Presidio's loop leaves them. :mod:`nlp` skips the keywords that only the
enhancement reads.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


class NoContextEnhancer(ContextAwareEnhancer):
    """A context enhancer that changes nothing."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0, context_prefix_count=0,
                         context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001
        return raw_results


class LeanAnalyzerEngine(AnalyzerEngine):
    """``AnalyzerEngine`` whose context step only orders the results by recogniser (module docstring)."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001
        order = {recognizer.id: index for index, recognizer in enumerate(recognizers)}
        return sorted((r for r in raw_results if r.recognition_metadata[_ID] in order),
                      key=lambda r: order[r.recognition_metadata[_ID]])

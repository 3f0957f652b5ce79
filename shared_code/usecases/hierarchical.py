"""analyze-bulk ``mode: hierarchical`` (docs/pipeline.md § analyze-bulk hierarchical): the factory the composition root calls.

Public API:

- :func:`build_hierarchical` ``(llm, anonymizer, settings, *, grouper=None)`` → a
  :class:`HierarchicalEngine`, awaited as ``engine(records, prompt, language, trends, deadline=…)``
  and returning an :class:`~shared_code.usecases.analyze.AnalysisOutcome` (restored synthesis with
  PERSON placeholders kept, no disclaimer; ``quality_score`` None; ``confidence`` and the docs/pipeline.md § analyze-bulk hierarchical
  ``uncertainty_explanation``).
- :class:`Grouper`: ``(texts, weights) -> list[list[int]]``, the theme-grouping port. The default
  comes from :mod:`shared_code.grouping` (TF-IDF + KMeans, scikit-learn), injected by the composition
  root so that use cases never import an adapter.

The parts: :mod:`~shared_code.usecases.hierarchical_chunking` (ordering, token costs, chunks),
:mod:`~shared_code.usecases.hierarchical_reduce` (tree-reduce planning and levels),
:mod:`~shared_code.usecases.hierarchical_gate` (per-request slot cap),
:mod:`~shared_code.usecases.hierarchical_report` (confidence, explanation sentences) and
:mod:`~shared_code.usecases.hierarchical_engine` (the run).
"""

from __future__ import annotations

from shared_code.ports import Anonymizer, LLMClient
from shared_code.settings import Settings
from shared_code.usecases.hierarchical_engine import Grouper, HierarchicalEngine

__all__ = ["Grouper", "HierarchicalEngine", "build_hierarchical"]


def build_hierarchical(llm: LLMClient, anonymizer: Anonymizer, settings: Settings, *,
                       grouper: Grouper) -> HierarchicalEngine:
    """The hierarchical engine over the process's LLM client, anonymiser and theme grouper (the
    composition root passes the method named by ``ANALYZE_GROUPING_METHOD``)."""
    return HierarchicalEngine(llm, anonymizer, settings, grouper)

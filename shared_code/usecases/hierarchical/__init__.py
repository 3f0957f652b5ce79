"""analyze-bulk ``mode: hierarchical`` (docs/pipeline.md § analyze-bulk hierarchical), a small package:

- :mod:`.planning`: token costs, theme grouping (the :class:`~shared_code.ports.Grouper` port), date
  order, chunks;
- :mod:`.scheduling`: the per-request slot gate and the map / chunk-judge calls under the deadline
  milestones;
- :mod:`.reduce`: the tree reduce;
- :mod:`.report`: the outcome, confidence and explanation sentences;
- :mod:`.engine`: one request's run, step by step, and its log line.

:func:`build_hierarchical` ``(llm, anonymizer, settings, *, grouper)`` gives the
:class:`~shared_code.ports.HierarchicalAnalysis` that ``AnalyzeBulk`` calls as
``engine(records, prompt, language, trends)``; the composition root passes the grouper (the
:mod:`shared_code.grouping` adapter), so use cases never import an adapter.
"""

from __future__ import annotations

from shared_code.ports import Anonymizer, Grouper, LLMClient
from shared_code.settings import Settings
from shared_code.usecases.hierarchical.engine import HierarchicalEngine

__all__ = ["HierarchicalEngine", "build_hierarchical"]


def build_hierarchical(llm: LLMClient, anonymizer: Anonymizer, settings: Settings, *,
                       grouper: Grouper) -> HierarchicalEngine:
    """The hierarchical engine over the process's LLM client, anonymiser and theme grouper (the
    composition root passes the method named by ``ANALYZE_GROUPING_METHOD``)."""
    return HierarchicalEngine(llm, anonymizer, settings, grouper)

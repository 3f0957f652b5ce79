"""Hierarchical analysis, step 11 and the report (docs/pipeline.md § analyze-bulk hierarchical): the restored
synthesis, confidence and the fixed ``uncertainty_explanation`` sentences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from shared_code.domain.pseudonyms import KEEP_PERSON, PlaceholderRegistry, restore
from shared_code.ports import AnalysisOutcome

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.usecases.hierarchical.scheduling import ChunkState


@dataclass(frozen=True, slots=True)
class JudgedChunk:
    score: float  # the judge's quality_score
    faithfulness: float
    records: int


def confidence(judged: Sequence[JudgedChunk]) -> float | None:
    """Σ(score × records) / Σ(records) over judged chunks, rounded to 4 decimals; None if none."""
    weight = sum(j.records for j in judged)
    if not judged or weight == 0:
        return None
    return round(sum(j.score * j.records for j in judged) / weight, 4)


def explanation(total_chunks: int, judged: Sequence[JudgedChunk], unanalysed_chunks: int,
                unanalysed_records: int, anonymization_failed: int = 0) -> str:
    """The docs/pipeline.md § analyze-bulk hierarchical sentences: judged coverage (or its absence), then unanalysed chunks when any."""
    n, j = total_chunks, len(judged)
    if j:
        excluded = n - j
        x = f" ({excluded} chunk(s) excluded: judge failed, timed out or skipped)" if excluded > 0 else ""
        lowest = min(c.faithfulness for c in judged)
        text = (f"Leaf-judged confidence is a coverage-weighted mean over {j} of {n} chunk(s){x}; "
                f"the lowest single-chunk faithfulness was {lowest:.2f}.")
    else:
        text = (f"Confidence unavailable: none of the {n} chunk(s) could be leaf-judged "
                "(all judge calls failed, timed out or were skipped).")
    if unanalysed_chunks > 0:
        text += f" {unanalysed_chunks} of {n} chunk(s) ({unanalysed_records} record(s)) could not be analysed."
    if anonymization_failed > 0:
        text += f" {anonymization_failed} record(s) were left out because anonymisation failed."
    return text


def outcome(final: str, states: Sequence["ChunkState"], registry: PlaceholderRegistry,
            anonymization_failed: int) -> AnalysisOutcome:
    """The request's outcome from the final synthesis and the chunk states."""
    judged = [JudgedChunk(st.verdict.quality_score(), st.verdict.faithfulness, st.chunk.size)
              for st in states if st.verdict is not None]
    unanalysed = [st for st in states if st.map != "ok"]
    text = explanation(len(states), judged, len(unanalysed), sum(st.chunk.size for st in unanalysed),
                       anonymization_failed)
    return AnalysisOutcome(text=restore(final, registry, keep_types=KEEP_PERSON).strip(), quality_score=None,
                           uncertainty_explanation=text, confidence=confidence(judged))

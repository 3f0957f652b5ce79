"""Coding-framework helpers for assign-codes (docs/pipeline.md § assign-codes): leaf paths, scoring, rendering."""

from __future__ import annotations

from dataclasses import dataclass, field

from shared_code.domain.models import AssignedCode, CodeNode
from shared_code.domain.pseudonyms import escape_text

Path = tuple[CodeNode, ...]


def leaf_paths(roots: list[CodeNode]) -> list[Path]:
    out: list[Path] = []

    def walk(node: CodeNode, prefix: Path) -> None:
        path = prefix + (node,)
        if not node.children:
            out.append(path)
        for child in node.children:
            walk(child, path)

    for root in roots:
        walk(root, ())
    return out


def render_paths(paths: list[Path]) -> str:
    return "\n".join(f"P{i}: " + " > ".join(escape_text(n.name) for n in p) for i, p in enumerate(paths, 1))


def path_key(path: Path) -> tuple[str, ...]:
    return tuple(n.id for n in path)


@dataclass(slots=True)
class Candidate:
    path: Path
    scores: list[float]
    explanations: list[str] = field(default_factory=list)

    @property
    def aggregate(self) -> float:
        return min(self.scores) if self.scores else 0.0


def fit_scores(values: list[float], length: int) -> list[float]:
    """Exactly ``length`` scores in [0, 1]: truncate, or pad with the lowest given (0.0 if none)."""
    clipped = [min(1.0, max(0.0, float(v))) for v in values[:length]]
    pad = min(clipped) if clipped else 0.0
    return clipped + [pad] * (length - len(clipped))


def finalise(candidates: list[Candidate], *, max_codes: int, threshold: float | None) -> list[Candidate]:
    kept = [c for c in candidates if threshold is None or all(s >= threshold for s in c.scores)]
    kept.sort(key=lambda c: c.aggregate, reverse=True)  # stable: ties keep selection order
    seen, out = set(), []
    for c in kept:
        key = path_key(c.path)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out[:max_codes]


def explanation_text(candidate: Candidate) -> str:
    parts = []
    for n, score in enumerate(candidate.scores, 1):
        text = candidate.explanations[n - 1] if n - 1 < len(candidate.explanations) else ""
        parts.append(f"Level {n} ({score:.2f}): {text.strip()}")
    return " ".join(parts)


def to_assigned(candidate: Candidate, explanation: str) -> AssignedCode:
    p, s = candidate.path, [round(v, 4) for v in candidate.scores]

    def at(i: int):
        return (p[i].id, p[i].name, s[i]) if i < len(p) else (None, None, None)

    (id1, n1, c1), (id2, n2, c2), (id3, n3, c3) = at(0), at(1), at(2)
    return AssignedCode(
        coding_level_1_id=id1, coding_level_1_name=n1, coding_level_2_id=id2, coding_level_2_name=n2,
        coding_level_3_id=id3, coding_level_3_name=n3, confidence_level_1=c1, confidence_level_2=c2,
        confidence_level_3=c3, confidence_aggregate=round(candidate.aggregate, 4), explanation=explanation,
    )

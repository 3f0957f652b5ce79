"""``pretty_output`` rendering (docs/api.md § pretty_output): the only field EspoCRM's insight flow reads."""

from __future__ import annotations

from shared_code.domain.output_language import Labels

RULE = "-" * 60
_DOTS = ((0.9, "●●●●●"), (0.7, "●●●●○"), (0.5, "●●●○○"), (0.3, "●●○○○"), (0.1, "●○○○○"))


def quality_dots(score: float) -> str:
    for floor, dots in _DOTS:
        if score >= floor:
            return dots
    return "○○○○○"


def _line(label: str, value: str) -> str:
    return f"{label + ':':<16}{value}"


def render_pretty(
    labels: Labels,
    *,
    title: str,
    text: str,
    quality_score: float | None,
    feedback_id: str | None = None,
    ids: list[str] | None = None,
) -> str:
    lines = []
    if feedback_id is not None:
        lines.append(_line("Feedback-ID", feedback_id))
    if ids is not None:
        lines.append(_line("IDs", ", ".join(ids)))
    if quality_score is not None:
        lines.append(_line(labels.quality, f"{quality_dots(quality_score)} {round(quality_score * 100)}%"))
    lines.append(_line(labels.title, title))
    lines.append(f"{labels.summary}:")
    lines.append(text)
    lines.append(RULE)
    return "\n".join(lines)

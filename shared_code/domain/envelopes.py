"""User-message envelopes (docs/pipeline.md § Prompt envelope): untrusted data inside fixed tags.

Inputs are already envelope-ready: anonymised texts come back from the anonymiser with ``&``, ``<``
and ``>`` escaped around literal placeholders. Only the ``id`` attribute needs ``"`` escaped on top.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class EnvelopeRecord:
    """One record as the model sees it: every string already anonymised and escaped."""

    id: str
    text: str
    metadata: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    index: int = 0  # position in the request, for mapping results back


def attr(value: str) -> str:
    return value.replace('"', "&quot;")


def record_xml(record: EnvelopeRecord, *, with_id: bool = True, with_metadata: bool = True, indent: str = "  ") -> str:
    open_tag = f'<feedback_record id="{attr(record.id)}">' if with_id else "<feedback_record>"
    lines = [f"{indent}{open_tag}", f"{indent}  <text>{record.text}</text>"]
    if with_metadata and record.metadata:
        lines.append(f"{indent}  <metadata>")
        lines.extend(f"{indent}    {name}={value}" for name, value in record.metadata)
        lines.append(f"{indent}  </metadata>")
    lines.append(f"{indent}</feedback_record>")
    return "\n".join(lines)


def records_xml(records: list[EnvelopeRecord], *, with_id: bool = True, with_metadata: bool = True) -> str:
    body = "\n".join(record_xml(r, with_id=with_id, with_metadata=with_metadata) for r in records)
    return f"<feedback_records>\n{body}\n</feedback_records>"


def instruction_xml(prompt: str) -> str:
    return f"<analyst_instruction>\n{prompt}\n</analyst_instruction>"


def analyze_user_message(prompt: str, records: list[EnvelopeRecord]) -> str:
    return f"{instruction_xml(prompt)}\n\n{records_xml(records)}"


def tagged(tag: str, content: str) -> str:
    return f"<{tag}>\n{content}\n</{tag}>"

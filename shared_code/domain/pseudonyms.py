"""Request-scoped placeholders for personal data (docs/pipeline.md § Prompt envelope, § Anonymisation).

Pure Python: no adapter library is imported here.

- :class:`PlaceholderRegistry` maps ``(entity type, normalised value)`` to ``<TYPE_n>``, numbered per type
  from 0 in order of first occurrence. One registry per request; never global.
- :func:`render_anonymized` builds the envelope-ready text of one text from its detected spans: text
  outside them goes through :func:`escape_text`, placeholders are inserted literally
  (:mod:`shared_code.domain.anonymized` renders a whole batch).
- :func:`restore` / :func:`restore_model` put the original values back into model output, tolerating the
  mangled forms models produce (``[PERSON_1]``, ``PERSON_1``, ``<Person 1>``, ``< PERSON_1 >``,
  ``{PERSON_1}``); :func:`canonicalize` only normalises them to ``<PERSON_1>``.
- :func:`escape_preserving_placeholders` prepares model output for embedding in a later prompt.

Nothing here logs; ``repr(registry)`` shows counts only, never values.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Iterable, Sequence, TypeVar

from pydantic import BaseModel

__all__ = [
    "KEEP_NONE",
    "KEEP_PERSON",
    "PlaceholderEntry",
    "PlaceholderRegistry",
    "canonicalize",
    "escape_preserving_placeholders",
    "escape_text",
    "is_entity_type",
    "normalize_value",
    "render_anonymized",
    "restore",
    "restore_model",
]

KEEP_NONE: frozenset[str] = frozenset()
"""Restore policy: every type is restored (summarize, summarize-bulk, detect-sensitive, assign-codes)."""

KEEP_PERSON: frozenset[str] = frozenset({"PERSON"})
"""Restore policy of analyze-bulk: PERSON placeholders stay (canonical), every other type is restored."""

M = TypeVar("M", bound=BaseModel)

_ENTITY_TYPE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*")
_CANONICAL = re.compile(r"<([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)_(\d+)>")
_PAIRS = {"<": ">", "&lt;": "&gt;", "[": "]", "{": "}"}


def normalize_value(value: str) -> str:
    """The registry key of a value: NFC, case-folded, whitespace runs collapsed to one space, trimmed."""
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFC", value).casefold())
    return " ".join(folded.split())


def is_entity_type(name: str) -> bool:
    """Whether ``name`` can name placeholders: upper-case words joined by ``_`` (``PHONE_NUMBER``)."""
    return bool(_ENTITY_TYPE.fullmatch(name))


def escape_text(text: str) -> str:
    """Escape text for a prompt envelope: ``&`` first, then ``<`` and ``>``. Apostrophes and quotes stay."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True, slots=True)
class PlaceholderEntry:
    entity_type: str
    index: int
    original: str

    @property
    def placeholder(self) -> str:
        return f"<{self.entity_type}_{self.index}>"

    def __repr__(self) -> str:  # never show the value
        return f"PlaceholderEntry({self.placeholder})"


class PlaceholderRegistry:
    """Placeholders of one request. Not thread-safe: used from the request's event loop only."""

    __slots__ = ("_by_key", "_by_ref", "_counts", "_pattern", "_pattern_types")

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], PlaceholderEntry] = {}
        self._by_ref: dict[tuple[str, int], PlaceholderEntry] = {}
        self._counts: dict[str, int] = {}
        self._pattern: re.Pattern[str] | None = None
        self._pattern_types: frozenset[str] = frozenset()

    def placeholder_for(self, entity_type: str, value: str) -> str:
        """The placeholder of ``value``, assigning the next number of its type on first occurrence."""
        if not is_entity_type(entity_type):
            raise ValueError("entity type must be upper-case words joined by '_'")
        key = (entity_type, normalize_value(value))
        if not key[1]:
            raise ValueError("an empty value has no placeholder")
        entry = self._by_key.get(key)
        if entry is None:
            index = self._counts.get(entity_type, 0)
            entry = PlaceholderEntry(entity_type, index, value)
            self._counts[entity_type] = index + 1
            self._by_key[key] = entry
            self._by_ref[(entity_type, index)] = entry
        return entry.placeholder

    def get(self, entity_type: str, value: str) -> str | None:
        """The placeholder already assigned to ``value``, or None."""
        entry = self._by_key.get((entity_type, normalize_value(value)))
        return entry.placeholder if entry else None

    def entry(self, entity_type: str, index: int) -> PlaceholderEntry | None:
        return self._by_ref.get((entity_type, index))

    def original(self, entity_type: str, index: int) -> str | None:
        """The first spelling seen of placeholder ``<entity_type_index>``, or None."""
        entry = self._by_ref.get((entity_type, index))
        return entry.original if entry else None

    def entries(self) -> list[PlaceholderEntry]:
        """All entries in assignment order."""
        return list(self._by_key.values())

    def counts(self) -> dict[str, int]:
        """Number of placeholders per entity type."""
        return dict(self._counts)

    @property
    def entity_types(self) -> frozenset[str]:
        return frozenset(self._counts)

    def __contains__(self, placeholder: object) -> bool:
        if not isinstance(placeholder, str):
            return False
        match = _CANONICAL.fullmatch(placeholder)
        return bool(match) and (match.group(1), int(match.group(2))) in self._by_ref

    def __len__(self) -> int:
        return len(self._by_ref)

    def __bool__(self) -> bool:  # a registry is a request object, truthy even when still empty
        return True

    def __repr__(self) -> str:
        return f"PlaceholderRegistry(entries={len(self)}, types={sorted(self._counts)})"

    def mangled_pattern(self) -> re.Pattern[str] | None:
        """Regex matching canonical and mangled forms of this registry's types (None when empty)."""
        types = self.entity_types
        if not types:
            return None
        if self._pattern is None or self._pattern_types != types:
            self._pattern = _compile_mangled(types)
            self._pattern_types = types
        return self._pattern


def _compile_mangled(types: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(t.replace("_", "[_ ]") for t in sorted(types, key=len, reverse=True))
    return re.compile(
        r"(?P<open>&lt;\s*|<\s*|\[\s*|\{\s*)?"
        rf"(?<!\w)(?P<type>{alternatives})(?P<sep>[_ ])(?P<num>\d+)(?!\w)"
        r"(?P<close>\s*&gt;|\s*>|\s*\]|\s*\})?",
        re.IGNORECASE,
    )


def _rewrite(text: str, registry: PlaceholderRegistry, replacement: Callable[[PlaceholderEntry], str]) -> str:
    """Replace every registry placeholder form in ``text`` by ``replacement(entry)`` in one pass."""
    pattern = registry.mangled_pattern()
    if pattern is None or not text:
        return text

    def substitute(match: re.Match[str]) -> str:
        raw_type = match.group("type")
        entity_type = raw_type.upper().replace(" ", "_")
        entry = registry.entry(entity_type, int(match.group("num")))
        if entry is None:
            return match.group(0)
        opening, closing = match.group("open") or "", match.group("close") or ""
        if opening and closing and _PAIRS[opening.strip()] == closing.strip():
            return replacement(entry)
        if " " in raw_type or match.group("sep") == " ":
            return match.group(0)  # bare "Person 1" is ordinary prose, not a placeholder
        return opening + replacement(entry) + closing

    return pattern.sub(substitute, text)


def restore(text: str, registry: PlaceholderRegistry, *, keep_types: frozenset[str] = KEEP_NONE) -> str:
    """Put original values back; placeholders of ``keep_types`` stay, normalised to ``<TYPE_n>``.

    Only ``(type, n)`` pairs present in the registry are touched; anything else stays as written.
    """
    return _rewrite(
        text, registry, lambda e: e.placeholder if e.entity_type in keep_types else e.original
    )


def canonicalize(text: str, registry: PlaceholderRegistry) -> str:
    """Normalise mangled forms of registry placeholders to canonical ``<TYPE_n>``."""
    return _rewrite(text, registry, lambda e: e.placeholder)


def escape_preserving_placeholders(text: str, registry: PlaceholderRegistry) -> str:
    """Model output for a later prompt: canonicalise, then escape everything but registry placeholders."""
    canonical = canonicalize(text, registry)
    parts: list[str] = []
    last = 0
    for match in _CANONICAL.finditer(canonical):
        if registry.entry(match.group(1), int(match.group(2))) is None:
            continue
        parts.append(escape_text(canonical[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(escape_text(canonical[last:]))
    return "".join(parts)


def render_anonymized(text: str, spans: Sequence[tuple[int, int, str]], registry: PlaceholderRegistry) -> str:
    """Envelope-ready anonymised text: escaped text between spans, a registry placeholder per span.

    ``spans`` are ``(start, end, entity_type)`` in ascending order and must not overlap. The restore
    value is the raw span text. Placeholders are assigned left to right.
    """
    parts: list[str] = []
    last = 0
    for start, end, entity_type in spans:
        if start < last or end <= start or end > len(text):
            raise ValueError("spans must be ordered, non-empty, non-overlapping and inside the text")
        parts.append(escape_text(text[last:start]))
        parts.append(registry.placeholder_for(entity_type, text[start:end]))
        last = end
    parts.append(escape_text(text[last:]))
    return "".join(parts)


def restore_model(model: M, registry: PlaceholderRegistry, *, keep_types: frozenset[str] = KEEP_NONE) -> M:
    """A copy of ``model`` with :func:`restore` applied to every string field, nested ones included."""
    return _restore_value(model, lambda s: restore(s, registry, keep_types=keep_types))


def _restore_value(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, BaseModel):
        names = list(type(value).model_fields) + list(value.model_extra or {})
        return value.model_copy(update={name: _restore_value(getattr(value, name), fn) for name in names})
    if isinstance(value, list):
        return [_restore_value(item, fn) for item in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_restore_value(item, fn) for item in value)
    if isinstance(value, dict):
        return {key: _restore_value(item, fn) for key, item in value.items()}
    return value

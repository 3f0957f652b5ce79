"""Input normalisation (docs/pipeline.md § Input normalisation) and the empty-content rule (docs/api.md § Empty content)."""

from __future__ import annotations

import re
import unicodedata

_BIDI = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_RUN = re.compile(r"(.)\1{32,}", re.DOTALL)
_MAX_RUN = 32


def normalise(text: str) -> str:
    """Strip control characters except newline and tab, unify line ends, drop bidi overrides and
    isolates, and collapse any run of one character longer than 32 to 32."""
    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_BIDI)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return _RUN.sub(lambda m: m.group(1) * _MAX_RUN, text)


def is_empty(content: str | None) -> bool:
    """True when ``content`` has nothing but Unicode whitespace and control/format characters."""
    if not content:
        return True
    for ch in content:
        if ch.isspace():
            continue
        if unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        return False
    return True

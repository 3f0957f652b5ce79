"""EMAIL_ADDRESS written out to dodge spam filters: ``ahmed.k at yahoo dot com``, ``karim[at]gmail[dot]com``,
``omar (at) posteo (dot) de``, ``juan arroba hotmail punto es``.

It reaches the LLM as readable as the real address, so it counts as one. A candidate is a local part, an
"at" (the word ``at``/``arroba``/``arobase`` between spaces, ``@`` between spaces, or ``at``/``@`` in
brackets) and a domain whose labels are joined by dots or by the word ``dot`` (``punto``, ``point``,
``punkt``, ``nokta``, ``kropka``) between spaces or in brackets. It is an address when the domain ends in a
known public suffix (offline, as the e-mail recogniser checks it) and the text is not ordinary prose:
a spelled or bracketed dot, a bracketed at, or a local part with a dot, digit, ``_`` or ``+``
(``we were at school.Today`` stays: ``today`` is a top-level domain).
"""

from __future__ import annotations

from typing import Iterable, Optional

import regex

from shared_code.anonymization.prefiltered import Prefiltered, SpanRecognizer

SCORE = 0.85
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
_AT_WORD = rf"(?:\s*{_OPEN}\s*(?:at|@)\s*{_CLOSE}\s*|\s+(?:at|arroba|arobase|@)\s+)"
_DOT_WORD = rf"(?:\s*{_OPEN}\s*(?:dot|\.)\s*{_CLOSE}\s*|\s+(?:dot|punto|point|punkt|nokta|kropka)\s+)"
_DOT = rf"(?:{_DOT_WORD}|\.)"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}+)"
_CANDIDATE = regex.compile(
    rf"(?<![\w.+\-@])(?P<local>[A-Za-z0-9_+\-]++(?:{_DOT}[A-Za-z0-9_+\-]++)*+)(?P<at>{_AT_WORD})"
    rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL})++)(?![\w\-])",
    regex.IGNORECASE,
)
_PREFILTER = regex.compile(rf"{_OPEN}\s*(?:at|@)\s*{_CLOSE}|\s(?:at|arroba|arobase|@)\s", regex.IGNORECASE)
_SPELLED_DOT = regex.compile(_DOT_WORD, regex.IGNORECASE)
_BRACKETED = regex.compile(_OPEN)
_UNUSUAL_LOCAL = regex.compile(r"[._+\d]")


def spelled_address(local: str, at: str, domain: str) -> Optional[str]:
    """The address ``local@domain`` the parts spell (dot words made dots), when it is one (module docstring)."""
    import tldextract

    if not (_SPELLED_DOT.search(local + domain) or _BRACKETED.search(at) or _UNUSUAL_LOCAL.search(local)):
        return None
    plain_domain = _SPELLED_DOT.sub(".", domain).lower()
    if tldextract.extract(plain_domain).suffix == "":
        return None
    return _SPELLED_DOT.sub(".", local) + "@" + plain_domain


class SpelledEmailRecognizer(Prefiltered, SpanRecognizer):
    """EMAIL_ADDRESS written with ``at`` and ``dot`` words or brackets (see the module docstring)."""

    ENTITY, NAME, SCORE, PREFILTER = "EMAIL_ADDRESS", "QfaSpelledEmail", SCORE, _PREFILTER

    def spans(self, text: str) -> Iterable[tuple[int, int]]:
        return [m.span() for m in _CANDIDATE.finditer(text) if spelled_address(m["local"], m["at"], m["domain"])]

"""Saints' names are no person, and a saint's name after a church word is no place (clean-text
over-redaction; a pure function, read by :mod:`engine` on the resolved spans).

Feedback names parishes, churches, schools and camps after saints (``la Parroquia San José``, ``Parohia
Sfântul Iosif``, ``Parafii Świętego Józefa``, ``Parokia ya Mtakatifu Yosefu``, ``Церква Святого
Миколая``): the name rules read the saint's given name as a person, the place rules ``São José`` or
``Saint-Joseph`` as the town. Nobody is called Saint Joseph, but ``San José`` is a town and ``Santo``,
``Santa`` are given names too, so a saint word (``San``, ``Santa``, ``São``, ``Saint``, ``Sfântul``,
``Świętego``, ``Mtakatifu``, ``Святого`` …) followed by a given name or an unknown word counts only inside
a PERSON span after stop words and ordinary words of the text's apparent language (``Padre de la
Parroquia San José``), or at the start of a PERSON or LOCATION span right after a church, parish, school
or hospital word (``Parafii Świętego Józefa``, ``Igreja de São José``); a span that starts after the saint
word counts when the church word stands before it (``Церква Святого [Миколая]``). ``vivo en San José``
and ``Santo Rossi`` stay.
"""

from __future__ import annotations

import regex

from shared_code.anonymization.lexicon import FIRST, get_lexicon, normalise
from shared_code.anonymization.spans import PARTICLES, LanguageRules
from shared_code.anonymization.span_types import NAME_PART

SAINT_WORDS = frozenset(
    "san santa santo são sao saint sainte st ste sankt sint sfântul sfânta sfantul sfanta sfinții święty "
    "świętego świętej świętych święta mtakatifu святого святої святий свята святих".split())
"""The word before a saint's name in the served languages (Polish in its case forms)."""
_SAINT = regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{'|'.join(sorted(SAINT_WORDS, key=len, reverse=True))})"
                       r"(?![\p{L}\p{M}])")
"""A saint word anywhere: the cheap test before a span's words are read."""
_SAINT_BEFORE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{'|'.join(sorted(SAINT_WORDS, key=len, reverse=True))})[ \t]+$")
"""A saint word right before a span that starts after it."""
_CHURCH = regex.compile(
    r"(?i:parroquia|par[óo]quia|paroisse|parrocchia|parohia|parafi[ai]|parokia|parish|iglesia|igreja|[ée]glise"
    r"|kanisa(?:[ \t]+katoliki)?|церква|церкви|храм|собор|colegio|col[ée]gio|coll[èe]ge|liceo|comedor|hogar"
    r"|chiesa|biserica|ko[śs]ci[óo][łl]\p{L}*|kanisa|kilise\p{L}*|church|capilla|capela|chapelle|cappella"
    r"|escuela|escola|[ée]cole|scuola|școala|szko[łl]\p{L}*|shule|hospital|ospedale|h[ôo]pital|spitalul|szpital\p{L}*)"
    r"[ \t]+(?:(?:de|del|da|do|di|ya|la|of|du|des|dei|della|lui)[ \t]+)?$")


def saint_span(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """``text[start:end]`` is a saint's name after a church word, or a PERSON span of ordinary words
    ending in one (module docstring)."""
    if entity_type not in ("PERSON", "LOCATION"):
        return False
    before = _SAINT_BEFORE.search(text, max(0, start - 24), start)
    if before and _CHURCH.search(text, max(0, before.start() - 40), before.start()):
        return _given_name(text[start:end].split()[0])  # the span after the saint word (Святого [Миколая])
    if not _SAINT.search(text, start, end):
        return False
    words = [m for m in NAME_PART.finditer(text, start, end) if m.group() not in "-'’"]
    parts = [p for w in words for p in w.group().split("-") if p]
    saint = next((i for i, part in enumerate(parts) if part.casefold() in SAINT_WORDS), None)
    if saint is None or saint + 1 >= len(parts) or not _given_name(parts[saint + 1]):
        return False
    if saint == 0:
        return entity_type in ("PERSON", "LOCATION") and bool(_CHURCH.search(text, max(0, start - 40), start))
    language = rules.apparent_language(text)
    return entity_type == "PERSON" and all(
        p.casefold() in PARTICLES or p.casefold() in rules.stop_words
        or (language > 0 and (rules.ordinary(p) | rules.ordinary_form(p, language)) & language)
        for p in parts[:saint])

def _given_name(word: str) -> bool:
    """The word after a saint word is a saint's name: a lexicon given name or a word it does not know
    (``Yosefu``); not a surname only (``Santo Rossi``: Santo is a given name too)."""
    flags = get_lexicon().flags(normalise(word))
    return bool(flags & FIRST) or not flags

"""A German surname that is also a German noun (``Koch``, cook; ``Weber``, weaver; ``Vogel``, bird),
standing alone (read by the lexicon recogniser, :mod:`names`, through :mod:`lone_surnames`).

German capitalises every noun, so a capital says nothing there; but a singular count noun takes an
article or a determiner (``mit dem Koch``, ``beim Bauer``), and popular surnames that are nouns are
count nouns (``Strom``, ``Post``, mass nouns that go bare, are rarely surnames). A popular surname of
the lexicon that is an ordinary German word is a surname when it stands bare:

- right after a preposition that takes a person (``laut``, ``mit``, ``von``, ``bei``, ``für``, ``an``,
  ``gegenüber``) and before punctuation, the end or a lower-case word (``Mit Koch gesprochen``,
  ``Telefonat mit Seidel:``, ``Die Tochter von Weber geht``; not ``mit Koch Löffeln``);
- right after a verb of speaking or asking in second place and before a lower-case word that is no
  article (``Gestern rief Wolf zweimal an``; not ``Heute kam Post``: mass nouns go bare after ``kam``).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.lexicon import LAST_POPULAR, PLACE
from shared_code.anonymization.name_words import Word

PERSON_PREPOSITIONS = frozenset({"laut", "mit", "von", "bei", "für", "an", "gegenüber", "Laut", "Mit", "Von",
                                 "Bei", "Für", "An", "Gegenüber"})
SPEAKING_VERBS = frozenset({
    "rief", "ruft", "sagte", "sagt", "meint", "meinte", "fragte", "fragt", "bat", "bittet", "erzählte",
    "erzählt", "schrieb", "schreibt", "meldete", "meldet", "beschwerte", "beschwert", "telefonierte",
})
"""Third-person singular verbs of speaking and asking in a clause's second place: a person does these,
while ``kam``, ``hat`` take mass nouns bare too (``Heute kam Post``)."""
_GAP = regex.compile(r"[ \t]+")
_AFTER = regex.compile(r"[ \t]*(?:[.,;:!?)]|$)|[ \t]+\p{Ll}")
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"})


def noun_surname(text: str, words: list[Word], index: int, weak: int) -> list[Word]:
    """``[words[index]]`` when it is a bare German noun-surname (see the module docstring), else [].
    ``weak``: German's weak bit."""
    word = words[index]
    if not index or not word.upper or word.text.isupper() or not word.flags & LAST_POPULAR \
            or not word.flags & weak or word.flags & PLACE:
        return []
    before = words[index - 1]
    if not _GAP.fullmatch(text, before.end, word.start) or not _AFTER.match(text, word.end):
        return []
    after = words[index + 1] if index + 1 < len(words) else None
    if before.text in PERSON_PREPOSITIONS:
        return [word]
    bare = after is not None and after.text not in _ARTICLES and _GAP.fullmatch(text, word.end, after.start)
    return [word] if before.text in SPEAKING_VERBS and bare else []

"""Name particles: the lower-case words allowed inside a person's or a place's name (``van der``,
``de la``, ``bin``, ``al``). The one table every recogniser and span rule reads (data only).

Each particle says in which languages it is one: those that write nouns in lower case (the default), and
those that capitalise nouns (the German and Dutch routes), where ``der``, ``den``, ``des`` and ``das``
are articles (``Hans der Bäcker`` is no name) and only ``vom``/``zur`` are added. Per-language person
cue lists (:mod:`shared_code.anonymization.cues`) may still name their own subset.
"""

from __future__ import annotations

_TABLE: dict[str, tuple[bool, bool]] = {  # particle: (lower-case-noun languages, noun-capitalising ones)
    # Germanic
    "van": (True, True), "von": (True, True), "zu": (True, True), "ter": (True, True), "ten": (True, True),
    "vom": (False, True), "zur": (False, True), "der": (True, False), "den": (True, False),
    # Romance
    "de": (True, True), "du": (True, False), "des": (True, False), "del": (True, False),
    "della": (True, False), "delle": (True, False), "dello": (True, False), "dei": (True, False),
    "degli": (True, False), "di": (True, False), "lo": (True, False), "dal": (True, False), "dalla": (True, False), "da": (True, False), "das": (True, False),
    "dos": (True, False), "do": (True, False), "la": (True, False), "le": (True, False),
    "los": (True, False), "las": (True, False),
    # conjunctions of Spanish and Portuguese double surnames: never inside a place name (PLACE_PARTICLES)
    "y": (True, False), "e": (True, False),
    # Arabic and Hebrew patronymics and articles
    "al": (True, True), "el": (True, True), "bin": (True, True), "ben": (True, True), "ibn": (True, True),
}

PARTICLES: tuple[str, ...] = tuple(p for p, (lower_case_nouns, _) in _TABLE.items() if lower_case_nouns)
"""The name particles of every language that writes nouns in lower case (the default), lower case."""

PARTICLE_SET: frozenset[str] = frozenset(PARTICLES)

PLACE_PARTICLES: tuple[str, ...] = tuple(p for p in PARTICLES if p not in ("y", "e"))
"""Particles inside a place name (``Santa Cruz de la Sierra``): between two place names a conjunction
joins two places (``Bari e Giulia``), which must not become one LOCATION span."""

NOUN_LANGUAGE_PARTICLES: frozenset[str] = frozenset(p for p, (_, capitalised_nouns) in _TABLE.items() if capitalised_nouns)
"""The name particles of languages that capitalise nouns."""

PARTICLE_ARTICLES: tuple[str, ...] = ("la", "las", "los", "le", "les", "el", "der", "den")
"""Articles that may follow a particle inside a place name (``de los``)."""

PLACE_NAME_WORDS: tuple[str, ...] = (
    "do", "da", "dos", "das", "de", "del", "della", "dello", "delle", "dei", "degli", "di", "du", "des", "la", "le",
    "las", "los", "el", "sur", "sul", "sulla", "lès", "in", "am", "an", "im", "der", "den", "upon", "on", "en", "aan",
    "op", "van", "ter", "ten")
"""Lower-case words inside a multi-word place name, as the place cues read them: place particles plus
the prepositions that only place names hold (``Santiago do Cacém``, ``San Sebastián de los Reyes``,
``Frankfurt am Main``, ``San Giovanni in Persiceto``); an article may follow one (``de los``). No
conjunctions: ``Savon et Couvertures`` is two things."""

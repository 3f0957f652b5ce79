"""From recogniser results to the final, non-overlapping spans of one text (pure functions).

1. NER spans are checked for plausibility (``plausible_ner``): leading/trailing lower-case words,
   punctuation and stop words are trimmed; what is left must be capitalised words (particles inside);
   for languages without their own model a one-word span at a sentence start is dropped (the English
   model tags sentence-initial Spanish, Dutch or German words as names), and a one-word PERSON must
   be a word the lexicon knows (``Agua`` is not a name); in
   noun-capitalising languages a span after a lower-case word must hold a lexicon name
   (``LanguageRules.known_name``); a one-word all-caps span must be a lexicon word (``ACNUR`` is an
   acronym); a capitalised phrase after an article is no person (``la Oficina de Registro``); a span of
   ordinary words of one language is a common-noun phrase (``Water, Soap and Blankets``,
   ``LanguageRules.ordinary``). An ORGANIZATION span is not personal data and is dropped unless it
   is a mislabelled place (after a place preposition) or holds a lexicon name (``organisation``).
2. Allow-listed terms are removed.
3. Overlaps: among exact recognisers (patterns with checksums or strict formats, name cues) the larger,
   then higher-scoring span wins (an e-mail beats the URL inside it). NER edges are fuzzy, so an NER
   span is cut around exact spans instead of swallowing or losing to them (``Hope Farah (hope@x.org``
   becomes PERSON ``Hope Farah`` and EMAIL ``hope@x.org``); an NER span overlapping a cue span of its own
   type is merged with it, one of another type is cut around it. Remaining NER spans: larger, then
   higher-scoring wins.
4. Propagation (``propagation.py``): every other occurrence in the same text of a detected name, place or organisation, and
   of each word of a detected person's name (``Priya Banda`` … ``ask for Priya``), gets the same type.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

import regex

from shared_code.anonymization.common_words import in_item_list, plural_noun, plural_of_ordinary
from shared_code.anonymization.facility_names import common_noun
from shared_code.anonymization.particles import NOUN_LANGUAGE_PARTICLES
from shared_code.anonymization.particles import PARTICLE_SET as PARTICLES
from shared_code.anonymization.span_types import (NAME_PART, OF_PREPOSITIONS, Candidate, LanguageRules, acronym, plain_head,
                                                  content_words, sentence_initial, span_words)

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}'’ʼ\-]+|[^\s]")
_PREVIOUS_WORD = regex.compile(r"(\S+)\s+$")
_TITLE_HEAD = regex.compile(r"(?<![\w'’-])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+(\S+)[ \t]+$")
_INVERTED_PRONOUN = regex.compile(r"-\p{Ll}")
_CAPITALISED = regex.compile(r"(?:\p{Lu}['’ʼ])?\p{Lu}[\p{L}\p{M}'’ʼ\-]*")


def noun_position(text: str, start: int, rules: LanguageRules, end: int | None = None) -> bool:
    """In a noun-capitalising language: the span follows a lower-case word that is not a place preposition
    (``die Wasserstelle``, ``seit Stunden``) and holds no known name (``kam Loretta Fechner`` is a name in
    either word order), so it is a common noun, not a name."""
    if not rules.capitalises_nouns:
        return False
    if end is not None and any(rules.known_name(w) for w in span_words(text, start, end)):
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if previous is None:
        return False
    word = previous.group(1)
    if word.casefold() in rules.place_prepositions:
        return False
    return word[:1].islower() or word[:1].isdigit() or word.casefold() in rules.stop_words


def plausible_ner(text: str, span: Candidate, rules: LanguageRules) -> Candidate | None:
    """The trimmed NER span if it still looks like a proper name, else None (see the module docstring)."""
    tokens = [(m.start() + span.start, m.end() + span.start) for m in _TOKEN.finditer(text[span.start : span.end])]

    def weak(index: int, stop: frozenset[str] = rules.stop_words) -> bool:
        word = text[tokens[index][0] : tokens[index][1]]
        return not _CAPITALISED.fullmatch(word) or word.casefold() in stop

    while tokens and weak(0):
        tokens.pop(0)
    while tokens and weak(len(tokens) - 1, rules.non_names):  # "Ayşe Lang": a capitalised stop word may end a name
        tokens.pop()
    if not tokens:
        return None
    particles = NOUN_LANGUAGE_PARTICLES if rules.capitalises_nouns else PARTICLES
    for index in range(1, len(tokens) - 1):
        word = text[tokens[index][0] : tokens[index][1]]
        if weak(index) and word.casefold() not in particles and word not in "-'’":
            return None
    start, end = tokens[0][0], tokens[-1][1]
    if len(tokens) == 1 and (_label(text, start, end, rules) or (not rules.own_model and sentence_initial(text, start))):
        return None
    if not rules.own_model and span.entity_type == "PERSON" and len(tokens) == 1 and not rules.known_word(text[start:end]):
        return None
    if noun_position(text, start, rules, end) or _after_article(text, start, end, span.entity_type, rules):
        return None
    word = text[start:end]
    if len(tokens) == 1 and len(word) > 1 and word.isupper() and not rules.known_word(word):
        return None  # an acronym (ACNUR) or a shouted word (YEMEK), not a name or town the lexicon knows
    if _ordinary_phrase(text, start, end, span.entity_type, rules):
        return None
    return replace(span, start=start, end=end)


def _ordinary_phrase(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """Every word of the span is an ordinary word of one language, a particle or a stop word (``Mobile
    Clinic``, ``Jabón y Mantas``): no name. An organisation must be made of ordinary words of the text's
    apparent language (place names are often words of other languages: ``Sucre``), a place must be one
    such word (``Ciudad Real`` stays), an organisation right after a place preposition (read as a place
    there) must hold no lexicon word (``du Comité``), and a place right after a place preposition stays
    (``de Creuse``) unless it is an item (:func:`_item`). A person, or a place after a preposition, may be
    made of ordinary words of the apparent language read loosely, when one word is an inflected form of an
    ordinary word or the phrase has a :func:`span_types.plain_head` (and lexicon names marked weak there
    count: ``Czerwonego Krzyża``, ``Su Noktası``, ``Gezici Kütüphane``; not ``Kutlu Aslan``, a name); other
    places not (``Mazowieckie`` is a region), unless a plural listed with ordinary words (``Bidons et Moustiquaires``)."""
    words = [w for w in content_words(text, start, end) if w.casefold() not in rules.stop_words]
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    after_preposition = previous is not None and previous.group(1).casefold() in rules.place_prepositions
    shared = -1 if words else 0
    for word in words:
        shared &= rules.ordinary(word)
    if not shared and entity_type == "LOCATION" and len(words) == 1 and not after_preposition:
        apparent = rules.apparent_language(text)
        return not rules.known_word(words[0]) and plural_of_ordinary(words[0], rules.ordinary, apparent) \
            and in_item_list(text, start, end, lambda w: bool((rules.ordinary(w) | rules.ordinary_form(w, apparent))
                                                              & apparent))  # Hijyen Kitleri, Bidonlar ve …
    if words and not shared and (entity_type == "PERSON" or entity_type == "LOCATION" and after_preposition):
        language = rules.apparent_language(text)  # read loosely: needs a word that only its inflection hid
        forms = [0 if rules.ordinary(word) & language else rules.ordinary_form(word, language) for word in words]
        shared = language if any(forms) or plain_head(words, rules, language) else 0
        for word, form in zip(words, forms):
            shared &= rules.ordinary(word) | form | rules.weak_name(word, language)
    if entity_type == "PERSON" or not shared:
        return bool(shared)
    if entity_type == "LOCATION" and len(words) > 1:
        return False
    apparent = shared & rules.apparent_language(text)
    if after_preposition and entity_type == "ORGANIZATION":  # no place: ordinary words the NER calls an
        return bool(apparent) and not any(map(rules.known_word, words))  # organisation (du Comité)
    return bool(apparent) and (not after_preposition or _item(text, start, end, words[0], rules, apparent))


def _item(text: str, start: int, end: int, word: str, rules: LanguageRules, apparent: int) -> bool:
    """An ordinary word after a place preposition is an item, not a place, when the lexicon has it as no
    name or town that is not an ordinary word (:attr:`LanguageRules.proper_word`: ``du Riz`` is rice, ``de
    Creuse`` a département) and it is the plural of an ordinary word (``de Seaux``, ``de Bâches``) or listed
    with one (``du Savon, du Riz``)."""
    ordinary = lambda w: bool(rules.ordinary(w) & apparent)  # noqa: E731
    return not rules.proper_word(word) and (plural_of_ordinary(word, rules.ordinary, apparent)
                                            or in_item_list(text, start, end, ordinary)) \
        or not rules.known_word(word) and _qualifies_title(text, start, rules, apparent)


def _qualifies_title(text: str, start: int, rules: LanguageRules, apparent: int) -> bool:
    """The word at ``start`` follows ``de``/``di``/``du`` after a capitalised noun: inside a sentence, or at
    its start when the plural of an ordinary word (``Ateliers de Nutrition``; not ``Viemos de …``, a verb).
    An ordinary word there, unknown to the lexicon, qualifies a title, as in :mod:`place_prepositions`."""
    match = _TITLE_HEAD.search(text, max(0, start - 60), start)
    if match is None or match.group(2).casefold() not in OF_PREPOSITIONS:
        return False
    return not sentence_initial(text, match.start(1)) or plural_noun(match.group(1), rules.ordinary, apparent)


ARTICLES = frozenset({"the", "le", "la", "les", "l'", "l’", "un", "une", "el", "los", "las", "una", "uno", "unos",
                      "het", "een", "il", "lo", "gli", "um", "uma"})
"""Definite and indefinite articles of the Latin-script languages (not ``de``, ``a``, ``o``: also
prepositions or conjunctions elsewhere)."""


def _after_article(text: str, start: int, end: int, entity_type: str, rules: LanguageRules) -> bool:
    """A capitalised phrase after an article is a noun phrase or an organisation (``la Oficina de Registro``,
    ``het Rode Kruis``, ``L'Ufficio Registrazione``), not a person; nor a place unless the lexicon knows
    one of its words other than particles (``la Guajira`` stays). With a particle inside, its other words
    must also be ordinary words of the text's apparent language (``le Centre de Santé``, ``el Punto de
    Distribución``; ``le Pays de la Loire`` stays): particles are lexicon words (``de``, ``la``)."""
    before = text[max(0, start - 4) : start]
    elided = before[-2:].casefold() in ("l'", "l’") or text[start : start + 2] in ("L'", "L’", "l'", "l’")
    previous = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    if not elided and (previous is None or previous.group(1).casefold() not in ARTICLES):
        return False
    if entity_type != "LOCATION":
        return entity_type == "PERSON"
    words = span_words(text, start, end)
    content = [w for w in words if w.casefold() not in PARTICLES]
    if any(map(rules.known_word, content)):
        return False
    return len(content) == len(words) or all(rules.ordinary(w) & rules.apparent_language(text) for w in content)


def _label(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """A single word directly followed by a colon is a field label (``Coordonnées :``), unless a place
    preposition comes before it (``Complaint from Tipperary:``); or a verb with an inverted pronoun
    (``Pouvez-vous``)."""
    rest = text[end : end + 3]
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if previous is not None and previous.group(1).casefold() in rules.place_prepositions:
        return bool(_INVERTED_PRONOUN.match(rest))
    return rest.lstrip(" \u00a0").startswith(":") or bool(_INVERTED_PRONOUN.match(rest))


_TRAILING = ".,;:!?)]}'\"”’»"


def trim_pattern(text: str, span: Candidate) -> Candidate:
    """URLs and e-mail matches swallow a sentence's final punctuation (``…/verify.``): drop it."""
    end = span.end
    while end > span.start + 1 and text[end - 1] in _TRAILING and span.entity_type in ("URL", "EMAIL_ADDRESS"):
        end -= 1
    return span if end == span.end else replace(span, end=end)


def remove_allowed(text: str, spans: Iterable[Candidate], allowed: frozenset[str]) -> list[Candidate]:
    """Drop spans whose normalised text is an allow-listed term."""
    if not allowed:
        return list(spans)
    return [s for s in spans if " ".join(text[s.start : s.end].casefold().split()) not in allowed]


def _greedy(spans: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping subset: larger first, then higher score, then earlier."""
    chosen: list[Candidate] = []
    for span in sorted(spans, key=lambda s: (-s.length, -s.score, s.start)):
        if not any(span.overlaps(c) for c in chosen):
            chosen.append(span)
    return chosen


def _greedy_cut(text: str, spans: Iterable[Candidate], stop: frozenset[str]) -> list[Candidate]:
    """:func:`_greedy`, but a name or place that overlaps a chosen span without lying inside it keeps its
    words outside it (the place ``País Vasco`` against the name ``Vasco y Lugo`` keeps ``País``, which no
    span would cover), unless they are a lower-case stop word (``y``)."""
    chosen: list[Candidate] = []
    for span in sorted(spans, key=lambda s: (-s.length, -s.score, s.start)):
        blockers = [c for c in chosen if span.overlaps(c)]
        if blockers and span.entity_type not in ("PERSON", "LOCATION"):
            continue
        if not blockers:
            chosen.append(span)
        for piece in _cut(span, blockers) if blockers else ():
            words = list(NAME_PART.finditer(text, piece.start, piece.end))
            if words and (words[0].group()[:1].isupper() or " ".join(w.group() for w in words).casefold() not in stop):
                chosen.append(replace(piece, start=words[0].start(), end=words[-1].end()))
    return chosen


def _cut(span: Candidate, blockers: Sequence[Candidate]) -> list[Candidate]:
    """The parts of ``span`` outside every blocker."""
    pieces = [span]
    for blocker in blockers:
        next_pieces = []
        for piece in pieces:
            if not piece.overlaps(blocker):
                next_pieces.append(piece)
                continue
            if piece.start < blocker.start:
                next_pieces.append(replace(piece, end=blocker.start))
            if blocker.end < piece.end:
                next_pieces.append(replace(piece, start=blocker.end))
        pieces = next_pieces
    return pieces


def _plausible_pieces(
    text: str, spans: Iterable[Candidate], blockers: Sequence[Candidate], rules: LanguageRules
) -> list[Candidate]:
    pieces = []
    for span in spans:
        for piece in _cut(span, blockers):
            checked = plausible_ner(text, piece, rules)
            if checked is not None and checked.entity_type == "ORGANIZATION":
                checked = organisation(text, checked, rules)
            if checked is not None:
                pieces.append(checked)
    return pieces


def organisation(text: str, span: Candidate, rules: LanguageRules) -> Candidate | None:
    """An NER ORGANIZATION span is not personal data (aid agencies, programmes, and on the fallback model
    mostly capitalised nouns): dropped, unless it is a mislabelled place (right after a place preposition:
    ``in Doorn``, ``de Putumayo``; not an ordinary word, ``de Pain``) or holds a lexicon name (``intestatario Eugenia Mercantini``)
    that is no acronym."""
    previous = _PREVIOUS_WORD.search(text, max(0, span.start - 40), span.start)
    if previous is not None and previous.group(1).casefold() in rules.place_prepositions:
        return None if common_noun(text, span, rules) else replace(span, entity_type="LOCATION")
    if any(rules.known_name(word) and not acronym(word, text) for word in span_words(text, span.start, span.end)):
        return replace(span, entity_type="PERSON")
    return None


def resolve(text: str, candidates: Sequence[Candidate], rules: LanguageRules) -> list[Candidate]:
    """Non-overlapping spans from all candidates (steps 1 and 3 of the module docstring)."""
    exact = _greedy_cut(text, (trim_pattern(text, c) for c in candidates if c.source != "ner"), rules.stop_words)
    patterns = [c for c in exact if c.source != "cue"]
    cues = [c for c in exact if c.source == "cue"]
    ner = _plausible_pieces(text, (c for c in candidates if c.source == "ner"), patterns, rules)
    rest = []
    for piece in ner:
        hit = next((i for i, cue in enumerate(cues) if cue.overlaps(piece) and cue.entity_type == piece.entity_type), None)
        if piece.entity_type in ("PERSON", "LOCATION") and hit is not None:
            cue = cues[hit]
            cues[hit] = replace(cue, start=min(cue.start, piece.start), end=max(cue.end, piece.end))
        else:
            rest.append(piece)
    cues = _greedy_cut(text, cues, rules.stop_words)
    rest = _plausible_pieces(text, rest, cues, rules)
    return sorted(patterns + cues + _greedy(rest), key=lambda s: s.start)

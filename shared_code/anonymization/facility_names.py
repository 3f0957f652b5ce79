"""Names of facilities, services and agencies made of common words: no person, no place (clean-text
over-redaction; pure functions, read by :mod:`generic_spans` and :mod:`spans`; docs/anonymization.md §7).

- :func:`articled_noun`: in German, the one word between an article and a genitive ``of`` phrase is a
  noun (``Der [Pfleger der Gesundheitsstation]``): German names take no article.
- :func:`turkish_compound`: a Turkish possessive compound (izafet) of two ordinary nouns, the second with
  the possessive suffix ``-(s)ı/i/u/ü`` (``Koruma Masası``, ``Sağlık Ocağı``, ``Göç İdaresi``), that no name
  list holds as a name (but ``Evi``, a Greek given name: ``Bilgi Evi``), the first noun even a name that
  is a Turkish word (``Sevgi Evi``); a noun for a person's bearer is no head (``Deniz Abisi``); feasts and
  ordinary words the NER joins after it go with it (``Koruma Masası Bayram'dan``). A name stays: ``Ayşe
  Yılmaz``, ``Mehmet Demirci`` (a surname of the lexicon ending in -i).
- :func:`named_facility`: two words, a facility noun and an ordinary word of the text's language (``Hope
  Kitchen``, ``Grace House``, ``Centro Esperanza``): the name of a kitchen, a shelter or a centre. A given
  name beside another name stays (``Grace Atieno``), and so does a place of the gazetteer (``Casa Grande``).
- :func:`mixed_acronym`: a short acronym with a lower-case letter inside (``AzG``, Artsen zonder Grenzen;
  ``MdM``): agencies write their acronyms so, towns do not.
- :func:`common_noun`: one ordinary word of the text's language after a place preposition that the
  gazetteer holds as no town, even a weak one (``in Doorn`` stays), and the lexicon as no name other than
  weak (``de Pain``, bread): not a place when the NER calls it an organisation.
Word lists: general vocabulary of the served languages, no place or name lists.
"""

from __future__ import annotations

import regex

from shared_code.anonymization.calendar_words import calendar_word
from shared_code.anonymization.common_words import get_common_words, language_bit
from shared_code.anonymization.kinship import TURKISH_PERSON_NOUNS
from shared_code.anonymization.lexicon import FIRST, LAST, MINOR_PLACE, PLACE, get_lexicon, normalise
from shared_code.anonymization.span_types import Candidate, LanguageRules

GERMAN_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer".split())
_TOKEN = regex.compile(r"[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*")
_PREVIOUS = regex.compile(r"([\p{L}\p{M}]+)[ \t]+$")


def articled_noun(text: str, start: int, lead: list[str], rules: LanguageRules) -> bool:
    """``lead`` (a span's words before its ``of`` word, the span starting at ``start``) is one word, no given
    name, after a German article in the span or right before it (module docstring)."""
    if not rules.capitalises_nouns:
        return False
    if lead and lead[0].casefold() in GERMAN_ARTICLES:
        lead = lead[1:]
    else:
        previous = _PREVIOUS.search(text, max(0, start - 20), start)
        if previous is None or previous.group(1).casefold() not in GERMAN_ARTICLES:
            return False
    return len(lead) == 1 and not get_lexicon().flags(normalise(lead[0])) & FIRST


_TURKISH = language_bit("tr")
_POSSESSIVE = regex.compile(r"(\p{L}{2,}(?:s[ıiuü]|[ıiuü]))(?:['’]n\p{Ll}{0,5})?")
"""A noun with the third-person possessive suffix, and the case ending after its pronominal ``n``
(``Ocağı'nda``, ``İdaresi'ne``)."""
_CASE = regex.compile(r"['’]\p{Ll}{1,5}$")
_HEADS_NAMED_ABROAD = frozenset({"evi"})
"""Heads of Turkish compounds that the lexicon holds as a given name of another country and the common-word
list lacks: ``Evi`` (its house; a Greek name), the head of ``Bilgi Evi``, ``Misafir Evi``, ``Şefkat Evi``."""


def _turkish_word(word: str, rules: LanguageRules) -> bool:
    """An ordinary Turkish word that the lexicon holds as no name, or as a name only weak in Turkish."""
    flags = get_lexicon().flags(normalise(word))
    return bool(rules.ordinary(word) & _TURKISH or rules.ordinary_form(word, _TURKISH)) \
        and (not flags & (FIRST | LAST | PLACE) or bool(rules.weak_name(word, _TURKISH)))


def _modifier(word: str, rules: LanguageRules) -> bool:
    """A compound's first noun: an ordinary Turkish word, or a name the lexicon marks as one that the
    common-word list holds (``Sevgi Evi``, the Love House; ``Umut Çadırı``): a person's house would take the
    genitive (``Sevgi'nin evi``). A name that is no Turkish word stays (``Ayşe Evi'ne``)."""
    return _turkish_word(word, rules) or bool(get_common_words().flags(word) & _TURKISH and rules.weak_name(word, _TURKISH))


def _head(word: str, rules: LanguageRules) -> bool:
    """A compound's head (its possessive suffix on): an ordinary Turkish word that no name list holds as a
    name, or one of :data:`_HEADS_NAMED_ABROAD`; never a noun for a person's bearer (``Abisi``)."""
    if word.casefold().startswith(TURKISH_PERSON_NOUNS):
        return False
    key = normalise(word)
    return key in _HEADS_NAMED_ABROAD or not get_lexicon().flags(key) & (FIRST | LAST | PLACE) and _turkish_word(word, rules)


def turkish_compound(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A span that starts with a Turkish possessive compound of two ordinary nouns (module docstring)."""
    words = _TOKEN.findall(text, span.start, span.end)
    if span.entity_type not in ("PERSON", "LOCATION") or len(words) < 2 \
            or not rules.apparent_language(text) & _TURKISH:
        return False
    head = _POSSESSIVE.fullmatch(words[1])
    if head is None or not _modifier(words[0], rules) or not _head(head.group(1), rules):
        return False
    rest = [_CASE.sub("", w) for w in words[2:]]
    return all(calendar_word(w, _TURKISH) or _turkish_word(w, rules)
               and not get_lexicon().flags(normalise(w)) & FIRST for w in rest)


FACILITY_HEADS = frozenset(
    "kitchen house clinic centre center shelter hostel pantry refuge cuisine maison foyer clinique abri "
    "casa centro cocina comedor hogar refugio albergue clínica cozinha lar abrigo clinica cucina mensa rifugio "
    "keuken huis kliniek centrum küche haus klinik zentrum".split())
"""Facility nouns that head the name of a soup kitchen, a shelter or a centre (en fr es pt it nl de)."""


def named_facility(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """Two words: a facility noun and an ordinary word of the text's language (module docstring)."""
    words = _TOKEN.findall(text, span.start, span.end)
    if span.entity_type not in ("PERSON", "LOCATION") or len(words) != 2 \
            or not any(w.casefold() in FACILITY_HEADS for w in words):
        return False
    language = rules.apparent_language(text)
    other = words[1] if words[0].casefold() in FACILITY_HEADS else words[0]
    whole = "_".join(normalise(w) for w in words)
    return language > 0 and not other.isupper() and not rules.proper_word(other) \
        and not get_lexicon().place_flags(whole) & (PLACE | MINOR_PLACE) \
        and bool(rules.ordinary(other) & language or rules.weak_name(other, language))


_MIXED_ACRONYM = regex.compile(r"(?=\p{L}{2,5}$)\p{Lu}+(?:\p{Ll}\p{Lu}+)+")


def mixed_acronym(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A LOCATION that is a short acronym with a lower-case letter between capitals (module docstring)."""
    return span.entity_type == "LOCATION" and _MIXED_ACRONYM.fullmatch(text[span.start:span.end]) is not None


def common_noun(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """One ordinary word of the text's apparent language, no town nor name of the lexicon but weak ones
    (module docstring)."""
    words = _TOKEN.findall(text, span.start, span.end)
    return len(words) == 1 and not rules.proper_word(words[0]) \
        and not get_lexicon().place_flags(normalise(words[0])) & (PLACE | MINOR_PLACE) \
        and bool(rules.ordinary(words[0]) & rules.apparent_language(text))

"""Names told by the shape of their words where no list knows them, read by the lexicon recogniser
(:mod:`names`).

- **Arabic**: a feminine given name ends in ``ة`` (``يمينة``, ``فتيحة``), and Maghreb family names are
  nisbas without the article (``عثماني``, ``زروقي``), diminutives in ``-وش`` (``حمادوش``) or start
  with ``بو`` (``بوشامة``). After a noun in
  ``ة`` a nisba adjective agrees with it (``مساعدة غذائية``, food aid), so a word in ``-ة`` followed by a
  word in ``-ي`` without the article is no noun and its adjective: it is a given name and a family name
  (``مع يمينة عثماني``). A ``-ي`` word may also be a noun with the possessive ``-ي`` (my): ``بطاقتي``
  (``-تي``), short nouns (``زوجي``), and broken plurals (``أولادي``, initial ``أ``/``ا``) are left alone.
  A given name followed by ``عبد`` and a word is a name with its father's ``عبد`` compound (``حسن عبد
  الله المصري``: ``الله`` alone is a stop word, which cut the name after ``عبد``), with a family name
  with the article after it; a kunya, ``أبو``/``أم`` (father/mother of) before a given name, is part
  of the name (``أم محمود``: the cues read ``أم`` as a title and left it out), with the word after the
  given name when the lexicon does not know it, as a name run takes it. A word with the article that
  is no ordinary Arabic word (:func:`arabic_places.ordinary_arabic`; unknown to the lexicon or a
  surname there), or a lexicon surname that is no given name nor an ordinary word there (``لجين
  الروسان``), or a word in the clan plural *faʿālila* (``الطراونة``, ``الكساسبة``), after a given name
  is its family name (``أريج المشاقبة``, ``مؤيد الطراونة``: a rarer given name before article words
  was read as a noun phrase; ``نبراس المشاولة``; ``شروق الشمس``, sunrise, stays: ``الشمس`` is a
  given name too), and a nisba with the article after a word that is neither
  a name nor an ordinary word is one too (``أناهيد الزيدانية``): a noun phrase would be made of
  ordinary words (``شروق الشمس``, sunrise; ``وزارة التربية``).
- **Polish case forms**: Polish inflects given names after prepositions and verbs (``z Grzegorzem``,
  ``dla Katarzyny``, ``o Zofii``) and the lexicon holds nominatives only. Inside a sentence, a
  capitalised word that the lexicon does not know and no list but the Polish one has (wordfreq counts
  the case forms of names as words), one of whose nominatives (:func:`inflection.nominatives`) is a
  popular given name of the lexicon that is no ordinary Polish word, is that name, with a capitalised
  unknown word right after it (its surname in the same case; not ``z Panią Dyrektor``: ``pania`` is a
  rare name).
- **Languages that capitalise nouns** (German): after a lower-case word, a capitalised word that no list
  knows and that is no compound of an ordinary word of the language (``Essensausgabe``: ``ausgabe``),
  right before a capitalised word the lexicon does not know, is a given name with its surname (``hat
  Gundolf Trüb angerufen``: ``trüb``, cloudy, is an ordinary word; ``hat Essensausgabe Verspätung`` stays);
  so are two such words in a shouted text (``RUFEN SIE GUNDOLF TRÜB ZURÜCK``), where case tells nothing.
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.arabic_places import ordinary_arabic
from shared_code.anonymization.common_words import CommonWords, language_bit
from shared_code.anonymization.inflection import nominatives
from shared_code.anonymization.lexicon import FIRST, FIRST_POPULAR, LAST, Lexicon, normalise, weak_bit
from shared_code.anonymization.name_words import Word, adjacent, with_article
from shared_code.anonymization.spans import sentence_initial

_FAMILY_MIN = 5
"""Letters of a family name told by its shape (``زوجي``, my husband, has four)."""
_POLISH, _POLISH_WEAK = language_bit("pl"), weak_bit("pl")
_CASE_FORM_MIN = 4
_COMPOUND_HEAD = 3
_COMPOUND_PART = 4


def arabic_feminine_pair(text: str, words: list[Word], index: int, stop: frozenset[str], weak: int) -> list[Word]:
    """``words[index]`` and the next word when they are a feminine given name in ``ة`` and a family name
    of a Maghreb shape (see the module docstring), else []."""
    part = words[index : index + 2]
    if len(part) < 2 or not all(w.arabic for w in part) or not adjacent(text, part[0], part[1]):
        return []
    given, family = part
    key, family_key = normalise(given.text), normalise(family.text)
    if not given.text.endswith("ة") or with_article(given.text) or key in stop or len(key) < 4 \
            or given.flags & weak or given.flags and not given.flags & FIRST:
        return []
    if with_article(family.text) or family_key in stop or len(family_key) < _FAMILY_MIN \
            or family.flags & weak or family.flags and not family.flags & LAST or family_key[:1] in "اوف":
        return []
    nisba = family.text.endswith("ي") and not family.text.endswith("تي") or family.text.endswith("وش")
    bou = family_key.startswith("بو") and not family.text.endswith("ية")
    return part if nisba or bou else []


_CLAN_PLURAL = regex.compile(r"ال\p{Arabic}{2}ا\p{Arabic}{2}ة$")
"""The *faʿālila* plural of a Jordanian or Palestinian clan (``الطراونة``, ``الخوالدة``)."""
_KUNYA = frozenset({"ام", "ابو"})
"""``أم``/``أبو`` as lexicon keys (mother/father of)."""


def arabic_compound_name(text: str, words: list[Word], index: int, stop: frozenset[str], weak: int) -> list[Word]:
    """``words[index]`` and the words of its name when it is a given name before an ``عبد`` compound or a
    kunya before a given name (see the module docstring), else []."""
    part = words[index : index + 3]
    if len(part) < 2 or not all(w.arabic for w in part) or not all(adjacent(text, a, b) for a, b in zip(part, part[1:])):
        return []
    key, second = normalise(part[0].text), normalise(part[1].text)
    if key in _KUNYA and part[1].flags & FIRST and not part[1].flags & weak and not with_article(part[1].text):
        after = part[2] if len(part) > 2 else None
        unknown = after is not None and not after.flags and normalise(after.text) not in stop \
            and not with_article(after.text) and after.text[:1] not in "وف"
        return part if unknown else part[:2]
    if len(part) < 3 or second != "عبد" or not part[0].flags & FIRST or part[0].flags & weak \
            or with_article(part[0].text) or key in stop or key.startswith("لل"):
        return []
    end = index + 3
    if end < len(words) and words[end].arabic and adjacent(text, words[end - 1], words[end]) \
            and with_article(words[end].text) and words[end].flags & LAST and not words[end].flags & weak:
        end += 1
    return words[index:end]


def arabic_rare_family(text: str, words: list[Word], index: int, stop: frozenset[str], weak: int) -> list[Word]:
    """``words[index]`` and the next word when they are a given name (or a word no list knows) and a
    family name with the article that is no ordinary word (see the module docstring), else []."""
    part = words[index : index + 2]
    if len(part) < 2 or not all(w.arabic for w in part) or not adjacent(text, part[0], part[1]):
        return []
    given, family = part
    key, family_key = normalise(given.text), normalise(family.text)
    if with_article(given.text) or key in stop or given.text[:1] in "وف" and not given.flags or len(key) < 3 \
            or not family_key.startswith("ال") or family_key in stop \
            or family.flags and (not family.flags & LAST or family.flags & (FIRST | weak)):
        return []
    if given.flags & FIRST and not given.flags & weak \
            and (not ordinary_arabic(family_key) or family.flags & LAST or _CLAN_PLURAL.match(family.text)):
        return part
    nisba = family.text.endswith(("ي", "ية")) and not family.flags
    return part if nisba and not given.flags and not ordinary_arabic(key) else []


def polish_case_name(text: str, words: list[Word], index: int, lexicon: Lexicon,
                     unknown: Callable[[Word], bool]) -> list[Word]:
    """``words[index]`` (and an unknown capitalised word after it) when it is a Polish case form of a
    lexicon given name (see the module docstring), else []."""
    word = words[index]
    if not word.latin or not word.upper or word.text.isupper() or word.flags or word.common & ~_POLISH \
            or len(word.text) < _CASE_FORM_MIN or sentence_initial(text, word.start):
        return []
    if not any(lexicon.flags(k) & FIRST_POPULAR and not lexicon.flags(k) & _POLISH_WEAK
               for k in nominatives(normalise(word.text))):
        return []
    after = words[index + 1] if index + 1 < len(words) else None
    if after and after.upper and not after.text.isupper() and unknown(after) and adjacent(text, word, after):
        return [word, after]
    return [word]


def noun_language_pair(text: str, words: list[Word], index: int, unseen: Callable[[Word], bool],
                       unknown: Callable[[Word], bool], common: CommonWords, own_bit: int,
                       prepositions: frozenset[str]) -> list[Word]:
    """In a language that capitalises nouns: ``words[index]`` and the next word when they are an unseen
    word and a capitalised word the lexicon does not know, after a lower-case word that is no place
    preposition (see the module docstring), or both all-caps in a shouted text, after any word but a
    place preposition (``BITTE RUFEN SIE GUNDOLF TRÜB ZURÜCK``), else []."""
    part = words[index : index + 2]
    if len(part) < 2 or index == 0 or not adjacent(text, part[0], part[1]):
        return []
    first, second = part
    before = words[index - 1]
    shouted = first.text.isupper() and second.text.isupper() and first.upper and second.upper
    if before.text.casefold() in prepositions or not text[before.end : first.start].isspace():
        return []
    if not shouted and (first.text.isupper() or second.text.isupper() or not second.upper
                        or sentence_initial(text, first.start) or not before.text[:1].islower()):
        return []
    if not unseen(first) or not unknown(second) or _compound(first.text, common, own_bit):
        return []
    return part


def _compound(word: str, common: CommonWords, own_bit: int) -> bool:
    """``word`` ends in an ordinary word of the language after a head of three letters or more
    (``Essensausgabe``, ``Hygienekits``)."""
    key = word.casefold()
    return any(common.flags(key[i:]) & own_bit for i in range(_COMPOUND_HEAD, len(key) - _COMPOUND_PART + 1))

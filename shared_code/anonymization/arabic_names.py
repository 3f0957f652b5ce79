"""Arabic readings for the lexicon recogniser's name rules (:mod:`names`), issue 12.

- **A noun and its predicate**: a run of two words whose first carries the article (``الشارع الرئيسي
  مليء``: ``الرئيسي مليء``; ``السلام عليكم``; ``والسعادة كلها``) is read as a name when the lexicon knows the
  first as a surname and not the second, as a family name and a rarer given name. Given names carry no
  article, so unless the first word is a popular given name (``الطاهر``, ``الهادي``), such a pair is a
  noun (or adjective) and the word after it: no name; so is the formula with ``لله`` (``الحمد لله``,
  thank God: ``لله`` is a lexicon name).
- **A clitic on a given name**: ``لمحمد`` (for Muhammad), ``بسعاد`` are lexicon keys of their own when some
  family name is spelled so (``لمحمد`` is a rare Maghreb surname, an ordinary word's weak entry); a
  popular given name under a one-letter clitic is that given name when the word as written is only a weak
  or rare family name.
- **After a relation noun** (``زوجي``, my husband; ``أخي``; ``جاري``), a word the lexicon has no name of
  is no name when it is a verb (:func:`verb_shape`: ``زوجي يعمل``, my husband works), a noun with a
  pronoun suffix (``ابني عمره``, ``جاري ساعدنا``) or a state (:data:`_STATES`: ``أخي مريض``, my brother
  is ill); a rarer name stays (``ابني مهيار``).
- **A verb is no family name**: a word the lexicon lacks after a given name joins it as a rarer family
  name (``أناهيد قعوار``), but not an ordinary word shaped as a verb: an imperfect (``ي``/``ت``/``ن`` and
  three letters more: ``شاهين تعيل``, ``عرفات تحتاج``) or a perfect with an object suffix
  (``موسى ساعدتنا``); a nisba in ``-ي`` is a family name's shape and stays (``تميمي``).
- **A preposition on a rarer given name**: an unknown word before a family name is its given name
  (``يمينة بوزيد``), and before a name that is a given name too (a father's name: ``سلاف عيسى``) when
  ``ب``/``ل`` is written on it (``اتصلوا بسلاف عيسى``): verbs, which also come before names, carry no
  such preposition.
- **God and his predicate**: after ``الله`` (God) opening a clause, an adjective or noun is what is said of
  God (``الله كريم``, God is generous; ``الله أكبر``; ``الله المستعان``), no one's name, although ``كريم`` and
  ``أكبر`` are given names (:func:`god_predicate`). A name ending in ``الله`` keeps the word after it
  (``عبد الله كريم``, ``نصر الله حسن``: ``الله`` does not open a clause there).
- **A noun with a pronoun suffix** (``عنوانه``, his address; ``بيتنا``, our house) is no given name before a
  family name: an unknown word there is read as one (``يمينة بوزيد``), so it must not end in ``ه``, ``ها``,
  ``هم``, ``نا``, ``كم`` after an ordinary Arabic stem.
"""

from __future__ import annotations

from shared_code.anonymization.arabic_places import ordinary_arabic
from functools import lru_cache

import regex

from shared_code.anonymization.cues import PERSON_CUES
from shared_code.anonymization.lexicon import FIRST, FIRST_POPULAR, LAST, Lexicon, get_lexicon, normalise
from shared_code.anonymization.name_words import CLITICS, Word, with_article
from shared_code.anonymization.span_types import Candidate, LanguageRules


def arabic_noun_phrase(run: list[Word]) -> bool:
    """``run`` is an Arabic noun phrase, no name: a rarer given name before article words only (``شروق
    الشمس``, sunrise), or :func:`article_noun_phrase`."""
    if run[0].arabic and len(run) > 1 and not run[0].flags & FIRST_POPULAR \
            and all(normalise(w.text).startswith("ال") for w in run[1:]):
        return True
    return article_noun_phrase(run)


def article_noun_phrase(run: list[Word]) -> bool:
    """``run`` is two Arabic words, the first with the article and no popular given name, the second unknown
    to the lexicon: a noun phrase, no name (see the module docstring)."""
    if len(run) != 2 or not run[0].arabic or not run[1].arabic or not with_article(run[0].text):
        return False
    return normalise(run[1].text) == "لله" or not run[0].flags & FIRST_POPULAR and not run[1].flags


def clitic_given_name(lexicon: Lexicon, key: str, flags: int, weak: int) -> int:
    """The flags of the popular given name under a one-letter clitic of ``key`` when ``flags`` (the word as
    written) is no given name or a weak one; else ``flags``."""
    if flags & FIRST and not flags & weak or len(key) < 4 or key[:1] not in CLITICS or key[1:3] == "ال":
        return flags  # given names carry no article: والله (and God) stays
    given = lexicon.flags(key[1:])
    return given if given & FIRST_POPULAR and not given & weak else flags


_PRONOUNS = ("ها", "هم", "كم", "نا", "ه")
_MIN_GIVEN = 3


def given_name_shape(word: str) -> bool:
    """``word`` may be a given name the lexicon lacks: three letters or more, no ordinary noun with a pronoun
    suffix (see the module docstring)."""
    key = normalise(word)
    if len(key) < _MIN_GIVEN:
        return False
    suffix = next((p for p in _PRONOUNS if word.endswith(p)), "")
    return not suffix or len(key) - len(suffix) < _MIN_GIVEN or not ordinary_arabic(key[: -len(suffix)])


_RELATION_BEFORE = regex.compile(rf"(?<!\p{{Arabic}})(?:{'|'.join(PERSON_CUES['ar'].relations)})[ \t]+$")
_ARABIC_WORD = regex.compile(r"\p{Arabic}+")


def relation_name_word(text: str, start: int) -> bool:
    """The word at ``start`` may be a name if a relation noun comes right before it: the lexicon has it as a
    name, or it is no ordinary Arabic word (see the module docstring). After other cues (``صاحب الحساب``,
    ``اسمي``) a name is what follows."""
    if not _RELATION_BEFORE.search(text, max(0, start - 20), start):
        return True
    word = _ARABIC_WORD.match(text, start)
    return word is None or _name_or_rare(word.group())


_STATES = frozenset(normalise(w + e) for w in (
    "مريض", "حامل", "تعبان", "مصاب", "مفقود", "متوفى", "معاق", "عاجز", "جريح", "مسجون", "معتقل", "عاطل", "كبير",
    "صغير", "وحيد", "بحاجة", "هنا", "هناك", "أيضا", "كمان", "عنده", "عندها", "لديه", "لديها", "كان", "كانت")
    for e in ("", "ة"))
"""States and words that follow a relation noun as its predicate (ill, pregnant, missing, alone, has …)."""


@lru_cache(maxsize=4096)
def _name_or_rare(word: str) -> bool:
    key = normalise(word)
    if get_lexicon().flags(key) & (FIRST | LAST):
        return True
    return key not in _STATES and not verb_shape(word) and given_name_shape(word)


_VERB_ENDINGS = ("تنا", "ونا", "تني", "وني", "تها", "تهم", "وها", "وهم", "وا")
_MIN_VERB = 4


@lru_cache(maxsize=4096)
def verb_shape(word: str) -> bool:
    """``word`` is an ordinary Arabic word shaped as a verb (see the module docstring)."""
    key = normalise(word)
    if len(key) < _MIN_VERB or word.endswith("ي") or not ordinary_arabic(key):
        return False
    return key[0] in "يتن" or key.endswith(_VERB_ENDINGS) and len(key) > _MIN_VERB


_COMPOUND_PREPOSITIONS = frozenset(normalise(w) for w in (
    "بخصوص", "بسبب", "بشأن", "بمناسبة", "بدون", "بالنسبة", "بجانب", "بحق", "بواسطة", "بفضل", "بغير", "بدل", "بمساعدة", "بانتظار", "بحاجة", "لصالح",
    "لأجل", "لمدة", "لغاية", "لحين", "لعدم", "لكثرة", "لقلة", "بعض", "بكل", "لكل"))
"""Prepositions written with ``ب``/``ل`` on a noun (regarding, because of, for the sake of …)."""


def preposition_on_given_name(word: str) -> bool:
    """``word`` carries ``ب`` or ``ل`` on a stem of three letters or more without the article that is no
    verb (see the module docstring)."""
    stem = word[1:]
    return word[:1] in "بل" and len(normalise(stem)) >= _MIN_GIVEN and not stem.startswith("ال") \
        and not verb_shape(stem) and normalise(word) not in _COMPOUND_PREPOSITIONS


_GOD_BEFORE = regex.compile(r"(?:^|[\p{P}\n]|(?<!\p{Arabic})(?:و|ف|يا|إن|ان|بس|لكن|والحمد|الحمد))[ \t]*(?:و|ف)?الله[ \t]+$")
_GOD_SPAN_WORDS = 2


def god_predicate(text: str, span: Candidate, rules: LanguageRules) -> bool:
    """A PERSON span of one or two Arabic words said of God opening a clause (module docstring)."""
    words = _ARABIC_WORD.findall(text, span.start, span.end)
    return span.entity_type == "PERSON" and 0 < len(words) <= _GOD_SPAN_WORDS \
        and bool(_GOD_BEFORE.search(text, max(0, span.start - 30), span.start))

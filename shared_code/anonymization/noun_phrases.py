"""PERSON spans that are title-cased noun phrases of the text's apparent language (clean-text
over-redaction; pure functions, read by :mod:`engine` on the raw lexicon and NER results).

Feedback capitalises its nouns (``Les Cartes Prépayées``, ``As Casas de Banho``, ``Karty Przedpłacone``,
``Cardurile Preplătite``, ``Tek Durak Ofisi``): the name rules read an ordinary-word name followed by an
unseen word as a name, the NER any capitalised pair. Names made of ordinary words are common
(``Kutlu Aslan``, ``Rosa Flores``), so the words being ordinary is not enough; the evidence here is the
grammar of a noun phrase, which names do not have:

- :func:`noun_phrase`: every word of a span of two or more words is an ordinary word of the apparent language
  (plainly, as an inflected form, or as a name the lexicon marks ordinary there), or, after a plural or
  Romanian head, a word the lexicon does not know (``Prépayées``), and the span is built as a noun phrase: it
  starts with the plural of an ordinary word (given names are singular, and a plural that is a given name
  heads a name: ``Cartes``, ``Karty``, not ``Toni``), or with a Romanian noun carrying its suffixed definite
  article (``Cardurile``, ``Ghișeul``: a name never takes it), or, in Turkish, ends in an inflected form of an
  ordinary word no list holds as a name, or is followed by one (``Ofisi``, ``Kitlerine``: case and compound suffixes; a surname takes
  none, but it is often an ordinary word with a plural, ``-li`` or ``-ci`` suffix: ``Yeter Kayalar``,
  ``Güneşli``, ``Demirci``), its other words being ordinary words too (``Kirazs Dema`` stays: ``Dema`` looks
  like a dative, ``Kirazs`` is no word). At least one word must be unknown to the lexicon, so a pair of lexicon
  names stays (``Torres Blanco``, ``Kutlu Aslan``, ``Güldünya Yaman``). A Swahili possessive phrase (``Basi la
  Shule``, school bus) counts too: :func:`_swahili_connective`;
- :func:`after_determiner`: a one-word span that is an ordinary word of the apparent language right after
  a demonstrative, quantifier or numeral (``bu Ay``, ``toată Luna``, ``due Pozzi``, ``bütün Ay``): a name
  takes no determiner (articles are not counted: ``a Joana``, ``la Maria`` are usual).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.common_words import language_bit, plural_noun
from shared_code.anonymization.kinship import TURKISH_PERSON_NOUNS
from shared_code.anonymization.lexicon import FIRST, get_lexicon, normalise
from shared_code.anonymization.spans import LanguageRules
from shared_code.anonymization.span_types import NAME_PART, TURKISH_SURNAME_SUFFIX, content_words

_RO, _TR, _PL, _SW = language_bit("ro"), language_bit("tr"), language_bit("pl"), language_bit("sw")
_CONNECTIVE = regex.compile(r"(\p{Lu}[\p{Ll}\p{M}]+)[ \t]+(?:ya|za|la|cha|vya|pa|kwa)[ \t]+"
                            r"(\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*)")
"""A capitalised Swahili noun, the connective of a thing's noun class (not ``wa``, of people) and
capitalised words."""
_S_PLURALS = sum(language_bit(code) for code in ("en", "fr", "es", "pt", "it", "nl"))
"""Languages whose plurals :func:`common_words.plural_noun` reads (``-s``; Italian ``-i``/``-e``): not Turkish,
where ``Kirazs`` is no plural of ``kiraz``."""
_ROMANIAN_ARTICLE = ("ul", "ului", "urile", "ile", "ele", "lor", "le")
_POLISH_PLURALS = (("y", "a"), ("i", "a"), ("ki", "ka"), ("e", "o"))
DETERMINERS: dict[str, frozenset[str]] = {code: frozenset(words.split()) for code, words in {
    "en": "this that these those every each all whole two three four five several",
    "fr": "ce cet cette ces chaque tout toute tous toutes deux trois quatre cinq plusieurs",
    "es": "este esta estos estas ese esa esos esas cada todo toda todos todas dos tres cuatro cinco varios",
    "pt": "este esta estes estas esse essa esses essas cada todo toda todos todas dois duas três quatro",
    "it": "questo questa questi queste quel quella quei quelle ogni tutto tutta tutti tutte due tre quattro",
    "nl": "deze dit die dat elke ieder alle twee drie vier",
    "de": "dieser diese dieses jeder jede jedes alle zwei drei vier",
    "tr": "bu şu bütün tüm her bir iki üç dört beş birkaç",
    "pl": "ten ta to te ci tego tej cały cała całe każdy każda dwa dwie trzy cztery kilka",
    "ro": "acest această acești aceste acel acea fiecare tot toată toți toate două doi trei patru",
    "sw": "hii huu hiki hicho kila wote mbili tatu nne",
}.items()}
"""Demonstratives, quantifiers and small numerals per language (no articles: names take them in pt, it)."""
_BY_BIT = {language_bit(code): words for code, words in DETERMINERS.items()}
_PREVIOUS_WORD = regex.compile(r"(\p{L}+|\d+)[ \t]+$")
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)")


def noun_phrase(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """``text[start:end]`` is a noun phrase of the apparent language by its grammar (module docstring)."""
    words = [w for w in content_words(text, start, end) if w.casefold() not in rules.stop_words]
    language = rules.apparent_language(text) if len(words) >= 2 else 0
    if language <= 0:
        return False
    if not all(map(rules.known_word, words)):
        if _plural_head(words[0], rules, language) or _article_head(words[0], rules, language):
            return all(_ordinary(word, rules, language) or not rules.known_word(word) for word in words)
        if _swahili_connective(text, start, end, rules, language):
            return True
    if language & _TR and words[-1].casefold().startswith(TURKISH_PERSON_NOUNS):
        return False  # a name and the noun for its bearer: Emre Ustası (master Emre), Deniz Abisi
    following = _NEXT_WORD.match(text, end)  # a span may stop before its head (``Tek Durak`` of ``… Ofisi``)
    phrase = words if _turkish_tail(words, rules, language) or not following else words + [following.group(1)]
    return not all(map(rules.known_word, phrase)) and _turkish_tail(phrase, rules, language) \
        and all(_ordinary(word, rules, language) for word in phrase)


def after_determiner(text: str, start: int, end: int, rules: LanguageRules) -> bool:
    """``text[start:end]``, one word, is an ordinary word of the apparent language right after one of its
    determiners or a number (module docstring)."""
    word = text[start:end]
    language = rules.apparent_language(text) if NAME_PART.fullmatch(word) else 0
    before = _PREVIOUS_WORD.search(text, max(0, start - 24), start)
    if language <= 0 or not before or not _ordinary(word, rules, language):
        return False
    previous = before.group(1)
    return previous.isdigit() or previous.islower() and previous in _BY_BIT.get(language, ())


def _ordinary(word: str, rules: LanguageRules, language: int) -> bool:
    return bool((rules.ordinary(word) | rules.ordinary_form(word, language) | rules.weak_name(word, language))
                & language)


def _plural_head(word: str, rules: LanguageRules, language: int) -> bool:
    """``word`` is the plural of an ordinary word (Polish ``-y``/``-i`` too) and no given name (``TONI
    TUTINO``: ``toni``, tones)."""
    if get_lexicon().flags(normalise(word)) & FIRST:
        return False
    if language & _S_PLURALS and plural_noun(word, rules.ordinary, language):
        return True
    lower = word.casefold()
    return bool(language & _PL) and any(lower.endswith(end) and rules.ordinary(word[: -len(end)] + base) & _PL
                                        for end, base in _POLISH_PLURALS)


def _article_head(word: str, rules: LanguageRules, language: int) -> bool:
    return bool(language & _RO) and word.casefold().endswith(_ROMANIAN_ARTICLE) \
        and bool(rules.ordinary_form(word, _RO))


def _turkish_tail(words: list[str], rules: LanguageRules, language: int) -> bool:
    """The last word is an inflected Turkish word that no surname suffix ends (module docstring)."""
    last = words[-1]
    return bool(language & _TR) and not rules.known_word(last) and not TURKISH_SURNAME_SUFFIX.search(last) \
        and bool(rules.ordinary_form(last, _TR))


def _swahili_connective(text: str, start: int, end: int, rules: LanguageRules, language: int) -> bool:
    """A Swahili noun, a connective of a thing's noun class and ordinary words no lexicon name is among
    (``Basi la Shule``, ``Gari la Maji``): a possessive noun phrase; a person after the connective stays
    (``Simu ya Neema``: a name)."""
    match = _CONNECTIVE.fullmatch(text, start, end) if language & _SW else None
    if not match:
        return False
    after = NAME_PART.findall(match.group(2))
    return _ordinary(match.group(1), rules, language) \
        and all(_ordinary(word, rules, language) and not rules.known_word(word) for word in after)


"""Small tests of the lexicon recogniser's runs (:mod:`names`): where a run of name words ends, which
capitalised stop words may still be surnames, which Turkish sentence openers are ordinary words, and which
names a Turkish title after them makes people."""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.common_words import language_bit
from shared_code.anonymization.kinship import TURKISH_PERSON_NOUNS, TURKISH_TITLES
from shared_code.anonymization.lexicon import FIRST, FIRST_POPULAR, LAST, LAST_POPULAR, PLACE, Lexicon
from shared_code.anonymization.name_words import NAME, Word
from shared_code.anonymization.spans import PARTICLES

_COMMA = regex.compile(r" ?, ?")
_STOP_NAME_MIN = 4
_TURKISH = language_bit("tr")
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Ll}+)")
_LIGHT_VERB = regex.compile(r"e[dt](?:iyor|ecek|eceğ|ebil|emiyor|emez|er|in|elim|ti|tik|tim|tiler|miş|mek|me)\p{Ll}*")
"""Forms of ``etmek`` (to do), which makes verbs of nouns: ``umut ediyoruz`` (we hope), ``dua ettik``."""
_VERB_ENDING = regex.compile(r"(?:[dt][ıiuü](?:k|m|n|nız|niz|nuz|nüz|lar|ler)?|yor\p{Ll}*|m[ıiuü]ş\p{Ll}*"
                             r"|[ae]c[ae][kğ]\p{Ll}*)$")
"""Endings of Turkish finite verbs: past ``-dı``, present ``-yor``, reported ``-miş``, future ``-acak``."""
GENITIVE = 1 << 49
"""A German genitive of a given name (``Waltrauds``): it ends its name. Above every lexicon flag and
:data:`name_words.APPARENT_WEAK`."""


def capitalised_stop_word(lexicon: Lexicon, word: str, key: str, capitalises: bool, weak: int) -> int:
    """The flags of the stop word ``word`` (lexicon key ``key``), capitalised. Where nouns are capitalised
    (``capitalises``), a stop word that is an adjective or adverb there is written in lower case, so a
    capitalised one that is a popular surname may be that surname (``Gerd Lange``); elsewhere a
    capitalised stop word of four letters or more that is a popular given name may be that name (``Sara
    De Luca``: ``sara``, will be, is an Italian stop word). Either gets the name bit with the language's
    ``weak`` bit (a pair or an inverted name, never alone); else 0, as for any stop word."""
    if not word[:1].isupper() or word.isupper():
        return 0
    flags = lexicon.flags(key)
    if not capitalises:
        return FIRST | weak if flags & FIRST_POPULAR and len(key) >= _STOP_NAME_MIN else 0
    return LAST | weak if flags & LAST_POPULAR else 0


def ordinary_after(run: list[Word], word: Word) -> bool:
    """After a full name (given name and surname), an ordinary word of the text, or an all-caps word of any
    listed language after a name word that is no word at all (capitals say nothing there), is the
    sentence going on (``JOANNA SZYMAŃSKA NADAL``, still; ``SABINE KRAUSE ANGERUFEN``), not a third name;
    after a given name alone it is still the surname (``GOTTFRIED ZÖLLNER``, ``zöllner``: customs officer).
    A run of ordinary words stays whole (``PROMISE NU AU MAI``: :mod:`word_form_names` drops it)."""
    if not full_name(run):
        return False
    if word.text.isupper():
        return bool(word.common) and not all(w.common for w in run)
    return word.ordinary


def full_name(run: list[Word]) -> bool:
    """Two name words at least (a given name and a surname), particles aside (some are names too: ``Van``):
    ``BASTIAAN VAN DER``, ``Jan van der`` are not yet one."""
    return sum(bool(w.flags & NAME) and w.text.casefold() not in PARTICLES for w in run) > 1


def heads_name_list(text: str, words: list[Word], index: int, run: list[Word], strong: Callable[[Word], bool]) -> bool:
    """``run``, one popular given name that is an ordinary word (``Anna``, ``Rocco``; a lone ordinary word
    at a sentence start is no name), heads a list of given names: a comma and a given name that is no
    ordinary word (``strong``) follow it (``Anna, Antonio e Giulia``)."""
    if len(run) != 1 or not run[0].flags & FIRST_POPULAR or index + 1 >= len(words):
        return False
    after = words[index + 1]
    return bool(after.flags & FIRST) and strong(after) and bool(_COMMA.fullmatch(text, run[0].end, after.start))


def genitive_name(lexicon: Lexicon, key: str, weak: int) -> int:
    """German writes a name's genitive with a bare ``-s`` (``Waltrauds Sohn``): a capitalised word the
    lexicon lacks whose stem is a popular given name that is no ordinary word of the language (``weak``)
    gets the given-name bits and :data:`GENITIVE` (the noun after it is no surname); else 0."""
    if len(key) < 5 or not key.endswith("s") or key.endswith("ss"):
        return 0
    flags = lexicon.flags(key[:-1])
    return FIRST | FIRST_POPULAR | GENITIVE if flags & FIRST_POPULAR and not flags & weak else 0


def turkish_noun_opener(text: str, word: Word, common: Callable[[str], int]) -> bool:
    """``word``, a lone name word at a Turkish sentence's start, is the ordinary word it also is: Turkish
    surnames are mostly words (``Temiz``, clean; ``Sarı``, yellow; ``Demir``, iron) and a sentence's first
    word is capitalised. It is one when it is an ordinary word of the text that is no popular given name and
    an ordinary lower-case word that is no finite verb follows it (``Temiz su yok``, ``Sarı otobüs``: an
    adjective or noun before its noun; ``Kaya aradı``, Kaya called, ``Bulut ailesi``, the Bulut family,
    and a town stay names), or when any name word is followed by a form of ``etmek`` (``Umut ediyoruz``,
    we hope: a noun made a verb)."""
    after = _NEXT_WORD.match(text, word.end)
    if not word.ordinary or not word.common & _TURKISH or not after or not common(after.group(1)) & _TURKISH:
        return False
    following = after.group(1)
    if _LIGHT_VERB.fullmatch(following):
        return True
    return not word.flags & (FIRST_POPULAR | PLACE) and not _VERB_ENDING.search(following) \
        and not following.startswith(TURKISH_PERSON_NOUNS)


def titled_names(text: str, words: list[Word]) -> list[tuple[int, int]]:
    """Capitalised given names followed by a Turkish title or kin word, in any case and with its suffixes
    (``Umut Hoca``, ``Barış Amca``, ``Deniz Abisi``): a person even when the name is an ordinary word
    (``umut``, hope; ``barış``, peace), which alone needs more evidence. The title must be an ordinary
    Turkish word (not ``Hope beyond``)."""
    return [(word.start, word.end) for word, after in zip(words, words[1:])
            if word.upper and word.flags & FIRST and after.text.casefold().startswith(TURKISH_TITLES)
            and after.common & _TURKISH and text[word.end : after.start] == " "]

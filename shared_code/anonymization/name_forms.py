"""Script- and language-specific name forms the lexicon recogniser (:mod:`names`) reads.

- Romanian writes ``ș``/``ț`` with a comma below; older keyboards and many data sets use the cedilla
  (``ş``/``ţ``). The lexicon holds both spellings, often with different flags (``Ştefan`` weak,
  ``Ștefan`` a popular given name): :func:`spelling_flags` reads a cedilla spelling as the comma form,
  and Turkish capitals ``İ`` and ``I`` as ``i`` and ``ı`` (case-folding maps them to ``i̇`` and ``i``).
- Arabic family names are often *nisba* adjectives with the article (``الجنيدي``, ``الزيدانية``:
  "of al-Junayd"). After a word that can be a given name, such a word is a surname: an adjective
  with the article agrees with a noun that has the article too, so an article-less word before it is
  no noun it qualifies (:func:`nisba_name`).
- Cyrillic texts have no common-word list, but Ukrainian and Russian write common nouns in lower case:
  a capitalised word that no list knows, right after a given name, is a surname (:func:`cyrillic_unknown`).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.lexicon import (
    ANY_WEAK, FIRST, FIRST_POPULAR, LAST, LAST_POPULAR, LOWER, PLACE, Lexicon, normalise,
)
from shared_code.anonymization.name_words import CLITICS, Word, adjacent, with_article
from shared_code.anonymization.name_spellings import respelled_flags

_CEDILLA = str.maketrans({"ş": "ș", "ţ": "ț"})
_CYRILLIC = regex.compile(r"\p{Cyrillic}{3,}$")
_CYRILLIC_LOWER = regex.compile(r"\p{Cyrillic}+$")
_ROMANIAN_ENDINGS = r"\p{Latin}{3,}(?:escu|ăscu|ășcu|așcu|eanu|ianu)$"
SURNAME_ENDINGS = regex.compile(
    r"\p{Cyrillic}{2,}(?:енко|ук|юк|чук|щук|ський|цький|ська|цька|зький|зька|ович|евич|євич|івна|ївна|ишин|ин|ов|ова|ев|єв|ева)$"
    rf"|{_ROMANIAN_ENDINGS}")
"""Cyrillic surname endings (Ukrainian and Russian) and Romanian ones (``Vlădescu``, ``Pătrășcu``,
``Munteanu``: no Romanian word ends so): a capitalised word ending so counts as a surname."""
ROMANIAN_SURNAME = regex.compile(_ROMANIAN_ENDINGS)
"""The Romanian endings alone: a surname even where a name list holds the word as a given name only
(``Dumitrescu``), since no Romanian word and hardly a given name ends so."""
_NISBA_MIN = 5
"""Letters of a nisba surname with its article, at least (``الحسني``)."""
_FOREIGN_MIN = 4
"""Letters of a lower-case popular given name that is an ordinary word only of other languages (``marek``)."""


def spelling_flags(lexicon: Lexicon, word: str, key: str) -> int:
    """The flags of ``word`` (lexicon key ``key``), read through spelling variants: a Romanian cedilla
    spelling (``ştefan``) gets the comma-below form's flags plus its own name and place bits (never its
    weak bits), a Romanian word the lexicon lacks in both spellings is read through its other spelling
    or without its marks and a Swahili given name through its Arabic stem
    (:func:`name_spellings.respelled_flags`: ``ionuț``, ``răzvan``, ``yusufu``); a Turkish capital ``İ`` is
    ``i`` without case-folding's combining dot (``İBRAHİM``), and a capital ``I`` not found as ``i`` is
    tried as dotless ``ı`` (``KILIÇ``, ``ASLI``). A hyphenated word
    is read by its parts (:func:`hyphenated_flags`): when the lexicon lacks it, and for its weak bits
    (``Hans-Jürgen`` is weak in German there, neither ``Hans`` nor ``Jürgen`` is)."""
    flags = lexicon.flags(key)
    comma = key.translate(_CEDILLA)
    if comma != key:
        other = lexicon.flags(comma)
        return other | (flags & ~ANY_WEAK) if other else flags or respelled_flags(lexicon, key)
    if not flags and "\u0307" in key:
        key = key.replace("\u0307", "")
        flags = lexicon.flags(key)
    if not flags and "I" in word:
        flags = lexicon.flags(normalise(word.replace("I", "ı")).replace("\u0307", ""))
    if "-" in key:
        compound = hyphenated_flags(lexicon, key)
        if flags and compound:  # the build's weak test reads a hyphenated name as a dictionary compound
            return flags & ~ANY_WEAK | flags & compound & ANY_WEAK
        return flags or compound
    return respelled_flags(lexicon, key, flags)


def hyphenated_flags(lexicon: Lexicon, key: str) -> int:
    """A hyphenated word the lexicon does not hold, made of two or three names: given names make a given
    name (``Heinz-Dieter``, ``Ernst-August``), other names a double surname (``Öztürk-Schulz``); popular
    when every part is, weak in a language only when every part is (``Ernst``, serious, and ``August`` are
    both weak in German). A part that is no name (``Baden-Württemberg``, ``Rotes-Kreuz``) gives nothing."""
    parts = key.split("-")
    if not 1 < len(parts) <= 3 or not all(parts):
        return 0
    flags = [lexicon.flags(part) for part in parts]
    if not all(f & (FIRST | LAST) and not f & PLACE for f in flags):
        return 0
    weak = ANY_WEAK
    for value in flags:
        weak &= value
    if all(f & FIRST for f in flags):
        return FIRST | weak | (FIRST_POPULAR if all(f & FIRST_POPULAR for f in flags) else 0)
    return LAST | weak | (LAST_POPULAR if all(f & LAST_POPULAR for f in flags) else 0)


def nisba_name(text: str, words: list[Word], index: int, stop: frozenset[str], weak: int) -> list[Word]:
    """Arabic: a word that may be a given name (no article, no function word; a given name of the
    lexicon that is no ordinary word, or an unknown word) followed by a nisba with the article that is
    no ordinary word (``نديم السكاكيني``, ``سجا الجنيدي``): a name. A feminine nisba in ``-ية`` needs a
    lexicon given name: after an unknown noun it is more often a noun of a construct phrase (``وزارة
    التربية``, ``برنامج الحماية``)."""
    part = words[index : index + 2]
    if len(part) < 2 or not all(w.arabic for w in part) or not adjacent(text, part[0], part[1]):
        return []
    given, family = part
    key = normalise(given.text)
    if with_article(given.text) or key in stop or len(key) < 3 or given.flags & weak \
            or (given.flags and not given.flags & FIRST) or (not given.flags and key[:1] in CLITICS[:2]):
        return []
    family_key = normalise(family.text)
    nisba = (family.text.endswith("ي") or given.flags and family.text.endswith(("ية", "يه"))) \
        and len(family_key) >= _NISBA_MIN
    return part if family_key.startswith("ال") and nisba and not family.flags & weak else []


_AFTER_LOWER = regex.compile(
    r"(?:(?<![\p{L}\p{M}'’ʼ-])\p{Ll}[\p{Ll}\p{M}'’ʼ-]*|(?:^|[.!?:;\n][ \t\"«(]*)\p{Lu}\p{Ll}+)[ \t]+$")


def cyrillic_name_in_lower_case(text: str, word: Word) -> bool:
    """A capitalised Cyrillic given name, even one that is an ordinary word (``Олені``, deer, and the
    dative of Олена), right after a lower-case word or a sentence's first word: Ukrainian and Russian
    write common nouns in lower case, so there the capital marks a name (``Передайте Олені, що …``;
    an organisation named so is redacted too: ``Фонд Надія``)."""
    return word.cyrillic and word.upper and not word.text.isupper() and bool(word.flags & FIRST) \
        and bool(_AFTER_LOWER.search(text, max(0, word.start - 40), word.start))


def cyrillic_unknown(word: Word) -> bool:
    """A capitalised Cyrillic word of three or more letters that the lexicon does not know."""
    return word.upper and not word.flags and bool(_CYRILLIC.match(word.text))


def lower_name(text: str, words: list[Word], index: int, stop: frozenset[str], cyrillic_weak: int,
               own_weak: int = 0) -> list[Word]:
    """A lower-case name (``pls help, jemma from the blue tent``): a word the lexicon marks as a given
    name for lower case (:data:`LOWER`, see :func:`name_words.read_common_words`); a popular given name
    that is no ordinary word of the text's routed or apparent language (``own_weak``: the routed
    language's weak bit; wordfreq counts names as words elsewhere: ``marta``); a given name that is an
    ordinary word of no language at all (``donatello``, ``lindsey``; four letters at least); or, in Ukrainian and
    Russian (``cyrillic_weak``: the language's weak bit, else 0), a given name that is no ordinary word
    there (``оксана``; not ``надія``, hope). A following lower-case surname joins it: a lexicon surname
    that is no ordinary word, a popular one that is no ordinary word of the text's language (``own_weak``,
    its weak bit: ``alessandro bruno``, ``bruno`` being Spanish for brown), a word no list knows
    (``jürgen brandhuber``) or a Cyrillic word with a surname ending (``оксана лисенко``); a second one
    after it joins as well when it is a surname, not merely unseen (a patronymic and a surname: ``ганна
    іванівна ковальчук``; not ``silke brückner zurückrufen``)."""
    word = words[index]
    cyrillic = bool(cyrillic_weak) and word.flags & FIRST and not word.flags & cyrillic_weak \
        and _CYRILLIC_LOWER.match(word.text)
    foreign = bool(own_weak) and word.latin and len(word.text) >= _FOREIGN_MIN and (
        word.flags & FIRST_POPULAR and not word.flags & own_weak and not word.ordinary
        or word.flags & FIRST and not word.flags & ANY_WEAK and not word.common)
    if word.upper or word.arabic or not (word.flags & LOWER and not word.flags & ANY_WEAK or cyrillic or foreign):
        return []
    found = [word]
    for following in words[index + 1 : index + 3]:  # a patronymic and a surname: ганна іванівна ковальчук
        key = normalise(following.text)
        unseen = following.latin and not following.flags and not following.common and len(key) > 2
        surname = following.flags & LAST and not following.flags & ANY_WEAK \
            or own_weak and following.flags & LAST_POPULAR and not following.flags & own_weak
        if not adjacent(text, found[-1], following) or following.upper or key in stop \
                or not (surname or unseen and len(found) == 1 or SURNAME_ENDINGS.match(key)):
            break
        found.append(following)
    return found

"""Small tests of the lexicon recogniser's runs (:mod:`names`): where a run of name words ends, and
which capitalised stop words may still be surnames."""

from __future__ import annotations

from shared_code.anonymization.lexicon import LAST, LAST_POPULAR, Lexicon
from shared_code.anonymization.name_words import NAME, Word


def capitalised_stop_word(lexicon: Lexicon, word: str, key: str, capitalises: bool, weak: int) -> int:
    """The flags of the stop word ``word`` (lexicon key ``key``). Where nouns are capitalised (``capitalises``),
    a stop word that is an adjective or adverb there is written in lower case, so a capitalised one that is
    a popular surname may be that surname (``Gerd Lange``): it gets the surname bit with the language's
    ``weak`` bit (a pair or an inverted name, never alone); else 0, as for any stop word."""
    if not capitalises or not word[:1].isupper() or word.isupper():
        return 0
    return LAST | weak if lexicon.flags(key) & LAST_POPULAR else 0


def ordinary_after(run: list[Word], word: Word) -> bool:
    """An ordinary word of the text after a full name (given name and surname), or an all-caps word of any
    listed language after a name word that is no word at all (capitals say nothing there), is the
    sentence going on (``JOANNA SZYMAŃSKA NADAL``, still; ``SABINE KRAUSE ANGERUFEN``), not a third name.
    A run of ordinary words stays whole (``PROMISE NU AU MAI``: :mod:`word_form_names` drops it)."""
    if word.text.isupper():
        return bool(word.common) and not all(w.common for w in run)
    return word.ordinary and full_name(run)


def full_name(run: list[Word]) -> bool:
    """Two name words at least (a given name and a surname): ``BASTIAAN VAN DER`` is not yet one."""
    return sum(bool(w.flags & NAME) for w in run) > 1

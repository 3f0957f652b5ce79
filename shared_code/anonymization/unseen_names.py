"""Names made of words the lexicon does not know, read by the lexicon recogniser (:mod:`names`).

Rare given names and surnames are in no list: names-dataset has few East African or old-fashioned
German names (``Hekima``, ``Gundolf``). A Latin-script word that is neither in the lexicon nor an
ordinary word of any listed language is *unseen* (:meth:`names.LexiconRecognizer._unseen`); capital
letters after a lower-case word mark a proper noun where nouns are written in lower case.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from shared_code.anonymization.common_words import ANY_LANGUAGE, ordinary_form_test
from shared_code.anonymization.name_words import Word, adjacent
from shared_code.anonymization.spans import sentence_initial

_MAX_WORDS = 3


@lru_cache(maxsize=1)
def _ordinary_form() -> Callable[[str, int], int]:
    """The process-wide inflected-form test, built on first use (the lexicon loads once)."""
    return ordinary_form_test()


def _inflected(word: Word) -> bool:
    """``word`` is an inflected form of an ordinary word of some language (``Okulda``, at school:
    :mod:`word_forms`), which no surname is."""
    return bool(_ordinary_form()(word.text, ANY_LANGUAGE))


def unseen_pair(text: str, words: list[Word], index: int, unseen: Callable[[Word], bool],
                unknown: Callable[[Word], bool], in_lower_case: Callable[[str, list[Word], int], bool],
                own_bit: int = 0) -> list[Word]:
    """The name starting at ``words[index]``, or []: two or three adjacent capitalised ``unseen`` words,
    all-caps in a shouted text (``THANK YOU JEBET ETYANG FOR …``) or title-case inside a sentence (``der
    Helfer Gundolf Hande``); or, after a lower-case word (``in_lower_case``), a capitalised word the
    lexicon does not know (``unknown``, an ordinary word too) followed by unseen ones (``ni Hekima
    Barasa``: ``hekima``, wisdom), or an unseen word followed by a capitalised one the lexicon does not
    know (``è venuto Gundolf Trüb``: ``trüb``, cloudy) and is no inflected ordinary word (``ve Cibinlikler
    Okulda``, mosquito nets at school). Not where nouns are capitalised: ``hat Essensausgabe Verspätung``
    is two nouns."""
    first = words[index]
    if not first.text.isupper() and sentence_initial(text, first.start):
        return _after_first_word(text, words, index, unseen, unknown, in_lower_case, own_bit)
    if first.text.isupper() and first.upper and sentence_initial(text, first.start) and unknown(first) \
            and not unseen(first) and not first.common & own_bit:
        return _shouted_first_word(text, words, index, unseen)
    title = first.latin and first.upper and not first.text.isupper()
    lower_case = title and in_lower_case(text, words, index)
    lead = [first] if not unseen(first) and unknown(first) and lower_case else []
    run, index = list(lead), index + len(lead)
    while index < len(words) and len(run) < _MAX_WORDS and unseen(words[index]) \
            and words[index].text.isupper() == first.text.isupper() \
            and (not run or adjacent(text, run[-1], words[index])):
        run.append(words[index])
        index += 1
    if len(run) == 1 and not lead and lower_case and index < len(words):
        follower = words[index]
        if follower.upper and follower.latin and not follower.text.isupper() and unknown(follower) \
                and adjacent(text, first, follower) and not _inflected(follower):
            run.append(follower)
    return run if len(run) > 1 else []


def _after_first_word(text: str, words: list[Word], index: int, unseen: Callable[[Word], bool],
                      unknown: Callable[[Word], bool], in_lower_case: Callable[[str, list[Word], int], bool],
                      own_bit: int) -> list[Word]:
    """A sentence's first word that the lexicon does not know and is an ordinary word (``in_lower_case``
    of the next word), with the title-case unseen words right after it and no capitalised word after
    them, when the first word is no ordinary word of the routed language (``own_bit``), only of the
    text's own language (a text routed to a neighbour's rules): it is a given name that is a word there,
    and the unseen words its surname (``Tumaini Wanjiku hajapata``: ``tumaini``, hope, is a Swahili
    given name). Title-case phrases of the routed language stay (``Carte Prepagate bloccate``:
    ``prepagate`` is in no list). Before a capitalised word the rules of :func:`unseen_pair` read the
    name after the first word (``Ieri Gundolf Trüb``)."""
    end = index + 1
    if end >= len(words) or not unknown(words[index]) or words[index].common & own_bit \
            or not in_lower_case(text, words, end):
        return []
    while end < len(words) and end - index <= _MAX_WORDS and unseen(words[end]) and not words[end].text.isupper() \
            and adjacent(text, words[end - 1], words[end]):
        end += 1
    if end == index + 1 or end < len(words) and words[end].upper and adjacent(text, words[end - 1], words[end]):
        return []
    return words[index:end]


def _shouted_first_word(text: str, words: list[Word], index: int, unseen: Callable[[Word], bool]) -> list[Word]:
    """In a shouted text, a sentence's first word that the lexicon does not know and that is an ordinary
    word only of another language than the routed one, followed by all-caps unseen words: a given name
    that is a word in its own language, and its surname (``FARAJA CHEBET BADO HAJAPATA``: ``faraja``,
    comfort, is a Swahili given name). Capitals say nothing there, so the unseen surname is the evidence."""
    end = index + 1
    while end < len(words) and end - index <= _MAX_WORDS and unseen(words[end]) and words[end].text.isupper() \
            and adjacent(text, words[end - 1], words[end]):
        end += 1
    return words[index:end] if end > index + 1 else []

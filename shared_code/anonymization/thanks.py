"""Names thanked by the writer: ``Thank you Amina Wekesa for the food``, ``ДЯКУЄМО ГАННА ПРИЙМАК ЗА …``.

Feedback often thanks a staff member or volunteer by name, and a shouted text (all capitals) carries no
letter case to tell a name from a word. Between a thanking phrase of any of our languages (with an
optional intensifier: ``asante sana``, ``شكرا جزيلا``, ``merci beaucoup``) and the word for "for" (or the
end of the phrase), one to three name-like words are the person thanked when the lexicon has evidence
for it (:func:`thanked_names`).
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.lexicon import normalise
from shared_code.anonymization.name_words import CLITICS, Word, adjacent, with_article

_THANKS = regex.compile(
    r"(?<!\w)(?i:thank(?:s| you)|many thanks|merci|gracias|bedankt|dank (?:je|u)(?: wel)?|danke(?: schön)?|vielen dank|"
    r"obrigad[oa]|grazie|дякую|дякуємо|спасибі|спасибо|شكرا|شكراً|teşekkürler|teşekkür eder(?:im|iz)|"
    r"asante|dziękuj(?:ę|emy)|mul[țţt]ume(?:sc|m))"
    r"(?:[ \t]+(?i:very much|so much|a lot|beaucoup|mil|muchas|hartelijk|vielmals|sehr|mille|tante|muito|дуже|"
    r"велике|جزيلا|جزيلاً|çok|sana|bardzo|mult|frumos))?[ \t]*,?[ \t]*")
_FOR = regex.compile(
    r"[ \t]*,?[ \t]*(?:(?i:for|pour|por|para|voor|für|pelo|pela|per|за|على|kwa|za|pentru)(?!\w)|[!.,;?]|$)")
_MAX_WORDS = 3


def thanked_names(text: str, words: list[Word], stop: frozenset[str], strong: Callable[[Word], bool],
                  unseen: Callable[[Word], bool]) -> list[tuple[int, int]]:
    """Spans of the names right after a thanking phrase and before "for" or the phrase's end: one to
    three capitalised words (any Arabic words, the first without the article or a conjunction), no
    stop words. One word must be a ``strong`` name (a lexicon name that is no ordinary word); two or
    three words need one that is ``strong`` or ``unseen`` (no list knows it), so that ``Thank you Red
    Cross`` or ``ASANTE SANA KWA CHAKULA`` stay."""
    spans: list[tuple[int, int]] = []
    starts = {w.start: i for i, w in enumerate(words)}
    for cue in _THANKS.finditer(text):
        index = starts.get(cue.end())
        if index is None:
            continue
        name: list[Word] = []
        while index < len(words) and len(name) < _MAX_WORDS and _name_word(words[index], stop, not name) \
                and (not name or adjacent(text, name[-1], words[index])):
            name.append(words[index])
            index += 1
        while name and not _FOR.match(text, name[-1].end):
            name.pop()
        if name and (any(strong(w) for w in name) or len(name) > 1 and any(unseen(w) for w in name)):
            spans.append((name[0].start, name[-1].end))
    return spans


def _name_word(word: Word, stop: frozenset[str], first: bool) -> bool:
    key = normalise(word.text)
    if key in stop or word.text.casefold() in stop or len(key) < 2:
        return False
    if word.arabic:
        return not first or not (with_article(word.text) or key.startswith("لل") or key[:1] in CLITICS[:2] and not word.flags)
    return word.upper

"""Names thanked by the writer (``Thank you Amina Wekesa for the food``, ``ДЯКУЄМО ГАННА ПРИЙМАК ЗА …``)
and names that sign a message off (``… all fine. Cheers, Tom``, ``Beijinhos, Esperança``).

Feedback often thanks a staff member or volunteer by name, and a shouted text (all capitals) carries no
letter case to tell a name from a word. Between a thanking phrase of any of our languages (with an
optional intensifier: ``asante sana``, ``شكرا جزيلا``, ``merci beaucoup``; Swahili also thanks with a verb,
``tunamshukuru``) and the word for "for" (or the
end of the phrase), one to three name-like words are the person thanked when the lexicon has evidence
for it (:func:`thanked_names`).

Feedback sent by text message or chat often ends with a closing word and the writer's given name. A
given name that is also an ordinary word (``Rose``, ``Hope``, ``Tom``, ``Esperança``) needs more evidence
than the lexicon gives it elsewhere in a text; at the very end of a message, after a closing word of any
of our languages and a comma or a line break, the position is that evidence (:func:`signed_names`). The
name is a lexicon given name (however common a word it also is), capitalised (or Arabic), and optionally
one more capitalised word after it (its surname); nothing but punctuation, symbols and spaces may follow it. A closing
word with no given name after it (``Cheers, Everyone``) gives nothing, and names of things stay the clean-
text rules' to drop (``Thanks, Red Cross``: :mod:`agencies`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import regex

from shared_code.anonymization.lexicon import FIRST, normalise
from shared_code.anonymization.name_words import CLITICS, Word, adjacent, with_article
from shared_code.anonymization.particles import PARTICLE_SET

_THANKS = regex.compile(
    r"(?<!\w)(?i:thank(?:s| you)|many thanks|merci|gracias|bedankt|dank (?:je|u)(?: wel)?|danke(?: schön)?|vielen dank|"
    r"obrigad[oa]|grazie|дякую|дякуємо|спасибі|спасибо|شكرا|شكراً|teşekkürler|teşekkür eder(?:im|iz)|"
    r"asante|(?:tuna|nina|na|tuli|nili)(?:m|wa)shukuru|"  # Swahili: we thank him/her (tunamshukuru), them
    r"dziękuj(?:ę|emy)|mul[țţt]um(?:esc|im))(?!\w)"  # not inside a word: ``Claire Mercier``
    r"(?:[ \t]+(?i:very much|so much|a lot|beaucoup|mil|muchas|hartelijk|vielmals|sehr|mille|tante|muito|дуже|"
    r"велике|جزيلا|جزيلاً|çok|sana|bardzo|mult|frumos))?[ \t]*,?[ \t]*")
THANKS = _THANKS  # also where a thanked agency is no place (place_contexts)


@lru_cache(maxsize=32)
def thanking_phrases(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of :data:`THANKS` in ``text``; keeps its last texts' answers (the name rules and the
    greetings' cut ask about the same text)."""
    return tuple(m.span() for m in _THANKS.finditer(text))
_FOR_WORD = regex.compile(r"(?i:for|pour|por|para|voor|für|pelo|pela|per|за|على|kwa|za|pentru)")
_FOR = regex.compile(rf"[ \t]*,?[ \t]*(?:{_FOR_WORD.pattern}(?!\w)|[!.,;?،؛؟]|$)")
_MAX_WORDS = 3


def thanked_names(text: str, words: list[Word], stop: frozenset[str], strong: Callable[[Word], bool],
                  unseen: Callable[[Word], bool]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``(names, phrases)``: the spans of the names right after a thanking phrase and before "for" or
    the phrase's end, and of the thanking phrases (``ASANTE SANA``, whose words are then no name
    either, though ``Asante`` is a surname and ``Sana`` a given name). A name is one to three
    capitalised words (Arabic words: the first without the article or a conjunction, the others with
    the article only if a nisba), no stop words, a name particle between two of them (``RAVY DA CUNHA``). One word must be a ``strong`` name (a lexicon name
    that is no ordinary word); two or three words need one that is ``strong`` or ``unseen`` (no list
    knows it), so that ``Thank you Red Cross`` stays."""
    names: list[tuple[int, int]] = []
    phrases: list[tuple[int, int]] = []
    starts = {w.start: i for i, w in enumerate(words)}
    for cue in thanking_phrases(text):
        phrases.append(cue)
        index = starts.get(cue[1])
        if index is None:
            continue
        name: list[Word] = []
        while index < len(words) and len(name) < _MAX_WORDS and (not name or adjacent(text, name[-1], words[index])):
            if name and _particle(words, index) and adjacent(text, words[index], words[index + 1]):
                index += 1  # OBRIGADO RAVY DA CUNHA: a particle between two name words joins them
            if not _name_word(words[index], stop, not name):
                break
            name.append(words[index])
            index += 1
        while name and not _FOR.match(text, name[-1].end):
            name.pop()
        if name and (any(strong(w) for w in name) or len(name) > 1 and any(unseen(w) for w in name)):
            names.append((name[0].start, name[-1].end))
    return names, phrases


def with_thanked_names(text: str, words: list[Word], spans: list[tuple[int, int]], stop: frozenset[str],
                       strong: Callable[[Word], bool], unseen: Callable[[Word], bool]) -> list[tuple[int, int]]:
    """``spans`` (names found otherwise) with the thanked names (:func:`thanked_names`): a thanking phrase
    is cut off a span that holds it, and a thanked name, bounded by its cue, replaces the spans it
    overlaps (``ASANTE SANA ZUHURA`` + ``MWASAPILE`` → ``ZUHURA MWASAPILE``)."""
    thanked, phrases = thanked_names(text, words, stop, strong, unseen)
    for start, end in phrases:
        spans = [(max(s, end) if s < end and start < e else s, e) for s, e in spans]
    return [(s, e) for s, e in spans if s < e and not any(s < b and a < e for a, b in thanked)] + thanked \
        + signed_names(text, words)


def _particle(words: list[Word], index: int) -> bool:
    """``words[index]`` is a name particle (``da``, ``van``, ``bin``) with a word after it."""
    return index + 1 < len(words) and words[index].text.casefold() in PARTICLE_SET and words[index].latin


def _name_word(word: Word, stop: frozenset[str], first: bool) -> bool:
    key = normalise(word.text)
    if key in stop or word.text.casefold() in stop or len(key) < 2 or _FOR_WORD.fullmatch(word.text):
        return False
    if word.arabic and first:
        return not (with_article(word.text) or key.startswith("لل") or key[:1] in CLITICS[:2] and not word.flags)
    if word.arabic:  # later words: with the article only a nisba (منظمة الصحة, an organisation, stays)
        return not with_article(word.text) or word.text.endswith("ي")
    return word.upper


_CLOSINGS = (
    # en
    r"cheers|thanks|thank you|many thanks|regards|kind regards|best regards|best wishes|best|love|"
    r"take care|god bless|blessings|bye|yours|sincerely|"
    # fr
    r"merci(?: beaucoup)?|cordialement|bisous|bises|amitiés|bien à vous|à bientôt|salutations|"
    # es
    r"saludos|gracias|un abrazo|abrazos|besos|atentamente|bendiciones|cariños|"
    # nl
    r"groetjes|groeten|groet|met vriendelijke groet|bedankt|dank je wel|liefs|doei|mvg|"
    # de
    r"grüße|gruß|liebe grüße|viele grüße|mit freundlichen grüßen|lg|vg|mfg|danke(?: schön)?|tschüss|"
    # pt
    r"beijinhos|beijos|beijo|abraços|abraço|obrigad[oa]|cumprimentos|atenciosamente|"
    # it
    r"grazie(?: mille)?|saluti|cordiali saluti|un abbraccio|baci|ciao|"
    # sw, tr
    r"asante(?: sana)?|wasalaam|kwaheri|teşekkürler|saygılarımla|sevgiler|selamlar|"
    # uk, ar
    r"дякую|з повагою|щиро|شكرا|شكراً|مع التحية|مع الشكر|تحياتي|"
    # pl, ro
    r"pozdrawiam|pozdrowienia|dziękuję|serdecznie|mulțumesc|mulţumesc|cu stimă|salutări|toate cele bune|pupici"
)
_SIGN_OFF = regex.compile(rf"(?<![\w])(?i:{_CLOSINGS})[ \t]*(?:[,،:\-–—][ \t]*\n?|\n)[ \t]*$")
"""A closing word and its comma (or a line break) right before a position: matched backwards from the name."""
_TAIL = regex.compile(r"[\p{P}\p{S}\s]*\Z")


def signed_names(text: str, words: list[Word]) -> list[tuple[int, int]]:
    """The span of the name that signs ``text`` off, if any (see the module docstring)."""
    if not words:
        return []
    last = len(words) - 1
    first = last - 1 if last > 0 and _name_start(words[last - 1]) and words[last].cased \
        and text[words[last - 1].end:words[last].start] == " " else last
    if not _name_start(words[first]) or not signs_off(text, words[first].start, words[last].end):
        return []
    return [(words[first].start, words[last].end)]


def signs_off(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends the text after a closing word (see the module docstring)."""
    return bool(_TAIL.match(text, end)) and bool(_SIGN_OFF.search(text, max(0, start - 40), start))


def _name_start(word: Word) -> bool:
    return word.cased and bool(word.flags & FIRST)

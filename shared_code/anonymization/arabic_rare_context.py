"""Two rarer Arabic names (:meth:`lexicon.Lexicon.rare`) read as a whole name in a person context.

Two ordinary words that the lexicon knows only as rarer names (``منقذ العايد``: rescuer, the returning one;
``سهاد العمار``) are no name on their own: a noun and its adjective or genitive look the same (``نور الشمس``).
They are one when the words around them speak of a person:

- right before the pair: a verb of saying, calling, meeting, asking, helping or giving (``قال``,
  ``اتصلت``, ``التقيت``, ``ساعدني``, ``سلموا``), a person noun, a role or title (``المتطوع``, ``الموظفة``,
  ``جارتنا``, ``زوجتي``), or a preposition that takes a person (``مع``, ``عند``, ``باسم``), also with a
  pronoun between (``قالت لي``, ``حكى لنا``); ``ب``/``ل`` written on the given name (``اتصلت بفاخر
  الحجام``) and ``و`` after a lexicon name (``أحمد ومنقذ العايد``);
- right after it: a verb or state whose subject is a person (``يسكن``, ``تعمل``, ``لم يستلم``, ``مريض``,
  ``حامل``, ``بدو``).

The given name must be a rarer given name (no name the lexicon knows otherwise) of four letters or more,
no verb shape and without the article; the family name a rarer family name (or a lexicon family name that
is no given name), no town and no verb. :func:`joined_rare_family` then joins a found name's neighbours.
"""

from __future__ import annotations

from shared_code.anonymization.arabic_names import verb_shape
from shared_code.anonymization.arabic_places import known_arabic_word
from shared_code.anonymization.lexicon import FIRST, LAST, PLACE, RARE_FIRST, RARE_LAST, Lexicon, normalise
from shared_code.anonymization.name_words import Word, adjacent, with_article

_BEFORE = frozenset(normalise(w) for w in (
    # verbs of saying, telling, calling, meeting, asking, visiting, helping, giving, receiving
    "قال", "قالت", "أخبر", "أخبرني", "أخبرتني", "أخبرنا", "حكى", "حكت", "كلمت", "كلمني", "كلمتني", "كلمنا",
    "اتصل", "اتصلت", "اتصلنا", "التقيت", "التقى", "التقينا", "قابلت", "قابلنا", "شفت", "شاف", "رأيت", "زارنا",
    "زارني", "زار", "زارت", "سألت", "سأل", "سألنا", "ساعد", "ساعدني", "ساعدنا", "ساعدتني", "ساعدتنا", "أعطى",
    "أعطت", "أعطاني", "استلم", "استلمت", "سلمت", "سلموا", "سلمنا", "أرسل", "أرسلت", "بلغوا", "بلغت", "راجعت",
    "طلبت", "نادى", "نادت", "تواصلت", "تواصلنا", "يدعى", "تدعى", "اسمه", "اسمها", "باسم", "مع", "عند", "لدى",
    # roles, titles and person nouns
    "المتطوع", "المتطوعة", "الموظف", "الموظفة", "السيد", "السيدة", "الأخ", "الأخت", "المسؤول", "المسؤولة",
    "الطبيب", "الطبيبة", "الدكتور", "الدكتورة", "المعلم", "المعلمة", "الأستاذ", "الأستاذة", "المشرف",
    "المشرفة", "المهندس", "المهندسة", "الممرض", "الممرضة", "الحاج", "الحاجة", "الشيخ", "المختار", "سي",
    "جاري", "جارتي", "جارنا", "جارتنا", "زوجي", "زوجتي", "مرتي", "جوزي", "أخي", "أختي", "ابني", "ابنتي", "بنتي",
    "ولدي", "عمي", "عمتي", "خالي", "خالتي", "أبي", "أمي", "جدي", "جدتي", "صديقي", "صديقتي",
    # a person's household, a person noun, a speaker presenting themself
    "عائلة", "أسرة", "أولاد", "أطفال", "زوجة", "زوج", "ابن", "بنت", "ابنة", "أخو", "أخت", "والد", "والدة",
    "الطفل", "الطفلة", "المريض", "المريضة", "الشاب", "الشابة", "الأرملة", "المرحوم", "المرحومة", "المدعو",
    "المدعوة", "أنا", "معكم", "معك"))
"""Words right before a name: verbs of speech and contact, prepositions that take a person, roles, kin,
household nouns (a person's family: ``عائلة``, ``أولاد``), ``أنا`` (I am)."""

_AFTER = frozenset(normalise(w) for w in (
    "يسكن", "تسكن", "ساكن", "ساكنة", "يعمل", "تعمل", "يشتغل", "تشتغل", "بيشتغل", "بتشتغل", "لم", "ما", "مريض",
    "مريضة", "حامل", "يحتاج", "تحتاج", "يطلب", "تطلب", "يسأل", "تسأل", "قدم", "قدمت", "فقد", "فقدت", "راه",
    "راها", "بدو", "بدها", "يريد", "تريد", "ينتظر", "تنتظر", "يعاني", "تعاني", "وعائلته", "وعائلتها",
    "وزوجته", "وزوجها", "وأولاده", "وأولادها", "عمره", "عمرها", "توفي", "توفيت", "استلم", "استلمت"))
"""Words right after a name: verbs and states whose subject is a person, a negation before such a verb."""

_TO_ME = frozenset(normalise(w) for w in ("لي", "لنا", "له", "لها", "إلي", "إلينا", "عليّ", "علينا"))
"""Pronouns after a verb of saying (told me, to us): the verb before them is the context."""
_MIN_LETTERS = 3
"""A rarer given name here has more letters (three-letter ones are too often ordinary: ``نور``, light)."""


def _rare_given(lexicon: Lexicon, word: Word) -> str:
    """The key of ``word`` (or of its stem after ``و``, or after ``ب``/``ل`` when the word as written is no
    known word: ``بداية``, beginning, is no ``ب`` on the rarer name ``داية``) when it is a rarer given name and
    nothing else, the clitic (or a space) first; else ''."""
    key = normalise(word.text)
    if lexicon.rare(key) & RARE_FIRST and not word.flags & PLACE and not with_article(word.text):
        return " " + key
    if key[:1] in "بلو" and lexicon.rare(key[1:]) & RARE_FIRST and not lexicon.flags(key[1:]) \
            and not lexicon.rare(key) and not key[1:].startswith("ال") \
            and (key[0] == "و" or not known_arabic_word(key)):
        return key  # the clitic is its first letter
    return ""


def _family(lexicon: Lexicon, word: Word) -> bool:
    """``word`` is a rarer family name or a lexicon family name that is no given name; no town, no verb."""
    key = normalise(word.text)
    return (bool(lexicon.rare(key) & RARE_LAST) or bool(word.flags & LAST) and not word.flags & FIRST) \
        and not word.flags & PLACE and not verb_shape(word.text) and len(key) >= _MIN_LETTERS


def rare_context_pair(text: str, words: list[Word], index: int, lexicon: Lexicon, stop: frozenset[str]) -> list[Word]:
    """``words[index]`` and the next word when they are a rarer given name and a family name in a person
    context (see the module docstring), else []."""
    part = words[index : index + 2]
    if len(part) < 2 or not all(w.arabic for w in part) or not adjacent(text, *part):
        return []
    given = _rare_given(lexicon, part[0])
    if len(given) <= _MIN_LETTERS + 1 or verb_shape(given[1:]) or given[1:] in stop \
            or not _family(lexicon, part[1]) or normalise(part[1].text) in stop:
        return []
    before = words[index - 1] if index and adjacent(text, words[index - 1], part[0]) else None
    if before is not None and normalise(before.text) in _TO_ME and index > 1 \
            and adjacent(text, words[index - 2], before):
        before = words[index - 2]  # قالت لي أسمهان القويدر
    after = words[index + 2] if index + 2 < len(words) and adjacent(text, part[1], words[index + 2]) else None
    context = given[0] in "بل" \
        or given[0] == "و" and before is not None and bool(before.flags & (FIRST | LAST)) \
        or given[0] == " " and before is not None and normalise(before.text) in _BEFORE \
        or after is not None and normalise(after.text) in _AFTER
    return part if context else []


LINKS = {normalise("أبو"): RARE_FIRST, normalise("أم"): RARE_FIRST, normalise("بن"): RARE_FIRST,
         normalise("آل"): RARE_LAST}
"""The start of a name: a kunya's ``أبو``/``أم`` (father, mother of) and ``بن`` (son of) before a given name,
``آل`` (the family of) before a family name; with the kind of rarer name each takes."""


def _joins(lexicon: Lexicon, word: Word) -> bool:
    """``word`` is a rarer family name with the article that is no rarer given name, no town and no verb."""
    key = normalise(word.text)
    return word.arabic and not word.flags and key.startswith("ال") and len(key) > _MIN_LETTERS + 1 \
        and lexicon.rare(key) & (RARE_FIRST | RARE_LAST) == RARE_LAST and not verb_shape(word.text)


def _father_name_before(lexicon: Lexicon, before: Word, word: Word) -> bool:
    """``before`` is a rarer given name (four letters or more, no verb, no context word) and ``word`` a given
    name that is no town (``منقذ خالد``, Munqidh son of Khalid; not ``ساكن بحلب``, living in Aleppo)."""
    key = normalise(before.text)
    return bool(word.flags & FIRST) and not word.flags & PLACE and _rare_given(lexicon, before)[:1] == " " \
        and len(key) > _MIN_LETTERS and key not in _BEFORE and key not in _AFTER and not verb_shape(before.text)


def joined_rare_family(text: str, words: list[Word], spans: list[tuple[int, int]],
                       lexicon: Lexicon) -> list[tuple[int, int]]:
    """``spans`` with an Arabic name's neighbours joined: a rarer family name with the article right after
    it (``مزاحم بن ضاحي العمار``, ``أبو منقذ الحجام``); ``أبو``/``أم``/``بن``/``آل`` right before it, and a rarer
    given name of four letters or more (no verb, no context word: ``جاري``, my neighbour) right before a name
    that starts with a given name (a father's name: ``منقذ خالد العايد``)."""
    ends = {w.end: i for i, w in enumerate(words)}
    starts = {w.start: i for i, w in enumerate(words)}
    joined = []
    for start, end in spans:
        last, first = ends.get(end), starts.get(start)
        if last is not None and words[last].arabic and not with_article(words[last].text) \
                and last + 1 < len(words) and adjacent(text, words[last], words[last + 1]) \
                and _joins(lexicon, words[last + 1]):
            end = words[last + 1].end
        if first and words[first].arabic and adjacent(text, words[first - 1], words[first]) \
                and (normalise(words[first - 1].text) in LINKS
                     or _father_name_before(lexicon, words[first - 1], words[first])):
            start = words[first - 1].start
        joined.append((start, end))
    return _merged(joined)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one: a span grown by a word may now overlap the next name's span, and of two
    overlapping spans the engine keeps one, which left the other's words uncovered."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

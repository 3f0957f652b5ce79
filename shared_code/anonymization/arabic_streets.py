"""Arabic street addresses with their house numbers (issue 12): ``شارع الأمير محمد بن عبد العزيز 12``,
``طريق الملك عبدالله، رقم 5``, ``شارع 23 يوليو``, ``ش. الجمهورية 7``, ``زنقة ابن سينا 3``, ``بشارع الرشيد 16``,
``عمارة 9``, ``نسكن في النزهة 15``.

Arabic has no letter case, so a street's name is told by where it stands:

- a **street word** (``شارع``, Egyptian ``ش.``, ``طريق``, ``جادة``, ``درب``, ``زقاق``, ``ممر``, ``دوار``,
  ``ميدان``, ``ساحة``, ``كورنيش``, Tunisian ``نهج``, Moroccan ``زنقة``, Egyptian ``عطفة``, ``حي``, ``مخيم``,
  ``منطقة`` …; with harakat (``شَارِع``) and with ``ب``/``ل``/``و``/``ف`` written on it: ``بشارع``) starts
  the span, but not ``طريق`` after ``عن`` (``عن طريق الهاتف``, by phone) nor a street word and its
  adjective (``مخيم كبير``, a big camp; ``منطقة آمنة``);
- its **name**: a number (``شارع 15``, ``شارع رقم 15``; with a month after it, a date: ``شارع 23
  يوليو``), or up to six words that are no function word (:data:`_CONNECTORS` ``بن``/``ابن``/``أبو``/
  ``أبي``/``عبد`` and :data:`_TITLES` are name words here) when a **house number** follows them, else one
  or two words and the words joined to them by a connector (``شارع عمر بن الخطاب``, ``شارع جمال عبد
  الناصر``);
- the **house number** after the name, ASCII or Arabic-Indic digits, after a comma, ``رقم`` or ``#`` too,
  and the numbers of a building, block, plot or floor after it (``شارع 7 بيت 12``, ``شارع 9، بلوك 4``);
  not a number that counts a noun (``3 أطفال``); a number right before the street word (``14 شارع
  الأزهر``);
- a **building word** (``بناية``, ``عمارة``, ``مبنى``, ``بيت``, ``منزل``, ``شقة``) with a number (``مبنى رقم 4``;
  with a possessive, ``رقم`` and a number: ``بيتي رقم 23``);
- the **town** after a comma that ends the address (``شارع الاستقلال 64، عمان``) when it is a gazetteer
  place or no ordinary Arabic word;
- a street without a street word: after a place preposition (``في``, ``من``, ``إلى``, ``عند``, ``قرب`` …,
  or ``ب`` written on an article word) or an address word (``عنوانه``, ``يسكن``, ``مقيم`` …), one to five
  words (no function word but connectors and titles) and a house number (after a comma or ``رقم`` too) that
  ends the phrase
  (``نسكن في النزهة 15``), unless a word is a noun numbers follow (:data:`_NUMBERED`: ``في الغرفة 3``,
  ``في الساعة 8``, ``في عام 2020``).
"""

from __future__ import annotations

from typing import Callable

import regex

from shared_code.anonymization.lexicon import FIRST, LAST, MINOR_PLACE, PLACE, Lexicon, normalise, weak_bit
from shared_code.anonymization.suffix_streets import arabic_suffix_streets, suffix_streets

_STREET_WORDS = ("شارع", "طريق", "جادة", "درب", "زقاق", "ممر", "دوار", "ميدان", "ساحة", "كورنيش", "نهج", "زنقة",
                 "حي", "مخيم", "منطقة", "بولفار", "حارة", "سكة", "شاطئ", "عطفة", "محور", "أوتوستراد", "اوتوستراد",
                 "فريج", "ضاحية", "رصيف", "ممشى", "مجمع")
_MARKS = r"[\p{Mn}ـ]*"
"""Harakat and tatweel a word may be written with (``شَارِع``, ``شـارع``)."""


def _marked(word: str) -> str:
    """A pattern of ``word`` with any harakat or tatweel after each letter."""
    return "".join(regex.escape(letter) + _MARKS for letter in word)


_BUILDINGS = ("بناية", "بنايه", "عمارة", "عماره", "مبنى", "بيت", "منزل", "شقة", "شقه", "فيلا", "برج")
_WORD = r"\p{Arabic}{2,}"
_DIGITS = r"\d{1,5}(?:[ \t]?[/-][ \t]?\d{1,5})?(?:[a-zA-Z]|[أبجد](?!\p{Arabic}))?"
_STREET = regex.compile(
    rf"(?<![\p{{Arabic}}\w.])(?P<clitic>[وف]?[بل]?)(?P<word>{'|'.join(map(_marked, _STREET_WORDS))}|ش\.?)(?!\p{{Arabic}})")
_BUILDING = regex.compile(rf"(?<![\p{{Arabic}}\w])[وفبل]?(?:(?:{'|'.join(map(_marked, _BUILDINGS))})[ \t]+(?:رقم[ \t]*)?"
                          rf"|(?:بيت|منزل|شقت|دار)(?:ي|نا|ه|ها|هم|كم)[ \t]+رقم[ \t]*){_DIGITS}(?![\d\w])")
"""A building word and its number (``عمارة 9``), or "my house number" (``بيتي رقم 23``)."""
_NUMBER_SIGN = r"(?:رقم|ر\.|#|№|(?i:no\.?|n°))"
_NEXT_WORD = regex.compile(rf"[ \t]+(?:{_NUMBER_SIGN}[ \t]*(?=\d))?({_WORD}|\d{{1,5}}|\p{{Lu}}[\p{{Ll}}'’-]+)(?![\w])")
"""The next word of a street's name: an Arabic word, a number, or a capitalised Latin word (``شارع Hamra 9``)."""
_HOUSE = regex.compile(
    rf"[ \t]*[,،]?[ \t]*(?:(?:{'|'.join(_BUILDINGS)}|{_NUMBER_SIGN})[ \t]*)?{_DIGITS}(?![\d\w])")
_UNITS = (*_BUILDINGS, "بلوك", "قطعة", "مربع", "الطابق", "طابق", "الدور", "مدخل", "حوض")
"""Building words and the parts of an address after a house number (block, plot, floor, entrance)."""
_AFTER_HOUSE = regex.compile(rf"[ \t]*[,،]?[ \t]*(?:{'|'.join(_UNITS)}|{_NUMBER_SIGN})[ \t]*{_DIGITS}(?![\d\w])")
_COUNTED = regex.compile(r"[ \t]*\p{Arabic}+")
_NUMBER_BEFORE = regex.compile(r"(?<![\d\w.,:/+-])\d{1,5}[ \t]+$")
_TOWN = regex.compile(rf"[ \t]*[,،][ \t]*({_WORD})(?![\w])")
_ADDRESS_CUES = ("في", "من", "إلى", "الى", "على", "عند", "قرب", "بجانب", "لعند", "العنوان", "عنوان", "عنواني", "عنوانه",
                 "عنوانها", "عنواننا", "عنوانهم", "يسكن", "تسكن", "أسكن", "نسكن", "يسكنون", "ساكن", "ساكنة", "ساكنين",
                 "يقطن", "تقطن", "أقطن", "نقطن", "مقيم", "مقيمة")
"""Place prepositions and address words (address, lives, resident) before an address."""
_IN_PLACE = regex.compile(rf"(?<![\p{{Arabic}}\w])(?:(?:{'|'.join(_ADDRESS_CUES)})[ \t]*:?[ \t]+|ب(?=ال))"
                          rf"({_WORD}(?:[ \t]+{_WORD}){{0,4}})[ \t]*[,،]?[ \t]*(?:{_NUMBER_SIGN}[ \t]*)?({_DIGITS})(?![\d\w])")
_MONTHS = frozenset(normalise(m) for m in (
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر",
    "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين", "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت"))
_CONNECTORS = frozenset(normalise(w) for w in ("بن", "ابن", "بنت", "أبو", "أبي", "ابو", "أم", "عبد", "آل", "ولد"))
"""Words that join a name to the next one (son of, father of, servant of)."""
_TITLES = frozenset(normalise(w) for w in (
    "الشيخ", "الإمام", "الملك", "الملكة", "الأمير", "الأميرة", "السلطان", "الرئيس", "الدكتور", "الشهيد", "الحاج",
    "السيد", "القائد", "الزعيم", "العقيد", "اللواء", "الخليفة", "الشريف", "المشير", "الأستاذ", "القاضي"))
"""Titles, stop words of the name rules, that streets are named with (``شارع الشيخ زايد``)."""
_NUMBERED = frozenset(normalise(w) for w in (
    "الساعة", "ساعة", "الغرفة", "غرفة", "الصف", "صف", "المرحلة", "الطابق", "طابق", "الدور", "العام", "عام",
    "السنة", "سنة", "سن", "عمر", "اليوم", "يوم", "الشهر", "شهر", "الأسبوع", "المرة", "مرة", "الفصل", "القائمة",
    "الطابور", "المجموعة", "الفئة", "المستوى", "البند", "الخط", "الرقم", "رقم", "الحافلة", "الباص", "المادة",
    "الدرجة", "الجولة", "الدفعة", "النقطة", "المركز", "المكتب", "الصفحة", "الحلقة", "العدد", "حوالي", "تقريبا",
    "خلال", "بعد", "قبل", "منذ", "أصل", "قرابة", "مجموع", "المجموع", "عدد", "نحو", "الفرقة", "الكتيبة", "آخر", "أول", "الأقل", "الأكثر", "أكثر", "أقل", "عمري", "عمره", "عمرها", "أعمارهم"))
"""Nouns a number follows that is no house number (room 3, at 8 o'clock, in the year 2020, age)."""
_COUNT_NOUNS = frozenset(normalise(w) for w in (
    "أطفال", "طفل", "أشخاص", "شخص", "أفراد", "فرد", "أيام", "يوم", "سنوات", "سنة", "سنين", "ساعات", "ساعة",
    "أشهر", "شهور", "شهر", "أسابيع", "أسبوع", "دقائق", "دقيقة", "عائلات", "عائلة", "أسر", "غرف", "غرفة", "خيام",
    "كيلو", "كيلومتر", "كم", "متر", "أمتار", "دينار", "دولار", "ليرة", "جنيه", "درهم", "ريال", "مرات", "مرة",
    "نساء", "رجال", "بنات", "أولاد", "صباحا", "مساء", "مساءا", "ظهرا", "ليلا", "بالمئة", "بالمائة", "سنتيمتر"))
"""Nouns after a number that make it a count or a time, not a house number (``3 أطفال``, ``8 صباحا``)."""
_ADJECTIVES = frozenset(normalise(w + e) for w in (
    "كبير", "صغير", "جديد", "قديم", "آمن", "رئيسي", "فرعي", "ضيق", "واسع", "طويل", "مزدحم", "كامل", "مظلم", "خطير",
    "مغلق", "مفتوح", "بعيد", "قريب", "عام", "خاص", "مؤقت", "ترابي", "معبد", "سريع", "مهجور", "سكني", "تجاري",
    "شعبي", "مكتظ", "فقير", "نظيف", "واحد", "ثاني", "آخر", "مدمر", "مقطوع", "موحل") for e in ("", "ة"))
"""Adjectives after an indefinite street word: a street, no street name (``مخيم كبير``, ``منطقة آمنة``)."""
_MAX_NAME = 6
_DIGIT = regex.compile(r"\d")
_ARABIC_BEFORE = regex.compile(r"(\p{Arabic}+)[ \t]+$")
_LATIN = regex.compile(r"\p{Latin}")
_WEAK = weak_bit("ar")
_SEPARATOR = regex.compile(r"[ \t]*[,،]?[ \t]*")

Span = tuple[int, int]


class ArabicStreets:
    """The rules of the module docstring, for one lexicon and stop-word list (words as written: ``على`` and
    ``علي`` are one lexicon key); ``rare`` tells a word that is no ordinary Arabic word nor a name
    (:meth:`arabic_places.ArabicPlaces._place`)."""

    def __init__(self, lexicon: Lexicon, stop: frozenset[str], rare: Callable[[str], bool]) -> None:
        self.lexicon, self.stop, self.rare = lexicon, stop, rare

    def find(self, text: str) -> list[Span]:
        """Spans of the street addresses of ``text`` (see the module docstring)."""
        spans = [span for match in _STREET.finditer(text) if (span := self._street(text, match))]
        if _DIGIT.search(text):  # building numbers and addresses without a street word need a number
            spans += [m.span() for m in _BUILDING.finditer(text) if not self._counted(text, m.end())]
            spans += [span for m in _IN_PLACE.finditer(text, overlapped=True)
                      if (span := self._without_street_word(text, m))]
            if _LATIN.search(text):  # English street types: 12 King Fahd Road, الياسمين Heights 3
                spans += suffix_streets(text) + arabic_suffix_streets(text, self.stop, self._counted, self._named)
        return _joined(text, spans) if spans else spans

    def _street(self, text: str, match: regex.Match[str]) -> Span | None:
        """The street starting at ``match`` (a street word), with its name, house number and town."""
        if normalise(match.group("word")) == "طريق" and not match.group("clitic") and self._word_before(text, match.start()) == "عن":
            return None
        words = self._name_words(text, match.end())
        if not words or normalise(words[0].group(1)) in _ADJECTIVES:
            return None
        end = self._name_end(text, words)
        if end is None:
            return None
        end = self._house_number(text, end)
        town = _TOWN.match(text, end)
        if town and self._town(town.group(1)):
            end = town.end()
        before = _NUMBER_BEFORE.search(text, max(0, match.start() - 8), match.start())
        return (before.start() if before and not match.group("clitic") else match.start()), end

    def _name_words(self, text: str, at: int) -> list[regex.Match[str]]:
        """Up to :data:`_MAX_NAME` words (or numbers) after the street word, up to a function word."""
        words: list[regex.Match[str]] = []
        while len(words) < _MAX_NAME:
            word = _NEXT_WORD.match(text, at)
            if not word:
                break
            key = normalise(word.group(1))
            joined = bool(words) and normalise(words[-1].group(1)) in _CONNECTORS  # عبد الله
            if key not in _CONNECTORS and key not in _TITLES and word.group(1) in self.stop and not joined:
                break
            words.append(word)
            at = word.end()
            if word.group(1)[0].isdigit():
                break
        return words

    def _name_end(self, text: str, words: list[regex.Match[str]]) -> int | None:
        """Where the street's name ends: at a number, at the last word before a house number, or after one or
        two words and their connectors."""
        if words[0].group(1)[0].isdigit():
            after = _NEXT_WORD.match(text, words[0].end())
            if after and normalise(after.group(1)) in _MONTHS:
                return after.end()
            return words[0].end() if not self._counted(text, words[0].end()) else None
        for index, word in enumerate(words):
            if word.group(1)[0].isdigit():
                return words[index - 1].end() if normalise(words[index - 1].group(1)) not in _CONNECTORS else None
            if _HOUSE.match(text, word.end()) and not self._counted(text, _HOUSE.match(text, word.end()).end()) \
                    and normalise(word.group(1)) not in _CONNECTORS:
                return word.end()
        names = [w for w in words if not w.group(1)[0].isdigit()]
        if normalise(names[0].group(1)) in _CONNECTORS:
            return None
        last = 0 if len(names) < 2 or names[1].group(1).startswith("و") else 1
        joined = [normalise(w.group(1)) in _CONNECTORS for w in names]
        while last + 1 < len(names) and (joined[last] or joined[last + 1]):
            last += 1  # a connector and the word it joins: بن أبي طالب, عبد الناصر
        while joined[last]:
            last -= 1
        return names[last].end()

    def _house_number(self, text: str, end: int) -> int:
        """The end of the house number after ``end`` and of the building numbers after it, if any."""
        house = _HOUSE.match(text, end)
        if house and not self._counted(text, house.end()):
            end = house.end()
        while (more := _AFTER_HOUSE.match(text, end)) and not self._counted(text, more.end()):
            end = more.end()
        return end

    def _counted(self, text: str, end: int) -> bool:
        """The number ending at ``end`` counts the noun after it (``3 أطفال``, ``8 صباحا``)."""
        noun = _COUNTED.match(text, end)
        return bool(noun) and normalise(noun.group().strip()) in _COUNT_NOUNS

    def _named(self, word: str) -> bool:
        """``word`` is a name of the lexicon that is no ordinary Arabic word, or is no ordinary word at all."""
        flags = self.lexicon.flags(normalise(word))
        return word not in self.stop and (bool(flags & (FIRST | LAST)) and not flags & _WEAK or self.rare(word))

    def _town(self, word: str) -> bool:
        key = normalise(word)
        if word in self.stop or _STREET.fullmatch(word):
            return False
        return bool(self.lexicon.place_flags(key) & (PLACE | MINOR_PLACE)) or self.rare(word)

    def _without_street_word(self, text: str, match: regex.Match[str]) -> Span | None:
        """Words after a place preposition or an address word and a house number that ends the phrase (see
        the module docstring)."""
        words = match.group(1).split()
        if words[-1] == "رقم":  # the number sign, not a name word
            words.pop()
        if not words:
            return None
        keys = [normalise(w) for w in words]
        joined = [False] + [k in _CONNECTORS for k in keys[:-1]]  # the word after عبد: عبد الله
        if any(w in self.stop and k not in _CONNECTORS and k not in _TITLES and not j or k in _NUMBERED
               or k in _CONNECTORS and i == 0 for i, (w, k, j) in enumerate(zip(words, keys, joined))):
            return None
        if self._counted(text, match.end()) or not self._phrase_ends(text, match.end()):
            return None
        return match.start(1), match.end()

    def _phrase_ends(self, text: str, end: int) -> bool:
        after = _NEXT_WORD.match(text, end)
        if not after:
            return True
        word = after.group(1)
        return word in self.stop or word.startswith("و")

    @staticmethod
    def _word_before(text: str, start: int) -> str:
        before = _ARABIC_BEFORE.search(text, max(0, start - 20), start)
        return before.group(1) if before else ""


def _joined(text: str, spans: list[Span]) -> list[Span]:
    """Address parts separated by a comma only make one address (``حي النزهة، شارع 15``)."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and _SEPARATOR.fullmatch(text, merged[-1][1], start):
            merged[-1] = merged[-1][0], max(end, merged[-1][1])
        else:
            merged.append((start, end))
    return merged

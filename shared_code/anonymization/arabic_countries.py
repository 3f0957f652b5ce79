"""Countries written in Arabic (issue 12): ``جئنا من لبنان``, ``هربنا من السودان``, ``ابني هاجر إلى ألمانيا``.

The gazetteer holds towns, not countries, and GeoNames names no country in Arabic; with no NER for Arabic
every country reached the LLM. The names below are written by hand from general knowledge (the usual
Modern Standard Arabic names, with common spelling variants; no list of a fake-data generator nor of the
evaluation set's sources):

- :data:`COUNTRIES`, names that are no ordinary word nor a given name: a place wherever they stand, with
  ``و``/``ف``/``ب``/``ل`` written on them too (``ولبنان``, ``بالسودان``, ``للسودان``);
- :data:`AMBIGUOUS`, names that are ordinary words or names as well (``المغرب`` sunset, ``الجزائر``
  islands, ``قطر`` diameter, ``مالي`` my money, ``مصر`` insistent, ``البحرين`` two seas, ``فلسطين`` a given
  name, ``السعودية`` and ``سورية`` also adjectives, Saudi, Syrian): a place only right after a place
  preposition (``في``, ``من``, ``إلى`` …, or ``ب``/``ل`` written on them) when the word ends its noun
  phrase (punctuation, the end, a function word or a word with ``و``: ``من المغرب إلى تونس``; ``صلينا
  المغرب``, we prayed the sunset prayer, and ``عائلة سورية``, a Syrian family, stay).
"""

from __future__ import annotations

import regex

from shared_code.anonymization.lexicon import normalise

COUNTRIES = frozenset(normalise(w) for w in """
لبنان سوريا العراق اليمن السودان ليبيا موريتانيا الصومال جيبوتي الكويت الإمارات تركيا إيران
أفغانستان باكستان بنغلاديش الهند الصين اليابان إندونيسيا ماليزيا الفلبين أذربيجان أرمينيا إثيوبيا إريتريا
كينيا أوغندا تنزانيا رواندا بوروندي الكونغو نيجيريا السنغال تشاد النيجر الكاميرون غانا
ألمانيا المانيا فرنسا بريطانيا إنجلترا انجلترا إيطاليا ايطاليا إسبانيا اسبانيا البرتغال هولندا بلجيكا
سويسرا النمسا السويد النرويج الدنمارك فنلندا أيرلندا اليونان قبرص مالطا بولندا رومانيا بلغاريا صربيا
المجر التشيك أوكرانيا روسيا كندا أمريكا أميركا المكسيك البرازيل الأرجنتين أستراليا استراليا أوروبا
""".split())
"""Countries whose Arabic name is no ordinary word nor a given name."""

AMBIGUOUS = frozenset(normalise(w) for w in """
مصر المغرب الجزائر تونس الأردن فلسطين السعودية قطر البحرين عمان مالي جورجيا سورية
""".split())
"""Countries whose name is an ordinary word or a name as well (module docstring)."""

_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_WORDS = regex.compile(r"\p{Arabic}+")
_PREPOSITIONS = frozenset(normalise(w) for w in (
    "في", "من", "إلى", "الى", "الي", "عند", "قرب", "داخل", "خارج", "نحو", "حدود", "لعند", "حتى", "وفي", "ومن",
    "وإلى", "عبر", "بين"))
_END = regex.compile(r"[ \t]*(?:$|[.,;:!?()\n،؛؟]|(?P<word>\p{Arabic}+))")

Span = tuple[int, int]


def _country(key: str, names: frozenset[str]) -> str | None:
    """The clitic written on ``key`` when the rest is a country of ``names`` (``""``: none), else None."""
    for clitic in _CLITICS:
        if not key.startswith(clitic):
            continue
        rest = key[len(clitic):]
        if clitic.endswith("ل") and rest.startswith("ل"):
            rest = "ا" + rest  # للسودان: ل + السودان, the article's alef dropped
        if rest in names:
            return clitic
    return None


def country_spans(text: str, stop: frozenset[str]) -> list[Span]:
    """The countries of the module docstring in ``text``; ``stop``: Arabic function words (lexicon keys)."""
    words = list(_WORDS.finditer(text))
    found = []
    for index, word in enumerate(words):
        key = normalise(word.group())
        if _country(key, COUNTRIES) is not None:
            found.append(word.span())
            continue
        clitic = _country(key, AMBIGUOUS)
        if clitic is None:
            continue
        joined = index and text[words[index - 1].end() : word.start()].isspace()
        before = normalise(words[index - 1].group()) if joined else ""
        after = _END.match(text, word.end())
        ends = bool(after) and (after.group("word") is None or normalise(after.group("word")) in stop
                                or after.group("word")[:1] in "وف" and not after.group("word").startswith("في"))
        if (clitic.endswith(("ب", "ل")) or before in _PREPOSITIONS) and ends:
            found.append(word.span())
    return found

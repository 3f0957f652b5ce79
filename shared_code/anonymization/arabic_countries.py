"""Countries and regions written in Arabic (issue 12): ``جئنا من لبنان``, ``هربنا من السودان``, ``ابني هاجر
إلى ألمانيا``, ``نزحنا من حضرموت``, ``الوضع صعب في النيل الأزرق``.

The gazetteer holds towns, not countries nor regions, and GeoNames names no country in Arabic; with no
NER for Arabic every country and governorate reached the LLM. The names below are written by hand from
general knowledge (the usual Modern Standard Arabic names, with common spelling variants; no list of a
fake-data generator nor of the evaluation set's sources): countries, and the governorates, provinces and
historical regions of Arab countries whose name is no town's (``الأنبار``, ``دارفور``, ``القصيم``); those
that are ordinary words throughout (``الريف`` countryside, ``الساحل`` coast, ``الشرقية`` eastern, ``الجزيرة``
island) are left out:

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

REGIONS = frozenset(normalise(w) for w in """
حضرموت شبوة أبين المحويت سقطرى الأنبار نينوى ديالى واسط القادسية بابل كردفان دارفور القصيم الأحساء البلقاء
الطفيلة عجلون عكار سيناء فزان برقة الغوطة حوران القلمون الجليل الخرطوم النبطية الهرمل ظفار مسندم الأطلس
الأوراس الهقار مزاب ميزاب الساورة النقب النوبة
""".split()) | frozenset(f"{normalise(a)}_{normalise(b)}" for a, b in (
    ("النيل", "الأزرق"), ("النيل", "الأبيض"), ("البحر", "الأحمر"), ("الضفة", "الغربية"), ("ذي", "قار"),
    ("سوس", "ماسة"), ("درعة", "تافيلالت"), ("نهر", "النيل"), ("الوادي", "الجديد"), ("جبل", "لبنان"),
    ("جبل", "عامل"), ("البحر", "الميت"), ("الجبل", "الأخضر")))
"""Governorates, provinces and historical regions that are no ordinary word (two-word names joined by ``_``)."""

AMBIGUOUS = frozenset(normalise(w) for w in """
مصر المغرب الجزائر تونس الأردن فلسطين السعودية قطر البحرين عمان مالي جورجيا سورية
البقاع الصعيد المهرة الجوف الضالع ريمة عسير الباحة المثنى ميسان الدلتا القبائل الباطنة الجريد
""".split())
"""Countries and regions whose name is an ordinary word or a name as well (module docstring: ``البقاع``
places, ``الصعيد`` level, ``عسير`` difficult, ``المثنى`` and ``ميسان`` names)."""

_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "عال")
"""Prepositions and conjunctions written on a name; spoken ``عال`` is ``على ال`` (``رحنا عالنبطية``)."""
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
        elif clitic == "عال":
            rest = "ال" + rest
        if rest in names:
            return clitic
    return None


def country_spans(text: str, stop: frozenset[str]) -> list[Span]:
    """The countries and regions of the module docstring in ``text``; ``stop``: Arabic function words
    (lexicon keys)."""
    words = list(_WORDS.finditer(text))
    found = []
    for index, word in enumerate(words):
        key = normalise(word.group())
        if index + 1 < len(words) and text[word.end() : words[index + 1].start()].isspace() \
                and _country(f"{key}_{normalise(words[index + 1].group())}", REGIONS) is not None:
            found.append((word.start(), words[index + 1].end()))  # النيل الأزرق
            continue
        if _country(key, COUNTRIES) is not None or _country(key, REGIONS) is not None:
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
        if (clitic.endswith(("ب", "ل")) or before in _PREPOSITIONS) and ends:  # عال ends in ل too
            found.append(word.span())
    return found

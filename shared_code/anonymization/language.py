"""Per-record script and language detection and NER routing (docs/pipeline.md § Anonymisation).

Deterministic and offline: first the dominant script from Unicode letter properties (e-mail addresses and
web addresses are ignored, so ``oksana@ukr.net`` does not make a Ukrainian record "Latin"); then, where
a script has several configured candidate languages, lingua-language-detector restricted to exactly
those candidates, in high-accuracy mode: on single sentences its low-accuracy mode picks the wrong
language for 13 % of them and loses 4.5 points of PERSON recall (docs/anonymization.md). Its models load
on first detection. Texts with fewer than ``MIN_LETTERS`` letters use the fallback language.

Routing: a language with a configured model uses it; other Latin-script languages use the fallback NER
model; every other script gets patterns only (no NER).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

import regex

MIN_LETTERS = 12
DETECT_CHARS = 300
"""lingua sees at most this many leading characters of a text (its cost is linear in length)."""

SCRIPT_OF_LANGUAGE: dict[str, str] = {
    **{code: "Cyrillic" for code in ("uk", "ru", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn")},
    **{code: "Arabic" for code in ("ar", "fa", "ur", "ps", "ckb", "sd", "ug")},
    **{code: "Hebrew" for code in ("he", "yi")},
    **{code: "Ethiopic" for code in ("am", "ti")},
    **{code: "Devanagari" for code in ("hi", "mr", "ne")},
    "el": "Greek", "hy": "Armenian", "ka": "Georgian", "bn": "Bengali", "th": "Thai", "my": "Myanmar",
    "zh": "Han", "ja": "Han", "ko": "Hangul",
}
"""Scripts of non-Latin languages; any code not listed is taken to be written in Latin script."""

_IGNORED = regex.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|net|org|info|ua|ru|fr|de|nl|es)\S*")
_ANY_LETTER = regex.compile(r"\p{L}+")
_SCRIPT_LETTERS = {
    script: regex.compile(pattern)
    for script, pattern in (
        ("Latin", r"\p{Latin}+"), ("Cyrillic", r"\p{Cyrillic}+"), ("Arabic", r"\p{Arabic}+"),
        ("Greek", r"\p{Greek}+"), ("Hebrew", r"\p{Hebrew}+"), ("Ethiopic", r"\p{Ethiopic}+"),
        ("Devanagari", r"\p{Devanagari}+"), ("Armenian", r"\p{Armenian}+"), ("Georgian", r"\p{Georgian}+"),
        ("Bengali", r"\p{Bengali}+"), ("Thai", r"\p{Thai}+"), ("Myanmar", r"\p{Myanmar}+"),
        ("Han", r"[\p{Han}\p{Hiragana}\p{Katakana}]+"), ("Hangul", r"\p{Hangul}+"),
    )
}
_COMMON_SCRIPTS = ("Latin", "Cyrillic", "Arabic")


@dataclass(frozen=True, slots=True)
class Route:
    """Where one text goes: ``language`` selects the recognisers, ``ner_language`` the spaCy model (None:
    patterns only)."""

    language: str
    ner_language: str | None
    script: str


def dominant_script(text: str) -> tuple[str, int]:
    """The script with most letters in ``text`` (e-mail and web addresses ignored) and its letter count."""
    if "@" in text or "www." in text or "://" in text or ".com" in text:
        text = _IGNORED.sub(" ", text)
    total = _letters(_ANY_LETTER, text)
    if not total:
        return "None", 0
    counts = {script: _letters(_SCRIPT_LETTERS[script], text) for script in _COMMON_SCRIPTS}
    if sum(counts.values()) < total:  # letters of rarer scripts: count those too
        counts.update({s: _letters(p, text) for s, p in _SCRIPT_LETTERS.items() if s not in counts})
        counts["Other"] = total - sum(counts.values())
    script = max(counts, key=lambda s: (counts[s], s == "Latin"))
    return script, counts[script]


def _letters(pattern: regex.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))


class LanguageRouter:
    """Routes texts to a recogniser language and an NER model; deterministic, thread-safe after build."""

    def __init__(self, languages: Iterable[str], models: Mapping[str, str], fallback: str) -> None:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        self.models = dict(models)
        self.fallback = fallback
        self.ner_fallback = fallback if fallback in self.models else None
        candidates: dict[str, list[str]] = {}
        for code in dict.fromkeys([*languages, *self.models, fallback]):
            candidates.setdefault(SCRIPT_OF_LANGUAGE.get(code, "Latin"), []).append(code)
        self.candidates = candidates
        self._lingua: dict[str, tuple[object, dict[object, str]]] = {}
        for script, codes in candidates.items():
            known = {}
            for code in codes:
                try:
                    known[Language.from_iso_code_639_1(IsoCode639_1.from_str(code))] = code
                except (ValueError, AttributeError):
                    continue  # a code lingua does not know is never detected, only configured
            if len(known) > 1:
                detector = LanguageDetectorBuilder.from_languages(*known).build()
                self._lingua[script] = (detector, known)

    def detect(self, text: str) -> tuple[str, str]:
        """``(language, script)`` of one text; too short or undecidable texts get the fallback language."""
        script, letters = dominant_script(text)
        codes = self.candidates.get(script)
        if not codes:
            return self.fallback, script
        if len(codes) == 1:
            return codes[0], script
        if letters < MIN_LETTERS or script not in self._lingua:
            return (self.fallback if self.fallback in codes else codes[0]), script
        detector, known = self._lingua[script]
        found = detector.detect_language_of(text[:DETECT_CHARS])  # type: ignore[attr-defined]
        if found is None:
            return (self.fallback if self.fallback in codes else codes[0]), script
        return known[found], script

    def route(self, text: str) -> Route:
        language, script = self.detect(text)
        if script != SCRIPT_OF_LANGUAGE.get(language, "Latin"):
            return Route(language, None, script)  # no letters, or a script without configured language
        if language in self.models:
            return Route(language, language, script)
        if script == "Latin":
            return Route(language, self.ner_fallback, script)
        return Route(language, None, script)

    def patterns_only(self) -> Route:
        """The route of ids and metadata values: structured patterns, no NER, no language detection."""
        return Route(self.fallback, None, "None")

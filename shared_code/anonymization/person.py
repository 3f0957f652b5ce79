"""PERSON names found by language-aware cues, beside the NER (docs/pipeline.md § Anonymisation).

Small NER models miss many names in short feedback texts ("The landlord is Joy.", "Ma voisine Élodie a
le même problème") and the English fallback model is unreliable on Spanish, Dutch or German. This
recogniser finds names introduced by the cues of :mod:`shared_code.anonymization.cues`: a courtesy title,
a self-introduction or sign-off, a role or kinship noun with a copula, or a request verb after the name.

What counts as a name: for cased scripts (Latin, Cyrillic, Greek) one to four capitalised words, with
apostrophes (``O'Brien``, ``N'Diaye``, ``Дем'яненко``), hyphens (``Jan-Willem``) and lower-case particles
(``van der``, ``de la``) inside; leading or trailing stop words of the language, calendar words and
greetings are trimmed. For Arabic (no letter case) one word, plus a second one unless it is a function
word, a conjunction-prefixed word or a verb of the cue list.
"""

from __future__ import annotations

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio/spaCy are imported)

import importlib.util
from dataclasses import replace
from pathlib import Path
from typing import Callable, List, Optional

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from shared_code.anonymization.arabic_names import relation_name_word
from shared_code.anonymization.cues import (
    ANY_LATIN_BEFORE,
    ANY_LATIN_TITLES,
    COMMON_NON_NAME_WORDS,
    NAME_HOMOGRAPHS,
    NON_NAME_WORDS,
    PERSON_CUES,
    PersonCues,
)
from shared_code.anonymization.introductions import introduced_names, surname_test
from shared_code.anonymization.language import SCRIPT_OF_LANGUAGE
from shared_code.anonymization.result import recognizer_result

SCORE = 0.9
"""Above the NER's 0.85, so Presidio's de-duplication keeps the cue result for the same span."""
_WORD = r"(?:\p{Lu}['’ʼ])?\p{Lu}\p{Ll}+(?:['’ʼ]\p{Ll}+)?(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*"
_ARABIC_WORD = r"\p{Arabic}{2,}"
NAME_WORD = _WORD
"""One capitalised name word (``O'Brien``, ``Jan-Willem``, ``Дем'яненко``), shared with the location cues."""
_WORD_RE = regex.compile(_WORD)
_NON_SPACE = regex.compile(r"\S+")
_CUE_START = r"(?<!\w)"
_NAME_START = r"(?<![\w'’ʼ-])"
_TAIL_GAP = r"[ \t]*[:,\-–—]?[ \t]*"
_NAME_END = r"(?=[ \t]*(?:[,.;:!?()\[\]/+\d،؛؟]|$))"
"""After a label cue (``Caller:``, ``Signed,``) the name must end the phrase (Arabic punctuation too:
``صاحب الحساب سامر قنواتي، هاتف``): ``Follow-up call: Workers came`` is not a name."""
_ABBREVIATION = 4
"""Titles of at most this many letters may carry a dot (``Dr.``, ``Sra.``); longer ones may not, so the
sentence end in ``… the doctor. Maria came`` is not read as a title."""
_LETTERS = regex.compile(r"\p{L}+")


def non_name_words(language: str) -> frozenset[str]:
    """Words never part of a name in ``language``: its courtesy titles, one-word cues and role nouns,
    calendar words, greetings, form and channel words (:mod:`cues`)."""
    cues = PERSON_CUES.get(language)
    words = {*NON_NAME_WORDS.get(language, ()), *COMMON_NON_NAME_WORDS}
    if cues:
        words.update(t.replace("\\", "").rstrip(".") for t in cues.titles)
        words.update(c for c in (*cues.before, *cues.roles) if _LETTERS.fullmatch(c))  # "demandez", "habla"
    return frozenset(w.casefold() for w in words)


def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop-word list of ``language`` (no model needed; minus the given names it contains, such
    as Arabic علي) plus :func:`non_name_words`."""
    words = set(_spacy_stop_words(language))
    words.difference_update(NAME_HOMOGRAPHS.get(language, ()))
    return frozenset(w.casefold() for w in words) | non_name_words(language)


def _spacy_stop_words(language: str) -> frozenset[str]:
    """``spacy/lang/<language>/stop_words.py`` run on its own: importing it as a submodule would import
    the language package first, whose tokenizer exceptions take ~4 s for French."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / language / "stop_words.py"
    if not path.is_file():
        return frozenset()
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # a data file: one set
    return frozenset(namespace.get("STOP_WORDS", ()))  # type: ignore[arg-type]


def _alternatives(items: tuple[str, ...]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


def _is_label(cue: str) -> bool:
    """A label cue ends in a colon or comma (``caller\\s*:``, ``signed\\s*[,:]?``)."""
    return cue.rstrip("?").endswith((":", ",", "[,:]", ",?", ":?"))


class PersonCueRecognizer(LocalRecognizer):
    """Cue-introduced person names for one language (see the module docstring)."""

    def __init__(self, supported_language: str, cues: Optional[PersonCues] = None, name: Optional[str] = None):
        self.cues = cues or PERSON_CUES.get(supported_language) or PERSON_CUES["en"]
        if cues is None and SCRIPT_OF_LANGUAGE.get(supported_language, "Latin") == "Latin":
            self.cues = replace(self.cues, before=(*self.cues.before, *ANY_LATIN_BEFORE),  # texts routed here
                                titles=(*self.cues.titles, *ANY_LATIN_TITLES))
        self.arabic = supported_language in {"ar", "fa", "ur", "ps"}
        self.stop = stop_words(supported_language)
        self.strict = non_name_words(supported_language)
        self._before, self._after = self._compile(self.cues)
        self._after_cue = regex.compile(rf"(?i:{_alternatives(self.cues.after)})(?!\w)") if self.cues.after else None
        """Any of the after cues: a text without one cannot match ``_after``, which tries a name at every word."""
        particles = _alternatives(self.cues.particles) if self.cues.particles else r"(?!)"
        self._particles = regex.compile(rf"(?:(?:{particles})[ \t]+){{1,2}}")
        self._surname: Optional[Callable[[str], bool]] = None
        """:func:`introductions.surname_test`, made on first use (it reads the lexicon)."""
        self._name: Optional[Callable[[str], bool]] = None
        """The same test for a given name or a surname."""
        super().__init__(
            supported_entities=["PERSON"], supported_language=supported_language, name=name or "QfaPersonCue"
        )

    def load(self) -> None:  # patterns are compiled in __init__
        pass

    def _compile(self, cues: PersonCues) -> tuple[regex.Pattern[str], regex.Pattern[str] | None]:
        name = self._name_pattern(cues)
        titles = self._titles_pattern(cues)
        plain = [c for c in cues.before if not _is_label(c)] + list(cues.relations)
        labels = [c for c in cues.before if _is_label(c)]
        parts = [rf"{titles}(?:[ \t]+{titles})*(?=[ \t])"] if cues.titles else []  # Frau Dr. Trüb
        if cues.roles and cues.copulas:
            parts.append(
                rf"(?:{_alternatives(cues.roles)})(?:['’]s)?(?:[ \t]+[^\s.!?;:,]+){{0,5}}?"
                rf"(?:[ \t]+(?:{_alternatives(cues.copulas)})|[ \t]*:)(?:[ \t]+{titles})?"
            )
        if plain:
            parts.append(rf"(?:{_alternatives(tuple(plain))})")
        lead = "|".join(parts)
        label = rf"|{_CUE_START}(?i:{_alternatives(tuple(labels))}){_TAIL_GAP}(?P<label>{name}){_NAME_END}" if labels else ""
        before = regex.compile(
            rf"{_CUE_START}(?i:{lead}){_TAIL_GAP}(?P<name>{name})(?![\w'’ʼ]){label}"
        )
        after = (
            regex.compile(rf"{_NAME_START}(?P<name>{name})[ \t]*,?[ \t]+(?i:{_alternatives(cues.after)})(?!\w)")
            if cues.after
            else None
        )
        return before, after

    def _name_pattern(self, cues: PersonCues) -> str:
        if self.arabic:
            return rf"{_ARABIC_WORD}(?:[ \t]+{_ARABIC_WORD})?"
        particles = _alternatives(cues.particles) if cues.particles else r"(?!)"
        return rf"(?:(?:{particles})[ \t]+){{0,2}}{_WORD}(?:[ \t]+(?:(?:{particles})[ \t]+){{0,2}}{_WORD}){{0,3}}"

    @staticmethod
    def _titles_pattern(cues: PersonCues) -> str:
        if not cues.titles:
            return r"(?!)"
        short = tuple(t for t in cues.titles if len(t.replace("\\", "")) <= _ABBREVIATION)
        long = tuple(t for t in cues.titles if len(t.replace("\\", "")) > _ABBREVIATION)
        options = [rf"(?:{_alternatives(short)})\.?"] if short else []
        options += [rf"(?:{_alternatives(long)})"] if long else []
        return "(?:" + "|".join(options) + ")"

    def analyze(
        self, text: str, entities: List[str], nlp_artifacts: Optional[NlpArtifacts] = None
    ) -> List[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        spans: set[tuple[int, int]] = set()
        for pattern in (self._before, self._after if self._after_cue and self._after_cue.search(text) else None):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                group = "name" if match.start("name") >= 0 else "label"
                span = self._trim(text, match.start(group), match.end(group))
                if span:
                    spans.add(span)
        if not self.arabic:
            self._surname = self._surname or surname_test()
            self._name = self._name or surname_test(given=True)
            spans.update(introduced_names(text, self.stop, self._surname, self._name))
        return [self._result(start, end) for start, end in sorted(spans)]

    def _trim(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Drop leading stop words (keeping particles before a name: ``de Jong``) and trailing words that
        are not name-like (a capitalised stop word at the end stays: ``Ayşe Lang``). Arabic: the first word
        must be a name word without the article; a second one is kept only if it fits."""
        words = [m.span() for m in _NON_SPACE.finditer(text, start, end)]
        if self.arabic:
            return self._trim_arabic(text, words)
        first = next((i for i, (s, e) in enumerate(words) if not self._not_name(text[s:e], self.stop)), None)
        if first is None:
            return None
        for back in (2, 1):  # particles before the name, one or two (de Jong, von der Heide)
            if first >= back and self._particles.fullmatch(text, words[first - back][0], words[first][0]):
                first -= back
                break
        words = words[first:]
        while words and self._not_name(text[words[-1][0] : words[-1][1]], self.strict):
            words.pop()
        return (words[0][0], words[-1][1]) if words else None

    def _trim_arabic(self, text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
        if not words:
            return None
        first = text[words[0][0] : words[0][1]]
        # given names carry no article; a verb after a relation noun is none (زوجي يعمل)
        if first.casefold() in self.stop or first.startswith("ال") or not relation_name_word(text, words[0][0]):
            return None
        if len(words) == 2:
            second = text[words[1][0] : words[1][1]]
            if second.casefold() in self.stop or (second.startswith("و") and not second.startswith("ال")):
                words = words[:1]
        return words[0][0], words[-1][1]

    def _not_name(self, word: str, stop: frozenset[str]) -> bool:
        return word.casefold() in stop or not _WORD_RE.fullmatch(word)

    def _result(self, start: int, end: int) -> RecognizerResult:
        return recognizer_result(self, "PERSON", start, end, SCORE)

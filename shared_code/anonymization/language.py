"""Per-record script and language detection and NER routing (docs/pipeline.md § Anonymisation).

Deterministic and offline: first the dominant script from Unicode letter properties (e-mail addresses and
web addresses are ignored, so ``oksana@ukr.net`` does not make a Ukrainian record "Latin"); then, where
a script has several configured candidate languages, py3langid restricted to exactly those candidates:
as accurate as lingua's high-accuracy mode on whole records and single sentences, 5-7x faster and about
110 MB lighter (docs/anonymization.md). Its model (one byte n-gram automaton shared by every script) loads
when the router is built, from ``data/langid_model.npz`` (the same model cut to the languages we detect,
~5x faster to read) when that holds every candidate; only the candidates' weight columns are kept. Texts
with fewer than ``MIN_LETTERS`` letters, or detected with less than ``MIN_CONFIDENCE`` (mixed-language
text), use the fallback language.

Routing: a language with a configured model uses it; other Latin-script languages use the fallback NER
model; every other script gets patterns only (no NER).
"""

from __future__ import annotations

import threading
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import regex

MIN_LETTERS = 12
MIN_CONFIDENCE = 0.6
"""A detection less probable than this (mixed-language text, a few words) counts as undecided: the
fallback language. On 216 generated single sentences and their first 6 and 4 words in 9 languages, 2
correct detections fall below it and no wrong one stays above it."""
DETECT_CHARS = 300
"""The detector sees at most this many leading characters of a text (its cost is linear in length)."""

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
        self.models = dict(models)
        self.fallback = fallback
        self.ner_fallback = fallback if fallback in self.models else None
        candidates: dict[str, list[str]] = {}
        for code in dict.fromkeys([*languages, *self.models, fallback]):
            candidates.setdefault(SCRIPT_OF_LANGUAGE.get(code, "Latin"), []).append(code)
        self.candidates = candidates
        ambiguous = {script: codes for script, codes in candidates.items() if len(codes) > 1}
        self._detectors = _build_detectors(ambiguous) if ambiguous else {}

    def detect(self, text: str) -> tuple[str, str]:
        """``(language, script)`` of one text; too short or undecidable texts get the fallback language."""
        script, letters = dominant_script(text)
        codes = self.candidates.get(script)
        if not codes:
            return self.fallback, script
        if len(codes) == 1:
            return codes[0], script
        default = self.fallback if self.fallback in codes else codes[0]
        detector = self._detectors.get(script)
        if letters < MIN_LETTERS or detector is None:
            return default, script
        found, confidence = detector.classify(text[:DETECT_CHARS])
        return (found if confidence >= MIN_CONFIDENCE else default), script

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


def _build_detectors(candidates: Mapping[str, list[str]]) -> dict[str, object]:
    """One py3langid identifier per script, restricted to the script's candidate languages it knows.

    The model is read once; the automaton (about 30 MB) and its row offsets are shared by every
    identifier, and the full weight matrix (142 languages) is dropped after the candidates' columns are
    copied out."""
    import numpy as np

    ptc, pc, classes, nextmove, row, output, byte_class = _take_model(
        {code for codes in candidates.values() for code in codes})
    width = 256 if byte_class is None else max(byte_class) + 1
    rowbase = _to_array(np.asarray(row, dtype=np.uint32) * np.uint32(width))
    out = _to_array(np.asarray(output, dtype=np.int32), "i")
    identifier = _identifier_class()  # one class for every script's identifier
    detectors: dict[str, object] = {}
    for script, codes in candidates.items():
        columns = [index for index, label in enumerate(classes) if label in codes]
        if len({classes[index] for index in columns}) < 2:
            continue  # a code py3langid does not know is never detected, only configured
        detectors[script] = identifier(
            np.ascontiguousarray(ptc[:, columns]), np.asarray(pc)[columns], [classes[index] for index in columns],
            nextmove, out, norm_probs=True, tk_row=(), rowbase=rowbase, byte_class=byte_class,
        )
    return detectors


def _identifier_class() -> type:
    """py3langid's ``LanguageIdentifier`` over a shared automaton: the row offsets are given (py3langid
    builds a list of ~100,000 ints per identifier, ~3.7 MB each), and with the derived model each byte is
    first mapped to its class (``byte_class``: rows hold one column per class, scripts/build_langid_model.py).
    Scores are the same as py3langid's own (tests/unit/anonymization/test_langid_model.py)."""
    from py3langid.langid import LanguageIdentifier

    class SharedAutomatonIdentifier(LanguageIdentifier):
        def __init__(self, *args, rowbase: array, byte_class: bytes | None, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._rowbase, self._byte_class = rowbase, byte_class

        def _raw_score(self, text: bytes):  # noqa: ANN202 - numpy scores, as the parent's
            return super()._raw_score(text if self._byte_class is None else text.translate(self._byte_class))

    return SharedAutomatonIdentifier


DERIVED_MODEL_PATH = Path(__file__).resolve().parent / "data" / "langid_model.npz"
"""py3langid's model cut to the languages we detect, built by scripts/build_langid_model.py: the same
automaton and weights, loaded ~5x faster than the full LZMA-compressed model."""

_model_lock = threading.Lock()
_prefetched: list[tuple] = []


def start_prefetch() -> threading.Thread:
    """Read the detector's model in a thread of its own (:func:`prefetch_detector_model`) while the caller
    goes on to import spaCy. What the read imports is imported here first: spaCy imports the same
    libraries, and two threads must not import one library at once (tests/test_concurrent_imports.py)."""
    import importlib.metadata  # noqa: F401
    import numpy  # noqa: F401

    thread = threading.Thread(target=prefetch_detector_model, name="qfa-langid", daemon=True)
    thread.start()
    return thread


def prefetch_detector_model() -> None:
    """Read the detector's model now, for the next router build to take. Run in its own thread at
    start-up, it overlaps with imports (decompression releases the GIL)."""
    with _model_lock:
        if not _prefetched:
            _prefetched.append(_read_derived() or _read_full())


def _take_model(codes: set[str]) -> tuple:
    """``(ptc, pc, classes, nextmove, row, output, byte_class)``: the derived model when it holds every one
    of ``codes`` that py3langid knows, else the full model (``byte_class`` None: rows of 256 bytes)."""
    with _model_lock:
        model = _prefetched.pop() if _prefetched else _read_derived()
    if model is None or not {code for code in codes if code in model[-1]} <= set(model[2]):
        model = _read_full()
    return model[:-1]


def _read_derived() -> tuple | None:
    """The derived model, or None when it is missing or was built from another py3langid version."""
    from importlib.metadata import version

    import numpy as np

    if not DERIVED_MODEL_PATH.exists():
        return None
    with np.load(DERIVED_MODEL_PATH, allow_pickle=False) as data:
        if str(data["version"]) != version("py3langid"):
            return None
        return (data["ptc"], data["pc"], data["classes"].tolist(), _to_array(data["nextmove"]),
                _to_array(data["nextmove_row"]), data["out_feat"], data["byte_class"].tobytes(),
                frozenset(data["known"].tolist()))


def _to_array(values, code: str | None = None) -> array:  # noqa: ANN001 - a numpy array of integers
    """As py3langid stores its automaton: a stdlib array of the same item size (unsigned unless ``code``)."""
    import numpy as np

    out = array(code or {2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
    return out


def _read_full() -> tuple:
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    model = load_model(MODEL_DIR / MODEL_FILE)
    return (*model, None, frozenset(model[2]))

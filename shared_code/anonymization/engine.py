"""Presidio built once per process, and the batch analysis of many texts (docs/pipeline.md § Anonymisation).

``AnalysisEngine(config)`` is slow (loads spaCy models); the worker module builds it once per process.
``analyze_batch(texts, use_ner=...)`` routes every text (script, language), runs ``nlp.pipe`` once per
routed NER model in batches of ``ANONYMIZER_BATCH_SIZE`` texts or more (short texts:
:meth:`nlp.LeanSpacyNlpEngine.process_batches`) and feeds the ``NlpArtifacts`` to
``AnalyzerEngine.analyze`` (as Presidio's ``BatchAnalyzerEngine`` does, but over mixed languages), then
resolves overlaps and propagates names (:mod:`shared_code.anonymization.spans`).

A failure confined to one text yields None for it; everything else raises.
"""

from __future__ import annotations

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio/spaCy are imported)

import logging
import threading
from collections import defaultdict
from typing import Any, Callable, Iterable, Optional, Sequence

from presidio_analyzer import RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngineProvider

from shared_code.anonymization.calendar_words import lone_calendar_word
from shared_code.anonymization.clean_spans import named_thing
from shared_code.anonymization.generic_spans import generic_span
from shared_code.anonymization.ordinary_organisations import ordinary_organisation
from shared_code.anonymization.lean_analyzer import LeanAnalyzerEngine
from shared_code.anonymization.common_words import (
    apparent_language_test, language_bit, ordinary_bits_test, ordinary_form_test, proper_word_test, weak_name_test,
)
from shared_code.anonymization.config import EngineConfig, Span, TextAnalysis
from shared_code.anonymization.greetings import without_greetings
from shared_code.anonymization.language import SCRIPT_OF_LANGUAGE, LanguageRouter, Route
from shared_code.anonymization.nlp import LeanSpacyNlpEngine
from shared_code.anonymization.name_words import known_name_test, known_word_test
from shared_code.anonymization.person import non_name_words, stop_words
from shared_code.anonymization.recognizers import (
    CUE_RECOGNIZER,
    LEXICON_RECOGNIZER,
    LOCATION_CUE_RECOGNIZER,
    NER_LABEL_MAPPING,
    NER_LABELS_IGNORED,
    NER_RECOGNIZER,
    entities_for,
    recognizers_for,
)
from shared_code.anonymization.cues import NOUN_CAPITALISING, PLACE_PREPOSITIONS
from shared_code.anonymization.place_contexts import instrument_or_thanked
from shared_code.anonymization.propagation import propagate
from shared_code.anonymization.spans import Candidate, LanguageRules, remove_allowed, resolve
from shared_code.anonymization.street_spans import with_streets
from shared_code.anonymization.noun_phrases import after_determiner, noun_phrase
from shared_code.anonymization.word_form_names import function_words_inside, inflected_phrase

log = logging.getLogger("qfa.anonymize")

class _LanguageRegistry(RecognizerRegistry):
    """The recogniser set, built per language on that language's first use (its cue patterns take
    ~20 ms to compile per language: nine of ten are not needed for the first answer), then fixed:
    Presidio's per-call filtering of it is memoised. Thread-safe; ``build(language)`` runs once each."""

    def __init__(self, build: Callable[[str], list], languages: Sequence[str], first: str) -> None:
        super().__init__(recognizers=build(first), supported_languages=list(languages))
        self._build = build
        self._built = {first}
        self._lock = threading.Lock()
        self._cache: dict[tuple, list] = {}

    def ensure(self, languages: Iterable[str]) -> None:
        """Build the recognisers of these (configured) languages now."""
        for language in languages:
            if language in self._built or language not in self.supported_languages:
                continue
            with self._lock:
                if language not in self._built:
                    self.recognizers = [*self.recognizers, *self._build(language)]  # one reference swap
                    self._built.add(language)

    def get_recognizers(self, language, entities=None, all_fields=False, ad_hoc_recognizers=None):  # noqa: ANN001
        self.ensure([language])
        if ad_hoc_recognizers:
            return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        key = (language, tuple(entities) if entities else None, all_fields)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = super().get_recognizers(language, entities, all_fields)
        return list(found)

    def get_supported_entities(self, languages=None):  # noqa: ANN001
        self.ensure(languages or self.supported_languages)
        return super().get_supported_entities(languages)


def build_nlp_engine(config: EngineConfig) -> LeanSpacyNlpEngine:
    """The spaCy engine via NlpEngineProvider; its supported languages are the keys of ANONYMIZER_MODELS.
    Models load on first use (:class:`LazyModels`)."""
    nlp_configuration = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": lang, "model_name": name} for lang, name in config.models],
        "ner_model_configuration": {
            "labels_to_ignore": list(NER_LABELS_IGNORED),
            "model_to_presidio_entity_mapping": dict(NER_LABEL_MAPPING),
        },
    }
    return NlpEngineProvider(nlp_engines=(LeanSpacyNlpEngine,), nlp_configuration=nlp_configuration).create_engine()


class AnalysisEngine:
    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.nlp_engine = build_nlp_engine(config)
        self.router = LanguageRouter(config.languages, config.model_map, config.fallback_language)
        ner_languages = [
            lang for lang in config.languages
            if lang in config.model_map or SCRIPT_OF_LANGUAGE.get(lang, "Latin") == "Latin"
        ]
        registry = _LanguageRegistry(
            lambda language: recognizers_for([language], ner_languages, config.phone_regions),
            config.languages,
            config.fallback_language if config.fallback_language in config.languages else config.languages[0],
        )
        self.analyzer = LeanAnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=list(config.languages),
            default_score_threshold=config.score_threshold,
        )
        ordinary_form, weak_name, known_word = ordinary_form_test(), weak_name_test(), known_word_test()
        self.rules = {
            lang: LanguageRules(
                stop_words=stop_words(lang),
                non_names=non_name_words(lang),
                own_model=lang in config.model_map,
                own_bit=language_bit(lang),
                capitalises_nouns=lang in NOUN_CAPITALISING,
                place_prepositions=frozenset(PLACE_PREPOSITIONS.get(lang, ())),
                known_name=known_name_test(lang),
                known_word=known_word,
                proper_word=proper_word_test(lang),
                ordinary=ordinary_bits_test(lang),
                apparent_language=apparent_language_test(lang),
                ordinary_form=ordinary_form,
                weak_name=weak_name,
            )
            for lang in config.languages
        }
        self.allowed = frozenset(" ".join(term.casefold().split()) for term in config.allow_list if term.strip())

    def preload(self) -> None:
        """Load every spaCy model, every language's recognisers and the language detector now instead of
        on first use."""
        self.nlp_engine.preload()
        self.load_recognizers()
        self.router.route("Preloading the language detector models for every candidate language.")

    def load_recognizers(self) -> None:
        """Build every configured language's recognisers now (otherwise: on its first text)."""
        self.analyzer.registry.ensure(self.config.languages)

    # --- batch ---------------------------------------------------------------------------------------

    def analyze_batch(self, texts: Sequence[str], *, use_ner: bool = True) -> list[Optional[TextAnalysis]]:
        """One entry per text: its analysis, or None when that text alone failed."""
        routes: list[Optional[Route]] = [self._route(text, use_ner) for text in texts]
        artifacts = self._run_ner(texts, routes)
        results: list[Optional[TextAnalysis]] = []
        for index, (text, route) in enumerate(zip(texts, routes)):
            if route is None or index in artifacts.failed:
                results.append(None)
                continue
            try:
                spans = self.analyze_text(text, route, artifacts.get(index), use_ner=use_ner)
            except Exception as exc:  # confined to this text: fail closed for it alone
                log.warning("event=anonymize_text_failed error=%s", type(exc).__name__)
                results.append(None)
                continue
            results.append(TextAnalysis(spans, route.language))
        return results

    def _route(self, text: str, use_ner: bool) -> Optional[Route]:
        if not use_ner:
            return self.router.patterns_only()
        try:
            return self.router.route(text)
        except Exception as exc:
            log.warning("event=anonymize_route_failed error=%s", type(exc).__name__)
            return None

    def _run_ner(self, texts: Sequence[str], routes: Sequence[Optional[Route]]) -> "_Artifacts":
        groups: dict[str, list[int]] = defaultdict(list)
        for index, route in enumerate(routes):
            if route is not None and route.ner_language and texts[index].strip():
                groups[route.ner_language].append(index)
        artifacts = _Artifacts()
        for language, indices in groups.items():
            try:
                batch = self.nlp_engine.process_batches([texts[i] for i in indices], language, self.config.batch_size)
                for index, nlp_artifacts in zip(indices, batch):
                    artifacts.by_index[index] = nlp_artifacts
            except Exception:  # find the text that broke the batch; the others still get their NER
                self._run_ner_one_by_one(texts, indices, language, artifacts)
        return artifacts

    def _run_ner_one_by_one(self, texts: Sequence[str], indices: list[int], language: str, out: "_Artifacts") -> None:
        for index in indices:
            if index in out.by_index:
                continue
            try:
                out.by_index[index] = self.nlp_engine.process_text(texts[index], language)
            except Exception as exc:
                log.warning("event=anonymize_ner_failed error=%s", type(exc).__name__)
                out.failed.add(index)

    # --- one text ------------------------------------------------------------------------------------

    def analyze_text(
        self, text: str, route: Route, nlp_artifacts: Optional[NlpArtifacts], *, use_ner: bool = True
    ) -> tuple[Span, ...]:
        if not text.strip():
            return ()
        ner = nlp_artifacts is not None
        results = self.analyzer.analyze(
            text,
            language=route.language,
            entities=entities_for(ner=ner, cues=use_ner),
            nlp_artifacts=nlp_artifacts or _empty_artifacts(route.language),
            score_threshold=self.config.score_threshold,
        )
        rules = self.rules.get(route.language) or LanguageRules()
        candidates = [
            Candidate(r.start, r.end, r.entity_type, r.score, _source(r.recognition_metadata or {}))
            for r in results
            if r.end > r.start and not _word_forms(text, r, rules)
        ]
        candidates = [c for c in candidates if not ordinary_organisation(text, c, candidates, rules)]
        spans = [s for s in with_streets(text, resolve(text, remove_allowed(text, candidates, self.allowed), rules))
                 if not (s.entity_type == "LOCATION" and instrument_or_thanked(text, s.start, s.end))
                 and not named_thing(text, s, rules) and not generic_span(text, s, rules)]
        spans = without_greetings(text, [s for s in spans if not lone_calendar_word(text, s, spans, rules)],
                                  rules.known_name)
        if use_ner:
            spans = remove_allowed(text, propagate(text, spans, rules), self.allowed)
        return tuple((s.start, s.end, s.entity_type) for s in spans)


class _Artifacts:
    __slots__ = ("by_index", "failed")

    def __init__(self) -> None:
        self.by_index: dict[int, NlpArtifacts] = {}
        self.failed: set[int] = set()

    def get(self, index: int) -> Optional[NlpArtifacts]:
        return self.by_index.get(index)


_PHRASE_TESTS = (function_words_inside, noun_phrase, after_determiner)


def _word_forms(text: str, result: RecognizerResult, rules: LanguageRules) -> bool:
    """A lexicon PERSON made of inflected ordinary words (``Czerwonego Krzyża``), or a lexicon or NER PERSON
    holding two function words of the text's apparent language (``NU AU MAI``): :mod:`word_form_names`; or a
    noun phrase of that language by its grammar (``Cartes Prépayées``, ``bu Ay``): :mod:`noun_phrases`."""
    if result.entity_type != "PERSON":
        return False
    source = (result.recognition_metadata or {}).get("recognizer_name")
    return source == LEXICON_RECOGNIZER and inflected_phrase(text, result.start, result.end, rules) \
        or source in (LEXICON_RECOGNIZER, NER_RECOGNIZER) \
        and any(test(text, result.start, result.end, rules) for test in _PHRASE_TESTS)


def _source(metadata: dict[str, Any]) -> str:
    name = metadata.get("recognizer_name")
    if name == NER_RECOGNIZER:
        return "ner"
    if name in (CUE_RECOGNIZER, LOCATION_CUE_RECOGNIZER, LEXICON_RECOGNIZER):
        return "cue"
    return "pattern"


def _empty_artifacts(language: str) -> NlpArtifacts:
    """Artifacts for pattern-only texts: no entities, no tokens (no recogniser in use reads them)."""
    return NlpArtifacts(entities=[], tokens=None, tokens_indices=[], lemmas=[], nlp_engine=None, language=language)

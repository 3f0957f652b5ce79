"""spaCy NLP engine for Presidio that loads only what the analyzer uses, when it is needed
(docs/pipeline.md § Anonymisation).

Presidio's ``SpacyNlpEngine.load`` loads every configured pipeline in full and downloads a missing model.
This engine is built through ``NlpEngineProvider`` like the stock one (same configuration, engine name
``spacy``) but

- loads installed packages only (never downloads), through :mod:`spacy_loading`: tokenizer and NER
  only (tagger, parser, lemmatizer and morphologizer would cost 2.5-3x the time, docs/anonymization.md;
  lemmas are not needed: Presidio's lemma context enhancer is off), without importing the language
  package (``spacy.lang.fr`` alone takes ~3 s), ``max_length`` raised;
- loads each model on first use by a text of its language, or when :meth:`preload` is called (the
  start-up warm-up does), under a lock, once per process;
- runs the NER in spaCy batches of ``ANONYMIZER_BATCH_SIZE`` texts or more, while they fit in
  :data:`NER_BATCH_CHARS` characters (:meth:`LeanSpacyNlpEngine.process_batches`);
- runs the NER with numpy's BLAS limited to one thread (the NER multiplies matrices with numpy,
  :func:`spacy_loading.use_numpy_blas`): OpenBLAS would start a thread per core for each multiplication,
  twice the CPU time for the same matrices and a core taken from the app process and the other workers.
"""

from __future__ import annotations

import shared_code.runtime_env  # noqa: F401  (offline defaults before Presidio/spaCy are imported)

import logging
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Callable, Optional

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

from shared_code.anonymization.spacy_loading import load_ner_pipeline

log = logging.getLogger("qfa.anonymize")


class LazyModels(Mapping):
    """``language -> spaCy Language``, each loaded on first access (thread-safe)."""

    def __init__(self, names: dict[str, str], on_load: Callable[[str, Any], None]) -> None:
        self._names = dict(names)
        self._loaded: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._on_load = on_load

    def __getitem__(self, language: str) -> Any:
        nlp = self._loaded.get(language)
        if nlp is not None:
            return nlp
        name = self._names[language]  # KeyError for an unconfigured language, as a dict would raise
        with self._lock:
            if language not in self._loaded:
                nlp = load_ner_pipeline(name)
                self._on_load(language, nlp)
                self._loaded[language] = nlp
                log.info("event=anonymizer_model_loaded language=%s model=%s", language, name)
            return self._loaded[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def loaded(self) -> list[str]:
        return list(self._loaded)


NER_BATCH_CHARS = 20_000
"""A spaCy batch takes more than ``batch_size`` texts while they fit in this many characters (~5,000
tokens, some 30 MB of the NER's arrays): short texts in batches of 64 spent about a sixth of the NER's
time in steps paid once per batch. Entities do not depend on the batch a text is in."""

_blas: Optional[Any] = None


def one_blas_thread() -> AbstractContextManager:
    """A context in which numpy's BLAS runs on one thread (threadpoolctl's controller is built once: the
    library scan costs ~1 ms, a limit ~10 µs)."""
    global _blas
    if _blas is None:
        from threadpoolctl import ThreadpoolController

        _blas = ThreadpoolController()
    return _blas.limit(limits=1, user_api="blas")


def batch_end(texts: Sequence[str], start: int, batch_size: int) -> int:
    """The end of the batch starting at ``start``: ``batch_size`` texts, more while within NER_BATCH_CHARS."""
    end, chars = start, 0
    while end < len(texts) and (end - start < batch_size or chars + len(texts[end]) <= NER_BATCH_CHARS):
        chars += len(texts[end])
        end += 1
    return end


class LeanSpacyNlpEngine(SpacyNlpEngine):
    engine_name = "spacy"

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        with one_blas_thread():
            return super().process_text(text, language)

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):  # noqa: ANN001
        """Presidio's, under :func:`one_blas_thread` until the last artefact is taken."""
        with one_blas_thread():
            yield from super().process_batch(texts, language, batch_size, n_process, as_tuples)

    def process_batches(self, texts: Sequence[str], language: str, batch_size: int) -> Iterator[NlpArtifacts]:
        """The artefacts of ``texts``, in order, in spaCy batches of ``batch_size`` texts, or more while they
        fit in :data:`NER_BATCH_CHARS` characters."""
        start = 0
        while start < len(texts):
            end = batch_end(texts, start, batch_size)
            for _, artifacts in self.process_batch(texts[start:end], language, batch_size=end - start):
                yield artifacts
            start = end

    def load(self) -> None:
        names = {}
        for model in self.models:
            self._validate_model_params(model)
            if not spacy.util.is_package(model["model_name"]):  # fail at build time, not on the first text
                raise OSError(f"spaCy model package {model['model_name']!r} is not installed")
            names[model["lang_code"]] = model["model_name"]
        self.nlp = LazyModels(names, self._ignore_unmapped_labels)

    def _ignore_unmapped_labels(self, language: str, nlp: Any) -> None:
        """Labels neither mapped to a Presidio entity nor ignored would log a warning per entity."""
        config = self.ner_model_configuration
        mapping = config.model_to_presidio_entity_mapping or {}
        ignored = set(config.labels_to_ignore or ())
        ignored.update(label for label in nlp.get_pipe("ner").labels if label not in mapping)
        config.labels_to_ignore = sorted(ignored)

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
        """Presidio's artefacts of one doc, without the keywords only its context enhancement reads
        (:mod:`lean_analyzer`: off); the pipeline has no lemmatiser, so the lemmas are empty too."""
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        artifacts = NlpArtifacts(entities=entities, tokens=doc, tokens_indices=[token.idx for token in doc],
                                 lemmas=[""] * len(doc), nlp_engine=None, language=language, scores=scores)
        artifacts.nlp_engine = self
        return artifacts

    def preload(self) -> None:
        """Load every configured model now."""
        for language in self.nlp:
            self.nlp[language]

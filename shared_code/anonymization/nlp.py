"""spaCy NLP engine for Presidio that loads only what the analyzer uses (pipeline.md §11.1).

Presidio's ``SpacyNlpEngine.load`` loads the full pipeline and downloads a missing model. This engine is
built through ``NlpEngineProvider`` like the stock one (same configuration, engine name ``spacy``) but
loads installed packages only and excludes every component except ``ner``: the small models' NER has its
own tok2vec, so its entities are unchanged, while the tagger, parser, lemmatizer and morphologizer would
cost 2.5-3x the time (docs/anonymization.md). Lemmas are not needed: Presidio's lemma context enhancer
is off. ``max_length`` is raised explicitly.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import spacy
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from shared_code.anonymization.config import MAX_TEXT_LENGTH

log = logging.getLogger("qfa.anonymize")

KEEP_COMPONENTS = frozenset({"ner"})


def excluded_components(model_name: str) -> list[str]:
    """Components of an installed model package other than NER (read from its meta.json)."""
    meta = json.loads((Path(spacy.util.get_package_path(model_name)) / "meta.json").read_text(encoding="utf-8"))
    names = list(meta.get("components") or meta.get("pipeline") or [])
    return [name for name in names if name not in KEEP_COMPONENTS]


class LeanSpacyNlpEngine(SpacyNlpEngine):
    engine_name = "spacy"

    def load(self) -> None:
        self.nlp = {}
        for model in self.models:
            self._validate_model_params(model)
            name = model["model_name"]
            if not spacy.util.is_package(name):
                raise OSError(f"spaCy model package {name!r} is not installed (models are never downloaded)")
            nlp = spacy.load(name, exclude=excluded_components(name))
            if "ner" not in nlp.pipe_names:
                raise OSError(f"spaCy model package {name!r} has no NER component")
            nlp.max_length = MAX_TEXT_LENGTH
            self.nlp[model["lang_code"]] = nlp
            log.info("event=anonymizer_model_loaded language=%s model=%s", model["lang_code"], name)

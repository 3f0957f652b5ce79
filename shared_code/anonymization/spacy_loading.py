"""Load an installed spaCy model's NER pipeline without the work its language package does at import.

``spacy.load("fr_core_news_sm")`` imports ``spacy.lang.fr``, whose module body builds ~60,000 tokenizer
exceptions and compiles a 1.45 MB ``token_match`` regular expression (~3 s, ~40 MB kept as module data),
then replaces both with the model's own serialised tokenizer. :func:`load_ner_pipeline` follows
``spacy.util.load_model_from_path`` step by step with public spaCy API, but

- builds the pipeline from the model's ``config.cfg`` on a plain :class:`spacy.language.Language`
  subclass for the model's language code (no language package import; the stop words come from the
  language's data file);
- loads everything except the tokenizer and the vocabulary's string table from disk (strings are added as
  tokens, norms and labels need them; the 85,000–150,000 a model ships only pre-fill that table, ~0.04 s
  for English), then the tokenizer from the model's own serialised settings (prefixes, suffixes, infixes,
  URL match, exceptions: the same data ``from_disk`` would apply), with ``token_match`` rewritten by
  :func:`factor_alternation` into an equivalent pattern whose repeated character classes are compiled once
  (0.1 s instead of ~3 s);
- excludes every component except ``ner`` (entities are unchanged: the small models' NER has its own
  tok2vec);
- multiplies the NER's matrices with numpy's BLAS (OpenBLAS) instead of thinc's default, blis
  (:func:`use_numpy_blas`): the blis package thinc uses (1.3) has no kernels for recent AMD cores (Zen 3 and 4,
  EPYC Milan and Genoa: ``BLIS_ARCH_DEBUG=1`` reports ``generic``) and ran the NER at half the speed.

Tokens and entities equal those of ``spacy.load`` (tests/unit/anonymization/test_spacy_loading.py; another
BLAS sums in another order, so the NER's scores may differ in the last bits of a float, its entities did not
on any text of the evaluation set and probe modules). The NER features (NORM, PREFIX, SUFFIX, SHAPE) do
not depend on the language class.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import BaseDefaults, Language
from thinc.api import NumpyOps

from shared_code.anonymization.config import MAX_TEXT_LENGTH

KEEP_COMPONENTS = frozenset({"ner"})
BIG_CLASS = 64
"""A character class longer than this many characters is worth compiling once (spaCy's ALPHA classes
run to thousands of characters)."""

_lean_classes: dict[str, type[Language]] = {}


def model_data_path(model_name: str) -> Path:
    """The data directory of an installed model package (the one holding its ``config.cfg``)."""
    package = Path(spacy.util.get_package_path(model_name))
    meta = spacy.util.get_model_meta(package)
    return package / f"{meta['lang']}_{meta['name']}-{meta['version']}"


def excluded_components(model_name: str) -> list[str]:
    """Components of an installed model package other than NER (read from its meta.json)."""
    meta = json.loads((Path(spacy.util.get_package_path(model_name)) / "meta.json").read_text(encoding="utf-8"))
    names = list(meta.get("components") or meta.get("pipeline") or [])
    return [name for name in names if name not in KEEP_COMPONENTS]


def load_ner_pipeline(model_name: str) -> Any:
    """The model's tokenizer and NER component; raises OSError when the package is missing or has no NER."""
    if not spacy.util.is_package(model_name):
        raise OSError(f"spaCy model package {model_name!r} is not installed (models are never downloaded)")
    path = model_data_path(model_name)
    exclude = excluded_components(model_name)
    config = spacy.util.load_config(path / "config.cfg")
    language = lean_language(config["nlp"]["lang"])
    nlp = language.from_config(config, exclude=exclude, meta=spacy.util.get_model_meta(path))
    nlp.from_disk(path, exclude=[*exclude, "tokenizer", "strings"])
    settings = srsly.msgpack_loads((path / "tokenizer").read_bytes())
    if isinstance(settings.get("token_match"), str):
        settings["token_match"] = factor_alternation(settings["token_match"])
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(settings), exclude=["vocab"])
    if "ner" not in nlp.pipe_names:
        raise OSError(f"spaCy model package {model_name!r} has no NER component")
    nlp.max_length = MAX_TEXT_LENGTH
    use_numpy_blas(nlp.get_pipe("ner").model)
    return nlp


def use_numpy_blas(model: Any) -> None:
    """Every layer of ``model`` multiplies matrices with numpy (``NumpyOps(use_blis=False)``: the same
    operations otherwise); the caller limits numpy's BLAS to one thread (:mod:`nlp`)."""
    ops = NumpyOps(use_blis=False)
    for layer in model.walk():
        layer.ops = ops


def lean_language(code: str) -> type[Language]:
    """A :class:`Language` subclass for ``code`` with the language's stop words and spaCy's base defaults."""
    found = _lean_classes.get(code)
    if found is None:
        from shared_code.anonymization.person import _spacy_stop_words  # reads the data file, no package import

        defaults = type(f"Lean{code.title()}Defaults", (BaseDefaults,), {"stop_words": set(_spacy_stop_words(code))})
        found = _lean_classes[code] = type(f"Lean{code.title()}", (Language,), {"lang": code, "Defaults": defaults})
    return found


_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def factor_alternation(pattern: str) -> str:
    """``pattern`` with anchored alternatives ``^head TAIL$`` that share a tail starting at a big character
    class merged into ``^(?:head1|head2|…)TAIL$``: the same language, so ``match`` succeeds on exactly the
    same strings, but each big class is compiled once per distinct tail instead of once per alternative.
    Alternatives of any other shape are kept as they are."""
    flags = _FLAGS.match(pattern)
    prefix = flags.group(0) if flags else ""
    groups: dict[str, list[str]] = {}
    kept: list[str | tuple[str]] = []
    for alternative in _split_top_level(pattern[len(prefix):], "|"):
        body = _unwrap(alternative)
        split = _tail_start(body) if body.startswith("^") and body.endswith("$") else None
        if split is None or len(_split_top_level(body, "|")) > 1:
            kept.append(alternative)
            continue
        tail = body[split:]
        if tail not in groups:
            groups[tail] = []
            kept.append((tail,))
        groups[tail].append(body[1:split])
    parts = [item if isinstance(item, str) else f"(?:^(?:{'|'.join(groups[item[0]])}){item[0]})" for item in kept]
    return prefix + "|".join(parts)


def _scan(pattern: str):
    """Yield ``(index, char, depth, class_end)`` for each top-level position of ``pattern``: escapes are
    skipped whole, character classes reported once with the index after their closing bracket."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            yield i, char, depth, None
            i += 2
            continue
        if char == "[":
            end = _class_end(pattern, i)
            yield i, char, depth, end
            i = end
            continue
        depth += 1 if char == "(" else -1 if char == ")" else 0
        yield i, char, depth, None
        i += 1


_CLASS_REST = re.compile(r"\^?\]?(?:\\.|[^\]\\])*\]", re.DOTALL)
"""The rest of a character class after its ``[``: an optional ``^``, a leading literal ``]``, then escapes
and other characters up to the closing ``]`` (matched in C: spaCy's classes run to thousands of characters)."""


def _class_end(pattern: str, start: int) -> int:
    """The index after the ``]`` that closes the class opening at ``start`` (past the end if none does)."""
    found = _CLASS_REST.match(pattern, start + 1)
    return found.end() if found else len(pattern) + 1


def _split_top_level(pattern: str, separator: str) -> list[str]:
    parts, start = [], 0
    for index, char, depth, _ in _scan(pattern):
        if char == separator and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _unwrap(alternative: str) -> str:
    """``X`` for an alternative written ``(?:X)`` as one group, else the alternative itself."""
    if not (alternative.startswith("(?:") and alternative.endswith(")")):
        return alternative
    for index, char, depth, _ in _scan(alternative):
        if char == ")" and depth == 0 and index != len(alternative) - 1:
            return alternative  # the first group closes before the end: not one group
    return alternative[3:-1]


def _tail_start(body: str) -> int | None:
    """Index of the first top-level character class longer than BIG_CLASS characters, if any."""
    for index, char, depth, end in _scan(body):
        if char == "[" and depth == 0 and end - index > BIG_CLASS:
            return index
    return None
